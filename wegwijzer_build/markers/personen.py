"""Example persons from one list (``wegwijzer_build/gegevens/voorbeeldpersonen.toml``), so that
mevrouw Jansen is the same age and meneer Yilmaz has the same douchestoel on every page (issue 18).

- ``[[persoon:jansen]]``: her name as running text, "mevrouw Jansen".
- ``[[persoon:jansen.Naam]]``: the same with a capital, for the start of a sentence.
- ``[[persoon:jansen.leeftijd]]``: one field of her story (any key in the file).
An unknown person or field stops the build with the choices; MkDocs names the page.
"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from ..errors import BuildError

BESTAND = Path(__file__).resolve().parents[1] / "gegevens" / "voorbeeldpersonen.toml"
MARKER = re.compile(r"\[\[persoon:([a-z_]+)(?:\.([A-Za-z_]+))?\]\]")


@cache
def personen(bestand: Path = BESTAND) -> dict[str, dict]:
    data = tomllib.loads(bestand.read_text(encoding="utf-8"))
    for sleutel, persoon in data.items():
        if "naam" not in persoon:
            raise BuildError(f"{bestand.name}: [{sleutel}] has no naam.")
    return data


def veld(sleutel: str, naam: str | None, data: dict[str, dict]) -> str:
    if sleutel not in data:
        raise BuildError(f"[[persoon:{sleutel}]]: unknown person. Choose from: {', '.join(data)}.")
    persoon = data[sleutel]
    if naam is None:
        return persoon["naam"]
    if naam == "Naam":
        return persoon["naam"][:1].upper() + persoon["naam"][1:]
    if naam not in persoon:
        raise BuildError(f"[[persoon:{sleutel}.{naam}]]: unknown field. "
                         f"Choose from: Naam, {', '.join(persoon)}.")
    return str(persoon[naam])


def vervang(markdown: str, data: dict[str, dict] | None = None) -> str:
    if "[[persoon:" not in markdown:
        return markdown
    data = personen() if data is None else data
    return MARKER.sub(lambda m: veld(m[1], m[2], data), markdown)
