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
- Rule lists the calculators decide by, for the pages' lists (``[[lijst:…]]``), so page and
  calculator cannot drift apart: :func:`vrijstellingen` (when no eigen bijdrage is owed, with the
  article as it read that day), :func:`criteria_algemeen_gebruikelijk` (the requirements of case
  law), :func:`redenen` (the grounds to refuse that the toegang rekenhulp knows, with their codes).
  :data:`LIJSTEN` names the parameters each list reads, so :func:`bereik` gives the days it covers.
"""
from __future__ import annotations

from datetime import date

from .eigen_bijdrage.artikelen import Geval, gevallen
from .eigen_bijdrage.gemeente import MINIMA_CATEGORIEEN, STARTMOMENTEN
from .kern.dates import kort as datum_kort, plus_maanden
from .kern.legal import Bron, artikel
from .kern.money import euro
from .kern.params import (GeenRegelVoorDatum, Parameter, Waarde, alle as parameters, bereik, parameter,
                          tekst, waarde)
from .termijnen import dwangsom_max, dwangsom_per_dag
from .toegang.basis import Eis, Grond, eisen, gronden

__all__ = ["parameter", "waarde", "parameters", "bereik", "tekst", "Parameter", "Waarde", "GeenRegelVoorDatum",
           "euro", "datum_kort", "plus_maanden", "artikel", "Bron", "MINIMA_CATEGORIEEN",
           "STARTMOMENTEN", "dwangsom_per_dag", "dwangsom_max", "vrijstellingen",
           "criteria_algemeen_gebruikelijk", "redenen", "LIJSTEN", "Geval", "Eis", "Grond"]

# The parameters each rule list reads: wet.bereik(*LIJSTEN[naam]) are the days it can be shown for.
LIJSTEN = {
    "vrijstellingen": ("gevallen_zonder_bijdrage", "artikelen_eigen_bijdrage", "meerderjarigheid",
                       "opvang_nachten"),
    "algemeen_gebruikelijk": ("algemeen_gebruikelijk",),
    "afwijzingsgronden": ("toegang_gronden",),
}


def vrijstellingen(op: date) -> list[Geval]:
    """When no abonnementstarief is owed on ``op``: Ub Wmo 2015 art. 3.8 (lid 4 in 2019, lid 3 from
    2020), Wmo 2.1.4 (cliëntondersteuning) and the gemeente's minima rule. Each ``Geval`` has the
    calculator's ``regel`` (or ""), the Dutch line for a page and the article as it read on ``op``."""
    return gevallen(op)


def criteria_algemeen_gebruikelijk(op: date) -> list[Eis]:
    """The requirements for 'algemeen gebruikelijk' (CRvB; four since 20 November 2019), in the
    order the toegang rekenhulp asks them; ``vraag`` is the question's id."""
    return eisen(op)


def redenen(op: date) -> list[Grond]:
    """The grounds to refuse a maatwerkvoorziening that the toegang rekenhulp knows: the contract's
    reason code, a Dutch line for a page and the article as in force on ``op``."""
    return gronden(op)
