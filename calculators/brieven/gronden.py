"""Ready sentences for a bezwaar, one per ground a gemeente may give for saying no.

The grounds come from the toegang calculator's own list (:func:`calculators.toegang.gronden`, data in
``params/toegang_gronden.toml``), so a ground added there appears here at once: with the sentence below when we wrote one, otherwise with a
plain sentence built from its name. One ground about the procedure itself is added here (the onderzoek,
Wmo 2015 art. 2.3.2 lid 4). The resident's own words always follow these sentences.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern.legal import Bron, artikel
from ..kern.questions import Keuze
from ..toegang import Grond, gronden


@dataclass(frozen=True)
class Zin:
    """How the form names a ground and what the letter says against it (first person, B1)."""

    label: str
    alinea: str


ZINNEN = {
    "geen_rechtmatig_verblijf": Zin(
        "De gemeente zegt dat ik niet wettig in Nederland woon",
        "In het besluit staat dat ik niet wettig in Nederland woon. Dat klopt niet. Ik mag hier "
        "wonen. Dat kan ik laten zien met mijn verblijfsdocument."),
    "woont_niet_in_gemeente": Zin(
        "De gemeente zegt dat ik niet in de gemeente woon",
        "In het besluit staat dat ik niet in uw gemeente woon. Dat klopt niet. Ik woon op het adres "
        "bovenaan deze brief. Daar sta ik ook ingeschreven."),
    "eigen_oplossing": Zin(
        "De gemeente zegt dat ik het zelf kan oplossen, of met mensen om mij heen",
        "In het besluit staat dat ik dit zelf kan oplossen, of met hulp van mensen om mij heen. Dat "
        "lukt niet. De mensen om mij heen kunnen deze hulp niet geven, of niet lang volhouden. U heeft "
        "niet goed onderzocht wat zij echt kunnen."),
    "algemene_voorziening": Zin(
        "De gemeente zegt dat een algemene voorziening het oplost, zoals een maaltijdservice",
        "In het besluit staat dat een algemene voorziening mijn probleem oplost. Dat klopt niet. Die "
        "voorziening lost mijn probleem niet op, of ik kan er niet komen, of ik kan haar niet betalen. "
        "U heeft niet onderzocht of zij echt bij mij past."),
    "niet_langdurig": Zin(
        "De gemeente zegt dat ik de hulp maar kort nodig heb",
        "In het besluit staat dat ik deze hulp maar kort nodig heb. Dat klopt niet. Ik heb de hulp "
        "lang nodig. Mijn huisarts of behandelaar kan dat bevestigen."),
    "algemeen_gebruikelijk": Zin(
        "De gemeente zegt dat het 'algemeen gebruikelijk' is: iets wat iedereen zelf koopt",
        "In het besluit staat dat dit algemeen gebruikelijk is. Daar ben ik het niet mee eens. Ik heb "
        "het nodig door mijn beperking. Het is voor mij geen gewoon product. Ook kan ik het niet "
        "betalen van mijn inkomen."),
    "geen_meerkosten": Zin(
        "De gemeente zegt dat ik geen extra kosten heb door mijn beperking",
        "In het besluit staat dat ik geen extra kosten heb door mijn beperking. Dat klopt niet. Door "
        "mijn beperking heb ik kosten die iemand zonder beperking niet heeft."),
    "voorliggende_voorziening": Zin(
        "De gemeente zegt dat een andere regeling voorgaat, zoals de zorgverzekering of de Wlz",
        "In het besluit staat dat een andere regeling voorgaat. Maar die regeling geeft mij deze hulp "
        "niet. Ik vraag u dat na te gaan voordat u nee zegt."),
    "kosten_al_gemaakt": Zin(
        "De gemeente zegt dat ik het al had gekocht of laten maken",
        "In het besluit staat dat ik het al had gekocht of laten maken. Dat kon niet wachten tot uw "
        "besluit. Ik vraag u toch te beoordelen of ik het nodig had."),
    "afschrijvingstermijn_niet_verstreken": Zin(
        "De gemeente zegt dat wat ik eerder kreeg nog niet oud genoeg is om te vervangen",
        "In het besluit staat dat wat ik eerder kreeg nog niet oud genoeg is om te vervangen. Maar het "
        "ging kapot buiten mijn schuld. Ik kan het niet meer gebruiken."),
}
# About the procedure, not a ground of the toegang indication: Wmo 2015 art. 2.3.2 lid 4 lists what
# the onderzoek covers.
ONDERZOEK = "onderzoek_niet_goed"
EIGEN = {
    ONDERZOEK: Zin(
        "De gemeente heeft mijn situatie niet goed onderzocht",
        "U heeft mijn situatie niet goed onderzocht. U heeft niet met mij besproken wat ik nodig heb, "
        "wat ik zelf kan en wat de mensen om mij heen kunnen. Dat moet wel bij het onderzoek."),
}


def _toegang(op: date | None = None) -> dict[str, Grond]:
    return {g.code: g for g in gronden(op)}


def zin(code: str) -> Zin:
    """The sentence for ``code``; a ground without one of its own gets a plain sentence."""
    if code in ZINNEN or code in EIGEN:
        return ZINNEN.get(code) or EIGEN[code]
    titel = _toegang()[code].titel
    return Zin(f"De gemeente noemt als reden: {titel}",
               f"In het besluit noemt u als reden: {titel} Dat klopt niet voor mijn situatie.")


def naam(code: str) -> str:
    """The ground as a page names it (a short sentence)."""
    return "Het onderzoek was niet volledig." if code == ONDERZOEK else _toegang()[code].titel


def bron(code: str, op: date) -> Bron:
    """The article the ground rests on, as in force on ``op``."""
    if code == ONDERZOEK:
        return artikel("wmo", "2.3.2", lid=4, op=op)
    return _toegang(op)[code].bron


def keuzes() -> tuple[Keuze, ...]:
    """The options of the question ``afwijzingsgronden``: every toegang ground, then our own."""
    return tuple(Keuze(code, zin(code).label) for code in (*_toegang(), *EIGEN))
