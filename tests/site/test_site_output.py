"""The built HTML, page by page: Material's bundle deferred and its search dialog named
(wegwijzer_build/steps/material.py), each glossary term explained once per page
(wegwijzer_build/markers/begrippen.py), the runtime started from <head> only on calculator pages, and the
questions each calculator page carries (wegwijzer_build/markers/rekenhulp.py)."""
from __future__ import annotations

import json
import re
from html import unescape

import pytest

from calculators.api import run_json
from wegwijzer_build import BuildError
from wegwijzer_build.markers import begrippen, formulier
from wegwijzer_build.steps import material, wheel

ABBR = re.compile(r'<abbr title="([^"]*)">')


def pages(site_dir):
    return sorted(site_dir.rglob("*.html"))


def article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


def test_every_page_defers_materials_bundle_and_names_the_search_dialog(site_dir):
    for path in pages(site_dir):
        html = path.read_text(encoding="utf-8")
        assert re.search(r'<script src="[^"]*bundle\.[0-9a-f]+\.min\.js" defer></script>', html), path
        assert 'role="dialog" aria-label="Zoeken"' in html, path


def test_a_changed_material_template_fails_the_build_instead_of_losing_the_fix():
    with pytest.raises(BuildError, match="steps/material.py"):
        material.fix("<html><body>no bundle here</body></html>", "x.md")


def test_each_term_has_its_tooltip_once_per_page_and_every_page_keeps_its_first(site_dir):
    checked = 0
    for path in pages(site_dir):
        html = path.read_text(encoding="utf-8")
        if "<article" not in html:
            continue
        titles = ABBR.findall(article(html))
        assert len(titles) == len(set(titles)), path
        checked += bool(titles)
    assert checked > 30
    kosten = article((site_dir / "kosten" / "eigen-bijdrage" / "index.html").read_text(encoding="utf-8"))
    assert 'title="Het bedrag dat u zelf betaalt voor hulp uit de Wmo.">eigen bijdrage</abbr>' in kosten


def test_eerste_keer_unwraps_repeats_but_keeps_their_text():
    html = ('<p><abbr title="Uitleg A">Wmo</abbr> en <abbr title="Uitleg B">CAK</abbr>.</p>'
            '<p>Weer <abbr title="Uitleg A">Wmo</abbr>, ook <abbr title="Uitleg A">Wet maatschappelijke '
            'ondersteuning</abbr>.</p>')
    assert begrippen.eerste_keer(html) == (
        '<p><abbr title="Uitleg A">Wmo</abbr> en <abbr title="Uitleg B">CAK</abbr>.</p>'
        '<p>Weer Wmo, ook Wet maatschappelijke ondersteuning.</p>')


def test_a_term_inside_a_link_is_plain_text_and_the_next_one_explains_it():
    """A tap on a term in a link follows the link (the home page's card "Mijn aanvraag"): no tooltip there."""
    html = ('<p><a href="mijn-aanvraag/">Mijn <abbr title="Uitleg A">aanvraag</abbr></a></p>'
            '<p>Uw <abbr title="Uitleg A">aanvraag</abbr>.</p>')
    assert begrippen.eerste_keer(html) == ('<p><a href="mijn-aanvraag/">Mijn aanvraag</a></p>'
                                           '<p>Uw <abbr title="Uitleg A">aanvraag</abbr>.</p>')


def test_only_calculator_pages_start_the_runtime_from_head(site_dir):
    early = {p.relative_to(site_dir).parent.as_posix() for p in pages(site_dir)
             if 'name="rekenhulp-wheel"' in p.read_text(encoding="utf-8")}
    assert early == {"rekenhulp/eigen-bijdrage", "rekenhulp/toegang", "rekenhulp/termijnen", "rekenhulp/brieven"}
    html = (site_dir / "rekenhulp" / "toegang" / "index.html").read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    wheel = re.search(r'<meta name="rekenhulp-wheel" content="([^"]+)">', head)[1]
    assert f'data-wheel="{wheel}"' in html
    assert (site_dir / "assets" / "wheels" / wheel.split("?")[0]).is_file()
    snapshot = re.search(r'<meta name="rekenhulp-snapshot" content="([^"]+)">', head)[1]
    assert f'data-snapshot="{snapshot}"' in html
    assert (site_dir / "assets" / "wheels" / snapshot.split("?")[0]).stat().st_size > 10_000_000
    assert '<script type="module" async src="../../assets/js/rekenhulp.js"></script>' in head


def test_the_wheel_and_the_snapshot_depend_only_on_what_they_are_made_from(tmp_path):
    """A rebuild of the same sources gives the same wheel, and so finds its snapshot in the cache."""
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    eerste, tweede = wheel.build(tmp_path / "a"), wheel.build(tmp_path / "b")
    assert eerste.read_bytes() == tweede.read_bytes() and eerste.name == tweede.name
    # only the calculators, never the build code, with the metadata a wheel needs
    import zipfile
    names = zipfile.ZipFile(eerste).namelist()
    assert "calculators/api.py" in names and "calculators/params/abonnementstarief.toml" in names
    assert not [n for n in names if n.startswith("wegwijzer_build") or "__pycache__" in n]
    assert {n.split("/", 1)[1] for n in names if ".dist-info/" in n} == {"METADATA", "WHEEL", "RECORD",
                                                                          "top_level.txt"}


CALCULATOR_PAGES = {"eigen-bijdrage": "eigen_bijdrage", "toegang": "toegang", "termijnen": "termijnen",
                    "brieven": "brieven"}


def embedded_questions(html: str) -> str:
    return re.search(r'<script type="application/json" data-role="questions">(.*?)</script>', html, re.S)[1]


def test_each_calculator_page_carries_the_questions_its_runtime_gives(site_dir):
    for slug, naam in CALCULATOR_PAGES.items():
        html = (site_dir / "rekenhulp" / slug / "index.html").read_text(encoding="utf-8")
        gemeente = json.loads(unescape(re.search(r'data-gemeente="([^"]*)"', html)[1]))
        body = embedded_questions(html)
        assert "</" not in body
        # asked as on the day the page was built, so a build late on 31 December still matches on 1 January
        vandaag = re.search(r'data-vandaag="(\d{4}-\d{2}-\d{2})"', html)[1]
        asked = run_json(json.dumps({"v": 1, "calculator": naam, "action": "questions", "vandaag": vandaag,
                                     "input": {"gemeente": gemeente}}))
        assert json.loads(body) == json.loads(asked), slug


def test_each_calculator_form_is_in_the_page_with_a_field_per_question(site_dir):
    for slug in CALCULATOR_PAGES:
        html = (site_dir / "rekenhulp" / slug / "index.html").read_text(encoding="utf-8")
        questions = json.loads(embedded_questions(html))["result"]["questions"]
        form = re.search(r'<form data-role="form" novalidate>(.*?)</form>', html, re.S)[1]
        assert re.findall(r'<div class="veld" data-veld="([^"]+)"', form) == [q["id"] for q in questions]
        # a question that only applies after an answer starts hidden, its controls disabled
        for q in questions:
            field = re.search(rf'<div class="veld" data-veld="{q["id"]}"( hidden)?>(.*?)</div>(?=<div class="veld"|<button)',
                              form, re.S)
            assert bool(field[1]) == bool(q["when"]), (slug, q["id"])
            assert all(" disabled" in i for i in re.findall(r"<(?:input|textarea)[^>]*>", field[2])) == bool(q["when"])
        assert re.search(r'<button type="submit" class="md-button md-button--primary" disabled>', form)


def test_form_text_is_escaped():
    form = formulier
    vraag = {"id": "x", "label": 'A <b> & "c"', "type": "choice", "help": "", "required": False,
             "default": None, "when": {"y": ["ja"]}, "options": [{"value": "a&b", "label": "<i>"}]}
    html = form.veld("t", vraag, False)
    assert "<b>" not in html and "<i>" not in html and 'value="a&amp;b"' in html
    assert "Wis dit antwoord" in html and " hidden>" in html and " disabled>" in html


def test_text_questions_become_inputs_and_textareas_with_their_limits():
    form = formulier
    tekst = {"id": "naam", "label": "Uw naam", "type": "text", "help": "", "required": False,
             "recommended": True, "default": '"><script>', "when": {}, "options": [], "max_length": 100,
             "autocomplete": "name"}
    html = form.veld("b", tekst, True)
    assert 'type="text" maxlength="100" autocomplete="name" value="&quot;&gt;&lt;script&gt;"' in html
    assert "niet verplicht" not in html                       # needed for the letter, though not required
    vak = {**tekst, "id": "gronden", "type": "textarea", "default": "a\n\n<b>b</b>", "max_length": 10000,
           "recommended": False, "autocomplete": None}
    html = form.veld("b", vak, False)
    assert '<textarea id="b-gronden" name="gronden"' in html and 'maxlength="10000"' in html
    assert ">a&#10;&#10;&lt;b&gt;b&lt;/b&gt;</textarea>" in html and "\n" not in html
    assert "Hoogstens 10.000 tekens." in html and " disabled>" in html and "(niet verplicht)" in html
    keuze = {"id": "k", "label": "K", "type": "choice", "help": "", "required": False, "default": "b",
             "when": {}, "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}
    html = form.veld("b", keuze, True)
    assert 'value="b" checked>' in html and 'value="a">' in html
