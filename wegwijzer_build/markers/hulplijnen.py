"""Help lines, written once (``wegwijzer_build/gegevens/hulplijnen.toml``) and shown wherever they fit.

- ``[[hulplijnen]]``: every line, in the file's order.
- ``[[hulplijnen:cak,ombudsman]]``: only these lines, in this order.

A number is shown only with the source that states it, and how sure that source is; a line without a
number says so and points to the organisation's own website. A malformed file, or an unknown line,
stops the build with a message naming the line and the field.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import BuildError

BESTAND = Path(__file__).resolve().parent.parent / "gegevens" / "hulplijnen.toml"
MARKER = re.compile(r"\[\[hulplijnen(?::([a-z0-9_,]+))?\]\]")
VELDEN = {"id", "naam", "wat", "nummer", "kosten", "website", "bron", "verified_on", "zekerheid", "let_op"}
VERPLICHT = ("id", "naam", "wat", "website", "bron", "verified_on", "zekerheid")
ZEKERHEID = ("V", "V-sec", "?")
ID = re.compile(r"[a-z0-9_]+")
NUMMER = re.compile(r"0[0-9 ()-]{8,16}")
URL = re.compile(r"https?://[^\s()<>\[\]\"']+")
TEKST = re.compile(r"[^<>\[\]`*_|\\]+")   # plain B1 text: nothing Markdown or HTML would read as markup
CONTROLE = {   # field -> (pattern, what is wrong when it does not match)
    "id": (ID, "mag alleen kleine letters, cijfers en _ bevatten"),
    "nummer": (NUMMER, "is geen telefoonnummer"),
    "website": (URL, "is geen adres dat begint met https:// of http://"),
    "bron": (URL, "is geen adres dat begint met https:// of http://"),
    "zekerheid": (re.compile("|".join(map(re.escape, ZEKERHEID))), f"moet een van {', '.join(ZEKERHEID)} zijn"),
}


@dataclass(frozen=True)
class Hulplijn:
    id: str
    naam: str
    wat: str
    website: str
    bron: str
    verified_on: date
    zekerheid: str
    nummer: str | None = None
    kosten: str | None = None
    let_op: str | None = None


def _fout(plek: str, veld: str, wat: str) -> BuildError:
    return BuildError(f"{BESTAND.name}: {plek}: veld '{veld}' {wat}")


def _lijn(ruw: object, i: int) -> Hulplijn:
    plek = f"lijn {i}"
    if not isinstance(ruw, dict):
        raise _fout(plek, "lijn", "moet een tabel [[lijn]] zijn")
    if isinstance(ruw.get("id"), str):
        plek = f"lijn {i} ({ruw['id']})"
    for veld in ruw:
        if veld not in VELDEN:
            raise _fout(plek, veld, f"bestaat niet; kies uit {', '.join(sorted(VELDEN))}")
    for veld in VERPLICHT:
        if veld not in ruw:
            raise _fout(plek, veld, "ontbreekt")
    for veld, waarde in ruw.items():
        if veld == "verified_on":
            if not isinstance(waarde, date):
                raise _fout(plek, veld, "moet een datum zijn, zoals 2026-12-02")
            continue
        if not isinstance(waarde, str) or not waarde.strip():
            raise _fout(plek, veld, "moet een tekst zijn die niet leeg is")
        patroon, uitleg = CONTROLE.get(veld, (TEKST, "mag geen tekens < > [ ] ` * _ | of \\ bevatten"))
        if not patroon.fullmatch(waarde):
            raise _fout(plek, veld, f"{uitleg}: {waarde!r}")
    if "nummer" in ruw:
        if "kosten" not in ruw:
            raise _fout(plek, "kosten", "ontbreekt: zeg bij elk nummer wat bellen kost")
        if ruw["zekerheid"] == "?":
            raise _fout(plek, "zekerheid", "is '?', maar er staat een nummer: geen nummer zonder bron")
    elif "kosten" in ruw:
        raise _fout(plek, "kosten", "staat er zonder nummer")
    elif ruw["zekerheid"] != "?":
        raise _fout(plek, "zekerheid", "moet '?' zijn als er geen nummer is")
    return Hulplijn(**ruw)


def lees(bestand: Path = BESTAND) -> dict[str, Hulplijn]:
    """Every line of the file by id, checked."""
    try:
        data = tomllib.loads(bestand.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise BuildError(f"{bestand.name} kan niet gelezen worden: {e}") from None
    if set(data) != {"lijn"} or not isinstance(data["lijn"], list) or not data["lijn"]:
        raise BuildError(f"{bestand.name}: het bestand bevat alleen tabellen [[lijn]], minstens één")
    lijnen: dict[str, Hulplijn] = {}
    for i, ruw in enumerate(data["lijn"], start=1):
        lijn = _lijn(ruw, i)
        if lijn.id in lijnen:
            raise _fout(f"lijn {i} ({lijn.id})", "id", "komt twee keer voor")
        lijnen[lijn.id] = lijn
    return lijnen


def _datum(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def _site(url: str) -> str:
    """A link to the organisation's website, its domain as the text (distinct and easy to type)."""
    domein = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
    return f"[{domein}]({url})"


def _bel(nummer: str) -> str:
    return f"[{nummer}](tel:{re.sub(r'[^0-9]', '', nummer)})"


def tekst(lijn: Hulplijn) -> str:
    """One line as a Markdown list item: who, what for, the number or where to look, the source."""
    delen = [f"- **{lijn.naam}**. {lijn.wat}"]
    gezien = f"[bron]({lijn.bron}), gezien op {_datum(lijn.verified_on)}"
    if lijn.nummer:
        delen.append(f"Telefoon: {_bel(lijn.nummer)} ({lijn.kosten}).")
        if lijn.zekerheid == "V":
            delen.append(f"Dit nummer staat op hun eigen website ({gezien}).")
        else:
            delen.append(f"Dit nummer vonden wij niet op hun eigen website, maar op een andere website "
                         f"({gezien}). Kijk voor de zekerheid op {_site(lijn.website)}.")
    else:
        delen.append("Het nummer vinden wij niet in een bron die wij kunnen controleren. Zoek het op "
                     f"hun website: {_site(lijn.website)} ({gezien}).")
    if lijn.let_op:
        delen.append(lijn.let_op)
    return " ".join(delen)


def lijst(ids: list[str] | None, lijnen: dict[str, Hulplijn]) -> str:
    for i in ids or []:
        if i not in lijnen:
            raise BuildError(f"[[hulplijnen:{','.join(ids)}]]: '{i}' is geen hulplijn. "
                             f"Kies uit: {', '.join(lijnen)}.")
    return "\n".join(tekst(lijnen[i]) for i in (ids or lijnen))


def vervang(markdown: str, bestand: Path = BESTAND) -> str:
    if not MARKER.search(markdown):
        return markdown
    lijnen = lees(bestand)
    # A blank line before and after: Markdown needs it to see a list, also mid-paragraph.
    return MARKER.sub(lambda m: "\n\n" + lijst(m.group(1).split(",") if m.group(1) else None, lijnen)
                      + "\n\n", markdown)
