"""Dates: strict parsing and the Dutch way of writing them. Plumbing, no law."""
from __future__ import annotations

import calendar
import re
from datetime import date

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# ASCII digits only: ``\d`` also matches other scripts' digits, which int() would accept.
_DATUM = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MAAND = re.compile(r"([0-9]{4})-([0-9]{2})")


def parse_datum(text: object) -> date:
    """``YYYY-MM-DD`` to a date; ValueError for anything else (also 2026-02-30)."""
    if not isinstance(text, str) or not _DATUM.fullmatch(text):
        raise ValueError("geen datum")
    return date.fromisoformat(text)


def parse_maand(text: object) -> date:
    """``YYYY-MM`` (or a full date) to the first day of that month."""
    if isinstance(text, str) and _MAAND.fullmatch(text):
        jaar, maand = map(int, text.split("-"))
        return date(jaar, maand, 1)
    return parse_datum(text).replace(day=1)


def plus_maanden(d: date, maanden: int) -> date:
    """Add whole months; a day that does not exist becomes the last day of the month."""
    index = d.year * 12 + d.month - 1 + maanden
    jaar, maand = divmod(index, 12)
    laatste = calendar.monthrange(jaar, maand + 1)[1]
    return date(jaar, maand + 1, min(d.day, laatste))


def plus_jaren(d: date, jaren: int, maanden: int = 0) -> date:
    return plus_maanden(d, 12 * jaren + maanden)


def laatste_dag(maand: date) -> date:
    """The last day of the month of ``maand``."""
    return maand.replace(day=calendar.monthrange(maand.year, maand.month)[1])


def maanden_tussen(van: date, tot: date) -> int:
    """Whole months from the month of ``van`` to the month of ``tot`` (0 for the same month)."""
    return (tot.year - van.year) * 12 + tot.month - van.month


def volgende_maand(d: date) -> date:
    """First day of the month after ``d``."""
    return plus_maanden(d.replace(day=1), 1)


def lang(d: date) -> str:
    """'maandag 28 december 2026'."""
    return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year}"


def kort(d: date) -> str:
    """'28 december 2026'."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def maand_tekst(d: date) -> str:
    """'december 2026'."""
    return f"{MAANDEN[d.month - 1]} {d.year}"
