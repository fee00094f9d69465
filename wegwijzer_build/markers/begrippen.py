"""One glossary: ``docs/includes/begrippen.md`` feeds the tooltips on every page (abbr + snippets
auto_append) and the page "Begrippen" (marker ``[[begrippenlijst]]``).

A term gets its tooltip where it first appears on a page, not every time: explain once, then
read on (a long page had 141 dotted underlines for 20 terms, and each one costs Material's
tooltip code time on a slow phone; README, "Fast and offline")."""
from __future__ import annotations

import re
from pathlib import Path

REGEL = re.compile(r"^\*\[(.+?)\]:\s*(.+)$")
ABBR = re.compile(r'<abbr title="([^"]*)">(.*?)</abbr>', re.S)


def begrippen(docs_dir: str) -> list[tuple[str, str]]:
    tekst = (Path(docs_dir) / "includes" / "begrippen.md").read_text(encoding="utf-8")
    paren = [m.groups() for m in map(REGEL.match, tekst.splitlines()) if m]
    # Several spellings may share one explanation; the list shows each explanation once.
    gezien, uniek = set(), []
    for term, uitleg in paren:
        if uitleg not in gezien:
            gezien.add(uitleg)
            uniek.append((term, uitleg))
    return sorted(uniek, key=lambda p: p[0].lower())


def vervang(markdown: str, docs_dir) -> str:
    if "[[begrippenlijst]]" not in markdown:
        return markdown
    lijst = "\n".join(f"{term}\n:   {uitleg}\n" for term, uitleg in begrippen(docs_dir))
    return markdown.replace("[[begrippenlijst]]", lijst)


LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.S)


def eerste_keer(html: str) -> str:
    """Keep the first ``<abbr>`` per explanation; later ones become plain text. A term inside a link
    is plain text too: a tap there follows the link, so its explanation could never show."""
    html = LINK.sub(lambda m: ABBR.sub(r"\2", m[0]), html)
    gezien = set()

    def vervang(m: re.Match) -> str:
        if m[1] in gezien:
            return m[2]
        gezien.add(m[1])
        return m[0]
    return ABBR.sub(vervang, html)
