"""Counting a legal term and moving its end past weekends and feestdagen.

Legal basis:
- Awb art. 6:8 lid 1 (and the Wmo terms "na de melding", "na ontvangst"): a term starts on the day
  after the event, so a term of six weeks after a Monday ends on the Monday six weeks later;
- Algemene termijnenwet art. 1 lid 1: an end on a Saturday, Sunday or feestdag moves to the next
  working day; art. 2: a term of at least three days holds at least two working days;
  art. 4 onder a: not for terms of more than twelve weeks or ninety days.
For the terms of this rekenhulp (7 days and longer) art. 2 never adds a day: tests/calculators/termijnen/test_termijnen.py
checks that for every start day of the covered years. It is applied anyway, as the law says.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from . import feestdagen as _feestdagen
from ..kern.params import parameter, waarde

DAG = timedelta(days=1)


@dataclass(frozen=True)
class Afloop:
    """One term: where it starts, where plain counting ends it and where it really ends."""

    begin: date
    volgens_telling: date
    einddatum: date
    verlengd: str | None                        # None, "weekend" or "feestdag" (contract)
    overgeslagen: tuple[tuple[date, str], ...]  # days the end moved past, with the reason
    atw: bool                                   # whether the Algemene termijnenwet applied


def lengte(naam: str, op: date) -> timedelta:
    """A term length from ``params/<naam>.toml`` (unit ``dagen`` or ``weken``) in force on ``op``."""
    getal, eenheid = waarde(naam, op).waarde, parameter(naam).eenheid
    return {"dagen": timedelta(days=getal), "weken": timedelta(weeks=getal)}[eenheid]


def atw_geldt(naam: str, op: date) -> bool:
    """Atw art. 4 onder a: not for a term of more than twelve weeks or more than ninety days."""
    grens = waarde("atw_langste_termijn", op)
    getal, eenheid = waarde(naam, op).waarde, parameter(naam).eenheid
    return getal <= (grens.waarde if eenheid == "weken" else grens.extra["dagen"])


def termijn(na: date, naam: str, *, op: date, atw: bool = True) -> Afloop:
    """The term ``naam`` (a parameter) that starts the day after ``na``; law in force on ``op``.

    ``atw=False`` where a law excludes the Algemene termijnenwet (e.g. Awb art. 4:17 lid 1).
    """
    begin, eind = na + DAG, na + lengte(naam, op)
    if not (atw and atw_geldt(naam, op)):
        return Afloop(begin, eind, eind, None, (), False)
    echt = verleng(begin, eind, _feestdagen.vrij, op)
    if echt == eind:
        verlengd = None
    elif echt == verleng(begin, eind, _feestdagen.alleen_weekend, op):
        verlengd = "weekend"
    else:
        verlengd = "feestdag"
    overgeslagen = tuple((d, r) for d in _dagen(eind, echt) if (r := _feestdagen.vrij(d)))
    return Afloop(begin, eind, echt, verlengd, overgeslagen, True)


def verleng(begin: date, eind: date, vrij: Callable[[date], str | None], op: date) -> date:
    """Atw art. 1 lid 1 and art. 2 for the term ``begin``..``eind`` (both days included)."""
    while vrij(eind):
        eind += DAG
    minimum = waarde("atw_minimum_werkdagen", op)
    if (eind - begin).days + 1 >= minimum.extra["termijn_vanaf_dagen"]:
        while sum(1 for d in _dagen(begin, eind) if not vrij(d)) < minimum.waarde:
            eind += DAG
    return eind


def _dagen(van: date, tot: date):
    """Every day from ``van`` up to and including ``tot``."""
    for n in range((tot - van).days + 1):
        yield van + timedelta(days=n)
