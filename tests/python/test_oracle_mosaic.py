"""Mosaic's reporting data mart (DM_*): fast renderer tests (tiny profile, no dbt) of the quirks the mapping has to
undo. The SSD built from it is checked against the truth in test_suppliers_oracle.py (every supplier alike)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from ssd_kit import spec, suppliers
from ssd_sim.render import SUPPLIERS, supplier_module

from _support import AS_AT, SEED

SUPPLIER = "mosaic"


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
