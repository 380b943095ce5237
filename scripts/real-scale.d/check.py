#!/usr/bin/env python3
"""Scores a pfd run over the pfd-toolkit reports: failed files, and how often pfd finds the number of
concerns that a numbered concerns section shows (see numbering.py for what counts as numbered).

usage: check.py DATA_DIR OUT_DIR PFD_EXIT_STATUS [--show N] [--json FILE]
Exit status: 0 when there was no crash and the share is at least --target (95); 1 otherwise.
"""
import argparse
import collections
import csv
import json
import os
import re
import sys

sys.dont_write_bytecode = True  # keep scripts/ clean of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from numbering import expected_count, markers  # noqa: E402

csv.field_size_limit(1 << 30)
INLINE_REF = re.compile(r"\s\(?\d{1,2}\)\s")
SUBLIST = re.compile(r"^[\s\u00a0]*(?:\(?[a-z]{1,3}[\.\)]|\(?[ivx]+[\.\)]|[\u2022\u00b7*\-–—])\s", re.M)


def hints(text, n, concerns):
    """Cheap descriptions of why a section may be hard, for the mismatch list."""
    m = len(concerns)
    h = []
    if m == 0:
        h.append("none found")
    elif m == 1:
        h.append("one concern for the whole list")
    ms = markers(text)
    lines = text.splitlines()
    first = next(i for i, _, k in ms if k == 1)
    style = next(s for _, s, k in ms if k == 1)
    items = [i for i, s, _ in ms if s == style]
    if any(line.strip() for line in lines[:first]):
        h.append("text before item 1")
    if style == "Concern N":
        h.append("'Concern N' labels")
    if style == "N Cap":
        h.append("bare '1 Text' markers")
    if any(INLINE_REF.search(lines[i][4:]) for i in items):
        h.append("inline (n) inside an item")
    if any(s != style for _, s, _ in ms):
        h.append("other numbered style inside")
    if SUBLIST.search(text):
        h.append("lettered/bullet sub-items")
    if any(line.strip() for line in lines[items[-1] + 1:]):
        h.append("paragraphs after the last item")
    rules = sorted({c.get("rule", "?") for c in concerns})
    if rules:
        h.append("pfd " + "+".join(rules))
    return h


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("status", type=int)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--target", type=float, default=95.0)
    ap.add_argument("--json", dest="json_out")
    a = ap.parse_args()

    with open(os.path.join(a.data, "manifest.json")) as f:
        manifest = json.load(f)
    with open(os.path.join(a.data, manifest["csv"]), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    try:
        with open(os.path.join(a.out, "index.json")) as f:
            index = json.load(f)["documents"]
    except (OSError, ValueError, KeyError):
        index = []
    by_name = {os.path.basename(e["source"]): e for e in index}

    crashed = not (a.status in (0, 1))
    failed = [(n, by_name[n].get("reason")) for n in sorted(manifest["files"]) if n in by_name
              and by_name[n]["status"] != "ok"]
    missing = [n for n in sorted(manifest["files"]) if n not in by_name]

    excluded = collections.Counter()
    numbered, matched, mismatches = 0, 0, []
    for name in sorted(manifest["files"]):
        text = rows[manifest["files"][name]].get("concerns") or ""
        n, style, why = expected_count(text)
        if n is None:
            excluded[why] += 1
            continue
        numbered += 1
        e = by_name.get(name)
        m, concerns = None, []
        if e and e["status"] == "ok":
            try:
                with open(os.path.join(a.out, "documents", e["id"] + ".json")) as f:
                    concerns = json.load(f).get("concerns") or []
                m = len(concerns)
            except (OSError, ValueError):
                m = None
        if m == n:
            matched += 1
        else:
            mismatches.append({"file": name, "style": style, "expected": n, "got": m,
                               "hints": hints(text, n, concerns) if m is not None else ["no record"]})

    share = 100.0 * matched / numbered if numbered else 0.0
    status = "signal %d" % (a.status - 128) if a.status > 128 else "status %d" % a.status
    print(f"files: {len(manifest['files'])}, pfd exit {status}: "
          f"{'CRASH' if crashed else 'no crash'}; failed files: {len(failed)}; not in index: {len(missing)}")
    for n, reason in failed[:5]:
        print(f"  failed: {n}: {reason}")
    for n in missing[:5]:
        print(f"  not in index: {n}")
    print(f"numbered concerns sections: {numbered}; concerns count equals the numbering: "
          f"{matched}/{numbered} = {share:.1f}% (target {a.target:.0f}%)")
    print("  not counted: " + ", ".join(f"{k} {v}" for k, v in excluded.most_common()))
    if mismatches:
        over = sum(1 for x in mismatches if x["got"] is not None and x["got"] > x["expected"])
        under = sum(1 for x in mismatches if x["got"] is not None and x["got"] < x["expected"])
        print(f"mismatches: {len(mismatches)} ({under} fewer, {over} more, "
              f"{len(mismatches) - under - over} without a record)")
        tally = collections.Counter(h for x in mismatches for h in x["hints"] if not h.startswith("pfd "))
        print("  patterns: " + "; ".join(f"{k} {v}" for k, v in tally.most_common()))
        by_style = collections.Counter(x["style"] for x in mismatches)
        print("  by marker style: " + ", ".join(f"{k} {v}" for k, v in by_style.most_common()))
        by_rule = collections.Counter(h for x in mismatches for h in x["hints"] if h.startswith("pfd "))
        print("  by pfd rules: " + "; ".join(f"{k[4:]} {v}" for k, v in by_rule.most_common()))
        print(f"first {min(a.show, len(mismatches))} (file, expected, got, hints):")
        for x in mismatches[:a.show]:
            got = "-" if x["got"] is None else x["got"]
            print(f"  {x['file']}  {x['expected']} {x['style']}  got {got}  [{', '.join(x['hints'])}]")
    if a.json_out:
        with open(a.json_out, "w") as f:
            json.dump({"crashed": crashed, "exit_status": a.status, "failed": failed, "missing": missing,
                       "numbered": numbered, "matched": matched, "share": share,
                       "excluded": excluded, "mismatches": mismatches}, f, indent=1)
    ok = not crashed and share >= a.target
    print("real-scale: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
