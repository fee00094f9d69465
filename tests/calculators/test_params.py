"""Law as data: every parameter file is complete, dated and sourced; dates outside fail closed."""
from datetime import date, timedelta

import pytest

from calculators.kern import params as _params


def test_every_value_has_a_source_and_a_check_date():
    for p in _params.alle():
        assert p.omschrijving and p.eenheid
        for w in p.waarden:
            assert w.bron.startswith("https://"), (p.naam, w)
            # Not after the newest research memo (2026-12-01): a later date is a typing error.
            assert isinstance(w.verified_on, date) and w.verified_on <= date(2026, 12, 1)
            assert w.zekerheid in ("V", "V-sec"), (p.naam, w.zekerheid)


def test_values_follow_each_other_without_gaps():
    for p in _params.alle():
        for eerder, later in zip(p.waarden, p.waarden[1:]):
            assert eerder.geldig_tot + timedelta(days=1) == later.geldig_vanaf


@pytest.mark.parametrize("naam", [p.naam for p in _params.alle()])
def test_each_change_date_day_before_on_and_after(naam):
    p = _params.parameter(naam)
    for vorige, w in zip(p.waarden, p.waarden[1:]):
        assert p.op(w.geldig_vanaf - timedelta(days=1)) == vorige
        assert p.op(w.geldig_vanaf) == w
        assert p.op(w.geldig_vanaf + timedelta(days=1)) == w


@pytest.mark.parametrize("naam", [p.naam for p in _params.alle()])
def test_outside_the_covered_years_there_is_no_guess(naam):
    p = _params.parameter(naam)
    with pytest.raises(_params.GeenRegelVoorDatum, match="werkt voor"):
        p.op(p.waarden[0].geldig_vanaf - timedelta(days=1))
    with pytest.raises(_params.GeenRegelVoorDatum):
        p.op(p.gedekt_tot + timedelta(days=1))
    assert p.op(p.gedekt_tot) == p.waarden[-1]


def test_the_abonnementstarief_as_published():
    tarief = {y: _params.waarde("abonnementstarief", date(y, 6, 1)).waarde for y in range(2019, 2027)}
    assert tarief == {2019: 1750, 2020: 1900, 2021: 1900, 2022: 1900, 2023: 1900, 2024: 2060,
                      2025: 2100, 2026: 2180}
    # Wmo 2.1.4b lid 4: indexed amounts are multiples of 20 cent (2019's per-4-week amount predates it).
    assert all(v % 20 == 0 for y, v in tarief.items() if y >= 2020)
