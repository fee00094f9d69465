"""Law as data: dated parameters from ``params/*.toml``, selected by date, failing closed.

Each file holds one quantity. Each value has ``geldig_vanaf`` (valid from), a ``bron`` (source URL)
and ``verified_on``. A file says up to which date it is known (``gedekt_tot``); a date before the
first value or after that date raises :class:`GeenRegelVoorDatum` instead of guessing.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from .dates import kort
from .money import euro

PARAMS = Path(__file__).parent.parent / "params"


class GeenRegelVoorDatum(Exception):
    """No known value for this date. ``message`` is Dutch and names the covered period."""

    def __init__(self, naam: str, op: date, van: date, tot: date):
        self.naam, self.op, self.van, self.tot = naam, op, van, tot
        nog = "nog " if op > tot else ""
        super().__init__(
            f"Voor {kort(op)} kennen wij de regels {nog}niet. "
            f"Deze rekenhulp werkt voor {van.year} tot en met {tot.year}.")

    @property
    def message(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class Waarde:
    """One dated value of a parameter."""

    naam: str
    geldig_vanaf: date
    geldig_tot: date
    waarde: object
    bron: str
    verified_on: date
    zekerheid: str
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Parameter:
    naam: str
    omschrijving: str
    eenheid: str
    gedekt_tot: date
    waarden: tuple[Waarde, ...]

    @property
    def gedekt_van(self) -> date:
        """The first day this parameter knows a value for."""
        return self.waarden[0].geldig_vanaf

    def op(self, dag: date) -> Waarde:
        """The value in force on ``dag``."""
        eerste = self.waarden[0].geldig_vanaf
        if not eerste <= dag <= self.gedekt_tot:
            raise GeenRegelVoorDatum(self.naam, dag, eerste, self.gedekt_tot)
        return next(w for w in reversed(self.waarden) if w.geldig_vanaf <= dag)


_VERPLICHT = ("geldig_vanaf", "waarde", "bron", "verified_on")


@cache
def parameter(naam: str) -> Parameter:
    """Load and check ``params/<naam>.toml``."""
    data = tomllib.loads((PARAMS / f"{naam}.toml").read_text(encoding="utf-8"))
    gedekt_tot = data["gedekt_tot"]
    rijen = sorted(data["waarden"], key=lambda r: r["geldig_vanaf"])
    waarden = []
    for i, rij in enumerate(rijen):
        ontbreekt = [k for k in _VERPLICHT if k not in rij]
        if ontbreekt or not str(rij["bron"]).startswith("https://"):
            raise ValueError(f"{naam}.toml: value {i} lacks {ontbreekt or 'an https source'}")
        tot = rijen[i + 1]["geldig_vanaf"] - timedelta(days=1) if i + 1 < len(rijen) else gedekt_tot
        extra = {k: v for k, v in rij.items() if k not in _VERPLICHT + ("zekerheid",)}
        waarden.append(Waarde(naam, rij["geldig_vanaf"], tot, rij["waarde"], rij["bron"],
                              rij["verified_on"], rij.get("zekerheid", "V"), extra))
    return Parameter(naam, data["omschrijving"], data["eenheid"], gedekt_tot, tuple(waarden))


def waarde(naam: str, op: date) -> Waarde:
    """Shorthand: the value of parameter ``naam`` on ``op``."""
    return parameter(naam).op(op)


def bereik(*namen: str) -> tuple[date, date]:
    """The days every one of ``namen`` covers: the latest first day and the earliest last day.
    A calculator that reads these parameters can answer exactly for dates in this range."""
    ps = [parameter(n) for n in namen]
    return max(p.gedekt_van for p in ps), min(p.gedekt_tot for p in ps)


def alle() -> list[Parameter]:
    """Every parameter file, for the site's tables and the checks."""
    return [parameter(p.stem) for p in sorted(PARAMS.glob("*.toml"))]


_TELWOORD = {"weken": ("week", "weken"), "dagen": ("dag", "dagen"), "maanden": ("maand", "maanden"),
             "nachten": ("nacht", "nachten"), "jaren": ("jaar", "jaar")}


def tekst(w: Waarde) -> str:
    """A value the Dutch way: money, ages, counted units or plain numbers."""
    eenheid = parameter(w.naam).eenheid
    if eenheid == "eurocent":
        return euro(w.waarde)
    if eenheid == "jaren_maanden":
        j, m = w.waarde["jaren"], w.waarde["maanden"]
        return f"{j} jaar" + (f" en {m} maanden" if m else "")
    if eenheid in _TELWOORD:
        enkel, meer = _TELWOORD[eenheid]
        return f"{w.waarde} {enkel if w.waarde == 1 else meer}"
    return str(w.waarde)
