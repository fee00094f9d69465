"""Eigen bijdrage Wmo: the abonnementstarief and when it is not owed.

Legal basis, in the order the calculation follows:
- Wmo 2015 art. 2.1.4 (algemene voorzieningen; cliëntondersteuning free) and 2.1.4a (maatwerk, pgb:
  one tariff for client and spouse together, municipal reductions, cost-price cap);
- Uitvoeringsbesluit Wmo 2015 art. 3.8 (tariff in 2019 and the cases without bijdrage),
  art. 3.5 lid 4 (start month) and art. 3.10b (cost-price cap);
- Wmo 2015 art. 1.1.2 (who counts as married: also a joint household, not parent and child).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import _datum
from ._datum import maand_tekst, plus_jaren, volgende_maand
from ._invoer import Fout, Invoerfouten, Vraag, JA_NEE, keuzes, lees
from ._legal import Bron, artikel, uitleg
from ._money import euro
from ._params import GeenRegelVoorDatum, parameter, waarde

SOORTEN = keuzes(
    ("maatwerk", "Hulp of begeleiding die de gemeente speciaal voor u regelt (maatwerkvoorziening)"),
    ("pgb", "Een persoonsgebonden budget (pgb)"),
    ("hulpmiddel_woningaanpassing", "Een hulpmiddel of woningaanpassing, zoals een scootmobiel of traplift"),
    ("rolstoel", "Een rolstoel"),
    ("algemeen_abonnement", "Een algemene voorziening waarvoor u het vaste maandbedrag betaalt"),
    ("algemeen_overig", "Een andere algemene voorziening, zoals een maaltijdservice"),
    ("collectief_vervoer", "Collectief vervoer, zoals de regiotaxi"),
    ("clientondersteuning", "Cliëntondersteuning"),
    ("beschermd_wonen", "Beschermd wonen"),
)
ONDER_TARIEF = {"maatwerk", "pgb", "hulpmiddel_woningaanpassing", "algemeen_abonnement"}
KNOP = "Bereken mijn eigen bijdrage"
MINIMA_CATEGORIEEN = ("alleenstaand", "alleenstaand_aow", "samen_aow")
GEMEENTE_SLEUTELS = {"naam", "tarief_eurocent", "minima", "collectief_vervoer_onder_abonnement",
                     "startmoment"}


@dataclass(frozen=True)
class Gemeente:
    """Choices a gemeente makes in its verordening (Wmo 2.1.4a lid 5; Ub 3.8 lid 1 and 2)."""

    naam: str = ""
    tarief_eurocent: int | None = None
    minima: dict | None = None
    collectief_vervoer_onder_abonnement: bool | None = None


@dataclass(frozen=True)
class Invoer:
    peildatum: date
    geboortedatum: date
    huishouden: str
    partner_geboortedatum: date | None
    voorzieningen: tuple[str, ...]
    kostprijs_eurocent: int | None
    wlz_of_beschermd_wonen: bool
    opvang: bool
    startdatum: date | None
    bijdrageplichtig_inkomen_eurocent: int | None
    gemeente: Gemeente


def questions(invoer: dict) -> list[Vraag]:
    """Every question; the income question only where the gemeente has a minima rule."""
    nachten = parameter("opvang_nachten").waarden[-1].waarde
    vragen = [
        Vraag("peildatum", "Over welke maand wilt u het weten?", "month",
              "Kies de maand. De bedragen verschillen per jaar.",
              default=date.today().isoformat()[:7]),
        Vraag("geboortedatum", "Wat is uw geboortedatum?", "date",
              "Uw leeftijd telt mee: onder de 18 betaalt u niets."),
        Vraag("huishouden", "Woont u samen met een partner?", "choice",
              "Samen betekent: getrouwd, geregistreerd partner of samenwonend in één huishouden. "
              "Een ouder met een volwassen kind telt niet als samen.",
              keuzes(("alleenstaand", "Nee, ik woon alleen of met mijn kind of ouder"),
                     ("samen", "Ja, met mijn partner"))),
        Vraag("partner_geboortedatum", "Wat is de geboortedatum van uw partner?", "date",
              "Zolang een van u beiden de AOW-leeftijd nog niet heeft, betaalt u samen niets.",
              when={"huishouden": ("samen",)}),
        Vraag("voorzieningen", "Welke hulp krijgt u of vraagt u aan?", "multi",
              "Kies alles wat past. Voor alles samen betaalt u één bedrag.", SOORTEN),
        Vraag("kostprijs_eurocent", "Wat kost het hulpmiddel of de woningaanpassing?", "money",
              "Staat in uw besluit. Vult u het in, dan ziet u hoe lang u betaalt.",
              when={"voorzieningen": ("hulpmiddel_woningaanpassing",)}, required=False),
        Vraag("wlz_of_beschermd_wonen",
              "Betaalt u of uw partner al een eigen bijdrage voor de Wlz of voor beschermd wonen?",
              "bool", "De Wlz is de Wet langdurige zorg, bijvoorbeeld zorg in een verpleeghuis.",
              JA_NEE, required=False),
        Vraag("opvang", f"Verbleef u of uw partner die maand {nachten} nachten of langer achter "
              "elkaar in de opvang?", "bool", "Bijvoorbeeld in een vrouwenopvang of daklozenopvang.",
              JA_NEE, required=False),
        Vraag("startdatum", "Wanneer begint uw hulp?", "date",
              "Staat in uw besluit. Dan ziet u vanaf welke maand u betaalt.", required=False),
    ]
    gemeente = invoer.get("gemeente")
    if isinstance(gemeente, dict) and gemeente.get("minima"):
        vragen.append(Vraag(
            "bijdrageplichtig_inkomen_eurocent", "Wat was uw inkomen per jaar, twee jaar geleden?",
            "money", "Uw gemeente rekent geen bijdrage bij een laag inkomen. Het CAK kijkt naar uw "
            "inkomen van twee jaar terug, plus een deel van uw vermogen.", required=False))
    return vragen


def parse(invoer: dict) -> Invoer:
    antwoorden = lees(questions(invoer if isinstance(invoer, dict) else {}), _platte(invoer),
                      extra=("gemeente", "bijdrageplichtig_inkomen_eurocent"))
    fouten = []
    gemeente = _lees_gemeente(invoer.get("gemeente"), fouten)
    inkomen = invoer.get("bijdrageplichtig_inkomen_eurocent")
    if inkomen not in (None, "") and "bijdrageplichtig_inkomen_eurocent" not in antwoorden:
        fouten.append(Fout("bijdrageplichtig_inkomen_eurocent", "niet_van_toepassing",
                           "Uw gemeente heeft geen regeling voor een laag inkomen."))
    geboren = antwoorden["geboortedatum"]
    if geboren >= volgende_maand(antwoorden["peildatum"]):
        fouten.append(Fout("geboortedatum", "na_peildatum", "Deze geboortedatum ligt na de maand "
                           "die u koos. Kijk of het jaartal klopt."))
    if fouten:
        raise Invoerfouten(fouten)
    return Invoer(
        peildatum=antwoorden["peildatum"], geboortedatum=geboren,
        huishouden=antwoorden["huishouden"],
        partner_geboortedatum=antwoorden.get("partner_geboortedatum"),
        voorzieningen=tuple(dict.fromkeys(antwoorden["voorzieningen"])),
        kostprijs_eurocent=antwoorden.get("kostprijs_eurocent"),
        wlz_of_beschermd_wonen=antwoorden.get("wlz_of_beschermd_wonen", False),
        opvang=antwoorden.get("opvang", False), startdatum=antwoorden.get("startdatum"),
        bijdrageplichtig_inkomen_eurocent=antwoorden.get("bijdrageplichtig_inkomen_eurocent"),
        gemeente=gemeente)


def _platte(invoer: object) -> object:
    """Accept the contract's ``[{"soort", "kostprijs_eurocent"}]`` and plain ``["soort"]`` lists."""
    if not isinstance(invoer, dict) or not isinstance(invoer.get("voorzieningen"), list):
        return invoer
    plat, kostprijzen = [], []
    for item in invoer["voorzieningen"]:
        if isinstance(item, dict):
            plat.append(item.get("soort"))
            if item.get("kostprijs_eurocent") is not None:
                kostprijzen.append(item["kostprijs_eurocent"])
        else:
            plat.append(item)
    uit = {**invoer, "voorzieningen": plat}
    # Ub 3.10b lid 2: with several voorzieningen the cost price of one of them counts.
    if kostprijzen and invoer.get("kostprijs_eurocent") is None:
        uit["kostprijs_eurocent"] = max(kostprijzen, key=lambda k: k if isinstance(k, int) else 0)
    return uit


def _lees_gemeente(ruw: object, fouten: list[Fout]) -> Gemeente:
    if ruw is None:
        return Gemeente()
    if not isinstance(ruw, dict) or set(ruw) - GEMEENTE_SLEUTELS:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
        return Gemeente()
    tarief, minima = ruw.get("tarief_eurocent"), ruw.get("minima")
    cv = ruw.get("collectief_vervoer_onder_abonnement")
    geldig = (
        (tarief is None or (type(tarief) is int and tarief >= 0))
        and (minima is None or (isinstance(minima, dict) and set(minima) <= set(MINIMA_CATEGORIEEN)
                                and all(type(v) is int and v >= 0 for v in minima.values())))
        and (cv is None or isinstance(cv, bool)) and isinstance(ruw.get("naam", ""), str))
    if not geldig:
        fouten.append(Fout("gemeente", "ongeldige_gemeente",
                           "De instellingen van de gemeente kloppen niet."))
        return Gemeente()
    return Gemeente(ruw.get("naam", ""), tarief, minima or None, cv)


def vanaf_maand(dag: date) -> date:
    """First month in which a change on ``dag`` counts: the same month when it is the 1st,
    otherwise the next month (Ub art. 3.5 lid 4 for the start; applied alike to reaching an age,
    see docs/rekenhulp/eigen-bijdrage.md "Onze keuze")."""
    return dag if dag.day == 1 else volgende_maand(dag)


def aow_datum(geboren: date) -> date | None:
    """The day someone reaches AOW age (AOW art. 7a): the age set for the year in which it is
    reached. Before 2019: reached earlier (the date returned is then only 'before 2019').
    None: reached after the last year we know, so not within the years this calculator covers."""
    p = parameter("aow_leeftijd")
    for w in p.waarden:
        dag = plus_jaren(geboren, w.waarde["jaren"], w.waarde["maanden"])
        if dag.year == w.geldig_vanaf.year:
            return dag
    eerste = p.waarden[0]
    dag = plus_jaren(geboren, eerste.waarde["jaren"], eerste.waarde["maanden"])
    return dag if dag < eerste.geldig_vanaf else None


def heeft_aow_leeftijd(geboren: date, maand: date) -> bool:
    dag = aow_datum(geboren)
    return dag is not None and vanaf_maand(dag) <= maand


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
        resultaat["weergave"] = _weergave(resultaat, inp, per)
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


def _weergave(r: dict, inp: Invoer, per: str) -> dict:
    """Headline and blocks for the page; the browser shows this as it is."""
    bedrag = r["bijdrage_eurocent"]
    if bedrag is None:
        kop = "Dit bedrag kunnen wij niet voor u uitrekenen. Hieronder leest u waarom."
    elif bedrag == 0:
        kop = f"U betaalt geen eigen bijdrage over {maand_tekst(inp.peildatum)}."
    else:
        kop = f"U betaalt {euro(bedrag)} {per} over {maand_tekst(inp.peildatum)}."
    regels = []
    if "betalen_vanaf" in r:
        regels.append(f"U betaalt vanaf {maand_tekst(_datum.parse_maand(r['betalen_vanaf']))}.")
    if "maanden_tot_kostprijs" in r:
        regels.append(f"Voor het hulpmiddel of de aanpassing betaalt u hoogstens "
                      f"{r['maanden_tot_kostprijs']} termijnen.")
    return {"kop": kop, "regels": regels,
            "blokken": [{"kop": "Zo komt dit antwoord tot stand", "items": r["uitleg"]}],
            "voorbehoud": "Dit is een berekening, geen besluit. Het CAK en uw gemeente beslissen."}
