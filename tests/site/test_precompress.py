"""Pre-compressed copies (wegwijzer_build/steps/precompress.py): which files get them, that they decode to
the original bytes, and that a host serving them (scripts/benchmark.py) sends them with the right
Content-Encoding, so the browser gets the real file."""
from __future__ import annotations

import gzip
import io
import os
import sys
import urllib.request
import zipfile

import brotli
import pytest

from conftest import ROOT
from wegwijzer_build.steps import precompress

sys.path.insert(0, str(ROOT / "scripts"))
from benchmark import Server  # noqa: E402

TEXT = ("<p>Wat kost de Wmo? Het abonnementstarief is een vast bedrag per maand.</p>\n" * 200).encode()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("WMO_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "precompress"


def build(tmp_path, files: dict[str, bytes]):
    site = tmp_path / "site"
    for name, data in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(data)
    precompress.precompress_site(site)
    return site


def test_large_text_gets_brotli_and_gzip_copies_that_decode_to_the_original(tmp_path, cache):
    site = build(tmp_path, {"index.html": TEXT, "assets/app.js": TEXT, "assets/pyodide/x.wasm": TEXT})
    for name in ("index.html", "assets/app.js", "assets/pyodide/x.wasm"):
        assert brotli.decompress((site / f"{name}.br").read_bytes()) == TEXT
        assert gzip.decompress((site / f"{name}.gz").read_bytes()) == TEXT
        assert (site / f"{name}.br").stat().st_size < len(TEXT) / 10


def test_a_zip_that_stores_its_files_gets_copies_and_a_deflated_one_none(tmp_path, cache):
    def archive(compression):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression) as z:
            z.writestr("calculators/api.py", TEXT)
        return out.getvalue()
    site = build(tmp_path, {"stored.zip": archive(zipfile.ZIP_STORED), "stored.whl": archive(zipfile.ZIP_STORED),
                            "deflated.zip": archive(zipfile.ZIP_DEFLATED), "deflated.whl": archive(zipfile.ZIP_DEFLATED)})
    assert sorted(p.name for p in site.iterdir() if p.suffix in (".br", ".gz")) == [
        "stored.whl.br", "stored.whl.gz", "stored.zip.br", "stored.zip.gz"]


def test_tiny_files_compressed_formats_and_incompressible_data_get_no_copy(tmp_path, cache):
    noise = os.urandom(50_000)
    site = build(tmp_path, {"tiny.css": b"a{color:red}", "plaatje.png": TEXT, "calc.whl": TEXT,
                            "stdlib.zip": TEXT, "random.wasm": noise, "sitemap.xml.gz": gzip.compress(TEXT)})
    assert sorted(p.name for p in site.iterdir()) == sorted(
        ["tiny.css", "plaatje.png", "calc.whl", "stdlib.zip", "random.wasm", "sitemap.xml.gz"])


def test_output_is_reproducible_and_cached_by_content(tmp_path, cache):
    site = build(tmp_path, {"a.html": TEXT})
    first = (site / "a.html.gz").read_bytes()
    assert sorted(p.suffix for p in cache.iterdir()) == [".br", ".gz"]
    for entry in cache.iterdir():            # a cached result is used as it is
        entry.write_bytes(b"from the cache")
    (site / "a.html.gz").unlink()
    precompress.precompress_site(site)
    assert (site / "a.html.gz").read_bytes() == b"from the cache"
    assert gzip.compress(TEXT, compresslevel=9, mtime=0) == first


def test_the_built_site_has_compressed_copies_of_pages_and_runtime(site_dir):
    for name in ("index.html", "sw.js", "search/search_index.json", "assets/pyodide/pyodide.asm.wasm",
                 "assets/pyodide/pyodide.asm.mjs", "rekenhulp/toegang/index.html"):
        original = (site_dir / name).read_bytes()
        assert brotli.decompress((site_dir / f"{name}.br").read_bytes()) == original, name
        assert gzip.decompress((site_dir / f"{name}.gz").read_bytes()) == original, name
    # Pyodide's deflated standard library gains nothing; the wheel and the cut library store their files
    assert not list(site_dir.rglob("python_stdlib.zip.*"))
    for archive in [*site_dir.glob("assets/wheels/*.whl"), *site_dir.glob("assets/wheels/*.zip")]:
        compressed = archive.with_name(archive.name + ".br")
        assert brotli.decompress(compressed.read_bytes()) == archive.read_bytes()
        assert compressed.stat().st_size < archive.stat().st_size * 0.4, archive
    wasm = site_dir / "assets/pyodide/pyodide.asm.wasm"
    assert (site_dir / "assets/pyodide/pyodide.asm.wasm.br").stat().st_size < wasm.stat().st_size * 0.35


@pytest.mark.parametrize("accept, encoding, decode", [
    ("br, gzip", "br", brotli.decompress),
    ("gzip, deflate", "gzip", gzip.decompress),
    ("identity", None, lambda data: data),
])
def test_the_host_sends_the_copy_the_browser_accepts(site_dir, accept, encoding, decode):
    with Server(site_dir) as server:
        for path, name in (("assets/pyodide/pyodide.asm.wasm", "assets/pyodide/pyodide.asm.wasm"),
                           ("rekenhulp/toegang/", "rekenhulp/toegang/index.html")):
            req = urllib.request.Request(server.url + path, headers={"Accept-Encoding": accept})
            with urllib.request.urlopen(req) as response:
                assert response.headers.get("Content-Encoding") == encoding
                assert response.headers.get("Vary") == "Accept-Encoding"
                assert decode(response.read()) == (site_dir / name).read_bytes()
        assert server.take()[0]["path"] == "/assets/pyodide/pyodide.asm.wasm"
        wasm = urllib.request.Request(server.url + "assets/pyodide/pyodide.asm.wasm")
        with urllib.request.urlopen(wasm) as response:
            assert response.headers["Content-Type"] == "application/wasm"
