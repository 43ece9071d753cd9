"""The learned line model: a logistic regression over chrome_features, shipped as package data.

The weights (data/chrome_model.tsv) are written by train/chrome.py; here they are only read
and applied, one exact float operation at a time, so the result is the same on every machine. The model does not
replace the rules: it overrules them only where it is confident (KEEP_ABOVE / DROP_BELOW),
which generalized better to unseen sites than either alone (cross-validation by site).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

import numpy as np

from ftextract.chrome_features import FEATURES
from ftextract.errors import DataError
from ftextract.resources import table

DROP_BELOW = 0.2  # a line the rules keep is dropped when the model's body probability is lower
KEEP_ABOVE = 0.8  # a line the rules drop (but no rule flags) is kept when it is higher


@cache
def _weights() -> tuple[float, tuple[float, ...]]:
    rows = dict(table("chrome_model.tsv", 2))
    missing = [name for name in ("intercept", *FEATURES) if name not in rows]
    if missing or len(rows) != len(FEATURES) + 1:
        raise DataError(f"chrome_model.tsv does not match the line features (missing: {missing})")
    return float(rows["intercept"]), tuple(float(rows[name]) for name in FEATURES)


def body_probability(rows: Sequence[Sequence[float]]) -> list[float]:
    """For each feature row, the model's probability that the line is the article's own."""
    weights = _weights()[1]
    for row in rows:
        if len(row) != len(weights):
            raise ValueError(f"a feature row of {len(row)} values for {len(weights)} weights")
    return column_probability([list(column) for column in zip(*rows, strict=True)] if rows else [[]] * len(weights))


def column_probability(columns: Sequence[Sequence[float]]) -> list[float]:
    """`body_probability` of the lines whose features are given column by column (FEATURES' order).

    Each line's sum runs over the features in their order, one elementwise multiply and one
    add at a time (exact IEEE operations, no dot product whose order a BLAS may choose), and
    the logistic is math.exp: the same figures on every machine and Python version.
    """
    intercept, weights = _weights()
    if len(columns) != len(weights):
        raise ValueError(f"{len(columns)} feature columns for {len(weights)} weights")
    matrix = np.array(columns, dtype=np.float64).reshape(len(weights), -1)
    totals = np.zeros(matrix.shape[1])
    for weight, column in zip(weights, matrix, strict=True):
        totals += weight * column
    return [1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0 for z in (intercept + totals).tolist()]
