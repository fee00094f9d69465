"""Eigen bijdrage Wmo: the abonnementstarief and when it is not owed.

Legal basis, in the order the calculation follows:
- Wmo 2015 art. 2.1.4 (algemene voorzieningen; cliëntondersteuning free) and 2.1.4a (maatwerk, pgb:
  one tariff for client and spouse together, municipal reductions, cost-price cap);
- Uitvoeringsbesluit Wmo 2015 art. 3.8 (tariff in 2019 and the cases without bijdrage),
  art. 3.5 lid 4 (start month) and art. 3.10b (cost-price cap);
- Wmo 2015 art. 1.1.2 (who counts as married: also a joint household, not parent and child).
"""
from __future__ import annotations

from .actueel import dekking, melding
from .invoer import KNOP, Invoer, parse, questions
from .regels import calculate

__all__ = ["KNOP", "questions", "parse", "calculate", "Invoer", "dekking", "melding"]
