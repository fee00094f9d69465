"""Pages follow the date they are built on (wegwijzer_build/markers/waarden.py and the calculator form):
a figure for "now" is the one in force on the build date, or the last one known with a notice; dated
examples stay as written; the build warns about parameters that run out soon without failing.
Every test names its build date; none reads the clock."""
from __future__ import annotations

import logging
import re
from datetime import date

import pytest

from calculators import wet
from conftest import ROOT
from wegwijzer_build import BuildError
from wegwijzer_build.markers import formulier, rekenhulp, waarden
from wegwijzer_build.phases import actualiteit

DOCS = ROOT / "docs"
BINNEN, NA, LATER = date(2026, 12, 1), date(2027, 1, 5), date(2028, 6, 1)
CAK = wet.parameter("abonnementstarief").bekendmaking


def test_a_marker_without_a_year_is_the_value_on_the_build_date():
    tekst = "[[jaar:abonnementstarief]]: [[waarde:abonnementstarief]]"
    assert waarden.vervang(tekst, date(2025, 6, 1)) == "2025: € 21,00"
    assert waarden.vervang(tekst, BINNEN) == "2026: € 21,80"


def test_past_the_covered_years_it_is_the_last_value_known_with_a_notice_under_the_title():
    uit = waarden.vervang("# Kosten\n\nIn [[jaar:abonnementstarief]] hoogstens [[waarde:abonnementstarief]].\n", NA)
    assert uit.startswith('# Kosten\n\n!!! warning "Nieuwe cijfers nog niet bekend"\n    Sommige cijfers op deze '
                          'pagina kennen wij alleen tot en met 31 december 2026.')
    melding = uit.split("\n")[3]
    assert CAK in melding and melding.endswith("Zodra de nieuwe cijfers bekend zijn, passen wij deze pagina aan.")
    assert uit.endswith("\n\nIn 2026 hoogstens € 21,80.\n")


def test_no_notice_while_the_build_date_is_covered_and_none_for_dated_examples():
    assert "!!!" not in waarden.vervang("# K\n\nIn [[jaar:abonnementstarief]]: [[waarde:abonnementstarief]]", BINNEN)
    voorbeeld = "# K\n\nIn februari 2026 betaalde hij [[waarde:abonnementstarief:2026]]."
    assert waarden.vervang(voorbeeld, LATER) == "# K\n\nIn februari 2026 betaalde hij € 21,80."


def test_the_year_shown_follows_the_build_date_day_before_on_and_after_the_last_covered_day():
    tekst = "[[jaar:abonnementstarief]] [[waarde:abonnementstarief]]"
    assert waarden.vervang(tekst, date(2025, 12, 31)) == "2025 € 21,00"
    assert waarden.vervang(tekst, date(2026, 1, 1)) == "2026 € 21,80"
    assert waarden.vervang(tekst, date(2026, 12, 31)) == "2026 € 21,80"
    assert waarden.vervang(tekst, date(2027, 1, 1)).startswith("!!! warning")


def test_a_page_showing_this_years_tariff_must_name_the_year():
    with pytest.raises(BuildError, match=r"name the year on the page with \[\[jaar:abonnementstarief\]\]"):
        waarden.vervang("U betaalt hoogstens [[waarde:abonnementstarief]] per maand.", BINNEN)
    # term lengths are not published anew each year: no year needed
    assert waarden.vervang("[[waarde:bezwaar_beroep_weken]]", BINNEN) == "6 weken"


def test_computed_amounts_and_the_dwangsom_table_follow_the_build_date_too():
    assert waarden.vervang("[[bedrag:dwangsom_max]]", BINNEN) == waarden.vervang("[[bedrag:dwangsom_max:2026]]", BINNEN)
    assert waarden.vervang("[[dwangsomtabel]]", BINNEN) == waarden.vervang("[[dwangsomtabel:2026]]", BINNEN)
    assert waarden.vervang("# D\n[[dwangsomtabel]]", date(2029, 1, 2)).count("!!! warning") == 1


@pytest.mark.parametrize("marker", ["[[waarde]]", "[[jaar:abonnementstarief:2026]]", "[[tabel:abonnementstarief:2026]]",
                                    "[[bedrag:bestaat_niet]]", "[[waarde:bestaat_niet]]"])
def test_a_wrong_marker_stops_the_build(marker):
    with pytest.raises(BuildError):
        waarden.vervang(marker, BINNEN)


@pytest.mark.parametrize("bouwdatum", [BINNEN, NA, LATER, date(2031, 1, 1)])
def test_every_page_renders_on_any_build_date_and_warns_where_figures_ran_out(bouwdatum):
    met_melding = []
    for pagina in sorted(DOCS.rglob("*.md")):
        uit = waarden.vervang(pagina.read_text(encoding="utf-8"), bouwdatum)
        assert not re.search(r"\[\[(waarde|jaar|bedrag|tabel|dwangsomtabel)\b", uit), pagina
        if "Nieuwe cijfers nog niet bekend" in uit:
            met_melding.append(pagina.relative_to(DOCS).as_posix())
    if bouwdatum == BINNEN:
        assert met_melding == []
    else:   # the pages that show the tariff of "now" say the new one is not known yet
        assert {"index.md", "kosten/eigen-bijdrage.md", "kosten/index.md"} <= set(met_melding)


def test_pages_that_show_the_current_tariff_name_its_year():
    for pagina in sorted(DOCS.rglob("*.md")):
        tekst = pagina.read_text(encoding="utf-8")
        if "[[waarde:abonnementstarief]]" in tekst:
            assert "[[jaar:abonnementstarief]]" in tekst, pagina
    rendered = waarden.vervang((DOCS / "kosten/eigen-bijdrage.md").read_text(encoding="utf-8"), BINNEN)
    assert "In 2026 betaalt u hoogstens € 21,80 per maand." in rendered


# ---- the calculator form, written on the build date ----

def test_the_form_written_past_the_covered_months_starts_on_the_last_one_with_the_notice_above_it():
    html = rekenhulp.mount("eigen_bijdrage", {}, {"wheel": "w.whl"}, NA)
    assert 'data-vandaag="2027-01-05"' in html and 'name="peildatum"' in html and re.search(r'name="peildatum"[^>]*value="2026-12"', html)
    melding = re.search(r'<p class="rekenhulp__actueel" data-role="melding">([^<]*)</p><form', html).group(1)
    assert melding.startswith("Het bedrag voor 2027 kennen wij nog niet.")


def test_the_form_written_in_a_covered_month_has_an_empty_hidden_notice_for_the_browser_to_fill():
    html = rekenhulp.mount("eigen_bijdrage", {}, {"wheel": "w.whl"}, BINNEN)
    assert '<p class="rekenhulp__actueel" data-role="melding" hidden></p><form' in html
    assert re.search(r'name="peildatum"[^>]*value="2026-12"', html)
    assert formulier.melding({"melding": "<b>"}) == '<p class="rekenhulp__actueel" data-role="melding">&lt;b&gt;</p>'


# ---- maintainers: a warning ahead of time, never a failure ----

def test_the_build_warns_through_its_own_logger_about_what_runs_out_within_60_days(caplog):
    caplog.set_level(logging.WARNING)
    actualiteit(date(2026, 11, 1))   # 60 days before 31 December 2026
    [regel] = [r for r in caplog.records if "abonnementstarief" in r.getMessage()]
    assert regel.name == "wegwijzer_build" and regel.levelno == logging.WARNING
    assert "known up to 2026-12-31: it runs out in 60 days" in regel.getMessage()
    caplog.clear()
    actualiteit(date(2026, 10, 31))
    assert caplog.records == []
    actualiteit(NA)
    assert any("ran out 5 days ago" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.name.startswith("mkdocs")]
