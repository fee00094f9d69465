"""Kom ik in aanmerking? The checked answers (:class:`Invoer`) and the checks themselves.

The rule modules read :class:`Invoer`; nothing here imports them, so there is no import circle.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern import dates as _datum
from ..kern.params import GeenRegelVoorDatum, bereik
from ..kern.questions import Fout, Invoerfouten, lees
from .vragen import questions

# The parameters every indication reads: their common days are the dates it can speak about. The
# first is 1 January 2015, when the Wmo 2015 took effect; no earlier version of it exists.
DEKKING = ("persoonlijk_plan_dagen", "toegang_gronden", "algemeen_gebruikelijk",
           "gelijkstelling_huiselijk_geweld")


@dataclass(frozen=True)
class Invoer:
    hulpvraag: str
    verblijf: str
    eigen_oplossing: str
    peildatum: date
    gemeente: str = ""
    vandaag_buiten_bereik: date | None = None   # today, when it lay past the covered days
    woonplaats: str | None = None
    duur: str | None = None
    gewone_winkel: str | None = None
    speciaal_voor_beperking: str | None = None
    veel_duurder: str | None = None
    meerkosten: str | None = None
    betaalbaar_met_minimuminkomen: str | None = None
    algemene_voorziening: str | None = None
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
    fouten, naam, buiten = [], "", None
    van, tot = bereik(*DEKKING)
    peildatum = date.today()
    if invoer.get("peildatum") not in (None, ""):
        try:
            peildatum = _datum.parse_datum(invoer["peildatum"])
        except ValueError:
            fouten.append(Fout("peildatum", "ongeldige_waarde",
                               "Vul een datum in, bijvoorbeeld 2026-03-01."))
        else:
            if not van <= peildatum <= tot:
                fouten.append(Fout("peildatum", "geen_regel_voor_datum",
                                   GeenRegelVoorDatum("peildatum", peildatum, van, tot).message))
    elif peildatum > tot:
        # Nobody chose this date: answer with the last rules we know and say so (weergave).
        peildatum, buiten = tot, peildatum
    gemeente = invoer.get("gemeente")
    if isinstance(gemeente, dict) and isinstance(gemeente.get("naam", ""), str):
        naam = gemeente.get("naam", "")
    elif gemeente is not None:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
    if fouten:
        raise Invoerfouten(fouten)
    return Invoer(peildatum=peildatum, gemeente=naam, vandaag_buiten_bereik=buiten, **antwoorden)
