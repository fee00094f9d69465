"""The contract boundary: run_json and `python -m calculators`."""
import json
import os
import re
import subprocess
import sys

import pytest

from calculators.api import CALCULATORS, run_json


def ask(request) -> dict:
    return json.loads(run_json(json.dumps(request)))


def test_questions_of_every_calculator():
    for calc in CALCULATORS:
        r = ask({"v": 1, "calculator": calc, "action": "questions"})
        assert r["ok"], r
        ids = [q["id"] for q in r["result"]["questions"]]
        assert len(ids) == len(set(ids)) > 0 and r["result"]["submit"]
        for q in r["result"]["questions"]:
            assert q["label"] and q["type"] in ("date", "month", "choice", "multi", "money", "bool", "text",
                                                "textarea")
            assert (q["max_length"] is not None) == (q["type"] in ("text", "textarea"))
            assert set(q["when"]) <= set(ids)


def test_income_question_only_where_the_gemeente_has_a_minima_rule():
    def ids(inp):
        return [q["id"] for q in ask({"calculator": "eigen_bijdrage", "action": "questions",
                                      "input": inp})["result"]["questions"]]
    assert "bijdrageplichtig_inkomen_eurocent" not in ids({})
    assert "bijdrageplichtig_inkomen_eurocent" in ids({"gemeente": {"minima": {"alleenstaand": 1}}})


def test_envelope_errors_are_dutch_and_coded():
    assert ask({"calculator": "bestaat_niet"})["errors"][0]["code"] == "onbekende_rekenhulp"
    assert ask({"v": 2, "calculator": "eigen_bijdrage"})["errors"][0]["code"] == "onbekende_versie"
    assert ask({"calculator": "eigen_bijdrage", "action": "x"})["errors"][0]["code"] == "onbekende_actie"
    # only the brievenhulp makes files
    assert ask({"calculator": "termijnen", "action": "download"})["errors"][0]["code"] == "onbekende_actie"
    assert ask([1, 2])["errors"][0]["code"] == "ongeldig_verzoek"
    assert json.loads(run_json("{"))["errors"][0]["code"] == "ongeldige_json"
    assert ask({"calculator": "eigen_bijdrage", "input": []})["errors"][0]["code"] == "ongeldige_invoer"


def run_cli(stdin: str, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "calculators", *args], input=stdin,
                          capture_output=True, text=True)


def test_cli_answers_with_exit_0_also_for_errors_and_2_for_empty_input():
    ok = run_cli(json.dumps({"calculator": "eigen_bijdrage", "input": {
        "peildatum": "2026-01", "geboortedatum": "1950-01-01", "huishouden": "alleenstaand",
        "voorzieningen": ["pgb"]}}))
    assert ok.returncode == 0 and json.loads(ok.stdout)["result"]["bijdrage_eurocent"] == 2180
    fout = run_cli("geen json")
    assert fout.returncode == 0 and json.loads(fout.stdout)["ok"] is False
    assert run_cli("").returncode == 2


def test_cli_batch_mode_answers_every_line():
    lines = [json.dumps({"calculator": "eigen_bijdrage", "input": {
        "peildatum": f"{y}-06", "geboortedatum": "1950-01-01", "huishouden": "alleenstaand",
        "voorzieningen": ["pgb"]}}) for y in range(2019, 2027)]
    r = run_cli("\n".join(lines) + "\n", "--batch")
    answers = [json.loads(a) for a in r.stdout.splitlines()]
    assert [a["result"]["bijdrage_eurocent"] for a in answers] == [1750] + [1900] * 4 + [2060, 2100, 2180]


# ---- hostile bytes (issue 21): every line answered with valid UTF-8 JSON, and small ----

TOEGANG = '{"calculator": "toegang", "input": {%s}}'
ENVIRONMENTS = {
    "C.UTF-8": {"LC_ALL": "C.UTF-8"},
    "strict UTF-8": {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"},
    "latin-1": {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "latin-1"},
    "ascii": {"LC_ALL": "C", "PYTHONIOENCODING": "ascii:strict", "PYTHONUTF8": "0"},
}


def run_bytes(stdin: bytes, *args, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "calculators", *args], input=stdin,
                          capture_output=True, env={**os.environ, **(env or {})})


def utf8_answers(stdout: bytes) -> list[dict]:
    """Every output line decoded strictly as UTF-8 and parsed as JSON (raises otherwise)."""
    return [json.loads(line.decode("utf-8", "strict")) for line in stdout.split(b"\n") if line]


HOSTILE_LINES = [
    TOEGANG.encode() % b'"\\ud800": "x"',             # a lone surrogate, escaped in JSON
    TOEGANG.encode() % b'"\\udfff\\ud800": "\\ud800"',
    TOEGANG.encode() % b'"\xff\xfe": 1',              # bytes that are no UTF-8 at all
    b"\xff\xfe\x00\x01",
    b'{"calculator": "toegang", "input": {"verblijf": "\xed\xa0\x80"}}',   # UTF-8-encoded surrogate
    b"\x00" * 10,
]


@pytest.mark.parametrize("omgeving", ENVIRONMENTS)
def test_batch_answers_every_hostile_line_with_utf8_json_and_keeps_going(omgeving):
    goed = json.dumps({"calculator": "eigen_bijdrage", "input": {
        "peildatum": "2026-01", "geboortedatum": "1950-01-01", "huishouden": "alleenstaand",
        "voorzieningen": ["pgb"]}}).encode()
    regels = [r for hostile in HOSTILE_LINES for r in (hostile, goed)]
    proc = run_bytes(b"\n".join(regels) + b"\n", "--batch", env=ENVIRONMENTS[omgeving])
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    answers = utf8_answers(proc.stdout)
    assert len(answers) == len(regels)
    assert [a["result"]["bijdrage_eurocent"] for a in answers[1::2]] == [2180] * len(HOSTILE_LINES)
    assert all(a["ok"] is False and a["errors"] for a in answers[0::2])
    assert "\ufffd" in json.dumps(answers[0], ensure_ascii=False)   # the surrogate, replaced


@pytest.mark.parametrize("omgeving", ENVIRONMENTS)
def test_one_hostile_request_gets_one_utf8_answer(omgeving):
    for hostile in HOSTILE_LINES:
        proc = run_bytes(hostile, env=ENVIRONMENTS[omgeving])
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        [answer] = utf8_answers(proc.stdout)
        assert answer["ok"] is False


def test_run_json_answers_a_lone_surrogate_with_text_a_utf8_writer_accepts():
    for request in ('{"calculator": "toegang", "input": {"\\ud800": "x"}}',
                    '{"calculator": "toegang", "input": {"\ud800": "\udfff"}}',   # already in the str
                    '{"calculator": "toegang", "input": {"verblijf": "\ud800"}}',
                    '{"calculator": "\ud83d"}'):
        answer = run_json(request)
        answer.encode("utf-8")                       # would raise on a lone surrogate
        assert json.loads(answer)["ok"] is False


def test_an_answer_reports_at_most_20_field_errors_and_a_summary():
    """8 MB of unknown keys once made a 74 MB answer line."""
    sleutels = {f"onbekend_{i}_" + "x" * 1000: 1 for i in range(8000)}
    answer = run_json(json.dumps({"calculator": "toegang", "input": sleutels}))
    assert len(answer) < 20_000, len(answer)
    fouten = json.loads(answer)["errors"]
    assert len(fouten) == 21
    assert [f["code"] for f in fouten[:20]] == ["onbekend_veld"] * 20
    assert fouten[-1]["field"] is None and fouten[-1]["code"] == "te_veel_fouten"
    # 8000 unknown keys plus the unanswered required questions, less the 20 shown
    assert int(re.search(r"nog (\d+) fouten", fouten[-1]["message"]).group(1)) > 8000 - 20


def test_one_enormous_unknown_key_is_named_shortened():
    answer = run_json(json.dumps({"calculator": "toegang", "input": {"x" * 8_000_000: 1}}))
    assert len(answer) < 2_000, len(answer)
    [eerste, *_] = json.loads(answer)["errors"]
    assert eerste["code"] == "onbekend_veld" and eerste["field"].startswith("xxx")
