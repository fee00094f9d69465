"""The deadlines a letter needs, computed by the termijnen calculator itself: the brievenhulp does
no date arithmetic of its own. A date the calendar does not cover gives no guess but a reason."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .. import termijnen as _termijnen
from ..kern.params import GeenRegelVoorDatum
from ..kern.questions import Invoerfouten


@dataclass(frozen=True)
class Datums:
    """The termijnen calculator's answer after one event: its terms (contract shape, each with the
    event it follows under ``na``), its extra keys, and why a term is missing (or None)."""

    termijnen: tuple[dict, ...] = ()
    extra: dict = field(default_factory=dict)
    reden: str | None = None

    def termijn(self, code: str) -> dict | None:
        return next((t for t in self.termijnen if t["code"] == code), None)

    def einde(self, code: str) -> date | None:
        t = self.termijn(code)
        return date.fromisoformat(t["einddatum"]) if t else None


def na(gebeurtenis: str, dag: date, **extra) -> Datums:
    """Every term after ``gebeurtenis`` on ``dag`` (termijnen contract), or the reason there is none."""
    verzoek = {"gebeurtenis": gebeurtenis, "datum": dag.isoformat(), **extra}
    try:
        uitkomst = _termijnen.calculate(_termijnen.parse(verzoek))
    except Invoerfouten as e:
        return Datums(reden=e.fouten[0].message)
    except GeenRegelVoorDatum as e:
        return Datums(reden=e.message)
    termijnen = tuple({**t, "na": {"gebeurtenis": gebeurtenis, "datum": dag.isoformat()}}
                      for t in uitkomst["termijnen"])
    rest = {k: v for k, v in uitkomst.items() if k not in ("termijnen", "uitleg", "weergave")}
    return Datums(termijnen, rest, uitkomst.get("niet_berekend", {}).get("reden"))
