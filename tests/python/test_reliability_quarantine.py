"""Issue #9 part 3: a bad record is quarantined with its dependants, never dropped or allowed to break the year.

Two tiny Liquidlogic LAs from the same seed, each in its own DuckDB file: one clean, one with faults planted in
its raw tables (after the load, by SQL) before `dbt build`. Each fault is planted on a different child. The
faulty build must pass, list each bad row (and each row that hangs from it) in quality.dq_quarantine with its
reason and raw key, balance quality.dq_conservation, and its returns must still carry every other child.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssd_kit import pipeline
from ssd_kit.db import PROJECT_DIR, Target, connect, query_df
from ssd_sim import pipeline as sim_pipeline

from _support import AS_AT, SEED, build_la

YEAR = 2026


def _target(tmp_path_factory: pytest.TempPathFactory, name: str) -> Target:
    path = tmp_path_factory.mktemp(name) / f"{name}.duckdb"
    return replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")


def _one(target: Target, sql: str) -> dict:
    df = query_df(target, sql)
    assert len(df) >= 1, f"no row for the fault: {sql}"
    return df.iloc[0].to_dict()


def _exec(target: Target, sql: str) -> None:
    with connect(target) as con:
        con.execute(sql)


def plant_faults(t: Target) -> dict[str, dict]:
    """Plant one fault per child in the raw tables; return what was planted (ids as text)."""
    raw = "child_social"
    used: list[str] = []

    def not_used(col: str) -> str:
        return f" and {col} not in ({', '.join(used)})" if used else ""

    faults: dict[str, dict] = {}
    # 1. an unknown placement type on a placement that care episodes point at
    p = _one(t, f"""
        select p.FACT_CLA_PLACEMENT_ID as id, p.DIM_PERSON_ID as person
        from {raw}.FACT_CLA_PLACEMENT p
        where exists (select 1 from {raw}.FACT_CARE_EPISODES e where e.FACT_CLA_PLACEMENT_ID = p.FACT_CLA_PLACEMENT_ID)
          and cast(p.DIM_PERSON_ID as varchar) in (select clae_person_id from truth.ssd_cla_episodes)
        order by p.FACT_CLA_PLACEMENT_ID limit 1""")
    episodes = query_df(t, f"select FACT_CARE_EPISODES_ID as id from {raw}.FACT_CARE_EPISODES "
                           f"where FACT_CLA_PLACEMENT_ID = {p['id']} order by 1")["id"].astype(str).tolist()
    _exec(t, f"update {raw}.FACT_CLA_PLACEMENT set DIM_LOOKUP_PLACEMENT_TYPE_CODE = 'ZZ9' "
             f"where FACT_CLA_PLACEMENT_ID = {p['id']}")
    faults["placement_type"] = {"id": str(p["id"]), "person": str(p["person"]), "episodes": episodes}
    used.append(str(p["person"]))

    # 2. end before start on a referral
    r = _one(t, f"""
        select FACT_REFERRAL_ID as id, DIM_PERSON_ID as person from {raw}.FACT_REFERRALS
        where REFRL_START_DTTM is not null
          and cast(FACT_REFERRAL_ID as varchar) in (select cine_referral_id from truth.ssd_cin_episodes)
          {not_used('DIM_PERSON_ID')}
        order by FACT_REFERRAL_ID limit 1""")
    _exec(t, f"update {raw}.FACT_REFERRALS set REFRL_END_DTTM = REFRL_START_DTTM - interval 10 day "
             f"where FACT_REFERRAL_ID = {r['id']}")
    faults["referral_end"] = {"id": str(r["id"]), "person": str(r["person"])}
    used.append(str(r["person"]))

    # 3. end before start on a care episode
    e = _one(t, f"""
        select FACT_CARE_EPISODES_ID as id, DIM_PERSON_ID as person from {raw}.FACT_CARE_EPISODES
        where CARE_START_DATE is not null
          and cast(FACT_CARE_EPISODES_ID as varchar) in (select clae_cla_episode_id from truth.ssd_cla_episodes)
          {not_used('DIM_PERSON_ID')}
        order by FACT_CARE_EPISODES_ID limit 1""")
    _exec(t, f"update {raw}.FACT_CARE_EPISODES set CARE_END_DATE = CARE_START_DATE - interval 5 day "
             f"where FACT_CARE_EPISODES_ID = {e['id']}")
    faults["episode_end"] = {"id": str(e["id"]), "person": str(e["person"])}
    used.append(str(e["person"]))

    # 4. end before start on a CP plan; 5. an unknown CP category on another child's plan (its reviews cascade)
    for name, sql in [
        ("cp_plan_end", "END_DTTM = START_DTTM - interval 5 day"),
        ("cp_category", "CP_CATEGORY_DESC = 'Nonsense category', INIT_CATEGORY_DESC = 'Nonsense category'"),
    ]:
        c = _one(t, f"""
            select FACT_CP_PLAN_ID as id, DIM_PERSON_ID as person from {raw}.FACT_CP_PLAN
            where START_DTTM is not null
              and cast(FACT_CP_PLAN_ID as varchar) in (select cppr_cp_plan_id from truth.ssd_cp_reviews)
              {not_used('DIM_PERSON_ID')}
            order by FACT_CP_PLAN_ID limit 1""")
        _exec(t, f"update {raw}.FACT_CP_PLAN set {sql} where FACT_CP_PLAN_ID = {c['id']}")
        faults[name] = {"id": str(c["id"]), "person": str(c["person"])}
        used.append(str(c["person"]))

    # 6. an unknown legal status description, on the legal status in force when an episode of 2025-26 began
    ls = _one(t, f"""
        select cast(l.lega_legal_status_id as bigint) as id, cast(l.lega_person_id as bigint) as person
        from truth.ssd_legal_status l
        inner join truth.ssd_cla_episodes e
            on l.lega_person_id = e.clae_person_id
            and e.clae_cla_episode_start_date >= l.lega_legal_status_start_date
            and (l.lega_legal_status_end_date is null or e.clae_cla_episode_start_date < l.lega_legal_status_end_date)
        where e.clae_cla_episode_start_date between timestamp '2025-04-01' and timestamp '2026-03-31'
          {not_used('cast(l.lega_person_id as bigint)')}
        order by 1 limit 1""")
    _exec(t, f"update {raw}.FACT_LEGAL_STATUS set DIM_LOOKUP_LGL_STATUS_DESC = 'Not a legal status' "
             f"where FACT_LEGAL_STATUS_ID = {ls['id']}")
    faults["legal_status"] = {"id": str(ls["id"]), "person": str(ls["person"])}
    used.append(str(ls["person"]))

    # 7. a NULL key: a contact whose FACT_CONTACT_ID is NULL
    k = _one(t, f"""
        select FACT_CONTACT_ID as id, DIM_PERSON_ID as person from {raw}.FACT_CONTACTS
        where 1 = 1 {not_used('DIM_PERSON_ID')}
        order by FACT_CONTACT_ID desc limit 1""")
    _exec(t, f"update {raw}.FACT_CONTACTS set FACT_CONTACT_ID = NULL where FACT_CONTACT_ID = {k['id']}")
    faults["null_key"] = {"id": str(k["id"]), "person": str(k["person"])}
    used.append(str(k["person"]))
    return faults


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Target:
    target = _target(tmp_path_factory, "quarantine_clean")
    build_la(target, "tiny")
    return target


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> tuple[Target, dict[str, dict], subprocess.CompletedProcess]:
    target = _target(tmp_path_factory, "quarantine_faulty")
    sim_pipeline.simulate_and_load(target, "tiny", SEED, 6, AS_AT)
    faults = plant_faults(target)
    proc = pipeline.run_dbt(["build"], target, pipeline.dbt_vars(AS_AT), quiet=True)
    return target, faults, proc


def quarantine(t: Target) -> pd.DataFrame:
    return query_df(t, "select * from quality.dq_quarantine").astype({"source_key": "string"})


def rows(q: pd.DataFrame, ssd_table: str, source_key: str | None) -> pd.DataFrame:
    sel = q[q["ssd_table"] == ssd_table]
    return sel[sel["source_key"].isna()] if source_key is None else sel[sel["source_key"] == source_key]


def test_faulty_build_passes(faulty) -> None:
    _, _, proc = faulty
    tail = "\n".join((proc.stdout or "").splitlines()[-40:])
    assert proc.returncode == 0, f"dbt build failed on the planted faults:\n{tail}"


def test_conservation_balances(faulty) -> None:
    t, _, _ = faulty
    cons = query_df(t, "select * from quality.dq_conservation")
    assert len(cons) == 48
    assert (cons["unaccounted_rows"] == 0).all(), cons[cons["unaccounted_rows"] != 0]


def test_unknown_placement_type_quarantines_placement_and_its_episodes(faulty) -> None:
    t, faults, _ = faulty
    f = faults["placement_type"]
    q = quarantine(t)
    placement = rows(q, "ssd_cla_placement", f["id"])
    assert placement[["source_table", "dq_reason"]].values.tolist() == [
        ["FACT_CLA_PLACEMENT", "unknown_placement_type"]
    ]
    assert f["episodes"]
    for ep in f["episodes"]:
        got = rows(q, "ssd_cla_episodes", ep)
        assert got[["source_table", "dq_reason", "dq_category"]].values.tolist() == [
            ["FACT_CARE_EPISODES", "orphan_of_quarantined_parent", "orphan"]
        ], ep
        detail = got["dq_detail"].iloc[0]
        assert f"clae_cla_placement_id -> ssd_cla_placement {f['id']} quarantined" in detail
        assert "unknown_placement_type" in detail and "FACT_CLA_PLACEMENT" in detail
    ssd_eps = query_df(t, "select clae_cla_episode_id from ssd.ssd_cla_episodes")["clae_cla_episode_id"]
    assert not set(f["episodes"]) & set(ssd_eps.astype(str))


@pytest.mark.parametrize(
    ("fault", "ssd_table", "source_table"),
    [
        ("referral_end", "ssd_cin_episodes", "FACT_REFERRALS"),
        ("episode_end", "ssd_cla_episodes", "FACT_CARE_EPISODES"),
        ("cp_plan_end", "ssd_cp_plans", "FACT_CP_PLAN"),
    ],
)
def test_end_before_start_is_quarantined(faulty, fault: str, ssd_table: str, source_table: str) -> None:
    t, faults, _ = faulty
    got = rows(quarantine(t), ssd_table, faults[fault]["id"])
    assert got[["source_table", "dq_reason", "dq_category"]].values.tolist() == [
        [source_table, "end_before_start", "data_quality"]
    ]
    assert "is before" in got["dq_detail"].iloc[0]


def test_end_before_start_referral_takes_its_dependants(faulty) -> None:
    t, faults, _ = faulty
    q = quarantine(t)
    orphans = q[q["dq_detail"].fillna("").str.contains(f"-> ssd_cin_episodes {faults['referral_end']['id']} ")]
    assert len(orphans) >= 1
    assert set(orphans["dq_reason"]) == {"orphan_of_quarantined_parent"}


def test_unknown_cp_category_quarantines_plan_and_reviews(faulty) -> None:
    t, faults, _ = faulty
    f = faults["cp_category"]
    q = quarantine(t)
    assert rows(q, "ssd_cp_plans", f["id"])["dq_reason"].tolist() == ["unknown_cp_category_description"]
    reviews = q[(q["ssd_table"] == "ssd_cp_reviews")
                & q["dq_detail"].fillna("").str.contains(f"cppr_cp_plan_id -> ssd_cp_plans {f['id']} quarantined")]
    assert len(reviews) >= 1
    assert set(reviews["dq_reason"]) == {"orphan_of_quarantined_parent"}


def test_unknown_legal_status_is_quarantined_and_the_child_stays_in_the_903(faulty) -> None:
    t, faults, _ = faulty
    f = faults["legal_status"]
    got = rows(quarantine(t), "ssd_legal_status", f["id"])
    assert got["dq_reason"].tolist() == ["unknown_legal_status_description"]
    # the episode is carried with LS blank (DfE validation flags it), not dropped and not failing the year
    eps = query_df(t, f"""select "LS" from returns.rpt_ssda903__episodes where "CHILD" = '{f['person']}'""")
    assert len(eps) >= 1
    assert eps["LS"].isna().any()


def test_null_key_is_quarantined_as_missing_key(faulty) -> None:
    t, _, _ = faulty
    got = rows(quarantine(t), "ssd_contacts", None)
    assert got[["source_table", "dq_reason"]].values.tolist() == [["FACT_CONTACTS", "missing_key"]]


def _children(t: Target, model: str, col: str) -> set[str]:
    return set(query_df(t, f"select {col} from returns.{model}")[col].astype(str))


def test_returns_carry_every_other_child(clean, faulty, tmp_path: Path) -> None:
    t, faults, _ = faulty
    faulted = {f["person"] for f in faults.values()}
    for model, col in [("rpt_ssda903__header", "CHILD"), ("rpt_cin_census__children", "LAchildID")]:
        before = _children(clean, model, col)
        after = _children(t, model, col)
        assert before - faulted <= after, (model, sorted(before - faulted - after)[:10])
    env = dict(os.environ, SSD_DUCKDB_PATH=str(t.duckdb_path), SSD_SCHEMA_PREFIX="", COLUMNS="200")
    proc = subprocess.run(
        [sys.executable, "-m", "ssd_kit", "export", "--year", str(YEAR), "--la-code", "201", "--out", str(tmp_path)],
        cwd=PROJECT_DIR, env=env, text=True, capture_output=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (tmp_path / "2026" / "ssda903" / "episodes.csv").exists() or list(tmp_path.rglob("episodes.csv"))
