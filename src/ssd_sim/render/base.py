"""What every supplier renderer shares: an id allocator, a random generator and table conforming."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ssd_kit.raw import RAW_DTYPES, RawSchema, conform_raw  # noqa: F401 (re-exported for the renderers)

# Ids in the truth stay below this; renderers allocate their own surrogate ids from here up.
RENDER_ID_START = 900_000_000


@dataclass
class RenderContext:
    truth: Mapping[str, pd.DataFrame]
    rng: np.random.Generator
    _next_id: int = field(default=RENDER_ID_START)

    def new_ids(self, n: int) -> np.ndarray:
        """n fresh integer ids, never used by the truth or earlier calls."""
        ids = np.arange(self._next_id, self._next_id + n, dtype=np.int64)
        self._next_id += n
        return ids


def assemble(
    schema: RawSchema,
    producers: list[Callable[[RenderContext], Mapping[str, list[pd.DataFrame]]]],
    ctx: RenderContext,
) -> dict[str, pd.DataFrame]:
    """Run each producer, gather fragments per raw table, conform every declared table."""
    fragments: dict[str, list[pd.DataFrame]] = defaultdict(list)
    for produce in producers:
        for name, frames in produce(ctx).items():
            if name not in schema:
                raise ValueError(f"producer {produce.__module__} wrote undeclared raw table {name}")
            fragments[name].extend(frames)
    return {name: conform_raw(name, cols, fragments.get(name, [])) for name, cols in schema.items()}
