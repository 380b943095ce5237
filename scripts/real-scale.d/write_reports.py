#!/usr/bin/env python3
"""Writes each row of pfd-toolkit's all_tagged_reports.csv as a plain-text coroner's report.

usage: write_reports.py CSV OUTDIR
Writes OUTDIR/<id>-<name>_report.txt (only when the content changed, so pfd's rerun skips
unchanged files) and OUTDIR/../manifest.json, which maps each file name to its CSV row.
"""
import csv
import datetime
import json
import os
import re
import sys

csv.field_size_limit(1 << 30)

URL_SLUG = re.compile(r"/([^/]+)/?$")
REPORT_SUFFIX = re.compile(r"-?(prevention-of-future-deaths?-reports?|pfd-report)(-\d+)?$")


def slug(row):
    m = URL_SLUG.search(row.get("url", "") or "")
    s = m.group(1).lower() if m else ""
    s = REPORT_SUFFIX.sub("", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:50].strip("-")
    return s or "report"


def long_date(iso):
    try:
        d = datetime.date.fromisoformat(iso.strip())
    except ValueError:
        return iso.strip()
    return f"{d.day} {d:%B %Y}"


def field(row, name):
    return (row.get(name) or "").strip()


def render(row):
    out = ["REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", ""]
    head = []
    if field(row, "id"):
        head.append(f"Ref: {field(row, 'id')}")
    if field(row, "date"):
        head.append(f"Date of report: {long_date(field(row, 'date'))}")
    if field(row, "coroner"):
        area = field(row, "area")
        head.append(f"Coroner: {field(row, 'coroner')}" + (f", coroner for the area of {area}" if area else ""))
    if head:
        out += head + [""]
    receivers = [r.strip() for r in field(row, "receiver").split(";") if r.strip()]
    if receivers:
        out.append("THIS REPORT IS BEING SENT TO:")
        out += [f"{i}. {r}" for i, r in enumerate(receivers, 1)]
        out.append("")
    for heading, col in (
        ("INVESTIGATION and INQUEST", "investigation"),
        ("CIRCUMSTANCES OF THE DEATH", "circumstances"),
        ("CORONER'S CONCERNS", "concerns"),
    ):
        out.append(heading)
        text = field(row, col)
        if text:
            out.append(text)
        out.append("")
    return "\n".join(out)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, outdir = sys.argv[1], sys.argv[2]
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    missing = {"investigation", "circumstances", "concerns"} - set(rows[0] if rows else {})
    if missing:
        sys.exit(f"write_reports: {src} lacks the columns {sorted(missing)}")
    os.makedirs(outdir, exist_ok=True)
    manifest, written = {}, 0
    for n, row in enumerate(rows):
        base = f"{field(row, 'id') or 'noref'}-{slug(row)}"
        name, k = f"{base}_report.txt", 2
        while name in manifest:
            name, k = f"{base}-{k}_report.txt", k + 1
        manifest[name] = n
        path = os.path.join(outdir, name)
        data = render(row).encode("utf-8")
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path + ".tmp", "wb") as f:
            f.write(data)
        os.replace(path + ".tmp", path)
        written += 1
    stale = [p for p in os.listdir(outdir) if p.endswith("_report.txt") and p not in manifest]
    for p in stale:
        os.remove(os.path.join(outdir, p))
    with open(os.path.join(os.path.dirname(os.path.abspath(outdir)), "manifest.json"), "w") as f:
        json.dump({"csv": os.path.basename(src), "files": manifest}, f, indent=0, sort_keys=True)
    print(f"{len(rows)} reports ({written} written, {len(rows) - written} unchanged, {len(stale)} stale removed) → {outdir}")


if __name__ == "__main__":
    main()
