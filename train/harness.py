"""Score `pipeline.clean` (no model) on the chrome cases and the dev articles, in process.

Same measures as ../shared/eval/chrome/score.py (it is imported), without running the CLI
and the model, so a change to the chrome stage can be measured in seconds.
    .venv/bin/python train/harness.py [--input dump|html] [--set ...] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "chrome" / "score.py"


def scorer():
    """The chrome scorer as a module (standard library only)."""
    spec = importlib.util.spec_from_file_location("chrome_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["chrome_score"] = module
    spec.loader.exec_module(module)
    return module


def records(cases: list[dict], input_kind: str, clean: Callable[[bytes, str], str] | None = None) -> dict[str, dict]:
    """Case id -> {"text": ...} from `pipeline.clean` (or the given function)."""
    if clean is None:
        from ftextract.pipeline import clean as clean_page

        def clean(data: bytes, path: str) -> str:
            return clean_page(data, path).text

    sc = scorer()
    out = {}
    for case in cases:
        if input_kind == "html":
            data, path = sc.page_html(case), f"{case['id']}.html"
        else:
            data, path = case["dump"].encode("utf-8"), f"{case['id']}.txt"
        out[case["id"]] = {"text": clean(data, path)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", choices=("dump", "html"), default="dump")
    ap.add_argument("--set", nargs="+", dest="sets")
    ap.add_argument("--only", nargs="+")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    sc = scorer()
    cases = sc.load_cases(args.input, args.sets, args.only)
    recs = records(cases, args.input)
    results = [sc.score_case(c, recs.get(c["id"]), args.input) for c in cases]
    summary = {}
    for name in sc.SETS:
        rows = [r for r in results if r["set"] == name]
        if rows:
            summary[name] = sc.summarize(rows)
    print(sc.table(summary))
    if args.verbose:
        for r in results:
            print(sc.verbose_case(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
