"""The ingebrekestelling: the gemeente did not decide on time.

Legal basis: Wmo 2015 art. 2.3.5 lid 2 (beschikking within two weeks of the aanvraag) or Awb 7:10
lid 1 (decision on bezwaar), both computed by the termijnen calculator; Awb 4:15 and 7:10 lid 3
(the term can be later); 4:17 lid 1-3 (dwangsom from two weeks after receipt of a written
ingebrekestelling, only once the term has passed; 42 days, no Algemene termijnenwet), 7:14 (also for
a decision on bezwaar), 6:12 lid 2 (beroep after the same two weeks, without bezwaar).
"""
from __future__ import annotations

from datetime import date

from ..kern.dates import kort
from ..kern.legal import artikel, uitleg as regel
from ..kern.money import euro
from . import controle as c, datums
from .brief import Opzet, aangehaald, college, duur


def _awb(nummer: str, op: date, lid=None):
    return artikel("awb", nummer, lid=lid, op=op)


def ingebrekestelling(inp) -> Opzet:
    d, over_bezwaar = inp.datum, inp.get("te_laat_met") == "bezwaar"
    zaak = inp.get("zaak")
    if over_bezwaar:
        besluit, veld = inp.get("besluit_datum_bezwaar"), "besluit_datum_bezwaar"
        commissie = inp.get("adviescommissie")
        eerder = (datums.na("besluit", besluit, **({} if commissie is None else {"adviescommissie": commissie}))
                  if besluit else datums.Datums())
        code, termijn = "beslissing_op_bezwaar", _awb("7:10", d, 1)
        onderwerp = (f"Ingebrekestelling: beslissing op mijn bezwaar tegen het besluit van {kort(besluit)}"
                     if besluit else "Ingebrekestelling: beslissing op mijn bezwaar")
        begin = ("Ik heb bezwaar gemaakt tegen uw besluit van "
                 f"{kort(besluit) if besluit else '[datum van het besluit]'}.")
        wat, ontvangen = "op mijn bezwaar", "beslissing"
    else:
        aanvraag, veld = inp.get("aanvraag_datum"), "aanvraag_datum"
        eerder = datums.na("aanvraag", aanvraag) if aanvraag else datums.Datums()
        code, termijn = "beschikking", artikel("wmo", "2.3.5", lid=2, op=d)
        onderwerp = (f"Ingebrekestelling: beslissing op mijn aanvraag van {kort(aanvraag)}" if aanvraag
                     else "Ingebrekestelling: beslissing op mijn aanvraag")
        begin = (f"Op {kort(aanvraag) if aanvraag else '[datum van uw aanvraag]'} heeft u mijn aanvraag "
                 "ontvangen.")
        wat, ontvangen = "over mijn aanvraag", "besluit"
    o = Opzet(onderwerp, college(inp), kenmerk=inp.get("kenmerk"))
    verlopen = eerder.termijn(code)
    wacht, dwangsom, beroep = duur("ingebrekestelling_weken", d), _awb("4:17", d, 1), _awb("6:12", d, 2)
    o.alineas = [
        begin + (f" Het gaat om {zaak}." if zaak else ""),
        (f"U moest uiterlijk {verlopen['einddatum_tekst']} {wat} beslissen" if verlopen
         else f"De termijn om {wat} te beslissen is voorbij") + f" ({aangehaald(termijn)}). Ik heb nog "
        f"geen {ontvangen} gekregen.",
        "Daarom stel ik u in gebreke. Ik vraag u om alsnog te beslissen.",
        f"Beslist u niet binnen {wacht} nadat u deze brief heeft ontvangen? Dan moet u mij een dwangsom "
        f"betalen voor elke dag dat u te laat bent ({aangehaald(dwangsom)}). Ook kan ik dan beroep "
        f"instellen bij de rechtbank ({aangehaald(beroep)})."]
    o.controle = [*c.afzender(inp), *c.gemeente(inp),
                  *c.nodig(inp, veld, veld, "Vul de datum in. Dan weet de gemeente over welke zaak het gaat "
                           "en rekenen wij uit of zij te laat is.", termijn)]
    if verlopen and eerder.einde(code) >= d:
        o.controle.append(c.Punt(
            "te_vroeg", f"De gemeente heeft nog tot en met {verlopen['einddatum_tekst']} om te beslissen. "
            "Stuur de brief pas daarna. Krijgt de gemeente hem eerder, dan krijgt u geen dwangsom.",
            c.LET_OP, "datum", _awb("4:17", d, 3)))
    if eerder.extra.get("beslissing_op_bezwaar_zonder_commissie"):
        zonder = date.fromisoformat(eerder.extra["beslissing_op_bezwaar_zonder_commissie"])
        o.controle.append(c.Punt(
            "commissie_onbekend", "U weet niet of uw gemeente een bezwaarcommissie heeft. Wij rekenen met "
            f"de langste termijn. Zonder commissie was de laatste dag {kort(zonder)}.", c.LET_OP,
            "adviescommissie", termijn))
    if (inp.get(veld) and not verlopen) and eerder.reden:
        o.controle.append(c.Punt("termijn_onbekend", f"Of de gemeente te laat is, kunnen wij niet "
                                 f"uitrekenen. {eerder.reden}", c.LET_OP, veld))

    na_brief = datums.na("ingebrekestelling", d)
    maximum = na_brief.extra.get("dwangsom_max_eurocent")
    o.uitleg = [
        regel(f"De gemeente beslist over een aanvraag binnen {duur('wmo_beschikking_weken', d)}.", termijn)
        if not over_bezwaar else
        regel(f"De gemeente beslist op een bezwaar binnen {duur('beslistermijn_bezwaar_weken', d)} na het "
              f"einde van de termijn voor bezwaar. Met een bezwaarcommissie "
              f"{duur('beslistermijn_bezwaar_adviescommissie_weken', d)}.", termijn),
        regel("Vroeg de gemeente om meer gegevens, of stemde u in met uitstel? Dan staat de termijn stil. "
              "De laatste dag wordt dan later.", _awb("4:15", d))
        if not over_bezwaar else
        regel(f"De gemeente mag de beslissing met {duur('verdaging_bezwaar_weken', d)} uitstellen. Dat "
              "moet zij u dan schriftelijk laten weten. De laatste dag wordt dan later.", _awb("7:10", d, 3)),
        regel("U krijgt alleen een dwangsom als de termijn voorbij was toen de gemeente uw brief kreeg.",
              _awb("4:17", d, 3)),
        regel(f"De dwangsom begint {wacht} nadat de gemeente uw brief kreeg. Hij telt hoogstens "
              f"{duur('dwangsom_max_dagen', d)}" + (f", samen hoogstens {euro(maximum)}." if maximum else "."),
              dwangsom),
        regel(f"Na diezelfde {wacht} mag u ook naar de rechter. U hoeft dan geen bezwaar te maken.", beroep)]
    if over_bezwaar:
        o.uitleg.append(regel("De dwangsom geldt ook als de gemeente te laat beslist op een bezwaar.",
                              _awb("7:14", d)))
    o.uitleg.append(regel("De datums van de dwangsom tellen vanaf de datum van uw brief. Krijgt de gemeente "
                          "de brief later? Dan schuiven ze op.", _awb("4:17", d, 3)))
    o.termijnen = [*(t for t in eerder.termijnen if t["code"] == code), *na_brief.termijnen]
    o.niet_berekend += [r for r in (eerder.reden, na_brief.reden) if r]
    o.versturen += ["Stuur de brief aangetekend. Of geef hem af en vraag een ontvangstbewijs. Dan kunt u "
                    "laten zien wanneer de gemeente hem kreeg.", "Bewaar een kopie van uw brief."]
    o.extra = {"dwangsom_max_eurocent": maximum}
    return o
