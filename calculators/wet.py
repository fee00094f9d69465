"""The law as data, for the site: the one public surface besides :func:`calculators.api.run_json`.

The site's build (``wegwijzer_build``) reads figures, citations and the gemeente's open terms
here, never from a private module, so the calculators can rearrange their insides freely.

- Parameters: :func:`parameter`, :func:`waarde`, :func:`parameters` (every file, dated, each value
  with its ``bron`` and ``verified_on``), :func:`bereik` (the days a set of parameters covers), :class:`GeenRegelVoorDatum` when a date is not covered,
  and :func:`tekst` to write a value the Dutch way ("€ 21,80", "6 weken", "67 jaar en 3 maanden").
- Actuality: :func:`dekking` (what a set of parameters covers seen from a day: the day to show, and
  where the next values appear once it ran out), :func:`verloopt` (files that run out soon).
- Money and dates as the calculators write them: :func:`euro`, :func:`datum_kort`, :func:`plus_maanden`.
- Citations: :func:`artikel` (an article as in force on a date, with its wetten.overheid.nl URL).
- The gemeente's open terms for the eigen bijdrage (Wmo 2015 art. 2.1.4a lid 5, Ub art. 3.8 and
  3.5 lid 4): :data:`MINIMA_CATEGORIEEN`, :data:`STARTMOMENTEN`.
- Computed figures: :func:`dwangsom_per_dag`, :func:`dwangsom_max` (Awb 4:17 lid 2), and the
  parameters they read (:data:`DWANGSOM_PARAMETERS`).
"""
from __future__ import annotations

from .eigen_bijdrage.gemeente import MINIMA_CATEGORIEEN, STARTMOMENTEN
from .kern.actualiteit import Dekking, dekking, verloopt
from .kern.dates import kort as datum_kort, plus_maanden
from .kern.legal import Bron, artikel
from .kern.money import euro
from .kern.params import (GeenRegelVoorDatum, Parameter, Waarde, alle as parameters, bereik, parameter,
                          waarde)
from .termijnen import DWANGSOM as DWANGSOM_PARAMETERS, dwangsom_max, dwangsom_per_dag

__all__ = ["parameter", "waarde", "parameters", "bereik", "tekst", "Parameter", "Waarde", "GeenRegelVoorDatum",
           "Dekking", "dekking", "verloopt",
           "euro", "datum_kort", "plus_maanden", "artikel", "Bron", "MINIMA_CATEGORIEEN",
           "STARTMOMENTEN", "dwangsom_per_dag", "dwangsom_max", "DWANGSOM_PARAMETERS"]

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
