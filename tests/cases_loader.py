"""Legal cases as data: ``tests/cases/*.toml``, one calculator per file.

A file holds ``calculator = "..."`` and ``[[case]]`` tables with a sentence-long ``naam``, the
``input`` and ``verwacht``: keys that must equal those of the result (dotted paths allowed, e.g.
``"termijnen.0.einddatum"``), ``leeg = ["key", ...]`` for keys that must be null (TOML has no
null), or ``fout = ["code", ...]`` when ``ok`` must be false. A case that depends on the day it is
asked on names that day (``vandaag = "2027-01-05"``, sent in the envelope), never the real clock.
"""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

CASES = Path(__file__).parent / "cases"


def load() -> list[tuple[str, str, dict, dict, str | None]]:
    """(id, calculator, input, verwacht, vandaag) for every case of every file."""
    out = []
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            out.append((f"{path.stem}: {case['naam']}", data["calculator"], case["input"],
                        case["verwacht"], case.get("vandaag")))
    return out


def request(calculator: str, invoer: dict, vandaag: str | None = None) -> str:
    verzoek = {"v": 1, "calculator": calculator, "input": invoer}
    if vandaag:
        verzoek["vandaag"] = vandaag
    return json.dumps(verzoek, default=str)


def pad(result: object, dotted: str) -> object:
    for part in dotted.split("."):
        result = result[int(part)] if isinstance(result, list) else result[part]
    return result


def check(response: dict, verwacht: dict) -> None:
    if "fout" in verwacht:
        assert response["ok"] is False, response
        assert sorted({e["code"] for e in response["errors"]}) == sorted(verwacht["fout"]), response
        return
    assert response["ok"] is True, response
    for key in verwacht.get("leeg", []):
        assert pad(response["result"], key) is None, (key, response["result"])
    for key, value in verwacht.items():
        if key == "leeg":
            continue
        assert pad(response["result"], key) == value, (key, response["result"])
