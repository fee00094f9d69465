"""Figures on pages come from the calculators' TOML, never typed twice.

- ``[[tabel:abonnementstarief]]``: a table of every value with its period and source.
- ``[[waarde:abonnementstarief:2026]]`` or ``[[waarde:<naam>:2026-03-01]]``: one value as people
  write it ("€ 21,80", "6 weken", "67 jaar en 3 maanden"), for the year or the date given.
- ``[[bedrag:dwangsom_max:2026]]``: an amount the calculators compute from the TOML.
- ``[[dwangsomtabel:2026]]``: the dwangsom per day and per step (Awb 4:17 lid 2).
"""
from __future__ import annotations

import re
from datetime import date

from calculators import wet

from ..errors import BuildError

MARKER = re.compile(r"\[\[(tabel|waarde|bedrag|dwangsomtabel):([a-z0-9_]+)(?::([0-9-]+))?\]\]")
PERIODE = {"maand": "per maand", "vier_weken": "per 4 weken"}
BEREKEND = {"dwangsom_max": wet.dwangsom_max}


def _dag(arg: str) -> date:
    return date(int(arg), 1, 1) if len(arg) == 4 else date.fromisoformat(arg)


def tabel(naam: str) -> str:
    p = wet.parameter(naam)
    regels = ["| Jaar | Bedrag | Bron |", "|---|---|---|"]
    for w in p.waarden:
        jaren = (str(w.geldig_vanaf.year) if w.geldig_vanaf.year == w.geldig_tot.year
                 else f"{w.geldig_vanaf.year} tot en met {w.geldig_tot.year}")
        bedrag = wet.tekst(w) + (" " + PERIODE[w.extra["periode"]] if "periode" in w.extra else "")
        zeker = "" if w.zekerheid == "V" else " (bevestigd door een gemeente, niet in de wettekst)"
        regels.append(f"| {jaren} | {bedrag} | [bron]({w.bron}){zeker}, "
                      f"gecontroleerd {w.verified_on.day}-{w.verified_on.month}-{w.verified_on.year} |")
    return "\n".join(regels) + "\n"


def dwangsomtabel(op: date) -> str:
    """Rows of days with the same amount, their subtotal, and the maximum."""
    dagen = wet.waarde("dwangsom_max_dagen", op).waarde
    regels = ["| Dagen | Per dag | Samen |", "|---|---|---|"]
    begin = 1
    for dag in range(1, dagen + 1):
        bedrag = wet.dwangsom_per_dag(dag, op)
        if dag == dagen or wet.dwangsom_per_dag(dag + 1, op) != bedrag:
            regels.append(f"| Dag {begin} tot en met {dag} | {wet.euro(bedrag)} | "
                          f"{wet.euro(bedrag * (dag - begin + 1))} |")
            begin = dag + 1
    regels.append(f"| **Hoogstens, na {dagen} dagen** | | **{wet.euro(wet.dwangsom_max(op))}** |")
    return "\n".join(regels) + "\n"


def vervang(markdown: str) -> str:
    def een(m: re.Match) -> str:
        soort, naam, arg = m.groups()
        if soort == "tabel":
            return tabel(naam)
        if soort == "dwangsomtabel":
            return dwangsomtabel(_dag(naam))
        if not arg:
            raise BuildError(f"{m.group(0)}: give a year or a date")
        if soort == "bedrag":
            return wet.euro(BEREKEND[naam](_dag(arg)))
        return wet.tekst(wet.waarde(naam, _dag(arg)))
    return MARKER.sub(een, markdown)
