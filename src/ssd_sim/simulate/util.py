"""Small vectorised helpers: weighted choices, flags and JSON text columns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ssd_kit.jsonfmt import json_object


def choice(rng: np.random.Generator, weights: Mapping[str, float], n: int) -> np.ndarray:
    """n codes drawn with the given relative weights (object array)."""
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype="float64")
    return np.array(keys, dtype=object)[rng.choice(len(keys), size=n, p=p / p.sum())]


def yn(mask) -> np.ndarray:
    """Boolean array -> "Y"/"N" object array."""
    return np.where(np.asarray(mask, dtype=bool), "Y", "N").astype(object)


def yn_or_none(mask, present) -> np.ndarray:
    """Like yn, but None where present is False."""
    out = yn(mask)
    out[~np.asarray(present, dtype=bool)] = None
    return out


def json_flags(keys: Sequence[str], flags: Mapping[str, np.ndarray], n: int,
               present=None) -> np.ndarray:
    """One compact JSON object per row with every key "Y"/"N" (keys not in flags are "N").

    Rows where `present` is False get None. Distinct flag patterns are rendered once.
    """
    bits = np.zeros(n, dtype=np.int64)
    for i, k in enumerate(keys):
        if k in flags:
            bits |= np.asarray(flags[k], dtype=bool).astype(np.int64) << i
    uniq, inv = np.unique(bits, return_inverse=True)
    texts = np.array(
        [json_object({k: ("Y" if (u >> i) & 1 else "N") for i, k in enumerate(keys)}) for u in uniq],
        dtype=object,
    )
    out = texts[inv] if n else np.array([], dtype=object)
    if present is not None:
        out = out.copy()
        out[~np.asarray(present, dtype=bool)] = None
    return out


def one_hot(codes: np.ndarray, mapping: Mapping[str, str], keys: Sequence[str]) -> dict[str, np.ndarray]:
    """code per row -> {json key: bool array} where mapping[code] names the key set to Y."""
    out = {k: np.zeros(len(codes), dtype=bool) for k in keys}
    for code, key in mapping.items():
        out[key] |= codes == code
    return out


def uniform_int(rng: np.random.Generator, lo, hi, n: int | None = None) -> np.ndarray:
    """Integer days uniform in [lo, hi] (float array, broadcasting lo/hi)."""
    lo = np.asarray(lo, dtype="float64")
    hi = np.asarray(hi, dtype="float64")
    size = n if n is not None else np.broadcast(lo, hi).shape
    return np.floor(lo + rng.random(size) * (hi - lo + 1))
