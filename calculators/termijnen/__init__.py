"""Termijnen: every deadline of the Wmo procedure after one event, with the Algemene termijnenwet.

Legal basis, in the order of the procedure:
- Wmo 2015 art. 2.3.2 lid 2 (persoonlijk plan within 7 days of the melding), lid 1 (onderzoek
  within 6 weeks), lid 9 (aanvraag without verslag when the onderzoek is late); art. 2.3.5 lid 2
  (beschikking within 2 weeks of the aanvraag);
- Awb art. 6:7 and 6:8 (bezwaar and beroep: 6 weeks from the day after bekendmaking), 6:9 (post),
  7:10 (decision on bezwaar: 6 or 12 weeks from the end of the bezwaar term, verdaging 6 weeks),
  6:24 (hoger beroep), 4:17 (dwangsom: from 2 weeks after the ingebrekestelling, 42 days, no Atw);
- Algemene termijnenwet art. 1-4 (``termijn``, ``feestdagen``).
Texts for the page are in ``tekst``; ``agenda`` writes one calendar file for several events
(``action: "download"``, used by the case page).
"""
from __future__ import annotations

from .actueel import dekking, melding
from .agenda import download
from .invoer import KNOP, Invoer, parse, questions
from .regels import DWANGSOM, calculate, dwangsom_max, dwangsom_per_dag

__all__ = ["KNOP", "questions", "parse", "calculate", "download", "dwangsom_max", "dwangsom_per_dag",
           "DWANGSOM", "dekking", "melding"]
