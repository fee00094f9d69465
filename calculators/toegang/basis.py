"""Shared pieces of the toegang rules: the :class:`Reden` record, which questions apply to which
kind of help, the wegwijzer pages that explain a ground, and dated numbers that may be unknown.

A Reden weighs against the request (``niet_kansrijk``), points to another loket (``ander_loket``),
leaves the answer open (``onzeker``), or only informs (``info``, no contract code).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern.legal import Bron
from ..kern.params import GeenRegelVoorDatum, waarde

WINKELVRAGEN = ("woning", "vervoer", "hulpmiddel")  # things you could buy: shop questions apply
DUUR_GEVRAAGD = WINKELVRAGEN + ("begeleiding", "dagbesteding", "beschermd_wonen")
ZONDER_WOONPLAATS = ("beschermd_wonen", "opvang")  # Wmo 1.2.1 onder b en c
GEVOLGEN = ("niet_kansrijk", "ander_loket", "onzeker")  # strongest first

# Wegwijzer pages that explain a ground (site-relative, see contract "weergave").
WIE = ("Lees wie hulp kan vragen", "hulp-vragen/wie-kan-hulp-vragen/")
VOORZIENINGEN = ("Lees welke hulp u kunt krijgen", "hulp-vragen/voorzieningen/")
GESPREK = ("Lees hoe het keukentafelgesprek gaat", "hulp-vragen/keukentafelgesprek/")
AFWIJZING = ("Lees waarom een gemeente nee kan zeggen", "besluit/afwijzing/")
ANDERE_WETTEN = ("Lees hoe de Wmo past naast andere wetten", "professionals/andere-wetten/")
STAPPEN = ("Lees de stappen van uw aanvraag", "hulp-vragen/stappen/")
KOSTEN = ("Lees wat de eigen bijdrage is", "kosten/eigen-bijdrage/")


@dataclass(frozen=True)
class Grond:
    """A ground the indication can give against a request: a short name as a decision letter may
    word it, and the article it rests on (cited as ``artikel(instrument, nummer, lid=, onder=)``)."""

    naam: str
    instrument: str
    nummer: str
    lid: int | None = None
    onder: str | None = None


# Every contract code of ``redenen`` (contract.md, toegang), in the order the rules check them.
# Other calculators read this table: the brievenhulp offers a bezwaar sentence per ground, so a new
# ground is added here too (tests/calculators/toegang checks that the rules give no other code).
GRONDEN = {
    "geen_rechtmatig_verblijf": Grond("geen rechtmatig verblijf in Nederland", "wmo", "1.2.2", 1),
    "woont_niet_in_gemeente": Grond("woont niet in de gemeente", "wmo", "1.2.1", onder="a"),
    "eigen_oplossing": Grond("eigen kracht of hulp van het eigen netwerk", "wmo", "2.3.5", 3),
    "niet_langdurig": Grond("de hulp is niet langdurig nodig", "wmo", "2.1.3", 2, "a"),
    "algemeen_gebruikelijk": Grond("algemeen gebruikelijke voorziening", "wmo", "2.3.5", 3),
    "geen_meerkosten": Grond("geen meerkosten door de beperking", "wmo", "2.1.3", 2, "a"),
    "voorliggende_voorziening": Grond("een andere regeling gaat voor (voorliggende voorziening)",
                                      "wmo", "2.3.2", 4, "f"),
    "kosten_al_gemaakt": Grond("de kosten zijn al gemaakt voor het besluit", "wmo", "2.3.2", 1),
    "afschrijvingstermijn_niet_verstreken": Grond("de afschrijvingstermijn is nog niet voorbij",
                                                  "wmo", "2.1.3", 2, "a"),
}


@dataclass(frozen=True)
class Reden:
    code: str | None
    gevolg: str
    tekst: str
    bron: Bron
    link: tuple[str, str]

    def as_dict(self) -> dict:
        uit = {"code": self.code, "gevolg": self.gevolg, "tekst": self.tekst,
               "bron": self.bron.as_dict(), "link": {"titel": self.link[0], "url": self.link[1]}}
        return uit if self.code else {k: v for k, v in uit.items() if k != "code"}


def getal(naam: str, op: date) -> int | None:
    """A dated number, or None when we do not know it for ``op`` (the text then says so)."""
    try:
        return waarde(naam, op).waarde
    except GeenRegelVoorDatum:
        return None

