#!/usr/bin/env python3
"""Builds the deterministic scaled benchmark corpus from the seed corpus (standard library only).

usage: make_corpus.py SEED_DIR OUT_DIR [--docs N] [--min-mb MB] [--seed S]

Writes OUT_DIR/text/*.txt and OUT_DIR/html/*.html: at least N documents of each kind and at least MB megabytes
(10^6 bytes) of each kind. Every document is a seed with its names, numbers and years varied and some paragraphs
dropped or repeated; every HTML page wraps such a document in realistic page furniture (head with styles and
scripts, header, navigation, breadcrumbs, share bar, related stories, comments, cookie banner, footer).
The same arguments always give byte-identical files.
"""
import argparse
import html
import json
import os
import random
import re
import sys

# Names in the seed corpus swapped per document, so no two documents are the same text.
DECEASED = ["Ruth Perry", "Lucas Cumiskey", "Billy Camden"]
CORONERS = ["Heidi Connor"]
SCHOOLS = ["Caversham Primary School", "Stroud College", "Harris Academy"]
AREAS = ["Berkshire", "South Gloucestershire"]

FIRST = ["Alan", "Beatrice", "Callum", "Deborah", "Edward", "Fatima", "Gareth", "Hannah", "Imran", "Joanne",
         "Kieran", "Linda", "Mohammed", "Nadia", "Owen", "Priya", "Rhys", "Sarah", "Thomas", "Una", "Victor",
         "Wendy", "Yusuf", "Zoe", "Graham", "Helen", "Ian", "Karen", "Lewis", "Margaret"]
LAST = ["Ashworth", "Bennett", "Chowdhury", "Davies", "Evans", "Fletcher", "Griffiths", "Hughes", "Iqbal",
        "Jenkins", "Khan", "Lloyd", "Morgan", "Nolan", "Okafor", "Patel", "Quinn", "Roberts", "Singh", "Turner",
        "Underwood", "Vaughan", "Walsh", "Young", "Hargreaves", "Pemberton", "Sutcliffe", "Whitfield"]
PLACES = ["Cumbria", "Derbyshire", "Essex", "Gloucestershire", "Hampshire", "Kent", "Lancashire", "Norfolk",
          "Suffolk", "Surrey", "Wiltshire", "West Yorkshire", "Greater Manchester", "Merseyside", "Devon",
          "Cornwall", "Staffordshire", "Nottinghamshire", "Leicestershire", "Shropshire"]
TOWNS = ["Ashford", "Bolton", "Carlisle", "Dover", "Exeter", "Frome", "Gateshead", "Harlow", "Ipswich",
         "Kendal", "Leek", "Malton", "Newark", "Oldham", "Preston", "Ripon", "Stafford", "Truro", "Wigan", "York"]
SCHOOL_KINDS = ["Primary School", "Academy", "High School", "College", "Infant School", "Community School"]

YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
MONTH_NAMES = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# Day numbers ("19 January", "19th", "January 19") stay as they are, so varied documents keep real dates.
NEAR_MONTH = re.compile(r"(?:st|nd|rd|th)?\s+" + MONTH_NAMES + r"\b|(?:st|nd|rd|th)\b")
AFTER_MONTH = re.compile(r"\b" + MONTH_NAMES + r"\s+$")
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\d)")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def vary_numbers(text, rng, year_shift):
    def year(m):
        return str(int(m.group(1)) + year_shift)

    text = YEAR.sub(year, text)

    def number(m):
        s = m.group(1)
        digits = s.replace(",", "")
        # Keep small ordinals and list numbers (concern 1, 2, 3...) and anything that now reads as a year.
        if len(digits) <= 2 and (NEAR_MONTH.match(m.string, m.end()) or AFTER_MONTH.search(m.string, 0, m.start())):
            return s
        if len(digits) <= 1 or YEAR.fullmatch(digits) or rng.random() < 0.5:
            return s
        lead = rng.randint(1, 9)
        rest = "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))
        value = str(lead) + rest
        return f"{int(value):,}" if "," in s else value

    return NUMBER.sub(number, text)


def vary_names(text, rng):
    for name in DECEASED + CORONERS:
        first, last = name.split()
        new_first, new_last = person(rng).split()
        text = text.replace(name, f"{new_first} {new_last}")
        text = re.sub(rf"\b{first}\b", new_first, text)
        text = re.sub(rf"\b{last}\b", new_last, text)
    for name in SCHOOLS:
        text = text.replace(name, f"{rng.choice(TOWNS)} {rng.choice(SCHOOL_KINDS)}")
    for name in AREAS:
        text = text.replace(name, rng.choice(PLACES))
    return text


def vary_paragraphs(text, rng):
    paragraphs = PARAGRAPH_BREAK.split(text)
    head, body = paragraphs[:4], paragraphs[4:]
    out = []
    for p in body:
        r = rng.random()
        if r < 0.08:
            continue  # dropped
        out.append(p)
        if r > 0.95 and len(p) > 200:
            out.append(p)  # a repeated passage, as quoted letters often repeat the concern
    return "\n\n".join(head + out)


def make_text(seed_text, rng):
    text = vary_names(seed_text, rng)
    text = vary_numbers(text, rng, rng.choice([-3, -2, -1, 0, 0, 1]))
    return vary_paragraphs(text, rng)


# --- HTML -----------------------------------------------------------------------------------------------------

LIST_ITEM = re.compile(r"^\s*(?:[\u2022\u25cf\u2013\-\*]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s+(.*)$")


def looks_like_heading(line):
    s = line.strip()
    if not s or len(s) > 90 or s.endswith((".", ",", ";", ":")) and not s.isupper():
        return False
    words = s.split()
    return len(words) <= 12 and (s.isupper() or sum(w[:1].isupper() for w in words) * 2 >= len(words))


def body_html(text):
    """The document as article markup: first line the title, short title-case lines headings, markers lists."""
    lines = [l.rstrip() for l in text.split("\n")]
    non_empty = [l for l in lines if l.strip()]
    title = non_empty[0].strip() if non_empty else "Untitled"
    parts, in_list = [], False
    for line in lines[lines.index(non_empty[0]) + 1 if non_empty else 0:]:
        s = line.strip()
        if not s:
            continue
        m = LIST_ITEM.match(s)
        if m:
            if not in_list:
                parts.append("<ul class=\"article-list\">")
                in_list = True
            parts.append(f"  <li>{html.escape(m.group(1), quote=False)}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if looks_like_heading(s):
            parts.append(f"<h2>{html.escape(s, quote=False)}</h2>")
        else:
            parts.append(f"<p>{html.escape(s, quote=False)}</p>")
    if in_list:
        parts.append("</ul>")
    return title, "\n".join(parts)


STYLE = """
:root{--brand:#0b3d91;--accent:#e4002b;--muted:#6b6b6b;--bg:#fff}
*{box-sizing:border-box}body{margin:0;font-family:Georgia,'Times New Roman',serif;color:#1a1a1a;background:var(--bg)}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:4px solid var(--brand)}
.site-header .logo{font:700 28px/1 Helvetica,Arial,sans-serif;color:var(--brand);text-decoration:none}
.primary-nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}.primary-nav a{color:#222;text-decoration:none;font:600 14px Helvetica,Arial,sans-serif}
.breadcrumbs{font-size:13px;color:var(--muted);padding:8px 24px}.breadcrumbs a{color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;max-width:1180px;margin:0 auto;padding:0 24px}
article h1{font-size:38px;line-height:1.15;margin:18px 0}article p{font-size:18px;line-height:1.6}
.byline{font:14px Helvetica,Arial,sans-serif;color:var(--muted)}.share-bar a{display:inline-block;margin-right:8px}
.related li{margin-bottom:12px}.related img{width:96px;height:64px;object-fit:cover;float:left;margin-right:8px}
.comments .comment{border-top:1px solid #ddd;padding:12px 0}.comments .meta{font-size:12px;color:var(--muted)}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px;z-index:1000}
.cookie-banner button{margin-left:12px;padding:8px 16px;border:0;background:var(--accent);color:#fff}
.site-footer{background:#f2f2f2;margin-top:48px;padding:32px 24px;font:14px Helvetica,Arial,sans-serif}
.site-footer ul{columns:4;list-style:none;padding:0}@media (max-width:800px){.layout{grid-template-columns:1fr}.site-footer ul{columns:2}}
.newsletter form{display:flex;gap:8px}.newsletter input{flex:1;padding:8px}.ad-slot{min-height:250px;background:#fafafa;border:1px dashed #ccc}
"""

SCRIPT = """
window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());
gtag('config','G-%(tag)s',{anonymize_ip:true,page_path:location.pathname});
(function(){var consent=document.cookie.match(/(?:^|; )consent=([^;]*)/);if(consent&&consent[1]==='yes'){
var b=document.querySelector('.cookie-banner');if(b){b.parentNode.removeChild(b);}}
document.addEventListener('click',function(e){if(e.target&&e.target.matches('[data-consent]')){
document.cookie='consent='+e.target.getAttribute('data-consent')+'; path=/; max-age=31536000';
var b=document.querySelector('.cookie-banner');if(b){b.style.display='none';}}});
var slots=document.querySelectorAll('.ad-slot');for(var i=0;i<slots.length;i++){slots[i].setAttribute('data-loaded','0');}
function lazy(){for(var i=0;i<slots.length;i++){var r=slots[i].getBoundingClientRect();if(r.top<innerHeight*1.5&&slots[i].getAttribute('data-loaded')==='0'){
slots[i].setAttribute('data-loaded','1');var s=document.createElement('script');s.async=true;s.src='/ads/slot.js?id='+slots[i].id;document.body.appendChild(s);}}}
window.addEventListener('scroll',lazy,{passive:true});lazy();
if(window.innerWidth<800&&document.querySelector('.share-bar')){document.querySelector('.share-bar').classList.add('compact');}
})();
"""

SECTIONS = ["News", "Politics", "Education", "Health", "Social care", "Justice", "Local", "Opinion", "Features",
            "Investigations", "Data", "Jobs", "Events", "Podcasts", "Subscribe"]
FOOTER = ["About us", "Contact", "Advertise", "Careers", "Terms and conditions", "Privacy policy", "Cookie policy",
          "Accessibility", "Complaints", "Corrections", "Editorial code", "Newsletters", "RSS feeds", "Site map",
          "Syndication", "Modern slavery statement", "Help centre", "Manage subscription", "Archive", "Staff"]
OUTLETS = ["Schools Week", "FE Week", "The County Herald", "Care Sector News", "Public Services Today",
           "The Evening Courier", "Health Service Journal Online", "Justice Weekly"]
HEADLINES = ["{area} council to review {thing} after inquest", "Coroner warns of '{thing}' risk at {place}",
             "Families call for change to {thing} rules", "Watchdog responds to coroner over {thing}",
             "{count} trusts yet to answer coroner reports", "Minister promises {thing} review by {month}",
             "Inquest hears of missed chances at {place}", "Charity says {thing} guidance 'not fit for purpose'"]
THINGS = ["safeguarding", "inspection", "staffing", "discharge", "road safety", "medication", "mental health",
          "out-of-hours care", "record keeping", "training", "ambulance response", "supervision"]
MONTHS = ["January", "March", "April", "June", "September", "October", "December"]
COMMENTS = ["This is long overdue. The same concerns were raised years ago and nothing changed.",
            "My thoughts are with the family. I hope the promised review actually happens this time.",
            "Having worked in the sector for twenty years I can say the pressure described here is real.",
            "Will there be any follow-up on whether these commitments were met? Someone needs to check.",
            "The response says a lot about what 'will' happen and very little about what has happened.",
            "Sad to read. Staff are stretched thin and reports like this are the result.",
            "Does anyone know when the consultation closes? I could not find the link.",
            "Another report, another set of promises. I will believe it when I see it."]


def headline(rng):
    return rng.choice(HEADLINES).format(area=rng.choice(PLACES), thing=rng.choice(THINGS),
                                        place=rng.choice(TOWNS), count=rng.randint(3, 40),
                                        month=rng.choice(MONTHS))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def make_html(text, rng, index):
    title, article = body_html(text)
    outlet = rng.choice(OUTLETS)
    section = rng.choice(SECTIONS[:9])
    day = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    author = person(rng)
    t = html.escape(title, quote=True)
    nav = "\n".join(f'      <li><a href="/{slug(s)}/">{s}</a></li>' for s in SECTIONS)
    related = "\n".join(
        f'      <li><a href="/{slug(section)}/{slug(h)}-{rng.randint(1000, 99999)}"><img src="/img/{rng.randint(10**5, 10**6)}.jpg" '
        f'alt="">{html.escape(h)}</a> <span class="time">{rng.randint(1, 23)} hours ago</span></li>'
        for h in (headline(rng) for _ in range(rng.randint(5, 9))))
    comments = "\n".join(
        f'    <div class="comment" id="c{rng.randint(10**6, 10**7)}"><div class="meta"><span class="user">{person(rng)}</span> '
        f'<time>{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2025)}</time></div>'
        f'<p>{html.escape(rng.choice(COMMENTS))}</p><button class="reply">Reply</button> '
        f'<button class="like">Like ({rng.randint(0, 99)})</button></div>'
        for _ in range(rng.randint(2, 9)))
    footer = "\n".join(f'      <li><a href="/{slug(s)}">{s}</a></li>' for s in FOOTER)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title[:110],
                     "datePublished": day, "author": {"@type": "Person", "name": author},
                     "publisher": {"@type": "Organization", "name": outlet}}, ensure_ascii=False)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{t} | {outlet}</title>
  <meta name="description" content="{html.escape(text[:150].strip(), quote=True)}">
  <meta property="og:title" content="{t}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{day}T{rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}:00+00:00">
  <link rel="canonical" href="https://example.org/{slug(section)}/{slug(title)}-{index}">
  <link rel="stylesheet" href="/static/css/site.{rng.randint(10**7, 10**8):x}.css">
  <style>{STYLE}</style>
  <script type="application/ld+json">{ld}</script>
  <script async src="/static/js/analytics.js"></script>
  <script>{SCRIPT % {"tag": f"{rng.randint(10**8, 10**9):X}"}}</script>
</head>
<body class="article-page section-{slug(section)}">
  <div class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to make this site work, to measure how it is used and to show you relevant adverts.
    You can accept all cookies or choose which ones to allow. <a href="/cookie-policy">Read our cookie policy</a>.</p>
    <button data-consent="yes">Accept all</button><button data-consent="no">Reject non-essential</button>
    <button class="settings">Cookie settings</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{outlet}</a>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
    <a class="subscribe" href="/subscribe">Subscribe</a> <a class="login" href="/login">Sign in</a>
  </header>
  <nav class="primary-nav" aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{slug(section)}/">{section}</a> &rsaquo; <span>{t}</span></div>
  <div class="layout">
  <main id="content">
  <article class="story">
    <h1>{html.escape(title, quote=False)}</h1>
    <p class="byline">By <a href="/author/{slug(author)}">{author}</a> &middot; <time datetime="{day}">{day}</time></p>
    <div class="share-bar"><a href="#" class="share-x">Share on X</a><a href="#" class="share-fb">Facebook</a><a href="#" class="share-li">LinkedIn</a><a href="#" class="share-mail">Email</a></div>
    <div class="article-body">
{article}
    </div>
    <div class="ad-slot" id="ad-{rng.randint(10**5, 10**6)}">Advertisement</div>
  </article>
  <section class="comments">
    <h2>Comments</h2>
{comments}
  </section>
  </main>
  <aside class="sidebar">
    <section class="related">
      <h2>Related stories</h2>
      <ul>
{related}
      </ul>
    </section>
    <section class="newsletter"><h2>Get the daily briefing</h2>
      <form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
    <div class="ad-slot" id="ad-side-{rng.randint(10**5, 10**6)}">Advertisement</div>
  </aside>
  </div>
  <footer class="site-footer">
    <ul>
{footer}
    </ul>
    <p>&copy; {outlet} {day[:4]}. All rights reserved. Registered in England and Wales.</p>
  </footer>
  <script src="/static/js/comments.{rng.randint(10**7, 10**8):x}.js" defer></script>
</body>
</html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--min-mb", type=float, default=15.0)
    ap.add_argument("--seed", type=int, default=28)
    a = ap.parse_args()
    seeds = []
    for name in sorted(os.listdir(a.seed_dir)):
        if name.endswith(".txt"):
            with open(os.path.join(a.seed_dir, name), encoding="utf-8") as f:
                seeds.append((name[:-4], f.read()))
    if not seeds:
        sys.exit(f"make_corpus: no .txt seeds in {a.seed_dir}")
    min_bytes = int(a.min_mb * 1_000_000)
    for kind in ("text", "html"):
        os.makedirs(os.path.join(a.out_dir, kind), exist_ok=True)
    rng = random.Random(a.seed)
    counts = {"text": [0, 0], "html": [0, 0]}
    for kind in ("text", "html"):
        i = 0
        while counts[kind][0] < a.docs or counts[kind][1] < min_bytes:
            seed_name, seed_text = seeds[rng.randrange(len(seeds))]
            text = make_text(seed_text, rng)
            if kind == "text":
                data = text.encode("utf-8")
                path = os.path.join(a.out_dir, "text", f"{i:05d}_{seed_name[:3]}.txt")
            else:
                data = make_html(text, rng, i).encode("utf-8")
                path = os.path.join(a.out_dir, "html", f"{i:05d}_{seed_name[:3]}.html")
            with open(path, "wb") as f:
                f.write(data)
            counts[kind][0] += 1
            counts[kind][1] += len(data)
            i += 1
    print(json.dumps({k: {"docs": v[0], "bytes": v[1]} for k, v in counts.items()}))


if __name__ == "__main__":
    main()
