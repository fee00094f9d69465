"""Eigen bijdrage: the headline and blocks the page shows as they are (contract ``weergave``)."""
from __future__ import annotations

from ..kern import dates as _datum
from ..kern.dates import maand_tekst
from ..kern.money import euro
from .invoer import Invoer


def weergave(r: dict, inp: Invoer, per: str) -> dict:
    """Headline and blocks for the page; the browser shows this as it is."""
    bedrag = r["bijdrage_eurocent"]
    if bedrag is None:
        kop = "Dit bedrag kunnen wij niet voor u uitrekenen. Hieronder leest u waarom."
    elif bedrag == 0:
        kop = f"U betaalt geen eigen bijdrage over {maand_tekst(inp.peildatum)}."
    else:
        kop = f"U betaalt {euro(bedrag)} {per} over {maand_tekst(inp.peildatum)}."
    return {"kop": kop, "regels": _regels_start_en_kostprijs(r),
            "blokken": [{"kop": "Zo komt dit antwoord tot stand", "items": r["uitleg"]}],
            "voorbehoud": "Dit is een berekening, geen besluit. Het CAK en uw gemeente beslissen."}


def _regels_start_en_kostprijs(r: dict) -> list[str]:
    """The start month only where the visitor pays then (never next to an exemption), and the
    number of terms for a hulpmiddel or woningaanpassing (Ub 3.5 lid 4, 3.10b; regels.py)."""
    regels = []
    if "betalen_vanaf" in r and (r["bijdrage_eurocent"] or r["regel"] == "nog_niet_verschuldigd"):
        regels.append(f"U betaalt vanaf {maand_tekst(_datum.parse_maand(r['betalen_vanaf']))}.")
    if "maanden_tot_kostprijs" in r:
        termijn = "van vier weken" if r["periode"] == "vier_weken" else "van een maand"
        n = r["maanden_tot_kostprijs"]
        regels.append(f"Voor het hulpmiddel of de aanpassing betaalt u hoogstens {n} "
                      f"{'termijn' if n == 1 else 'termijnen'} {termijn}."
                      if n else "Voor het hulpmiddel of de aanpassing betaalt u niets: het kost minder "
                      "dan één termijn.")
    return regels
