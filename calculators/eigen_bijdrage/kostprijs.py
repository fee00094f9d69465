"""The cost-price cap of a hulpmiddel or woningaanpassing: how many terms it is paid for.

Legal basis:
- From 2020: Wmo 2015 art. 2.1.4a lid 6: the bijdrage *for* a hulpmiddel or woningaanpassing does
  not exceed its cost price. Ub art. 3.10b lid 3: to check that, the CAK deducts "het bedrag,
  bedoeld in artikel 2.1.4a, vierde lid" every month, "in afwijking van artikel 3.8, tweede en
  vierde lid": the statutory (indexed) amount, not the gemeente's lower one, also in months
  without bijdrage. Lid 4: with several voorzieningen, the cost price of one. Lid 6: collection
  stops at the college's request; a rest below the monthly bijdrage is not collected.
- 2019: Wmo art. 2.1.4 lid 3 (version 2019-01-01): the total of the bijdragen for a
  maatwerkvoorziening does not exceed its cost price; Ub art. 3.5 lid 7: the CAK keeps count per
  bijdrageperiode. No rule like 3.10b lid 3 or 6 existed.

Our readings (docs/rekenhulp/eigen-bijdrage.md, "Onze keuzes"):
- "Elke maand" counts every month, also months without bijdrage for another reason (a partner
  below AOW age), not only those of Ub 3.8 lid 2 and 4 that lid 3 names.
- "De verschuldigde bijdrage per maand" of lid 6 is what the client owes per month: the gemeente's
  lower amount if it has one. We assume the situation of the month asked about continues.
- The cap ends only the bijdrage for the hulpmiddel or woningaanpassing: other help under the
  tariff goes on (research memo 2026-12-01, §2.4: no article says so in one sentence).
- 2019: the total of what was paid counts, so a period without bijdrage takes nothing off, and
  the last period pays only the rest.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kostprijs:
    termijnen: int               # terms in which something is paid for the hulpmiddel (0: none)
    aftrek: int                  # what each term takes off the cost price
    per_termijn: int             # what the client pays per term
    laatste: int | None = None   # 2019: the smaller last payment, when there is one


def per_termijn(tarief: int, lager: int | None) -> int:
    """What the client owes per term: the gemeente's lower amount (Wmo 2.1.4a lid 5 a; 2019:
    Ub 3.8 lid 2 b) when it has one above nil, else the tariff."""
    return lager if lager is not None and 0 < lager < tarief else tarief


def termijnen(kostprijs: int, tarief: int, lager: int | None, periode: str) -> Kostprijs:
    """How many terms of ``periode`` ("maand" from 2020, "vier_weken" in 2019) the cost price lasts."""
    betaald = per_termijn(tarief, lager)
    if periode == "maand":   # Ub 3.10b lid 3 and 6
        aantal = 0 if kostprijs < betaald else (kostprijs - betaald) // tarief + 1
        return Kostprijs(aantal, tarief, betaald)
    aantal = -(-kostprijs // betaald)   # Wmo 2.1.4 lid 3 (2019): the total paid
    rest = kostprijs - (aantal - 1) * betaald if aantal else None
    return Kostprijs(aantal, betaald, betaald, rest if rest != betaald else None)
