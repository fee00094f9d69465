"""Which article carries which rule of the eigen bijdrage on a date, and the cases without bijdrage.

Both are law as data: ``params/artikelen_eigen_bijdrage.toml`` (the numbers moved on 1 January
2020, when the fixed amount went from Ub art. 3.8 lid 1 into Wmo art. 2.1.4a) and
``params/gevallen_zonder_bijdrage.toml`` (the list the pages show through ``[[lijst:vrijstellingen]]``
and the calculator cites). Every citation is dated: the article as it read on the day asked about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..kern.legal import Bron, verwijzing
from ..kern.params import tekst as waarde_tekst, waarde

_VELD = re.compile(r"\{([a-z_]+)\}")


def bestaat(regel: str, op: date) -> bool:
    """Whether the law had an article for ``regel`` on ``op`` (e.g. no aangewezen algemene
    voorziening under the fixed amount in 2019)."""
    return regel in waarde("artikelen_eigen_bijdrage", op).waarde


def bron(regel: str, op: date, *, lid: int | str | None = None, onder: str | None = None) -> Bron:
    """The article that carries ``regel`` on ``op``, cited as it read that day."""
    return verwijzing(waarde("artikelen_eigen_bijdrage", op).waarde[regel], op=op, lid=lid, onder=onder)


@dataclass(frozen=True)
class Geval:
    """One case without bijdrage: our id, the calculator's ``regel`` ("" when the case only takes
    one kind of help out), the line a page shows, and the article as it read that day."""

    geval: str
    regel: str
    tekst: str
    bron: Bron


def gevallen(op: date) -> list[Geval]:
    """Every case without bijdrage known on ``op``, in the order the pages list them."""
    uit = []
    for rij in waarde("gevallen_zonder_bijdrage", op).waarde:
        zin = _VELD.sub(lambda m: waarde_tekst(waarde(m[1], op)), rij["tekst"])
        artikel = bron(rij["artikel"], op, onder=rij["onder"] or None)
        uit.append(Geval(rij["geval"], rij["regel"], zin, artikel))
    return uit


def geval(naam: str, op: date) -> Geval | None:
    """The case ``naam`` as known on ``op``, or None when it did not exist then."""
    return next((g for g in gevallen(op) if g.geval == naam), None)
