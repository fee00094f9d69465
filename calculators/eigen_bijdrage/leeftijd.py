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
    """The day someone reaches AOW age (AOW art. 7a): the age set for the year in which it is
    reached. Before 2019: reached earlier (the date returned is then only 'before 2019').
    None: reached after the last year we know, so not within the years this calculator covers."""
    p = parameter("aow_leeftijd")
    for w in p.waarden:
        dag = plus_jaren(geboren, w.waarde["jaren"], w.waarde["maanden"])
        if dag.year == w.geldig_vanaf.year:
            return dag
    eerste = p.waarden[0]
    dag = plus_jaren(geboren, eerste.waarde["jaren"], eerste.waarde["maanden"])
    return dag if dag < eerste.geldig_vanaf else None


def heeft_aow_leeftijd(geboren: date, maand: date) -> bool:
    dag = aow_datum(geboren)
    return dag is not None and vanaf_maand(dag) <= maand
