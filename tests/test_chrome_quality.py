"""Chrome quality gate: ../shared/eval/chrome/score.py through the CLI, against pinned floors.

French sets only, to keep the gate short (about 35 s): text dumps of fr-full, fr-seed and
fr-dev, and fr-full's HTML pages. Floors sit slightly under what was reached; raise them
as the stripping improves, never lower them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "chrome" / "score.py"
CLI = Path(sys.executable).with_name("ftextract")

# (input, set) -> (token F1 floor, line F1 floor or None)
FLOORS = {
    ("dump", "fr-full"): (0.93, 0.87),
    ("dump", "fr-seed"): (0.97, 0.86),
    ("dump", "fr-dev"): (0.965, 0.92),
    ("html", "fr-full"): (0.96, None),
}

pytestmark = pytest.mark.skipif(not SCORE.exists() or not CLI.exists(), reason="needs ../shared and the CLI")


def _summary(input_kind: str, sets: list[str]) -> dict:
    argv = [shutil.which("python3") or sys.executable, str(SCORE), "--ftextract", str(CLI), "--input", input_kind]
    proc = subprocess.run([*argv, "--set", *sets, "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)["summary"]


@pytest.mark.parametrize("input_kind", ["dump", "html"])
def test_chrome_scores_stay_above_their_floors(input_kind: str) -> None:
    sets = sorted(name for kind, name in FLOORS if kind == input_kind)
    summary = _summary(input_kind, sets)
    for name in sets:
        token_floor, line_floor = FLOORS[(input_kind, name)]
        assert summary[name]["tok"]["f1"] >= token_floor, (input_kind, name, summary[name]["tok"])
        if line_floor is not None:
            assert summary[name]["line"]["f1"] >= line_floor, (input_kind, name, summary[name]["line"])
