"""The oracle for an LA that changed systems: the SSD built from two suppliers equals the truth.

From the truth and the cut-over date it derives the SSD the documented rule must give (ssd_sim.render.cutover):
every row of a person the new system holds comes from the new system, every other person's rows from the
history system, each id in its system's namespace; workers, teams (and the empty no-person tables) once per
system (a worker's caseload from the new system only); the release log once, from the new system. A
migrated person's pers_legacy_id is their history id, a person first seen after the cut-over has none.
Columns a system cannot carry are null in its rows. That expected SSD is written to schema `truth_cutover`
and compared row for row by the ordinary oracle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from ssd_kit import spec
from ssd_kit.db import Target, query_df, write_tables
from ssd_sim.oracle import TableResult, compare_table, format_report, supplier_gaps
from ssd_sim.render import cutover

EXPECTED_SCHEMA = "truth_cutover"
PREFIXES = {"history": "H-", "current": "N-"}  # dbt vars ssd_cutover_history_prefix / _current_prefix


def _prefixed(df: pd.DataFrame, table: str, prefix: str) -> pd.DataFrame:
    out = df.copy()
    for col in cutover.id_columns(table):
        s = out[col].astype("object")
        out[col] = s.map(lambda v, p=prefix: None if pd.isna(v) else f"{p}{v}")
    return out


def _nulled(df: pd.DataFrame, cols: tuple[str, ...]) -> pd.DataFrame:
    out = df.copy()
    for c in cols:
        out[c] = pd.Series([None] * len(out), index=out.index, dtype="object")  # spec.conform types it
    return out


def expected_ssd(
    truth: Mapping[str, pd.DataFrame], cutover_date: dt.date, history_supplier: str, supplier: str,
    prefixes: Mapping[str, str] = PREFIXES,
) -> dict[str, pd.DataFrame]:
    """The SSD the cut-over rule must build from this truth (ids namespaced, gaps null)."""
    split = cutover.split_truth(truth, cutover_date)
    gaps = {"history": supplier_gaps(history_supplier), "current": supplier_gaps(supplier)}
    out: dict[str, pd.DataFrame] = {}
    for table in spec.ALL_TABLES:
        df = truth[table]
        if table in cutover.NEW_SYSTEM_ONLY:
            out[table] = _nulled(df, gaps["current"].get(table, ()))
            continue
        if table in cutover.SHARED_TABLES:
            parts = {"history": df, "current": df}
        else:
            who = cutover.person_of_rows(truth, table)
            is_new = who.isin(split.new_persons).to_numpy()
            parts = {"history": df[~is_new], "current": df[is_new]}
        frames = []
        for system, part in parts.items():
            part = part.copy()
            if table == "ssd_person" and system == "current":
                ids = part["pers_person_id"].astype(str)
                part["pers_legacy_id"] = ids.where(ids.isin(split.migrated), None).astype("object")
            part = _nulled(part, gaps[system].get(table, ()))
            if system == "history":
                part = _nulled(part, cutover.HISTORY_NULL_COLUMNS.get(table, ()))
            frames.append(_prefixed(part, table, prefixes[system]))
        frames = [f for f in frames if len(f)] or frames[:1]
        out[table] = spec.conform(table, pd.concat(frames, ignore_index=True))
    return out


def compare_cutover(
    target: Target, history_supplier: str, supplier: str, cutover_date: dt.date,
    prefixes: Mapping[str, str] = PREFIXES,
) -> list[TableResult]:
    truth = {t: query_df(target, f"select * from {target.rel('truth', t)}") for t in spec.ALL_TABLES}
    expected = expected_ssd(truth, cutover_date, history_supplier, supplier, prefixes)
    write_tables(target, EXPECTED_SCHEMA, expected)
    return [compare_table(target, t, truth_schema=EXPECTED_SCHEMA) for t in spec.ALL_TABLES]


def format_cutover_report(results: list[TableResult]) -> str:
    return format_report(results)
