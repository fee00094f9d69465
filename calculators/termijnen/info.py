"""Dutch (B1) texts of the termijnen rekenhulp: what else the resident should know after each
event ("Goed om te weten"), each with its article. Numbers come from the parameters."""
from __future__ import annotations

from datetime import date

from ..kern.dates import lang
from ..kern.legal import artikel, uitleg as regel
from ..kern.money import euro
from ..kern.params import waarde

GETAL = ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
         "elf", "twaalf")


def weken(naam: str, op: date) -> str:
    """A term in weeks as people say it: 'een week', 'twee weken'."""
    n = waarde(naam, op).waarde
    woord = GETAL[n] if n < len(GETAL) else str(n)
    return f"{woord} week" if n == 1 else f"{woord} weken"


def goed_om_te_weten(inp, termijnen, resultaat) -> list[dict]:
    d, t = inp.datum, {x.code: x.afloop for x in termijnen}
    bekend = regel("De termijn begint op de dag na de dag waarop het besluit is verstuurd of "
                   "gegeven. Meestal is dat de datum op de brief. Kwam de brief veel later? "
                   "Bewaar dan de envelop.", artikel("awb", "6:8", lid=1, op=d))
    te_laat = {"tekst": f"Is de gemeente te laat? Stuur dan een brief dat zij te laat is. Dat "
                        f"heet een ingebrekestelling. Na {weken('ingebrekestelling_weken', d)} "
                        "kan de gemeente u een dwangsom moeten betalen.",
               "bron": artikel("awb", "4:17", lid=3, op=d).as_dict(),
               "link": {"titel": "Lees wat u kunt doen", "url": "besluit/niet-tijdig-beslissen/"}}
    if inp.gebeurtenis == "melding":
        wanneer = f"op {lang(t['onderzoek'].einddatum)}" if "onderzoek" in t else "na de termijn"
        return [regel(f"Is het onderzoek {wanneer} nog niet klaar? Dan "
                      "mag u meteen daarna een aanvraag doen. U hoeft niet op het verslag te "
                      "wachten.", artikel("wmo", "2.3.2", lid=9, op=d)),
                regel("De gemeente moet u wijzen op gratis hulp van een cliëntondersteuner.",
                      artikel("wmo", "2.3.2", lid=3, op=d))]
    if inp.gebeurtenis == "aanvraag":
        return [regel("Vraagt de gemeente u om meer gegevens? Dan staat de termijn stil tot u die "
                      "geeft. De datum wordt dan later.", artikel("awb", "4:15", op=d)), te_laat]
    if inp.gebeurtenis == "besluit":
        uit = [bekend, regel(
            f"Stuurt u uw bezwaar met de post? Dan is het op tijd als u het uiterlijk "
            f"{lang(t['bezwaar'].einddatum)} op de post doet. De gemeente moet het dan binnen "
            f"{weken('postregel_weken', d)} daarna krijgen. Stuur het aangetekend, of geef het af "
            "en vraag een ontvangstbewijs.", artikel("awb", "6:9", lid=2, op=d)),
            regel("Was u te laat door iets waar u niets aan kon doen? Schrijf dat dan in uw "
                  "bezwaar. De gemeente kan het dan toch behandelen.", artikel("awb", "6:11", op=d))]
        if "beslissing_op_bezwaar_zonder_commissie" in resultaat:
            zonder = date.fromisoformat(resultaat["beslissing_op_bezwaar_zonder_commissie"])
            uit.append(regel("U weet niet of uw gemeente een bezwaarcommissie heeft. Daarom rekenen "
                             "wij met de langste termijn. Zonder commissie is de laatste dag "
                             f"{lang(zonder)}.", artikel("awb", "7:10", lid=1, op=d)))
        return uit + [te_laat]
    if inp.gebeurtenis == "beslissing_op_bezwaar":
        return [bekend]
    if inp.gebeurtenis == "uitspraak_rechtbank":
        return [regel("De termijn begint op de dag na de dag waarop de rechtbank de uitspraak "
                      "verstuurde.", artikel("awb", "6:24", op=d))]
    return _dwangsom(inp, resultaat)


def _dwangsom(inp, resultaat) -> list[dict]:
    d, wacht = inp.datum, weken("ingebrekestelling_weken", inp.datum)
    stap = waarde("dwangsom_stap_dagen", d).waarde
    bedrag = [euro(waarde(n, d).waarde) for n in ("dwangsom_bedrag_eerste_stap",
                                                  "dwangsom_bedrag_tweede_stap",
                                                  "dwangsom_bedrag_overige_dagen")]
    uit = [
        regel("U krijgt alleen een dwangsom als de termijn voor het besluit al voorbij was toen de "
              "gemeente uw brief kreeg.", artikel("awb", "4:17", lid=3, op=d)),
        regel(f"Het bedrag per dag loopt op. De eerste {stap} dagen is het {bedrag[0]} per dag. De "
              f"{stap} dagen daarna {bedrag[1]} per dag. Daarna {bedrag[2]} per dag. Samen is het "
              f"hoogstens {euro(resultaat['dwangsom_max_eurocent'])}.",
              artikel("awb", "4:17", lid=2, op=d)),
        regel(f"Na diezelfde {wacht} mag u ook naar de rechter. U hoeft dan geen bezwaar te maken.",
              artikel("awb", "6:12", lid=2, op=d)),
        regel("U krijgt geen dwangsom als u veel te lang wachtte met uw brief. Of als uw aanvraag "
              "duidelijk geen kans maakt.", artikel("awb", "4:17", lid=6, op=d)),
    ]
    if resultaat.get("wachttijd_eindigt_op_vrije_dag"):
        uit.append(regel(
            f"De {wacht} na uw brief eindigen op een dag die geen werkdag is. De wet zegt niet "
            "duidelijk of de dwangsom dan later begint. Wij schuiven de datum niet op. Uw gemeente "
            "kan een latere eerste dag aanhouden.", artikel("atw", "1", lid=1, op=d)))
    return uit
