"""Wmo-rekenhulpen: pure-Python calculators for the Wet maatschappelijke ondersteuning 2015.

Standard library only, so the same code runs in CPython and in Pyodide.
The one boundary is :func:`calculators.api.run_json` (see README, "Rekenhulp contract").
"""

__version__ = "0.1.0"
