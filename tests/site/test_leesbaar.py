"""The build's part of issue 18: table cells labelled with their column (wegwijzer_build/tabellen.py)
and search labels and weights for professionals' pages (wegwijzer_build/zoeken.py), as functions
and in the built site."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import markdown

from wegwijzer_build import zoeken
from wegwijzer_build.markdown import WegwijzerExtension
from wegwijzer_build.tabellen import Tabellen

def html(text: str) -> str:
    md = markdown.Markdown(extensions=["tables", "abbr", "md_in_html"])
    md.treeprocessors.register(Tabellen(md), "tabellen", -1)
    return md.convert(text)


def test_each_cell_carries_its_columns_header():
    out = html("| Stap | *Wat* gebeurt er? | Wet |\n|---|---|---|\n| 1 | melden | 2.3.2 |\n| 2 | plan | |\n")
    assert out.count('data-label="Stap"') == 2
    assert out.count('data-label="Wat gebeurt er?"') == 2
    assert out.count('data-label="Wet"') == 2
    assert "<table data-stapelen" in out


def test_two_columns_stay_a_table_and_an_empty_header_gives_no_label():
    out = html("|  | Pgb |\n|---|---|\n| Wie regelt het? | U |\n")
    assert "data-stapelen" not in out
    assert 'data-label="Pgb"' in out and 'data-label=""' not in out
    assert out.count("data-label") == 1


def test_raw_html_in_a_header_is_left_out_of_the_label():
    out = html("| A <br> B | C | D |\n|---|---|---|\n| 1 | 2 | 3 |\n")
    assert 'data-label="A B"' in out


def test_the_extension_registers_the_table_labels():
    md = markdown.Markdown(extensions=["tables", WegwijzerExtension(state="unused.json")])
    assert "wegwijzer_tabellen" in md.treeprocessors


class Tables(HTMLParser):
    """Each table of a page as (its attributes, header texts, rows of the cells' data-label)."""

    def __init__(self):
        super().__init__()
        self.tables, self.header = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append((attrs, [], []))
        elif tag == "th" and self.tables:
            self.header = ""
        elif tag == "tr" and self.tables:
            self.tables[-1][2].append([])
        elif tag == "td" and self.tables:
            self.tables[-1][2][-1].append(attrs.get("data-label"))

    def handle_endtag(self, tag):
        if tag == "th" and self.header is not None:
            self.tables[-1][1].append(" ".join(self.header.split()))
            self.header = None

    def handle_data(self, data):
        if self.header is not None:
            self.header += data


def test_every_built_table_is_labelled_and_wide_ones_stack(site_dir):
    seen = 0
    for page in sorted(site_dir.rglob("*.html")):
        parser = Tables()
        parser.feed(page.read_text(encoding="utf-8"))
        for attrs, headers, rows in parser.tables:
            if not headers:
                continue
            seen += 1
            assert ("data-stapelen" in attrs) == (len(headers) >= 3), (page, headers)
            for row in filter(None, rows):
                assert row == [h or None for h in headers], (page, headers, row)
    assert seen > 30


def test_professionals_pages_get_a_label_and_a_lower_weight():
    assert zoeken.meta("professionals/reuma/gesprek.md", {}) == {
        "tags": ["Voor professionals"], "search": {"boost": zoeken.GEWICHT}}
    assert zoeken.meta("professionals/index.md", {"tags": ["Reuma", "Voor professionals"], "search": {"boost": 2}}) == {
        "tags": ["Voor professionals", "Reuma"], "search": {"boost": 2}}
    assert zoeken.meta("kosten/index.md", {"tags": ["Kosten"]}) == {"tags": ["Kosten"]}
    assert zoeken.meta("hulp-vragen/reuma.md", {}) == {}


def test_the_search_index_labels_exactly_the_professionals_pages(site_dir):
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    for doc in docs:
        pro = doc["location"].startswith("professionals/")
        assert ("Voor professionals" in doc.get("tags", [])) == pro, doc["location"]
        assert (doc.get("boost") == zoeken.GEWICHT) == pro, doc["location"]
    assert all("Kosten" in d.get("tags", []) for d in docs if re.match(r"kosten/(#|$)", d["location"]))
