"""The one global id sequence shared by every table of the truth."""

from __future__ import annotations

import numpy as np

ID_START = 100_001
ID_LIMIT = 900_000_000  # renderers own the ids from here up


class IdAllocator:
    """Hands out consecutive positive integer ids, never the same twice."""

    def __init__(self, start: int = ID_START) -> None:
        self._next = start

    def take(self, n: int) -> np.ndarray:
        """n fresh ids as an int64 array."""
        out = np.arange(self._next, self._next + n, dtype=np.int64)
        self._next += n
        if self._next >= ID_LIMIT:
            raise OverflowError("simulator ids reached the renderer id range")
        return out


def id_str(values) -> np.ndarray:
    """int ids (NaN/None allowed) -> object array of decimal strings (None for missing)."""
    arr = np.asarray(values, dtype="float64")
    out = np.full(arr.shape, None, dtype=object)
    ok = ~np.isnan(arr)
    out[ok] = list(map(str, arr[ok].astype(np.int64).tolist()))
    return out
