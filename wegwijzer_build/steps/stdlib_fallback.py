"""Runs in the browser, inside the cut standard library (``stdlib.py`` puts it in that zip as
``_stdlib_fallback``, with ``STDLIB`` filled in): notices an import of a standard library module the
cut left out, so the worker can fetch Pyodide's full ``python_stdlib.zip`` and run the request again.

The finder sits last on ``sys.meta_path``: it is only asked for a name no other finder found, and
never finds anything itself. Asked for a module of the full standard library, it calls ``on_miss``
(a JavaScript function of the worker) and lets the import fail as usual; Python code that catches
that ImportError would take another path than with the full library, which is why the worker runs
the whole request again rather than trusting the first answer.
"""
import importlib
import sys

STDLIB: frozenset = frozenset()   # every module of the full python_stdlib.zip; written by stdlib.py
CUT = "/lib/python{}{}.zip".format(*sys.version_info[:2])   # where Pyodide puts the (cut) zip


class Fallback:
    def __init__(self, on_miss):
        self.on_miss = on_miss

    def find_spec(self, name, path=None, target=None):
        if name in STDLIB:
            self.on_miss(name)
        return None


def install(on_miss) -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, Fallback)] + [Fallback(on_miss)]


def add(full: str) -> None:
    """``full``: the full zip, written to the file system. Imports find it from now on, for
    packages of the cut zip too (their ``__path__`` also looks inside it)."""
    if full not in sys.path:
        sys.path.append(full)
    for module in list(sys.modules.values()):
        paths = getattr(module, "__path__", None)
        if isinstance(paths, list):
            paths += [full + p[len(CUT):] for p in paths if p.startswith(CUT + "/")
                      and full + p[len(CUT):] not in paths]
    importlib.invalidate_caches()
