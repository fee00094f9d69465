"""Eigen bijdrage across the turn of the year: the months this calculator knows, the month the form
starts on, and what the page says once today lies past them. The amount is set anew each year by
ministeriële regeling (Wmo 2015 art. 2.1.4b lid 4); until we have it, we show the last month we know
and never guess (``params/abonnementstarief.toml`` says where the new amount will appear).
"""
from __future__ import annotations

from datetime import date

from ..kern.actualiteit import Dekking, dekking as _dekking
from ..kern.dates import maand_tekst, vandaag

# The parameters every answer reads on the month asked about: their common days are the months
# this calculator can answer (contract: a month outside is refused with geen_regel_voor_datum).
DEKKING = ("abonnementstarief", "artikelen_eigen_bijdrage", "gevallen_zonder_bijdrage",
           "meerderjarigheid", "opvang_nachten", "bijdrage_terug_termijnen")


def dekking() -> Dekking:
    return _dekking(DEKKING, vandaag())


def standaardmaand(d: Dekking) -> date:
    """The month a form starts on: this month, or the nearest month we know."""
    return d.peildag.replace(day=1)


def onbekend(d: Dekking) -> str:
    """'Het bedrag voor 2027 kennen wij nog niet.' (a month when only part of the year is known)."""
    wanneer = str(d.vandaag.year) if d.tot.year < d.vandaag.year else maand_tekst(d.vandaag)
    return f"Het bedrag voor {wanneer} kennen wij nog niet."


def melding(d: Dekking) -> str | None:
    """The notice above the form once today lies past the months we know; else None."""
    if not d.voorbij:
        return None
    return " ".join([onbekend(d), f"Daarom rekent de rekenhulp met {maand_tekst(d.tot)}. Dat is de "
                     "laatste maand die wij kennen.", *d.bekendmakingen()])
