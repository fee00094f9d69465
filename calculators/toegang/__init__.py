"""Kom ik in aanmerking? An indication, never a decision, of a request for a maatwerkvoorziening.

Legal basis, in the order the grounds are checked (details per rule in ``regels``):
Wmo 2015 art. 1.2.2 (rechtmatig verblijf, Vw 2000 art. 8 a–e, l), art. 1.2.1 (woonplaats; opvang and
beschermd wonen at the gemeente you turn to), art. 2.3.5 lid 3 and 4 (eigen kracht, netwerk,
algemeen gebruikelijk), art. 2.1.3 lid 2 onder a (municipal criteria such as duur, meerkosten and
afschrijving), art. 2.3.5 lid 6 and the Zvw (voorliggende voorziening), art. 2.3.2 (onderzoek
first, persoonlijk plan, free cliëntondersteuning).
"""
from __future__ import annotations

from .basis import Grond, gronden
from .invoer import Invoer, parse
from .regels import beoordeel, oordeel
from .vragen import questions
from .weergave import vervolgstappen, weergave

__all__ = ["KNOP", "questions", "parse", "calculate", "gronden", "Grond"]

KNOP = "Bekijk mijn kans"


def calculate(inp: Invoer) -> dict:
    """The indication with its reasons, what to find out, and the next steps."""
    alles = beoordeel(inp, inp.peildatum)
    redenen = [r for r in alles if r.code]
    uitkomst = oordeel(redenen)
    stappen = vervolgstappen(inp, uitkomst, redenen)
    return {
        "oordeel": uitkomst,
        "redenen": [r.as_dict() for r in redenen],
        "aandachtspunten": [r.as_dict() for r in alles if not r.code],
        "vervolgstappen": [s.tekst for s in stappen],
        "uitleg": [{"tekst": r.tekst, "bron": r.bron.as_dict()} for r in alles],
        "weergave": weergave(uitkomst, alles, stappen),
    }
