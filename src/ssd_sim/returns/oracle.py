"""Every return computed from the truth by the independent oracles, and compared with the return models."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from ssd_sim.returns.compare import FrameDiff, diff_frames


def compute_returns(
    truth: Mapping[str, pd.DataFrame], year: int, extract_date: dt.date, lookback_months: int = 6
) -> dict[str, pd.DataFrame]:
    """{rpt model name: expected rows} for the CIN census and SSDA903 of `year` and Annex A at extract_date."""
    from ssd_sim.returns import (
        oracle_annex_a,
        oracle_cin_census,
        oracle_ssda903_episodes,
        oracle_ssda903_outcomes,
    )

    expected: dict[str, pd.DataFrame] = {}
    expected.update(oracle_cin_census.compute(truth, year))
    expected.update(oracle_ssda903_episodes.compute(truth, year))
    expected.update(oracle_ssda903_outcomes.compute(truth, year))
    expected.update(oracle_annex_a.compute(truth, extract_date, lookback_months))
    return expected


def compare_returns(expected: Mapping[str, pd.DataFrame], actual: Mapping[str, pd.DataFrame]) -> list[FrameDiff]:
    """One FrameDiff per table either side knows; a table only one side has is a difference."""
    diffs = []
    for name in sorted(set(expected) | set(actual)):
        if name not in actual:
            diffs.append(FrameDiff(name, len(expected[name]), 0, column_problem="no such return model was built"))
        elif name not in expected:
            diffs.append(FrameDiff(name, 0, len(actual[name]), column_problem="the oracle does not compute this table"))
        else:
            diffs.append(diff_frames(name, expected[name], actual[name]))
    return diffs


def format_diffs(diffs: list[FrameDiff]) -> str:
    ok = sum(d.ok for d in diffs)
    lines = [f"{ok} of {len(diffs)} return tables equal the oracle"]
    lines += [d.describe() for d in diffs if not d.ok]
    lines += [f"  ok  {d.name:45} {d.actual_rows:8d} rows" for d in diffs if d.ok]
    return "\n".join(lines)
