"""Readability of the Dutch pages (B1): short sentences, and no page left as a stub.

Measures the average sentence length in words for every page that MkDocs builds (the Markdown
under docs/, without docs/includes/). Before counting, it drops what a reader does not read as
running text: front matter, code, tables, HTML tags, headings, admonition titles, link URLs,
markers such as [[gemeente:loket]] and includes such as {!includes/disclaimer.md!}.
A sentence ends at . ! or ?, at the end of a paragraph and at the end of a list item.

Run ``pytest tests/site/test_readability.py -s`` (or ``python tests/site/test_readability.py``) for the table.
"""
from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
MAX_AVERAGE = 20  # words per sentence; the target is 15 or less
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
