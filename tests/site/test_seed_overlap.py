"""Content in our own words: no run of 10+ words from the seed texts (tool from the project's shared/)."""
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT.parent / "shared" / "tools" / "seed-overlap"


def test_no_sentence_is_copied_from_the_seeds():
    if not TOOL.exists():
        pytest.fail(f"{TOOL} not found: the project's shared/ folder must sit beside the repository.")
    r = subprocess.run([str(TOOL), "docs", "overrides", "calculators"], cwd=ROOT,
                       capture_output=True, text=True)
    assert r.stdout == "" and r.returncode == 0, r.stdout
