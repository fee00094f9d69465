"""The topics issue 18 found missing for residents, each its own page of the house's shape: "In het kort"
right under the title, at most 1,200 words of running text, the legal detail folded away with dated
article links, in the navigation, and every link that fills a calculator's form naming a question and an
answer that calculator really has (the prefill contract of overrides/assets/js/rekenhulp.js)."""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl

import pytest

from calculators.api import run_json
from conftest import ROOT
from test_readability import sentences

DOCS = ROOT / "docs"
PAGINAS = ["kosten/besparingsbijdrage.md", "hulp-vragen/mantelzorg.md", "hulp-vragen/vervoer.md",
           "besluit/voorlopige-voorziening.md", "besluit/klacht.md", "besluit/geen-antwoord.md",
           "over/hulp-en-contact.md"]
MAX_WOORDEN = 1200
WETTEN = re.compile(r"https://wetten\.overheid\.nl/[^)\s]+")
GEDATEERD = re.compile(r"https://wetten\.overheid\.nl/BWBR\d{7}/\d{4}-\d{2}-\d{2}#Artikel[0-9a-z.:]+$")
VOORVUL = re.compile(r"\]\(\.\./rekenhulp/(brieven|termijnen)\.md#([^)]+)\)")


def _tekst(pagina: str) -> str:
    return (DOCS / pagina).read_text(encoding="utf-8")


@pytest.mark.parametrize("pagina", PAGINAS)
def test_in_het_kort_opens_the_page_right_under_its_title(pagina):
    regels = _tekst(pagina).splitlines()
    assert regels[0].startswith("# ") and regels[1] == "", pagina
    assert regels[2] == '!!! abstract "In het kort"', pagina
    punten = []
    for regel in regels[3:]:
        if not regel.startswith("    "):
            break
        punten.append(regel)
    assert 3 <= len(punten) <= 5 and all(p.startswith("    - ") for p in punten), punten


@pytest.mark.parametrize("pagina", PAGINAS)
def test_at_most_1200_words_and_the_legal_detail_folded_with_dated_articles(pagina):
    tekst = _tekst(pagina)
    woorden = sum(sentences(tekst))
    assert woorden <= MAX_WOORDEN, (pagina, woorden)
    assert '??? info "Voor wie het precies wil weten"' in tekst, pagina
    gevouwen = tekst.split('??? info "Voor wie het precies wil weten"', 1)[1]
    links = WETTEN.findall(gevouwen)
    assert links, pagina
    for link in WETTEN.findall(tekst):
        assert GEDATEERD.match(link), (pagina, link)


def test_each_page_is_in_the_navigation():
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:", 1)[1]
    for pagina in PAGINAS:
        assert f": {pagina}" in nav, pagina


def _vragen(calculator: str) -> dict[str, set[str] | None]:
    antwoord = json.loads(run_json(json.dumps({"v": 1, "calculator": calculator, "action": "questions",
                                               "input": {}})))
    assert antwoord["ok"], antwoord
    return {q["id"]: ({o["value"] for o in q["options"]} if q.get("options") else None)
            for q in antwoord["result"]["questions"]}


def test_every_link_that_fills_a_form_names_a_real_question_and_answer():
    vragen = {c: _vragen(c) for c in ("brieven", "termijnen")}
    gezien = 0
    for pagina in sorted(DOCS.rglob("*.md")):
        for calculator, hash_ in VOORVUL.findall(pagina.read_text(encoding="utf-8")):
            paren = parse_qsl(hash_)
            if not paren or "=" not in hash_:
                continue   # an ordinary anchor such as #griffierecht
            for vraag, antwoord in paren:
                assert vraag in vragen[calculator], (pagina, calculator, vraag)
                keuzes = vragen[calculator][vraag]
                assert keuzes is None or antwoord in keuzes, (pagina, calculator, vraag, antwoord)
                gezien += 1
    assert gezien >= 10
