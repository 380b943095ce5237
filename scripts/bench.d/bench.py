#!/usr/bin/env python3
"""Runs the throughput benchmark of issue 6 (see scripts/bench --help). Standard library only."""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(ROOT, "bench")
PY_PACKAGES = ["trafilatura", "spacy", "dateparser", "quantulum3"]
# pip names where they differ from the import: trafilatura needs lxml's html_clean, split out of lxml 5.2.
PIP_NAMES = {"trafilatura": "trafilatura lxml_html_clean"}
MB = 1_000_000


def rel(path):
    return os.path.relpath(path, ROOT)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


class Bench:
    def __init__(self, args):
        self.a = args
        self.quick = args.quick
        self.scratch = args.scratch_path
        self.pfd = os.path.join(ROOT, self.scratch, "release", "pfd")
        self.corpus = os.path.join(WORK, "corpus-quick" if self.quick else "corpus")
        self.corpus4 = self.corpus + "-4x"
        self.out = os.path.join(WORK, "out")
        self.venv_python = os.path.join(WORK, "venv", "bin", "python")
        self.commands = []  # exact commands, in the order run
        self.rows = []
        self.notes = []
        self.py = None
        self.last_cpu = 0.0

    # --- helpers -----------------------------------------------------------------------------------------------

    def record(self, argv, cwd=ROOT):
        shown = " ".join(a if re.fullmatch(r"[\w./=,:@+-]+", a) else repr(a) for a in argv)
        self.commands.append(shown)
        log(f"$ {shown}")

    def timed(self, argv, shown=None, stdout=subprocess.PIPE, quiet=False):
        """Runs argv under /usr/bin/time -v; returns (wall seconds, peak RSS in MB, stdout, exit code). A quiet run
        (a repeat) is neither logged nor recorded among the commands."""
        tfile = os.path.join(WORK, "time.txt")
        if quiet:
            pass
        elif shown:
            self.commands.append(shown)
            log(f"$ {shown}")
        else:
            self.record(argv)
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tfile] + argv, cwd=ROOT, stdout=stdout,
                           stderr=subprocess.DEVNULL, text=True)
        with open(tfile) as f:
            t = f.read()
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1)
        seconds = 0.0
        for part in wall.split(":"):
            seconds = seconds * 60 + float(part)
        rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
        self.last_cpu = sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))
        return seconds, rss_kb / 1024, p.stdout or "", p.returncode

    def row(self, name, docs, nbytes, seconds, rss, command, note="", cpu=None):
        r = {"cpu": self.last_cpu if cpu is None else cpu, "name": name, "docs": docs, "mb": nbytes / MB, "seconds": seconds,
             "mbps": nbytes / MB / seconds if seconds else float("inf"),
             "docsps": docs / seconds if seconds else float("inf"), "rss": rss, "command": command, "note": note}
        self.rows.append(r)
        log(f"  → {seconds:.2f} s, {r['mbps']:.2f} MB/s, {r['docsps']:.1f} docs/s, {rss:.1f} MB RSS")
        return r

    @staticmethod
    def files(folder):
        return sorted(os.path.join(folder, n) for n in os.listdir(folder) if not n.startswith("."))

    @staticmethod
    def size(paths):
        return sum(os.path.getsize(p) for p in paths)

    # --- set-up ------------------------------------------------------------------------------------------------

    def build(self):
        argv = ["swift", "build", "-c", "release", "--scratch-path", self.scratch, "--product", "pfd"]
        self.record(argv)
        for attempt in range(4):
            p = subprocess.run(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            if p.returncode == 0:
                return
            # Another edit landing mid-build shows up as "modified during the build"; a retry settles it.
            log(p.stdout[-2000:])
            log(f"bench: build failed (attempt {attempt + 1}); retrying in 30 s")
            time.sleep(30)
        sys.exit("bench: the release build failed")

    def make_corpus(self):
        docs, mb = (150, 2.25) if self.quick else (1000, 15.0)
        stamp = {"docs": docs, "mb": mb, "generator": os.path.getmtime(os.path.join(HERE, "make_corpus.py")),
                 "seeds": sorted((n, os.path.getsize(os.path.join(ROOT, "corpus", n)))
                                 for n in os.listdir(os.path.join(ROOT, "corpus")) if n.endswith(".txt"))}
        stamp_file = os.path.join(self.corpus, ".stamp.json")
        try:
            with open(stamp_file) as f:
                fresh = json.load(f) == json.loads(json.dumps(stamp))
        except (OSError, ValueError):
            fresh = False
        argv = ["python3", rel(os.path.join(HERE, "make_corpus.py")), "corpus", rel(self.corpus),
                "--docs", str(docs), "--min-mb", str(mb)]
        if not fresh:
            shutil.rmtree(self.corpus, ignore_errors=True)
            shutil.rmtree(self.corpus4, ignore_errors=True)
            self.record(argv)
            subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            with open(stamp_file, "w") as f:
                json.dump(stamp, f)
        else:
            self.commands.append(" ".join(argv) + "   # (reused: same generator, seeds and sizes)")
        if not os.path.isdir(self.corpus4):
            # The 4x corpus: the same files hard-linked under four names each (no extra disk).
            for kind in ("text", "html"):
                os.makedirs(os.path.join(self.corpus4, kind))
                for path in self.files(os.path.join(self.corpus, kind)):
                    for k in range(4):
                        os.link(path, os.path.join(self.corpus4, kind, f"c{k}_{os.path.basename(path)}"))
        self.commands.append(f"# {rel(self.corpus4)}: every file of {rel(self.corpus)} hard-linked under 4 names")
        self.text = self.files(os.path.join(self.corpus, "text"))
        self.html = self.files(os.path.join(self.corpus, "html"))

    def venv(self):
        if not os.path.exists(self.venv_python):
            argv = [sys.executable, "-m", "venv", rel(os.path.dirname(os.path.dirname(self.venv_python)))]
            self.record(argv)
            subprocess.run(argv, cwd=ROOT, check=True)
        for pkg in PY_PACKAGES:
            probe = subprocess.run([self.venv_python, "-c", f"import {pkg}"], capture_output=True)
            if probe.returncode != 0:
                argv = [rel(self.venv_python), "-m", "pip", "install", "-q", *PIP_NAMES.get(pkg, pkg).split()]
                self.record(argv)
                if subprocess.run(argv, cwd=ROOT).returncode != 0:
                    self.notes.append(f"`pip install {pkg}` failed; the Python stack runs without it.")

    # --- runs --------------------------------------------------------------------------------------------------

    def pfd_run(self, name, inputs, out, jobs, force=True, fresh=True, count=None, nbytes=None):
        outdir = os.path.join(self.out, out)
        if fresh:
            shutil.rmtree(outdir, ignore_errors=True)
        argv = [rel(self.pfd), "ingest"] + [rel(p) for p in inputs] + ["--out", rel(outdir), "--jobs", str(jobs),
                                                                        "--quiet", "--json"]
        if force:
            argv.append("--force")
        seconds, rss, stdout, rc = self.timed(argv)
        try:
            summary = json.loads(stdout)
        except ValueError:
            summary = {}
        if rc != 0:
            self.notes.append(f"`{name}` exited {rc}: {len(summary.get('failures', []))} files failed.")
        return self.row(name, count, nbytes, seconds, rss, self.commands[-1]), summary

    def run_all(self):
        text_b, html_b = self.size(self.text), self.size(self.html)
        n_all, b_all = len(self.text) + len(self.html), text_b + html_b
        both = [os.path.join(self.corpus, "text"), os.path.join(self.corpus, "html")]
        both4 = [os.path.join(self.corpus4, "text"), os.path.join(self.corpus4, "html")]
        self.sizes = {"text": (len(self.text), text_b), "html": (len(self.html), html_b)}

        # Warm the page cache so the first timed run is not charged for disk reads.
        for p in self.text + self.html:
            with open(p, "rb") as f:
                f.read()

        self.j1, _ = self.pfd_run("pfd ingest, full corpus, --jobs 1", both, "j1", 1, count=n_all, nbytes=b_all)
        self.re, resummary = self.pfd_run("pfd re-ingest, unchanged, --jobs 1", both, "j1", 1, force=False,
                                          fresh=False, count=n_all, nbytes=b_all)
        self.re_skipped = resummary.get("skipped")
        self.j2, _ = self.pfd_run("pfd ingest, full corpus, --jobs 2", both, "j2", 2, count=n_all, nbytes=b_all)
        self.x4, _ = self.pfd_run("pfd ingest, 4× corpus, --jobs 2", both4, "x4", 2, count=4 * n_all,
                                  nbytes=4 * b_all)
        shutil.rmtree(os.path.join(self.out, "x4"), ignore_errors=True)
        self.h1, _ = self.pfd_run("pfd ingest, HTML part only, --jobs 1", both[1:], "h1", 1,
                                  count=len(self.html), nbytes=html_b)
        # Ingest alone (parse, text, blocks, sentences, written as JSON lines), the HTML target's measure, against
        # xmllint's parse. The pair runs five times, interleaved, and each keeps its median wall time: single runs of
        # the same binary moved by a third between two benches on this machine, xmllint's hardly at all.
        parsed = os.path.join(self.out, "parsed.jsonl")
        os.makedirs(self.out, exist_ok=True)
        pfd_argv = [rel(self.pfd), "parse", rel(both[1])]
        xl_argv = ["xmllint", "--html", "--noout"] + [rel(p) for p in self.html]
        runs = 3 if self.quick else 5
        pfd_shown = f"{rel(self.pfd)} parse {rel(both[1])} > {rel(parsed)}   # ×{runs}, interleaved, median wall time"
        xl_shown = f"xmllint --html --noout {rel(self.corpus)}/html/*.html 2>/dev/null   # ×{runs}, interleaved, median"
        hp_runs, xl_runs = [], []
        for k in range(runs):
            with open(parsed, "w") as f:
                seconds, rss, _, rc = self.timed(pfd_argv, stdout=f, quiet=k > 0, shown=pfd_shown)
            hp_runs.append((seconds, rss, self.last_cpu))
            if rc != 0:
                self.notes.append(f"`pfd parse` exited {rc}.")
            seconds, rss, _, _ = self.timed(xl_argv, quiet=k > 0, shown=xl_shown)
            xl_runs.append((seconds, rss, self.last_cpu))
        for name, found, label, shown in (
                ("hp", hp_runs, "pfd parse, HTML part (ingest only), --jobs 1", pfd_shown),
                ("xl", xl_runs, "xmllint --html --noout, HTML part (parse only)", xl_shown)):
            found.sort()
            seconds, _, cpu = found[len(found) // 2]
            rss = max(r for _, r, _ in found)
            setattr(self, name, self.row(label, len(self.html), html_b, seconds, rss, shown, cpu=cpu,
                                         note=f"median of {runs}: " + ", ".join(f"{t:.2f}" for t, _, _ in found) + " s"))
        self.single()
        self.real_reports()
        self.python_stack()

    def real_reports(self):
        """The real pfd-toolkit reports, when scripts/fetch-pfd-toolkit has fetched them: not targets, a check
        that the speed holds on real documents rather than the generated corpus."""
        folder = os.path.join(WORK, "pfd-toolkit", "reports")
        self.real = None
        if self.quick or not os.path.isdir(folder):
            return
        paths = self.files(folder)
        self.real, _ = self.pfd_run("pfd ingest, real pfd-toolkit reports, --jobs 2", [folder], "real", 2,
                                    count=len(paths), nbytes=self.size(paths))
        shutil.rmtree(os.path.join(self.out, "real"), ignore_errors=True)

    def single(self):
        """One typical document end to end, process start included: the text file of median size."""
        by_size = sorted(self.text, key=os.path.getsize)
        self.typical = by_size[len(by_size) // 2]
        outdir = os.path.join(self.out, "one")
        argv = [rel(self.pfd), "ingest", rel(self.typical), "--out", rel(outdir), "--force", "--quiet"]
        runs = 5 if self.quick else 21
        self.record(argv)
        self.commands[-1] += f"   # ×{runs} after one warm-up, median wall time (Python perf_counter around the process)"
        subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        self.one_median = statistics.median(times)
        self.one_times = times
        seconds, rss, _, _ = self.timed(argv)
        self.one = self.row(f"pfd ingest one typical document (median of {runs})", 1,
                            os.path.getsize(self.typical), self.one_median, rss, self.commands[-2])
        self.commands.pop()  # the /usr/bin/time run above only measured its RSS

    def python_stack(self):
        pool = sorted(self.text + self.html, key=os.path.basename)
        want = 8 if self.quick else 50
        step = max(1, len(pool) // want)
        sample = pool[::step][:want]
        outdir = os.path.join(self.out, "python")
        shutil.rmtree(outdir, ignore_errors=True)
        argv = [rel(self.venv_python), rel(os.path.join(HERE, "pystack.py")), rel(outdir)] + [rel(p) for p in sample]
        shown = " ".join(argv[:3]) + f" $(ls {rel(self.corpus)}/text/* {rel(self.corpus)}/html/* " \
            f"| LC_ALL=C sort -t/ -k4 | awk 'NR % {step} == 1' | head -{want})"
        seconds, rss, stdout, rc = self.timed(argv, shown=shown)
        try:
            self.py = json.loads(stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            sys.exit(f"bench: the Python stack failed (exit {rc})")
        if self.py["missing"]:
            self.notes.append("Python packages that could not be imported (compared without them): "
                              + ", ".join(self.py["missing"]) + ".")
        n_text = sum(p.endswith(".txt") for p in sample)
        self.pyrow = self.row("Python stack, sample (processing time)", len(sample), self.py["bytes"],
                              self.py["seconds"], rss, self.commands[-1], cpu=self.last_cpu,
                              note=f"{n_text} text + {len(sample) - n_text} HTML, every {step}th file; "
                                   f"imports and set-up ({self.py['setup_seconds']:.1f} s) excluded; "
                                   f"whole process {seconds:.1f} s")

    # --- targets, profile, report ------------------------------------------------------------------------------

    def targets(self):
        t = []
        speedup = self.j1["mbps"] / self.pyrow["mbps"]
        t.append(("full pipeline, text and HTML, one job, against the Python stack (per MB)", "≥ 250×",
                  f"{speedup:,.0f}×", speedup >= 250))
        html_ratio = self.hp["seconds"] / self.xl["seconds"]
        t.append(("HTML ingest alone (`pfd parse`: text, blocks, sentences, JSON lines) against xmllint's "
                  "parse-only time", "≤ 2×", f"{html_ratio:.2f}×", html_ratio <= 2))
        par = self.j1["seconds"] / self.j2["seconds"]
        t.append(("`--jobs 2` against `--jobs 1`", "≥ 1.7× faster", f"{par:.2f}×", par >= 1.7))
        peak = max(r["rss"] for r in (self.j1, self.j2, self.h1, self.hp, self.x4, self.re, self.one))
        t.append(("peak RSS of any pfd run", "≤ 100 MB", f"{peak:.1f} MB", peak <= 100))
        # "No larger" for 4x the data, with 5% (at least 2 MB) allowed for allocator noise between runs.
        grow = self.x4["rss"] - self.j2["rss"]
        t.append(("peak RSS, 4× corpus against 1× (both `--jobs 2`)", "no larger",
                  f"{self.x4['rss']:.1f} vs {self.j2['rss']:.1f} MB", grow <= max(2.0, 0.05 * self.j2["rss"])))
        reratio = self.re["seconds"] / self.j1["seconds"]
        n_all = self.j1["docs"]
        ok_skip = self.re_skipped == n_all
        t.append(("re-ingest of the unchanged corpus against the first run", "≤ 5%",
                  f"{100 * reratio:.1f}% ({self.re_skipped} of {n_all} skipped)", reratio <= 0.05 and ok_skip))
        t.append(("one typical document end to end, process start included", "≤ 50 ms",
                  f"{1000 * self.one_median:.1f} ms", self.one_median <= 0.050))
        self.target_rows = t
        return all(ok for *_, ok in t)

    def profile(self):
        """Callgrind on one text and one HTML document: the top functions by own instructions, and pfd's own
        functions by inclusive instructions (which stage the time goes to)."""
        self.profiles = []
        # Valgrind 3.19 cannot read the DWARF 5 that swiftc emits, so profile a copy without debug info;
        # the symbol table, and so every function name, stays.
        binary = os.path.join(WORK, "pfd-nodebug")
        shutil.copy2(self.pfd, binary)
        argv = ["strip", "--strip-debug", rel(binary)]
        self.record(["cp", rel(self.pfd), rel(binary)])
        self.record(argv)
        subprocess.run(argv, cwd=ROOT, check=True)
        html_by_size = sorted(self.html, key=os.path.getsize)
        for label, doc in (("text", self.typical), ("HTML", html_by_size[len(html_by_size) // 2])):
            cg = os.path.join(WORK, f"callgrind.{label.lower()}.out")
            outdir = os.path.join(self.out, "cg")
            argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={rel(cg)}", rel(binary), "ingest",
                    rel(doc), "--out", rel(outdir), "--force", "--quiet"]
            self.record(argv)
            if subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode:
                self.notes.append(f"callgrind on {rel(doc)} failed")
                continue
            own = self.annotate(cg, inclusive=False, limit=10, only=None)
            stages = self.annotate(cg, inclusive=True, limit=12, only=os.path.basename(binary))
            total = self.annotate_total
            self.profiles.append((label, rel(doc), total, own, stages))

    # Entry points and batch plumbing: inclusive of everything, so they say nothing about where time goes.
    PLUMBING = re.compile(r"below main|pfd_main|pfd3PFD|BatchIngest|ParsableCommand|\$sIeg|thunk|closure", re.I)

    def annotate(self, cg, inclusive, limit, only):
        ann = ["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", rel(cg)]
        self.record(ann)
        text = subprocess.run(ann, cwd=ROOT, capture_output=True, text=True).stdout
        total = re.search(r"^\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", text, re.M)
        self.annotate_total = total.group(1) if total else "?"
        rows = []
        for line in text.splitlines():
            m = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+\S*?:(.+?) \[(.+)\]$", line)
            if not m:
                continue
            ir, pct, fn, obj = m.groups()
            if only and (os.path.basename(obj) != only or self.PLUMBING.search(fn)):
                continue
            rows.append([ir, pct, fn, os.path.basename(obj)])
        names = [r[2] for r in rows]
        dm = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                            capture_output=True, text=True)
        plain = dm.stdout.splitlines()
        if dm.returncode == 0 and len(plain) == len(names):
            for r, name in zip(rows, plain):
                r[2] = name
        out, seen, kept = [], set(), []
        for r in rows:
            ir = int(r[0].replace(",", ""))
            name = r[2].replace("specialized ", "")
            # Specialisations, thunks and one-line wrappers repeat a function's inclusive count: keep one.
            if name in seen or (inclusive and any(abs(ir - k) <= k // 1000 for k in kept)):
                continue
            seen.add(name)
            kept.append(ir)
            out.append(r)
            if len(out) == limit:
                break
        return out

    def machine(self):
        cpu = "unknown"
        try:
            out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
            cpu = re.search(r"Model name:\s*(.+)", out).group(1).strip()
        except (OSError, AttributeError):
            pass
        swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "Sources"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        return {"cpu": cpu, "cores": os.cpu_count(), "mem": f"{mem:.0f} GiB", "os": platform.platform(),
                "swift": swift[0] if swift else "?",
                "commit": head.stdout.strip() + (" with uncommitted changes under Sources/" if dirty else "")}

    def report(self, passed, load_before, load_after, started):
        m = self.machine()
        L = []
        L.append("# Performance")
        L.append("")
        L.append("Generated by `scripts/bench`" + (" --quick" if self.quick else "") +
                 " (issue 6). Re-run it to refresh this page; it exits non-zero when a target is missed. "
                 "The measurements behind each speed change are in [optimisation.md](optimisation.md).")
        L.append("")
        L.append(f"- **Date:** {started:%Y-%m-%d %H:%M} UTC")
        L.append(f"- **Machine:** {m['cpu']}, {m['cores']} cores, {m['mem']} RAM, {m['os']}")
        L.append(f"- **Load average** (1 min) before / after: {load_before:.2f} / {load_after:.2f}")
        L.append(f"- **Toolchain:** {m['swift']}; pfd built with `swift build -c release`, commit {m['commit']}")
        tn, tb = self.sizes["text"]
        hn, hb = self.sizes["html"]
        L.append(f"- **Corpus:** {tn} text documents ({tb / MB:.1f} MB) and {hn} HTML pages ({hb / MB:.1f} MB), "
                 f"generated deterministically (seeded RNG) from the {len(os.listdir(os.path.join(ROOT, 'corpus'))) - 1} "
                 "seed documents in `corpus/` with names, numbers and years varied and paragraphs dropped or "
                 "repeated; each HTML page wraps a document in page furniture (head with styles, JSON-LD and "
                 "scripts, cookie banner, header, navigation, breadcrumbs, share bar, comments, related stories, "
                 "newsletter box, adverts, footer). Not committed: it lives in `bench/`.")
        if self.quick:
            L.append("- **Quick mode** (`--quick`): a corpus of 150 + 150 documents and an 8-document Python sample, "
                     "not the full ~1,000 + ~1,000 documents of `scripts/bench`.")
        if self.real:
            L.append(f"- **Real reports:** the {self.real['docs']:,} pfd-toolkit reports fetched by "
                     "`scripts/fetch-pfd-toolkit` (`bench/pfd-toolkit/reports`), run once with `--jobs 2` as a "
                     "check on real text; no target rests on them.")
        else:
            L.append("- **Not included:** the ~4,700 real reports from the pfd-toolkit CSV have not been fetched "
                     "(`scripts/fetch-pfd-toolkit`), so that part of the benchmark is skipped.")
        L.append("")
        L.append("## Results")
        L.append("")
        L.append("MB are 10⁶ bytes of input. Wall times, CPU (user + system) times and peak RSS from "
                 "`/usr/bin/time -v`; MB/s and docs/s are per wall second. On a busy machine CPU seconds are the "
                 "steadier figure: a `--jobs 2` run whose CPU seconds are about twice its wall seconds did use both "
                 "cores.")
        L.append("")
        L.append("| run | docs | MB | wall s | CPU s | MB/s | docs/s | peak RSS MB |")
        L.append("|---|---:|---:|---:|---:|---:|---:|---:|")
        for r in self.rows:
            L.append(f"| {r['name']} | {r['docs']} | {r['mb']:.2f} | {r['seconds']:.3f} | {r['cpu']:.2f} | {r['mbps']:.2f} | "
                     f"{r['docsps']:.1f} | {r['rss']:.1f} |")
        L.append("")
        L.append(f"Python stack: {self.pyrow['note']}. Packages: {', '.join(self.py['used']) or 'none'}.")
        L.append(f"HTML parse against xmllint, {self.hp['note']} for `pfd parse` and {self.xl['note']} for xmllint.")
        L.append(f"Single document: `{rel(self.typical)}` ({os.path.getsize(self.typical):,} bytes, the median "
                 f"size), runs in ms: {', '.join(f'{1000 * t:.0f}' for t in sorted(self.one_times))}.")
        L.append("")
        L.append("## Ratios and targets")
        L.append("")
        L.append("| measure | target | measured | |")
        L.append("|---|---|---|---|")
        for name, target, value, ok in self.target_rows:
            L.append(f"| {name} | {target} | {value} | {'pass' if ok else '**MISS**'} |")
        L.append("")
        L.append("**All targets met.**" if passed else "**Some targets were missed.**")
        if self.notes:
            L.append("")
            L.append("## Notes")
            L.append("")
            for n in self.notes:
                L.append(f"- {n}")
        if getattr(self, "profiles", None):
            L.append("")
            L.append("## Profile")
            L.append("")
            L.append("`valgrind --tool=callgrind` on one document with the release binary (instruction counts "
                     "repeat exactly from run to run); the top 10 functions by their own instructions "
                     "(`callgrind_annotate --inclusive=no`), names demangled with `swift demangle --simplified`.")
            for label, doc, total, own, stages in self.profiles:
                L.append("")
                L.append(f"**{label}**: `{doc}`, {total} instructions in all (process start included).")
                L.append("")
                L.append("Top 10 by own instructions:")
                L.append("")
                L.append("| Ir | % | function | object |")
                L.append("|---:|---:|---|---|")
                for ir, pct, fn, obj in own:
                    L.append(f"| {ir} | {pct} | `{fn[:150].replace('|', '/')}` | {obj} |")
                L.append("")
                L.append("pfd's own functions by inclusive instructions (entry points left out), i.e. which stage "
                         "spends them:")
                L.append("")
                L.append("| Ir | % | function |")
                L.append("|---:|---:|---|")
                for ir, pct, fn, _ in stages:
                    L.append(f"| {ir} | {pct} | `{fn[:150].replace('|', '/')}` |")
        L.append("")
        L.append("## Commands")
        L.append("")
        L.append("Run from the repository root, in this order:")
        L.append("")
        L.append("```sh")
        L.extend(self.commands)
        L.append("```")
        L.append("")
        return "\n".join(L)


def print_table(b):
    w = max(len(r["name"]) for r in b.rows)
    print(f"{'run':<{w}}  {'docs':>6} {'MB':>7} {'wall s':>8} {'CPU s':>8} {'MB/s':>8} {'docs/s':>8} {'RSS MB':>7}")
    for r in b.rows:
        print(f"{r['name']:<{w}}  {r['docs']:>6} {r['mb']:>7.2f} {r['seconds']:>8.3f} {r['cpu']:>8.2f} {r['mbps']:>8.2f} "
              f"{r['docsps']:>8.1f} {r['rss']:>7.1f}")
    print()
    w = max(len(t[0]) for t in b.target_rows)
    for name, target, value, ok in b.target_rows:
        print(f"{'pass' if ok else 'MISS'}  {name:<{w}}  {target:<14} {value}")
    for n in b.notes:
        print(f"note: {n}")


def main():
    ap = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="a small corpus and sample, to try it out "
                                                         "(writes bench/performance-quick.md, not docs/)")
    ap.add_argument("--scratch-path", default=os.environ.get("BENCH_SCRATCH", ".build-bench"),
                    help="the swift build scratch folder (default .build-bench)")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    ap.add_argument("--profile", action="store_true", help="add the callgrind profile even when targets pass")
    ap.add_argument("--md", help="where to write the Markdown report (default docs/performance.md, or "
                                 "bench/performance-quick.md with --quick)")
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()[0]
    b = Bench(a)
    if not a.no_build:
        b.build()
    if not os.access(b.pfd, os.X_OK):
        sys.exit(f"bench: no release binary at {b.pfd}")
    for tool in ("/usr/bin/time", "xmllint"):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing (apt-get install time libxml2-utils)")
    b.make_corpus()
    b.venv()
    b.run_all()
    passed = b.targets()
    if (not passed or a.profile) and shutil.which("valgrind"):
        b.profile()
    load_after = os.getloadavg()[0]
    if load_before > (os.cpu_count() or 1) or load_after > (os.cpu_count() or 1):
        b.notes.append(f"The machine was busy (load average {load_before:.1f} before, {load_after:.1f} after, on "
                       f"{os.cpu_count()} cores): timings, and the `--jobs 2` speed-up most, are pessimistic.")
    md = b.report(passed, load_before, load_after, started)
    target = os.path.abspath(a.md) if a.md else \
        os.path.join(WORK, "performance-quick.md") if a.quick else os.path.join(ROOT, "docs", "performance.md")
    with open(target, "w", encoding="utf-8") as f:
        f.write(md)
    print_table(b)
    print(f"\nwritten: {rel(target)}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
