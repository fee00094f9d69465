"""Eigen bijdrage: the headline and blocks the page shows as they are (contract ``weergave``)."""
from __future__ import annotations

from ..kern import dates as _datum
from ..kern.dates import maand_tekst
from ..kern.money import euro
from ..kern.actualiteit import Dekking
from .actueel import dekking, onbekend, standaardmaand
from .invoer import Invoer


def kop(bedrag: int | None, maand: str, per: str, d: Dekking | None) -> str:
    """The headline. For the last month we know, asked once today lies past it (``d``: what the form
    starts on then), it first says the amount for now is not known yet and names the month it shows
    ("Het bedrag voor 2027 kennen wij nog niet. Dit is het bedrag van december 2026: ...")."""
    voor = f"{onbekend(d)} " if d else ""
    if bedrag is None:
        return f"{voor}Dit bedrag kunnen wij niet voor u uitrekenen. Hieronder leest u waarom."
    if bedrag == 0:
        return (f"{voor}In {maand} betaalt u geen eigen bijdrage." if voor
                else f"U betaalt geen eigen bijdrage over {maand}.")
    return (f"{voor}Dit is het bedrag van {maand}: u betaalt {euro(bedrag)} {per}." if voor
            else f"U betaalt {euro(bedrag)} {per} over {maand}.")


def weergave(r: dict, inp: Invoer, per: str) -> dict:
    """Headline and blocks for the page; the browser shows this as it is."""
    bedrag, maand, d = r["bijdrage_eurocent"], maand_tekst(inp.peildatum), dekking()
    # a month the visitor chose in a year we know is answered as asked; the last known month in place
    # of a month we do not know yet says so, and where the new amount will appear
    d = d if d.voorbij and inp.peildatum == standaardmaand(d) else None
    return {"kop": kop(bedrag, maand, per, d),
            "regels": (d.bekendmakingen() if d else []) + _regels_start_en_kostprijs(r),
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
