"""One route, told the same everywhere (issue 18): the steps in mkdocs.yml ``extra.route`` are the
numbered steps of docs/hulp-vragen/stappen.md (table and headings) and the home page's list, in the
same order, with the same names and links; the navigation keeps the procedure's order."""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

ROOT = Path(__file__).resolve().parents[2]
CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
ROUTE = CONFIG["extra"]["route"]
STAPPEN = (ROOT / "docs/hulp-vragen/stappen.md").read_text(encoding="utf-8")
HOME = (ROOT / "docs/index.md").read_text(encoding="utf-8")


def url(md: str, van: str) -> str:
    """A Markdown link target on page ``van`` as the built site's URL (use_directory_urls)."""
    pad, _, anker = md.partition("#")
    pad = (Path(van).parent / pad).as_posix() if pad else van
    pad = re.sub(r"(^|/)index\.md$", r"\1", re.sub(r"\.md$", "/", pad)).replace("index/", "")
    while "/../" in "/" + pad:
        pad = re.sub(r"(^|/)[^/]+/\.\./", r"\1", pad, count=1)
    return pad + ("#" + anker if anker else "")


def test_the_steps_page_numbers_the_same_steps():
    tabel = re.findall(r"^\| (\d+)\. ([^|]+?) \|", STAPPEN, re.M)
    assert [(int(n), naam) for n, naam in tabel] == [(i + 1, s["stap"]) for i, s in enumerate(ROUTE)]
    koppen = re.findall(r"^## Stap (\d+): ", STAPPEN, re.M)
    assert [int(k) for k in koppen] == list(range(1, len(ROUTE) + 1))


def test_the_home_page_lists_the_route_with_its_links():
    lijst = re.findall(r"^(\d+)\. \[([^\]]+)\]\(([^)]+)\)$", HOME, re.M)
    assert [(int(n), naam, url(doel, "index.md")) for n, naam, doel in lijst] == \
        [(i + 1, s["stap"], s["url"]) for i, s in enumerate(ROUTE)]
    kaart = re.search(r"\*\*\[Ik wil hulp vragen\]\(([^)]+)\)\*\*", HOME)
    assert url(kaart.group(1), "index.md") == ROUTE[0]["url"]


def test_the_route_anchors_are_headings_of_the_steps_page():
    for stap in ROUTE:
        if stap["url"].startswith("hulp-vragen/stappen/#"):
            anker = stap["url"].split("#")[1]
            assert anker in {slugify(k, "-") for k in re.findall(r"^## (.+)$", STAPPEN, re.M)}, anker


def flat(nav) -> list[str]:
    out = []
    for item in nav:
        waarde = next(iter(item.values())) if isinstance(item, dict) else item
        out += flat(waarde) if isinstance(waarde, list) else [waarde]
    return out


def test_the_navigation_follows_the_procedure_and_keeps_help_on_top():
    pages = flat(CONFIG["nav"])
    volgorde = ["hulp-vragen/stappen.md", "hulp-vragen/persoonlijk-plan.md", "hulp-vragen/clientondersteuning.md",
                "hulp-vragen/keukentafelgesprek.md", "checklists/keukentafelgesprek.md", "checklists/aanvraag.md",
                "besluit/index.md", "besluit/bezwaar-en-beroep.md", "checklists/bezwaar.md", "rekenhulp/brieven.md"]
    assert [pages.index(p) for p in volgorde] == sorted(pages.index(p) for p in volgorde)
    boven = [next(iter(i.values())) if isinstance(i, dict) else i for i in CONFIG["nav"]]
    assert "over/hulp-en-contact.md" in boven and "over/begrippen.md" in boven
    assert boven.index("mijn-aanvraag.md") == 1
    # "Voor gemeenten" is not in the residents' path: after every resident page.
    assert pages.index("over/voor-gemeenten.md") > pages.index("professionals/index.md")
    assert len(pages) == len(set(pages)), "a page twice in the navigation"
