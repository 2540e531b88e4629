"""The Liquidlogic people renderer: a small hand-made truth, rendered into raw tables.

`people_truth()` is also the fixture the end-to-end check of the people mappings uses before (and
alongside) the simulator: it covers an unborn child, a mother, a UPN-unknown child, a child with no
ethnicity, open and closed periods, assessments with and without factors, an in-progress assessment,
a CIN plan without a coordinator, and workers with and without allocated case-worker involvements.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from ssd_kit import spec
from ssd_kit.jsonfmt import json_array, json_object
from ssd_sim.render.base import RenderContext, assemble
from ssd_sim.render.liquidlogic import people, raw_schema
from ssd_sim.render.liquidlogic.shared import SHARED_TABLES

T = pd.Timestamp


def _yn(keys: tuple[str, ...], yes: set[str]) -> str:
    return json_object({k: ("Y" if k in yes else "N") for k in keys})


def people_truth() -> dict[str, pd.DataFrame]:
    """A tiny truth for the people tables, in exact SSD shape."""
    t: dict[str, pd.DataFrame] = {}
    person = [
        # id, fore, sur, sex, eth, dob, legacy, upn, upn_unknown, send, expected, death, mother, nat
        (
            "101",
            "Amy",
            "Stone",
            "F",
            "WBRI",
            T("2012-03-04"),
            "L101",
            "A123456789012",
            None,
            "N",
            None,
            None,
            None,
            "GB",
        ),
        ("102", "Ben", "Stone", "M", "WBRI", T("2015-07-19"), "L102", None, "UN1", "Y", None, None, None, "GB"),
        ("103", "Cara", "Lee", "F", None, T("1990-01-02"), "L103", None, None, "N", None, None, "Y", "GB"),
        ("104", None, "Lee", "U", None, None, "L104", None, None, None, T("2026-12-01"), None, None, None),
        (
            "105",
            "Dan",
            "Okafor",
            "M",
            "BAFR",
            T("2009-11-30"),
            "L105",
            "B987654321098",
            None,
            "N",
            None,
            T("2025-02-03"),
            None,
            "NG",
        ),
        ("106", "Eve", "Jones", "F", "MWBC", T("2018-05-05"), "L106", None, "UN2", "N", None, None, None, "AF"),
    ]
    t["ssd_person"] = pd.DataFrame(
        person,
        columns=[
            "pers_person_id",
            "pers_forename",
            "pers_surname",
            "pers_sex",
            "pers_ethnicity",
            "pers_dob",
            "pers_legacy_id",
            "pers_upn",
            "pers_upn_unknown",
            "pers_send_flag",
            "pers_expected_dob",
            "pers_death_date",
            "pers_is_mother",
            "pers_nationality",
        ],
    ).assign(pers_gender=lambda d: d["pers_sex"], pers_common_child_id=None)
    t["ssd_mother"] = pd.DataFrame(
        [("201", "103", "104", None)],
        columns=["moth_table_id", "moth_person_id", "moth_childs_person_id", "moth_childs_dob"],
    )
    t["ssd_contacts"] = pd.DataFrame(
        [
            ("301", "101", T("2023-01-10"), "2A", "SCHOOLS", _yn(people.CONTACT_KEYS, {"NEW_REFERRAL_FLAG"})),
            (
                "302",
                "101",
                T("2024-02-11"),
                "3A",
                "HEALTH SERVICES – general practitioner (GP)",
                _yn(people.CONTACT_KEYS, {"NFA_FLAG"}),
            ),
            (
                "303",
                "102",
                T("2023-01-10"),
                "1A",
                "INDIVIDUAL – family member, relative or carer",
                _yn(people.CONTACT_KEYS, {"NEW_REFERRAL_FLAG"}),
            ),
            ("304", "105", T("2022-06-01"), None, None, _yn(people.CONTACT_KEYS, {"OLA_CP_FLAG"})),
            ("305", "106", T("2024-09-09"), "6", None, _yn(people.CONTACT_KEYS, {"ADVICE_FLAG"})),
        ],
        columns=[
            "cont_contact_id",
            "cont_person_id",
            "cont_contact_date",
            "cont_contact_source_code",
            "cont_contact_source_desc",
            "cont_contact_outcome_json",
        ],
    )
    # 5A's seed description fills the desc (the truth holds the seed description for every code)
    t["ssd_contacts"].loc[4, "cont_contact_source_desc"] = "POLICE"
    t["ssd_family"] = pd.DataFrame(
        [
            ("401", "501", "101"),
            ("402", "502", "102"),
            ("403", "503", "105"),
            ("404", "504", "106"),
        ],
        columns=["fami_table_id", "fami_family_id", "fami_person_id"],
    )
    t["ssd_address"] = pd.DataFrame(
        [
            (
                "601",
                json_object(
                    {k: None for k in people.ADDRESS_KEYS}
                    | {"HOUSE": "12", "STREET": "Mill Lane", "TOWN": "Barton", "UPRN": "100012345678"}
                ),
                "101",
                "HOME",
                T("2015-01-01"),
                T("2022-04-30"),
                "BA1 2CD",
            ),
            (
                "602",
                json_object(
                    {k: None for k in people.ADDRESS_KEYS}
                    | {"FLAT": "3", "BUILDING": "Oak House", "STREET": "Hill Road"}
                ),
                "101",
                "HOME",
                T("2022-05-01"),
                None,
                None,
            ),
        ],
        columns=[
            "addr_table_id",
            "addr_address_json",
            "addr_person_id",
            "addr_address_type",
            "addr_address_start_date",
            "addr_address_end_date",
            "addr_address_postcode",
        ],
    )
    t["ssd_disability"] = pd.DataFrame(
        [("701", "102", "AUT"), ("702", "102", "COMM"), ("703", "106", "MOB")],
        columns=["disa_table_id", "disa_person_id", "disa_disability_code"],
    )
    t["ssd_immigration_status"] = pd.DataFrame(
        [
            ("801", "106", "UASC", T("2023-03-01"), T("2024-06-30")),
            ("802", "106", "Refugee", T("2024-07-01"), None),
        ],
        columns=[
            "immi_immigration_status_id",
            "immi_person_id",
            "immi_immigration_status",
            "immi_immigration_status_start_date",
            "immi_immigration_status_end_date",
        ],
    )
    t["ssd_early_help_episodes"] = pd.DataFrame(
        [
            ("901", "101", T("2021-09-01"), T("2022-03-01"), "Parenting support", "EHCLOSE1", "SCH01", None),
        ],
        columns=[
            "earl_episode_id",
            "earl_person_id",
            "earl_episode_start_date",
            "earl_episode_end_date",
            "earl_episode_reason",
            "earl_episode_end_reason",
            "earl_episode_organisation",
            "earl_episode_worker_id",
        ],
    )
    t["ssd_department"] = pd.DataFrame(
        [
            ("11", "Assessment Team North", "10", "Children's Services"),
            ("12", "Family Support East", "10", "Children's Services"),
            ("10", "Children's Services", None, None),
        ],
        columns=["dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"],
    )
    t["ssd_professionals"] = pd.DataFrame(
        [
            ("21", "S0021", "Mary Ann Smith", "SW12345", "Social Worker", 2, "Assessment Team North", 1.0, None),
            ("22", "S0022", "Raj Patel", None, "Senior Practitioner", 0, "Family Support East", 0.8, None),
        ],
        columns=[
            "prof_professional_id",
            "prof_staff_id",
            "prof_professional_name",
            "prof_social_worker_registration_no",
            "prof_professional_job_title",
            "prof_professional_caseload",
            "prof_professional_department",
            "prof_full_time_equivalency",
            "prof_agency_worker_flag",
        ],
    )
    t["ssd_cin_episodes"] = pd.DataFrame(
        [
            (
                "1001",
                "101",
                T("2023-01-11"),
                "N4",
                "2A",
                "SCHOOLS",
                _yn(people.REFERRAL_KEYS, {"SINGLE_ASSESSMENT_FLAG"}),
                "N",
                "RC8",
                T("2023-03-20"),
                "11",
                "21",
            ),
            (
                "1002",
                "102",
                T("2023-01-12"),
                "N1",
                "1A",
                "INDIVIDUAL – family member, relative or carer",
                _yn(people.REFERRAL_KEYS, {"SINGLE_ASSESSMENT_FLAG"}),
                "N",
                None,
                None,
                "12",
                "22",
            ),
            (
                "1003",
                "105",
                T("2022-06-02"),
                None,
                None,
                None,
                _yn(people.REFERRAL_KEYS, {"NFA_FLAG"}),
                "Y",
                "RC2",
                T("2025-02-03"),
                None,
                None,
            ),
        ],
        columns=[
            "cine_referral_id",
            "cine_person_id",
            "cine_referral_date",
            "cine_cin_primary_need_code",
            "cine_referral_source_code",
            "cine_referral_source_desc",
            "cine_referral_outcome_json",
            "cine_referral_nfa",
            "cine_close_reason",
            "cine_close_date",
            "cine_referral_team",
            "cine_referral_worker_id",
        ],
    )
    t["ssd_cin_assessments"] = pd.DataFrame(
        [
            (
                "1101",
                "101",
                "1001",
                T("2023-01-12"),
                "Y",
                T("2023-02-20"),
                _yn(people.ASSESSMENT_KEYS, {"NFA_FLAG"}),
                "Y",
                "11",
                "21",
            ),
            (
                "1102",
                "102",
                "1002",
                T("2023-01-13"),
                "N",
                T("2023-03-01"),
                _yn(people.ASSESSMENT_KEYS, {"PROV_OF_SERVICES_FLAG"}),
                "N",
                "12",
                "22",
            ),
            ("1103", "102", "1002", T("2026-10-01"), None, None, None, None, None, None),
        ],
        columns=[
            "cina_assessment_id",
            "cina_person_id",
            "cina_referral_id",
            "cina_assessment_start_date",
            "cina_assessment_child_seen",
            "cina_assessment_auth_date",
            "cina_assessment_outcome_json",
            "cina_assessment_outcome_nfa",
            "cina_assessment_team",
            "cina_assessment_worker_id",
        ],
    )
    t["ssd_assessment_factors"] = pd.DataFrame(
        [
            ("1201", "1101", json_array(["2B", "3A", "21"])),
            ("1202", "1102", json_array(["1B"])),
        ],
        columns=["cinf_table_id", "cinf_assessment_id", "cinf_assessment_factors_json"],
    )
    t["ssd_cin_plans"] = pd.DataFrame(
        [
            ("1301", "1002", "102", T("2023-03-02"), None, "12", "22"),
            ("1302", "1002", "102", T("2023-03-02"), T("2023-03-02"), None, None),
            ("1303", None, "101", T("2023-04-01"), T("2023-10-01"), "11", "21"),
        ],
        columns=[
            "cinp_cin_plan_id",
            "cinp_referral_id",
            "cinp_person_id",
            "cinp_cin_plan_start_date",
            "cinp_cin_plan_end_date",
            "cinp_cin_plan_team",
            "cinp_cin_plan_worker_id",
        ],
    )
    t["ssd_cin_visits"] = pd.DataFrame(
        [
            ("1401", "102", T("2023-03-20"), "Y", "Y", "N"),
            ("1402", "102", T("2023-04-20"), "N", None, None),
        ],
        columns=[
            "cinv_cin_visit_id",
            "cinv_person_id",
            "cinv_cin_visit_date",
            "cinv_cin_visit_seen",
            "cinv_cin_visit_seen_alone",
            "cinv_cin_visit_bedroom",
        ],
    )
    t["ssd_involvements"] = pd.DataFrame(
        [
            ("1501", "21", "CW", "11", T("2023-01-11"), None, None, "101", "1001"),
            ("1502", "21", "CW", "11", T("2026-09-30"), None, "CHG", "102", "1002"),
            ("1503", "22", "CW", "12", T("2023-01-12"), T("2026-09-30"), None, "102", "1002"),
            ("1504", "22", "16PLUS", None, T("2024-01-01"), None, None, "105", None),
        ],
        columns=[
            "invo_involvements_id",
            "invo_professional_id",
            "invo_professional_role_id",
            "invo_professional_team",
            "invo_involvement_start_date",
            "invo_involvement_end_date",
            "invo_worker_change_reason",
            "invo_person_id",
            "invo_referral_id",
        ],
    )
    return {name: spec.conform(name, df) for name, df in t.items()}


def render_people(truth: dict[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    """Only this half of the renderer (the care half is tested on its own)."""
    declared = raw_schema()
    schema = {t: declared[t] for t in (*SHARED_TABLES, *people.TABLES)}
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed))
    return assemble(schema, [people.render], ctx)


@pytest.fixture(scope="module")
def raw() -> dict[str, pd.DataFrame]:
    return render_people(people_truth())


def test_every_declared_table_is_rendered(raw: dict[str, pd.DataFrame]) -> None:
    for name in people.TABLES:
        assert len(raw[name]) > 0, name


def test_truth_ids_are_kept_as_raw_keys(raw: dict[str, pd.DataFrame]) -> None:
    truth = people_truth()
    assert set(truth["ssd_person"]["pers_person_id"].astype(int)) < set(raw["DIM_PERSON"]["DIM_PERSON_ID"])
    assert set(truth["ssd_cin_episodes"]["cine_referral_id"].astype(int)) < set(
        raw["FACT_REFERRALS"]["FACT_REFERRAL_ID"]
    )
    assert set(truth["ssd_cin_visits"]["cinv_cin_visit_id"].astype(int)) <= set(
        raw["FACT_CASENOTES"]["FACT_CASENOTE_ID"]
    )


def test_out_of_scope_people_are_present(raw: dict[str, pd.DataFrame]) -> None:
    p = raw["DIM_PERSON"]
    assert (p["DIM_PERSON_ID"] == -1).sum() == 1
    assert p["DUPLICATED_DTTM"].notna().any()
    assert (p["IS_CLIENT"].fillna("N").str.upper().str[0] == "N").sum() >= 4


def test_unborn_child_has_estimated_birth_date(raw: dict[str, pd.DataFrame]) -> None:
    p = raw["DIM_PERSON"].set_index("DIM_PERSON_ID")
    assert p.loc[104, "BIRTH_DTTM"] == T("2026-12-01")
    assert p.loc[104, "DOB_ESTIMATED"].upper() in ("Y", "YES", "TRUE", "1")


def test_family_id_sits_on_the_earliest_contact(raw: dict[str, pd.DataFrame]) -> None:
    c = raw["FACT_CONTACTS"].set_index("FACT_CONTACT_ID")
    assert c.loc[301, "EXTERNAL_ID"] == 401 and c.loc[301, "DIM_LOOKUP_FAMILYOFRESIDENCE_ID"] == 501
    assert c.loc[302, "EXTERNAL_ID"] >= 900_000_000


def test_referral_carries_worker_id_and_name(raw: dict[str, pd.DataFrame]) -> None:
    r = raw["FACT_REFERRALS"].set_index("FACT_REFERRAL_ID")
    assert r.loc[1001, "DIM_WORKER_ID"] == 21 and r.loc[1001, "DIM_WORKER_ID_DESC"] == "Mary Ann Smith"
    assert r.loc[1003, "DIM_WORKER_ID"] == -1


def test_assessment_answers_are_text(raw: dict[str, pd.DataFrame]) -> None:
    sa = raw["FACT_SINGLE_ASSESSMENT"].set_index("FACT_SINGLE_ASSESSMENT_ID")
    answers = raw["FACT_FORM_ANSWERS"]
    a = answers[answers["FACT_FORM_ID"] == sa.loc[1101, "FACT_FORM_ID"]].set_index("ANSWER_NO")["ANSWER"]
    assert a["FormEndDate"] in ("20/02/2023", "20/2/2023")
    assert a["seenYN"].upper() in ("YES", "Y")
    assert {"2B", "3A", "21"} <= set(a.index)
    assert set(sa["DIM_LOOKUP_STEP_SUBSTATUS_CODE"]) >= {"D", "X"}
    in_progress = answers[answers["FACT_FORM_ID"] == sa.loc[1103, "FACT_FORM_ID"]]
    assert "FormEndDate" not in set(in_progress["ANSWER_NO"])


def test_cin_plans_have_noise_and_coordinators(raw: dict[str, pd.DataFrame]) -> None:
    s = raw["FACT_CARE_PLAN_SUMMARY"]
    assert (s["DIM_LOOKUP_PLAN_STATUS_ID_CODE"] == "z").any()
    assert (s["DIM_LOOKUP_PLAN_TYPE_CODE"] != "FP").any()
    plans = raw["FACT_CARE_PLANS"]
    assert set(plans["DIM_LOOKUP_PLAN_TYPE_ID_CODE"]) == {"FP"}
    latest = plans[plans["FACT_CARE_PLAN_SUMMARY_ID"] == 1301].sort_values(["START_DTTM", "FACT_CARE_PLAN_ID"]).iloc[-1]
    assert latest["DIM_PLAN_COORD_ID"] == 22 and latest["DIM_PLAN_COORD_DEPT_ID"] == 12


def test_cin_visits_use_cin_casenote_types(raw: dict[str, pd.DataFrame]) -> None:
    assert set(raw["FACT_CASENOTES"]["DIM_LOOKUP_CASNT_TYPE_ID_CODE"]) <= set(people.cin_visit_casenote_types())


def test_involvement_team_falls_back_to_worker_history(raw: dict[str, pd.DataFrame]) -> None:
    inv = raw["FACT_INVOLVEMENTS"]
    truth = inv[inv["FACT_INVOLVEMENTS_ID"] < 900_000_000]
    team = truth["DIM_DEPARTMENT_ID"].where(
        truth["DIM_DEPARTMENT_ID"] != -1, truth["FACT_WORKER_HISTORY_DEPARTMENT_ID"]
    )
    assert sorted(team.tolist()) == [-1, 11, 11, 12]


def test_rendering_is_deterministic() -> None:
    a, b = render_people(people_truth(), seed=3), render_people(people_truth(), seed=3)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])


def test_json_fixture_round_trips() -> None:
    truth = people_truth()
    assert json.loads(truth["ssd_assessment_factors"].loc[0, "cinf_assessment_factors_json"]) == ["2B", "3A", "21"]


def test_dim_worker_has_no_agency_column(raw: dict[str, pd.DataFrame]) -> None:
    # the HDM DIM_WORKER has no agency flag (the SSD column is a "cannot carry" for Liquidlogic)
    assert "AGENCY_WORKER_FLAG" not in raw_schema()["DIM_WORKER"]
    assert "AGENCY_WORKER_FLAG" not in raw["DIM_WORKER"].columns


def _normalise_flag(v: object) -> str | None:
    """The mapping's Y/N rule (ssd_yn): Y/YES/TRUE/1/T -> Y, N/NO/FALSE/0/F -> N."""
    if not isinstance(v, str):
        return None
    v = v.strip().upper()
    return "Y" if v in ("Y", "YES", "TRUE", "1", "T") else "N" if v in ("N", "NO", "FALSE", "0", "F") else None


def test_column_noise_keeps_what_the_mapping_reads() -> None:
    nz = people._Noise(np.random.default_rng(7))
    flags = np.array(["Y", "N", None, "Y", "N"] * 400, dtype=object)
    spelt = nz.yn(flags)
    assert [_normalise_flag(v) for v in spelt] == list(flags)
    assert len(set(spelt) - {None}) > 4  # several spellings, not just Y/N
    words = np.array(["Police", None, "Health Visitor"] * 400, dtype=object)
    varied = nz.text(words)
    assert [v.strip().lower() if v else v for v in varied] == [w.lower() if w else w for w in words]
    assert len(set(varied) - {None}) > 6  # case and whitespace both vary
    padded = nz.pad(words)
    assert [v.strip() if v else v for v in padded] == list(words)
    dates = pd.Series([T("2023-02-05"), pd.NaT, T("2024-11-20")] * 100)
    texts = nz.ddmmyyyy(dates)
    assert set(texts) == {"05/02/2023", "5/2/2023", None, "20/11/2024"}


def test_outcome_flags_read_back_as_the_truth(raw: dict[str, pd.DataFrame]) -> None:
    truth = people_truth()["ssd_contacts"].set_index("cont_contact_id")
    contacts = raw["FACT_CONTACTS"].set_index("FACT_CONTACT_ID")
    for cid, text in truth["cont_contact_outcome_json"].items():
        expected = json.loads(text)
        got = {k: _normalise_flag(contacts.loc[int(cid), people._outcome_col(k)]) for k in people.CONTACT_KEYS}
        assert got == expected
        assert contacts.loc[int(cid), "TOTAL_NO_OF_OUTCOMES"] == len(people.CONTACT_KEYS) - 1
