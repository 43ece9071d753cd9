"""Fit the learned chrome line model and write its weights as package data.

Reads the chrome cases (../shared/eval/chrome/cases, dump input) and the dev articles
(../shared/eval/dev), computes each line's features (ftextract.chrome_features) and label,
checks the model by cross-validation by site (a page is never scored by a model that saw its
site) against the rules alone, then fits on every page and writes
src/ftextract/data/chrome_model.tsv. Needs the `train` extra (scikit-learn).

    .venv/bin/python train/chrome.py            # cross-validate, print tables, write the weights
    .venv/bin/python train/chrome.py --cv-only  # cross-validate only
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from harness import scorer
from sklearn.linear_model import LogisticRegression

from ftextract.chrome import overrule_one
from ftextract.chrome_features import FEATURES, features
from ftextract.chrome_rules import decide
from ftextract.normalize import fold, split

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "src" / "ftextract" / "data" / "chrome_model.tsv"
FOLDS = 5
SET_WEIGHT = {"fr-dev": 3.0, "fr-seed": 1.0, "fr-full": 2.0, "zyte-full": 1.0, "fr-snip": 0.0}
C = 1.0


@dataclass
class PageData:
    case: dict
    site: str
    lines: list
    mode: str
    x: np.ndarray
    y: np.ndarray  # 1 body, 0 chrome, -1 unknown (ignored)


def _site(case: dict) -> str:
    if case["set"] in ("fr-dev", "fr-seed"):
        return case["set"] + ":" + case["stem"].split("-")[0]  # dev ids start with the site
    return case.get("site") or case["id"]


def _labels(case: dict, lines: list, head: int, sc) -> list[int]:
    if case["truth"] is None:
        return [-1] * len(lines)
    if "stem" in case:  # dev gold: exact dump lines
        gold = {fold(t) for t in case["truth"]}
        return [int(fold(line.text) in gold) for line in lines]
    labels = sc.line_labels([line.text for line in lines], case["truth"])
    out = [-1 if lab is None else int(lab) for lab in labels]
    title = fold(case.get("title") or "")
    for i, line in enumerate(lines):  # these truths leave the headline out; our gold keeps it
        if i == head or (title and fold(line.text) == title):
            out[i] = -1
    return out


def build(cases: list[dict]) -> list[PageData]:
    sc = scorer()
    pages = []
    for case in cases:
        lines = split(case["dump"])
        verdict = decide(lines)
        x = np.array(features(lines, verdict), dtype=float).reshape(len(lines), len(FEATURES))
        y = np.array(_labels(case, lines, verdict.head, sc))
        pages.append(PageData(case, _site(case), lines, verdict.mode, x, y))
    return pages


def _folds(pages: list[PageData]) -> dict[str, int]:
    """Site -> fold, sites dealt round-robin in a fixed order within each set (deterministic)."""
    out: dict[str, int] = {}
    for name in sorted({p.case["set"] for p in pages}):
        sites = sorted({p.site for p in pages if p.case["set"] == name} - out.keys())
        for k, site in enumerate(sites):
            out[site] = k % FOLDS
    return out


def _training(pages: list[PageData]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    xs, ys, ws = [], [], []
    for p in pages:
        mask = (p.y >= 0) & (p.mode != "all")
        if not mask.any() or not SET_WEIGHT.get(p.case["set"]):
            continue
        xs.append(p.x[mask])
        ys.append(p.y[mask])
        ws.append(np.full(mask.sum(), SET_WEIGHT[p.case["set"]] / mask.sum()))
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit(pages: list[PageData]) -> LogisticRegression:
    x, y, w = _training(pages)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, y, sample_weight=w * len(w) / w.sum())
    return model


def predict(model, page: PageData, combine: bool) -> list[bool]:
    """The model alone (p >= 0.5), or as shipped: overruling the rules only where it is confident."""
    if page.mode == "all":
        return [True] * len(page.lines)
    probability = model.predict_proba(page.x)[:, 1]
    if not combine:
        return [bool(v) for v in probability >= 0.5]
    verdict = decide(page.lines)
    return [
        overrule_one(k, j.kind is not None and not j.weak, float(q))
        for k, j, q in zip(verdict.keep, verdict.judged, probability, strict=True)
    ]


def score(pages: list[PageData], masks: dict[str, list[bool]]) -> dict[str, dict]:
    sc = scorer()
    results = []
    for p in pages:
        text = "\n".join(line.text for line, k in zip(p.lines, masks[p.case["id"]], strict=True) if k)
        results.append(sc.score_case(p.case, {"text": text}, "dump"))
    return {
        name: sc.summarize([r for r in results if r["set"] == name])
        for name in sc.SETS
        if any(r["set"] == name for r in results)
    }


def cross_validate(pages: list[PageData]) -> tuple[dict[str, list[bool]], dict[str, list[bool]]]:
    """Masks of the model alone and of the shipped combination, each page scored by a model blind to its site."""
    folds = _folds(pages)
    alone, combined = {}, {}
    for k in range(FOLDS):
        model = fit([p for p in pages if folds[p.site] != k])
        for p in pages:
            if folds[p.site] == k:
                alone[p.case["id"]] = predict(model, p, combine=False)
                combined[p.case["id"]] = predict(model, p, combine=True)
    return alone, combined


def write(model: LogisticRegression, path: Path = WEIGHTS) -> None:
    rows = [
        "# Learned chrome line model: logistic regression over ftextract.chrome_features.FEATURES.",
        f"# Written by train/chrome.py (scikit-learn LogisticRegression, C={C}) from the chrome cases of",
        "# ../shared/eval/chrome (fundus, readability, ScrapingHub pages) and ../shared/eval/dev; rebuild with",
        "# `.venv/bin/python train/chrome.py`. A line is body when intercept + sum(weight * feature) >= 0.",
        "# Columns: feature\tweight",
        f"intercept\t{model.intercept_[0]:.6f}",
        *(f"{name}\t{w:.6f}" for name, w in zip(FEATURES, model.coef_[0], strict=True)),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    sc = scorer()
    pages = build(sc.load_cases("dump", None, None))
    rules = {p.case["id"]: [bool(v) for v in decide(p.lines).keep] for p in pages}
    alone, combined = cross_validate(pages)
    print("rules alone (tuned on these pages: in-sample)")
    print(sc.table(score(pages, rules)))
    print(f"logistic regression alone, cross-validated by site ({FOLDS} folds)")
    print(sc.table(score(pages, alone)))
    print(f"rules overruled by the confident model (as shipped), cross-validated by site ({FOLDS} folds)")
    print(sc.table(score(pages, combined)))
    if not args.cv_only:
        write(fit(pages))
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
