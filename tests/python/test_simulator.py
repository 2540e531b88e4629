"""The simulator's truth: shape, keys, ids, date logic, codes and volumes."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from ssd_kit import spec
from ssd_sim.simulate import PROFILES, simulate
from ssd_sim.simulate.cla import URN_TYPES
from ssd_sim.simulate.outcomes import CARE_PLAN_KEYS
from ssd_sim.simulate.outcomes import TABLES as OUTCOME_TABLES
from ssd_sim.simulate.seeds import codes
from ssd_sim.simulate.timeutil import day

AS_AT = dt.date(2026, 10, 31)
AS_AT_TS = pd.Timestamp(AS_AT)
# columns whose ids repeat another table's id by definition (TRUTH_RULES)
REUSED_IDS = {("ssd_assessment_factors", "cinf_table_id"), ("ssd_family", "fami_table_id"),
              ("ssd_permanence", "perm_table_id")}
# forward-looking dates that may lie after as_at
FUTURE_OK = {"pers_expected_dob", "icpc_icpc_target_date"}


@pytest.fixture(scope="module")
def truth() -> dict[str, pd.DataFrame]:
    return simulate("small", seed=7, years=6, as_at=AS_AT)


@pytest.fixture(scope="module")
def tiny() -> dict[str, pd.DataFrame]:
    return simulate("tiny", seed=1, years=6, as_at=AS_AT)


def _ids(df: pd.DataFrame, col: str) -> set:
    return set(df[col].dropna())


# ---------------------------------------------------------------- shape and determinism

def test_profiles_exist():
    assert {"tiny", "small", "median", "large"} <= set(PROFILES)


def test_all_core_tables_conform(truth):
    assert set(truth) == set(spec.ALL_TABLES)
    for table, df in truth.items():
        again = spec.conform(table, df)
        pd.testing.assert_frame_equal(again, df, obj=table)
        if table in spec.EMPTY_FOR_LIQUIDLOGIC:
            assert len(df) == 0, f"{table} has no source in any CMS, so the truth holds no rows"
        else:
            assert len(df), f"{table} is empty"


def test_deterministic(tiny):
    again = simulate("tiny", seed=1, years=6, as_at=AS_AT)
    for table in spec.CORE_TABLES:
        pd.testing.assert_frame_equal(tiny[table], again[table], obj=table)


def test_different_seed_differs(tiny):
    other = simulate("tiny", seed=2, years=6, as_at=AS_AT)
    assert not tiny["ssd_cin_episodes"].equals(other["ssd_cin_episodes"])


def test_unknown_profile():
    with pytest.raises(KeyError):
        simulate("enormous")


# ---------------------------------------------------------------- keys and ids

def test_primary_keys_unique(truth):
    for table, df in truth.items():
        pk = spec.primary_key(table)
        if not pk:
            continue
        assert df[pk].notna().all().all(), f"{table}: null key"
        assert not df.duplicated(pk).any(), f"{table}: duplicate {pk}"


def test_declared_foreign_keys_resolve(truth):
    for table in spec.CORE_TABLES:
        for f in spec.table_fields(table):
            if not f.foreign_key:
                continue
            target, tcol = f.foreign_key.split(".")
            missing = _ids(truth[table], f.column) - _ids(truth[target], tcol)
            assert not missing, f"{table}.{f.column}: {len(missing)} values not in {target}.{tcol}"


EXTRA_FKS = [
    ("ssd_cp_plans", "cppl_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_initial_cp_conference", "icpc_cp_plan_id", "ssd_cp_plans", "cppl_cp_plan_id"),
    ("ssd_cp_visits", "cppv_cp_plan_id", "ssd_cp_plans", "cppl_cp_plan_id"),
    ("ssd_cla_episodes", "clae_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_cla_visits", "clav_cla_id", "ssd_cla_episodes", "clae_cla_id"),
    ("ssd_permanence", "perm_cla_id", "ssd_cla_episodes", "clae_cla_id"),
    ("ssd_involvements", "invo_referral_id", "ssd_cin_episodes", "cine_referral_id"),
    ("ssd_cla_episodes", "clae_cla_placement_id", "ssd_cla_placement", "clap_cla_placement_id"),
]


@pytest.mark.parametrize(("table", "col", "target", "tcol"), EXTRA_FKS)
def test_other_links_resolve(truth, table, col, target, tcol):
    assert _ids(truth[table], col) <= _ids(truth[target], tcol)


def test_icpc_plan_links_both_ways(truth):
    icpc, plans = truth["ssd_initial_cp_conference"], truth["ssd_cp_plans"]
    m = plans.merge(icpc, left_on="cppl_icpc_id", right_on="icpc_icpc_id", validate="one_to_one")
    assert (m["icpc_cp_plan_id"] == m["cppl_cp_plan_id"]).all()
    assert ((icpc["icpc_icpc_outcome_cp_flag"] == "Y") == icpc["icpc_cp_plan_id"].notna()).all()
    assert (m["cppl_cp_plan_start_date"] >= m["icpc_icpc_date"]).all()


def test_ids_globally_unique_decimal_below_renderer_range(truth):
    seen: dict[str, str] = {}
    id_cols = [(t, c) for t in spec.CORE_TABLES for c in spec.primary_key(t)]
    id_cols += [("ssd_department", "dept_team_id"), ("ssd_involvements", "invo_involvements_id"),
                ("ssd_initial_cp_conference", "icpc_icpc_meeting_id"), ("ssd_cp_reviews", "cppr_cp_review_meeting_id")]
    for table, col in id_cols:
        if (table, col) in REUSED_IDS or col.endswith("person_id") and table != "ssd_person":
            continue
        vals = truth[table][col].dropna().unique()
        for v in vals:
            assert v.isdigit() and 0 < int(v) < 900_000_000, (table, col, v)
            other = seen.setdefault(v, f"{table}.{col}")
            assert other == f"{table}.{col}", f"id {v} in {other} and {table}.{col}"


def test_reused_ids_point_at_their_source(truth):
    f = truth["ssd_assessment_factors"]
    assert (f["cinf_table_id"] == f["cinf_assessment_id"]).all()
    fam, con = truth["ssd_family"], truth["ssd_contacts"]
    first = con.sort_values(["cont_contact_date", "cont_contact_id"]).drop_duplicates("cont_person_id")
    m = fam.merge(first, left_on="fami_person_id", right_on="cont_person_id")
    assert len(m) == len(fam) and (m["fami_table_id"] == m["cont_contact_id"]).all()


def test_permanence_ids(truth):
    """Adoption journeys (ADM decision) have a fresh id; other permanence rows the ceasing episode's id."""
    pm, ep = truth["ssd_permanence"], truth["ssd_cla_episodes"]
    ending = ep.sort_values("clae_cla_episode_start_date").drop_duplicates("clae_cla_id", keep="last")
    ending = ending.set_index("clae_cla_id")
    adoption = pm["perm_adm_decision_date"].notna()
    assert adoption.any() and (~adoption).any()
    fresh = pm.loc[adoption, "perm_table_id"]
    assert not fresh.isin(ep["clae_cla_episode_id"]).any()
    others = pm[~adoption]
    assert (others["perm_table_id"].to_numpy() == others["perm_cla_id"].map(ending["clae_cla_episode_id"])).all()
    rec = others["perm_cla_id"].map(ending["clae_cla_episode_ceased_reason"])
    assert rec.isin(["E41", "E43", "E44", "E45", "E46", "E47", "E48"]).all()
    assert (others["perm_permanence_order_date"].to_numpy()
            == others["perm_cla_id"].map(ending["clae_cla_episode_ceased_date"]).to_numpy()).all()
    assert others[["perm_adoption_worker_id", "perm_part_of_sibling_group", "perm_adopter_sex"]].isna().all().all()
    # each journey once; each period at most one journey
    assert pm["perm_table_id"].is_unique and pm["perm_cla_id"].is_unique


# ---------------------------------------------------------------- dates

def test_nothing_after_as_at(truth):
    for table, df in truth.items():
        for f in spec.table_fields(table):
            if f.logical_type != "timestamp" or f.column in FUTURE_OK:
                continue
            late = df[f.column] > AS_AT_TS
            assert not late.any(), f"{table}.{f.column}: {late.sum()} after as_at"


def test_dates_are_midnight(truth):
    for table, df in truth.items():
        for f in spec.table_fields(table):
            if f.logical_type == "timestamp":
                s = df[f.column].dropna()
                assert (s == s.dt.normalize()).all(), f"{table}.{f.column}"


PAIRS = [
    ("ssd_address", "addr_address_start_date", "addr_address_end_date"),
    ("ssd_immigration_status", "immi_immigration_status_start_date", "immi_immigration_status_end_date"),
    ("ssd_legal_status", "lega_legal_status_start_date", "lega_legal_status_end_date"),
    ("ssd_early_help_episodes", "earl_episode_start_date", "earl_episode_end_date"),
    ("ssd_cin_episodes", "cine_referral_date", "cine_close_date"),
    ("ssd_cin_assessments", "cina_assessment_start_date", "cina_assessment_auth_date"),
    ("ssd_cin_plans", "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"),
    ("ssd_s47_enquiry", "s47e_s47_start_date", "s47e_s47_end_date"),
    ("ssd_cp_plans", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
    ("ssd_cla_episodes", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),
    ("ssd_cla_placement", "clap_cla_placement_start_date", "clap_cla_placement_end_date"),
    ("ssd_missing", "miss_missing_episode_start_date", "miss_missing_episode_end_date"),
    ("ssd_involvements", "invo_involvement_start_date", "invo_involvement_end_date"),
]


@pytest.mark.parametrize(("table", "start", "end"), PAIRS)
def test_start_not_after_end(truth, table, start, end):
    df = truth[table]
    assert not (df[start] > df[end]).any()
    assert df[start].notna().all()


def test_events_after_their_referral(truth):
    refs = truth["ssd_cin_episodes"].set_index("cine_referral_id")["cine_referral_date"]
    for table, rcol, dcol in [("ssd_cin_assessments", "cina_referral_id", "cina_assessment_start_date"),
                              ("ssd_s47_enquiry", "s47e_referral_id", "s47e_s47_start_date"),
                              ("ssd_initial_cp_conference", "icpc_referral_id", "icpc_icpc_date"),
                              ("ssd_cp_plans", "cppl_referral_id", "cppl_cp_plan_start_date"),
                              ("ssd_cin_plans", "cinp_referral_id", "cinp_cin_plan_start_date"),
                              ("ssd_cla_episodes", "clae_referral_id", "clae_entered_care_date")]:
        df = truth[table]
        assert (df[dcol] >= df[rcol].map(refs)).all(), table
    s47 = truth["ssd_s47_enquiry"].set_index("s47e_s47_enquiry_id")["s47e_s47_start_date"]
    icpc = truth["ssd_initial_cp_conference"]
    assert (icpc["icpc_icpc_date"] >= icpc["icpc_s47_enquiry_id"].map(s47)).all()


def test_cin_episodes_do_not_overlap_per_child(truth):
    _assert_no_overlap(truth["ssd_cin_episodes"], "cine_person_id", "cine_referral_date", "cine_close_date")


def _assert_no_overlap(df: pd.DataFrame, key: str, start: str, end: str) -> None:
    d = df.sort_values([key, start])
    prev_end = d.groupby(key)[end].shift()
    first = d[key] != d[key].shift()
    bad = ~first & (prev_end.isna() | (d[start] < prev_end))
    assert not bad.any(), f"{bad.sum()} overlapping rows in {key}/{start}"


def test_cla_episodes_chain(truth):
    ep = truth["ssd_cla_episodes"].sort_values(["clae_person_id", "clae_cla_episode_start_date"])
    _assert_no_overlap(ep, "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date")
    for _, g in ep.groupby("clae_cla_id"):
        assert g["clae_cla_episode_start_reason"].iloc[0] == "S"
        assert (g["clae_cla_episode_start_reason"].iloc[1:] != "S").all()
        assert (g["clae_cla_episode_start_date"].iloc[0] == g["clae_entered_care_date"]).all()
        assert (g["clae_cla_episode_ceased_reason"].iloc[:-1] == "X1").all()
        assert (g["clae_cla_episode_ceased_date"].iloc[:-1].to_numpy()
                == g["clae_cla_episode_start_date"].iloc[1:].to_numpy()).all()
        last = g.iloc[-1]
        assert pd.isna(last["clae_cla_episode_ceased_date"]) == (last["clae_cla_episode_ceased_reason"] is None)
        assert last["clae_cla_episode_ceased_reason"] != "X1"


def test_placements_do_not_overlap_and_match_episodes(truth):
    pl = truth["ssd_cla_placement"]
    _assert_no_overlap(pl, "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_end_date")
    ep = truth["ssd_cla_episodes"].merge(pl, left_on="clae_cla_placement_id", right_on="clap_cla_placement_id")
    assert (ep["clae_cla_episode_start_date"] >= ep["clap_cla_placement_start_date"]).all()
    assert (ep["clap_cla_id"] == ep["clae_cla_id"]).all()
    urn = pl["clap_cla_placement_urn"].dropna()
    assert urn.str.fullmatch(r"SC\d{6}").all()
    assert (pl["clap_cla_placement_urn"].notna() == pl["clap_cla_placement_type"].isin(URN_TYPES)).all()
    assert (pl["clap_cla_placement_postcode"].dropna().str.len() > 4).all()


def test_legal_status_within_care(truth):
    ep = truth["ssd_cla_episodes"]
    periods = ep.groupby("clae_cla_id").agg(person=("clae_person_id", "first"),
                                            start=("clae_entered_care_date", "first"),
                                            end=("clae_cla_episode_ceased_date", "last"))
    lg = truth["ssd_legal_status"]
    _assert_no_overlap(lg, "lega_person_id", "lega_legal_status_start_date", "lega_legal_status_end_date")
    starts = set(zip(periods["person"], periods["start"], strict=True))
    first = lg.sort_values("lega_legal_status_start_date").groupby("lega_person_id").head(1)
    assert all((p, s) in starts for p, s in zip(first["lega_person_id"], first["lega_legal_status_start_date"],
                                                strict=True))


def test_ages_sensible(truth):
    dob = truth["ssd_person"].set_index("pers_person_id")["pers_dob"]

    def age(df, pcol, dcol):
        return ((df[dcol] - df[pcol].map(dob)).dt.days / 365.25).dropna()

    assert (age(truth["ssd_cin_episodes"], "cine_person_id", "cine_referral_date") < 18).all()
    assert (age(truth["ssd_cp_plans"], "cppl_person_id", "cppl_cp_plan_start_date") < 18).all()
    a = age(truth["ssd_cla_episodes"], "clae_person_id", "clae_entered_care_date")
    assert ((a >= 0) & (a < 18)).all()
    a = age(truth["ssd_cla_episodes"], "clae_person_id", "clae_cla_episode_ceased_date")
    assert (a <= 18.01).all()
    a = age(truth["ssd_care_leavers"], "clea_person_id", "clea_care_leaver_latest_contact")
    assert ((a >= 16.8) & (a < 22)).all()
    r = truth["ssd_cla_reviews"]
    a = age(r, "clar_cla_person_id", "clar_cla_review_date")
    assert ((a < 4) == (r.loc[a.index, "clar_cla_review_participation"] == "PN0")).all()


def test_unborn_children(truth):
    p = truth["ssd_person"]
    assert (p["pers_dob"].isna() == p["pers_expected_dob"].notna()).all()
    assert (p["pers_expected_dob"].dropna() > AS_AT_TS).all()


def test_adoption_order(truth):
    pm = truth["ssd_permanence"]
    seq = ["perm_adm_decision_date", "perm_placement_order_date", "perm_matched_date",
           "perm_placed_for_adoption_date"]
    for a, b in zip(seq, seq[1:], strict=False):
        assert not (pm[a] > pm[b]).any(), (a, b)
    adopted = pm["perm_permanence_order_type"] == "Adoption Order"
    assert (pm.loc[adopted, "perm_permanence_order_date"] >= pm.loc[adopted, "perm_placed_for_adoption_date"]).all()
    pl = truth["ssd_cla_placement"]
    placed = pm.dropna(subset=["perm_placed_for_adoption_date"]).merge(
        pl, left_on=["perm_cla_id", "perm_placed_for_adoption_date"],
        right_on=["clap_cla_id", "clap_cla_placement_start_date"])
    assert placed["clap_cla_placement_type"].isin(["A3", "A4", "A5", "A6"]).all()
    assert len(placed) == pm["perm_placed_for_adoption_date"].notna().sum()


def test_cp_reviews_and_visits_inside_plans(truth):
    plans = truth["ssd_cp_plans"].set_index("cppl_cp_plan_id")
    for table, dcol, pcol in [("ssd_cp_reviews", "cppr_cp_review_date", "cppr_cp_plan_id"),
                              ("ssd_cp_visits", "cppv_cp_visit_date", "cppv_cp_plan_id")]:
        df = truth[table]
        start = df[pcol].map(plans["cppl_cp_plan_start_date"])
        end = df[pcol].map(plans["cppl_cp_plan_end_date"])
        assert (df[dcol] >= start).all() and not (df[dcol] > end).any(), table


def test_care_leaver_worker_from_involvements(truth):
    cl, inv = truth["ssd_care_leavers"], truth["ssd_involvements"]
    pa = inv[inv["invo_professional_role_id"] == "16PLUS"]
    m = cl.merge(pa, left_on=["clea_person_id", "clea_care_leaver_worker_id"],
                 right_on=["invo_person_id", "invo_professional_id"])
    ok = (m["invo_involvement_start_date"] <= m["clea_care_leaver_latest_contact"]) & ~(
        m["invo_involvement_end_date"] < m["clea_care_leaver_latest_contact"])
    assert ok.groupby(m["clea_table_id"]).any().sum() == len(cl)


def test_caseload_counts_open_allocations(truth):
    inv = truth["ssd_involvements"]
    d = pd.Timestamp("2026-09-30")
    cw = inv[(inv["invo_professional_role_id"] == "CW") & (inv["invo_involvement_start_date"] <= d)
             & ~(inv["invo_involvement_end_date"] <= d)]
    expect = cw.groupby("invo_professional_id").size()
    prof = truth["ssd_professionals"].set_index("prof_professional_id")["prof_professional_caseload"]
    assert (prof == expect.reindex(prof.index).fillna(0).astype(int)).all()
    assert truth["ssd_professionals"]["prof_professional_name"].is_unique


# ---------------------------------------------------------------- codes and json

CODE_COLS = [
    ("ssd_cin_episodes", "cine_cin_primary_need_code", "cin_primary_need"),
    ("ssd_cla_episodes", "clae_cla_primary_need_code", "cin_primary_need"),
    ("ssd_cin_episodes", "cine_referral_source_code", "cin_referral_source"),
    ("ssd_contacts", "cont_contact_source_code", "cin_referral_source"),
    ("ssd_cin_episodes", "cine_close_reason", "cin_reason_for_closure"),
    ("ssd_cp_plans", "cppl_cp_plan_initial_category", "cin_category_of_abuse"),
    ("ssd_cp_plans", "cppl_cp_plan_latest_category", "cin_category_of_abuse"),
    ("ssd_legal_status", "lega_legal_status", "903_legal_status"),
    ("ssd_cla_episodes", "clae_cla_episode_start_reason", "903_reason_new_episode"),
    ("ssd_cla_episodes", "clae_cla_episode_ceased_reason", "903_reason_episode_ceased"),
    ("ssd_cla_placement", "clap_cla_placement_type", "903_placement_type"),
    ("ssd_cla_placement", "clap_cla_placement_provider", "903_placement_provider"),
    ("ssd_cla_placement", "clap_cla_placement_change_reason", "903_reason_place_change"),
    ("ssd_cla_reviews", "clar_cla_review_participation", "903_review_participation"),
    ("ssd_care_leavers", "clea_care_leaver_in_touch", "903_care_leaver_in_touch"),
    ("ssd_care_leavers", "clea_care_leaver_accommodation", "903_care_leaver_accommodation"),
    ("ssd_care_leavers", "clea_care_leaver_activity", "903_care_leaver_activity"),
    ("ssd_missing", "miss_missing_episode_type", "903_missing_type"),
    ("ssd_person", "pers_ethnicity", "ethnicity"),
    ("ssd_person", "pers_upn_unknown", "upn_unknown"),
    ("ssd_disability", "disa_disability_code", "cin_disability"),
    ("ssd_permanence", "perm_decision_reversed_reason", "903_reason_no_longer_placed"),
    ("ssd_permanence", "perm_adopter_sex", "903_adopter_sex"),
    ("ssd_permanence", "perm_adopter_legal_status", "903_adopter_legal_status"),
]


@pytest.mark.parametrize(("table", "col", "seed_name"), CODE_COLS)
def test_codes_in_seeds(truth, table, col, seed_name):
    bad = set(truth[table][col].dropna()) - set(codes(seed_name))
    assert not bad, f"{table}.{col}: {bad}"


def test_flags_and_simple_codes(truth):
    p = truth["ssd_person"]
    assert set(p["pers_sex"]) <= {"M", "F", "U"} and (p["pers_sex"] == p["pers_gender"]).all()
    assert p["pers_upn"].dropna().str.fullmatch(r"[A-Z]\d{12}").all()
    assert set(truth["ssd_care_leavers"]["clea_care_leaver_accom_suitable"].dropna()) <= {"1", "2"}
    assert set(truth["ssd_missing"]["miss_missing_rhi_accepted"].dropna()) <= {"Y", "N", "NA"}
    assert set(truth["ssd_cla_reviews"]["clar_cla_review_cancelled"]) <= {"Y", "N"}
    assert truth["ssd_professionals"]["prof_social_worker_registration_no"].dropna().str.fullmatch(
        r"SW\d+").all()


JSON_KEYS = {
    ("ssd_contacts", "cont_contact_outcome_json"): 10, ("ssd_cin_episodes", "cine_referral_outcome_json"): 10,
    ("ssd_cin_assessments", "cina_assessment_outcome_json"): 12, ("ssd_s47_enquiry", "s47e_s47_outcome_json"): 8,
    ("ssd_initial_cp_conference", "icpc_icpc_outcome_json"): 6, ("ssd_address", "addr_address_json"): 10,
}


def test_json_columns(truth):
    from ssd_kit.jsonfmt import json_array, json_object
    for (table, col), nkeys in JSON_KEYS.items():
        for text in truth[table][col].dropna().drop_duplicates().head(200):
            obj = json.loads(text)
            assert len(obj) == nkeys and json_object(obj) == text, (table, text)
    order = {c: i for i, c in enumerate(codes("cin_assessment_factors"))}
    for text in truth["ssd_assessment_factors"]["cinf_assessment_factors_json"].drop_duplicates():
        arr = json.loads(text)
        assert arr and json_array(arr) == text and arr == sorted(arr, key=order.__getitem__)


# ---------------------------------------------------------------- volumes

def _median_counts(t: dict[str, pd.DataFrame]) -> dict[str, float]:
    m31, a1 = pd.Timestamp("2026-03-31"), pd.Timestamp("2025-04-01")
    ce = t["ssd_cin_episodes"]
    cp = t["ssd_cp_plans"]
    ep = t["ssd_cla_episodes"]
    in_year = ce["cine_referral_date"].between(a1, m31)
    cla_open = ep[(ep["clae_cla_episode_start_date"] <= m31) & ~(ep["clae_cla_episode_ceased_date"] <= m31)]
    starts = ep[(ep["clae_cla_episode_start_reason"] == "S") & ep["clae_cla_episode_start_date"].between(a1, m31)]
    # episodes open at some point in the year, per child looked after during the year
    in_care = ep[(ep["clae_cla_episode_start_date"] <= m31) & ~(ep["clae_cla_episode_ceased_date"] < a1)]
    pl = t["ssd_cin_plans"]
    return {
        "referrals": in_year.sum(),
        "cp_at_31_march": ((cp["cppl_cp_plan_start_date"] <= m31) & ~(cp["cppl_cp_plan_end_date"] <= m31)).sum(),
        "cp_starts": cp["cppl_cp_plan_start_date"].between(a1, m31).sum(),
        "cla_at_31_march": cla_open["clae_person_id"].nunique(),
        "cla_starts": starts["clae_person_id"].nunique(),
        "contacts_per_referral": t["ssd_contacts"]["cont_contact_date"].between(a1, m31).sum() / in_year.sum(),
        "cin_at_31_march": ((ce["cine_referral_date"] <= m31) & ~(ce["cine_close_date"] <= m31)).sum(),
        "cin_plans_at_31_march": ((pl["cinp_cin_plan_start_date"] <= m31)
                                  & ~(pl["cinp_cin_plan_end_date"] <= m31)).sum(),
        "cla_episodes_per_child": len(in_care) / in_care["clae_person_id"].nunique(),
    }


@pytest.mark.slow
def test_median_volumes_within_15_percent():
    t = simulate("median", seed=42, years=6, as_at=AS_AT)
    got = _median_counts(t)
    want = {"referrals": 3400, "cp_at_31_march": 275, "cp_starts": 344, "cla_at_31_march": 460,
            "cla_starts": 165, "contacts_per_referral": 4.5, "cin_at_31_march": 2250,
            "cin_plans_at_31_march": 630, "cla_episodes_per_child": 1.8}
    for k, v in want.items():
        assert abs(got[k] - v) <= 0.15 * v, f"{k}: {got[k]} vs target {v}"


def test_window_has_history_and_lookback(truth):
    ce = truth["ssd_cin_episodes"]
    assert ce["cine_referral_date"].min() < pd.Timestamp("2019-10-31")
    assert ce["cine_close_date"].isna().any()
    assert day(AS_AT) == (AS_AT_TS - pd.Timestamp("1970-01-01")).days
    assert np.isfinite(len(ce))


# ---------------------------------------------------------------- looked-after outcomes (903 OC2)

def _period_bounds(truth) -> pd.DataFrame:
    ep = truth["ssd_cla_episodes"]
    g = ep.groupby("clae_cla_id").agg(person=("clae_person_id", "first"), start=("clae_entered_care_date", "min"),
                                      end=("clae_cla_episode_ceased_date", "max"),
                                      open_=("clae_cla_episode_ceased_date", lambda s: s.isna().any()))
    g.loc[g["open_"], "end"] = AS_AT_TS + pd.Timedelta(days=1)
    return g


def _within_a_period(truth, person: pd.Series, when: pd.Series) -> np.ndarray:
    b = _period_bounds(truth)
    df = pd.DataFrame({"person": person.to_numpy(), "when": when.to_numpy(), "i": np.arange(len(person))})
    m = df.merge(b, on="person")
    ok = m[(m["when"] >= m["start"]) & (m["when"] <= m["end"])]["i"].unique()
    return np.isin(np.arange(len(person)), ok)


@pytest.mark.parametrize("table", OUTCOME_TABLES)
def test_outcomes_keys_people_and_dates(truth, table):
    df = truth[table]
    assert len(df), table
    pk = spec.primary_key(table)[0]
    assert df[pk].notna().all() and df[pk].is_unique
    pcol = next(c for c in df.columns if c.endswith("person_id"))
    assert set(df[pcol]) <= set(truth["ssd_cla_episodes"]["clae_person_id"])
    assert set(df[pcol]) <= set(truth["ssd_person"]["pers_person_id"])
    for col in df.columns:
        if str(df[col].dtype).startswith("datetime"):
            assert not (df[col] > AS_AT_TS).any(), col


def test_outcome_events_lie_in_periods_of_care(truth):
    for table, pcol, dcol in (("ssd_cla_health", "clah_person_id", "clah_health_check_date"),
                              ("ssd_cla_substance_misuse", "clas_person_id", "clas_substance_misuse_date"),
                              ("ssd_cla_convictions", "clac_person_id", "clac_cla_conviction_date"),
                              ("ssd_sdq_scores", "csdq_person_id", "csdq_sdq_completed_date"),
                              ("ssd_cla_immunisations", "clai_person_id", "clai_immunisations_status_date"),
                              ("ssd_cla_care_plan", "lacp_person_id", "lacp_cla_care_plan_start_date")):
        df = truth[table]
        assert _within_a_period(truth, df[pcol], df[dcol]).all(), table


def test_outcome_codes(truth):
    h = truth["ssd_cla_health"]
    assert set(h["clah_health_check_type"]) == {"Health Assessment", "Dental Check", "Health Surveillance Check"}
    assert set(h["clah_health_check_status"]) <= {"Completed", "Refused", "Not Completed"}
    imm = truth["ssd_cla_immunisations"]
    assert set(imm["clai_person_id"]) == set(truth["ssd_cla_episodes"]["clae_person_id"])
    assert set(imm["clai_immunisations_status"]) == {"Y", "N"}
    assert set(truth["ssd_cla_substance_misuse"]["clas_intervention_received"]) <= {"Y", "N"}
    sdq = truth["ssd_sdq_scores"]
    scored = sdq["csdq_sdq_score"].notna()
    assert (scored ^ sdq["csdq_sdq_reason"].notna()).all()
    assert sdq.loc[scored, "csdq_sdq_score"].between(0, 40).all()
    assert set(sdq["csdq_sdq_reason"].dropna()) <= set(codes("903_sdq_reason"))
    pp = truth["ssd_cla_previous_permanence"]
    assert set(pp["lapp_previous_permanence_option"]) <= set(codes("903_previous_permanence"))
    order = pp["lapp_previous_permanence_option"].isin(["P1", "P2", "P3"])
    assert (pp["lapp_previous_permanence_order_date"].notna() == order).all()
    assert (pp["lapp_previous_permanence_la"].notna() == order).all()
    dates = pd.to_datetime(pp.loc[order, "lapp_previous_permanence_order_date"], format="%d/%m/%Y")
    assert (dates < AS_AT_TS).all()
    cp = truth["ssd_cla_care_plan"]
    for text in cp["lacp_cla_care_plan_json"]:
        obj = json.loads(text)
        assert list(obj) == list(CARE_PLAN_KEYS) and list(obj.values()).count("Y") == 1
    ended = cp["lacp_cla_care_plan_end_date"].notna()
    assert (cp.loc[ended, "lacp_cla_care_plan_end_date"] >= cp.loc[ended, "lacp_cla_care_plan_start_date"]).all()


def test_sdq_ages_and_time_in_care(truth):
    sdq = truth["ssd_sdq_scores"].merge(truth["ssd_person"], left_on="csdq_person_id", right_on="pers_person_id")
    age = (sdq["csdq_sdq_completed_date"] - sdq["pers_dob"]).dt.days / 365.25
    assert age.between(3.5, 17).all()



# --- DfE validity of the truth (the rules the csc-validator packages check on the returns) ---

UPN_LA_CODES = {"841", "840", "805", "806", "807", "808", "330", "928", "857", "201", "873"}


def _upn_ok(upn: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRTUVWXYZ"
    total = sum(int(c) * w for c, w in zip(upn[1:], range(2, 14), strict=True))
    return len(upn) == 13 and upn[0] == letters[total % 23] and upn[1:4] in UPN_LA_CODES


def test_upns_are_dfe_valid(truth):
    """CIN 1510 (check letter) and 1530 (characters 2-4 a real LA code), current and former UPNs."""
    upn = truth["ssd_person"]["pers_upn"].dropna()
    former = truth["ssd_linked_identifiers"]["link_identifier_value"].dropna()
    assert len(upn) and len(former)
    assert all(_upn_ok(u) for u in upn) and all(_upn_ok(u) for u in former)
    assert (upn.str[1:4] == PROFILES["small"].la_code).mean() > 0.7


def test_closed_after_assessment_only_without_further_activity(truth):
    """CIN 2990 / 8825Q / 8873Q: RC8/RC9 only after an assessment with no S47, ICPC, CP or CIN plan;
    factor 21 only on assessments of RC8/RC9 episodes."""
    ce = truth["ssd_cin_episodes"]
    rc89 = set(ce.loc[ce["cine_close_reason"].isin(["RC8", "RC9"]), "cine_referral_id"])
    assert rc89
    asm = truth["ssd_cin_assessments"]
    assert rc89 <= set(asm["cina_referral_id"])
    assert not rc89 & set(truth["ssd_s47_enquiry"]["s47e_referral_id"])
    assert not rc89 & set(truth["ssd_initial_cp_conference"]["icpc_referral_id"])
    assert not rc89 & set(truth["ssd_cp_plans"]["cppl_referral_id"])
    assert not rc89 & set(truth["ssd_cin_plans"]["cinp_referral_id"])
    fac = truth["ssd_assessment_factors"]
    none = fac.loc[fac["cinf_assessment_factors_json"] == '["21"]', "cinf_assessment_id"]
    refs = set(asm.loc[asm["cina_assessment_id"].isin(none), "cina_referral_id"])
    assert refs <= rc89


def test_903_codes_valid_for_2025_26(truth):
    """903 145 (CIN N1-N8), 146/550 (no P2, no H5 open from April 2024, PR0 only with P1), 218/222 (URN)."""
    ep = truth["ssd_cla_episodes"]
    assert set(ep["clae_cla_primary_need_code"].dropna()) <= {f"N{i}" for i in range(1, 9)}
    pl = truth["ssd_cla_placement"]
    assert "P2" not in set(pl["clap_cla_placement_type"])
    h5 = pl[pl["clap_cla_placement_type"] == "H5"]
    assert (h5["clap_cla_placement_end_date"] < pd.Timestamp("2024-04-01")).all()
    assert ((pl["clap_cla_placement_provider"] == "PR0") == (pl["clap_cla_placement_type"] == "P1")).all()
    sa = pl[pl["clap_cla_placement_type"].isin(["H5", "K3"])].merge(
        truth["ssd_person"], left_on="clap_person_id", right_on="pers_person_id")
    assert (sa["clap_cla_placement_start_date"] >= sa["pers_dob"] + pd.DateOffset(years=16)).all()  # 371
    exempt = ["P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14", "H5"]
    assert (pl["clap_cla_placement_urn"].notna() == ~pl["clap_cla_placement_type"].isin(exempt)).all()


def test_903_legal_status_rules(truth):
    """903 358 (J1-J3 from age 10), 361 (L1 at most 3 days), 553 (E1 only with a live adoption decision)."""
    lg = truth["ssd_legal_status"].merge(truth["ssd_person"][["pers_person_id", "pers_dob"]],
                                         left_on="lega_person_id", right_on="pers_person_id")
    j = lg[lg["lega_legal_status"].isin(["J1", "J2", "J3"])]
    assert (j["lega_legal_status_start_date"] > j["pers_dob"] + pd.DateOffset(years=10)).all()
    l1 = lg[lg["lega_legal_status"] == "L1"]
    assert ((l1["lega_legal_status_end_date"] - l1["lega_legal_status_start_date"]).dt.days <= 3).all()
    perm = truth["ssd_permanence"]
    rev = perm[perm["perm_decision_reversed_date"].notna() & perm["perm_placement_order_date"].notna()]
    e1 = lg[lg["lega_legal_status"] == "E1"].merge(rev, left_on="lega_person_id", right_on="perm_person_id")
    limit = e1["perm_decision_reversed_date"] + pd.Timedelta(days=60)
    due = e1[limit < AS_AT_TS]  # the revocation is known by as_at
    assert (due["lega_legal_status_end_date"] <= limit[limit < AS_AT_TS]).all()


def test_previous_permanence_for_every_period(truth):
    """903 630: every period of care records the previous-permanence answer."""
    pp = truth["ssd_cla_previous_permanence"]
    assert set(pp["lapp_person_id"]) == set(truth["ssd_cla_episodes"]["clae_person_id"])
