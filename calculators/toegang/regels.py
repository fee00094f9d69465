"""The toegang indication: every ground in the order of the law, and the strongest consequence.

The grounds live in ``persoon`` (who and where) and ``zaak`` (what is asked for); their codes and
page titles in ``params/toegang_gronden.toml``.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..kern.dates import kort
from ..kern.legal import artikel
from .basis import GEVOLGEN, STAPPEN, Reden
from .persoon import duur, eigen_oplossing, verblijf, woonplaats
from .zaak import (afschrijvingstermijn, algemeen_gebruikelijk, algemene_voorziening, informatie,
                   kosten_al_gemaakt, meerkosten, voorliggende_voorziening)

if TYPE_CHECKING:
    from .invoer import Invoer


def dekking(inp: Invoer, op: date) -> list[Reden]:
    """Today lies past the days we know the rules for (invoer.parse then answers for the last one)."""
    if inp.vandaag_buiten_bereik is None:
        return []
    return [Reden(None, "info", f"Wij kennen de regels tot en met {kort(op)}. Dit antwoord gaat uit "
                  "van de regels op die dag. Latere wijzigingen kent deze rekenhulp nog niet.",
                  artikel("wmo", "2.3.5", op=op), STAPPEN)]


REGELS = (dekking, verblijf, woonplaats, eigen_oplossing, algemene_voorziening, duur,
          algemeen_gebruikelijk, meerkosten, voorliggende_voorziening, kosten_al_gemaakt,
          afschrijvingstermijn, informatie)


def beoordeel(inp: Invoer, op: date) -> list[Reden]:
    return [r for regel in REGELS for r in regel(inp, op)]


def oordeel(redenen: list[Reden]) -> str:
    """The strongest consequence wins: niet_kansrijk > ander_loket > onzeker > kansrijk."""
    gevolgen = {r.gevolg for r in redenen}
    return next((g for g in GEVOLGEN if g in gevolgen), "kansrijk")
