"""Figures on pages come from the calculators' TOML, never typed twice.

Markers in Markdown:
- ``[[tabel:abonnementstarief]]``: a table of every value with its period and source.
- ``[[waarde:abonnementstarief:2026]]`` or ``[[waarde:<naam>:2026-03-01]]``: one value as people
  write it ("€ 21,80", "6 weken", "67 jaar en 3 maanden"), for the year or the date given.
- ``[[bedrag:dwangsom_max:2026]]``: an amount the calculators compute from the TOML.
- ``[[dwangsomtabel:2026]]``: the dwangsom per day and per step (Awb 4:17 lid 2).
A marker left in a page after all hooks ran stops the build.
"""
from __future__ import annotations

import re
from datetime import date

import _site  # noqa: F401  (puts the repo root on sys.path)
from calculators import _params, termijnen
from calculators._money import euro
from mkdocs.exceptions import PluginError

MARKER = re.compile(r"\[\[(tabel|waarde|bedrag|dwangsomtabel):([a-z0-9_]+)(?::([0-9-]+))?\]\]")
OVERGEBLEVEN = re.compile(r"\[\[(tabel|waarde|bedrag|dwangsomtabel|rekenhulp|gemeente|begrippenlijst)\b[^\]]*\]\]")
PERIODE = {"maand": "per maand", "vier_weken": "per 4 weken"}
TELWOORD = {"weken": ("week", "weken"), "dagen": ("dag", "dagen"), "maanden": ("maand", "maanden"),
            "nachten": ("nacht", "nachten"), "jaren": ("jaar", "jaar")}
BEREKEND = {"dwangsom_max": termijnen.dwangsom_max}


def tekst(w: _params.Waarde) -> str:
    """A value the Dutch way: money, ages, counted units or plain numbers."""
    eenheid = _params.parameter(w.naam).eenheid
    if eenheid == "eurocent":
        return euro(w.waarde)
    if eenheid == "jaren_maanden":
        j, m = w.waarde["jaren"], w.waarde["maanden"]
        return f"{j} jaar" + (f" en {m} maanden" if m else "")
    if eenheid in TELWOORD:
        enkel, meer = TELWOORD[eenheid]
        return f"{w.waarde} {enkel if w.waarde == 1 else meer}"
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


def dwangsomtabel(op: date) -> str:
    """Rows of days with the same amount, their subtotal, and the maximum."""
    dagen = _params.waarde("dwangsom_max_dagen", op).waarde
    regels = ["| Dagen | Per dag | Samen |", "|---|---|---|"]
    begin = 1
    for dag in range(1, dagen + 1):
        bedrag = termijnen.dwangsom_per_dag(dag, op)
        if dag == dagen or termijnen.dwangsom_per_dag(dag + 1, op) != bedrag:
            regels.append(f"| Dag {begin} tot en met {dag} | {euro(bedrag)} | "
                          f"{euro(bedrag * (dag - begin + 1))} |")
            begin = dag + 1
    regels.append(f"| **Hoogstens, na {dagen} dagen** | | **{euro(termijnen.dwangsom_max(op))}** |")
    return "\n".join(regels) + "\n"


def vervang(markdown: str) -> str:
    def een(m: re.Match) -> str:
        soort, naam, arg = m.groups()
        if soort == "tabel":
            return tabel(naam)
        if soort == "dwangsomtabel":
            return dwangsomtabel(_dag(naam))
        if not arg:
            raise PluginError(f"{m.group(0)}: give a year or a date")
        if soort == "bedrag":
            return euro(BEREKEND[naam](_dag(arg)))
        return tekst(_params.waarde(naam, _dag(arg)))
    return MARKER.sub(een, markdown)


def on_page_markdown(markdown, page, config, files):
    return vervang(markdown)


def on_page_content(html, page, config, files):
    if m := OVERGEBLEVEN.search(html):
        raise PluginError(f"{page.file.src_uri}: marker {m.group(0)} was not replaced")
    return html
