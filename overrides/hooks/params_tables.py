"""Figures on pages come from the calculators' TOML, never typed twice.

Markers in Markdown:
- ``[[tabel:abonnementstarief]]``: a table of every value with its period and source.
- ``[[waarde:abonnementstarief:2026]]`` or ``[[waarde:abonnementstarief:2026-03-01]]``: one value
  as people write it ("€ 21,80"), for the year or the date given.
"""
from __future__ import annotations

import re
from datetime import date

import _site  # noqa: F401  (puts the repo root on sys.path)
from calculators import _params
from calculators._money import euro

MARKER = re.compile(r"\[\[(tabel|waarde):([a-z_]+)(?::([0-9-]+))?\]\]")
PERIODE = {"maand": "per maand", "vier_weken": "per 4 weken"}


def tekst(w: _params.Waarde) -> str:
    """A value the Dutch way: money, ages or plain numbers."""
    p = _params.parameter(w.naam)
    if p.eenheid == "eurocent":
        return euro(w.waarde)
    if p.eenheid == "jaren_maanden":
        j, m = w.waarde["jaren"], w.waarde["maanden"]
        return f"{j} jaar" + (f" en {m} maanden" if m else "")
    return str(w.waarde)


def _dag(arg: str) -> date:
    return date(int(arg), 1, 1) if len(arg) == 4 else date.fromisoformat(arg)


def tabel(naam: str) -> str:
    p = _params.parameter(naam)
    regels = ["| Jaar | Bedrag | Bron |", "|---|---|---|"]
    for w in p.waarden:
        jaren = (str(w.geldig_vanaf.year) if w.geldig_vanaf.year == w.geldig_tot.year
                 else f"{w.geldig_vanaf.year} tot en met {w.geldig_tot.year}")
        bedrag = tekst(w) + (" " + PERIODE[w.extra["periode"]] if "periode" in w.extra else "")
        zeker = "" if w.zekerheid == "V" else " (bevestigd door een gemeente, niet in de wettekst)"
        regels.append(f"| {jaren} | {bedrag} | [bron]({w.bron}){zeker}, "
                      f"gecontroleerd {w.verified_on.day}-{w.verified_on.month}-{w.verified_on.year} |")
    return "\n".join(regels) + "\n"


def vervang(markdown: str) -> str:
    def een(m: re.Match) -> str:
        soort, naam, arg = m.groups()
        if soort == "tabel":
            return tabel(naam)
        if not arg:
            raise ValueError(f"{m.group(0)}: give a year or a date")
        return tekst(_params.waarde(naam, _dag(arg)))
    return MARKER.sub(een, markdown)


def on_page_markdown(markdown, page, config, files):
    return vervang(markdown)
