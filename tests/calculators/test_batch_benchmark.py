"""The batch benchmark a municipality can run on its caseload (``scripts/benchmark.py --parts python``):
it runs, every answer is ok, and it reports a positive rate per calculator. Speed itself is printed
by the benchmark, not tested."""
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from benchmark import python_bench, report  # noqa: E402


def test_the_batch_benchmark_runs_every_calculator_and_the_command_line():
    results = python_bench(seconds=0.05, lines=300)
    for name in ("eigen_bijdrage", "toegang", "termijnen"):
        assert results[name]["cases"] >= 20 and results[name]["per_second"] > 0
    assert results["cli_batch"]["lines"] == 300 and results["cli_batch"]["all_ok"]
    text = report({"python": results})
    assert "calculations per second" in text and "NOT all ok" not in text
