"""Search (Material's, in the browser): residents first, professionals' pages marked.

A page under ``professionals/`` gets the label "Voor professionals" (Material's search shows a
page's ``tags`` under each result) and a lower weight (``search.boost``), so a resident who types
"hulp bij het huishouden" sees the residents' pages first; nothing is left out of the index.
A page may name its own search words in its front matter as ``tags`` (``docs/kosten/index.md``:
"kosten" finds "Wat kost hulp uit de Wmo?", whose text never uses that word).
"""
from __future__ import annotations

PROFESSIONALS = "professionals/"
LABEL = "Voor professionals"
GEWICHT = 0.5   # Material's default is 1


def meta(src_uri: str, meta: dict) -> dict:
    """The page's front matter with the search label and weight for its section added."""
    if not src_uri.startswith(PROFESSIONALS):
        return meta
    tags = [t for t in meta.get("tags") or [] if t != LABEL]
    search = {"boost": GEWICHT, **(meta.get("search") or {})}
    return {**meta, "tags": [LABEL, *tags], "search": search}
