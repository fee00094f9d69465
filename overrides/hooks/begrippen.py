"""One glossary: ``docs/includes/begrippen.md`` feeds the tooltips on every page (abbr + snippets
auto_append) and the page "Begrippen" (marker ``[[begrippenlijst]]``)."""
from __future__ import annotations

import re
from pathlib import Path

REGEL = re.compile(r"^\*\[(.+?)\]:\s*(.+)$")


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


def on_page_markdown(markdown, page, config, files):
    if "[[begrippenlijst]]" not in markdown:
        return markdown
    lijst = "\n".join(f"{term}\n:   {uitleg}\n" for term, uitleg in begrippen(config["docs_dir"]))
    return markdown.replace("[[begrippenlijst]]", lijst)
