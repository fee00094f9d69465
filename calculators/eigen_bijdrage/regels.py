"""Eigen bijdrage: the calculation, in the order of the articles (see the package docstring).

Every sentence cites its article as it read on the day it is about: the month asked about, or the
start date for the start rule. Which article carries which rule on a date is data
(``artikelen.py``); the numbers moved on 1 January 2020.
"""
from __future__ import annotations

from datetime import date

from ..kern.dates import kort, maand_tekst, maanden_tussen, plus_jaren
from ..kern.legal import uitleg, verwijzing
from ..kern.money import euro
from ..kern.params import waarde
from . import kostprijs as _kostprijs, start as _start
from .artikelen import bestaat, bron, geval
from .invoer import Invoer
from .leeftijd import heeft_aow_leeftijd, vanaf_maand
from .weergave import weergave

HULPMIDDEL = "hulpmiddel_woningaanpassing"
ALTIJD_ONDER_TARIEF = {"maatwerk", "pgb", HULPMIDDEL}


def calculate(inp: Invoer) -> dict:
    """The bijdrage for the month ``inp.peildatum``, with every step explained."""
    maand = op = inp.peildatum                         # parse() checked that the month is covered
    tarief = waarde("abonnementstarief", maand)
    periode = tarief.extra["periode"]
    per = "per vier weken" if periode == "vier_weken" else "per maand"
    stappen: list[dict] = []
    soorten = set(inp.voorzieningen)
    onder, buiten = _onder_en_buiten(soorten, inp, op)
    stappen += _uitleg_soorten(soorten, onder, inp, op)
    begin = _start.begin(inp.startdatum) if inp.startdatum else None
    resultaat = {"periode": periode, "tarief_eurocent": tarief.waarde,
                 "peildatum": maand.isoformat()[:7]}
    prijs = None
    if inp.kostprijs_eurocent is not None and HULPMIDDEL in onder:
        prijs = _kostprijs.termijnen(inp.kostprijs_eurocent, tarief.waarde,
                                     inp.gemeente.tarief_eurocent, periode)

    def klaar(regel: str, bijdrage: int | None) -> dict:
        resultaat.update(regel=regel, bijdrage_eurocent=bijdrage)
        if begin is not None:
            stappen.extend(_uitleg_start(resultaat, begin, maand, regel))
        if prijs is not None and bijdrage is not None:
            stappen.extend(_uitleg_kostprijs(resultaat, prijs, inp, onder, tarief.waarde, op))
        resultaat["uitleg"] = stappen
        resultaat["weergave"] = weergave(resultaat, inp, per)
        return resultaat

    if "beschermd_wonen" in soorten:
        stappen.append(uitleg(
            "Voor beschermd wonen betaalt u een bijdrage die afhangt van uw inkomen. Die bijdrage "
            "rekent deze rekenhulp niet uit. Het CAK stuurt u de rekening. Voor andere hulp betaalt "
            "u dan geen vast maandbedrag.", bron("beschermd_wonen", op)))
        return klaar("buiten_bereik", None)
    if not onder:
        if buiten:
            stappen.append(uitleg("Voor deze hulp vraagt de gemeente een eigen prijs. Die staat niet "
                                  "in de wet. Vraag de prijs aan uw gemeente.",
                                  bron("algemene_voorziening", op)))
            return klaar("buiten_abonnementstarief", None)
        gratis = geval("rolstoel" if "rolstoel" in soorten else "clientondersteuning", op)
        stappen.append(uitleg("Voor deze hulp betaalt u geen eigen bijdrage.", gratis.bron))
        return klaar("geen_bijdrage", 0)

    stappen.append(uitleg(
        f"Voor deze hulp geldt in {maand.year} een vast bedrag van hoogstens "
        f"{euro(tarief.waarde)} {per}. Dat bedrag geldt voor u en uw partner samen, ook als u meer "
        "hulp krijgt.", verwijzing(tarief.extra["grondslag"], op=op)))

    if begin is not None and not _start.verschuldigd_in(begin, maand):
        return klaar("nog_niet_verschuldigd", 0)
    if inp.wlz_of_beschermd_wonen:
        stappen.append(uitleg("U of uw partner betaalt al een eigen bijdrage voor de Wlz of voor "
                              "beschermd wonen. Dan betaalt u hiervoor niets.",
                              geval("wlz_beschermd_wonen", op).bron))
        return klaar("vrijstelling_wlz_beschermd_wonen", 0)
    if inp.opvang:
        termijn = "periode" if periode == "vier_weken" else "maand"
        stappen.append(uitleg(f"U of uw partner verbleef die {termijn} in de opvang. Dan betaalt u "
                              "daarover niets.", geval("opvang", op).bron))
        return klaar("vrijstelling_opvang", 0)
    volwassen = waarde("meerderjarigheid", maand).waarde
    if vanaf_maand(plus_jaren(inp.geboortedatum, volwassen)) > maand:
        tekst = f"U bent jonger dan {volwassen} jaar. Dan betaalt u geen eigen bijdrage."
        if HULPMIDDEL in soorten:
            tekst += (" Let op: voor een woningaanpassing kan de gemeente uw ouders wel laten "
                      "betalen. Dat staat dan in de verordening van uw gemeente.")
        stappen.append(uitleg(tekst, geval("minderjarig", op).bron))
        return klaar("vrijstelling_minderjarig", 0)
    samen = inp.huishouden == "samen"
    aow_zelf = heeft_aow_leeftijd(inp.geboortedatum, maand)
    if samen:
        if not (aow_zelf and heeft_aow_leeftijd(inp.partner_geboortedatum, maand)):
            stappen.append(uitleg(
                "U woont samen met een partner en minstens een van u heeft de AOW-leeftijd nog "
                "niet. Dan betaalt u samen geen eigen bijdrage.", geval("partner_aow", op).bron))
            return klaar("vrijstelling_partner_aow", 0)
        stappen.append(uitleg("U en uw partner hebben allebei de AOW-leeftijd. Dan betaalt u samen "
                              "het vaste bedrag.", bron("gehuwd", op)))
    corona = geval("corona", maand)
    if corona is not None:
        stappen.append(uitleg("In april en mei 2020 betaalde niemand een eigen bijdrage, vanwege "
                              "corona.", corona.bron))
        return klaar("vrijstelling_corona", 0)
    if prijs is not None and onder == {HULPMIDDEL} and _kostprijs_betaald(prijs, begin, maand):
        return klaar("kostprijs_bereikt", 0)

    if inp.gemeente.minima:
        regel = _minima(inp, samen, aow_zelf, stappen, op)
        if regel:
            return klaar(regel, 0)
    if inp.gemeente.tarief_eurocent is not None and inp.gemeente.tarief_eurocent < tarief.waarde:
        lager = inp.gemeente.tarief_eurocent
        stappen.append(uitleg(f"{_gemeente_naam(inp)} vraagt een lager bedrag: {euro(lager)} {per}.",
                              bron("lager_tarief", op)))
        return klaar("gemeentelijk_tarief", lager)
    stappen.append(uitleg(f"U betaalt {euro(tarief.waarde)} {per} aan het CAK. Het CAK int de "
                          "bijdrage voor de gemeente.", bron("inning", op)))
    return klaar("abonnementstarief", tarief.waarde)


def _onder_en_buiten(soorten: set, inp: Invoer, op: date) -> tuple[set, set]:
    """Which kinds of help fall under the fixed amount on ``op``, and which have a price of their own.

    An algemene voorziening falls under it only where the law then let the gemeente designate
    one (Wmo 2.1.4 lid 3, from 2020; in 2019 only maatwerk and pgb, Ub 3.8 lid 1 with 3.1).
    Collectief vervoer: where the gemeente counts it in (from 2020 Ub 3.8 lid 1 lets it set a price
    of its own instead)."""
    onder = soorten & ALTIJD_ONDER_TARIEF
    buiten = soorten & {"algemeen_overig"}
    if "algemeen_abonnement" in soorten:
        (onder if bestaat("aangewezen_algemene_voorziening", op) else buiten).add("algemeen_abonnement")
    if "collectief_vervoer" in soorten:
        (onder if inp.gemeente.collectief_vervoer_onder_abonnement else buiten).add("collectief_vervoer")
    return onder, buiten


def _gemeente_naam(inp: Invoer) -> str:
    return f"Gemeente {inp.gemeente.naam}" if inp.gemeente.naam else "Uw gemeente"


def _minima(inp: Invoer, samen: bool, aow_zelf: bool, stappen: list, op: date) -> str | None:
    """Wmo 2.1.4a lid 5 onder b; Ub 3.8 lid 2 (2019: lid 2 onder a): nil below a municipal income
    limit per category."""
    categorie = "samen_aow" if samen else ("alleenstaand_aow" if aow_zelf else "alleenstaand")
    grens = inp.gemeente.minima.get(categorie)
    if grens is None:
        return None
    minima = geval("minima", op).bron
    if inp.bijdrageplichtig_inkomen_eurocent is None:
        stappen.append(uitleg(f"{_gemeente_naam(inp)} rekent geen bijdrage als uw inkomen lager is "
                              f"dan {euro(grens)} per jaar. Vul uw inkomen in om dat te zien.", minima))
        return None
    if inp.bijdrageplichtig_inkomen_eurocent < grens:
        stappen.append(uitleg(f"Uw inkomen is lager dan {euro(grens)} per jaar. "
                              f"{_gemeente_naam(inp)} rekent dan geen bijdrage.", minima))
        return "vrijstelling_minima"
    stappen.append(uitleg(f"Uw inkomen is niet lager dan {euro(grens)} per jaar. Daarom geldt de "
                          "vrijstelling voor een laag inkomen niet.", minima))
    return None


def _uitleg_soorten(soorten: set, onder: set, inp: Invoer, op: date) -> list[dict]:
    """One line per kind of help that does not fall under the tariff."""
    regels = []
    if "clientondersteuning" in soorten:
        regels.append(uitleg("Cliëntondersteuning is altijd gratis.",
                             geval("clientondersteuning", op).bron))
    if "rolstoel" in soorten:
        regels.append(uitleg("Voor een rolstoel betaalt u geen eigen bijdrage.",
                             geval("rolstoel", op).bron))
    if "algemeen_overig" in soorten:
        regels.append(uitleg("Voor een gewone algemene voorziening, zoals een maaltijdservice, "
                             "vraagt de gemeente een eigen prijs. Die telt niet mee in het vaste "
                             "maandbedrag.", bron("algemene_voorziening", op)))
    if "algemeen_abonnement" in soorten and "algemeen_abonnement" not in onder:
        regels.append(uitleg(f"In {op.year} gold het vaste bedrag alleen voor maatwerk en een pgb. "
                             "Voor een algemene voorziening vroeg de gemeente toen een eigen prijs.",
                             bron("algemene_voorziening", op)))
    if "collectief_vervoer" in soorten:
        regels.append(_uitleg_vervoer(inp, op))
    return regels


def _uitleg_vervoer(inp: Invoer, op: date) -> dict:
    keuze = inp.gemeente.collectief_vervoer_onder_abonnement
    if keuze:
        return uitleg(f"{_gemeente_naam(inp)} rekent collectief vervoer mee in het vaste bedrag.",
                      bron("vervoer", op) if bestaat("vervoer", op) else bron("tarief", op))
    if not bestaat("vervoer", op):   # 2019: no rule of its own for vervoer
        return uitleg(f"In {op.year} had de wet geen aparte regel voor vervoer. Was het een algemene "
                      "voorziening? Dan vroeg de gemeente een eigen prijs, vaak per rit. Vraag het uw "
                      "gemeente.", bron("algemene_voorziening", op))
    if keuze is False:
        tekst = (f"{_gemeente_naam(inp)} vraagt voor collectief vervoer een eigen prijs, "
                 "meestal per rit. Dat telt niet mee in het vaste maandbedrag.")
    else:
        tekst = ("Voor collectief vervoer mag de gemeente een eigen prijs vragen, meestal per "
                 "rit. Dan telt het niet mee in het vaste maandbedrag. Vraag het uw gemeente.")
    return uitleg(tekst, bron("vervoer", op))


def _uitleg_start(resultaat: dict, b: _start.Begin, maand: date, regel: str) -> list[dict]:
    """``betalen_vanaf`` and why (Ub art. 3.5 lid 4, as it read on the start date)."""
    resultaat["betalen_vanaf"] = b.maand.isoformat()[:7]
    regels = []
    if b.periode is not None:
        p = b.periode
        resultaat["betalen_vanaf_dag"] = p.eerste.isoformat()
        zin = (f"Uw hulp start op {kort(b.start)}. In {p.jaar} telde de bijdrage vanaf de periode van "
               f"vier weken waarin de hulp begon: {kort(p.eerste)} tot en met {kort(p.laatste)}.")
        if p.eerste.month != b.start.month and p.eerste.year == p.jaar:
            zin += f" Die periode begon al in {maand_tekst(p.eerste)}. Dus telt die maand ook mee."
        regels.append(uitleg(zin, bron("start", b.op)))
    elif b.start.day == 1:
        regels.append(uitleg(f"Uw hulp start op {kort(b.start)}, de eerste dag van een maand. Dan telt "
                             "de bijdrage al vanaf die maand.", bron("start", b.op)))
    else:
        regels.append(uitleg(f"Uw hulp start op {kort(b.start)}. De bijdrage telt vanaf de maand "
                             f"daarna: {maand_tekst(b.maand)}.", bron("start", b.op)))
    if regel == "nog_niet_verschuldigd":
        regels.append(uitleg(f"Over {maand_tekst(maand)} betaalt u daarom nog niets.", bron("start", b.op)))
    grens = _start.terug_tot(b, maand)
    if grens is not None:
        resultaat["hoogstens_terug_vanaf"] = grens.isoformat()[:7]
        regels.append(uitleg(
            f"Stuurt het CAK zijn besluit pas in {maand_tekst(maand)}? Dan rekent het CAK niet "
            f"verder terug dan {maand_tekst(grens)}.", bron("start", maand)))
    return regels


def _kostprijs_betaald(prijs: _kostprijs.Kostprijs, b: _start.Begin | None, maand: date) -> bool:
    """Whether the month asked about lies after the last term of the cost price. Without a start
    date we only know it when nothing is collected at all; across the change of regime in 2020
    we do not count (the counting itself changed)."""
    if prijs.termijnen == 0:
        return True
    if b is None or (b.periode is not None) != (_start.regime(maand) == "vier_weken"):
        return False
    if b.periode is None:
        return maanden_tussen(b.maand, maand) + 1 > prijs.termijnen
    eerste = _start.periode(maand)
    return (eerste is not None
            and (eerste.eerste - b.dag).days // _start.VIER_WEKEN.days + 1 > prijs.termijnen)


def _uitleg_kostprijs(resultaat: dict, prijs: _kostprijs.Kostprijs, inp: Invoer, onder: set,
                      tarief: int, op: date) -> list[dict]:
    """``maanden_tot_kostprijs``: Wmo 2.1.4a lid 6 with Ub 3.10b (2019: Wmo 2.1.4 lid 3, Ub 3.5 lid 7)."""
    resultaat["maanden_tot_kostprijs"] = prijs.termijnen
    k, n = inp.kostprijs_eurocent, prijs.termijnen
    cap, telling = bron("kostprijs", op), bron("kostprijs_telling", op)
    if resultaat["periode"] == "vier_weken":
        regels = [uitleg(f"In {op.year} betaalde u voor een voorziening in totaal nooit meer dan de "
                         f"kostprijs: {euro(k)}.", cap)]
        if n:
            zin = f"Dat is na {n} {'periode' if n == 1 else 'periodes'} van vier weken."
            if prijs.laatste is not None:
                zin += f" In de laatste periode betaalt u alleen de rest: {euro(prijs.laatste)}."
            zin += " In een periode waarin u niets betaalt, telt er niets af."
            regels.append(uitleg(zin, telling))
    elif n == 0:
        regels = [uitleg(f"De kostprijs van {euro(k)} is lager dan één maandbedrag. Dan rekent het CAK "
                         "voor het hulpmiddel of de aanpassing niets.", bron("kostprijs_telling", op, lid=6))]
    else:
        regels = [
            uitleg(f"U betaalt nooit meer dan de kostprijs van het hulpmiddel of de aanpassing: "
                   f"{euro(k)}.", cap),
            uitleg(f"Het CAK trekt daar elke maand {euro(tarief)} van af, ook in een maand waarin u "
                   f"minder of niets betaalt. Na {n} {'maand' if n == 1 else 'maanden'} is de kostprijs "
                   "betaald.", bron("kostprijs_telling", op, lid=3)),
            uitleg("Blijft er daarna minder over dan uw bijdrage voor een maand? Dan rekent het CAK "
                   f"dat niet. Wij rekenen met het bedrag van {op.year}. Verandert het bedrag, dan "
                   "verandert dit aantal ook.", bron("kostprijs_telling", op, lid=6)),
        ]
    if onder - {HULPMIDDEL}:
        regels.append(uitleg("Voor uw andere hulp betaalt u het vaste bedrag daarna gewoon door. De "
                             "grens geldt alleen voor het hulpmiddel of de aanpassing.", cap))
    elif resultaat["regel"] == "kostprijs_bereikt" and n:
        regels.append(uitleg(f"In {maand_tekst(op)} is de kostprijs al betaald. Daarom betaalt u "
                             "niets meer.", cap))
    return regels
