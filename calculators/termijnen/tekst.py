"""Dutch (B1) texts of the termijnen rekenhulp: explanation, result page and calendar file.

Every number in a sentence comes from the parameters or from the computed terms.
"""
from __future__ import annotations

from datetime import date

from ..kern import ics as _ics
from ..kern.dates import kort, lang
from ..kern.legal import artikel, uitleg as regel
from ..kern.money import euro
from ..kern.params import GeenRegelVoorDatum, parameter, waarde
from .info import goed_om_te_weten, weken

HERINNERING_DAGEN = 3   # calendar reminder before a deadline of the resident (not a legal term)

OMSCHRIJVING = {
    "persoonlijk_plan": "Laatste dag om uw persoonlijk plan te geven",
    "onderzoek": "Laatste dag voor de gemeente om het onderzoek af te ronden",
    "beschikking": "Laatste dag voor de gemeente om te beslissen over uw aanvraag",
    "bezwaar": "Laatste dag om bezwaar te maken",
    "beslissing_op_bezwaar": "Laatste dag voor de gemeente om te beslissen over uw bezwaar",
    "beslissing_op_bezwaar_verdaagd": "Laatste dag als de gemeente uitstel neemt voor die beslissing",
    "beroep": "Laatste dag om in beroep te gaan bij de rechtbank",
    "hoger_beroep": "Laatste dag om in hoger beroep te gaan bij de Centrale Raad van Beroep",
    "dwangsom_vanaf": "Eerste dag waarover de gemeente u een dwangsom moet betalen",
    "dwangsom_einde": "Laatste dag waarover de dwangsom telt",
}
OMSCHRIJVING_VANAF = {
    "aanvraag_zonder_onderzoek": "Eerste dag waarop u de aanvraag mag doen zonder verslag, als het "
                                 "onderzoek dan nog niet klaar is",
    "ingebrekestelling": "Eerste dag waarop u een ingebrekestelling kunt sturen, als u dan nog geen "
                         "besluit heeft",
    "ingebrekestelling_bezwaar": "Eerste dag waarop u een ingebrekestelling kunt sturen, als u "
                                 "bezwaar maakte en de gemeente dan nog niet heeft beslist en "
                                 "geen uitstel nam",
}
TOELICHTING = {   # code: (what it means, (link text, site-relative page) or None)
    "persoonlijk_plan": ("In een persoonlijk plan schrijft u op wat u nodig heeft. De gemeente "
                         "moet het gebruiken bij het onderzoek.",
                         ("Meer over het persoonlijk plan", "hulp-vragen/persoonlijk-plan/")),
    "onderzoek": ("In die tijd praat de gemeente met u en bekijkt zij uw situatie.",
                  ("Meer over het gesprek", "hulp-vragen/keukentafelgesprek/")),
    "beschikking": ("Dan moet u het besluit hebben.", None),
    "bezwaar": ("Uw bezwaar moet dan bij de gemeente zijn, of op de post zijn gedaan. Wacht niet "
                "tot de laatste dag.", ("Controlelijst bezwaar", "checklists/bezwaar/")),
    "beslissing_op_bezwaar": ("Deze tijd telt vanaf het einde van de bezwaartermijn. Niet vanaf "
                              "de dag dat u bezwaar maakte.",
                              ("Meer over bezwaar en beroep", "besluit/bezwaar-en-beroep/")),
    "beslissing_op_bezwaar_verdaagd": ("Dit geldt alleen als de gemeente u schriftelijk laat "
                                       "weten dat zij meer tijd neemt.", None),
    "beroep": ("In de beslissing op uw bezwaar staat naar welke rechtbank u moet.",
               ("Meer over beroep", "besluit/bezwaar-en-beroep/")),
    "hoger_beroep": ("De Centrale Raad van Beroep zit in Utrecht.",
                     ("Meer over hoger beroep", "besluit/bezwaar-en-beroep/")),
    "dwangsom_vanaf": ("Dat geldt alleen als de gemeente dan nog niet heeft beslist.",
                       ("Meer over een te laat besluit", "besluit/niet-tijdig-beslissen/")),
    "dwangsom_einde": ("Daarna loopt het bedrag niet meer op.", None),
}
WAT = {"melding": "uw melding", "aanvraag": "uw aanvraag", "besluit": "het besluit",
       "beslissing_op_bezwaar": "de beslissing op uw bezwaar",
       "uitspraak_rechtbank": "de uitspraak van de rechtbank",
       "ingebrekestelling": "uw ingebrekestelling"}


def opsomming(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]


def buiten_jaren(datum: date, van: date, tot: date) -> str:
    """A date before or after the years whose free days we know; names those years, and for a later
    date where the next decree of free days will appear (Atw art. 3 lid 3)."""
    welke = "eerdere jaren kennen wij" if datum < van else "latere jaren kennen wij nog"
    zin = (f"Deze rekenhulp werkt met datums van {kort(van)} tot en met {kort(tot)}. Voor {welke} "
           "niet alle vrije dagen.")
    return zin if datum < van else f"{zin} {volgend_besluit()}".strip()


def volgend_besluit() -> str:
    """Where the next decree of free days will appear (Atw art. 3 lid 3; the term lengths are kept
    known up to the same last day)."""
    return parameter("atw_gelijkgestelde_dagen").bekendmaking


def buiten_bereik(e: GeenRegelVoorDatum) -> str:
    """Why a date after the known years cannot be counted, and where the next decree will appear."""
    return (f"Voor {kort(e.op)} kennen wij nog niet alle regels of vrije dagen. Onze gegevens lopen "
            f"tot en met {kort(e.tot)}. Vraag de datum na bij uw gemeente. {volgend_besluit()}").strip()


def verschuiving(t) -> str:
    """Why the end moved (Atw art. 1 and 2), or that it does not move."""
    a = t.afloop
    if not a.atw:
        return "Deze datum schuift niet op bij een weekend of feestdag."
    if a.einddatum == a.volgens_telling:
        return ""
    if not a.overgeslagen or a.overgeslagen[0][0] != a.volgens_telling:
        return ("In de termijn zitten te weinig werkdagen. Daarom schuift de laatste dag op naar "
                f"{lang(a.einddatum)}.")
    eerste, *verder = [r for _, r in a.overgeslagen]
    zin = (f"Volgens de telling is de laatste dag {lang(a.volgens_telling)}. Dat is geen werkdag: "
           f"het is {eerste}.")
    if verder:
        zin += f" Ook daarna is het vrij: {opsomming(verder)}."
    return f"{zin} Daarom wordt de laatste dag {lang(a.einddatum)}."


def item(t) -> dict:
    toelichting, link = TOELICHTING[t.code]
    zin = f"{OMSCHRIJVING[t.code]}: {lang(t.afloop.einddatum)}. {toelichting} {verschuiving(t)}"
    uit = {"tekst": zin.strip(), "bron": t.bron.as_dict()}
    if link:
        uit["link"] = {"titel": link[0], "url": link[1]}
    return uit


def uitleg(inp, termijnen) -> list[dict]:
    """The contract's ``uitleg``: how the dates were counted, each with its article."""
    d = inp.datum
    if inp.gebeurtenis == "ingebrekestelling":
        return [regel(f"De dwangsom begint als er {weken('ingebrekestelling_weken', d)} voorbij "
                      "zijn na de dag waarop de gemeente uw brief kreeg.",
                      artikel("awb", "4:17", lid=3, op=d)),
                regel(f"Hij telt hoogstens {waarde('dwangsom_max_dagen', d).waarde} dagen. Voor "
                      "die dagen geldt de Algemene termijnenwet niet. Een weekend of feestdag "
                      "telt dus gewoon mee.", artikel("awb", "4:17", lid=1, op=d))]
    return [
        regel("Een termijn begint op de dag na de gebeurtenis. Een termijn in weken eindigt dus op "
              "dezelfde dag van de week.", artikel("awb", "6:8", lid=1, op=d)),
        regel("Valt de laatste dag op een zaterdag, zondag of feestdag? Dan schuift die op naar de "
              "eerste werkdag daarna.", artikel("atw", "1", lid=1, op=d)),
        regel("Feestdagen zijn hier: Nieuwjaarsdag, Goede Vrijdag, tweede Paasdag, Koningsdag, "
              "5 mei, Hemelvaartsdag, tweede Pinksterdag en beide Kerstdagen. De regering kan een "
              "losse dag gelijkstellen, zoals de vrijdag na Hemelvaartsdag. Die tellen we ook mee.",
              artikel("atw", "3", op=d)),
    ]


def weergave(inp, termijnen, resultaat) -> dict:
    regels = [f"{OMSCHRIJVING[t.code]}: {lang(t.afloop.einddatum)}."
              for t in termijnen if t.eigen] or [
        f"{OMSCHRIJVING[termijnen[0].code]}: {lang(termijnen[0].afloop.einddatum)}."]
    if "dwangsom_max_eurocent" in resultaat:
        regels = [f"De dwangsom telt van {lang(termijnen[0].afloop.einddatum)} tot en met "
                  f"{lang(termijnen[1].afloop.einddatum)}, zolang de gemeente niet beslist. Samen "
                  f"is het hoogstens {euro(resultaat['dwangsom_max_eurocent'])}."]
    if "niet_berekend" in resultaat:
        ontbreekt = resultaat["niet_berekend"]
        regels += [f"Deze datum kunnen wij niet berekenen: {OMSCHRIJVING[c].lower()}."
                   for c in ontbreekt["codes"]] + [ontbreekt["reden"]]
    return {
        "kop": f"Uw termijnen na {WAT[inp.gebeurtenis]} van {lang(inp.datum)}",
        "regels": regels,
        "blokken": [{"kop": "De datums", "items": [item(t) for t in termijnen]},
                    {"kop": "Goed om te weten", "items": goed_om_te_weten(inp, termijnen, resultaat)},
                    {"kop": "Zo rekenen wij", "items": resultaat["uitleg"]}],
        "voorbehoud": ("Dit is een berekening, geen besluit. Staat in uw brief een andere datum? "
                       "Vraag dan na welke datum geldt. Voor uw eigen termijnen is de vroegste "
                       "datum de veilige keuze."),
        "downloads": [{"label": "Zet de datums in uw agenda (ics-bestand)",
                       "bestandsnaam": f"wmo-termijnen-{inp.datum.isoformat()}.ics",
                       "mime": "text/calendar", "inhoud": agenda(inp, termijnen)}],
    }


AGENDA_NAAM = "Wmo-termijnen"
ONDER_AFSPRAAK = "Berekend met de Wmo-wegwijzer. Dit is geen besluit."


def afspraak(inp, t) -> _ics.Afspraak:
    """One deadline as an all-day event; its UID names the event and the deadline, so the same
    deadline downloaded twice (here or on the case page) updates the agenda instead of doubling."""
    return _ics.Afspraak(
        uid=f"{t.code}-{inp.gebeurtenis}-{inp.datum:%Y%m%d}@wmo-wegwijzer",
        dag=t.afloop.einddatum, titel=f"Wmo: {OMSCHRIJVING[t.code].lower()}",
        beschrijving=f"{item(t)['tekst']}\nBron: {t.bron.titel} ({t.bron.url})\n{ONDER_AFSPRAAK}",
        herinnering_dagen=HERINNERING_DAGEN if t.eigen else None)


def afspraak_vanaf(inp, v) -> _ics.Afspraak:
    """The first day a step is possible (``mogelijk_vanaf``) as an all-day event."""
    return _ics.Afspraak(
        uid=f"{v.code}-{inp.gebeurtenis}-{inp.datum:%Y%m%d}@wmo-wegwijzer",
        dag=v.datum, titel=f"Wmo: {OMSCHRIJVING_VANAF[v.code].lower()}",
        beschrijving=f"{OMSCHRIJVING_VANAF[v.code]}: {lang(v.datum)}.\n"
                     f"Bron: {v.bron.titel} ({v.bron.url})\n{ONDER_AFSPRAAK}")


def agenda(inp, termijnen) -> str:
    return _ics.agenda([afspraak(inp, t) for t in termijnen], stempel=inp.datum, naam=AGENDA_NAAM)
