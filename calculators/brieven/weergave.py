"""The page view of a letter (contract ``weergave``): a headline, a short verdict, and blocks with
what is still missing, the dates that matter, what to do before sending, and why the letter says
what it says. The letter itself is ``result.brief``; the page shows it as it will print."""
from __future__ import annotations

from .brief import Opzet
from .controle import DOE_ZELF, LET_OP, ONTBREEKT

VOORBEHOUD = ("Dit is een voorbeeldbrief, geen juridisch advies. Lees hem goed na voor u hem verstuurt. "
              "Past iets niet bij uw situatie? Verander het dan. Twijfelt u? Vraag een gratis "
              "cliëntondersteuner om mee te kijken.")
KLAAR = "Lees de brief goed na. Klopt alles? Print hem dan, of download hem."
KOPIE = "Bewaar een kopie van uw brief."
ONVOLLEDIG = ("Er ontbreekt nog iets. Op die plek staat in de brief een tekst tussen haken, zoals [uw naam]. "
              "Vul het aan in het formulier en maak de brief opnieuw.")


def _punt(p: dict) -> dict:
    item = {"tekst": p["message"]}
    if "bron" in p:
        item["bron"] = p["bron"]
    if p["veld"]:
        item["veld"] = p["veld"]
    return item


def weergave(opzet: Opzet, controle: list[dict], termijnen: list[dict]) -> dict:
    ontbreekt = [p for p in controle if p["ernst"] == ONTBREEKT]
    regels = [f"Let op: {p['message'][0].lower()}{p['message'][1:]}" for p in controle if p["code"] == "te_laat"]
    regels.append(ONVOLLEDIG if ontbreekt else KLAAR)
    blokken = []
    if ontbreekt or any(p["ernst"] == LET_OP for p in controle):
        blokken.append({"kop": "Dit moet nog in orde komen", "rol": "controle",
                        "items": [_punt(p) for p in controle if p["ernst"] != DOE_ZELF]})
    datums = [{"tekst": f"{t['omschrijving']}: {t['einddatum_tekst']}.", "bron": t["bron"]}
              for t in termijnen]
    datums += [{"tekst": f"Deze datum kunnen wij niet berekenen. {r}"} for r in opzet.niet_berekend]
    if datums:
        blokken.append({"kop": "Belangrijke datums", "items": datums})
    voor = [_punt(p) for p in controle if p["ernst"] == DOE_ZELF]
    if opzet.bijlagen:
        voor.append({"tekst": "Doe de bijlagen bij de brief: " + "; ".join(opzet.bijlagen) + "."})
    voor += [{"tekst": t} for t in opzet.versturen or [KOPIE]]
    blokken.append({"kop": "Voor u de brief verstuurt", "items": voor})
    blokken.append({"kop": "Waarom staat dit in uw brief?", "items": opzet.uitleg})
    return {"kop": "Uw brief is klaar" if not ontbreekt else "Uw brief is bijna klaar",
            "regels": regels, "blokken": blokken, "voorbehoud": VOORBEHOUD}
