"""Readability of the Dutch pages (B1): short sentences, and no page left as a stub.

Measures the average sentence length in words for every page that MkDocs builds (the Markdown
under docs/, without docs/includes/). Before counting, it drops what a reader does not read as
running text: front matter, code, tables, HTML tags, headings, admonition titles, link URLs,
markers such as [[gemeente:loket]] and includes such as {!includes/disclaimer.md!}.
A sentence ends at . ! or ?, at the end of a paragraph and at the end of a list item.

Resident pages (the Markdown under docs/hulp-vragen/, docs/kosten/, docs/besluit/ and docs/checklists/)
are also short and open with a summary (issue 18):

- at most 1,200 words of running text, counted as above (every word of every sentence);
- folded detail does not count: a closed block ``??? info "Voor wie het precies wil weten"`` (any
  type, but this title and closed, so ``???`` and not ``???+``) is shown only when the reader asks
  for it, so its text is left out of the count. Everything else counts, open callouts included;
- the first thing after the H1 is ``!!! abstract "In het kort"`` with a list of 3 to 5 points
  (lines holding only a marker such as ``[[gemeente:…]]`` may come before it).

Run ``pytest tests/site/test_readability.py -s`` (or ``python tests/site/test_readability.py``) for the table.
"""
from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
MAX_AVERAGE = 20  # words per sentence; the target is 15 or less
MAX_WORDS = 1200  # words of running text on a resident page
RESIDENT = ("hulp-vragen", "kosten", "besluit", "checklists")
IN_HET_KORT = '!!! abstract "In het kort"'
DETAIL_TITLE = '"Voor wie het precies wil weten"'
STUB = "Deze pagina wordt nog geschreven"

SKIP_LINE = re.compile(
    r"^\s*(\||#|\*\[|!!!|\?\?\?|\{!|\[\[[a-z]+:[^\]]*\]\]\s*$|</?div|-{3,}\s*$)")
NEW_UNIT = re.compile(r"^\s*([-*+]|\d+[.)]|:)\s+")
CLEAN = [
    (re.compile(r"`[^`]*`"), " "),                          # inline code
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), " "),             # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),          # links: keep the text, drop the URL
    (re.compile(r"\[\[[a-z]+:[^\]]*\]\]"), " "),            # markers filled in by hooks
    (re.compile(r"\{[:#.][^}]*\}"), " "),                   # attr_list
    (re.compile(r"<[^>]+>"), " "),                          # HTML tags
    (re.compile(r"^\[[ xX]\]\s*"), ""),                     # task list boxes
    (re.compile(r"[*_]{1,3}"), ""),                         # emphasis
]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"\w")


def units(markdown: str) -> list[str]:
    """Paragraphs and list items as plain text."""
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"^\s*(```|~~~).*?^\s*\1\s*$", "", text, flags=re.S | re.M)
    out, current = [], []
    for line in text.splitlines() + [""]:
        if not line.strip() or SKIP_LINE.match(line) or NEW_UNIT.match(line):
            if current:
                out.append(" ".join(current))
            current = []
            if not line.strip() or SKIP_LINE.match(line):
                continue
            line = NEW_UNIT.sub("", line)
        for pattern, repl in CLEAN:
            line = pattern.sub(repl, line.strip())
        current.append(line)
    return out


def sentences(markdown: str) -> list[int]:
    """The word count of every sentence."""
    counts = []
    for unit in units(markdown):
        for sentence in SENTENCE_END.split(unit):
            n = sum(1 for token in sentence.split() if WORD.search(token))
            if n:
                counts.append(n)
    return counts


def without_folded_detail(markdown: str) -> str:
    """The page without its closed blocks titled "Voor wie het precies wil weten" (title + indented body)."""
    out, skipping = [], False
    for line in markdown.splitlines():
        if re.match(r"^\?\?\? \w+ " + re.escape(DETAIL_TITLE) + r"\s*$", line):
            skipping = True
            continue
        if skipping and (not line.strip() or line.startswith("    ")):
            continue
        skipping = False
        out.append(line)
    return "\n".join(out)


def words(markdown: str) -> int:
    """Words of running text a reader meets without asking for more."""
    return sum(sentences(without_folded_detail(markdown)))


def summary_points(markdown: str) -> int | None:
    """The number of points in the "In het kort" block right after the H1, or None if it is not there."""
    lines = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S).splitlines()
    try:
        h1 = next(i for i, line in enumerate(lines) if line.startswith("# "))
    except StopIteration:
        return None
    rest = [line for line in lines[h1 + 1:]
            if line.strip() and not re.fullmatch(r"\s*\[\[[a-z]+:[^\]]*\]\]\s*", line)]
    if not rest or rest[0].rstrip() != IN_HET_KORT:
        return None
    body = []
    for line in rest[1:]:
        if not line.startswith("    "):
            break
        body.append(line)
    return sum(1 for line in body if re.match(r"^    [-*] ", line))


def resident_pages() -> list[Path]:
    return [p for p in pages() if p.relative_to(DOCS).parts[0] in RESIDENT]


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "includes" not in p.relative_to(DOCS).parts)


def measure() -> list[tuple[str, int, float]]:
    """(page, sentences, average words per sentence), longest average first."""
    rows = []
    for page in pages():
        counts = sentences(page.read_text(encoding="utf-8"))
        average = sum(counts) / len(counts) if counts else 0.0
        rows.append((str(page.relative_to(DOCS)), len(counts), average))
    return sorted(rows, key=lambda r: -r[2])


def table(rows) -> str:
    lines = [f"{'page':<45} {'sentences':>9} {'words/sentence':>14}"]
    lines += [f"{name:<45} {n:>9} {avg:>14.1f}" for name, n, avg in rows]
    return "\n".join(lines)


def test_sentence_length_at_most_20_words_on_average():
    rows = measure()
    print("\n" + table(rows))
    too_long = [r for r in rows if r[2] > MAX_AVERAGE]
    assert not too_long, (f"Pages above {MAX_AVERAGE} words per sentence on average "
                          f"(B1 aims at 15 or less):\n{table(too_long)}")


def test_resident_pages_have_at_most_1200_words():
    rows = sorted(((str(p.relative_to(DOCS)), words(p.read_text(encoding="utf-8"))) for p in resident_pages()),
                  key=lambda r: -r[1])
    print("\n" + "\n".join(f"{name:<45} {n:>6}" for name, n in rows))
    too_long = [f"{name}: {n} words" for name, n in rows if n > MAX_WORDS]
    assert not too_long, (f"Resident pages above {MAX_WORDS} words of running text (move detail into "
                          f'??? info {DETAIL_TITLE} or a professionals\' page):\n' + "\n".join(too_long))


def test_resident_pages_open_with_in_het_kort():
    wrong = []
    for page in resident_pages():
        n = summary_points(page.read_text(encoding="utf-8"))
        if n is None or not 3 <= n <= 5:
            wrong.append(f"{page.relative_to(DOCS)}: " + ("no " + IN_HET_KORT + " right after the H1"
                                                         if n is None else f"{n} points, not 3 to 5"))
    assert not wrong, "\n".join(wrong)


def test_the_length_rule_counts_folded_detail_out_and_finds_the_summary():
    page = f"""---
tags: [x]
---

# Titel

[[gemeente:loket]]

{IN_HET_KORT}
    - Een.
    - Twee drie.
    - Vier.

Vijf zes zeven.

??? info {DETAIL_TITLE}
    Dit telt niet mee. Ook dit niet.

    Nog een alinea die niet telt.

??? info "Een ander blok"
    Dit telt wel.

Acht negen.
"""
    assert words(page) == 1 + 2 + 1 + 3 + 3 + 2
    assert summary_points(page) == 3
    assert summary_points("# Titel\n\nEerst tekst.\n\n" + IN_HET_KORT + "\n    - Een.\n") is None
    assert words(page.replace("??? info " + DETAIL_TITLE, "???+ info " + DETAIL_TITLE)) == 12 + 7 + 6


def test_no_page_is_still_a_stub():
    # Fails until every page is written; that is intended.
    stubs = [str(p.relative_to(DOCS)) for p in pages() if STUB in p.read_text(encoding="utf-8")]
    assert not stubs, f"{len(stubs)} page(s) still say '{STUB}':\n" + "\n".join(stubs)


def test_the_measure_counts_what_a_reader_reads():
    sample = """# Een kop die niet telt

!!! tip "Een titel die niet telt"
    Bel [uw gemeente](https://example.org/een/lange/url). Dat is gratis!

| Kop | Kop |
|---|---|
| tabel | telt niet |

- Een lijstregel zonder punt
- Nog een [[gemeente:loket]]
"""
    assert sentences(sample) == [3, 3, 4, 2]


if __name__ == "__main__":
    print(table(measure()))
