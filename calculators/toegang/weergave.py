"""Next steps and the page view of the toegang indication.

Legal basis of the steps: Wmo 2015 art. 2.3.2 lid 1 (melding and onderzoek), lid 2 (persoonlijk
plan within a number of days, see params/persoonlijk_plan_dagen.toml), lid 3 (free
cliëntondersteuning), art. 2.3.3 (urgent cases), Awb art. 7:1 (bezwaar).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..kern.legal import Bron, artikel
from ..kern.params import waarde
from .basis import STAPPEN, WINKELVRAGEN, Reden

if TYPE_CHECKING:
    from .invoer import Invoer

PLAN = ("Lees hoe u een persoonlijk plan maakt", "hulp-vragen/persoonlijk-plan/")
ONDERSTEUNING = ("Lees wat een cliëntondersteuner doet", "hulp-vragen/clientondersteuning/")
CONTACT = ("Lees waar u hulp en advies vindt", "over/hulp-en-contact/")
BEZWAAR = ("Lees hoe bezwaar maken werkt", "besluit/bezwaar-en-beroep/")
ANDER_LOKET = {
    "zorgverzekering": "Vraag eerst uw zorgverzekeraar of die dit betaalt.",
    "wlz": "Vraag eerst het zorgkantoor welke zorg u uit de Wlz krijgt.",
    "uwv": "Vraag eerst het UWV of het dit voor uw werk regelt.",
}

KOPPEN = {
    "kansrijk": "Uw kans lijkt goed.",
    "onzeker": "Dat is nog niet zeker.",
    "niet_kansrijk": "De gemeente zegt waarschijnlijk nee.",
    "ander_loket": "U kunt waarschijnlijk beter ergens anders terecht.",
}
SAMENVATTING = {
    "kansrijk": "Uit uw antwoorden blijkt geen reden waarom de gemeente nee zou zeggen.",
    "onzeker": "Een paar dingen moet u nog uitzoeken. Hieronder staat wat.",
    "niet_kansrijk": "Hieronder leest u waarom. U mag wel altijd een melding doen.",
    "ander_loket": "Een andere regeling of een andere gemeente gaat waarschijnlijk voor. "
                   "Hieronder leest u welke.",
}
VOORBEHOUD = ("Dit is een indicatie, geen besluit. Alleen uw gemeente beslist, na een gesprek en "
              "een onderzoek. Zij kijkt dan naar uw hele situatie.")


@dataclass(frozen=True)
class Stap:
    tekst: str
    bron: Bron | None
    link: tuple[str, str]

    def item(self) -> dict:
        uit = {"tekst": self.tekst, "link": {"titel": self.link[0], "url": self.link[1]}}
        if self.bron:
            uit["bron"] = self.bron.as_dict()
        return uit


def vervolgstappen(inp: Invoer, uitkomst: str, redenen: list[Reden]) -> list[Stap]:
    """What to do now. Always: melding, persoonlijk plan, free cliëntondersteuning, Het Juiste Loket."""
    op = inp.peildatum
    codes = {r.code for r in redenen}
    gemeente = f"gemeente {inp.gemeente}" if inp.gemeente else "uw gemeente"
    stappen = []
    if inp.andere_regeling in ANDER_LOKET:
        stappen.append(Stap(ANDER_LOKET[inp.andere_regeling], None, CONTACT))
    if "woont_niet_in_gemeente" in codes:
        melding = "Doe een melding bij de gemeente waar u woont. Vertel dat u hulp nodig heeft."
    elif inp.hulpvraag == "opvang":
        melding = "Meld u bij de gemeente waar u nu bent."
    else:
        melding = f"Doe een melding bij {gemeente}. Vertel dat u hulp nodig heeft."
    melding += " Dat mag altijd." + (
        " Is het dringend? Dan moet de gemeente meteen tijdelijke opvang regelen."
        if inp.hulpvraag == "opvang" else " De gemeente moet dan uw situatie onderzoeken.")
    bron = artikel("wmo", "2.3.3" if inp.hulpvraag == "opvang" else "2.3.2",
                   lid=None if inp.hulpvraag == "opvang" else 1, op=op)
    stappen.append(Stap(melding, bron, STAPPEN))
    dagen = waarde("persoonlijk_plan_dagen", op).waarde   # covered: invoer.DEKKING
    stappen.append(Stap("Wilt u zelf opschrijven wat u nodig heeft? Maak dan een persoonlijk "
                        f"plan. Lever het in binnen {dagen} dagen na uw melding. Dat hoeft niet, "
                        "maar het helpt vaak.",
                        artikel("wmo", "2.3.2", lid=2, op=op), PLAN))
    stappen.append(Stap("Vraag een cliëntondersteuner. Die is gratis en beslist niet over uw "
                        "aanvraag. Hij helpt u bij het gesprek en kan erbij zijn.",
                        artikel("wmo", "2.3.2", lid=3, op=op), ONDERSTEUNING))
    if inp.hulpvraag in WINKELVRAGEN and inp.al_gekocht == "nee":
        stappen.append(Stap("Koop nog niets voordat de gemeente heeft besloten. Is het dringend? "
                            "Zeg dat dan bij uw melding. Dan moet de gemeente snel tijdelijke "
                            "hulp geven.", artikel("wmo", "2.3.3", op=op), STAPPEN))
    if uitkomst == "niet_kansrijk":
        stappen.append(Stap("Zegt de gemeente nee, en bent u het daar niet mee eens? Dan kunt u "
                            "bezwaar maken.", artikel("awb", "7:1", op=op), BEZWAAR))
    stappen.append(Stap("Loopt u vast, of weet u niet waar u moet zijn? Neem dan contact op met "
                        "Het Juiste Loket.", None, CONTACT))
    return stappen


def weergave(uitkomst: str, alles: list[Reden], stappen: list[Stap]) -> dict:
    """Headline, short lines and blocks for the page; the browser shows this as it is."""
    def items(redenen: list[Reden]) -> list[dict]:
        return [{"tekst": r.tekst, "bron": r.bron.as_dict(),
                 "link": {"titel": r.link[0], "url": r.link[1]}} for r in redenen]

    groepen = (
        ("Waarom dit antwoord", [r for r in alles if r.gevolg in ("niet_kansrijk", "ander_loket")]),
        ("Dit moet u nog uitzoeken", [r for r in alles if r.gevolg == "onzeker"]),
        ("Goed om te weten", [r for r in alles if r.gevolg == "info"]),
    )
    blokken = [{"kop": kop, "items": items(groep)} for kop, groep in groepen if groep]
    blokken.append({"kop": "Wat u nu kunt doen", "items": [s.item() for s in stappen]})
    return {"kop": KOPPEN[uitkomst],
            "regels": [SAMENVATTING[uitkomst], "Dit is een indicatie, geen besluit."],
            "blokken": blokken, "voorbehoud": VOORBEHOUD}
