"""Termijnen across the years: the dates this calculator knows every free day and term for, and what
the page says once today lies past them. Extra free days come by decree (Atw art. 3 lid 3), a few
years at a time; after the last known decree we do not guess (``params/atw_gelijkgestelde_dagen``).
"""
from __future__ import annotations

from ..kern.actualiteit import Dekking, dekking as _dekking
from ..kern.dates import kort, vandaag
from .regels import DWANGSOM

PARAMETERS = ("atw_gelijkgestelde_dagen", "atw_langste_termijn", "atw_minimum_werkdagen",
              "persoonlijk_plan_dagen", "wmo_onderzoek_weken", "wmo_beschikking_weken",
              "bezwaar_beroep_weken", "beslistermijn_bezwaar_weken",
              "beslistermijn_bezwaar_adviescommissie_weken", "verdaging_bezwaar_weken",
              "postregel_weken", "ingebrekestelling_weken", *DWANGSOM)


def dekking() -> Dekking:
    return _dekking(PARAMETERS, vandaag())


def melding(d: Dekking) -> str | None:
    """The notice above the form once today lies past the dates we know; else None."""
    if not d.voorbij:
        return None
    return " ".join([f"Na {kort(d.tot)} kennen wij nog niet alle vrije dagen. Deze rekenhulp rekent "
                     "daarom alleen met datums tot en met die dag. Vraag een latere datum na bij uw "
                     "gemeente.", *d.bekendmakingen()])
