"""Shared plumbing for the MkDocs hooks: make ``calculators`` importable from the repo root."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
