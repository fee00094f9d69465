"""Toegang grounds about the person: rechtmatig verblijf, woonplaats, eigen kracht, duur.

Legal basis: Wmo 2015 art. 1.2.2 with Vw 2000 art. 8 a–e, l; Ub Wmo 2015 art. 2.1 lid 1 a–c
(gelijkgestelde vreemdelingen); Wmo art. 1.2.1 (woonplaats; beschermd wonen and opvang at the
gemeente you turn to); art. 2.3.5 lid 3 and 4 with 2.3.2 lid 4 (eigen kracht, netwerk,
mantelzorg); art. 2.1.3 lid 2 onder a (duur is a municipal criterion).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..kern.dates import kort
from ..kern.legal import artikel
from ..kern.params import parameter, waarde
from .basis import (GESPREK, VOORZIENINGEN, WIE, WINKELVRAGEN, ZONDER_WOONPLAATS, Reden,
                             getal)

if TYPE_CHECKING:
    from .invoer import Invoer


def verblijf(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 1.2.2: a vreemdeling needs rechtmatig verblijf under Vw 2000 art. 8 a–e or l. Ub art. 2.1
    equates some others with a Dutch national "voor de toepassing van de wet", so for all help:
    lid 1 a and b (an extension asked in time; bezwaar or beroep against a withdrawal) and, from
    2020 (``params/gelijkstelling_huiselijk_geweld.toml``), lid 1 c: a victim of domestic or
    honour-related violence who waits for a temporary humanitarian permit (Vw 8 onder f)."""
    lid1 = artikel("wmo", "1.2.2", lid=1, op=op)
    code = "geen_rechtmatig_verblijf"
    geweld = waarde("gelijkstelling_huiselijk_geweld", op).waarde
    hint = [Reden(None, "info",
                  "Bent u slachtoffer van huiselijk geweld of eergerelateerd geweld? En vroeg u daarom "
                  "een verblijfsvergunning aan? Dan telt u mee als Nederlander, zolang u op het besluit "
                  "wacht. Dat geldt voor opvang en ook voor andere hulp.",
                  artikel("ub_wmo", "2.1", lid=1, onder="c", op=op), WIE)] if geweld else []
    if inp.verblijf == "aanvraag_huiselijk_geweld":
        if geweld:
            return [Reden(None, "info",
                          "U wacht op een besluit over uw verblijfsvergunning, omdat u slachtoffer bent "
                          "van geweld. In die tijd telt u voor de Wmo mee als Nederlander. Dat geldt "
                          "voor opvang en ook voor andere hulp. Het stopt als er een besluit is.",
                          artikel("ub_wmo", "2.1", lid=1, onder="c", op=op), WIE)]
        sinds = next(w.geldig_vanaf for w in parameter("gelijkstelling_huiselijk_geweld").waarden
                     if w.waarde)
        return [Reden(code, "niet_kansrijk",
                      f"Voor {kort(sinds)} telde u in die tijd niet mee voor de Wmo. Op die dag kwam er "
                      "een regel voor slachtoffers van geweld die op een vergunning wachten.",
                      lid1, WIE)]
    if inp.verblijf == "asielzoeker_in_procedure":
        return [Reden(code, "niet_kansrijk",
                      "U wacht nog op een besluit over uw asielaanvraag. In die tijd geeft de Wmo "
                      "geen hulp. Zorg voor asielzoekers loopt via het COA.", lid1, WIE), *hint]
    if inp.verblijf == "geen":
        return [Reden(code, "niet_kansrijk",
                      "Zonder geldige verblijfsvergunning geeft de Wmo geen hulp.", lid1, WIE),
                Reden(None, "info",
                      "Heeft u op tijd een nieuwe vergunning aangevraagd? Of maakt u bezwaar tegen "
                      "het intrekken ervan? Dan telt u in die tijd wel mee.",
                      artikel("ub_wmo", "2.1", lid=1, op=op), WIE), *hint]
    if inp.verblijf == "weet_niet":
        return [Reden(code, "onzeker",
                      "U weet niet zeker of u hier wettig verblijft. Kijk op uw verblijfsdocument "
                      "of vraag het de IND. De gemeente vraagt ernaar.", lid1, WIE), *hint]
    if inp.verblijf == "eu_eer_zwitserland" and inp.hulpvraag == "opvang":
        maanden = getal("eu_opvang_eerste_maanden", op)
        periode = f"de eerste {maanden} maanden" if maanden else "de eerste maanden"
        return [Reden(code, "onzeker",
                      f"Komt u uit een ander land van de EU, de EER of Zwitserland? Dan krijgt u in "
                      f"{periode} van uw verblijf geen opvang. Dat geldt ook zolang u hier werk "
                      "zoekt. Moest u weg van huis door huiselijk geweld? Dan geldt dit niet.",
                      artikel("wmo", "1.2.2", lid=2, op=op), WIE)]
    if inp.verblijf == "eu_eer_zwitserland":
        return [Reden(None, "info",
                      "Komt u uit de EU, de EER of Zwitserland? Dan telt u mee zolang u hier mag "
                      "wonen volgens de Europese regels. Bijvoorbeeld omdat u hier werkt.",
                      artikel("vw", "8", onder="e", op=op), WIE)]
    if inp.verblijf == "verblijfsvergunning":
        return [Reden(None, "info",
                      "Met een verblijfsvergunning telt u mee. Twijfelt u of hulp gevolgen heeft "
                      "voor uw vergunning? Vraag dan eerst advies, bijvoorbeeld bij het Juridisch "
                      "Loket.", artikel("vw", "8", op=op), WIE)]
    return []


def woonplaats(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 1.2.1: the gemeente where you live; for beschermd wonen and opvang the one you turn to."""
    if inp.hulpvraag in ZONDER_WOONPLAATS:
        onder = "b" if inp.hulpvraag == "beschermd_wonen" else "c"
        return [Reden(None, "info",
                      "Voor opvang en beschermd wonen meldt u zich bij de gemeente waar u dan bent. "
                      "U hoeft daar niet te wonen.",
                      artikel("wmo", "1.2.1", onder=onder, op=op), WIE)]
    bron = artikel("wmo", "1.2.1", onder="a", op=op)
    if inp.woonplaats == "elders":
        return [Reden("woont_niet_in_gemeente", "ander_loket",
                      "U woont in een andere gemeente. Vraag de hulp bij de gemeente waar u woont. "
                      "Die gemeente moet uw vraag onderzoeken.", bron, WIE)]
    if inp.woonplaats == "gaat_verhuizen":
        return [Reden(None, "info",
                      "U gaat verhuizen. Dan kunt u de hulp vaak al vragen bij uw nieuwe gemeente. "
                      "Zeker als uw nieuwe huis moet worden aangepast. Overleg met beide gemeenten.",
                      bron, WIE)]
    return []


def eigen_oplossing(inp: Invoer, op: date) -> list[Reden]:
    """Wmo 2.3.5 lid 3 and 4: only what you cannot solve yourself or with your network;
    the onderzoek looks at that first and at support for the mantelzorger (2.3.2 lid 4 b–d)."""
    lid = 4 if inp.hulpvraag in ZONDER_WOONPLAATS else 3
    if inp.eigen_oplossing == "ja":
        return [Reden("eigen_oplossing", "niet_kansrijk",
                      "U kunt het zelf oplossen, of met hulp van mensen om u heen. Dan is hulp van "
                      "de gemeente meestal niet nodig. Wordt het te zwaar, voor u of voor hen? "
                      "Vertel dat dan aan de gemeente.",
                      artikel("wmo", "2.3.5", lid=lid, op=op), GESPREK)]
    if inp.eigen_oplossing == "deels":
        return [Reden(None, "info",
                      "U kunt een deel zelf oplossen. De gemeente kijkt eerst wat u en de mensen om "
                      "u heen kunnen. Voor de rest kan zij helpen. Ook wie voor u zorgt, kan steun "
                      "krijgen.", artikel("wmo", "2.3.2", lid=4, op=op), GESPREK)]
    return []


def duur(inp: Invoer, op: date) -> list[Reden]:
    """Langdurig noodzakelijk: not in the Wmo itself but in verordeningen and practice
    (art. 2.1.3 lid 2 onder a); usually not required for huishoudelijke hulp."""
    bron = artikel("wmo", "2.1.3", lid=2, onder="a", op=op)
    if inp.hulpvraag == "huishouden":
        return [Reden(None, "info",
                      "Voor hulp in het huishouden hoeft u die hulp meestal niet lang nodig te "
                      "hebben. Ook voor een korte tijd kunt u erom vragen.", bron, VOORZIENINGEN)]
    if inp.duur == "weet_niet":
        return [Reden("niet_langdurig", "onzeker",
                      "U weet nog niet hoe lang u dit nodig heeft. Vraag het uw huisarts of "
                      "specialist. De gemeente wil dat weten.", bron, VOORZIENINGEN)]
    if inp.duur != "tijdelijk":
        return []
    if inp.hulpvraag in WINKELVRAGEN:
        return [Reden("niet_langdurig", "niet_kansrijk",
                      "U heeft dit maar kort nodig. Dan geeft de gemeente meestal geen aanpassing "
                      "of hulpmiddel. Denk aan een traplift bij een gebroken been. Vaak kunt u iets "
                      "lenen. Vraag uw zorgverzekeraar waar dat kan. De wet noemt zelf geen duur: "
                      "de gemeente zet deze regel in haar verordening.", bron, VOORZIENINGEN)]
    return [Reden("niet_langdurig", "onzeker",
                  "U heeft dit maar kort nodig. Sommige gemeenten geven dan geen hulp. Andere wel, "
                  "voor een korte tijd. Vraag het uw gemeente.", bron, VOORZIENINGEN)]
