"""The frame of every letter, the Dutch way: afzender, geadresseerde, plaats en datum (written out,
"20 maart 2026"), kenmerk, onderwerp, "Geachte heer/mevrouw,", the body, "Met vriendelijke groet,",
room to sign, the name, and the bijlagen. Each kind of letter only supplies an :class:`Opzet`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..kern.dates import kort
from ..kern.params import waarde
from ..wet import tekst as _waarde_tekst
from .controle import Punt, leeg

AANHEF = "Geachte heer/mevrouw,"
GROET = "Met vriendelijke groet,"
HANDTEKENING_REGELS = 3          # empty lines to sign on
_POSTCODE = re.compile(r"^\d{4}\s?[A-Za-z]{2}\s+(.+)$")


@dataclass
class Opzet:
    """What one kind of letter contributes; :func:`tekst` puts the frame around it."""

    onderwerp: str
    aan: list[str]
    alineas: list[str] = field(default_factory=list)
    kenmerk: str | None = None
    bijlagen: list[str] = field(default_factory=list)
    controle: list[Punt] = field(default_factory=list)
    uitleg: list[dict] = field(default_factory=list)
    termijnen: list[dict] = field(default_factory=list)
    niet_berekend: list[str] = field(default_factory=list)   # why a deadline could not be computed
    versturen: list[str] = field(default_factory=list)       # practical steps before sending
    extra: dict = field(default_factory=dict)                # kind-specific result keys (te_laat, ...)


@dataclass(frozen=True)
class Brief:
    onderwerp: str
    tekst: str
    onderwerp_regel: int          # the line printed bold in Word and OpenDocument

    def as_dict(self, opzet: Opzet) -> dict:
        return {"onderwerp": self.onderwerp, "tekst": self.tekst, "aan": opzet.aan,
                "bijlagen": opzet.bijlagen}


def duur(naam: str, op: date) -> str:
    """A legal number from the parameters as the letter says it: "6 weken", "€ 54,00"."""
    return _waarde_tekst(waarde(naam, op))


def zeker(naam: str, op: date) -> str:
    """A sentence that says so when a value was read in a secondary source only."""
    if waarde(naam, op).zekerheid == "V":
        return ""
    return " Let op: dit lazen wij niet in de officiële tekst van de wet, maar in een andere bron."


def college(inp) -> list[str]:
    """The addressee of a letter to the gemeente: the college van burgemeester en wethouders."""
    postadres = inp.get("postadres_gemeente")
    return (["Aan het college van burgemeester en wethouders",
             f"van de gemeente {leeg(inp.get('gemeente'), 'naam van de gemeente')}"]
            + (postadres.split("\n") if postadres else []))


def plaats_datum(inp) -> str:
    """'Utrecht, 20 maart 2026' when the place can be read from the postcode line, else 'Datum: …'."""
    m = _POSTCODE.match(inp.get("postcode_plaats") or "")
    return f"{m.group(1)}, {kort(inp.datum)}" if m else f"Datum: {kort(inp.datum)}"


def tekst(inp, opzet: Opzet) -> Brief:
    naam = leeg(inp.get("naam"), "uw naam")
    regels = [naam, leeg(inp.get("adres"), "uw straat en huisnummer"),
              leeg(inp.get("postcode_plaats"), "uw postcode en woonplaats")]
    if inp.get("telefoon"):
        regels.append(f"Telefoon: {inp.get('telefoon')}")
    regels += ["", *opzet.aan, "", plaats_datum(inp)]
    if opzet.kenmerk:
        regels.append(f"Uw kenmerk: {opzet.kenmerk}")
    onderwerp_regel = len(regels)
    regels += [f"Onderwerp: {opzet.onderwerp}", "", AANHEF, ""]
    for alinea in opzet.alineas:
        regels += [*alinea.split("\n"), ""]
    regels += [GROET, *[""] * HANDTEKENING_REGELS, naam]
    if opzet.bijlagen:
        regels += ["", "Bijlage:" if len(opzet.bijlagen) == 1 else "Bijlagen:",
                   *(f"- {b}" for b in opzet.bijlagen)]
    return Brief(opzet.onderwerp, "\n".join(regels), onderwerp_regel)


def aangehaald(bron) -> str:
    """How a letter cites an article, 'artikel 2.3.2 lid 9 Wmo 2015': the citation's title turned round."""
    wet, _, nummer = bron.titel.partition(", ")
    return f"{nummer} {wet}"
