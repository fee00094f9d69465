"""What a letter still lacks: a placeholder where an answer is missing, a formality the law asks
for (a signature, a copy to enclose), or a warning (late, too early). Each with its article where
the law is the reason (contract: ``controle``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..kern.legal import Bron

ONTBREEKT, LET_OP, DOE_ZELF = "ontbreekt", "let_op", "doe_zelf"
AFZENDER = (("naam", "uw naam"), ("adres", "uw straat en huisnummer"),
            ("postcode_plaats", "uw postcode en woonplaats"))
# Nine digits that pass the elfproef: probably a burgerservicenummer, which no letter here needs.
_NEGEN_CIJFERS = re.compile(r"(?<!\d)(\d{9})(?!\d)")


@dataclass(frozen=True)
class Punt:
    code: str
    message: str
    ernst: str = ONTBREEKT
    veld: str | None = None        # the question that fixes it, if any
    bron: Bron | None = None

    def as_dict(self) -> dict:
        uit = {"code": self.code, "message": self.message, "ernst": self.ernst, "veld": self.veld}
        if self.bron:
            uit["bron"] = self.bron.as_dict()
        return uit


def leeg(waarde: object, plek: str) -> str:
    """The answer, or a placeholder in square brackets that shows on paper what is still missing."""
    return waarde if isinstance(waarde, str) and waarde else f"[{plek}]"


def opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def afzender(inp, bron: Bron | None = None) -> list[Punt]:
    ontbreekt = [(veld, wat) for veld, wat in AFZENDER if not inp.get(veld)]
    if not ontbreekt:
        return []
    return [Punt("naam_en_adres", f"Vul {opsomming([w for _, w in ontbreekt])} in. De gemeente moet "
                 "weten van wie de brief is.", ONTBREEKT, ontbreekt[0][0], bron)]


def gemeente(inp) -> list[Punt]:
    return [] if inp.get("gemeente") else [
        Punt("gemeente", "Vul in naar welke gemeente de brief gaat.", ONTBREEKT, "gemeente")]


def nodig(inp, veld: str, code: str, message: str, bron: Bron | None = None) -> list[Punt]:
    """A placeholder is in the letter until ``veld`` is answered."""
    return [] if inp.get(veld) else [Punt(code, message, ONTBREEKT, veld, bron)]


def handtekening(bron: Bron) -> Punt:
    return Punt("handtekening", "Zet uw handtekening onder de brief, na 'Met vriendelijke groet'. "
                "Dat kan pas op papier.", DOE_ZELF, None, bron)


def _elfproef(cijfers: str) -> bool:
    gewichten = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return cijfers != "000000000" and sum(int(c) * g for c, g in zip(cijfers, gewichten)) % 11 == 0


def bsn(inp) -> list[Punt]:
    """A warning where typed text holds what looks like a BSN: the letter does not need it."""
    for veld, waarde in inp.antwoorden.items():
        if isinstance(waarde, str) and any(_elfproef(m) for m in _NEGEN_CIJFERS.findall(waarde)):
            return [Punt("bsn", "In uw brief staat een nummer dat lijkt op een burgerservicenummer "
                         "(BSN). Dat is niet nodig: uw naam, adres en het kenmerk zijn genoeg. Haal "
                         "het weg als het niet nodig is.", LET_OP, veld)]
    return []
