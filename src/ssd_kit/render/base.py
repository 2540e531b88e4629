"""What every supplier renderer shares: an id allocator, a random generator and table conforming."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

# Raw column types a renderer may declare.
RAW_DTYPES = {"int": "Int64", "text": "object", "datetime": "datetime64[ns]", "float": "float64"}

# Ids in the truth stay below this; renderers allocate their own surrogate ids from here up.
RENDER_ID_START = 900_000_000

RawSchema = Mapping[str, Mapping[str, str]]  # table -> {column: raw type}


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


def conform_raw(name: str, columns: Mapping[str, str], frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate a raw table's fragments and give it exactly its declared columns and types."""
    extra = sorted({c for f in frames for c in f.columns} - set(columns))
    if extra:
        raise ValueError(f"raw table {name}: fragments carry undeclared columns {extra}")
    # All-null columns are left out of the concatenation (they carry nothing, and pandas is changing how it types
    # them); any declared column that ends up absent is filled with nulls of its declared type below.
    non_empty = [f.dropna(axis=1, how="all") for f in frames if len(f)]
    df = pd.concat(non_empty, ignore_index=True) if non_empty else pd.DataFrame()
    out = pd.DataFrame(index=range(len(df)))
    for col, kind in columns.items():
        s = df[col] if col in df.columns else pd.Series([None] * len(df), dtype="object")
        if kind == "int":
            out[col] = pd.to_numeric(s, errors="raise").astype("Int64")
        elif kind == "datetime":
            out[col] = pd.to_datetime(s).astype("datetime64[ns]")
        elif kind == "float":
            out[col] = pd.to_numeric(s, errors="raise").astype("float64")
        else:
            out[col] = s.astype("object").where(s.notna(), None)
    return out


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
