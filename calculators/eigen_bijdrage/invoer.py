"""Eigen bijdrage: the questions and the checked input (contract v1, calculator ``eigen_bijdrage``).

Who counts as together (``samen``): married, registered partners and a joint household of two
adults, not a parent and child (Wmo 2015 art. 1.1.2). Municipal choices: Wmo 2.1.4a lid 5, Ub 3.8.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..kern.dates import laatste_dag, maand_tekst, plus_jaren
from ..kern.questions import Fout, Invoerfouten, Vraag, JA_NEE, keuzes, lees
from ..kern.params import GeenRegelVoorDatum, bereik, parameter, waarde
from .gemeente import Gemeente, lees_gemeente
from .leeftijd import vanaf_maand

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
KNOP = "Bereken mijn eigen bijdrage"
# The parameters every answer reads on the month asked about: their common days are the months
# this calculator can answer (contract: a month outside is refused with geen_regel_voor_datum).
DEKKING = ("abonnementstarief", "artikelen_eigen_bijdrage", "gevallen_zonder_bijdrage",
           "meerderjarigheid", "opvang_nachten", "bijdrage_terug_termijnen")
# Not law: the years a birth date of someone alive in the covered years can sensibly have.
GEBOREN_VAN, GEBOREN_TOT = date(1900, 1, 1), date(2100, 12, 31)

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
    gemeente = lees_gemeente(invoer.get("gemeente"), fouten)
    inkomen = invoer.get("bijdrageplichtig_inkomen_eurocent")
    if inkomen not in (None, "") and "bijdrageplichtig_inkomen_eurocent" not in antwoorden:
        fouten.append(Fout("bijdrageplichtig_inkomen_eurocent", "niet_van_toepassing",
                           "Uw gemeente heeft geen regeling voor een laag inkomen."))
    fouten += _datums(antwoorden)
    if fouten:
        raise Invoerfouten(fouten)
    return Invoer(
        peildatum=antwoorden["peildatum"], geboortedatum=antwoorden["geboortedatum"],
        huishouden=antwoorden["huishouden"],
        partner_geboortedatum=antwoorden.get("partner_geboortedatum"),
        voorzieningen=tuple(dict.fromkeys(antwoorden["voorzieningen"])),
        kostprijs_eurocent=antwoorden.get("kostprijs_eurocent"),
        wlz_of_beschermd_wonen=antwoorden.get("wlz_of_beschermd_wonen", False),
        opvang=antwoorden.get("opvang", False), startdatum=antwoorden.get("startdatum"),
        bijdrageplichtig_inkomen_eurocent=antwoorden.get("bijdrageplichtig_inkomen_eurocent"),
        gemeente=gemeente)


def _datums(a: dict) -> list[Fout]:
    """Every date within the years this calculator can speak about, with a message per field.

    The month asked about must be covered (contract); birth dates lie in 1900-2100 and not after
    that month; a partner is an adult that month (Wmo 2015 art. 1.1.2 lid 2 onder a: "de ongehuwde
    meerderjarige"; the month counts as for the client, see leeftijd.vanaf_maand); the start date
    lies in the covered years (before 2019 another regime applied, which we do not know)."""
    maand = a["peildatum"]
    van, tot = bereik(*DEKKING)
    if not van <= maand <= tot:
        return [Fout("peildatum", "geen_regel_voor_datum",
                     GeenRegelVoorDatum("peildatum", maand, van, tot).message)]
    fouten = []
    for veld in ("geboortedatum", "partner_geboortedatum"):
        geboren = a.get(veld)
        if geboren is None:
            continue
        if not GEBOREN_VAN <= geboren <= GEBOREN_TOT:
            fouten.append(Fout(veld, "ongeldige_waarde", f"Vul een geboortedatum in tussen "
                               f"{GEBOREN_VAN.year} en {GEBOREN_TOT.year}."))
        elif geboren > laatste_dag(maand):
            fouten.append(Fout(veld, "na_peildatum", "Deze geboortedatum ligt na de maand die u "
                               "koos. Kijk of het jaartal klopt."))
        elif veld == "partner_geboortedatum":
            volwassen = waarde("meerderjarigheid", maand).waarde
            if vanaf_maand(plus_jaren(geboren, volwassen)) > maand:
                fouten.append(Fout(veld, "partner_minderjarig", f"Uw partner is in {maand_tekst(maand)} "
                                   f"jonger dan {volwassen} jaar. Voor de Wmo telt iemand pas vanaf "
                                   f"{volwassen} jaar als partner. Kies dan 'Nee' bij de vraag of u "
                                   "samenwoont."))
    start = a.get("startdatum")
    if start is not None and not van <= start <= tot:
        eerder = (f"Uw hulp begon voor {van.year}. Laat deze vraag dan leeg: voor het bedrag over "
                  f"{maand_tekst(maand)} maakt de startdatum niet uit. ") if start < van else ""
        fouten.append(Fout("startdatum", "geen_regel_voor_datum", f"{eerder}Deze rekenhulp kent de "
                           f"regels voor {van.year} tot en met {tot.year}."))
    return fouten


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
