"""Eigen bijdrage: the calculation, in the order of the articles (see the package docstring)."""
from __future__ import annotations

from datetime import date

from ..kern.dates import maand_tekst, plus_jaren
from .invoer import ONDER_TARIEF, Invoer
from ..kern.questions import Fout, Invoerfouten
from .weergave import weergave
from .leeftijd import heeft_aow_leeftijd, vanaf_maand
from ..kern.legal import Bron, artikel, uitleg
from ..kern.money import euro
from ..kern.params import GeenRegelVoorDatum, waarde


def calculate(inp: Invoer) -> dict:
    """The bijdrage for the month ``inp.peildatum``, with every step explained."""
    try:
        tarief = waarde("abonnementstarief", inp.peildatum)
    except GeenRegelVoorDatum as e:
        raise Invoerfouten([Fout("peildatum", "geen_regel_voor_datum", e.message)]) from None
    maand, stappen = inp.peildatum, []
    op = maand
    lid = waarde("vrijstellingen_lid", maand).waarde
    periode = tarief.extra["periode"]
    per = "per vier weken" if periode == "vier_weken" else "per maand"
    instrument, nummer, tarief_lid = tarief.extra["grondslag"].split()
    tarief_bron = artikel(instrument, nummer, lid=tarief_lid, op=op)

    def vrijstelling(onder: str) -> Bron:
        return artikel("ub_wmo", "3.8", lid=lid, onder=onder, op=op)

    soorten = set(inp.voorzieningen)
    if "collectief_vervoer" in soorten and inp.gemeente.collectief_vervoer_onder_abonnement:
        soorten.add("collectief_vervoer_abonnement")
    onder = soorten & (ONDER_TARIEF | {"collectief_vervoer_abonnement"})
    buiten = soorten & {"algemeen_overig"} | (
        {"collectief_vervoer"} if "collectief_vervoer" in soorten
        and not inp.gemeente.collectief_vervoer_onder_abonnement else set())
    stappen += _uitleg_soorten(soorten, inp, op, vrijstelling)

    resultaat = {"periode": periode, "tarief_eurocent": tarief.waarde, "peildatum": maand.isoformat()[:7]}

    def klaar(regel: str, bijdrage: int | None) -> dict:
        resultaat.update(regel=regel, bijdrage_eurocent=bijdrage, uitleg=stappen)
        _kostprijs_en_start(resultaat, inp, bijdrage, tarief.waarde, per, op, stappen)
        resultaat["weergave"] = weergave(resultaat, inp, per)
        return resultaat

    if "beschermd_wonen" in soorten:
        stappen.append(uitleg(
            "Voor beschermd wonen betaalt u een bijdrage die afhangt van uw inkomen. Die bijdrage "
            "rekent deze rekenhulp niet uit. Het CAK stuurt u de rekening. Voor andere hulp betaalt "
            "u dan geen vast maandbedrag.", artikel("ub_wmo", "3.11", op=op)))
        return klaar("buiten_bereik", None)
    if not onder:
        if buiten:
            stappen.append(uitleg("Voor deze hulp vraagt de gemeente een eigen prijs. Die staat niet "
                                  "in de wet. Vraag de prijs aan uw gemeente.",
                                  artikel("wmo", "2.1.4", lid=1, op=op)))
            return klaar("buiten_abonnementstarief", None)
        stappen.append(uitleg("Voor deze hulp betaalt u geen eigen bijdrage.",
                              artikel("wmo", "2.1.4", lid=1, op=op)))
        return klaar("geen_bijdrage", 0)

    stappen.append(uitleg(
        f"Voor deze hulp geldt in {maand.year} een vast bedrag van hoogstens "
        f"{euro(tarief.waarde)} {per}. Dat bedrag geldt voor u en uw partner samen, ook als u meer "
        "hulp krijgt.", tarief_bron))

    if inp.wlz_of_beschermd_wonen:
        stappen.append(uitleg("U of uw partner betaalt al een eigen bijdrage voor de Wlz of voor "
                              "beschermd wonen. Dan betaalt u hiervoor niets.", vrijstelling("a")))
        return klaar("vrijstelling_wlz_beschermd_wonen", 0)
    if inp.opvang:
        stappen.append(uitleg("U of uw partner verbleef die maand in de opvang. Dan betaalt u "
                              "voor die maand niets.", vrijstelling("b")))
        return klaar("vrijstelling_opvang", 0)
    volwassen = waarde("meerderjarigheid", maand).waarde
    if vanaf_maand(plus_jaren(inp.geboortedatum, volwassen)) > maand:
        tekst = f"U bent jonger dan {volwassen} jaar. Dan betaalt u geen eigen bijdrage."
        if "hulpmiddel_woningaanpassing" in soorten:
            tekst += (" Let op: voor een woningaanpassing kan de gemeente uw ouders wel laten "
                      "betalen. Dat staat dan in de verordening van uw gemeente.")
        stappen.append(uitleg(tekst, vrijstelling("e")))
        return klaar("vrijstelling_minderjarig", 0)
    samen = inp.huishouden == "samen"
    aow_zelf = heeft_aow_leeftijd(inp.geboortedatum, maand)
    if samen:
        aow_partner = heeft_aow_leeftijd(inp.partner_geboortedatum, maand)
        if not (aow_zelf and aow_partner):
            stappen.append(uitleg(
                "U woont samen met een partner en minstens een van u heeft de AOW-leeftijd nog "
                "niet. Dan betaalt u samen geen eigen bijdrage.", vrijstelling("f")))
            return klaar("vrijstelling_partner_aow", 0)
        stappen.append(uitleg("U en uw partner hebben allebei de AOW-leeftijd. Dan betaalt u samen "
                              "het vaste bedrag.", artikel("wmo", "1.1.2", op=op)))
    if waarde("vrijstelling_corona", maand).waarde:
        stappen.append(uitleg("In april en mei 2020 betaalde niemand een eigen bijdrage, vanwege "
                              "corona.", vrijstelling("i")))
        return klaar("vrijstelling_corona", 0)

    if inp.gemeente.minima:
        regel = _minima(inp, samen, aow_zelf, stappen, op)
        if regel:
            return klaar(regel, 0)
    if inp.gemeente.tarief_eurocent is not None and inp.gemeente.tarief_eurocent < tarief.waarde:
        lager = inp.gemeente.tarief_eurocent
        stappen.append(uitleg(f"{_gemeente_naam(inp)} vraagt een lager bedrag: {euro(lager)} {per}.",
                              artikel("wmo", "2.1.4a", lid=5, onder="a", op=op)))
        return klaar("gemeentelijk_tarief", lager)
    stappen.append(uitleg(f"U betaalt {euro(tarief.waarde)} {per} aan het CAK. Het CAK int de "
                          "bijdrage voor de gemeente.", artikel("wmo", "2.1.4b", lid=1, op=op)))
    return klaar("abonnementstarief", tarief.waarde)


def _gemeente_naam(inp: Invoer) -> str:
    return f"Gemeente {inp.gemeente.naam}" if inp.gemeente.naam else "Uw gemeente"


def _minima(inp: Invoer, samen: bool, aow_zelf: bool, stappen: list, op: date) -> str | None:
    """Wmo 2.1.4a lid 5 onder b; Ub 3.8 lid 2: nil below a municipal income limit per category."""
    categorie = "samen_aow" if samen else ("alleenstaand_aow" if aow_zelf else "alleenstaand")
    grens = inp.gemeente.minima.get(categorie)
    bron = artikel("ub_wmo", "3.8", lid=2, op=op)
    if grens is None:
        return None
    if inp.bijdrageplichtig_inkomen_eurocent is None:
        stappen.append(uitleg(f"{_gemeente_naam(inp)} rekent geen bijdrage als uw inkomen lager is "
                              f"dan {euro(grens)} per jaar. Vul uw inkomen in om dat te zien.", bron))
        return None
    if inp.bijdrageplichtig_inkomen_eurocent < grens:
        stappen.append(uitleg(f"Uw inkomen is lager dan {euro(grens)} per jaar. "
                              f"{_gemeente_naam(inp)} rekent dan geen bijdrage.", bron))
        return "vrijstelling_minima"
    stappen.append(uitleg(f"Uw inkomen is niet lager dan {euro(grens)} per jaar. Daarom geldt de "
                          "vrijstelling voor een laag inkomen niet.", bron))
    return None


def _uitleg_soorten(soorten: set, inp: Invoer, op: date, vrijstelling) -> list[dict]:
    """One line per kind of help that does not fall under the tariff."""
    regels = []
    if "clientondersteuning" in soorten:
        regels.append(uitleg("Cliëntondersteuning is altijd gratis.",
                             artikel("wmo", "2.1.4", lid=5, op=op)))
    if "rolstoel" in soorten:
        regels.append(uitleg("Voor een rolstoel betaalt u geen eigen bijdrage.", vrijstelling("d")))
    if "algemeen_overig" in soorten:
        regels.append(uitleg("Voor een gewone algemene voorziening, zoals een maaltijdservice, "
                             "vraagt de gemeente een eigen prijs. Die telt niet mee in het vaste "
                             "maandbedrag.", artikel("wmo", "2.1.4", lid=1, op=op)))
    if "collectief_vervoer" in soorten:
        if inp.gemeente.collectief_vervoer_onder_abonnement:
            tekst = (f"{_gemeente_naam(inp)} rekent collectief vervoer mee in het vaste "
                     "maandbedrag.")
        elif inp.gemeente.collectief_vervoer_onder_abonnement is False:
            tekst = (f"{_gemeente_naam(inp)} vraagt voor collectief vervoer een eigen prijs, "
                     "meestal per rit. Dat telt niet mee in het vaste maandbedrag.")
        else:
            tekst = ("Voor collectief vervoer mag de gemeente een eigen prijs vragen, meestal per "
                     "rit. Dan telt het niet mee in het vaste maandbedrag. Vraag het uw gemeente.")
        regels.append(uitleg(tekst, artikel("ub_wmo", "3.8", lid=1, op=op)))
    return regels


def _kostprijs_en_start(resultaat: dict, inp: Invoer, bijdrage: int | None, tarief: int,
                        per: str, op: date, stappen: list) -> None:
    """``maanden_tot_kostprijs`` (Wmo 2.1.4a lid 6, Ub 3.10b) and ``betalen_vanaf`` (Ub 3.5 lid 4)."""
    if inp.kostprijs_eurocent is not None and "hulpmiddel_woningaanpassing" in inp.voorzieningen \
            and bijdrage is not None:
        per_termijn = inp.gemeente.tarief_eurocent if inp.gemeente.tarief_eurocent is not None \
            and inp.gemeente.tarief_eurocent < tarief else tarief
        if per_termijn > 0:
            # Ub 3.10b: collection stops at the cost price; a remainder below one term is not charged.
            termijnen = inp.kostprijs_eurocent // per_termijn
            resultaat["maanden_tot_kostprijs"] = termijnen
            stappen.append(uitleg(
                f"U betaalt nooit meer dan wat het hulpmiddel of de aanpassing kost: "
                f"{euro(inp.kostprijs_eurocent)}. Het CAK telt elke termijn {euro(per_termijn)} af, "
                f"ook als u die maand niets betaalt. Na {termijnen} termijnen {per.removeprefix('per ')} "
                f"stopt de bijdrage. We rekenen met het bedrag van {op.year}; als het bedrag "
                "verandert, verandert dit aantal ook.", artikel("ub_wmo", "3.10b", op=op)))
    if inp.startdatum is not None:
        vanaf = vanaf_maand(inp.startdatum)
        resultaat["betalen_vanaf"] = vanaf.isoformat()[:7]
        begin = "de eerste dag van een maand" if inp.startdatum.day == 1 else "halverwege een maand"
        stappen.append(uitleg(
            f"Uw hulp begint op {begin}. De bijdrage telt vanaf {maand_tekst(vanaf)}. U krijgt de "
            "rekening steeds een maand later.", artikel("ub_wmo", "3.5", lid=4, op=op)))
