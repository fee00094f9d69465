"""The law as data, for the site: the one public surface besides :func:`calculators.api.run_json`.

The site's build (``wegwijzer_build``) reads figures, citations and the gemeente's open terms
here, never from a private module, so the calculators can rearrange their insides freely.

- Parameters: :func:`parameter`, :func:`waarde`, :func:`parameters` (every file, dated, each value
  with its ``bron`` and ``verified_on``), :func:`bereik` (the days a set of parameters covers), :class:`GeenRegelVoorDatum` when a date is not covered,
  and :func:`tekst` to write a value the Dutch way ("€ 21,80", "6 weken", "67 jaar en 3 maanden").
- Money and dates as the calculators write them: :func:`euro`, :func:`datum_kort`, :func:`plus_maanden`.
- Citations: :func:`artikel` (an article as in force on a date, with its wetten.overheid.nl URL).
- The gemeente's open terms for the eigen bijdrage (Wmo 2015 art. 2.1.4a lid 5, Ub art. 3.8 and
  3.5 lid 4): :data:`MINIMA_CATEGORIEEN`, :data:`STARTMOMENTEN`.
- Computed figures: :func:`dwangsom_per_dag`, :func:`dwangsom_max` (Awb 4:17 lid 2).
"""
from __future__ import annotations

from .eigen_bijdrage.gemeente import MINIMA_CATEGORIEEN, STARTMOMENTEN
from .kern.dates import kort as datum_kort, plus_maanden
from .kern.legal import Bron, artikel
from .kern.money import euro
from .kern.params import (GeenRegelVoorDatum, Parameter, Waarde, alle as parameters, bereik, parameter,
                          tekst, waarde)
from .termijnen import dwangsom_max, dwangsom_per_dag

__all__ = ["parameter", "waarde", "parameters", "bereik", "tekst", "Parameter", "Waarde", "GeenRegelVoorDatum",
           "euro", "datum_kort", "plus_maanden", "artikel", "Bron", "MINIMA_CATEGORIEEN",
           "STARTMOMENTEN", "dwangsom_per_dag", "dwangsom_max"]
