"""The choices a gemeente makes for the eigen bijdrage: the open terms of the law.

Wmo 2015 art. 2.1.4a lid 5 (a lower tariff; nil below an income limit), Ub Wmo 2015 art. 3.8 lid 1
(collectief vervoer outside the tariff) and lid 2 (the three income categories). Declared once here;
the municipal edition's checks (``wegwijzer_build``) read them through :mod:`calculators.wet`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..kern.questions import Fout

# Ub 3.8 lid 2: the income categories a gemeente may exempt below a limit of its own.
MINIMA_CATEGORIEEN = ("alleenstaand", "alleenstaand_aow", "samen_aow")
# Ub 3.5 lid 4: the start date the college passes to the CAK (the beschikking or the delivery).
STARTMOMENTEN = ("beschikking", "levering")
GEMEENTE_SLEUTELS = {"naam", "tarief_eurocent", "minima", "collectief_vervoer_onder_abonnement",
                     "startmoment"}


@dataclass(frozen=True)
class Gemeente:
    """Choices a gemeente makes in its verordening (Wmo 2.1.4a lid 5; Ub 3.8 lid 1 and 2)."""

    naam: str = ""
    tarief_eurocent: int | None = None
    minima: dict | None = None
    collectief_vervoer_onder_abonnement: bool | None = None


def lees_gemeente(ruw: object, fouten: list[Fout]) -> Gemeente:
    if ruw is None:
        return Gemeente()
    if not isinstance(ruw, dict) or set(ruw) - GEMEENTE_SLEUTELS:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
        return Gemeente()
    tarief, minima = ruw.get("tarief_eurocent"), ruw.get("minima")
    cv = ruw.get("collectief_vervoer_onder_abonnement")
    geldig = (
        (tarief is None or (type(tarief) is int and tarief >= 0))
        and (minima is None or (isinstance(minima, dict) and set(minima) <= set(MINIMA_CATEGORIEEN)
                                and all(type(v) is int and v >= 0 for v in minima.values())))
        and (cv is None or isinstance(cv, bool)) and isinstance(ruw.get("naam", ""), str))
    if not geldig:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
        return Gemeente()
    return Gemeente(ruw.get("naam", ""), tarief, minima or None, cv)
