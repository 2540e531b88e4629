"""An LA that changed systems: Liquidlogic history, Mosaic from a cut-over date, one SSD.

A module fixture simulates the tiny LA once, splits its truth at the cut-over (ssd_sim.render.cutover),
renders the history into Liquidlogic's raw schema and the rest into Mosaic's, and builds with
ssd_supplier = mosaic, ssd_history_supplier = liquidlogic (the returns left out: their ids are namespaced).
The cut-over oracle then compares all 48 SSD tables with the SSD the documented rule must give.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

import pandas as pd
import pytest

from ssd_kit import pipeline, spec
from ssd_kit.db import Target, query_df
from ssd_sim import pipeline as sim_pipeline
from ssd_sim.cutover_oracle import PREFIXES, compare_cutover
from ssd_sim.oracle import format_report
from ssd_sim.render import cutover

from _support import AS_AT, SEED

HISTORY, CURRENT = "liquidlogic", "mosaic"
CUTOVER = dt.date(2024, 4, 1)
PROFILE = "tiny"


@pytest.fixture(scope="module")
def split() -> cutover.CutoverSplit:
    from ssd_sim.simulate import simulate

    return cutover.split_truth(simulate(profile=PROFILE, seed=SEED, years=6, as_at=AS_AT), CUTOVER)


@pytest.fixture(scope="module")
def la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    path = tmp_path_factory.mktemp("cutover") / "ssd_cutover.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    os.environ.pop("SSD_SCHEMA_PREFIX", None)
    sim_pipeline.simulate_and_load(
        target, PROFILE, SEED, 6, AS_AT, supplier=CURRENT, history_supplier=HISTORY, cutover_date=CUTOVER
    )
    variables = pipeline.dbt_vars(AS_AT, supplier=CURRENT, history_supplier=HISTORY)
    proc = pipeline.run_dbt(["build", "--exclude", "path:models/marts/returns"], target, variables, quiet=True)
    tail = "\n".join((proc.stdout or "").splitlines()[-40:])
    assert proc.returncode == 0, f"dbt build failed:\n{tail}"
    return target


def _ssd(la: Target, table: str) -> pd.DataFrame:
    return query_df(la, f"select * from {la.rel('ssd', table)}")


def _int(la: Target, supplier: str, table: str) -> str:
    return la.rel(f"int_{supplier}", f"int_{supplier}__{table}")


# ---- the split itself (no dbt)


def test_split_gives_every_person_to_one_system(split: cutover.CutoverSplit) -> None:
    new_ids = set(split.new["ssd_person"]["pers_person_id"].astype(str))
    hist_ids = set(split.history["ssd_person"]["pers_person_id"].astype(str))
    assert new_ids == split.new_persons and split.migrated and split.new_only
    assert new_ids & hist_ids == split.migrated  # known to both: migrated
    assert not split.new_only & hist_ids  # first seen after the cut-over: new system only
    legacy = split.new["ssd_person"].set_index(split.new["ssd_person"]["pers_person_id"].astype(str))["pers_legacy_id"]
    assert (legacy[sorted(split.migrated)] == sorted(split.migrated)).all()  # the old id recorded
    assert legacy[sorted(split.new_only)].isna().all()
    # every record of a migrated person is in both systems; a history-only person's only in the history
    for table in ("ssd_cin_episodes", "ssd_assessment_factors", "ssd_contacts"):
        hist_who = cutover.person_of_rows(split.history, table)
        new_who = cutover.person_of_rows(split.new, table)
        assert set(new_who) <= split.new_persons
        assert set(hist_who[hist_who.isin(split.migrated)]) == set(new_who[new_who.isin(split.migrated)])
    for table in cutover.SHARED_TABLES:
        assert len(split.history[table]) == len(split.new[table])


def test_id_columns_are_text_keys() -> None:
    for table in spec.ALL_TABLES:
        cols = cutover.id_columns(table)
        assert set(cols) <= set(spec.columns(table)), table
        assert set(spec.primary_key(table)) <= set(cols) or table in cutover.NEW_SYSTEM_ONLY, table
    assert "pers_legacy_id" not in cutover.id_columns("ssd_person")


# ---- the SSD built from the two systems


def test_every_ssd_table_equals_the_truth_under_the_cutover_rule(la: Target) -> None:
    results = compare_cutover(la, HISTORY, CURRENT, CUTOVER)
    bad = [r for r in results if not r.ok]
    assert not bad, format_report(bad)
    for r in results:
        if r.table not in spec.NO_CMS_SOURCE and r.table not in {"ssd_mother", "ssd_cla_convictions"}:
            assert r.ssd_rows > 0, f"{r.table}: no rows, the test proves nothing there"


def test_no_id_collides(la: Target) -> None:
    prefixes = tuple(PREFIXES.values())
    for table in spec.ALL_TABLES:
        cols = cutover.id_columns(table)
        if not cols:
            continue
        df = _ssd(la, table)
        for c in cols:
            vals = df[c].dropna().astype(str)
            assert vals.str.startswith(prefixes).all(), f"{table}.{c}: an id outside both namespaces"
        pk = spec.primary_key(table)
        assert not df.duplicated(subset=pk).any(), f"{table}: duplicate key {pk}"
    # the two systems number alike, so only the namespace keeps them apart
    prof = _ssd(la, "ssd_professionals")["prof_professional_id"]
    by_system = prof.str[:2].value_counts()
    assert set(by_system.index) == set(PREFIXES.values())
    assert set(prof[prof.str.startswith("H-")].str[2:]) == set(prof[prof.str.startswith("N-")].str[2:])


def test_a_person_in_both_systems_appears_once_from_the_new_one(la: Target, split: cutover.CutoverSplit) -> None:
    hist = query_df(la, f"select pers_person_id from {_int(la, HISTORY, 'ssd_person')}")
    curr = query_df(la, f"select pers_person_id, pers_legacy_id from {_int(la, CURRENT, 'ssd_person')}")
    person = _ssd(la, "ssd_person").set_index("pers_person_id")
    someone = sorted(split.migrated)[0]
    assert someone in set(hist["pers_person_id"].astype(str))
    assert someone in set(curr["pers_legacy_id"].dropna().astype(str))
    assert f"N-{someone}" in person.index and f"H-{someone}" not in person.index
    assert person.loc[f"N-{someone}", "pers_legacy_id"] == someone
    q = query_df(
        la,
        f"select ssd_table, source_table, dq_category from {la.rel('quality', 'dq_quarantine')} "
        "where dq_reason = 'superseded_by_new_system'",
    )
    assert (q["dq_category"] == "scope").all()
    assert q["source_table"].str.startswith(f"{HISTORY}.").all()  # only history rows are superseded
    people = q[q["ssd_table"] == "ssd_person"]
    assert len(people) == len(split.migrated)
    # their cases too: each migrated CIN episode is in both systems and once in the SSD, from the new one
    cine = _ssd(la, "ssd_cin_episodes")
    hist_cine = query_df(
        la,
        f"select cine_referral_id, cine_person_id from {_int(la, HISTORY, 'ssd_cin_episodes')} "
        "where _dq_reason is null",  # the history system's own noise stays quarantined for its own reason
    )
    moved = hist_cine[hist_cine["cine_person_id"].astype(str).isin(split.migrated)]["cine_referral_id"].astype(str)
    assert len(moved) > 0
    assert not set("H-" + moved) & set(cine["cine_referral_id"])
    assert set("N-" + moved) <= set(cine["cine_referral_id"])
    # a person only the history system knew comes from it
    only_history = sorted(set(hist["pers_person_id"].astype(str)) - split.migrated)
    assert f"H-{only_history[0]}" in person.index


def test_nothing_is_lost(la: Target) -> None:
    cons = query_df(la, f"select * from {la.rel('quality', 'dq_conservation')}")
    assert (cons["unaccounted_rows"] == 0).all(), cons.to_string()
