"""Shared plumbing of the calculators, no law of its own: dates, money (eurocent), the dated
parameters (law as data), citations, questions and input checks, calendar files.

Private to ``calculators``: the site reads law data through :mod:`calculators.wet` and runs the
calculators through :func:`calculators.api.run_json`.
"""
