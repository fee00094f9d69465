"""Gemeente-editie: one checked ``extra.gemeente`` block turns the site into a municipality's own.

- National edition (no ``extra.gemeente``): the local slots read "uw gemeente"
  (:data:`wegwijzer_build.markers.gemeente.LANDELIJK`).
- Municipal edition (``gemeenten/<naam>/mkdocs.yml`` with ``INHERIT``): the block is checked
  (:mod:`.config`; a wrong field stops the build with one message naming it), the calculator
  itself accepts the bijdrage choices, the slots show the local loket, cliëntondersteuning and
  voorzieningen, and the logo and colours (contrast checked, :mod:`.kleur`) go into the header.

Every value is hostile until checked: text is one line of visible characters (Unicode NFKC), a
link is parsed and written anew (:func:`.config.url`), the logo is read as what it says it is
(:mod:`.logo`), only two ``#rrggbb`` colours reach the CSS, and the slots escape text for
Markdown and HTML where they insert it (:mod:`wegwijzer_build.markers.gemeente`).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from calculators.api import run_json
from calculators.wet import euro

from ..errors import BuildError
from .config import Gemeente, GemeenteFout, lees, verouderd
from .kleur import css

__all__ = ["Gemeente", "lees_gemeente", "verouderd", "samenvatting", "CSS", "logo_pad", "css_voor"]

CSS = "assets/css/gemeente.css"
LOGO = "assets/gemeente/logo"


def _rekenhulp_accepteert(keuzes: dict) -> None:
    """The calculator itself checks the choices, so the site never ships ones it refuses."""
    verzoek = {"v": 1, "calculator": "eigen_bijdrage", "input": {
        "peildatum": "2026-01", "geboortedatum": "1950-01-01", "huishouden": "alleenstaand",
        "voorzieningen": ["maatwerk"], "gemeente": keuzes}}
    fouten = [f for f in json.loads(run_json(json.dumps(verzoek))).get("errors", [])
              if f.get("field") == "gemeente"]
    if fouten:
        raise BuildError(f"Gemeente-editie: de rekenhulp weigert extra.gemeente.bijdrage: "
                         f"{fouten[0]['message']}")


def lees_gemeente(ruw: object, map_: Path, vandaag: date) -> Gemeente:
    """The checked block, or :class:`BuildError` naming the field and the fix."""
    try:
        g = lees(ruw, map_, vandaag)
    except GemeenteFout as fout:
        raise BuildError(f"Gemeente-editie: {fout}") from None
    _rekenhulp_accepteert(g.rekenhulp())
    return g


def samenvatting(g: Gemeente) -> str:
    """One log line: what this edition changes."""
    b = g.bijdrage
    tarief = euro(b.tarief_eurocent) if b.tarief_eurocent is not None else "het wettelijke maximum"
    minima = ", ".join(f"{k} {euro(v)}" for k, v in (b.minima or {}).items()) or "geen"
    return (f"Gemeente-editie {g.naam} ({g.cbs_code}): tarief {tarief} per maand; minimagrenzen per "
            f"jaar: {minima}; collectief vervoer onder het tarief: "
            f"{'ja' if b.collectief_vervoer_onder_abonnement else 'nee'}; bijdrage vanaf de "
            f"{b.startmoment}; nagekeken op {g.laatst_gecontroleerd.isoformat()}.")


def logo_pad(g: Gemeente) -> str | None:
    """Where the logo goes in the site (``assets/gemeente/logo.svg``), or None."""
    return LOGO + g.logo.suffix.lower() if g.logo else None


def css_voor(g: Gemeente) -> str | None:
    """The gemeente's colours as CSS for :data:`CSS`, or None when it keeps the national ones."""
    return css(g.kleuren.primair, g.kleuren.accent) if g.kleuren else None
