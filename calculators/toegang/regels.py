"""The toegang indication: every ground in the order of the law, and the strongest consequence.

The grounds live in ``_toegang_persoon`` (who and where) and ``_toegang_zaak`` (what is asked for).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .basis import GEVOLGEN, Reden
from .persoon import duur, eigen_oplossing, verblijf, woonplaats
from .zaak import (afschrijvingstermijn, algemeen_gebruikelijk, informatie,
                            kosten_al_gemaakt, meerkosten, voorliggende_voorziening)

if TYPE_CHECKING:
    from .invoer import Invoer

REGELS = (verblijf, woonplaats, eigen_oplossing, duur, algemeen_gebruikelijk, meerkosten,
          voorliggende_voorziening, kosten_al_gemaakt, afschrijvingstermijn, informatie)


def beoordeel(inp: Invoer, op: date) -> list[Reden]:
    return [r for regel in REGELS for r in regel(inp, op)]


def oordeel(redenen: list[Reden]) -> str:
    """The strongest consequence wins: niet_kansrijk > ander_loket > onzeker > kansrijk."""
    gevolgen = {r.gevolg for r in redenen}
    return next((g for g in GEVOLGEN if g in gevolgen), "kansrijk")
