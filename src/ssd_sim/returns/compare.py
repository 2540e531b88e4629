"""Row-for-row comparison of two versions of one return table, as the DfE would read them (text cells)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd


def as_text(df: pd.DataFrame) -> pd.DataFrame:
    """Every cell as the text a CSV would carry: None/NaN/NaT -> '', integers without '.0'."""

    def cell(v: object) -> str:
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return ""
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        if isinstance(v, pd.Timestamp):
            return v.date().isoformat() if v == v.normalize() else v.isoformat()
        return str(v)

    return df.apply(lambda col: col.map(cell)) if len(df.columns) else df


@dataclass
class FrameDiff:
    name: str
    expected_rows: int
    actual_rows: int
    column_problem: str | None = None
    missing: list[tuple] = field(default_factory=list)      # in expected, not in actual
    unexpected: list[tuple] = field(default_factory=list)   # in actual, not in expected

    @property
    def ok(self) -> bool:
        return self.column_problem is None and not self.missing and not self.unexpected

    def describe(self, limit: int = 5) -> str:
        if self.ok:
            return f"{self.name}: {self.actual_rows} rows equal"
        lines = [f"{self.name}: expected {self.expected_rows} rows, got {self.actual_rows}"]
        if self.column_problem:
            lines.append(f"  columns: {self.column_problem}")
        for label, rows in (("missing", self.missing), ("unexpected", self.unexpected)):
            if rows:
                lines.append(f"  {len(rows)} {label}, e.g.:")
                lines.extend(f"    {r}" for r in rows[:limit])
        return "\n".join(lines)


def diff_frames(name: str, expected: pd.DataFrame, actual: pd.DataFrame, ordered_columns: bool = True) -> FrameDiff:
    """Multiset difference of rows (as text); column names must match (and their order, by default)."""
    result = FrameDiff(name, len(expected), len(actual))
    exp_cols, act_cols = list(expected.columns), list(actual.columns)
    if (exp_cols != act_cols) if ordered_columns else (set(exp_cols) != set(act_cols)):
        result.column_problem = f"expected {exp_cols}, got {act_cols}"
        return result
    actual = actual[exp_cols]
    exp = Counter(map(tuple, as_text(expected).itertuples(index=False)))
    act = Counter(map(tuple, as_text(actual).itertuples(index=False)))
    result.missing = sorted((exp - act).elements())
    result.unexpected = sorted((act - exp).elements())
    return result
