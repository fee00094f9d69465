"""Rule lists on pages come from the calculators' own data, so a page cannot say other than they do.

- ``[[lijst:vrijstellingen]]``: when no eigen bijdrage is owed (the cases the eigen-bijdrage
  rekenhulp decides by), one bullet each.
- ``[[lijst:algemeen_gebruikelijk]]``: the requirements of case law for 'algemeen gebruikelijk', in
  the order the toegang rekenhulp asks them, numbered.
- ``[[lijst:afwijzingsgronden]]``: the grounds to refuse that the toegang rekenhulp knows, each with
  its article as a link.
A year or a date may follow (``[[lijst:vrijstellingen:2019]]``); without one the list is the one in
force on the build date, or the nearest the data covers. Data only through :mod:`calculators.wet`.
"""
from __future__ import annotations

import re
from datetime import date

from calculators import wet

from ..errors import BuildError
from .waarden import _dag

MARKER = re.compile(r"\[\[lijst:([a-z_]+)(?::([0-9-]+))?\]\]")


def _vrijstellingen(op: date) -> str:
    return "\n".join(f"- {g.tekst}" for g in wet.vrijstellingen(op))


def _algemeen_gebruikelijk(op: date) -> str:
    return "\n".join(f"{i}. {e.tekst}" + (f" {e.toelichting}" if e.toelichting else "")
                     for i, e in enumerate(wet.criteria_algemeen_gebruikelijk(op), start=1))


def _afwijzingsgronden(op: date) -> str:
    return "\n".join(f"- {g.titel} ([{g.bron.titel}]({g.bron.url}))" for g in wet.redenen(op))


LIJSTEN = {"vrijstellingen": _vrijstellingen, "algemeen_gebruikelijk": _algemeen_gebruikelijk,
           "afwijzingsgronden": _afwijzingsgronden}


def peildag(naam: str, arg: str | None, vandaag: date) -> date:
    """The day a list is shown for: the one given, else the build date moved into the covered days."""
    if arg:
        return _dag(arg)
    van, tot = wet.bereik(*wet.LIJSTEN[naam])
    return min(max(vandaag, van), tot)


def vervang(markdown: str, vandaag: date) -> str:
    def een(m: re.Match) -> str:
        naam, arg = m.groups()
        if naam not in LIJSTEN:
            raise BuildError(f"{m.group(0)}: unknown list. Choose from: {', '.join(LIJSTEN)}.")
        try:
            # A blank line before and after: Markdown needs it to see a list, also mid-paragraph.
            return "\n\n" + LIJSTEN[naam](peildag(naam, arg, vandaag)) + "\n\n"
        except wet.GeenRegelVoorDatum as e:
            raise BuildError(f"{m.group(0)}: {e.message}") from None
    return MARKER.sub(een, markdown)
