"""Across the turn of the year: the day a request names (``vandaag``), the month a form starts on, the
notice above it, and the maintainers' overview. Every test names its day; none reads the clock."""
import io
import json
from contextlib import redirect_stdout
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from calculators import __main__ as cli
from calculators.api import run_json
from calculators.kern import dates, params
from calculators.kern.actualiteit import dekking, stand, verloopt

PERSOON = {"geboortedatum": "1950-05-05", "huishouden": "alleenstaand", "voorzieningen": ["maatwerk"]}


def ask(calculator: str, vandaag: str | None = None, action: str = "questions", invoer=None) -> dict:
    verzoek = {"v": 1, "calculator": calculator, "action": action, "input": invoer or {}}
    if vandaag:
        verzoek["vandaag"] = vandaag
    return json.loads(run_json(json.dumps(verzoek)))


def standaard(answer: dict, veld: str = "peildatum") -> str:
    return next(q["default"] for q in answer["result"]["questions"] if q["id"] == veld)


# ---- the day a request names ----

def test_a_named_day_is_used_and_the_clock_comes_back_after_the_request():
    assert standaard(ask("eigen_bijdrage", "2026-03-17")) == "2026-03"
    assert dates._VANDAAG.get() is None
    with dates.als_vandaag(date(2025, 2, 1)):
        assert dates.vandaag() == date(2025, 2, 1)
    assert dates._VANDAAG.get() is None


def test_a_wrong_day_is_refused_with_a_dutch_message_naming_the_field():
    for fout in ("2027-1-5", "5-1-2027", 20270105, "2027-02-30", ["2027-01-05"]):
        r = json.loads(run_json(json.dumps({"v": 1, "calculator": "eigen_bijdrage", "action": "questions",
                                            "vandaag": fout})))
        assert r["ok"] is False and r["errors"] == [{"field": "vandaag", "code": "ongeldige_waarde",
                                                      "message": "Vul een datum in, bijvoorbeeld 2026-03-01."}]


# ---- the eigen-bijdrage form: never a month it cannot answer ----

def test_the_month_defaults_to_today_while_it_is_covered():
    r = ask("eigen_bijdrage", "2026-12-31")
    assert standaard(r) == "2026-12"
    assert r["result"]["gedekt"] == {"van": "2019-01-01", "tot": "2026-12-31"}
    assert r["result"]["melding"] is None


def test_past_the_covered_months_the_form_starts_on_the_last_one_and_says_why():
    r = ask("eigen_bijdrage", "2027-01-01")
    assert standaard(r) == "2026-12"
    assert r["result"]["melding"] == (
        "Het bedrag voor 2027 kennen wij nog niet. Daarom rekent de rekenhulp met december 2026. Dat is "
        "de laatste maand die wij kennen. Het CAK zet een nieuw bedrag op hetcak.nl zodra het vaststaat. "
        "De minister past het bedrag aan met een regeling in de Staatscourant.")
    assert standaard(ask("eigen_bijdrage", "2028-06-01")) == "2026-12"


def test_before_the_covered_months_the_form_starts_on_the_first_one():
    r = ask("eigen_bijdrage", "2010-05-05")
    assert standaard(r) == "2019-01" and r["result"]["melding"] is None


@settings(max_examples=60, deadline=None)
@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)))
def test_whatever_the_day_the_default_month_gets_an_amount_not_an_error(dag):
    vandaag = dag.isoformat()
    maand = standaard(ask("eigen_bijdrage", vandaag))
    r = ask("eigen_bijdrage", vandaag, "calculate", {**PERSOON, "peildatum": maand})
    assert r["ok"] is True, r
    assert r["result"]["bijdrage_eurocent"] >= 0   # 0 in April and May 2020 (corona)
    assert maand[:4] in r["result"]["weergave"]["kop"]


def test_the_covered_months_are_exactly_those_the_calculation_answers():
    gedekt = ask("eigen_bijdrage", "2026-06-01")["result"]["gedekt"]
    van, tot = date.fromisoformat(gedekt["van"]), date.fromisoformat(gedekt["tot"])
    for maand, ok in ((van, True), (van - timedelta(days=1), False), (tot, True),
                      (tot + timedelta(days=1), False)):
        r = ask("eigen_bijdrage", action="calculate", invoer={**PERSOON, "peildatum": maand.isoformat()[:7]})
        assert r["ok"] is ok, (maand, r)


# ---- termijnen: past the holiday decrees the page says so before anyone types a date ----

def test_termijnen_notice_only_once_today_lies_past_the_known_free_days():
    binnen = ask("termijnen", "2028-12-31")["result"]
    assert binnen["gedekt"] == {"van": "2023-01-01", "tot": "2028-12-31"} and binnen["melding"] is None
    na = ask("termijnen", "2029-01-01")["result"]["melding"]
    assert na.startswith("Na 31 december 2028 kennen wij nog niet alle vrije dagen.")
    assert na.endswith("De regering maakt een nieuw besluit over extra vrije dagen bekend in de Staatscourant.")


def test_a_date_past_the_decrees_is_refused_and_says_where_the_next_decree_appears():
    r = ask("termijnen", action="calculate", invoer={"gebeurtenis": "besluit", "datum": "2029-01-05"})
    assert r["errors"][0]["code"] == "geen_regel_voor_datum"
    assert "tot en met 31 december 2028" in r["errors"][0]["message"]
    assert r["errors"][0]["message"].endswith("bekend in de Staatscourant.")


def test_toegang_reads_the_named_day_for_the_law_it_applies():
    invoer = {"hulpvraag": "opvang", "verblijf": "nederlander", "eigen_oplossing": "nee"}
    a = ask("toegang", "2026-03-01", "calculate", invoer)
    b = ask("toegang", action="calculate", invoer={**invoer, "peildatum": "2026-03-01"})
    assert a["ok"] and a == b


# ---- maintainers: what runs out, and where the next value will be published ----

def test_dekking_names_where_the_parameters_that_ran_out_will_be_published():
    d = dekking(("abonnementstarief", "meerderjarigheid"), date(2027, 1, 5))
    assert d.voorbij and d.peildag == date(2026, 12, 31)
    assert d.bekendmakingen() == [params.parameter("abonnementstarief").bekendmaking]
    assert dekking(("abonnementstarief",), date(2026, 12, 31)).bekendmakingen() == []


def test_actualiteit_lists_every_parameter_file_once_with_its_days_left():
    uit = io.StringIO()
    with dates.als_vandaag(date(2026, 12, 1)), redirect_stdout(uit):
        assert cli.main(["--actualiteit"]) == 0
    kop, *regels = uit.getvalue().splitlines()
    assert kop.split() == ["naam", "gedekt_tot", "dagen_over", "verified_on", "bron"]
    namen = [r.split()[0] for r in regels]
    assert sorted(namen) == sorted(p.stem for p in params.PARAMS.glob("*.toml"))
    rij = dict(zip(["naam", "gedekt_tot", "dagen", "verified_on", "bron"],
                   next(r for r in regels if r.startswith("abonnementstarief ")).split()))
    assert rij == {"naam": "abonnementstarief", "gedekt_tot": "2026-12-31", "dagen": "30",
                   "verified_on": "2026-11-23", "bron": params.parameter("abonnementstarief").waarden[-1].bron}


def test_what_runs_out_within_60_days_day_before_on_and_after_the_edge():
    tot = params.parameter("abonnementstarief").gedekt_tot
    assert "abonnementstarief" not in [s.naam for s in verloopt(tot - timedelta(days=61), 60)]
    assert "abonnementstarief" in [s.naam for s in verloopt(tot - timedelta(days=60), 60)]
    assert "abonnementstarief" in [s.naam for s in verloopt(tot + timedelta(days=1), 60)]
    assert [s.dagen for s in stand(tot + timedelta(days=5)) if s.naam == "abonnementstarief"] == [-5]
