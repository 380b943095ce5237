#!/usr/bin/env python3
"""The Python stack a user would otherwise assemble, run over a list of files, writing one JSON file per document.

usage: pystack.py OUT_DIR FILE...      (run with the benchmark venv's python)

trafilatura (HTML to text), spaCy's blank English pipeline with a sentencizer and a Matcher for "we will"-style
commitments, dateparser.search.search_dates for dates, quantulum3 for figures. A package that cannot be imported
is skipped and named. Prints one JSON summary line: the packages used and missing, the files, bytes and the
processing seconds (imports and model set-up excluded, so the comparison is generous to this stack).
"""
import importlib
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore")

t_import = time.perf_counter()
missing, used = [], []


def optional(name, module, attr=None):
    """The module (or one of its attributes) when it imports; otherwise None, and the package is named as missing."""
    try:
        loaded = importlib.import_module(module)
        used.append(name)
        return getattr(loaded, attr) if attr else loaded
    except Exception as e:  # noqa: BLE001 - any import failure means "not available"
        missing.append(f"{name} ({e.__class__.__name__})")
        return None


trafilatura = optional("trafilatura", "trafilatura")
spacy = optional("spacy", "spacy")
Matcher = importlib.import_module("spacy.matcher").Matcher if spacy is not None else None
search_dates = optional("dateparser", "dateparser.search", "search_dates")
qparser = optional("quantulum3", "quantulum3.parser")

nlp = matcher = None
if spacy is not None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    matcher = Matcher(nlp.vocab)
    modal = {"LOWER": {"IN": ["will", "shall", "intend", "plan", "aim", "propose", "commit", "are"]}}
    matcher.add("COMMITMENT", [
        [{"LOWER": {"IN": ["we", "i", "department", "trust", "ofsted", "council"]}}, modal],
        [{"LOWER": {"IN": ["we", "i"]}}, {"LOWER": {"IN": ["have", "are"]}},
         {"LOWER": {"IN": ["committed", "agreed", "working", "reviewing", "introduced", "started"]}}],
        [{"LOWER": {"IN": ["will", "shall"]}}, {"LOWER": "be"}, {"LOWER": {"REGEX": "(ed|ing)$"}}],
    ])
setup_seconds = time.perf_counter() - t_import


def process(path, out_dir):
    with open(path, "rb") as f:
        raw = f.read()
    is_html = path.endswith((".html", ".htm"))
    if is_html and trafilatura is not None:
        text = trafilatura.extract(raw.decode("utf-8", "replace"), include_comments=False) or ""
    else:
        text = raw.decode("utf-8", "replace")
    record = {"source": path, "text_length": len(text)}
    if nlp is not None:
        doc = nlp(text)
        record["sentences"] = [[s.start_char, s.end_char] for s in doc.sents]
        commitments = []
        for _, start, end in matcher(doc):
            sent = doc[start].sent
            commitments.append({"text": sent.text, "span": [sent.start_char, sent.end_char]})
        record["commitments"] = commitments
    if search_dates is not None:
        found = search_dates(text, languages=["en"], settings={"DATE_ORDER": "DMY"}) or []
        record["dates"] = [{"text": t, "value": d.isoformat()} for t, d in found]
    if qparser is not None:
        record["figures"] = [{"text": q.surface, "value": q.value, "unit": q.unit.name, "span": list(q.span)}
                             for q in qparser.parse(text)]
    name = os.path.splitext(os.path.basename(path))[0] + ".json"
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        json.dump(record, f, ensure_ascii=False)
    return len(raw)


def main():
    out_dir, files = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    t0 = time.perf_counter()
    for path in files:
        total += process(path, out_dir)
    seconds = time.perf_counter() - t0
    print(json.dumps({"used": used, "missing": missing, "files": len(files), "bytes": total,
                      "seconds": seconds, "setup_seconds": setup_seconds}))


if __name__ == "__main__":
    main()
