"""How current the law as data is: what a set of parameters covers on a day, what is about to run
out, and where the next value will be published. Plumbing for the calculators' notices, the
maintainers' overview (``python -m calculators --actualiteit``) and the site's build warnings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .dates import binnen
from .params import alle, bereik, parameter


@dataclass(frozen=True)
class Dekking:
    """The days a calculator (a set of parameters) can answer for, seen from one day."""

    van: date
    tot: date
    vandaag: date
    namen: tuple[str, ...]

    @property
    def voorbij(self) -> bool:
        """Whether today lies after the last day the parameters know."""
        return self.vandaag > self.tot

    @property
    def peildag(self) -> date:
        """The day to show by default: today, or the nearest day that is covered."""
        return binnen(self.vandaag, self.van, self.tot)

    def bekendmakingen(self) -> list[str]:
        """Where the parameters that ran out by today will get their next value (each text once)."""
        teksten = (parameter(n).bekendmaking for n in self.namen
                   if parameter(n).gedekt_tot < self.vandaag)
        return list(dict.fromkeys(t for t in teksten if t))

    def as_dict(self) -> dict:
        return {"van": self.van.isoformat(), "tot": self.tot.isoformat()}


def dekking(namen: tuple[str, ...], vandaag: date) -> Dekking:
    return Dekking(*bereik(*namen), vandaag, tuple(namen))


@dataclass(frozen=True)
class Stand:
    """One parameter file as a maintainer checks it: until when it is known, and its newest source."""

    naam: str
    gedekt_tot: date
    dagen: int               # days from today up to and including gedekt_tot; negative: ran out
    verified_on: date        # of the newest value
    bron: str                # of the newest value

    def regel(self) -> str:
        return (f"{self.naam:<45} {self.gedekt_tot.isoformat()}  {self.dagen:>10}  "
                f"{self.verified_on.isoformat()}   {self.bron}")


KOP = f"{'naam':<45} {'gedekt_tot':<10}  {'dagen_over':>10}  {'verified_on':<11}  bron"


def stand(vandaag: date) -> list[Stand]:
    """Every parameter file, soonest to run out first."""
    uit = [Stand(p.naam, p.gedekt_tot, (p.gedekt_tot - vandaag).days, p.waarden[-1].verified_on,
                 p.waarden[-1].bron) for p in alle()]
    return sorted(uit, key=lambda s: (s.gedekt_tot, s.naam))


def verloopt(vandaag: date, binnen_dagen: int) -> list[Stand]:
    """The files that run out within ``binnen_dagen`` days, or already did."""
    return [s for s in stand(vandaag) if s.dagen <= binnen_dagen]
