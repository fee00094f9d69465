"""Tables that fit a phone: every data cell carries its column's header as ``data-label``, and a table
of three or more columns is marked ``data-stapelen``. On a narrow screen, or at 200 % text size,
``wegwijzer.css`` then shows each row of such a table as a small block of "header: value" lines,
so no column falls off the screen. A two-column table keeps its columns (it fits at 390 px).

A Python-Markdown tree processor (registered by :mod:`wegwijzer_build.markdown`), so it sees
every Markdown table, including the ones the markers write (``[[tabel:…]]``).
"""
from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

STAPELEN_VANAF = 3   # columns; two columns fit a 390 px screen at body text size


def _tekst(cel: etree.Element) -> str:
    """A header's text; raw HTML in it (a placeholder at this stage) does not count."""
    return " ".join(HTML_PLACEHOLDER_RE.sub("", "".join(cel.itertext())).split())


def label(table: etree.Element) -> None:
    """Give each ``td`` of ``table`` its column's header text, and mark wide tables."""
    kop = table.find("thead/tr")
    if kop is None:
        return
    koppen = [_tekst(th) for th in kop]
    for rij in table.iterfind("tbody/tr"):
        for kolom, cel in enumerate(rij):
            if kolom < len(koppen) and koppen[kolom]:
                cel.set("data-label", koppen[kolom])
    if len(koppen) >= STAPELEN_VANAF:
        table.set("data-stapelen", "")


class Tabellen(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            label(table)
