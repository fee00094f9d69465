"""Which days are no working day for a legal term: the Algemene termijnenwet (Atw).

Legal basis:
- Atw art. 1 lid 1: a term that ends on a Saturday, Sunday or algemeen erkende feestdag runs on
  to the next day that is none of these;
- Atw art. 3 lid 1: the feestdagen: Nieuwjaarsdag, tweede Paas- and Pinksterdag, both Kerstdagen,
  Hemelvaartsdag, the day the King's birthday is celebrated (Koningsdag) and 5 mei (every year);
- Atw art. 3 lid 2: Goede Vrijdag counts as a feestdag;
- Atw art. 3 lid 3: the government adds single days by decree (``params/atw_gelijkgestelde_dagen``).

The days that follow from Easter are computed, not tabled. The decreed days cannot be computed, so
the calendar covers only the years for which a decree is known, and fails closed outside them.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from ..kern.params import GeenRegelVoorDatum, parameter

WEEKEND = {5: "een zaterdag", 6: "een zondag"}
GELIJKGESTELD = "een vrije dag die gelijkstaat aan een feestdag"


def pasen(jaar: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous 'Meeus/Jones/Butcher' algorithm)."""
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekdag = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekdag) // 451
    maand, dag = divmod(h + weekdag - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def koningsdag(jaar: int) -> date:
    """27 April, King Willem-Alexander's birthday; the day before when the 27th is a Sunday."""
    dag = date(jaar, 4, 27)
    return dag - timedelta(days=1) if dag.weekday() == 6 else dag


def gedekt() -> tuple[date, date]:
    """First and last day for which every Atw day is known."""
    p = parameter("atw_gelijkgestelde_dagen")
    return p.waarden[0].geldig_vanaf, p.gedekt_tot


@cache
def feestdagen(jaar: int) -> dict[date, str]:
    """Every Atw feestdag of ``jaar`` with its Dutch name (also those on a weekend).

    Raises :class:`GeenRegelVoorDatum` for a year without a known decree (art. 3 lid 3).
    """
    van, tot = gedekt()
    if not van.year <= jaar <= tot.year:
        raise GeenRegelVoorDatum("atw_gelijkgestelde_dagen", date(jaar, 1, 1), van, tot)
    p = pasen(jaar)
    dagen = {
        date(jaar, 1, 1): "Nieuwjaarsdag",
        p - timedelta(days=2): "Goede Vrijdag",          # art. 3 lid 2
        p + timedelta(days=1): "tweede Paasdag",
        koningsdag(jaar): "Koningsdag",
        date(jaar, 5, 5): "Bevrijdingsdag",             # 5 mei, every year
        p + timedelta(days=39): "Hemelvaartsdag",
        p + timedelta(days=50): "tweede Pinksterdag",
        date(jaar, 12, 25): "eerste Kerstdag",
        date(jaar, 12, 26): "tweede Kerstdag",
    }
    besluit = parameter("atw_gelijkgestelde_dagen").op(date(jaar, 1, 1)).waarde
    for dag in besluit:
        if dag.year == jaar:
            dagen.setdefault(dag, GELIJKGESTELD)   # art. 3 lid 3
    return dict(sorted(dagen.items()))


def vrij(dag: date) -> str | None:
    """Why ``dag`` is no working day in the sense of the Atw ('een zaterdag', 'Goede Vrijdag'),
    or None for a working day. A feestdag on a weekend is named after the feestdag."""
    naam = feestdagen(dag.year).get(dag)
    return naam or WEEKEND.get(dag.weekday())


def alleen_weekend(dag: date) -> str | None:
    """The same question with Saturday and Sunday only (to tell 'weekend' from 'feestdag')."""
    return WEEKEND.get(dag.weekday())
