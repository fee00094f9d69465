"""Brievenhulp: the checked answers. Every text is cleaned once here (``kern.tekst.schoon``): what
cannot be text is gone, HTML stays text for every writer to escape."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern.dates import kort
from ..kern.legal import sinds
from ..kern.questions import BERICHT, Fout, Invoerfouten, lees
from .vragen import questions

# Dates in the past of the letter: (field, what it is). The letter cannot be about a later one.
VOOR_DE_BRIEF = (("besluit_datum", "het besluit"), ("besluit_datum_bezwaar", "het besluit"),
                 ("melding_datum", "uw melding"), ("aanvraag_datum", "uw aanvraag"),
                 ("bezwaar_datum", "uw bezwaar"), ("gesprek_datum", "het gesprek"),
                 ("verslag_datum", "het verslag"), ("gedraging_datum", "wat er gebeurde"))


@dataclass(frozen=True)
class Invoer:
    """The kind of letter, its date, and every other answer that applies (checked and cleaned)."""

    soort: str
    datum: date
    antwoorden: dict

    def get(self, sleutel: str, standaard=None):
        return self.antwoorden.get(sleutel, standaard)


def _gemeente(invoer: dict) -> dict:
    """``gemeente`` is the name as typed; the gemeente edition sends its settings ({naam, ...})."""
    g = invoer.get("gemeente")
    if isinstance(g, dict):
        naam = g.get("naam")
        if naam is not None and not isinstance(naam, str):
            raise Invoerfouten([Fout("gemeente", "ongeldige_gemeente",
                                     "De naam van de gemeente is geen tekst.")])
        return {k: v for k, v in invoer.items() if k != "gemeente"} | ({"gemeente": naam} if naam else {})
    return invoer


def parse(invoer: dict) -> Invoer:
    vragen = questions({})
    if isinstance(invoer, dict):
        # Only the multiple-choice question takes a list; anything else that is a list or object is
        # refused before the `when` rules look at it.
        samengesteld = [Fout(v.id, "ongeldige_waarde", BERICHT[v.type]) for v in vragen
                        if v.type != "multi" and v.id != "gemeente"
                        and isinstance(invoer.get(v.id), (list, dict))]
        if samengesteld:
            raise Invoerfouten(samengesteld)
        invoer = _gemeente(invoer)
        # A choice with a default (the form shows it chosen) counts as answered when it applies.
        invoer = {**{v.id: v.default for v in vragen if v.type == "choice" and v.default
                     and v.applies(invoer)}, **invoer}
    antwoorden = lees(vragen, invoer)
    datum = antwoorden.pop("datum", None) or date.today()
    if datum < sinds("wmo"):   # every letter rests on the Wmo 2015 (or the Awb under it)
        raise Invoerfouten([Fout("datum", "geen_regel_voor_datum",
                                 f"De Wmo 2015 geldt sinds {kort(sinds('wmo'))}. Voor een eerdere datum "
                                 "kan deze brievenhulp geen brief maken. Kijk of het jaartal klopt.")])
    fouten = [Fout(veld, "na_de_brief", f"De datum van {wat} ligt na de datum van de brief "
                                        f"({kort(datum)}). Kijk beide datums na.")
              for veld, wat in VOOR_DE_BRIEF if veld in antwoorden and antwoorden[veld] > datum]
    besluit, bezwaar = antwoorden.get("besluit_datum"), antwoorden.get("bezwaar_datum")
    if besluit and bezwaar and bezwaar < besluit:
        fouten.append(Fout("bezwaar_datum", "voor_het_besluit",
                           "U kunt pas bezwaar maken na het besluit. Kijk beide datums na."))
    if fouten:
        raise Invoerfouten(fouten)
    return Invoer(antwoorden.pop("soort"), datum, antwoorden)
