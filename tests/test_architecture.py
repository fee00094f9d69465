"""The house (README, "Layout"): arrows run one way, each room keeps to its own imports.

- ``calculators/`` is standard library only, never imports the site's build, MkDocs or Pyodide,
  and its packages import each other without a circle.
- The site's build (``wegwijzer_build``) and the scripts reach the calculators only through their
  public surface: ``calculators.api`` and ``calculators.wet`` (and the package itself, to zip it).
- Only ``wegwijzer_build/mkdocs_plugin.py`` imports MkDocs; ``overrides/`` holds no Python.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

from conftest import ROOT

PUBLIC = {"calculators", "calculators.api", "calculators.wet"}


def modules(package: str) -> dict[str, Path]:
    base = ROOT / package
    found = {}
    for path in sorted(base.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module
            out.add(mod)
            # "from . import tekst" imports a module too
            out |= {f"{mod}.{a.name}" for a in node.names}
    return out


def test_calculators_use_only_the_standard_library():
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for name, path in modules("calculators").items():
        for mod in imports(name, path):
            top = mod.split(".")[0]
            assert top == "calculators" or top in stdlib, f"{name} imports {mod}"


def test_the_calculators_packages_import_each_other_without_a_circle():
    mods = modules("calculators")
    # A package's __init__ re-exporting its own modules is not a circle; anything else is.
    graph = {n: {m for m in imports(n, p) if m in mods and m != n and not m.startswith(n + ".")}
             for n, p in mods.items()}
    state: dict[str, str] = {}

    def visit(n: str, path: list[str]) -> None:
        state[n] = "open"
        for m in sorted(graph[n]):
            assert state.get(m) != "open", f"import circle: {' -> '.join(path + [m])}"
            if m not in state:
                visit(m, path + [m])
        state[n] = "done"
    for n in mods:
        if n not in state:
            visit(n, [n])
    assert len(mods) > 20


def test_the_site_reaches_the_calculators_only_through_their_public_surface():
    checked = 0
    for package in ("wegwijzer_build", "scripts"):
        for name, path in modules(package).items():
            used = {m for m in imports(name, path) if m.split(".")[0] == "calculators"}
            # "from calculators.wet import euro" lists calculators.wet.euro: keep the module part
            private = {m for m in used if not any(m == p or m.startswith(p + ".") and m.count(".") == p.count(".") + 1
                                                  for p in PUBLIC - {"calculators"}) and m != "calculators"}
            assert private == set(), f"{path.relative_to(ROOT)} imports {sorted(private)}"
            checked += bool(used)
    assert checked >= 5


def test_only_the_plugin_imports_mkdocs_and_the_theme_folder_holds_no_python():
    for name, path in modules("wegwijzer_build").items():
        uses_mkdocs = any(m == "mkdocs" or m.startswith("mkdocs.") for m in imports(name, path))
        assert uses_mkdocs == (name == "wegwijzer_build.mkdocs_plugin"), name
    assert list((ROOT / "overrides").rglob("*.py")) == []


def test_the_plugin_is_registered_by_name():
    from importlib.metadata import entry_points
    (ep,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "wegwijzer"]
    assert ep.value == "wegwijzer_build.mkdocs_plugin:WegwijzerPlugin"
