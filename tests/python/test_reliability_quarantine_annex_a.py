"""Issue #9 part 3: an Annex A text cell longer than Excel's 32,767 characters is never cut silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from ssd_kit.returns import annex_a_xlsx as ax


def _frames(long_text: str) -> dict[str, pd.DataFrame]:
    frames = {spec.model: pd.DataFrame(columns=spec.column_names) for spec in ax.LISTS}
    spec = ax.LISTS[0]
    text_cols = [name for name, _, kind in spec.columns if kind == "text"]
    row = {name: None for name in spec.column_names}
    row[text_cols[0]] = "C1"
    row[text_cols[-1]] = long_text
    frames[spec.model] = pd.DataFrame([row], columns=spec.column_names)
    return frames


def test_long_cell_is_truncated_with_a_marker_and_a_warning(tmp_path: Path) -> None:
    long_text = "x" * 40_000
    path = tmp_path / "annex_a.xlsx"
    with pytest.warns(ax.AnnexATruncationWarning, match=r"1 cell\(s\).*List 1 row 2"):
        ax.write_annex_a(_frames(long_text), path, dt.date(2026, 10, 31))
    spec = ax.LISTS[0]
    last_text = [i for i, (_, _, kind) in enumerate(spec.columns) if kind == "text"][-1]
    cell = openpyxl.load_workbook(path)[spec.sheet].cell(row=2, column=last_text + 1).value
    assert len(cell) <= ax.EXCEL_CELL_LIMIT
    assert cell.endswith("; Excel holds 32,767]") and "40,000 characters" in cell
    assert cell.startswith("x" * 30_000)


def test_cell_at_the_limit_is_written_whole(tmp_path: Path, recwarn: pytest.WarningsRecorder) -> None:
    text = "y" * ax.EXCEL_CELL_LIMIT
    path = tmp_path / "annex_a.xlsx"
    ax.write_annex_a(_frames(text), path, dt.date(2026, 10, 31))
    assert not [w for w in recwarn if issubclass(w.category, ax.AnnexATruncationWarning)]
    spec = ax.LISTS[0]
    last_text = [i for i, (_, _, kind) in enumerate(spec.columns) if kind == "text"][-1]
    assert openpyxl.load_workbook(path)[spec.sheet].cell(row=2, column=last_text + 1).value == text
