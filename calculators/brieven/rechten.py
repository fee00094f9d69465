"""Letters about the resident's rights towards the gemeente: inzage in the dossier, klacht.

Legal basis: AVG art. 15 lid 1 and 3 (inzage, kopie), art. 12 lid 3 (term), art. 4 onder 15
(health data are personal data, so the medisch advies is part of it; the Wmo does not name it);
Awb art. 9:1 (klachtrecht), 9:4 lid 2 (klaagschrift), 9:8 lid 1 onder b and c (need not be handled),
9:11 lid 1 (afhandeling), 9:20 lid 1 (first the gemeente, then the ombudsman).
"""
from __future__ import annotations

from ..kern.dates import kort, plus_jaren
from ..kern.legal import artikel, uitleg as regel
from ..kern.params import waarde
from . import controle as c
from .brief import Opzet, aangehaald, college, duur, zeker

AVG_TERMIJN = "avg_reactietermijn_maanden"


def inzage_dossier(inp) -> Opzet:
    d = inp.datum
    inzage, kopie = artikel("avg", "15", lid=1, op=d), artikel("avg", "15", lid=3, op=d)
    termijn = artikel("avg", "12", lid=3, op=d)
    verlenging = waarde(AVG_TERMIJN, d).extra["verlenging_maanden"]
    o = Opzet("Verzoek om inzage in mijn dossier en een kopie", college(inp), kenmerk=inp.get("kenmerk"))
    o.alineas = [
        "Ik vraag u om inzage in alle gegevens over mij die u heeft voor de Wmo 2015. Ik vraag ook om "
        "een kopie van die gegevens. Dat is mijn recht volgens artikel 15 van de Algemene verordening "
        "gegevensbescherming (AVG).",
        "Het gaat om mijn hele dossier. Bijvoorbeeld verslagen van gesprekken, aantekeningen, e-mails, "
        "adviezen en besluiten."]
    if inp.get("medisch_advies"):
        o.alineas.append("Ik vraag ook om het medisch advies. Dat zijn de stukken van de arts of "
                         "adviseur die u om advies over mij heeft gevraagd. Ook die gegevens gaan over mij.")
    o.alineas += [
        "Ik wil ook weten waarvoor u mijn gegevens gebruikt, met wie u ze deelt en hoe lang u ze bewaart.",
        f"Ik krijg uw antwoord graag binnen {duur(AVG_TERMIJN, d)} na ontvangst van deze brief "
        f"({aangehaald(termijn)}). Wilt u de kopie sturen naar het adres bovenaan deze brief?"]
    o.controle = [*c.afzender(inp), *c.gemeente(inp)]
    o.uitleg = [
        regel("U mag zien welke gegevens de gemeente over u heeft, en waarvoor zij die gebruikt.", inzage),
        regel("U krijgt een kopie van die gegevens. De eerste kopie is gratis.", kopie),
        regel(f"De gemeente antwoordt binnen {duur(AVG_TERMIJN, d)} na ontvangst. Bij veel of "
              f"ingewikkelde verzoeken mag zij er {verlenging} maanden bij nemen. Dat moet zij u dan in "
              "de eerste maand laten weten." + zeker(AVG_TERMIJN, d), termijn)]
    if inp.get("medisch_advies"):
        o.uitleg.append(regel(
            "Het medisch advies gaat over uw gezondheid. Ook dat zijn gegevens over u. Daarom valt het "
            "onder uw recht op inzage. De Wmo noemt het medisch advies niet apart.",
            artikel("avg", "4", onder="15", op=d)))
    o.versturen.append("Gaat u het dossier bekijken bij de gemeente? Neem dan een identiteitsbewijs mee.")
    return o


def klacht(inp) -> Opzet:
    d, wanneer = inp.datum, inp.get("gedraging_datum")
    klachtrecht, eisen = artikel("awb", "9:1", lid=1, op=d), artikel("awb", "9:4", lid=2, op=d)
    afhandeling = artikel("awb", "9:11", lid=1, op=d)
    weken = waarde("klacht_afhandeling_weken", d)
    o = Opzet("Klacht over de gemeente", college(inp), kenmerk=inp.get("kenmerk"))
    o.alineas = [
        "Met deze brief dien ik een klacht in over de manier waarop de gemeente mij heeft behandeld "
        f"({aangehaald(klachtrecht)}).",
        f"Dit is er gebeurd{f' op {kort(wanneer)}' if wanneer else ''}:\n"
        + c.leeg(inp.get("gedraging"), "schrijf hier wat er gebeurde")]
    if inp.get("gewenst"):
        o.alineas.append(f"Dit vraag ik van u:\n{inp.get('gewenst')}")
    o.alineas.append(
        f"Ik vraag u mijn klacht te behandelen en mij te laten weten wat u ermee doet. U handelt de "
        f"klacht af binnen {duur('klacht_afhandeling_weken', d)}, of binnen "
        f"{weken.extra['met_commissie_weken']} weken als een klachtencommissie hem behandelt "
        f"({aangehaald(afhandeling)}).")
    o.controle = [*c.afzender(inp, artikel("awb", "9:4", lid=2, onder="a", op=d)), *c.gemeente(inp),
                  *c.nodig(inp, "gedraging", "gedraging", "Schrijf waarover u klaagt: wat er gebeurde.",
                           artikel("awb", "9:4", lid=2, onder="c", op=d))]
    jaren = waarde("klacht_gedraging_jaren", d).waarde
    if wanneer and plus_jaren(wanneer, jaren) < d:
        o.controle.append(c.Punt(
            "klacht_ouder_dan_een_jaar", f"Wat er gebeurde, is langer dan {duur('klacht_gedraging_jaren', d)} "
            "geleden. Dan hoeft de gemeente uw klacht niet te behandelen. Zij mag het wel. Schrijf erbij "
            "waarom u nu pas klaagt.", c.LET_OP, "gedraging_datum",
            artikel("awb", "9:8", lid=1, onder="b", op=d)))
    o.controle.append(c.handtekening(eisen))
    o.uitleg = [
        regel("Iedereen mag klagen over hoe de gemeente hem behandelde.", klachtrecht),
        regel("Wat een medewerker doet, telt als gedrag van de gemeente.", artikel("awb", "9:1", lid=2, op=d)),
        regel("In een klachtbrief staan uw naam en adres, de datum en wat er gebeurde. U zet uw "
              "handtekening eronder.", eisen),
        regel(f"De gemeente handelt uw klacht af binnen {duur('klacht_afhandeling_weken', d)}. Met een "
              f"klachtencommissie is dat {weken.extra['met_commissie_weken']} weken.", afhandeling),
        regel("Gaat uw klacht eigenlijk over een besluit? Dan is bezwaar meestal de betere weg. Een "
              "klacht daarover hoeft de gemeente niet te behandelen.",
              artikel("awb", "9:8", lid=1, onder="c", op=d)),
        regel("Bent u niet tevreden over hoe de gemeente uw klacht afhandelt? Dan kunt u daarna naar de "
              "ombudsman. Eerst klaagt u bij de gemeente zelf.", artikel("awb", "9:20", lid=1, op=d))]
    return o
