"""Shared pieces of the toegang rules: the :class:`Reden` record, which questions apply to which
kind of help, the wegwijzer pages that explain a ground, and dated numbers that may be unknown.

A Reden weighs against the request (``niet_kansrijk``), points to another loket (``ander_loket``),
leaves the answer open (``onzeker``), or only informs (``info``, no contract code).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from ..kern.legal import Bron, verwijzing
from ..kern.params import GeenRegelVoorDatum, parameter, waarde

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


@cache
def codes() -> frozenset[str]:
    """Every reason code of ``params/toegang_gronden.toml`` (the contract's ``redenen.code``)."""
    return frozenset(g["code"] for w in parameter("toegang_gronden").waarden for g in w.waarde)


@dataclass(frozen=True)
class Grond:
    """A ground the gemeente can refuse on: the reason code, the line a page shows, the article."""

    code: str
    titel: str
    bron: Bron


def gronden(op: date | None = None) -> list[Grond]:
    """The grounds this rekenhulp knows, in the order of the law, cited as in force on ``op``.
    Without ``op`` (a form, which has no date yet): the newest list, cited as on its first day.
    Other calculators read this list too: the brievenhulp offers a bezwaar sentence per ground."""
    p = parameter("toegang_gronden")
    w = p.waarden[-1] if op is None else p.op(op)
    return [Grond(g["code"], g["titel"], verwijzing(g["artikel"], op=op or w.geldig_vanaf))
            for g in w.waarde]


@dataclass(frozen=True)
class Eis:
    """A requirement of algemeen gebruikelijk: its question, the line a page shows, an optional note."""

    vraag: str
    tekst: str
    toelichting: str = ""


def eisen(op: date) -> list[Eis]:
    """The requirements of algemeen gebruikelijk in case law on ``op``
    (``params/algemeen_gebruikelijk.toml``)."""
    return [Eis(e["vraag"], e["tekst"], e.get("toelichting", ""))
            for e in waarde("algemeen_gebruikelijk", op).waarde]


@dataclass(frozen=True)
class Reden:
    code: str | None
    gevolg: str
    tekst: str
    bron: Bron
    link: tuple[str, str]

    def __post_init__(self):
        if self.code is not None and self.code not in codes():
            raise ValueError(f"{self.code} is not in params/toegang_gronden.toml")

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

