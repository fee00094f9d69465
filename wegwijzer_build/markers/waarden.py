"""Figures on pages come from the calculators' TOML, never typed twice, and follow the build date.

- ``[[waarde:abonnementstarief]]``: the value in force on the build date, or, past the years the
  file covers, the last value known ("€ 21,80", "6 weken", "67 jaar en 3 maanden"). For "now".
- ``[[jaar:abonnementstarief]]``: the year of that value ("2026"), so the page says which year it shows.
- ``[[waarde:abonnementstarief:2026]]`` or ``[[waarde:<naam>:2026-03-01]]``: the value for the year or
  the date given. For dated examples only.
- ``[[tabel:abonnementstarief]]``: a table of every value with its period and source.
- ``[[bedrag:dwangsom_max]]`` (or ``:2026``): an amount the calculators compute from the TOML.
- ``[[dwangsomtabel]]`` (or ``[[dwangsomtabel:2026]]``): the dwangsom per day and per step (Awb 4:17 lid 2).

Two page rules:
- A page that shows the current value of a figure published anew each year (its TOML has a
  ``bekendmaking``) must name the year with ``[[jaar:<naam>]]``; otherwise the build stops.
- When the build date lies past the years a figure for "now" covers, the page gets a notice under its
  title: the figures after that day are not known yet, and where the new ones will appear.
"""
from __future__ import annotations

import re
from datetime import date

from calculators import wet

from ..errors import BuildError

MARKER = re.compile(r"\[\[(tabel|waarde|jaar|bedrag|dwangsomtabel)(?::([a-z0-9_]+))?(?::([0-9-]+))?\]\]")
PERIODE = {"maand": "per maand", "vier_weken": "per 4 weken"}
BEREKEND = {"dwangsom_max": (wet.dwangsom_max, wet.DWANGSOM_PARAMETERS)}
H1 = re.compile(r"^# ", re.MULTILINE)


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


def gelezen(soort: str, naam: str | None) -> tuple[str, ...]:
    """The parameters a marker reads."""
    if soort == "dwangsomtabel":
        return wet.DWANGSOM_PARAMETERS
    if soort == "bedrag":
        return BEREKEND[naam][1]
    return (naam,)


def melding(dekkingen: list[wet.Dekking]) -> str:
    """The notice under a page's title when the build date lies past what its figures cover."""
    tot = min(d.tot for d in dekkingen)
    waar = list(dict.fromkeys(t for d in dekkingen for t in d.bekendmakingen()))
    tekst = " ".join([f"Sommige cijfers op deze pagina kennen wij alleen tot en met {wet.datum_kort(tot)}.",
                      "Nieuwere cijfers zijn nog niet bekend. Daarom ziet u hier de laatste cijfers die "
                      "wij kennen.", *waar, "Zodra de nieuwe cijfers bekend zijn, passen wij deze pagina aan."])
    return f'!!! warning "Nieuwe cijfers nog niet bekend"\n    {tekst}\n'


def _onder_titel(markdown: str, blok: str) -> str:
    """``blok`` as its own paragraph right under the page's first ``# `` title (or at the top)."""
    m = H1.search(markdown)
    if not m:
        return f"{blok}\n{markdown}"
    einde = markdown.find("\n", m.start())
    einde = len(markdown) if einde == -1 else einde
    return f"{markdown[:einde]}\n\n{blok}\n{markdown[einde:]}"


def _lees(m: re.Match) -> tuple[str, str | None, str | None]:
    """A marker's kind, parameter and year or date, checked."""
    soort, naam, arg = m.groups()
    if soort == "dwangsomtabel" and naam and naam.isdigit():   # [[dwangsomtabel:2026]]
        naam, arg = None, naam
    if soort != "dwangsomtabel" and not naam:
        raise BuildError(f"{m.group(0)}: name a parameter, e.g. [[{soort}:abonnementstarief]]")
    if soort == "bedrag" and naam not in BEREKEND:
        raise BuildError(f"{m.group(0)}: no such computed amount; choose from {', '.join(BEREKEND)}")
    if soort in ("tabel", "jaar") and arg:
        raise BuildError(f"{m.group(0)}: [[{soort}:…]] takes no year")
    if soort in ("tabel", "waarde", "jaar") and naam not in {p.naam for p in wet.parameters()}:
        raise BuildError(f"{m.group(0)}: no such parameter (calculators/params/{naam}.toml)")
    return soort, naam, arg


def _jaar_genoemd(markdown: str) -> None:
    """A page showing the current value of a figure published each year must name its year."""
    for m in MARKER.finditer(markdown):
        soort, naam, arg = _lees(m)
        if soort in ("waarde", "bedrag") and not arg:
            for n in gelezen(soort, naam):
                if wet.parameter(n).bekendmaking and f"[[jaar:{n}]]" not in markdown:
                    raise BuildError(f"{m.group(0)} shows this year's {n}, which changes every year: "
                                     f"name the year on the page with [[jaar:{n}]].")


def vervang(markdown: str, vandaag: date) -> str:
    """Every figure marker of one page, as on the build date ``vandaag``."""
    _jaar_genoemd(markdown)
    verlopen: dict[tuple[str, ...], wet.Dekking] = {}

    def nu(namen: tuple[str, ...]) -> date:
        """The day a figure for "now" is shown for; notes the figures the build date lies past."""
        d = wet.dekking(namen, vandaag)
        if d.voorbij:
            verlopen[namen] = d
        return d.peildag

    def een(m: re.Match) -> str:
        soort, naam, arg = _lees(m)
        op = _dag(arg) if arg else nu(gelezen(soort, naam))
        if soort == "tabel":
            return tabel(naam)
        if soort == "jaar":
            return str(op.year)
        if soort == "dwangsomtabel":
            return dwangsomtabel(op)
        if soort == "bedrag":
            return wet.euro(BEREKEND[naam][0](op))
        return wet.tekst(wet.waarde(naam, op))

    markdown = MARKER.sub(een, markdown)
    return _onder_titel(markdown, melding(list(verlopen.values()))) if verlopen else markdown
