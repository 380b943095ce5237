"""How many numbered concerns a report's concerns text shows, judged from the text alone (not from pfd).

A section counts as numbered when the earliest line-start list marker numbered 1 (styles "1.", "(1)",
"1)", "1:", "Concern 1", "Matter One", "1 Capital") starts a sequence of that same style that runs 1, 2, ..., N
(N >= 2) with no gap, repeat or restart. Markers of other styles (nested sub-lists) are ignored.
Anything else is "not numbered" (None) with a reason, so that it is left out of the share.
"""
import re

# Order matters only for ties on one line; each pattern captures the number.
STYLES = [
    ("Concern N", re.compile(
        r"(?:(?:matter|area)s?(?:\s+of\s+concern)?|concerns?)\s*(?:no\.?|number)?\s*"
        r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:st|nd|rd|th|%))",
        re.I)),
    ("(N)", re.compile(r"\((\d{1,2})\)")),
    ("N)", re.compile(r"(\d{1,2})\)")),
    ("N.", re.compile(r"(\d{1,2})\.(?!\d)(?=\s|$)")),
    ("N:", re.compile(r"(\d{1,2}):(?=\s|$)")),
    ("N Cap", re.compile(r"(\d{1,2})\s+(?=[A-Z][a-z]|[A-Z]\s|I\s)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")),
]
LEAD = re.compile(r"^[\s\u00a0\u2022\u00b7*\-–—]*")
WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
INLINE = re.compile(r"(?:^|\s)\((\d{1,2})\)\s")


def number(s):
    return int(s) if s.isdigit() else WORDS.index(s.lower()) + 1


def markers(text):
    """(line index, style, number) for every line that starts with a numeric list marker."""
    out = []
    for i, line in enumerate(text.splitlines()):
        s = LEAD.sub("", line, count=1)
        for style, rx in STYLES:
            m = rx.match(s)
            if m:
                out.append((i, style, number(m.group(1))))
                break
    return out


def has_empty_item(text, item_lines):
    """True when some item has no words between its marker and the next item (or the end)."""
    lines = text.splitlines()
    bounds = item_lines + [len(lines)]
    for k, start in enumerate(item_lines):
        body = LEAD.sub("", lines[start], count=1)
        body = re.sub(r"^\S+\s*", "", body, count=1)  # the marker itself
        rest = [body] + lines[start + 1:bounds[k + 1]]
        if not any(re.search(r"[A-Za-z]{2}", x) for x in rest):
            return True
    return False


def expected_count(text):
    """(N, style, None) for a numbered section, else (None, style or None, reason)."""
    ms = markers(text)
    ones = [m for m in ms if m[2] == 1]
    if not ones:
        nums = [int(n) for n in INLINE.findall(text)]
        if nums[:2] == [1, 2]:
            return None, "(N) inline", "run-on numbering inside paragraphs"
        return None, None, "no numbered list"
    style = ones[0][1]
    seq = [n for _, s, n in ms if s == style]
    start = seq.index(1)
    before, seq = seq[:start], seq[start:]
    if seq.count(1) > 1:
        return None, style, "numbering restarts (several lists)"
    if seq != list(range(1, len(seq) + 1)):
        return None, style, "numbering has gaps or repeats"
    if len(seq) < 2:
        return None, style, "a single numbered item"
    if before:
        return None, style, "stray numbers before item 1"
    if has_empty_item(text, [i for i, s, _ in ms if s == style]):
        return None, style, "an empty numbered item (text lost at source)"
    return len(seq), style, None
