"""Brievenhulp: every letter of the Wmo procedure, written with the resident, dated and checked.

Nine kinds (``soort``), each in the order of the procedure and with its legal basis in its module:
melding, aanvraag, reactie op het verslag, wijziging (``hulp``: Wmo 2015 art. 2.3.2, 2.3.3, 2.3.5,
2.3.6, 2.3.8; Awb art. 4:1, 4:2); inzage in het dossier and klacht (``rechten``: AVG art. 12 and 15;
Awb titel 9.1); bezwaar and voorlopige voorziening (``bezwaar``: Awb art. 6:5-6:11, 7:2, 7:10,
7:15, 8:81, 8:82); ingebrekestelling (``ingebrekestelling``: Awb art. 4:17, 6:12).

``calculate`` answers the letter as plain text (``brief``), what it still lacks (``controle``), the
deadlines from the termijnen calculator, ``uitleg`` and ``weergave``; ``download`` the same letter
as .docx, .odt or .txt (``bestanden``). Deadlines are never computed here, only read.
"""
from __future__ import annotations

from ..kern.params import GeenRegelVoorDatum
from ..kern.questions import Invoerfouten
from . import bezwaar as _bezwaar, controle as _controle, hulp, ingebrekestelling as _ingebrekestelling
from . import rechten
from .bestanden import bestand, formaat
from .brief import Opzet, tekst
from .invoer import Invoer, parse
from .vragen import KNOP, questions
from .weergave import weergave

__all__ = ["KNOP", "questions", "parse", "calculate", "download"]

SOORTEN = {
    "melding": hulp.melding,
    "aanvraag": hulp.aanvraag,
    "reactie_verslag": hulp.reactie_verslag,
    "inzage_dossier": rechten.inzage_dossier,
    "bezwaar": _bezwaar.bezwaar,
    "ingebrekestelling": _ingebrekestelling.ingebrekestelling,
    "voorlopige_voorziening": _bezwaar.voorlopige_voorziening,
    "klacht": rechten.klacht,
    "wijziging": hulp.wijziging,
}


def opzet(inp: Invoer) -> Opzet:
    """The letter of this kind; a letter date outside the known law fails closed on ``datum``."""
    try:
        o = SOORTEN[inp.soort](inp)
    except GeenRegelVoorDatum as e:
        e.field = "datum"
        raise
    o.controle += _controle.bsn(inp)
    return o


def calculate(inp: Invoer) -> dict:
    o = opzet(inp)
    brief = tekst(inp, o)
    controle = [p.as_dict() for p in o.controle]
    return {"soort": inp.soort, "datum": inp.datum.isoformat(), "brief": brief.as_dict(o),
            "controle": controle, "termijnen": o.termijnen, **o.extra, "uitleg": o.uitleg,
            "weergave": weergave(o, controle, o.termijnen)}


def download(invoer: dict) -> dict:
    """``action: download``: ``input.formaat`` (docx, odt, txt) and the same input as ``calculate``."""
    fouten = []
    try:
        soort_bestand = formaat(invoer)
    except Invoerfouten as e:
        fouten += e.fouten
    rest = {k: v for k, v in invoer.items() if k != "formaat"} if isinstance(invoer, dict) else invoer
    try:
        inp = parse(rest)
    except Invoerfouten as e:
        fouten += e.fouten
    if fouten:
        raise Invoerfouten(fouten)
    return bestand(tekst(inp, opzet(inp)), inp.soort, inp.datum.isoformat(), soort_bestand)
