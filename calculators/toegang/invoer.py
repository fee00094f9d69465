"""Kom ik in aanmerking? The checked answers (:class:`Invoer`) and the checks themselves.

The rule modules read :class:`Invoer`; nothing here imports them, so there is no import circle.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern import dates as _datum
from ..kern.questions import Fout, Invoerfouten, lees
from .vragen import questions


@dataclass(frozen=True)
class Invoer:
    hulpvraag: str
    verblijf: str
    eigen_oplossing: str
    peildatum: date
    gemeente: str = ""
    woonplaats: str | None = None
    duur: str | None = None
    gewone_winkel: str | None = None
    speciaal_voor_beperking: str | None = None
    veel_duurder: str | None = None
    meerkosten: str | None = None
    al_gekocht: str | None = None
    eerder_gekregen: str | None = None
    andere_regeling: str | None = None


def parse(invoer: dict) -> Invoer:
    """Check the answers; ``peildatum`` (law in force, default today) and ``gemeente`` are optional."""
    vragen = questions({})
    if isinstance(invoer, dict):
        # Every answer is one choice. Lists or objects are refused before the `when` checks see them.
        samengesteld = [Fout(v.id, "ongeldige_waarde", "Kies een van de antwoorden.")
                        for v in vragen if isinstance(invoer.get(v.id), (list, dict))]
        if samengesteld:
            raise Invoerfouten(samengesteld)
    antwoorden = lees(vragen, invoer, extra=("peildatum", "gemeente"))
    fouten, peildatum, naam = [], _datum.vandaag(), ""
    if invoer.get("peildatum") not in (None, ""):
        try:
            peildatum = _datum.parse_datum(invoer["peildatum"])
        except ValueError:
            fouten.append(Fout("peildatum", "ongeldige_waarde",
                               "Vul een datum in, bijvoorbeeld 2026-03-01."))
    gemeente = invoer.get("gemeente")
    if isinstance(gemeente, dict) and isinstance(gemeente.get("naam", ""), str):
        naam = gemeente.get("naam", "")
    elif gemeente is not None:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
    if fouten:
        raise Invoerfouten(fouten)
    return Invoer(peildatum=peildatum, gemeente=naam, **antwoorden)
