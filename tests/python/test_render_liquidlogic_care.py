"""The Liquidlogic renderer's child protection / looked-after half (ssd_sim.render.liquidlogic.care).

A small hand-made truth drives it; the tests check that the raw tables carry the HDM quirks the
mapping must undo (STAFF_IDs, descriptions, text flags, -1 keys) and that every truth row is present
in the raw data with its values recoverable, plus the noise rows the mapping has to exclude.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from ssd_kit import jsonfmt, spec
from ssd_sim.render.base import RenderContext, conform_raw
from ssd_sim.render.liquidlogic import care, raw_schema
from ssd_sim.render.liquidlogic.shared import SHARED_TABLES

D = pd.Timestamp


def _frame(table: str, rows: list[dict]) -> pd.DataFrame:
    cols = spec.columns(table)
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=cols)
    return spec.conform(table, df)


def _s47_json(**flags: str) -> str:
    return jsonfmt.json_object({k: flags.get(k, "N") for k in care.S47_KEYS})


def _icpc_json(**flags: str) -> str:
    return jsonfmt.json_object({k: flags.get(k, "N") for k in care.ICPC_KEYS})


def care_truth() -> dict[str, pd.DataFrame]:
    """A tiny LA: two children on CP plans, two looked after, one care leaver."""
    t: dict[str, pd.DataFrame] = {}
    t["ssd_person"] = _frame("ssd_person", [
        {"pers_person_id": str(i), "pers_sex": "M", "pers_gender": "M", "pers_legacy_id": f"L{i}"}
        for i in (1001, 1002, 1003, 1004, 1005)
    ])
    t["ssd_professionals"] = _frame("ssd_professionals", [
        {"prof_professional_id": "2001", "prof_staff_id": "SW001", "prof_professional_name": "Ann Smith"},
        {"prof_professional_id": "2002", "prof_staff_id": "SW002", "prof_professional_name": "Bob Jones"},
        {"prof_professional_id": "2003", "prof_staff_id": "PA003", "prof_professional_name": "Cat Brown"},
    ])
    t["ssd_department"] = _frame("ssd_department", [
        {"dept_team_id": "3001", "dept_team_name": "Safeguarding 1"},
        {"dept_team_id": "3002", "dept_team_name": "Leaving Care"},
    ])
    t["ssd_involvements"] = _frame("ssd_involvements", [
        {"invo_involvements_id": "4001", "invo_professional_id": "2001", "invo_professional_role_id": "CW",
         "invo_professional_team": "3001", "invo_involvement_start_date": D("2024-01-01"), "invo_person_id": "1005"},
        {"invo_involvements_id": "4002", "invo_professional_id": "2003",
         "invo_professional_role_id": "16PLUS", "invo_professional_team": "3002",
         "invo_involvement_start_date": D("2025-03-01"), "invo_person_id": "1005"},
    ])
    t["ssd_s47_enquiry"] = _frame("ssd_s47_enquiry", [
        {"s47e_s47_enquiry_id": "5001", "s47e_referral_id": "6001", "s47e_person_id": "1001",
         "s47e_s47_start_date": D("2025-01-06"), "s47e_s47_end_date": D("2025-01-20"), "s47e_s47_nfa": "N",
         "s47e_s47_outcome_json": _s47_json(CP_CONFERENCE_FLAG="Y"),
         "s47e_s47_completed_by_worker_id": "2001", "s47e_s47_completed_by_team": "3001"},
        {"s47e_s47_enquiry_id": "5002", "s47e_referral_id": None, "s47e_person_id": "1002",
         "s47e_s47_start_date": D("2025-02-03"), "s47e_s47_end_date": None, "s47e_s47_nfa": "Y",
         "s47e_s47_outcome_json": _s47_json(NFA_FLAG="Y"),
         "s47e_s47_completed_by_worker_id": None, "s47e_s47_completed_by_team": None},
    ])
    t["ssd_initial_cp_conference"] = _frame("ssd_initial_cp_conference", [
        {"icpc_icpc_id": "5101", "icpc_icpc_meeting_id": "5201", "icpc_s47_enquiry_id": "5001",
         "icpc_person_id": "1001", "icpc_cp_plan_id": "5301", "icpc_referral_id": "6001",
         "icpc_icpc_transfer_in": "N", "icpc_icpc_target_date": D("2025-01-27"),
         "icpc_icpc_date": D("2025-01-24"), "icpc_icpc_outcome_cp_flag": "Y",
         "icpc_icpc_outcome_json": _icpc_json(CP_FLAG="Y"), "icpc_icpc_team": "3001",
         "icpc_icpc_worker_id": "2002"},
        {"icpc_icpc_id": "5102", "icpc_icpc_meeting_id": "5202", "icpc_s47_enquiry_id": None,
         "icpc_person_id": "1002", "icpc_cp_plan_id": None, "icpc_referral_id": None,
         "icpc_icpc_transfer_in": "Y", "icpc_icpc_target_date": D("2025-03-01"),
         "icpc_icpc_date": D("2025-02-28"), "icpc_icpc_outcome_cp_flag": "N",
         "icpc_icpc_outcome_json": _icpc_json(NFA_FLAG="Y"), "icpc_icpc_team": None,
         "icpc_icpc_worker_id": None},
    ])
    t["ssd_cp_plans"] = _frame("ssd_cp_plans", [
        {"cppl_cp_plan_id": "5301", "cppl_referral_id": "6001", "cppl_icpc_id": "5101", "cppl_person_id": "1001",
         "cppl_cp_plan_start_date": D("2025-01-24"), "cppl_cp_plan_end_date": D("2025-07-24"),
         "cppl_cp_plan_initial_category": "NEG", "cppl_cp_plan_ola": "N", "cppl_cp_plan_latest_category": "EMO"},
        {"cppl_cp_plan_id": "5302", "cppl_referral_id": None, "cppl_icpc_id": None, "cppl_person_id": "1003",
         "cppl_cp_plan_start_date": D("2025-05-01"), "cppl_cp_plan_initial_category": "MUL",
         "cppl_cp_plan_ola": "Y", "cppl_cp_plan_latest_category": "MUL"},
    ])
    t["ssd_cp_visits"] = _frame("ssd_cp_visits", [
        {"cppv_cp_visit_id": str(5400 + i), "cppv_person_id": "1001", "cppv_cp_plan_id": "5301",
         "cppv_cp_visit_date": D("2025-02-01") + pd.Timedelta(days=10 * i), "cppv_cp_visit_seen": "Y",
         "cppv_cp_visit_seen_alone": ("Y", "N", None)[i], "cppv_cp_visit_bedroom": ("N", None, "Y")[i]}
        for i in range(3)
    ])
    t["ssd_cp_reviews"] = _frame("ssd_cp_reviews", [
        {"cppr_cp_review_id": "5501", "cppr_person_id": "1001", "cppr_cp_plan_id": "5301",
         "cppr_cp_review_due": D("2025-04-24"), "cppr_cp_review_date": D("2025-04-22"),
         "cppr_cp_review_meeting_id": "5502", "cppr_cp_review_outcome_continue_cp": "Y",
         "cppr_cp_review_quorate": "Y"},
        {"cppr_cp_review_id": "5503", "cppr_person_id": "1003", "cppr_cp_plan_id": "5302",
         "cppr_cp_review_due": D("2025-08-01"), "cppr_cp_review_date": None,
         "cppr_cp_review_meeting_id": None, "cppr_cp_review_outcome_continue_cp": None,
         "cppr_cp_review_quorate": None},
    ])
    t["ssd_legal_status"] = _frame("ssd_legal_status", [
        {"lega_legal_status_id": "7001", "lega_person_id": "1004", "lega_legal_status": "C1",
         "lega_legal_status_start_date": D("2024-06-01"), "lega_legal_status_end_date": D("2024-09-01")},
        {"lega_legal_status_id": "7002", "lega_person_id": "1004", "lega_legal_status": "V2",
         "lega_legal_status_start_date": D("2024-09-01")},
    ])
    t["ssd_cla_placement"] = _frame("ssd_cla_placement", [
        {"clap_cla_placement_id": "7201", "clap_cla_placement_start_date": D("2024-06-01"),
         "clap_cla_placement_type": "U1", "clap_cla_placement_urn": "SC123456",
         "clap_cla_placement_distance": 4.5, "clap_cla_id": "7101", "clap_cla_placement_provider": "PR1",
         "clap_cla_placement_postcode": "AB1 2CD", "clap_cla_placement_end_date": D("2024-09-01"),
         "clap_cla_placement_change_reason": "CARPL", "clap_person_id": "1004"},
        {"clap_cla_placement_id": "7202", "clap_cla_placement_start_date": D("2024-09-01"),
         "clap_cla_placement_type": "K2", "clap_cla_placement_urn": None,
         "clap_cla_placement_distance": None, "clap_cla_id": "7101", "clap_cla_placement_provider": "PR4",
         "clap_cla_placement_postcode": None, "clap_person_id": "1004"},
    ])
    t["ssd_cla_episodes"] = _frame("ssd_cla_episodes", [
        {"clae_cla_episode_id": "7301", "clae_person_id": "1004", "clae_cla_episode_start_date": D("2024-06-01"),
         "clae_cla_episode_start_reason": "S", "clae_cla_primary_need_code": "N1",
         "clae_cla_episode_ceased_date": D("2024-09-01"), "clae_cla_episode_ceased_reason": "X1",
         "clae_cla_id": "7101", "clae_referral_id": "6002", "clae_cla_placement_id": "7201",
         "clae_entered_care_date": D("2024-06-01"), "clae_cla_last_iro_contact_date": D("2025-06-30")},
        {"clae_cla_episode_id": "7302", "clae_person_id": "1004", "clae_cla_episode_start_date": D("2024-09-01"),
         "clae_cla_episode_start_reason": "B", "clae_cla_primary_need_code": "N1",
         "clae_cla_id": "7101", "clae_referral_id": "6002", "clae_cla_placement_id": "7202",
         "clae_entered_care_date": D("2024-06-01"), "clae_cla_last_iro_contact_date": D("2025-06-30")},
        {"clae_cla_episode_id": "7303", "clae_person_id": "1005", "clae_cla_episode_start_date": D("2021-02-01"),
         "clae_cla_episode_start_reason": "S", "clae_cla_primary_need_code": "N8",
         "clae_cla_episode_ceased_date": D("2024-12-01"), "clae_cla_episode_ceased_reason": "E47",
         "clae_cla_id": "7102", "clae_referral_id": None, "clae_cla_placement_id": None,
         "clae_entered_care_date": D("2021-02-01"), "clae_cla_last_iro_contact_date": None},
    ])
    t["ssd_cla_reviews"] = _frame("ssd_cla_reviews", [
        {"clar_cla_review_id": "7401", "clar_cla_id": "7101", "clar_cla_person_id": "1004",
         "clar_cla_review_due_date": D("2024-07-01"), "clar_cla_review_date": D("2024-06-28"),
         "clar_cla_review_cancelled": "N", "clar_cla_review_participation": "PN1"},
        {"clar_cla_review_id": "7402", "clar_cla_id": "7101", "clar_cla_person_id": "1004",
         "clar_cla_review_due_date": D("2024-12-01"), "clar_cla_review_date": None,
         "clar_cla_review_cancelled": "Y", "clar_cla_review_participation": None},
    ])
    t["ssd_cla_visits"] = _frame("ssd_cla_visits", [
        {"clav_cla_visit_id": "7501", "clav_cla_id": "7101", "clav_person_id": "1004",
         "clav_cla_visit_date": D("2024-06-07"), "clav_cla_visit_seen": "Y", "clav_cla_visit_seen_alone": "N"},
        {"clav_cla_visit_id": "7502", "clav_cla_id": "7101", "clav_person_id": "1004",
         "clav_cla_visit_date": D("2024-07-07"), "clav_cla_visit_seen": "N", "clav_cla_visit_seen_alone": None},
    ])
    t["ssd_missing"] = _frame("ssd_missing", [
        {"miss_table_id": "7601", "miss_person_id": "1004", "miss_missing_episode_start_date": D("2024-07-01"),
         "miss_missing_episode_type": "M", "miss_missing_episode_end_date": D("2024-07-02"),
         "miss_missing_rhi_offered": "Y", "miss_missing_rhi_accepted": "N"},
        {"miss_table_id": "7602", "miss_person_id": "1004", "miss_missing_episode_start_date": D("2024-08-01"),
         "miss_missing_episode_type": "A", "miss_missing_rhi_offered": "NA", "miss_missing_rhi_accepted": "NA"},
    ])
    t["ssd_care_leavers"] = _frame("ssd_care_leavers", [
        {"clea_table_id": "7701", "clea_person_id": "1005", "clea_care_leaver_eligibility": "Former relevant",
         "clea_care_leaver_in_touch": "YES", "clea_care_leaver_latest_contact": D("2025-06-01"),
         "clea_care_leaver_accommodation": "U", "clea_care_leaver_accom_suitable": "1",
         "clea_care_leaver_activity": "F2", "clea_pathway_plan_review_date": D("2025-05-01"),
         "clea_care_leaver_personal_advisor": "Cat Brown", "clea_care_leaver_allocated_team": "3002",
         "clea_care_leaver_worker_id": "2003"},
        {"clea_table_id": "7702", "clea_person_id": "1005", "clea_care_leaver_eligibility": "Former relevant",
         "clea_care_leaver_in_touch": "NO", "clea_care_leaver_latest_contact": D("2025-09-01"),
         "clea_care_leaver_accommodation": "S", "clea_care_leaver_accom_suitable": "2",
         "clea_care_leaver_activity": "G5", "clea_pathway_plan_review_date": D("2025-05-01"),
         "clea_care_leaver_personal_advisor": "Cat Brown", "clea_care_leaver_allocated_team": "3002",
         "clea_care_leaver_worker_id": "2003"},
    ])
    t["ssd_permanence"] = _frame("ssd_permanence", [
        {"perm_table_id": "7801", "perm_person_id": "1004", "perm_cla_id": "7101",
         "perm_adm_decision_date": D("2025-01-10"), "perm_placement_order_date": D("2025-03-10"),
         "perm_part_of_sibling_group": "N", "perm_adoption_worker_id": "2001"},
        # no adoption record: a period ending in a special guardianship order, keyed by its ceasing episode
        {"perm_table_id": "7303", "perm_person_id": "1005", "perm_cla_id": "7102",
         "perm_permanence_order_date": D("2024-12-01"), "perm_permanence_order_type": "Special Guardianship Order"},
    ])
    return t


@pytest.fixture(scope="module")
def raw() -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=care_truth(), rng=np.random.default_rng(7))
    declared = raw_schema()
    schema = {t: declared[t] for t in (*care.TABLES, *SHARED_TABLES)}
    frags = care.render(ctx)
    assert set(frags) <= set(schema)
    return {name: conform_raw(name, schema[name], frags.get(name, [])) for name in schema}


def test_declares_only_its_own_tables() -> None:
    assert not set(care.TABLES) & set(SHARED_TABLES)
    assert set(care.TABLES) <= set(raw_schema())
    for cols in (raw_schema()[t] for t in care.TABLES):
        assert all(c == c.upper() for c in cols)


def test_s47_worker_is_a_staff_id(raw: dict[str, pd.DataFrame]) -> None:
    s47 = raw["FACT_S47"].set_index("FACT_S47_ID")
    assert s47.loc[5001, "COMPLETED_BY_USER_STAFF_ID"] == "SW001"
    assert pd.isna(s47.loc[5002, "COMPLETED_BY_USER_STAFF_ID"])
    assert s47.loc[5002, "FACT_REFERRAL_ID"] == -1
    # noise: enquiries about people who are not in the truth
    persons = set(care_truth()["ssd_person"]["pers_person_id"].astype(int))
    assert (~s47["DIM_PERSON_ID"].isin(persons)).sum() >= 1


def test_flags_use_hdm_spellings(raw: dict[str, pd.DataFrame]) -> None:
    allowed = {"Y", "YES", "TRUE", "1", "y", "N", "NO", "FALSE", "0", "No", None}
    for col in ("OUTCOME_NFA_FLAG", "OUTCOME_CP_CONFERENCE_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"):
        assert set(raw["FACT_S47"][col]) <= allowed


def test_descriptions_not_codes(raw: dict[str, pd.DataFrame]) -> None:
    plans = raw["FACT_CP_PLAN"].set_index("FACT_CP_PLAN_ID")
    assert plans.loc[5301, "INIT_CATEGORY_DESC"].strip().lower() == "neglect"
    assert "Not recorded" in set(plans["CP_CATEGORY_DESC"])
    lega = raw["FACT_LEGAL_STATUS"].set_index("FACT_LEGAL_STATUS_ID")
    assert lega.loc[7001, "DIM_LOOKUP_LGL_STATUS_DESC"].strip().lower() == "interim care order"
    eps = raw["FACT_CARE_EPISODES"].set_index("FACT_CARE_EPISODES_ID")
    assert eps.loc[7302, "CARE_REASON_DESC"].strip().lower().startswith("change of legal status and of placement")
    assert eps.loc[7301, "CARE_REASON_END_CODE"] == "X1"


def test_icpc_meeting_and_plan_link(raw: dict[str, pd.DataFrame]) -> None:
    conf = raw["FACT_CP_CONFERENCE"].set_index("FACT_CP_CONFERENCE_ID")
    meetings = raw["FACT_MEETINGS"].set_index("FACT_MEETING_ID")
    assert meetings.loc[conf.loc[5101, "FACT_MEETING_ID"], "DIM_LOOKUP_MTG_TYPE_ID_CODE"] == "CPConference"
    assert meetings.loc[5201, "ACTUAL_DTTM"] == D("2025-01-24")
    assert conf.loc[5102, "FACT_S47_ID"] == -1
    assert conf.loc[5101, "ORGANISED_BY_USER_STAFF_ID"] == "SW002"
    plans = raw["FACT_CP_PLAN"].set_index("FACT_CP_PLAN_ID")
    assert plans.loc[5301, "FACT_INITIAL_CP_CONFERENCE_ID"] == 5101
    assert "StratDisc" in set(raw["FACT_MEETINGS"]["DIM_LOOKUP_MTG_TYPE_ID_CODE"])


def test_cp_visits_and_quorate(raw: dict[str, pd.DataFrame]) -> None:
    notes = raw["FACT_CASENOTES"]
    cp_notes = notes[notes["DIM_LOOKUP_CASNT_TYPE_ID_CODE"].isin(care.CP_VISIT_TYPES)]
    assert {5400, 5401, 5402} <= set(cp_notes["FACT_CASENOTE_ID"])
    links = raw["FACT_CP_VISIT"]
    assert set(links.loc[links["FACT_CASENOTE_ID"] == 5400, "FACT_CP_PLAN_ID"]) == {5301}
    subj = raw["FACT_MEETING_SUBJECTS"]
    form_id = subj.loc[subj["FACT_MEETINGS_ID"] == 5502, "FACT_OUTCM_FORM_ID"].iloc[0]
    ans = raw["FACT_FORM_ANSWERS"]
    answer = ans.loc[(ans["FACT_FORM_ID"] == form_id) & (ans["ANSWER_NO"] == "WasConf"), "ANSWER"].iloc[0]
    assert answer.upper() in {"YES", "Y"}


def test_cla_side(raw: dict[str, pd.DataFrame]) -> None:
    cla = raw["FACT_CLA"].set_index("FACT_CLA_ID")
    assert cla.loc[7101, "START_DTTM"] == D("2024-06-01")
    assert cla.loc[7101, "FACT_REFERRAL_ID"] == 6002
    eps = raw["FACT_CARE_EPISODES"].set_index("FACT_CARE_EPISODES_ID")
    assert eps.loc[7301, "OFSTED_URN"] == "SC123456"
    assert eps.loc[7303, "FACT_CLA_PLACEMENT_ID"] == -1
    plac = raw["FACT_CLA_PLACEMENT"].set_index("FACT_CLA_PLACEMENT_ID")
    assert abs(float(plac.loc[7201, "DISTANCE_FROM_HOME"]) - 4.5) < 0.05
    assert "Z9" in set(plac["DIM_LOOKUP_PLACEMENT_TYPE_CODE"])
    pc = plac.loc[7202, "POSTCODE"]
    assert pc is None or len(pc.strip()) <= 4
    notes = raw["FACT_CASENOTES"]
    iro = notes[notes["DIM_LOOKUP_CASNT_TYPE_ID_CODE"] == care.IRO_TYPE]
    assert iro.loc[iro["DIM_PERSON_ID"] == 1004, "EVENT_DTTM"].max() == D("2025-06-30")
    visits = raw["FACT_CLA_VISIT"].set_index("FACT_CLA_VISIT_ID")
    note = notes.set_index("FACT_CASENOTE_ID").loc[visits.loc[7501, "FACT_CASENOTE_ID"]]
    assert note["EVENT_DTTM"] == D("2024-06-07")
    reviews = raw["FACT_CLA_REVIEW"].set_index("FACT_CLA_REVIEW_ID")
    meetings = raw["FACT_MEETINGS"].set_index("FACT_MEETING_ID")
    assert meetings.loc[reviews.loc[7402, "FACT_MEETING_ID"], "CANCELLED"] in {"Y", "YES", "TRUE", "1", "y"}


def test_missing_and_care_leavers(raw: dict[str, pd.DataFrame]) -> None:
    miss = raw["FACT_MISSING_PERSON"]
    assert miss["FACT_MISSING_PERSON_ID"].duplicated().any()  # a repeated extract row
    first = miss.drop_duplicates("FACT_MISSING_PERSON_ID").set_index("FACT_MISSING_PERSON_ID")
    assert first.loc[7601, "MISSING_STATUS"].strip().lower() == "missing"
    cl = raw["FACT_CLA_CARE_LEAVERS"].set_index("FACT_CLA_CARE_LEAVERS_ID")
    assert cl.loc[7701, "DIM_LOOKUP_IN_TOUCH_CODE_CODE"] == "YES"
    assert "independent living" in cl.loc[7701, "DIM_LOOKUP_ACCOMMODATION_CODE_DESC"].lower()
    elig = raw["DIM_CLA_ELIGIBILITY"]
    assert [e.strip() for e in elig["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"]] == ["Former relevant"]
    assert elig["START_DTTM"].iloc[0] <= D("2025-06-01") and pd.isna(elig["END_DTTM"].iloc[0])
    plans = raw["FACT_CARE_PLANS"]
    path = plans[plans["DIM_LOOKUP_PLAN_TYPE_ID_CODE"] == care.PLAN_PATHWAY]
    assert path.loc[path["DIM_PERSON_ID"] == 1005, "MODIF_DTTM"].max() == D("2025-05-01")


def test_outcome_json_round_trip(raw: dict[str, pd.DataFrame]) -> None:
    s47 = raw["FACT_S47"].set_index("FACT_S47_ID")
    flags = {k: s47.loc[5001, ("OUTCOME_" + k if k != "OTHER_OUTCOMES_EXIST_FLAG" else k)]
             for k in care.S47_KEYS}
    norm = {k: ("Y" if str(v).upper() in {"Y", "YES", "TRUE", "1"} else "N") for k, v in flags.items()}
    truth = json.loads(care_truth()["ssd_s47_enquiry"].loc[0, "s47e_s47_outcome_json"])
    assert norm == truth


def test_permanence_tracker(raw: dict[str, pd.DataFrame]) -> None:
    adoption = raw["FACT_ADOPTION"].set_index("FACT_ADOPTION_ID")
    assert adoption.loc[7801, "DIM_PERSON_ID"] == 1004  # the person id, never LEGACY_ID
    assert adoption.loc[7801, "DECISION_DTTM"] == D("2025-01-10")
    assert adoption.loc[7801, "ADOPTION_SOCIAL_WORKER_ID"] == 2001
    persons = set(care_truth()["ssd_person"]["pers_person_id"].astype(int))
    assert (~adoption["DIM_PERSON_ID"].isin(persons)).sum() >= 1


def test_permanence_orders_without_adoption_have_no_tracker(raw: dict[str, pd.DataFrame]) -> None:
    """An SGO with no adoption decision is read from its ceasing episode, not from FACT_ADOPTION."""
    adoption = raw["FACT_ADOPTION"]
    assert 7303 not in set(adoption["FACT_ADOPTION_ID"])
    # rows with a decision: the truth's adoption journey, plus copies for people outside DIM_PERSON
    persons = set(care_truth()["ssd_person"]["pers_person_id"].astype(int))
    decided = adoption[adoption["DECISION_DTTM"].notna()]
    extra = decided[decided["FACT_ADOPTION_ID"] != 7801]
    assert 7801 in set(decided["FACT_ADOPTION_ID"]) and not extra["DIM_PERSON_ID"].isin(persons).any()
    # noise: a tracker opened without a decision for the SGO period (the order still comes from the episode)
    assert (adoption["DECISION_DTTM"].isna() & (adoption["FACT_CLA_ID"] == 7102)).any()
    eps = raw["FACT_CARE_EPISODES"].set_index("FACT_CARE_EPISODES_ID")
    assert eps.loc[7303, "CARE_REASON_END_CODE"] == "E47"
    assert eps.loc[7303, "CARE_END_DATE"] == D("2024-12-01")
    assert eps.loc[7303, "FACT_CLA_ID"] == 7102


def test_eligibility_history_follows_contacts() -> None:
    truth = care_truth()
    cl = truth["ssd_care_leavers"].copy()
    cl.loc[0, "clea_care_leaver_eligibility"] = "Relevant"
    ctx = RenderContext(truth={**truth, "ssd_care_leavers": cl}, rng=np.random.default_rng(3))
    elig = care._eligibility_periods(ctx, cl).sort_values("START_DTTM").reset_index(drop=True)
    assert [e.strip() for e in elig["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"]] == ["Relevant", "Former relevant"]
    for contact, want in zip(cl["clea_care_leaver_latest_contact"], cl["clea_care_leaver_eligibility"], strict=True):
        ok = (elig["START_DTTM"] <= contact) & (elig["END_DTTM"].isna() | (elig["END_DTTM"] >= contact))
        assert [e.strip() for e in elig.loc[ok, "DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"]] == [want]
