"""Raw supplier tables as pandas frames: the column kinds of suppliers/<name>/supplier.yml and their dtypes."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

# The raw column kinds a supplier.yml may declare, and the pandas dtype of each.
RAW_DTYPES = {"int": "Int64", "text": "object", "datetime": "datetime64[ns]", "float": "float64"}

RawSchema = Mapping[str, Mapping[str, str]]  # table -> {column: raw kind}


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
