"""Oracle for the CIN census: the return's tables computed from the simulator's truth with pandas.

Written from the DfE census rules (reference period 1 April Y-1 to 31 March Y, "as at 31 March"), never
from the dbt models: the test compares the two row for row. The truth is a dict of SSD-shaped frames
(SSD table and column names). Output: {rpt model name: DataFrame} with the models' columns.

The rules, as the census applies them:

* A CIN episode (referral) is in the return when the child exists and the episode was open at some point
  in the year: referral on/before 31 March, closure blank or on/after 1 April. The child is in the return
  when one of their episodes is.
* Nothing after 31 March is known on the ReferenceDate: a closure, plan end or authorisation after it is
  sent blank (the activity was open), a birth after it makes the child unborn (expected date of birth =
  the recorded expected date, else the actual one; sex U), a death after it is not shown.
* Assessments: authorised in the year, or open at 31 March and started in the year (8736). Factors only
  for those authorised by 31 March (8614), and only codes in the DfE list.
* Section 47: by the state of its conference at 31 March: held (in the year: 8715), not required (the
  enquiry ended by 31 March with no conference held or planned; ended in the year), or open (started in
  the year: 8740).
* CIN plans and CP plans open at some point in the year; CP plans of another LA (OLA) are not this LA's
  to report; reviews of included plans held in the year; NumberOfPreviousCPP = the child's plans that
  started earlier.
* Disabilities: the recorded codes (NONE only alone); NONE for a born child with a further-action episode
  and nothing recorded (8540).
* Episode-level DateOfInitialCPC only for a conference without a Section 47 (2884), held in the year.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import pandas as pd

from ssd_kit.returns.cin_xml import SCHEMA_PATH

MODELS: dict[str, list[str]] = {
    "rpt_cin_census__children": [
        "LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex",
        "PersonDeathDate", "Ethnicity"],
    "rpt_cin_census__disabilities": ["LAchildID", "Disability"],
    "rpt_cin_census__cin_details": [
        "LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
        "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"],
    "rpt_cin_census__assessments": [
        "LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate", "AssessmentInternalReviewDate",
        "AssessmentAuthorisationDate"],
    "rpt_cin_census__assessment_factors": ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"],
    "rpt_cin_census__cin_plans": ["LAchildID", "CINdetailsID", "CINPlanStartDate", "CINPlanEndDate"],
    "rpt_cin_census__section47": [
        "LAchildID", "CINdetailsID", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC",
        "ICPCnotRequired"],
    "rpt_cin_census__cp_plans": [
        "LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
        "LatestCategoryOfAbuse", "NumberOfPreviousCPP"],
    "rpt_cin_census__cp_reviews": ["LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"],
}

_XSD = SCHEMA_PATH  # ssd_kit/returns/schemas/cin_census.xsd


@dataclass(frozen=True)
class Census:
    """The census year: 1 April (year-1) .. 31 March year, both days included."""

    year: int

    @property
    def start(self) -> pd.Timestamp:
        return pd.Timestamp(self.year - 1, 4, 1)

    @property
    def end(self) -> pd.Timestamp:
        return pd.Timestamp(self.year, 3, 31)

    def in_year(self, dates: pd.Series) -> pd.Series:
        return dates.notna() & (dates >= self.start) & (dates <= self.end)

    def as_at(self, dates: pd.Series) -> pd.Series:
        """The date where it is on/before 31 March; NaT where it is later (not yet happened)."""
        return dates.where(dates <= self.end)


@cache
def dfe_codes(simple_type: str) -> frozenset[str]:
    """A code list as our XSD enumerates it (an independent source from the dbt seeds)."""
    from lxml import etree

    ns = {"xs": "http://www.w3.org/2001/XMLSchema"}
    tree = etree.parse(str(_XSD))
    values = tree.xpath(f"//xs:simpleType[@name='{simple_type}']//xs:enumeration/@value", namespaces=ns)
    if not values:
        raise KeyError(f"no enumeration {simple_type} in {_XSD.name}")
    return frozenset(values)


def _date(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s).dt.normalize()


def _text(s: pd.Series) -> pd.Series:
    """Trimmed text, blanks as None."""
    out = s.astype(object).where(s.notna(), None)
    return out.map(lambda v: None if v is None or str(v).strip() == "" else str(v).strip())


def _is_yes(s: pd.Series) -> pd.Series:
    flags = s.astype(object).map(lambda v: v is not None and not pd.isna(v) and str(v).strip().upper() == "Y")
    return flags.astype(bool)


def _frame(name: str, df: pd.DataFrame) -> pd.DataFrame:
    return df.reindex(columns=MODELS[name]).reset_index(drop=True)


# --------------------------------------------------------------------------------------------- episodes


def episodes_in_census(truth: Mapping[str, pd.DataFrame], c: Census) -> pd.DataFrame:
    """ssd_cin_episodes rows open at some point in the year, for children in ssd_person."""
    e = truth["ssd_cin_episodes"].copy()
    e["ref"] = _date(e["cine_referral_date"])
    e["close"] = _date(e["cine_close_date"])
    known = e["cine_person_id"].isin(set(truth["ssd_person"]["pers_person_id"]))
    open_in_year = e["ref"].notna() & (e["ref"] <= c.end) & (e["close"].isna() | (e["close"] >= c.start))
    return e[known & open_in_year].copy()


def _children(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    people = truth["ssd_person"]
    p = people[people["pers_person_id"].isin(set(eps["cine_person_id"]))].copy()
    dob = _date(p["pers_dob"])
    expected = _date(p["pers_expected_dob"])
    born = dob.notna() & (dob <= c.end)
    birth_date = dob.where(born)
    expected_date = expected.fillna(dob).where(~born)
    upn = _text(p["pers_upn"])
    links = truth["ssd_linked_identifiers"]
    links = links[(links["link_identifier_type"] == "Former Unique Pupil Number")
                  & links["link_identifier_value"].notna()]
    former = links.groupby("link_person_id")["link_identifier_value"].max()
    sex = p["pers_sex"].astype(object).where(p["pers_sex"].notna(), "U")
    sex = sex.where(born | expected_date.isna(), "U")
    out = pd.DataFrame({
        "LAchildID": p["pers_person_id"],
        "UPN": upn,
        "FormerUPN": p["pers_person_id"].map(former),
        "UPNunknown": p["pers_upn_unknown"].where(upn.isna()),
        "PersonBirthDate": birth_date,
        "ExpectedPersonBirthDate": expected_date,
        "Sex": sex,
        "PersonDeathDate": c.as_at(_date(p["pers_death_date"])),
        "Ethnicity": p["pers_ethnicity"].astype(object).where(p["pers_ethnicity"].notna(), "NOBT"),
    })
    return _frame("rpt_cin_census__children", out)


def _disabilities(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    children = set(eps["cine_person_id"])
    d = truth["ssd_disability"]
    d = d[d["disa_person_id"].isin(children)]
    codes = _text(d["disa_disability_code"]).map(lambda v: v.upper() if v else v)
    recorded = pd.DataFrame({"LAchildID": d["disa_person_id"], "Disability": codes}).dropna().drop_duplicates()
    real = set(recorded.loc[recorded["Disability"] != "NONE", "LAchildID"])
    recorded = recorded[(recorded["Disability"] != "NONE") | ~recorded["LAchildID"].isin(real)]
    further_action = set(eps.loc[~_is_yes(eps["cine_referral_nfa"]), "cine_person_id"])
    people = truth["ssd_person"].set_index("pers_person_id")
    dob = _date(people["pers_dob"])
    born = set(dob[dob.notna() & (dob <= c.end)].index)
    need_none = sorted((children & further_action & born) - set(recorded["LAchildID"]))
    inferred = pd.DataFrame({"LAchildID": need_none, "Disability": "NONE"})
    return _frame("rpt_cin_census__disabilities", pd.concat([recorded, inferred], ignore_index=True))


def _cin_details(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    conf = truth["ssd_initial_cp_conference"].copy()
    conf["date"] = _date(conf["icpc_icpc_date"])
    alone = conf[conf["icpc_s47_enquiry_id"].isna() & ~_is_yes(conf["icpc_icpc_transfer_in"])
                 & c.in_year(conf["date"])]
    icpc_by_referral = alone.groupby("icpc_referral_id")["date"].max()
    closure = c.as_at(eps["close"])
    out = pd.DataFrame({
        "LAchildID": eps["cine_person_id"],
        "CINdetailsID": eps["cine_referral_id"],
        "CINreferralDate": eps["ref"],
        "ReferralSource": eps["cine_referral_source_code"],
        "PrimaryNeedCode": eps["cine_cin_primary_need_code"],
        "CINclosureDate": closure,
        "ReasonForClosure": eps["cine_close_reason"].where(closure.notna()),
        "DateOfInitialCPC": eps["cine_referral_id"].map(icpc_by_referral),
        "ReferralNFA": _is_yes(eps["cine_referral_nfa"]).astype(bool),
    })
    return _frame("rpt_cin_census__cin_details", out)


def _assessments_in_census(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    a = truth["ssd_cin_assessments"].merge(
        eps[["cine_referral_id", "cine_person_id"]], left_on="cina_referral_id", right_on="cine_referral_id")
    a["start"] = _date(a["cina_assessment_start_date"])
    a["auth"] = _date(a["cina_assessment_auth_date"])
    completed_in_year = c.in_year(a["auth"])
    open_at_census = a["auth"].isna() | (a["auth"] > c.end)
    started_in_year = c.in_year(a["start"])
    keep = a["start"].notna() & (a["start"] <= c.end) & (completed_in_year | (open_at_census & started_in_year))
    return a[keep].copy()


def _assessments(a: pd.DataFrame, c: Census) -> pd.DataFrame:
    out = pd.DataFrame({
        "LAchildID": a["cine_person_id"],
        "CINdetailsID": a["cine_referral_id"],
        "AssessmentID": a["cina_assessment_id"],
        "AssessmentActualStartDate": a["start"],
        "AssessmentInternalReviewDate": pd.NaT,
        "AssessmentAuthorisationDate": c.as_at(a["auth"]),
    })
    return _frame("rpt_cin_census__assessments", out)


def _factors(truth: Mapping[str, pd.DataFrame], a: pd.DataFrame, c: Census) -> pd.DataFrame:
    valid = dfe_codes("AssessmentFactor")
    done = a[c.in_year(a["auth"])]
    lists = truth["ssd_assessment_factors"]
    merged = done.merge(lists, left_on="cina_assessment_id", right_on="cinf_assessment_id")
    rows = []
    for r in merged.itertuples(index=False):
        text = r.cinf_assessment_factors_json
        codes = json.loads(text) if isinstance(text, str) and text.strip() else []
        for code in sorted({str(x) for x in codes if x is not None} & valid):
            rows.append((r.cine_person_id, r.cine_referral_id, r.cina_assessment_id, code))
    out = pd.DataFrame(rows, columns=MODELS["rpt_cin_census__assessment_factors"])
    return _frame("rpt_cin_census__assessment_factors", out)


def _cin_plans(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    p = truth["ssd_cin_plans"].merge(
        eps[["cine_referral_id", "cine_person_id"]], left_on="cinp_referral_id", right_on="cine_referral_id")
    start = _date(p["cinp_cin_plan_start_date"])
    end = _date(p["cinp_cin_plan_end_date"])
    keep = start.notna() & (start <= c.end) & (end.isna() | (end >= c.start))
    out = pd.DataFrame({
        "LAchildID": p["cine_person_id"],
        "CINdetailsID": p["cine_referral_id"],
        "CINPlanStartDate": start,
        "CINPlanEndDate": c.as_at(end),
    })[keep]
    return _frame("rpt_cin_census__cin_plans", out)


def _conference_flag(outcome: object) -> bool:
    if not isinstance(outcome, str) or not outcome.strip():
        return False
    return json.loads(outcome).get("CP_CONFERENCE_FLAG") == "Y"


def _section47(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    s = truth["ssd_s47_enquiry"].merge(
        eps[["cine_referral_id", "cine_person_id"]], left_on="s47e_referral_id", right_on="cine_referral_id")
    s["start"] = _date(s["s47e_s47_start_date"])
    s["end"] = _date(s["s47e_s47_end_date"])
    conf = truth["ssd_initial_cp_conference"]
    conf = conf[conf["icpc_s47_enquiry_id"].notna() & ~_is_yes(conf["icpc_icpc_transfer_in"])].copy()
    conf["date"] = _date(conf["icpc_icpc_date"])
    conf["target"] = _date(conf["icpc_icpc_target_date"])
    by_s47 = conf.groupby("icpc_s47_enquiry_id").agg(date=("date", "min"), target=("target", "min"))
    s["icpc"] = s["s47e_s47_enquiry_id"].map(by_s47["date"])
    s["target"] = s["s47e_s47_enquiry_id"].map(by_s47["target"])
    held = s["icpc"].notna() & (s["icpc"] <= c.end)
    planned = s["s47e_s47_enquiry_id"].isin(set(by_s47.index)) | s["s47e_s47_outcome_json"].map(_conference_flag)
    not_required = ~held & ~planned & s["end"].notna() & (s["end"] <= c.end)
    still_open = ~held & ~not_required
    keep = s["start"].notna() & (s["start"] <= c.end) & (
        (held & (s["icpc"] >= c.start))
        | (not_required & (s["end"] >= c.start))
        | (still_open & (s["start"] >= c.start))
    )
    out = pd.DataFrame({
        "LAchildID": s["cine_person_id"],
        "CINdetailsID": s["cine_referral_id"],
        "S47ActualStartDate": s["start"],
        "InitialCPCtarget": s["target"],
        "DateOfInitialCPC": s["icpc"].where(held),
        "ICPCnotRequired": not_required.astype(bool),
    })[keep]
    return _frame("rpt_cin_census__section47", out)


def _cp_plans_in_census(truth: Mapping[str, pd.DataFrame], eps: pd.DataFrame, c: Census) -> pd.DataFrame:
    p = truth["ssd_cp_plans"].merge(
        eps[["cine_referral_id", "cine_person_id"]], left_on="cppl_referral_id", right_on="cine_referral_id")
    p["start"] = _date(p["cppl_cp_plan_start_date"])
    p["end"] = _date(p["cppl_cp_plan_end_date"])
    overlaps = p["start"].notna() & (p["start"] <= c.end) & (p["end"].isna() | (p["end"] >= c.start))
    return p[overlaps & ~_is_yes(p["cppl_cp_plan_ola"])].copy()


def _cp_plans(truth: Mapping[str, pd.DataFrame], p: pd.DataFrame, c: Census) -> pd.DataFrame:
    every = truth["ssd_cp_plans"]
    starts = pd.DataFrame({"person": every["cppl_person_id"], "start": _date(every["cppl_cp_plan_start_date"])})
    starts = starts[starts["start"].notna()]
    by_person = {k: sorted(g["start"]) for k, g in starts.groupby("person")}
    previous = [sum(1 for d in by_person.get(person, []) if d < start)
                for person, start in zip(p["cppl_person_id"], p["start"], strict=True)]
    out = pd.DataFrame({
        "LAchildID": p["cine_person_id"],
        "CINdetailsID": p["cine_referral_id"],
        "CPPID": p["cppl_cp_plan_id"],
        "CPPstartDate": p["start"],
        "CPPendDate": c.as_at(p["end"]),
        "InitialCategoryOfAbuse": p["cppl_cp_plan_initial_category"],
        "LatestCategoryOfAbuse": p["cppl_cp_plan_latest_category"],
        "NumberOfPreviousCPP": pd.Series(previous, index=p.index, dtype="int64"),
    })
    return _frame("rpt_cin_census__cp_plans", out)


def _cp_reviews(truth: Mapping[str, pd.DataFrame], p: pd.DataFrame, c: Census) -> pd.DataFrame:
    r = truth["ssd_cp_reviews"].merge(
        p[["cppl_cp_plan_id", "cine_person_id", "cine_referral_id"]], left_on="cppr_cp_plan_id",
        right_on="cppl_cp_plan_id")
    r["date"] = _date(r["cppr_cp_review_date"])
    r = r[c.in_year(r["date"])]
    out = pd.DataFrame({
        "LAchildID": r["cine_person_id"],
        "CINdetailsID": r["cine_referral_id"],
        "CPPID": r["cppl_cp_plan_id"],
        "CPPreviewDate": r["date"],
    }).drop_duplicates()
    return _frame("rpt_cin_census__cp_reviews", out)


def compute(truth: Mapping[str, pd.DataFrame], year: int) -> dict[str, pd.DataFrame]:
    """The CIN census tables for census year `year` (ReferenceDate 31 March `year`)."""
    c = Census(year)
    eps = episodes_in_census(truth, c)
    assessments = _assessments_in_census(truth, eps, c)
    plans = _cp_plans_in_census(truth, eps, c)
    return {
        "rpt_cin_census__children": _children(truth, eps, c),
        "rpt_cin_census__disabilities": _disabilities(truth, eps, c),
        "rpt_cin_census__cin_details": _cin_details(truth, eps, c),
        "rpt_cin_census__assessments": _assessments(assessments, c),
        "rpt_cin_census__assessment_factors": _factors(truth, assessments, c),
        "rpt_cin_census__cin_plans": _cin_plans(truth, eps, c),
        "rpt_cin_census__section47": _section47(truth, eps, c),
        "rpt_cin_census__cp_plans": _cp_plans(truth, plans, c),
        "rpt_cin_census__cp_reviews": _cp_reviews(truth, plans, c),
    }
