"""The two phases around a generator's page rendering: :func:`prebuild` and :func:`postbuild`."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from calculators import wet

from . import markers
from .context import ROOT, Bouw, log
from .errors import BuildError
from .gemeente import lees_gemeente, verouderd
from .steps import offline, precompress, runtime, snapshot, stdlib, wheel

VOORUIT_DAGEN = 60   # a parameter that runs out within this many days gets a build warning


def prebuild(*, docs_dir: Path, extra: dict | None = None, config_dir: Path | None = None,
             serve: bool = False, vandaag: date | None = None,
             warn: Callable[[str], None] = log.warning) -> Bouw:
    """Everything pages need, read and checked once. A wrong gemeente field stops here, first.

    ``extra`` is the configuration's ``extra`` block; ``config_dir`` the folder of the file that
    holds it (a gemeente's logo is looked up there). ``serve``: a development server, which gets
    no cut standard library and no snapshot, so an edited calculator shows at once (the browser
    then boots Python on Pyodide's full standard library)."""
    bouw = Bouw(docs_dir=Path(docs_dir), vandaag=vandaag or date.today(), serve=serve, warn=warn)
    actualiteit(bouw.vandaag)
    extra = extra or {}
    if "rekenhulp_gemeente" in extra:
        raise BuildError("Gemeente-editie: zet de keuzes voor de rekenhulp alleen in "
                         "extra.gemeente.bijdrage en haal extra.rekenhulp_gemeente weg.")
    if extra.get("gemeente") is not None:
        bouw.gemeente_ruw, bouw.gemeente_map = extra["gemeente"], Path(config_dir or ".")
        bouw.gemeente = lees_gemeente(bouw.gemeente_ruw, bouw.gemeente_map, bouw.vandaag)
        if melding := verouderd(bouw.gemeente, bouw.vandaag):
            warn(melding)
    bouw.wheel = wheel.build()
    if not serve:
        pyodide = runtime.pyodide_dir(ROOT)
        bouw.stdlib = stdlib.make(bouw.wheel, pyodide)
        bouw.snapshot = snapshot.make(bouw.wheel, pyodide, bouw.stdlib)
    return bouw


def actualiteit(vandaag: date) -> None:
    """Warn maintainers about every parameter that runs out within ``VOORUIT_DAGEN`` days (or did).

    Through the ``wegwijzer_build`` logger, never MkDocs' own: a strict MkDocs build stops on any
    warning of the ``mkdocs`` logger, and the calendar alone must not stop a build (the pages then
    say the new figures are not known yet)."""
    for s in wet.verloopt(vandaag, VOORUIT_DAGEN):
        wanneer = (f"ran out {-s.dagen} days ago" if s.dagen < 0
                   else f"runs out in {s.dagen} days")
        log.warning("calculators/params/%s.toml is known up to %s: it %s. Check its source and add "
                    "the next value (README, 'Jaarlijkse update'; python -m calculators --actualiteit).",
                    s.naam, s.gedekt_tot.isoformat(), wanneer)


def check_markers(site: Path) -> None:
    """No page of the written site may show a marker (``[[waarde:…]]``) to a visitor."""
    left = [(p.relative_to(site).as_posix(), m) for p in sorted(site.rglob("*.html"))
            if (m := markers.overgebleven(p.read_text(encoding="utf-8")))]
    if left:
        raise BuildError("Markers were not replaced: " + "; ".join(f"{p}: {m}" for p, m in left[:5])
                         + (f" (and {len(left) - 5} more)" if len(left) > 5 else ""))


def postbuild(site: Path, bouw: Bouw) -> None:
    """Finish a written site: runtime and wheel, marker check, service worker, compressed copies."""
    site = Path(site)
    runtime.copy(site, ROOT, {name: getattr(bouw, key) for key, name in bouw.runtime.items() if name})
    check_markers(site)
    offline.write(site, serve=bouw.serve)   # after every file is written: it lists them all
    if not bouw.serve:
        precompress.precompress_site(site)   # last: it compresses sw.js too
