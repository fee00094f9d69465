"""Kom ik in aanmerking? The questions, each asked only where it applies (``when``)."""
from __future__ import annotations

from ..kern.params import parameter
from ..kern.questions import JA_NEE, JA_NEE_WEET_NIET, Vraag, keuzes
from .basis import DUUR_GEVRAAGD, WINKELVRAGEN, ZONDER_WOONPLAATS

WEET_NIET = ("weet_niet", "Weet ik niet")

HULPVRAGEN = keuzes(
    ("huishouden", "Het huishouden, zoals schoonmaken of de was"),
    ("woning", "Een aanpassing in huis, zoals een traplift of een drempel weg"),
    ("vervoer", "Vervoer in de buurt, zoals een scootmobiel of een taxi"),
    ("hulpmiddel", "Een hulpmiddel, zoals een rolstoel"),
    ("begeleiding", "Begeleiding, zoals hulp bij het plannen van uw dag of bij uw post"),
    ("dagbesteding", "Dagbesteding: een plek waar u overdag naartoe gaat"),
    ("respijtzorg", "Even rust voor wie voor u zorgt, bijvoorbeeld een logeerplek (respijtzorg)"),
    ("beschermd_wonen", "Beschermd wonen, omdat u door psychische problemen niet alleen kunt wonen"),
    ("opvang", "Opvang, omdat u niet meer thuis kunt of mag blijven"),
)
ALLE_HULP = tuple(k.value for k in HULPVRAGEN)
MET_WOONPLAATS = tuple(h for h in ALLE_HULP if h not in ZONDER_WOONPLAATS)
ZONDER_OPVANG = tuple(h for h in ALLE_HULP if h != "opvang")
WINKEL = {"hulpvraag": WINKELVRAGEN}
# The questions about algemeen gebruikelijk, one per requirement of params/algemeen_gebruikelijk.toml.
EISVRAGEN = {
    "gewone_winkel": ("Kunt u het kopen in een gewone winkel?",
                      "Bijvoorbeeld in een bouwmarkt, een fietsenwinkel of een webwinkel."),
    "speciaal_voor_beperking": ("Is het speciaal gemaakt voor mensen met een beperking?",
                                "Een traplift wel. Een elektrische fiets of een mengkraan niet."),
    "veel_duurder": ("Is het veel duurder dan een gewoon product voor hetzelfde doel?",
                     "Vergelijk met wat iemand zonder beperking zou kopen."),
    "betaalbaar_met_minimuminkomen": (
        "Kan iemand met een laag inkomen dit betalen?",
        "Denk aan iemand die moet rondkomen van een bijstandsuitkering. Het gaat niet om uw eigen "
        "inkomen. Een nieuwe badkamer kan zo iemand meestal niet betalen."),
}


def questions(invoer: dict) -> list[Vraag]:
    """Every question, each shown only where it applies (``when``)."""
    return [
        Vraag("hulpvraag", "Waarbij heeft u hulp nodig?", "choice",
              "Kies wat het best past. Heeft u meer vragen? Vul dit dan per vraag apart in.",
              HULPVRAGEN),
        Vraag("verblijf", "Wat past bij u?", "choice",
              "Hulp uit de Wmo is er voor mensen die wettig in Nederland wonen.",
              keuzes(("nederlander", "Ik heb de Nederlandse nationaliteit"),
                     ("eu_eer_zwitserland", "Ik kom uit een ander land van de EU, of uit "
                      "Noorwegen, IJsland, Liechtenstein of Zwitserland"),
                     ("verblijfsvergunning", "Ik heb een verblijfsvergunning, ook als die op "
                      "grond van asiel is"),
                     ("asielzoeker_in_procedure", "Ik heb asiel aangevraagd en wacht nog op "
                      "het besluit"),
                     ("aanvraag_huiselijk_geweld", "Ik heb een verblijfsvergunning aangevraagd, "
                      "omdat ik slachtoffer ben van huiselijk geweld of eergerelateerd geweld"),
                     ("geen", "Ik heb geen verblijfsvergunning"),
                     WEET_NIET)),
        Vraag("woonplaats", "Woont u in de gemeente waar u hulp vraagt?", "choice",
              "U vraagt hulp bij de gemeente waar u woont.",
              keuzes(("in_gemeente", "Ja"),
                     ("gaat_verhuizen", "Nee, maar ik ga er binnenkort wonen"),
                     ("elders", "Nee, ik woon in een andere gemeente")),
              when={"hulpvraag": MET_WOONPLAATS}),
        Vraag("eigen_oplossing", "Kunt u het zelf oplossen, of met hulp van mensen om u heen?",
              "choice", "Denk aan uw partner, familie, vrienden of buren. Van wie bij u woont, "
              "verwacht de gemeente gewone hulp, zoals meehelpen in het huishouden.",
              keuzes(("ja", "Ja"), ("deels", "Voor een deel"), ("nee", "Nee"))),
        Vraag("algemene_voorziening", "Is er in uw gemeente een algemene voorziening die dit "
              "oplost?", "choice", "Dat is hulp van de gemeente voor iedereen, zonder onderzoek "
              "vooraf. Bijvoorbeeld een boodschappendienst, een maaltijdservice of een klussendienst.",
              keuzes(("ja", "Ja, en ik kan die gebruiken en betalen"),
                     ("ja_past_niet", "Ja, maar ik kan er niet komen of ik kan het niet betalen"),
                     ("nee", "Nee"),
                     WEET_NIET),
              when={"hulpvraag": ZONDER_OPVANG}),
        Vraag("duur", "Hoe lang heeft u deze hulp nodig?", "choice",
              "Uw huisarts of specialist kan u vertellen wat hij verwacht.",
              keuzes(("langdurig", "Lang of altijd, bijvoorbeeld door een ziekte die blijft"),
                     ("tijdelijk", "Kort, bijvoorbeeld tot een gebroken been weer beter is"),
                     WEET_NIET),
              when={"hulpvraag": DUUR_GEVRAAGD}),
        *eisvragen(),
        Vraag("meerkosten", "Heeft u door uw beperking extra kosten, die iemand zonder beperking "
              "niet heeft?", "choice", "Een aangepaste auto kost meer dan een gewone auto. Een "
              "rijbewijs betaalt iedereen zelf: dat zijn geen extra kosten.", JA_NEE_WEET_NIET,
              when=WINKEL),
        Vraag("al_gekocht", "Heeft u het al gekocht of laten maken?", "choice",
              "Ook als iemand anders het al voor u regelde.", JA_NEE, when=WINKEL),
        Vraag("eerder_gekregen", "Heeft u dit eerder van de gemeente gekregen?", "choice",
              "Bijvoorbeeld een scootmobiel die nu kapot is.",
              keuzes(("nee", "Nee"),
                     ("ja_afgeschreven", "Ja, en het is zo oud dat het vervangen moet"),
                     ("ja_kapot_overmacht", "Ja, maar het ging kapot buiten mijn schuld, "
                      "bijvoorbeeld door een storm"),
                     ("ja_kapot_eigen_schuld", "Ja, maar het ging te vroeg kapot doordat ik er "
                      "niet zuinig op was")),
              when=WINKEL),
        Vraag("andere_regeling", "Betaalt een andere regeling dit misschien?", "choice",
              "Sommige hulp komt niet van de gemeente, maar van een andere regeling.",
              keuzes(("zorgverzekering", "Ja, mijn zorgverzekering"),
                     ("wlz", "Ja, de Wet langdurige zorg (Wlz)"),
                     ("uwv", "Ja, het UWV, want ik heb het nodig voor mijn werk"),
                     ("geen", "Nee"),
                     WEET_NIET),
              when={"hulpvraag": ZONDER_OPVANG}),
    ]


def eisvragen() -> list[Vraag]:
    """One question per requirement of algemeen gebruikelijk, in the order of the data. Each is
    asked only while the answers before it leave the requirement possible (met or unknown)."""
    vragen, eerder = [], {}
    for eis in parameter("algemeen_gebruikelijk").waarden[-1].waarde:
        label, uitleg = EISVRAGEN[eis["vraag"]]
        vragen.append(Vraag(eis["vraag"], label, "choice", uitleg, JA_NEE_WEET_NIET,
                            when={**WINKEL, **eerder}))
        eerder[eis["vraag"]] = (eis["voldaan"], "weet_niet")
    return vragen
