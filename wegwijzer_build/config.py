"""Reading a site's ``mkdocs.yml`` without MkDocs, for the command line and other generators.

Only what the build needs: ``docs_dir``, ``site_dir`` and ``extra``, with ``INHERIT`` followed as
MkDocs does (the child's keys win, mappings are merged, paths are relative to the file that sets
them).
"""
from __future__ import annotations

from pathlib import Path

import yaml


def _merge(ouder: dict, kind: dict) -> dict:
    uit = dict(ouder)
    for k, v in kind.items():
        uit[k] = _merge(uit[k], v) if isinstance(v, dict) and isinstance(uit.get(k), dict) else v
    return uit


def lees(pad: Path) -> dict:
    """The configuration with ``INHERIT`` resolved; adds ``_dir`` per path key (where it was set)."""
    pad = Path(pad).resolve()
    data = yaml.safe_load(pad.read_text(encoding="utf-8")) or {}
    for sleutel in ("docs_dir", "site_dir"):
        if sleutel in data:
            data[sleutel] = str((pad.parent / data[sleutel]).resolve())
    data["_config_dir"] = str(pad.parent)
    if "INHERIT" in data:
        ouder = lees(pad.parent / data.pop("INHERIT"))
        ouder.pop("_config_dir", None)
        data = _merge(ouder, data)
    data.setdefault("docs_dir", str(pad.parent / "docs"))
    data.setdefault("site_dir", str(pad.parent / "site"))
    return data
