"""Independent oracle for Ofsted's ILACS Annex A lists 1-11, computed from the simulator's truth.

`compute(truth, extract_date, lookback_months=6)` returns {rpt model name: DataFrame} with the columns
of `annex_a_xlsx.LISTS`. It is written from the Annex A rules as this project states them (the YAML of
models/marts/returns/annex_a), in pandas, without reading the dbt models:

* The extract date E is the date of Ofsted's request. The window is [E - lookback months, E] (both
  days inclusive; month arithmetic clamps to the month end); "last 12 months" columns use
  [E - 12 months, E] whatever the window.
* The lists describe what was known at E: a row starting after E is not there, and a date after E
  (an end, an authorisation, an order...) had not happened, so it is blank and the thing it closes is
  still open.
* Ages are whole years at E; values are Ofsted's lettered values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from ssd_kit.returns.annex_a_xlsx import LISTS

_SOURCE = {
    "1A": "a) 1A: Individual", "1B": "b) 1B: Individual", "1C": "c) 1C: Individual", "1D": "d) 1D: Individual",
    "2A": "e) 2A: Schools", "2B": "f) 2B: Education services", "3A": "g) 3A: Health services",
    "3B": "h) 3B: Health services", "3C": "i) 3C: Health services", "3D": "j) 3D: Health services",
    "3E": "k) 3E: Health services", "3F": "l) 3F: Health services", "4": "m) 4: Housing",
    "5A": "n) 5A: LA services", "5B": "o) 5B: LA services", "5C": "p) 5C: LA services", "6": "q) 6: Police",
    "7": "r) 7: Other legal agency", "8": "s) 8: Other", "9": "t) 9: Anonymous", "10": "u) 10: Unknown",
}
_ETHNIC_ORDER = "WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT"
_ETHNICITY = {code: f"{chr(ord('a') + i)}) {code}" for i, code in enumerate(_ETHNIC_ORDER.split())}
_NEED = {
    "N1": "a) Abuse or neglect", "N2": "b) Child's disability", "N3": "c) Parents illness or disability",
    "N4": "d) Family in acute stress", "N5": "e) Family dysfunction", "N6": "f) Socially unacceptable behaviour",
    "N7": "g) Low income", "N8": "h) Absent parenting", "N9": "i) Not CIN", "N0": "j) Not stated",
}
_CLOSURE = {
    "RC1": "a) Adopted", "RC2": "b) Died", "RC3": "c) Residence Order", "RC4": "d) Special Guardianship Order",
    "RC5": "e) Transfer to another LA", "RC6": "f) Transfer to Adult Social Services",
    "RC7": "g) 'Other' incl. Child no longer in need", "RC8": "h) Child not in need after assessment",
    "RC9": "h) Child not in need after assessment",
}
_ABUSE = {"NEG": "a) Neglect", "PHY": "b) Physical abuse", "SAB": "c) Sexual abuse", "EMO": "d) Emotional abuse",
          "MUL": "e) Multiple/not recommended"}
_LEGAL = {"C1": "a) Interim care orders", "C2": "b) Full care orders", "D1": "c) Freed for adoption",
          "E1": "d) Placement order granted", "V2": "e) Accommodated under S20"}
_LEGAL.update({c: "f) Detained on child protection grounds in LA accommodation" for c in ("L1", "L2", "L3")})
_LEGAL.update({c: "g) Youth justice legal statuses" for c in ("J1", "J2", "J3")})
_CEASED = {"E11": "a) Adopted", "E12": "a) Adopted", "E2": "b) Died", "E3": "c) Care taken by another LA",
           "E4A": "d) Returned home to live with parents or relatives",
           "E4B": "d) Returned home to live with parents or relatives", "E41": "f) Residence order granted",
           "E5": "h) Moved into independent living", "E6": "h) Moved into independent living",
           "E7": "i) Transferred to residential care funded by adult social services",
           "E9": "j) Sentenced to custody", "E14": "k) Accommodation on remand ended",
           "E15": "l) Age assessment determined child was 18 or over", "E16": "m) Child moved abroad",
           "E8": "n) Care ceased for any other reason"}
_CEASED.update({c: "e) Left care to live with parents, relatives or other person with no parental responsibility"
                for c in ("E13", "E17")})
_CEASED.update({c: "g) Special Guardianship Orders" for c in ("E45", "E46", "E47", "E48")})
_PLACEMENT = {f"U{i}": "a) Foster placement" for i in range(1, 7)}
_PLACEMENT.update({f"A{i}": "b) Placed for adoption" for i in range(3, 7)})
_PLACEMENT.update({f"T{i}": "o) Temporary placement" for i in range(0, 5)})
_PLACEMENT.update({c: "n) Other placements" for c in ("Z1", "Z11", "Z12", "Z13", "Z14")})
_PLACEMENT.update({
    "P1": "c) Placed with parents", "P2": "d) Independent living", "P3": "e) Residential employment",
    "H5": "f) Residential accommodation", "K3": "f) Residential accommodation", "K1": "g) Secure Children's Homes",
    "K2": "h) Children's Homes", "R1": "i) Residential Care Home", "R2": "j) NHS/Health Trust",
    "R3": "k) Family Centre or Mother and Baby Unit", "R5": "l) Young Offender Institution",
    "S1": "m) Residential school",
})
_PROVIDER = {"PR1": "a) Own LA", "PR4": "b) Private", "PR0": "c) Other", "PR2": "c) Other", "PR3": "c) Other",
             "PR5": "c) Other"}
_IN_TOUCH = {"YES": "a) In touch", "NO": "b) Not in touch", "REFU": "b) Not in touch", "NREQ": "b) Not in touch",
             "DIED": "d) Exclude", "RHOM": "d) Exclude"}
_ACCOMMODATION = {
    "B": "a) With parents or relatives", "C": "b) Community home",
    "D": "c) Semi-independent transitional accommodation", "E": "d) Supported lodgings", "G": "e) Gone abroad",
    "H": "f) Deported", "K": "g) Ordinary lodgings", "R": "h) Residence not known",
    "S": "i) No fixed abode / homeless", "T": "j) Foyers", "U": "k) Independent living",
    "V": "l) Emergency accommodation", "W": "m) Bed and breakfast", "X": "n) In custody",
    "Z": "o) With Former Foster Carer", "Y": "p) Other accommodation",
}
_ACTIVITY = {
    "F1": "Full time in higher education", "P1": "Part time in higher education",
    "F2": "Full time in education other than higher", "P2": "Part time in education other than higher",
    "F3": "Full time in training or employment", "P3": "Part time in training or employment",
    "F4": "Young person engaged full time in an apprenticeship",
    "P4": "Young person engaged part time in an apprenticeship",
    "F5": "Young person engaged full time in training or employment (not apprenticeship)",
    "P5": "Young person engaged part time in training or employment (not apprenticeship)",
    "G4": "Not in education, employment or training - illness or disability",
    "G5": "Not in education, employment or training - other",
    "G6": "Not in education, employment or training - pregnancy or parenting",
}
_ACTIVITY = {code: f"{code}: {text}" for code, text in _ACTIVITY.items()}
_REVERSAL = {"RD1": "a) Child's needs changed", "RD2": "b) Court did not make a PO",
             "RD3": "c) Prospective adopters cannot be found", "RD4": "d) Any other reason"}
# Care plan JSON key -> permanence plan (first "Y" in this order wins; the truth has exactly one).
_PLAN = [("ADOPTION", "b) Adoption"), ("REMAINSUP", "a) Return to family"), ("RETURN1M", "a) Return to family"),
         ("RETURN6M", "a) Return to family"), ("RETURNEV", "a) Return to family"), ("LTRELFR", "c) SGO/CAO"),
         ("LTFOST18", "f) Long-term fostering"), ("RESPLMT", "e) Long-term residential placement"),
         ("SUPPLIV", "d) Supported living in the community"), ("OTHERPLN", "g) Other")]

_NAT = pd.NaT


def _yes_no(value: object) -> str | None:
    return {"Y": "a) Yes", "N": "b) No"}.get(value) if isinstance(value, str) else None


def _get(mapping: Mapping[str, str], value: object, default: str | None = None) -> str | None:
    return mapping.get(value, default) if isinstance(value, str) else default


def _age(dob: object, at: pd.Timestamp) -> int | None:
    if pd.isna(dob):
        return None
    dob = pd.Timestamp(dob)
    if at < dob:
        return None
    return at.year - dob.year - (1 if (at.month, at.day) < (dob.month, dob.day) else 0)


class _Ctx:
    def __init__(self, truth: Mapping[str, pd.DataFrame], extract_date: dt.date, lookback_months: int):
        self.t = truth
        self.E = pd.Timestamp(extract_date)
        self.S = self.E - pd.DateOffset(months=lookback_months)
        self.S6 = self.E - pd.DateOffset(months=6)
        self.T = self.E - pd.DateOffset(months=12)
        self._people = self._build_people()
        teams = truth["ssd_department"]
        self.team_name = dict(zip(teams["dept_team_id"], teams["dept_team_name"], strict=True))
        profs = truth["ssd_professionals"]
        self.worker_name = dict(zip(profs["prof_professional_id"], profs["prof_professional_name"], strict=True))
        invo = truth["ssd_involvements"]
        invo = invo[invo["invo_professional_role_id"] == "CW"]
        self.cw = {ref: grp for ref, grp in invo.groupby("invo_referral_id")}

    def known(self, value: object) -> pd.Timestamp:
        """A date as known at the extract date: NaT when missing or after it."""
        if pd.isna(value):
            return _NAT
        value = pd.Timestamp(value).normalize()
        return value if value <= self.E else _NAT

    def _build_people(self) -> dict[str, dict]:
        disabled = set(
            self.t["ssd_disability"].loc[
                self.t["ssd_disability"]["disa_disability_code"].str.upper() != "NONE", "disa_person_id"
            ]
        )
        out = {}
        for p in self.t["ssd_person"].itertuples(index=False):
            out[p.pers_person_id] = {
                "gender": {"M": "a) Male", "F": "b) Female", "I": "d) Neither"}.get(
                    p.pers_gender, "c) Not stated/recorded"),
                "ethnicity": _get(_ETHNICITY, p.pers_ethnicity, "t) NOBT"),
                "date_of_birth": pd.Timestamp(p.pers_dob).normalize() if not pd.isna(p.pers_dob) else _NAT,
                "age_of_child_years": _age(p.pers_dob, self.E),
                "disability": "a) Yes" if p.pers_person_id in disabled else "b) No",
            }
        return out

    def person(self, pid: str, disability: bool = False) -> list:
        p = self._people.get(pid)
        if p is None:
            return [pid, None, None, _NAT, None] + ([None] if disability else [])
        row = [pid, p["gender"], p["ethnicity"], p["date_of_birth"], p["age_of_child_years"]]
        return row + ([p["disability"]] if disability else [])

    def allocation(self, referral_id: object, at: pd.Timestamp) -> list:
        grp = self.cw.get(referral_id)
        if grp is None:
            return [None, None]
        grp = grp[grp["invo_involvement_start_date"].dt.normalize() <= at]
        if grp.empty:
            return [None, None]
        best = max(grp.itertuples(index=False),
                   key=lambda r: (pd.Timestamp(r.invo_involvement_start_date), str(r.invo_involvements_id)))
        return [self.team_name.get(best.invo_professional_team), self.worker_name.get(best.invo_professional_id)]

    def overlaps(self, start: object, end: object, lo: pd.Timestamp, hi: pd.Timestamp) -> bool:
        if pd.isna(start) or pd.Timestamp(start).normalize() > hi:
            return False
        return pd.isna(end) or pd.Timestamp(end).normalize() >= lo

    def open_at(self, start: object, end: object) -> bool:
        if pd.isna(start) or pd.Timestamp(start).normalize() > self.E:
            return False
        return pd.isna(end) or pd.Timestamp(end).normalize() > self.E


def _frame(number: int, rows: list[list]) -> pd.DataFrame:
    spec = LISTS[number - 1]
    return pd.DataFrame(rows, columns=spec.column_names) if rows else pd.DataFrame(columns=spec.column_names)


def _in(value: object, lo: pd.Timestamp, hi: pd.Timestamp) -> bool:
    return not pd.isna(value) and lo <= pd.Timestamp(value).normalize() <= hi


def _list1(c: _Ctx) -> pd.DataFrame:
    rows = []
    for r in c.t["ssd_contacts"].itertuples(index=False):
        if _in(r.cont_contact_date, c.S, c.E):
            rows.append(c.person(r.cont_person_id) + [pd.Timestamp(r.cont_contact_date).normalize(),
                                                       _get(_SOURCE, r.cont_contact_source_code, "u) 10: Unknown")])
    return _frame(1, rows)


def _list2(c: _Ctx) -> pd.DataFrame:
    rows = []
    for r in c.t["ssd_early_help_episodes"].itertuples(index=False):
        if c.overlaps(r.earl_episode_start_date, r.earl_episode_end_date, c.S, c.E):
            rows.append(c.person(r.earl_person_id) + [pd.Timestamp(r.earl_episode_start_date).normalize(),
                                                       c.known(r.earl_episode_end_date), r.earl_episode_organisation])
    return _frame(2, rows)


def _list3(c: _Ctx) -> pd.DataFrame:
    refs = c.t["ssd_cin_episodes"]
    counts: dict[str, int] = {}
    for r in refs.itertuples(index=False):
        if _in(r.cine_referral_date, c.T, c.E):
            counts[r.cine_person_id] = counts.get(r.cine_person_id, 0) + 1
    rows = []
    for r in refs.itertuples(index=False):
        if not _in(r.cine_referral_date, c.S, c.E):
            continue
        rows.append(c.person(r.cine_person_id) + [
            pd.Timestamp(r.cine_referral_date).normalize(),
            _get(_SOURCE, r.cine_referral_source_code, "u) 10: Unknown"),
            _yes_no(r.cine_referral_nfa),
            counts.get(r.cine_person_id, 0),
            c.team_name.get(r.cine_referral_team),
            c.worker_name.get(r.cine_referral_worker_id),
        ])
    return _frame(3, rows)


def _list4(c: _Ctx) -> pd.DataFrame:
    rows = []
    for r in c.t["ssd_cin_assessments"].itertuples(index=False):
        if not c.overlaps(r.cina_assessment_start_date, r.cina_assessment_auth_date, c.S, c.E):
            continue
        auth = c.known(r.cina_assessment_auth_date)
        support = None
        if not pd.isna(auth):
            support = {"N": "a) Yes", "Y": "b) No"}.get(r.cina_assessment_outcome_nfa)
        rows.append(c.person(r.cina_person_id, disability=True) + [
            pd.Timestamp(r.cina_assessment_start_date).normalize(),
            _yes_no(r.cina_assessment_child_seen),
            auth,
            support,
            c.team_name.get(r.cina_assessment_team),
            c.worker_name.get(r.cina_assessment_worker_id),
        ])
    return _frame(4, rows)


def _list5(c: _Ctx) -> pd.DataFrame:
    s47 = c.t["ssd_s47_enquiry"]
    icpc = c.t["ssd_initial_cp_conference"]
    icpc = icpc[icpc["icpc_icpc_date"].notna() & (icpc["icpc_icpc_date"].dt.normalize() <= c.E)]
    first: dict[str, tuple] = {}
    for r in icpc.itertuples(index=False):
        if pd.isna(r.icpc_s47_enquiry_id):
            continue
        key = (pd.Timestamp(r.icpc_icpc_date), str(r.icpc_icpc_id))
        if r.icpc_s47_enquiry_id not in first or key < first[r.icpc_s47_enquiry_id][0]:
            first[r.icpc_s47_enquiry_id] = (key, r)
    s47_12m: dict[str, int] = {}
    for r in s47.itertuples(index=False):
        if _in(r.s47e_s47_start_date, c.T, c.E):
            s47_12m[r.s47e_person_id] = s47_12m.get(r.s47e_person_id, 0) + 1
    icpc_12m: dict[str, int] = {}
    for r in icpc.itertuples(index=False):
        if _in(r.icpc_icpc_date, c.T, c.E):
            icpc_12m[r.icpc_person_id] = icpc_12m.get(r.icpc_person_id, 0) + 1
    rows = []
    for r in s47.itertuples(index=False):
        if not c.overlaps(r.s47e_s47_start_date, r.s47e_s47_end_date, c.S, c.E):
            continue
        end = c.known(r.s47e_s47_end_date)
        conf = first.get(r.s47e_s47_enquiry_id)
        conf_date = pd.Timestamp(conf[1].icpc_icpc_date).normalize() if conf else _NAT
        unnecessary = "b) No" if conf else ("a) Yes" if not pd.isna(end) else None)
        rows.append(c.person(r.s47e_person_id, disability=True) + [
            pd.Timestamp(r.s47e_s47_start_date).normalize(),
            unnecessary,
            conf_date,
            _yes_no(conf[1].icpc_icpc_outcome_cp_flag) if conf else None,
            s47_12m.get(r.s47e_person_id, 0),
            icpc_12m.get(r.s47e_person_id, 0),
            c.team_name.get(r.s47e_s47_completed_by_team),
            c.worker_name.get(r.s47e_s47_completed_by_worker_id),
        ])
    return _frame(5, rows)


def _open_people(c: _Ctx, table: str, person: str, start: str, end: str) -> set:
    df = c.t[table]
    return {p for p, s, e in zip(df[person], df[start], df[end], strict=True) if c.open_at(s, e)}


def _list6(c: _Ctx) -> pd.DataFrame:
    latest: dict[str, tuple] = {}
    for r in c.t["ssd_cin_episodes"].itertuples(index=False):
        if not c.overlaps(r.cine_referral_date, r.cine_close_date, c.S, c.E):
            continue
        key = (pd.Timestamp(r.cine_referral_date).normalize(), str(r.cine_referral_id))
        if r.cine_person_id not in latest or key > latest[r.cine_person_id][0]:
            latest[r.cine_person_id] = (key, r)
    visits = pd.concat([
        c.t["ssd_cin_visits"].loc[c.t["ssd_cin_visits"]["cinv_cin_visit_seen"] == "Y",
                                  ["cinv_person_id", "cinv_cin_visit_date"]].set_axis(["pid", "d"], axis=1),
        c.t["ssd_cp_visits"].loc[c.t["ssd_cp_visits"]["cppv_cp_visit_seen"] == "Y",
                                 ["cppv_person_id", "cppv_cp_visit_date"]].set_axis(["pid", "d"], axis=1),
        c.t["ssd_cla_visits"].loc[c.t["ssd_cla_visits"]["clav_cla_visit_seen"] == "Y",
                                  ["clav_person_id", "clav_cla_visit_date"]].set_axis(["pid", "d"], axis=1),
    ])
    visits = visits[visits["d"].notna()]
    visits_by = {pid: grp["d"].dt.normalize() for pid, grp in visits.groupby("pid")}
    looked_after = _open_people(c, "ssd_cla_episodes", "clae_person_id", "clae_cla_episode_start_date",
                                "clae_cla_episode_ceased_date")
    on_cp = _open_people(c, "ssd_cp_plans", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date")
    on_cin = _open_people(c, "ssd_cin_plans", "cinp_person_id", "cinp_cin_plan_start_date",
                          "cinp_cin_plan_end_date")
    assessing = _open_people(c, "ssd_cin_assessments", "cina_person_id", "cina_assessment_start_date",
                             "cina_assessment_auth_date")
    rows = []
    for pid, (key, r) in latest.items():
        start = key[0]
        close = c.known(r.cine_close_date)
        upto = c.E if pd.isna(close) else close
        seen = visits_by.get(pid)
        last_seen = _NAT
        if seen is not None:
            inside = seen[(seen >= start) & (seen <= upto)]
            last_seen = inside.max() if len(inside) else _NAT
        if not pd.isna(close):
            status = "e) Closed episode"
        elif pid in looked_after:
            status = "a) Looked after child"
        elif pid in on_cp:
            status = "b) Child Protection plan"
        elif pid in on_cin:
            status = "c) Child in need plan"
        elif pid in assessing:
            status = "d) Open assessment"
        else:
            status = "c) Child in need plan"
        rows.append(c.person(pid, disability=True) + [
            start,
            _get(_NEED, r.cine_cin_primary_need_code),
            last_seen,
            close,
            None if pd.isna(close) else _get(_CLOSURE, r.cine_close_reason, "i) Not Stated"),
            status,
            *c.allocation(r.cine_referral_id, upto),
        ])
    return _frame(6, rows)


def _list7(c: _Ctx) -> pd.DataFrame:
    plans = c.t["ssd_cp_plans"]
    plans = plans[plans["cppl_cp_plan_start_date"].notna() & (plans["cppl_cp_plan_start_date"].dt.normalize() <= c.E)]
    starts_by_person = {pid: grp["cppl_cp_plan_start_date"].dt.normalize().tolist()
                        for pid, grp in plans.groupby("cppl_person_id")}
    cpv = c.t["ssd_cp_visits"]
    cpv = cpv[cpv["cppv_cp_visit_date"].notna() & (cpv["cppv_cp_visit_date"].dt.normalize() <= c.E)]
    last_visit = {}
    for r in cpv.itertuples(index=False):
        key = (pd.Timestamp(r.cppv_cp_visit_date).normalize(), str(r.cppv_cp_visit_id))
        if r.cppv_cp_plan_id not in last_visit or key > last_visit[r.cppv_cp_plan_id][0]:
            last_visit[r.cppv_cp_plan_id] = (key, r)
    rev = c.t["ssd_cp_reviews"]
    rev = rev[rev["cppr_cp_review_date"].notna() & (rev["cppr_cp_review_date"].dt.normalize() <= c.E)]
    last_review = rev.groupby("cppr_cp_plan_id")["cppr_cp_review_date"].max().dt.normalize().to_dict()
    lega = c.t["ssd_legal_status"]
    protected = {
        r.lega_person_id for r in lega.itertuples(index=False)
        if r.lega_legal_status in ("L1", "L2")
        and c.overlaps(r.lega_legal_status_start_date, r.lega_legal_status_end_date, c.S6, c.E)
    }
    rows = []
    for r in plans.itertuples(index=False):
        end = c.known(r.cppl_cp_plan_end_date)
        if not pd.isna(end) and end < c.S:
            continue
        start = pd.Timestamp(r.cppl_cp_plan_start_date).normalize()
        visit = last_visit.get(r.cppl_cp_plan_id)
        rows.append(c.person(r.cppl_person_id, disability=True) + [
            start,
            _get(_ABUSE, r.cppl_cp_plan_initial_category),
            _get(_ABUSE, r.cppl_cp_plan_latest_category),
            visit[0][0] if visit else _NAT,
            _yes_no(visit[1].cppv_cp_visit_seen_alone) if visit else None,
            last_review.get(r.cppl_cp_plan_id, _NAT),
            end,
            "a) Yes" if r.cppl_person_id in protected else "b) No",
            sum(1 for s in starts_by_person[r.cppl_person_id] if s < start),
            *c.allocation(r.cppl_referral_id, c.E if pd.isna(end) else end),
        ])
    return _frame(7, rows)


def _latest_by(df: pd.DataFrame, person: str, date: str, ident: str) -> dict:
    """{person: row} for the row with the latest date (ties: highest id as text)."""
    out: dict = {}
    for r in df.itertuples(index=False):
        key = (pd.Timestamp(getattr(r, date)).normalize(), str(getattr(r, ident)))
        pid = getattr(r, person)
        if pid not in out or key > out[pid][0]:
            out[pid] = (key, r)
    return {pid: v[1] for pid, v in out.items()}


def _until(df: pd.DataFrame, col: str, c: _Ctx) -> pd.DataFrame:
    return df[df[col].notna() & (df[col].dt.normalize() <= c.E)]


def _list8(c: _Ctx) -> pd.DataFrame:
    eps = _until(c.t["ssd_cla_episodes"], "clae_cla_episode_start_date", c)
    lega_all = c.t["ssd_legal_status"]
    legal = _latest_by(_until(lega_all, "lega_legal_status_start_date", c), "lega_person_id",
                       "lega_legal_status_start_date", "lega_legal_status_id")
    short_breaks = {pid for pid, r in legal.items() if r.lega_legal_status in ("V3", "V4")}
    in_window = eps[[
        (pid not in short_breaks) and (pd.isna(c.known(ceased)) or c.known(ceased) >= c.S)
        for pid, ceased in zip(eps["clae_person_id"], eps["clae_cla_episode_ceased_date"], strict=True)
    ]]
    latest = _latest_by(in_window, "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_id")
    eps_by_person = {pid: grp for pid, grp in eps.groupby("clae_person_id")}
    immi = c.t["ssd_immigration_status"]
    uasc = {r.immi_person_id for r in immi.itertuples(index=False) if r.immi_immigration_status == "UASC"
            and c.overlaps(r.immi_immigration_status_start_date, r.immi_immigration_status_end_date, c.T, c.E)}
    rev = _until(c.t["ssd_cla_reviews"], "clar_cla_review_date", c)
    rev = rev[rev["clar_cla_review_cancelled"].fillna("N") != "Y"]
    last_review = rev.groupby("clar_cla_person_id")["clar_cla_review_date"].max().dt.normalize().to_dict()
    vis = _until(c.t["ssd_cla_visits"], "clav_cla_visit_date", c)
    last_visit = vis.groupby("clav_person_id")["clav_cla_visit_date"].max().dt.normalize().to_dict()
    plan = _latest_by(_until(c.t["ssd_cla_care_plan"], "lacp_cla_care_plan_start_date", c), "lacp_person_id",
                      "lacp_cla_care_plan_start_date", "lacp_table_id")
    health = _until(c.t["ssd_cla_health"], "clah_health_check_date", c)
    health = health[health["clah_health_check_status"] == "Completed"]

    def last_check(kind: str) -> dict:
        sub = health[health["clah_health_check_type"] == kind]
        return sub.groupby("clah_person_id")["clah_health_check_date"].max().dt.normalize().to_dict()

    last_health, last_dental = last_check("Health Assessment"), last_check("Dental Check")
    plc = _until(c.t["ssd_cla_placement"], "clap_cla_placement_start_date", c)
    latest_plc = _latest_by(plc, "clap_person_id", "clap_cla_placement_start_date", "clap_cla_placement_id")
    plc_12m: dict[str, int] = {}
    for r in plc.itertuples(index=False):
        if pd.isna(r.clap_cla_placement_end_date) or pd.Timestamp(r.clap_cla_placement_end_date).normalize() >= c.T:
            plc_12m[r.clap_person_id] = plc_12m.get(r.clap_person_id, 0) + 1
    miss = _until(c.t["ssd_missing"], "miss_missing_episode_start_date", c)
    counts: dict[tuple, int] = {}
    for r in miss.itertuples(index=False):
        if pd.Timestamp(r.miss_missing_episode_start_date).normalize() >= c.T:
            k = (r.miss_person_id, r.miss_missing_episode_type)
            counts[k] = counts.get(k, 0) + 1
    last_missing = _latest_by(miss[miss["miss_missing_episode_type"] == "M"], "miss_person_id",
                              "miss_missing_episode_start_date", "miss_table_id")
    rows = []
    for pid, ep in latest.items():
        entered = pd.Timestamp(ep.clae_entered_care_date).normalize() if not pd.isna(ep.clae_entered_care_date) \
            else _NAT
        mine = eps_by_person[pid]
        earlier = any(
            cla != ep.clae_cla_id and not pd.isna(entered) and pd.Timestamp(s).normalize() < entered
            and not pd.isna(c.known(ceased)) and c.known(ceased) >= c.T
            for cla, s, ceased in zip(mine["clae_cla_id"], mine["clae_cla_episode_start_date"],
                                      mine["clae_cla_episode_ceased_date"], strict=True)
        )
        ceased = c.known(ep.clae_cla_episode_ceased_date)
        lg = legal.get(pid)
        pl = latest_plc.get(pid)
        cp = plan.get(pid)
        permanence = None
        if cp is not None and isinstance(cp.lacp_cla_care_plan_json, str):
            for key, label in _PLAN:
                if f'"{key}":"Y"' in cp.lacp_cla_care_plan_json:
                    permanence = label
                    break
        lm = last_missing.get(pid)
        rows.append(c.person(pid) + [
            "a) Yes" if pid in uasc else "b) No",
            c.person(pid, disability=True)[-1],
            entered,
            _get(_NEED, ep.clae_cla_primary_need_code),
            "a) Yes" if earlier else "b) No",
            pd.Timestamp(lg.lega_legal_status_start_date).normalize() if lg is not None else _NAT,
            _get(_LEGAL, lg.lega_legal_status) if lg is not None else None,
            last_review.get(pid, _NAT),
            last_visit.get(pid, _NAT),
            permanence,
            c.known(ep.clae_cla_last_iro_contact_date),
            last_health.get(pid, _NAT),
            last_dental.get(pid, _NAT),
            plc_12m.get(pid, 0),
            ceased,
            None if pd.isna(ceased) else _get(_CEASED, ep.clae_cla_episode_ceased_reason),
            pd.Timestamp(pl.clap_cla_placement_start_date).normalize() if pl is not None else _NAT,
            _get(_PLACEMENT, pl.clap_cla_placement_type) if pl is not None else None,
            _get(_PROVIDER, pl.clap_cla_placement_provider) if pl is not None else None,
            pl.clap_cla_placement_postcode if pl is not None else None,
            pl.clap_cla_placement_urn if pl is not None else None,
            None,
            None,
            counts.get((pid, "M"), 0),
            counts.get((pid, "A"), 0),
            _yes_no(lm.miss_missing_rhi_offered) if lm is not None else None,
            _yes_no(lm.miss_missing_rhi_accepted) if lm is not None else None,
            *c.allocation(ep.clae_referral_id, c.E if pd.isna(ceased) else ceased),
        ])
    return _frame(8, rows)


def _eligibility(text: object) -> str:
    t = text.lower() if isinstance(text, str) else ""
    for prefix, label in (("relevant", "a) Relevant"), ("former relevant", "b) Former relevant"),
                          ("qualifying", "c) Qualifying"), ("eligible", "d) Eligible")):
        if t.startswith(prefix):
            return label
    return "e) Other"


def _list9(c: _Ctx) -> pd.DataFrame:
    recs = _until(c.t["ssd_care_leavers"], "clea_care_leaver_latest_contact", c)
    latest = _latest_by(recs, "clea_person_id", "clea_care_leaver_latest_contact", "clea_table_id")
    immi = c.t["ssd_immigration_status"]
    ever_uasc = {r.immi_person_id for r in immi.itertuples(index=False) if r.immi_immigration_status == "UASC"
                 and not pd.isna(c.known(r.immi_immigration_status_start_date))}
    rows = []
    for pid, r in latest.items():
        who = c.person(pid, disability=True)
        if pid not in c._people or who[4] is None or not 16 <= who[4] <= 25:
            continue
        rows.append(who[:5] + [
            "a) Yes" if pid in ever_uasc else "b) No",
            who[5],
            c.team_name.get(r.clea_care_leaver_allocated_team),
            c.worker_name.get(r.clea_care_leaver_worker_id),
            r.clea_care_leaver_personal_advisor,
            _eligibility(r.clea_care_leaver_eligibility),
            c.known(r.clea_pathway_plan_review_date),
            _get(_IN_TOUCH, r.clea_care_leaver_in_touch, "c) Not recorded"),
            pd.Timestamp(r.clea_care_leaver_latest_contact).normalize(),
            _get(_ACCOMMODATION, r.clea_care_leaver_accommodation),
            {"1": "a) Suitable", "2": "b) Not suitable"}.get(r.clea_care_leaver_accom_suitable,
                                                           "c) Not in touch or not recorded"),
            _get(_ACTIVITY, r.clea_care_leaver_activity),
        ])
    return _frame(9, rows)


def _list10(c: _Ctx) -> pd.DataFrame:
    eps = c.t["ssd_cla_episodes"]
    entered = eps.groupby("clae_cla_id")["clae_entered_care_date"].min().dt.normalize().to_dict()
    rows = []
    for r in _until(c.t["ssd_permanence"], "perm_adm_decision_date", c).itertuples(index=False):
        order, reversed_ = c.known(r.perm_permanence_order_date), c.known(r.perm_decision_reversed_date)
        still_open = pd.isna(order) and pd.isna(reversed_)
        recent = (not pd.isna(order) and order >= c.T) or (not pd.isna(reversed_) and reversed_ >= c.T)
        if not (still_open or recent):
            continue
        who = c.person(r.perm_person_id, disability=True)
        rows.append([who[0], None, *who[1:], entered.get(r.perm_cla_id, _NAT),
                     pd.Timestamp(r.perm_adm_decision_date).normalize(),
                     c.known(r.perm_placement_order_date), c.known(r.perm_matched_date),
                     c.known(r.perm_placed_for_adoption_date), order, reversed_,
                     None if pd.isna(reversed_) else _get(_REVERSAL, r.perm_decision_reversed_reason),
                     c.known(r.perm_placed_ffa_cp_date)])
    return _frame(10, rows)


def compute(truth: Mapping[str, pd.DataFrame], extract_date: dt.date, lookback_months: int = 6) -> dict[
        str, pd.DataFrame]:
    """{rpt_annex_a__list_NN_name: rows} for the given extract date and core look-back (months)."""
    c = _Ctx(truth, extract_date, lookback_months)
    builders = [_list1, _list2, _list3, _list4, _list5, _list6, _list7, _list8, _list9, _list10]
    out = {spec.model: build(c) for spec, build in zip(LISTS[:10], builders, strict=True)}
    out[LISTS[10].model] = _frame(11, [])  # no SSD table holds prospective adopters
    return out
