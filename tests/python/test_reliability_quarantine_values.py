"""Issue #9 part 3: duplicate keys by one rule; values that do not fit never changed silently; odd dates flagged.

Two tiny Liquidlogic LAs from the same seed, faults planted in the raw tables by SQL after the load. They differ
only in the file order of a duplicated referral key (the altered copy after the original in one, before it in
the other): the same row must win in both. The other faults are on other people, planted in the first LA.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from ssd_kit import pipeline
from ssd_kit.db import Target, connect, query_df
from ssd_sim import pipeline as sim_pipeline

from _support import AS_AT, SEED

RAW = "child_social"


def _target(tmp_path_factory: pytest.TempPathFactory, name: str) -> Target:
    path = tmp_path_factory.mktemp(name) / f"{name}.duckdb"
    return replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")


def _exec(target: Target, *sqls: str) -> None:
    with connect(target) as con:
        for sql in sqls:
            con.execute(sql)


def _referral(t: Target) -> dict:
    """A referral in the SSD, and another client to move it to."""
    df = query_df(t, f"""
        select r.FACT_REFERRAL_ID as id, r.DIM_PERSON_ID as person,
               (select min(cast(p.pers_person_id as bigint)) from truth.ssd_person p
                where cast(p.pers_person_id as bigint) <> r.DIM_PERSON_ID) as other
        from {RAW}.FACT_REFERRALS r
        where cast(r.FACT_REFERRAL_ID as varchar) in (select cine_referral_id from truth.ssd_cin_episodes)
        order by r.FACT_REFERRAL_ID limit 1""")
    return {k: int(v) for k, v in df.iloc[0].to_dict().items()}


def plant_duplicate(t: Target, altered_first: bool) -> dict:
    r = _referral(t)
    copy = (f"create temp table dup as select * from {RAW}.FACT_REFERRALS where FACT_REFERRAL_ID = {r['id']}",)
    altered = f"update dup set DIM_PERSON_ID = {r['other']}"
    if altered_first:  # delete the original, insert the altered copy, then the original again
        _exec(t, *copy, "create temp table orig as select * from dup", altered,
              f"delete from {RAW}.FACT_REFERRALS where FACT_REFERRAL_ID = {r['id']}",
              f"insert into {RAW}.FACT_REFERRALS select * from dup",
              f"insert into {RAW}.FACT_REFERRALS select * from orig")
    else:
        _exec(t, *copy, altered, f"insert into {RAW}.FACT_REFERRALS select * from dup")
    return r


def _people(t: Target, n: int, exclude: list[int]) -> list[int]:
    df = query_df(t, f"""
        select p.DIM_PERSON_ID as id from {RAW}.DIM_PERSON p
        where cast(p.DIM_PERSON_ID as varchar) in (select pers_person_id from truth.ssd_person)
          and coalesce(p.DOB_ESTIMATED, 'N') in ('N', '')
          and p.DIM_PERSON_ID not in ({', '.join(str(x) for x in exclude) or '-99'})
        order by p.DIM_PERSON_ID limit {n}""")
    assert len(df) == n
    return [int(x) for x in df["id"]]


def plant_values(t: Target, exclude: list[int]) -> dict[str, int]:
    ids = _people(t, 6, exclude)
    names = ["is_client", "female", "unknown_gender", "upn16", "born_1850", "born_2030"]
    faults = dict(zip(names, ids, strict=True))
    _exec(
        t,
        f"update {RAW}.DIM_PERSON set IS_CLIENT = 'Y.' where DIM_PERSON_ID = {faults['is_client']}",
        f"update {RAW}.DIM_PERSON set GENDER_MAIN_CODE = 'Female' where DIM_PERSON_ID = {faults['female']}",
        f"update {RAW}.DIM_PERSON set GENDER_MAIN_CODE = 'Femal' where DIM_PERSON_ID = {faults['unknown_gender']}",
        f"update {RAW}.DIM_PERSON set UPN = 'A123456789012345' where DIM_PERSON_ID = {faults['upn16']}",
        f"update {RAW}.DIM_PERSON set BIRTH_DTTM = timestamp '1850-06-01' where DIM_PERSON_ID = {faults['born_1850']}",
        f"update {RAW}.DIM_PERSON set BIRTH_DTTM = timestamp '2030-06-01' where DIM_PERSON_ID = {faults['born_2030']}",
    )
    return faults


def _build(t: Target) -> None:
    proc = pipeline.run_dbt(["build"], t, pipeline.dbt_vars(AS_AT), quiet=True)
    tail = "\n".join((proc.stdout or "").splitlines()[-40:])
    assert proc.returncode == 0, f"dbt build failed on the planted faults:\n{tail}"


@pytest.fixture(scope="module")
def la_a(tmp_path_factory: pytest.TempPathFactory) -> tuple[Target, dict, dict]:
    t = _target(tmp_path_factory, "values_a")
    sim_pipeline.simulate_and_load(t, "tiny", SEED, 6, AS_AT)
    dup = plant_duplicate(t, altered_first=False)
    values = plant_values(t, [dup["person"], dup["other"]])
    _build(t)
    return t, dup, values


@pytest.fixture(scope="module")
def la_b(tmp_path_factory: pytest.TempPathFactory) -> tuple[Target, dict]:
    t = _target(tmp_path_factory, "values_b")
    sim_pipeline.simulate_and_load(t, "tiny", SEED, 6, AS_AT)
    dup = plant_duplicate(t, altered_first=True)
    _build(t)
    return t, dup


def _quarantine(t: Target) -> pd.DataFrame:
    return query_df(t, "select * from quality.dq_quarantine")


def _flags(t: Target) -> pd.DataFrame:
    return query_df(t, "select * from quality.dq_flags")


def _person(t: Target, pid: int) -> dict:
    df = query_df(t, f"select * from ssd.ssd_person where pers_person_id = '{pid}'")
    assert len(df) == 1, f"person {pid} is not in ssd_person"
    return df.iloc[0].to_dict()


def test_conservation_balances(la_a, la_b) -> None:
    for t in (la_a[0], la_b[0]):
        cons = query_df(t, "select * from quality.dq_conservation")
        assert (cons["unaccounted_rows"] == 0).all(), cons[cons["unaccounted_rows"] != 0]


def test_duplicate_key_same_winner_in_either_file_order(la_a, la_b) -> None:
    winners = []
    for t, dup in ((la_a[0], la_a[1]), (la_b[0], la_b[1])):
        ssd = query_df(t, f"select cine_person_id from ssd.ssd_cin_episodes where cine_referral_id = '{dup['id']}'")
        assert len(ssd) == 1
        winners.append(ssd["cine_person_id"].iloc[0])
        q = _quarantine(t)
        lost = q[(q["ssd_table"] == "ssd_cin_episodes") & (q["source_key"] == str(dup["id"]))]
        assert lost[["source_table", "dq_reason", "dq_category"]].values.tolist() == [
            ["FACT_REFERRALS", "duplicate_key_conflict", "data_quality"]
        ]
        assert "cine_person_id" in lost["dq_detail"].iloc[0]
        assert f"differs from the kept row {dup['id']}" in lost["dq_detail"].iloc[0]
    assert winners[0] == winners[1]


def test_is_client_typo_is_data_quality_not_scope(la_a) -> None:
    t, _, faults = la_a
    q = _quarantine(t)
    got = q[(q["ssd_table"] == "ssd_person") & (q["source_key"] == str(faults["is_client"]))]
    assert got[["source_table", "dq_reason", "dq_category"]].values.tolist() == [
        ["DIM_PERSON", "unrecognised_is_client_flag", "data_quality"]
    ]


def test_gender_female_is_mapped_by_rule(la_a) -> None:
    t, _, faults = la_a
    assert _person(t, faults["female"])["pers_sex"] == "F"
    flags = _flags(t)
    assert not (flags["source_key"] == str(faults["female"])).any()


def test_unknown_gender_is_u_and_flagged(la_a) -> None:
    t, _, faults = la_a
    assert _person(t, faults["unknown_gender"])["pers_sex"] == "U"
    flags = _flags(t)
    got = flags[flags["source_key"] == str(faults["unknown_gender"])]
    assert got[["ssd_table", "source_table", "flag_code"]].values.tolist() == [
        ["ssd_person", "DIM_PERSON", "unrecognised_gender_value"]
    ]


def test_sixteen_character_upn_is_not_cut(la_a) -> None:
    t, _, faults = la_a
    assert pd.isna(_person(t, faults["upn16"])["pers_upn"])
    flags = _flags(t)
    got = flags[flags["source_key"] == str(faults["upn16"])]
    assert got["flag_code"].tolist() == ["upn_wrong_length"]
    assert "16 characters" in got["flag_detail"].iloc[0]
    assert "A123456789012345" not in got["flag_detail"].iloc[0]


@pytest.mark.parametrize(
    ("fault", "code"), [("born_1850", "date_before_1900"), ("born_2030", "birth_date_after_as_at")]
)
def test_implausible_birth_date_is_kept_and_flagged(la_a, fault: str, code: str) -> None:
    t, _, faults = la_a
    _person(t, faults[fault])  # kept in the SSD
    flags = _flags(t)
    got = flags[(flags["source_key"] == str(faults[fault])) & (flags["flag_code"] == code)]
    assert got[["ssd_table", "source_table", "flag_detail"]].values.tolist() == [
        ["ssd_person", "DIM_PERSON", "pers_dob"]
    ]
