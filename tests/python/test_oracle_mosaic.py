"""The second supplier: the SSD built by dbt from a simulated Mosaic data mart (DM_*) equals the truth.

A module fixture simulates the small LA (seed 20260331), renders it into Mosaic's raw tables, builds
everything with ssd_supplier = mosaic into its own DuckDB file, and the oracle compares all 48 SSD tables.
Fast renderer tests (tiny profile, no dbt) check the Mosaic quirks the mapping has to undo.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from ssd_kit import spec, suppliers
from ssd_kit.db import Target, query_df
from ssd_sim.oracle import compare_all, format_report
from ssd_sim.render import SUPPLIERS, supplier_module

from _support import AS_AT, SEED, build_la

SUPPLIER = "mosaic"
# SSD tables the Mosaic mapping does not build yet (must be the only ones that differ). Empty: all mapped.
NOT_YET_MAPPED: set[str] = set()


@pytest.fixture(scope="module")
def mosaic_la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    path = tmp_path_factory.mktemp("mosaic") / "ssd_mosaic.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    os.environ.pop("SSD_SCHEMA_PREFIX", None)
    build_la(target, "small", supplier=SUPPLIER)
    return target


def test_every_ssd_table_equals_the_truth(mosaic_la: Target) -> None:
    results = compare_all(mosaic_la, list(spec.ALL_TABLES), supplier=SUPPLIER)
    differing = {r.table for r in results if not r.ok}
    assert differing <= NOT_YET_MAPPED, format_report([r for r in results if not r.ok])
    for r in results:
        if r.table in spec.NO_CMS_SOURCE:
            assert r.truth_rows == r.ssd_rows == 0, f"{r.table}: no CMS source, it must be empty"
        elif r.table not in NOT_YET_MAPPED:
            assert r.truth_rows > 0, f"{r.table}: the simulator produced no rows, so the test proves nothing"


def test_no_mosaic_row_is_lost(mosaic_la: Target) -> None:
    cons = query_df(mosaic_la, f"select * from {mosaic_la.rel('quality', 'dq_conservation')}")
    assert sorted(cons["ssd_table"]) == sorted(spec.ALL_TABLES)
    assert (cons["unaccounted_rows"] == 0).all(), cons.to_string()


def test_quarantine_reasons_are_catalogued_and_noise_is_caught(mosaic_la: Target) -> None:
    q = query_df(
        mosaic_la,
        f"select ssd_table, dq_reason, count(*) as n from {mosaic_la.rel('quality', 'dq_quarantine')} group by 1, 2",
    )
    reasons = pd.read_csv(Path(__file__).resolve().parents[2] / "seeds" / "ssd" / "ssd__dq_reasons.csv")
    assert set(q["dq_reason"]) <= set(reasons["dq_reason"]), set(q["dq_reason"]) - set(reasons["dq_reason"])
    caught = set(zip(q["ssd_table"], q["dq_reason"], strict=True))
    for expected in [
        ("ssd_person", "no_child_social_care_activity"),
        ("ssd_contacts", "cancelled_step"),
        ("ssd_cin_assessments", "cancelled_step"),
        ("ssd_disability", "no_national_disability_code"),
        ("ssd_family", "not_a_person_subject"),
        ("ssd_linked_identifiers", "not_a_linked_identifier_type"),
        ("ssd_cp_plans", "temporary_cp_plan"),
        ("ssd_cla_placement", "superseded_placement_split"),
        ("ssd_cla_convictions", "not_convicted"),
        ("ssd_department", "not_a_team"),
        ("ssd_mother", "person_not_in_ssd_person"),
    ]:
        assert expected in caught, f"{expected} not quarantined:\n{q.to_string()}"


# ---- fast renderer tests (tiny LA, no dbt)


@pytest.fixture(scope="module")
def tiny() -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    from ssd_sim.simulate import simulate

    truth = simulate(profile="tiny", seed=SEED, years=6, as_at=AS_AT)
    return truth, supplier_module(SUPPLIER).render(truth, seed=SEED)


def test_mosaic_is_registered() -> None:
    assert SUPPLIER in SUPPLIERS
    assert supplier_module(SUPPLIER).SUPPLIER == SUPPLIER
    declared = suppliers.load(SUPPLIER)
    assert declared.default_schema == "mosaic_dm"
    for table, cols in declared.gaps.cannot_carry.items():
        assert set(cols) <= set(spec.columns(table)), table


def test_raw_tables_match_their_declared_schema(tiny) -> None:
    _, raw = tiny
    schema = supplier_module(SUPPLIER).raw_schema()
    assert set(raw) == set(schema)
    for name, cols in schema.items():
        assert list(raw[name].columns) == list(cols), name


def test_steps_belong_to_subgroups_not_people(tiny) -> None:
    truth, raw = tiny
    steps = raw["DM_WORKFLOW_STEPS"]
    assert "PERSON_ID" not in steps.columns
    subjects = raw["DM_SUBGROUP_SUBJECTS"]
    assert {"PER", "WKR"} <= set(subjects["SUBJECT_TYPE_CODE"])
    contacts = steps[steps["IS_CHILD_CONTACT"] == "Y"]
    assert contacts["WORKFLOW_STEP_ID"].is_unique
    assert (contacts["STEP_STATUS"] == "CANCELLED").any()
    # step datetimes carry a time of day; the SSD wants the day
    assert (contacts["STARTED_ON"].dt.normalize() != contacts["STARTED_ON"]).any()


def test_outcomes_are_next_actions_not_flags(tiny) -> None:
    truth, raw = tiny
    links = raw["DM_WORKFLOW_LINKS"]
    c = truth["ssd_contacts"]
    ys = c["cont_contact_outcome_json"].dropna().map(lambda s: sum(v == "Y" for v in json.loads(s).values())).sum()
    contact_ids = set(c["cont_contact_id"].astype(int))
    actions = raw["DM_WORKFLOW_NXT_ACTION_TYPES"].set_index("WORKFLOW_NEXT_ACTION_TYPE_ID")
    mapped = links[links["SOURCE_STEP_ID"].astype(int).isin(contact_ids)]
    outcome_links = mapped[mapped["WORKFLOW_NEXT_ACTION_TYPE_ID"].astype(int) < 9000]
    assert len(outcome_links) == ys  # one link per Y flag
    assert (mapped["WORKFLOW_NEXT_ACTION_TYPE_ID"] == 9001).any()  # a next action that is no outcome
    assert actions.loc[9001, "DESCRIPTION"] == "Record case note"


def test_people_quirks(tiny) -> None:
    truth, raw = tiny
    persons = raw["DM_PERSONS"]
    assert len(persons) > len(truth["ssd_person"])  # adults too: no cohort flag
    assert persons["FULL_ETHNICITY_CODE"].dropna().str.match(r"^E\d\d$").all()  # local codes, not CBDS
    assert not set(persons["COUNTRY_OF_BIRTH_CODE"].dropna()) & {"GBR"}  # a code, nationality via description
    unborn = truth["ssd_person"]["pers_expected_dob"].notna()
    if unborn.any():
        ids = truth["ssd_person"].loc[unborn, "pers_person_id"].astype(int)
        assert persons.set_index("PERSON_ID").loc[ids, "DATE_OF_BIRTH"].notna().all()  # expected dob in DOB
    assert raw["DM_DISABILITIES"]["CIN_DISABILITY_CATEGORY_CODE"].isna().any()  # unmapped local disabilities
    assert raw["DM_ADDRESSES"]["ADDRESS"].notna().all()  # formatted text beside the components


def test_looked_after_quirks(tiny) -> None:
    truth, raw = tiny
    pl = raw["DM_PLACEMENTS"]
    assert (pl.groupby("PLACEMENT_ID")["SPLIT_NUMBER"].count() > 1).any()  # split placements
    poc = raw["DM_PERIODS_OF_CARE"]
    assert poc["END_DATE"].isna().any()  # open-ended END_DATE null
    assert set(raw["DM_OFFENCES"]["IS_CONVICTED"]) <= {"Y", "N"}
    assert "Missing" in set(raw["DM_FILTER_FORM_ANSWERS"]["TEXT_ANSWER"])
