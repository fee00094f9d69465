"""Ages that change what someone pays: the AOW age (AOW art. 7a) and the month a change counts."""
from __future__ import annotations

from datetime import date

from ..kern.dates import plus_jaren, volgende_maand
from ..kern.params import parameter


def vanaf_maand(dag: date) -> date:
    """First month in which a change on ``dag`` counts: the same month when it is the 1st,
    otherwise the next month (Ub art. 3.5 lid 4 for the start; applied alike to reaching an age,
    see docs/rekenhulp/eigen-bijdrage.md "Onze keuze")."""
    return dag if dag.day == 1 else volgende_maand(dag)


def aow_datum(geboren: date) -> date | None:
    """The day someone reaches AOW age.

    Legal basis: AOW art. 7a lid 1 (letters a-o, ``params/aow_leeftijd.toml``). The age set for a
    calendar year applies to whoever reaches it in that year; once reached, later (higher) ages no
    longer apply (the closing sentence of lid 1). So the answer is the earliest year whose age is
    reached within that year: born 15 December 1952 gives 66 on 15 December 2018 (letter g), not
    66 and 4 months in 2019. None: reached after the last year we know.
    """
    for w in parameter("aow_leeftijd").waarden:
        dag = plus_jaren(geboren, w.waarde["jaren"], w.waarde["maanden"])
        if w.geldig_vanaf <= dag <= w.geldig_tot:
            return dag
    return None


def heeft_aow_leeftijd(geboren: date, maand: date) -> bool:
    dag = aow_datum(geboren)
    return dag is not None and vanaf_maand(dag) <= maand
