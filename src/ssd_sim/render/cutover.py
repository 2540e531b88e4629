"""An LA that changed systems: split one truth into a history system's and a new system's truth.

The rule (documented in SUPPLIERS.md, "An LA that changed systems") is person-level: a child's record lives
in one system.

- A person is *migrated* when any of their records is dated on or after the cut-over date, or one of their
  cases (CIN episode or plan, CP plan, CLA episode, legal status, early help episode) is still open (no end
  date). Mother and child are migrated together. The new system holds every migrated person with their
  whole record (migrated with the original dates) and records the history system's person id in
  `pers_legacy_id`; a person first seen after the cut-over is in the new system only, with no legacy id.
- The history system holds every person it knew (everyone except those first seen after the cut-over),
  with their whole record: for a migrated person that copy is superseded, and dbt quarantines it
  (`superseded_by_new_system`).
- Workers, teams and the SSD release log are in both systems (each system keeps its own).

Both simulated systems number people and records as the truth does; dbt namespaces every id by system
(`ssd_cutover_prefixes`), so that numbering could overlap freely without a collision in the SSD.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from ssd_kit import spec
from ssd_kit.cutover import (  # noqa: F401 (the facts the split follows, re-exported)
    EXTRA_ID_COLUMNS,
    HISTORY_NULL_COLUMNS,
    NEW_SYSTEM_ONLY,
    PERSON_COLUMN,
    PERSON_VIA_PARENT,
    SHARED_TABLES,
    id_columns,
)

# The end date of each kind of case: null means the case was open, so the person is migrated.
CASE_END_COLUMNS: dict[str, str] = {
    "ssd_cin_episodes": "cine_close_date",
    "ssd_cin_plans": "cinp_cin_plan_end_date",
    "ssd_cp_plans": "cppl_cp_plan_end_date",
    "ssd_cla_episodes": "clae_cla_episode_ceased_date",
    "ssd_legal_status": "lega_legal_status_end_date",
    "ssd_early_help_episodes": "earl_episode_end_date",
}

@dataclass
class CutoverSplit:
    history: dict[str, pd.DataFrame]
    new: dict[str, pd.DataFrame]
    migrated: set[str]  # person ids held by the new system that the history system knew too
    new_only: set[str]  # person ids first seen after the cut-over (new system only)

    @property
    def new_persons(self) -> set[str]:
        return self.migrated | self.new_only


def _pid(s: pd.Series) -> pd.Series:
    return s.astype("object").where(s.notna(), None).map(lambda v: None if v is None else str(v))


def person_of_rows(truth: Mapping[str, pd.DataFrame], table: str) -> pd.Series:
    """The person id (text) each row of a person table belongs to."""
    df = truth[table]
    if table in PERSON_COLUMN:
        return _pid(df[PERSON_COLUMN[table]])
    fk, parent, key = PERSON_VIA_PARENT[table]
    owner = dict(zip(_pid(truth[parent][key]), person_of_rows(truth, parent), strict=True))
    return _pid(df[fk]).map(owner)


def _person_tables() -> list[str]:
    return [t for t in spec.ALL_TABLES if t not in SHARED_TABLES]


def split_truth(truth: Mapping[str, pd.DataFrame], cutover: dt.date) -> CutoverSplit:
    """Split one truth into (history system's truth, new system's truth) at a cut-over date."""
    cut = pd.Timestamp(cutover)
    late: set[str] = set()
    early: set[str] = set()
    for table in _person_tables():
        if table == "ssd_person" or truth[table].empty:
            continue
        df = truth[table]
        who = person_of_rows(truth, table)
        stamps = [f.column for f in spec.table_fields(table) if f.logical_type == "timestamp"]
        if stamps:
            dates = df[stamps].apply(pd.to_datetime)
            late |= set(who[(dates >= cut).any(axis=1)].dropna())
            early |= set(who[(dates < cut).any(axis=1)].dropna())
        if table in CASE_END_COLUMNS:
            late |= set(who[df[CASE_END_COLUMNS[table]].isna()].dropna())
    # mother and child move together (ssd_mother links two people of one system)
    moth = truth["ssd_mother"]
    pairs = list(zip(_pid(moth["moth_person_id"]), _pid(moth["moth_childs_person_id"]), strict=True))
    changed = True
    while changed:
        changed = False
        for a, b in pairs:
            if (a in late) != (b in late):
                late |= {a, b}
                changed = True
    people = set(_pid(truth["ssd_person"]["pers_person_id"]))
    new_persons = people & late
    new_only = {p for p in new_persons if p not in early}
    migrated = new_persons - new_only
    history_persons = people - new_only
    history: dict[str, pd.DataFrame] = {}
    new: dict[str, pd.DataFrame] = {}
    for table, df in truth.items():
        if table in SHARED_TABLES:
            history[table] = df.copy()
            new[table] = df.copy()
            continue
        who = person_of_rows(truth, table)
        keep_new = who.isin(new_persons)
        keep_history = who.isin(history_persons)
        if table == "ssd_mother":
            child = _pid(df["moth_childs_person_id"])
            keep_new &= child.isin(new_persons)
            keep_history &= child.isin(history_persons)
        history[table] = df[keep_history.to_numpy()].reset_index(drop=True)
        new[table] = df[keep_new.to_numpy()].reset_index(drop=True)
    # the new system records the history system's person id of everyone it migrated
    person = new["ssd_person"].copy()
    ids = _pid(person["pers_person_id"])
    person["pers_legacy_id"] = ids.where(ids.isin(migrated), None).astype("object")
    new["ssd_person"] = person
    return CutoverSplit(history=history, new=new, migrated=migrated, new_only=new_only)
