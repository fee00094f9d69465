"""The contract boundary: run_json and `python -m calculators`."""
import json
import subprocess
import sys

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
