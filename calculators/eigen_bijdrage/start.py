"""From when the bijdrage is owed, after the help starts, and how far back the CAK may charge.

Legal basis: Uitvoeringsbesluit Wmo 2015 art. 3.5 lid 4, as it read on the start date.
- 2019 (version 2019-01-01): owed from the bijdrageperiode in which the maatwerkvoorziening or pgb
  was provided. The periods follow ISO 8601 week numbers: twelve of four weeks and one of four or
  five (art. 3.8 lid 3). At most 39 periods back.
- From 2020 (version 2021-01-01, the first we could read, and 2026-01-01): owed from the month
  after the ingangstijdstip, or from that month when it is the 1st. At most 12 months back before
  the month in which the CAK sends its decision.
Which regime holds on a day follows the tariff's ``periode`` (``params/abonnementstarief.toml``);
the number of terms back is ``params/bijdrage_terug_termijnen.toml``.

Our reading (docs/rekenhulp/eigen-bijdrage.md, "Onze keuzes"): 30 and 31 December 2019 lie in
ISO week 1 of 2020, in no period of 2019; a start on those days is owed from January 2020, as the
month rule of 2020 gives. The look-back counts from the month asked about, as if the CAK sent its
decision then.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..kern.dates import laatste_dag, plus_maanden
from ..kern.params import GeenRegelVoorDatum, waarde
from .leeftijd import vanaf_maand

VIER_WEKEN = timedelta(weeks=4)


@dataclass(frozen=True)
class Periode:
    """One bijdrageperiode of the four-week regime (Ub art. 3.8 lid 3, version 2019-01-01)."""

    jaar: int           # the ISO year
    nummer: int         # 1 to 13
    eerste: date
    laatste: date


def regime(dag: date) -> str:
    """``"vier_weken"`` or ``"maand"``: how the bijdrage was counted on ``dag``."""
    return waarde("abonnementstarief", dag).extra["periode"]


def periode(dag: date) -> Periode | None:
    """The bijdrageperiode that holds ``dag``, or None when its ISO year had no four-week periods."""
    jaar = dag.isocalendar().year
    try:
        if regime(date(jaar, 1, 4)) != "vier_weken":   # 4 January always lies in ISO week 1
            return None
    except GeenRegelVoorDatum:
        return None
    maandag = date.fromisocalendar(jaar, 1, 1)
    laatste_week = date(jaar, 12, 28).isocalendar().week          # 52 or 53
    nummer = min((dag - maandag).days // VIER_WEKEN.days + 1, 13)
    eerste = maandag + (nummer - 1) * VIER_WEKEN
    laatste = (date.fromisocalendar(jaar, laatste_week, 7) if nummer == 13
               else eerste + VIER_WEKEN - timedelta(days=1))
    return Periode(jaar, nummer, eerste, laatste)


@dataclass(frozen=True)
class Begin:
    """When the bijdrage starts for help that starts on ``start``."""

    start: date
    dag: date                  # the first day owed: the 1st of a month, or a period's first day
    maand: date                # betalen_vanaf: that day's month, not before the period's own year
    periode: Periode | None    # the first period owed (four-week regime)
    op: date                   # the day whose text applies (for the citation)


def begin(start: date) -> Begin:
    """Ub art. 3.5 lid 4 as it read on ``start`` (see the module docstring)."""
    p = periode(start) if regime(start) == "vier_weken" else None
    if p is not None:
        return Begin(start, p.eerste, max(p.eerste.replace(day=1), date(p.jaar, 1, 1)), p, start)
    dag = vanaf_maand(start)
    return Begin(start, dag, dag, None, start if regime(start) == "maand" else dag)


def verschuldigd_in(b: Begin, maand: date) -> bool:
    """Whether anything of the month ``maand`` falls in the time the bijdrage is owed."""
    return laatste_dag(maand) >= b.dag


def terug_tot(b: Begin, maand: date) -> date | None:
    """The first day the CAK may still charge when it sends its decision in ``maand``, if the start
    lies before it (Ub art. 3.5 lid 4, second half); None when the limit does not bite."""
    terug = waarde("bijdrage_terug_termijnen", maand)
    if terug.extra["periode"] == "maand":
        grens = plus_maanden(maand, -terug.waarde)
    else:
        eigen = periode(maand)
        grens = (eigen.eerste if eigen else maand) - terug.waarde * VIER_WEKEN
    return grens if b.dag < grens else None
