"""The main guard: the SSD built by dbt from simulated Liquidlogic raw tables equals the truth."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from ssd_kit import pipeline, spec
from ssd_kit.db import Target, connect, query_df
from ssd_sim.oracle import compare_table, format_report, supplier_gaps

from _support import AS_AT


@pytest.mark.parametrize("table", spec.ALL_TABLES)
def test_ssd_table_equals_truth(duckdb_la: Target, table: str) -> None:
    result = compare_table(duckdb_la, table, gaps=supplier_gaps("liquidlogic").get(table, ()))
    assert result.ok, format_report([result])
    if table in spec.EMPTY_FOR_LIQUIDLOGIC:
        assert result.truth_rows == result.ssd_rows == 0, f"{table}: Liquidlogic has no source, it must be empty"
    else:
        assert result.truth_rows > 0, f"{table}: the simulator produced no rows, so the test proves nothing"


def test_no_supplier_row_is_lost(duckdb_la: Target) -> None:
    cons = query_df(duckdb_la, f"select * from {duckdb_la.rel('quality', 'dq_conservation')}")
    assert sorted(cons["ssd_table"]) == sorted(spec.ALL_TABLES)
    assert (cons["unaccounted_rows"] == 0).all(), cons.to_string()


def test_quarantine_explains_every_rejected_raw_row(duckdb_la: Target) -> None:
    q = query_df(
        duckdb_la,
        f"select ssd_table, dq_reason, count(*) as n from {duckdb_la.rel('quality', 'dq_quarantine')} group by 1, 2",
    )
    # The renderer plants out-of-scope and malformed rows; each must be caught with a reason.
    assert len(q) > 0, "the simulated raw data has noise rows; none reached the quarantine"
    assert q["dq_reason"].notna().all()
    assert "ssd_person" in set(q["ssd_table"]), q.to_string()


CORRUPTIONS = {
    # SSD table that must then differ -> SQL that corrupts one raw row behind it
    "ssd_cin_episodes": (
        'update child_social."FACT_REFERRALS" set REFRL_START_DTTM = REFRL_START_DTTM + interval 1 day '
        'where FACT_REFERRAL_ID = (select min(FACT_REFERRAL_ID) from child_social."FACT_REFERRALS" '
        "where REFRL_START_DTTM is not null)"
    ),
    "ssd_contacts": (
        'delete from child_social."FACT_CONTACTS" where FACT_CONTACT_ID = '
        '(select max(FACT_CONTACT_ID) from child_social."FACT_CONTACTS" where FACT_CONTACT_ID < 900000000)'
    ),
    "ssd_cla_placement": (
        "update child_social.\"FACT_CLA_PLACEMENT\" set DIM_LOOKUP_PLACEMENT_TYPE_CODE = "
        "case when DIM_LOOKUP_PLACEMENT_TYPE_CODE = 'U4' then 'U6' else 'U4' end "
        'where FACT_CLA_PLACEMENT_ID = (select min(FACT_CLA_PLACEMENT_ID) from child_social."FACT_CLA_PLACEMENT")'
    ),
}


def test_oracle_reports_corrupted_raw_data(duckdb_la: Target, tmp_path: Path) -> None:
    """Shift a date, drop a row, change a code in the raw tables: the oracle must see each one."""
    copy = replace(duckdb_la, duckdb_path=tmp_path / "corrupt.duckdb")
    shutil.copy(duckdb_la.duckdb_path, copy.duckdb_path)
    with connect(copy) as con:
        for sql in CORRUPTIONS.values():
            con.execute(sql)
    selectors = " ".join(f"+{t}" for t in CORRUPTIONS)
    proc = pipeline.run_dbt(["run", "--select", selectors], copy, pipeline.dbt_vars(AS_AT), quiet=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    for table in CORRUPTIONS:
        result = compare_table(copy, table, gaps=supplier_gaps("liquidlogic").get(table, ()))
        assert not result.ok, f"{table}: corrupted raw data went unnoticed"
        assert result.missing_from_ssd + result.unexpected_in_ssd >= 1
    untouched = compare_table(copy, "ssd_department")
    assert untouched.ok, format_report([untouched])


# Truth columns the simulator leaves empty on purpose, and why. Every other column must hold at least
# one value in the test LA, or the oracle would pass without ever exercising that column's mapping.
NOT_SIMULATED = {
    "pers_common_child_id": "no NHS number / common child id source in Liquidlogic HDM",
    "earl_episode_worker_id": "FACT_CAF_EPISODE carries no worker (SystemC writes a placeholder)",
    "cppr_cp_review_participation": "no participation source for CP reviews in Liquidlogic HDM",
    "perm_ffa_cp_decision_date": "foster-for-adoption decisions not simulated yet",
    "perm_placed_ffa_cp_date": "foster-for-adoption placements not simulated yet",
    "perm_placement_provider_urn": "adoption agency URNs not simulated yet",
    "link_valid_from_date": "DIM_PERSON.FORMER_UPN has no validity dates",
    "link_valid_to_date": "DIM_PERSON.FORMER_UPN has no validity dates",
}


def test_oracle_exercises_every_column(duckdb_la: Target) -> None:
    empty = []
    for table in spec.BUILT_TABLES:
        cols = spec.columns(table)
        counts = query_df(
            duckdb_la,
            "select " + ", ".join(f'count({c}) as "{c}"' for c in cols) + f" from {duckdb_la.rel('truth', table)}",
        ).iloc[0]
        empty += [f"{table}.{c}" for c in cols if int(counts[c]) == 0 and c not in NOT_SIMULATED]
    assert not empty, f"truth columns with no value in the test LA (the oracle proves nothing for them): {empty}"
