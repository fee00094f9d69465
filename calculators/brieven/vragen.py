"""Brievenhulp: the questions. Shared ones first (who writes, to whom, when), then per kind of
letter only what the law or a good letter needs. Never a BSN, never medical details: the help texts
say so where people tend to write them."""
from __future__ import annotations


from ..kern.dates import vandaag
from ..kern.questions import JA_NEE, Vraag, keuzes
from . import gronden as _gronden

KNOP = "Maak mijn brief"
SOORTEN = keuzes(
    ("melding", "Ik wil hulp vragen: een melding doen"),
    ("aanvraag", "Ik wil hulp aanvragen, na het gesprek of omdat het onderzoek te lang duurt"),
    ("reactie_verslag", "Ik wil reageren op het verslag van het gesprek"),
    ("inzage_dossier", "Ik wil mijn dossier zien, ook het medisch advies"),
    ("bezwaar", "Ik ben het niet eens met een besluit: bezwaar maken"),
    ("ingebrekestelling", "De gemeente beslist te laat: een ingebrekestelling sturen"),
    ("voorlopige_voorziening", "Het kan niet wachten: de rechter om een snelle oplossing vragen"),
    ("klacht", "Ik wil klagen over hoe de gemeente mij behandelde"),
    ("wijziging", "Er is iets veranderd in mijn situatie: een wijziging doorgeven"),
)
ALLE = tuple(k.value for k in SOORTEN)
AAN_GEMEENTE = tuple(s for s in ALLE if s != "voorlopige_voorziening")
MET_BESLUIT = ("bezwaar", "voorlopige_voorziening")

KORT, REGEL, MIDDEL, LANG = 60, 100, 2_000, 10_000   # the most characters an answer may have


def _soort(*soorten: str) -> dict:
    return {"soort": soorten}


def _gemeente(invoer: dict) -> str | None:
    """The gemeente edition's name (``input.gemeente.naam`` from the site's build) as default."""
    g = invoer.get("gemeente") if isinstance(invoer, dict) else None
    naam = g.get("naam") if isinstance(g, dict) else None
    return naam if isinstance(naam, str) and naam.strip() else None


def questions(invoer: dict) -> list[Vraag]:
    return [
        Vraag("soort", "Welke brief wilt u maken?", "choice",
              "Kies wat u wilt doen. U ziet dan alleen de vragen voor die brief.", SOORTEN),
        # ---- who writes, to whom, when ----
        Vraag("naam", "Uw naam", "text", "Zoals u de brief ondertekent, bijvoorbeeld J. de Vries.",
              required=False, recommended=True, max_length=REGEL, autocomplete="name"),
        Vraag("adres", "Uw straat en huisnummer", "text", "", required=False, recommended=True, max_length=REGEL,
              autocomplete="address-line1"),
        Vraag("postcode_plaats", "Uw postcode en woonplaats", "text", "Bijvoorbeeld 1234 AB Utrecht.",
              required=False, recommended=True, max_length=REGEL),
        Vraag("telefoon", "Uw telefoonnummer", "text",
              "Dan kan de gemeente u bellen. Uw burgerservicenummer (BSN) is niet nodig.",
              required=False, max_length=30, autocomplete="tel"),
        Vraag("gemeente", "Naar welke gemeente gaat de brief?", "text",
              "Alleen de naam, bijvoorbeeld Utrecht.", required=False, recommended=True, default=_gemeente(invoer),
              max_length=REGEL),
        Vraag("postadres_gemeente", "Het postadres van de gemeente", "textarea",
              "Staat in de brieven van de gemeente of op haar website. Bijvoorbeeld: Postbus 16200, "
              "3500 CE Utrecht.", when=_soort(*AAN_GEMEENTE), required=False, max_length=300),
        Vraag("rechtbank", "Naar welke rechtbank gaat het verzoek?", "text",
              "Vaak staat dat onderaan het besluit. U kunt het ook opzoeken op rechtspraak.nl.",
              when=_soort("voorlopige_voorziening"), required=False, recommended=True, max_length=REGEL),
        Vraag("datum", "Datum van de brief", "date", "Meestal de dag waarop u de brief verstuurt.",
              required=False, recommended=True, default=vandaag().isoformat()),
        Vraag("kenmerk", "Kenmerk van de gemeente", "text",
              "Staat in brieven van de gemeente, bij 'Ons kenmerk' of 'Zaaknummer'. Heeft u dat niet? "
              "Laat het dan leeg.", when=_soort(*(s for s in ALLE if s not in MET_BESLUIT)),
              required=False, max_length=KORT),
        # ---- melding ----
        Vraag("hulpvraag", "Waarbij heeft u hulp nodig?", "textarea",
              "Kort en in uw eigen woorden. Bijvoorbeeld: 'Ik kan mijn huis niet meer schoonmaken.' "
              "Ziektes of medicijnen hoeft u niet te noemen.", when=_soort("melding"),
              required=False, recommended=True, max_length=MIDDEL),
        Vraag("spoed", "Is het dringend?", "bool",
              "Bijvoorbeeld omdat u binnenkort uit het ziekenhuis komt en thuis niet alleen kunt.",
              JA_NEE, when=_soort("melding"), required=False),
        Vraag("clientondersteuning", "Wilt u hulp van een gratis cliëntondersteuner?", "bool",
              "Die helpt u bij het gesprek met de gemeente en beslist niet over uw aanvraag.",
              JA_NEE, when=_soort("melding"), required=False),
        # ---- aanvraag ----
        Vraag("onderzoek", "Hoe staat het met het onderzoek van de gemeente?", "choice",
              "Een aanvraag doet u na het onderzoek. Duurt het onderzoek te lang? Dan mag het ook eerder.",
              keuzes(("klaar", "Het onderzoek is klaar: het gesprek is geweest"),
                     ("te_laat", "Het onderzoek is niet op tijd klaar")),
              when=_soort("aanvraag"), required=False, recommended=True),
        Vraag("melding_datum", "Op welke datum deed u uw melding?", "date",
              "Dan rekenen wij uit tot wanneer de gemeente had voor het onderzoek.",
              when={"soort": ("aanvraag",), "onderzoek": ("te_laat",)}, required=False, recommended=True),
        Vraag("gevraagde_hulp", "Welke hulp vraagt u aan?", "textarea",
              "Zo precies mogelijk. Bijvoorbeeld: 'Hulp bij het schoonmaken, 3 uur per week.'",
              when=_soort("aanvraag"), required=False, recommended=True, max_length=MIDDEL),
        Vraag("vorm", "Hoe wilt u de hulp krijgen?", "choice",
              "Met een pgb regelt u de hulp zelf. Weet u het nog niet? Laat dit dan leeg.",
              keuzes(("natura", "De gemeente regelt de hulp (zorg in natura)"),
                     ("pgb", "Ik regel de hulp zelf, met een persoonsgebonden budget (pgb)")),
              when=_soort("aanvraag"), required=False),
        # ---- reactie op het verslag ----
        Vraag("gesprek_datum", "Op welke datum was het gesprek?", "date", "",
              when=_soort("reactie_verslag"), required=False),
        Vraag("verslag_datum", "Welke datum staat op het verslag?", "date", "",
              when=_soort("reactie_verslag"), required=False),
        Vraag("aanvullingen", "Wat klopt er niet, of wat mist er in het verslag?", "textarea",
              "Noem per punt wat er staat en wat het moet zijn.", when=_soort("reactie_verslag"),
              required=False, recommended=True, max_length=LANG),
        # ---- inzage in het dossier ----
        Vraag("medisch_advies", "Wilt u ook het medisch advies zien?", "bool",
              "Vroeg de gemeente een arts of adviseur om advies over u? Dat advies hoort bij uw dossier.",
              JA_NEE, when=_soort("inzage_dossier"), required=False),
        # ---- bezwaar en voorlopige voorziening: het besluit ----
        Vraag("besluit_datum", "Welke datum staat op het besluit?", "date",
              "Dan rekenen wij uit tot wanneer u bezwaar kunt maken.", when=_soort(*MET_BESLUIT),
              required=False, recommended=True),
        Vraag("besluit_kenmerk", "Kenmerk van het besluit", "text",
              "Staat op het besluit, bij 'Ons kenmerk' of 'Zaaknummer'.", when=_soort(*MET_BESLUIT),
              required=False, recommended=True, max_length=KORT),
        Vraag("zaak", "Waar gaat het over?", "text",
              "Kort. Bijvoorbeeld: 'mijn aanvraag voor een scootmobiel' of 'het stoppen van mijn "
              "begeleiding'.", when=_soort(*MET_BESLUIT, "ingebrekestelling"), required=False,
              max_length=200),
        Vraag("afwijzingsgronden", "Welke reden geeft de gemeente in het besluit?", "multi",
              "Kies wat in het besluit staat. Dan komt er een zin in uw brief waarom u het er niet mee "
              "eens bent. Past die zin niet? Schrijf het dan liever in uw eigen woorden hieronder.",
              _gronden.keuzes(), when=_soort(*MET_BESLUIT), required=False),
        Vraag("gronden", "Waarom bent u het niet eens met het besluit?", "textarea",
              "In uw eigen woorden. Schrijf wat niet klopt en wat u wel nodig heeft. Wetsartikelen "
              "hoeft u niet te noemen.", when=_soort(*MET_BESLUIT), required=False, recommended=True, max_length=LANG),
        Vraag("gronden_later", "Stuurt u de redenen later?", "bool",
              "Weinig tijd? Stuur dan nu een korte brief. De gemeente geeft u tijd om de redenen na "
              "te sturen.", JA_NEE, when=_soort("bezwaar"), required=False),
        Vraag("gevraagd", "Wat vraagt u de gemeente?", "textarea",
              "Bijvoorbeeld: 'Ik vraag om 4 uur hulp per week in plaats van 2.'",
              when=_soort("bezwaar"), required=False, max_length=MIDDEL),
        Vraag("hoorzitting", "Wilt u uw bezwaar komen uitleggen?", "bool",
              "Dat heet een hoorzitting. U mag iemand meenemen.", JA_NEE, when=_soort("bezwaar"),
              required=False),
        Vraag("kosten_vergoeding", "Betaalt u iemand voor hulp bij uw bezwaar?", "bool",
              "Bijvoorbeeld een advocaat. Dan kunt u nu al vragen of de gemeente die kosten betaalt.",
              JA_NEE, when=_soort("bezwaar"), required=False),
        Vraag("reden_te_laat", "Bent u te laat? Schrijf dan waarom.", "textarea",
              "Alleen nodig als de termijn voor bezwaar voorbij is. Bijvoorbeeld: 'Ik lag in het "
              "ziekenhuis.'", when=_soort("bezwaar"), required=False, max_length=MIDDEL),
        # ---- voorlopige voorziening ----
        Vraag("bezwaar_datum", "Op welke datum maakte u bezwaar?", "date",
              "De rechter kan alleen helpen als u al bezwaar heeft gemaakt of in beroep bent gegaan.",
              when=_soort("voorlopige_voorziening"), required=False, recommended=True),
        Vraag("spoed_reden", "Waarom kan het niet wachten?", "textarea",
              "Wat gebeurt er als u moet wachten op de beslissing op uw bezwaar? Medische details "
              "zijn niet nodig.", when=_soort("voorlopige_voorziening"), required=False, recommended=True,
              max_length=LANG),
        Vraag("voorlopig", "Wat moet de rechter voorlopig regelen?", "textarea",
              "Bijvoorbeeld: 'dat mijn begeleiding doorgaat tot de gemeente op mijn bezwaar heeft "
              "beslist.'", when=_soort("voorlopige_voorziening"), required=False, recommended=True, max_length=MIDDEL),
        # ---- ingebrekestelling ----
        Vraag("te_laat_met", "Waarover moest de gemeente beslissen?", "choice", "",
              keuzes(("aanvraag", "Over mijn aanvraag"), ("bezwaar", "Over mijn bezwaar")),
              when=_soort("ingebrekestelling"), required=False, recommended=True, default="aanvraag"),
        Vraag("aanvraag_datum", "Op welke datum kreeg de gemeente uw aanvraag?", "date",
              "Staat vaak in de ontvangstbevestiging. Weet u het niet precies? Neem de dag waarop u "
              "de aanvraag verstuurde.", when={"soort": ("ingebrekestelling",), "te_laat_met": ("aanvraag",)},
              required=False, recommended=True),
        Vraag("besluit_datum_bezwaar", "Welke datum staat op het besluit waartegen u bezwaar maakte?",
              "date", "De tijd van de gemeente telt vanaf het einde van uw termijn voor bezwaar.",
              when={"soort": ("ingebrekestelling",), "te_laat_met": ("bezwaar",)}, required=False, recommended=True),
        Vraag("adviescommissie", "Heeft uw gemeente een bezwaarcommissie?", "bool",
              "Weet u het niet? Laat dit dan leeg. Dan rekenen wij met de langste tijd.", JA_NEE,
              when={"soort": ("ingebrekestelling",), "te_laat_met": ("bezwaar",)}, required=False),
        # ---- klacht ----
        Vraag("gedraging", "Waarover klaagt u?", "textarea",
              "Schrijf wat er gebeurde en wie het deed, als u dat weet.", when=_soort("klacht"),
              required=False, recommended=True, max_length=LANG),
        Vraag("gedraging_datum", "Wanneer gebeurde het?", "date", "", when=_soort("klacht"),
              required=False),
        Vraag("gewenst", "Wat wilt u dat de gemeente doet?", "textarea",
              "Bijvoorbeeld: 'Ik wil een excuus' of 'Ik wil een vaste contactpersoon.'",
              when=_soort("klacht"), required=False, max_length=MIDDEL),
        # ---- wijziging ----
        Vraag("wijziging", "Wat is er veranderd?", "textarea",
              "Bijvoorbeeld: 'Mijn dochter woont niet meer bij mij.' Medische details zijn niet nodig.",
              when=_soort("wijziging"), required=False, recommended=True, max_length=LANG),
        Vraag("wijziging_datum", "Sinds wanneer?", "date", "", when=_soort("wijziging"),
              required=False),
        Vraag("gevolg", "Wat betekent dit voor uw hulp?", "choice", "",
              keuzes(("meer", "Ik heb meer hulp nodig"), ("minder", "Ik heb minder hulp nodig"),
                     ("stoppen", "Ik heb de hulp niet meer nodig"),
                     ("weet_niet", "Dat weet ik nog niet")),
              when=_soort("wijziging"), required=False),
    ]
