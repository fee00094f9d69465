"""Legal cases as data: ``tests/cases/*.toml``, one calculator per file.

A file holds ``calculator = "..."`` and ``[[case]]`` tables with a sentence-long ``naam``, the
``input`` and ``verwacht``: keys that must equal those of the result (dotted paths allowed, e.g.
``"termijnen.0.einddatum"``), ``leeg = ["key", ...]`` for keys that must be null (TOML has no
null), ``afwezig = ["key", ...]`` for keys that must not be in the result, ``bronnen = ["url", ...]``
for dated articles the answer must cite (in ``uitleg``, ``redenen`` or ``termijnen``), or
``fout = ["code", ...]`` when ``ok`` must be false (then ``velden = ["field", ...]`` names the fields).
For long texts and lists: ``bevat = {"brief.tekst" = ["...", ...]}`` (each piece must occur in that
text), ``bevat_niet`` (none may occur) and ``codes = {"controle" = ["...", ...]}`` (the ``code`` of
every item, in order).
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

CASES = Path(__file__).parent / "cases"


def load() -> list[tuple[str, str, dict, dict]]:
    """(id, calculator, input, verwacht) for every case of every file."""
    out = []
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            out.append((f"{path.stem}: {case['naam']}", data["calculator"], case["input"],
                        case["verwacht"]))
    return out


def request(calculator: str, invoer: dict) -> str:
    return json.dumps({"v": 1, "calculator": calculator, "input": invoer}, default=str)


def pad(result: object, dotted: str) -> object:
    for part in dotted.split("."):
        result = result[int(part)] if isinstance(result, list) else result[part]
    return result


SPECIAAL = ("leeg", "afwezig", "bronnen", "velden", "bevat", "bevat_niet", "codes")


def geciteerd(result: dict) -> set[str]:
    """Every article URL an answer cites."""
    items = [*result.get("uitleg", []), *result.get("redenen", []), *result.get("termijnen", [])]
    return {i["bron"]["url"] for i in items if isinstance(i.get("bron"), dict)}


def check(response: dict, verwacht: dict) -> None:
    if "fout" in verwacht:
        assert response["ok"] is False, response
        assert sorted({e["code"] for e in response["errors"]}) == sorted(verwacht["fout"]), response
        if "velden" in verwacht:
            assert sorted({e["field"] for e in response["errors"]}) == sorted(verwacht["velden"]), response
        return
    assert response["ok"] is True, response
    result = response["result"]
    for key in verwacht.get("leeg", []):
        assert pad(result, key) is None, (key, result)
    for key in verwacht.get("afwezig", []):
        assert key not in result, (key, result)
    ontbreekt = set(verwacht.get("bronnen", [])) - geciteerd(result)
    assert not ontbreekt, (sorted(ontbreekt), sorted(geciteerd(result)))
    for key, stukken in verwacht.get("bevat", {}).items():
        tekst = pad(result, key)
        assert [s for s in stukken if s not in tekst] == [], (key, tekst)
    for key, stukken in verwacht.get("bevat_niet", {}).items():
        tekst = pad(result, key)
        assert [s for s in stukken if s in tekst] == [], (key, tekst)
    for key, codes in verwacht.get("codes", {}).items():
        assert [item["code"] for item in pad(result, key)] == codes, (key, result)
    for key, value in verwacht.items():
        if key in SPECIAAL:
            continue
        assert pad(result, key) == value, (key, result)
