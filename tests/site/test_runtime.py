"""The calculators' runtime in the built site (wegwijzer_build/steps: stdlib, runtime, snapshot,
offline): the cut standard library is compiled, stored and far smaller than Pyodide's, and carries
the fallback for a module it left out; Pyodide's lock comes without its packages; every file of the
calculators has its hash in its name; the service worker keeps the snapshot and the full standard
library apart. The browser side is in tests/browser/test_browser_offline.py."""
from __future__ import annotations

import importlib
import json
import re
import sys
import zipfile

import pytest

from calculators.api import CALCULATORS
from conftest import ROOT
from wegwijzer_build.steps import offline, stdlib, stdlib_fallback, wheel

WHEELS = "assets/wheels"


def runtime_names(site_dir) -> dict[str, str]:
    html = (site_dir / "rekenhulp" / "toegang" / "index.html").read_text(encoding="utf-8")
    return dict(re.findall(r'<meta name="rekenhulp-(\w+)" content="([^"]+)">', html))


def test_the_calculators_files_carry_their_hash_and_the_page_names_each_once(site_dir):
    names = runtime_names(site_dir)
    assert set(names) == {"wheel", "stdlib", "snapshot"}
    for key, suffix in (("wheel", "whl"), ("stdlib", "zip"), ("snapshot", "snapshot")):
        assert re.fullmatch(rf"calculators-[0-9a-f]{{12}}\.{suffix}", names[key]), names
        assert (site_dir / WHEELS / names[key]).is_file()
    for key in ("wheel", "stdlib"):   # named by content: a rebuild of the same calculators keeps the URL
        assert names[key] == f"calculators-{wheel.digest(site_dir / WHEELS / names[key])}.{names[key][-3:]}"
    html = (site_dir / "rekenhulp" / "toegang" / "index.html").read_text(encoding="utf-8")
    assert all(f'data-{key}="{name}"' in html for key, name in names.items())
    assert "?v=" not in html


def test_the_cut_standard_library_is_compiled_stored_and_small(site_dir):
    path = site_dir / WHEELS / runtime_names(site_dir)["stdlib"]
    full = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    with zipfile.ZipFile(path) as cut:
        infos = cut.infolist()
        names = {i.filename for i in infos}
        assert all(i.compress_type == zipfile.ZIP_STORED for i in infos)
        assert all(n.endswith(".pyc") for n in names)
        # what Pyodide's own start needs, what the calculators import, and the fallback
        assert {"_pyodide/_base.pyc", "pyodide/webloop.pyc", "datetime.pyc", "tomllib/_parser.pyc",
                "json/decoder.pyc", "_stdlib_fallback.pyc"} <= names
        # modules Python carries frozen are not loaded from the zip, and nothing unused is in it
        assert not names & {"os.pyc", "codecs.pyc", "io.pyc", "site.pyc", "email/__init__.pyc", "xml/__init__.pyc",
                            "unittest/__init__.pyc", "pydoc.pyc", "sqlite3/__init__.pyc"}
        pyc = cut.read("datetime.pyc")
        assert int.from_bytes(pyc[4:8], "little") == 0b01   # hash-based, unchecked: no source needed
    assert len(infos) < 200
    compressed = (path.parent / (path.name + ".br")).stat().st_size
    # 0.6 MB against 2.5 MB: compiled without docstrings and without column ranges (stdlib.mjs)
    assert compressed < full.stat().st_size * 0.25, compressed


def test_the_fallback_module_lists_the_whole_standard_library_of_pyodide(site_dir):
    path = site_dir / WHEELS / runtime_names(site_dir)["stdlib"]
    full = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").namelist()
    marshalled = zipfile.ZipFile(path).read("_stdlib_fallback.pyc")
    # Its STDLIB constant names every module of the full zip (strings inside the code object).
    for module in ("email.mime.text", "xml.dom.minidom", "calendar", "encodings.cp1252", "sqlite3"):
        assert module.encode() in marshalled, module
    assert "email/mime/text.py" in full


def test_the_site_ships_pyodides_lock_without_its_packages(site_dir):
    lock = json.loads((site_dir / "assets" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    stock = json.loads((ROOT / "node_modules" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    assert lock == {"info": stock["info"], "packages": {}}
    assert (site_dir / "assets" / "pyodide" / "python_stdlib.zip").read_bytes() == \
        (ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").read_bytes()   # the fallback


def test_the_service_worker_keeps_the_snapshot_and_the_full_library_only_when_the_browser_has_them(site_dir):
    groups = offline.manifest(site_dir)
    names = runtime_names(site_dir)
    assert set(groups["optional"]) == {"assets/pyodide/python_stdlib.zip", f"{WHEELS}/{names['snapshot']}"}
    assert {f"{WHEELS}/{names['wheel']}", f"{WHEELS}/{names['stdlib']}", "assets/pyodide/pyodide.asm.wasm",
            "assets/pyodide/pyodide.asm.mjs", "assets/pyodide/pyodide.mjs"} <= set(groups["runtime"])
    assert not set(groups["optional"]) & set(groups["runtime"])


def test_the_pages_bundle_holds_every_page_as_it_is_and_sends_them_in_a_third_of_the_bytes(site_dir):
    """sw.js takes a first copy of the pages from one file (offline.py, ``write_pages``): each page's
    text must be its file's bytes (the worker checks them against the revision), and brotli over all
    of them together must beat the pages one by one, which share header, navigation and footer."""
    text = (site_dir / "sw.js").read_text(encoding="utf-8")
    data = json.loads(re.search(r"^const MANIFEST = (.*);$", text, re.M).group(1))
    bundle = site_dir / data["pages"]["bundle"]
    texts = json.loads(bundle.read_bytes())
    assert sorted(texts) == data["pages"]["urls"]
    assert {"", "404.html", "rekenhulp/brieven/", "over/privacy/"} <= set(texts)
    one_by_one = 0
    for url, page in texts.items():
        path = site_dir / (url if url.endswith(".html") else url + "index.html")
        assert page.encode() == path.read_bytes(), url
        assert offline.revision(path) == data["site"][url], url
        one_by_one += path.with_name(path.name + ".br").stat().st_size
    assert (bundle.parent / (bundle.name + ".br")).stat().st_size < one_by_one / 3
    assert [p.name for p in bundle.parent.iterdir() if p.suffix == ".json"] == [bundle.name]   # no older one


def test_the_trace_runs_every_legal_case_every_calculators_questions_and_hostile_requests():
    def decoded_or_text(text):
        try:
            return json.loads(text)
        except ValueError:
            return text
    requests = [decoded_or_text(r) for r in stdlib.requests()]
    cases = sum(len(re.findall(r"^\[\[case\]\]", p.read_text(encoding="utf-8"), re.M))
                for p in (ROOT / "tests" / "cases").glob("*.toml"))
    decoded = [r for r in requests if isinstance(r, dict) and "calculator" in r]
    assert len([r for r in decoded if r.get("action") != "questions" and "input" in r]) >= cases > 200
    assert {r["calculator"] for r in decoded if r.get("action") == "questions"} == set(CALCULATORS)
    files = [r for r in decoded if r.get("action") == "download"]
    assert {r["input"]["formaat"] for r in files} == {"docx", "odt", "txt"} and {r["calculator"] for r in files}
    assert any(isinstance(r, str) for r in requests) and [] in requests   # broken JSON, a list


# ---- the fallback module itself, in CPython: it only notices, and makes a second zip findable ----
@pytest.fixture
def fallback(monkeypatch, tmp_path):
    module = importlib.reload(stdlib_fallback)
    monkeypatch.setattr(module, "STDLIB", frozenset({"wmo_nep", "wmo_nep.sub"}))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.setattr(sys, "path", list(sys.path))
    yield module
    for name in [n for n in sys.modules if n.startswith("wmo_nep")]:
        del sys.modules[name]


def test_the_fallback_reports_a_missing_standard_module_and_finds_nothing_itself(fallback):
    missed = []
    fallback.install(missed.append)
    fallback.install(missed.append)   # installing twice keeps one finder, the last one
    assert sum(isinstance(f, fallback.Fallback) for f in sys.meta_path) == 1
    assert isinstance(sys.meta_path[-1], fallback.Fallback)
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wmo_nep")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wmo_geen_stdlib")   # not in the standard library: not reported
    assert missed == ["wmo_nep"]


def test_the_full_zip_added_later_is_found_for_new_modules_and_for_packages_of_the_cut(fallback, tmp_path,
                                                                                       monkeypatch):
    cut, full = tmp_path / "cut.zip", tmp_path / "full.zip"
    with zipfile.ZipFile(cut, "w") as z:
        z.writestr("wmo_nep/__init__.py", "")
    with zipfile.ZipFile(full, "w") as z:
        z.writestr("wmo_nep/__init__.py", "")
        z.writestr("wmo_nep/sub.py", "ANTWOORD = 42\n")
    monkeypatch.setattr(fallback, "CUT", str(cut))
    sys.path.append(str(cut))
    missed = []
    fallback.install(missed.append)
    importlib.import_module("wmo_nep")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wmo_nep.sub")
    assert missed == ["wmo_nep.sub"]
    fallback.add(str(full))
    assert importlib.import_module("wmo_nep.sub").ANTWOORD == 42
    assert sys.modules["wmo_nep"].__path__ == [f"{cut}/wmo_nep", f"{full}/wmo_nep"]
