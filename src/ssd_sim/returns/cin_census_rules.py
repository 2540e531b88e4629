"""The DfE CIN census validation rules that bear on how the return is built, checked on its tables.

Not the DfE validator (the lead runs the official package on the written file): a readable restatement of
the rules the return's inclusion and "as at 31 March" logic must honour, so a test can say which rule a
wrong table breaks. `check(frames, year)` gives {rule code: failing rows} for every rule, empty when it
passes; rule codes ending in Q are DfE queries (to explain, not to fix) and are reported, not enforced.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from ssd_kit.returns import cin_xml as x

Frames = dict[str, pd.DataFrame]
Check = Callable[[Frames, pd.Timestamp, pd.Timestamp], pd.DataFrame]


def _normalise(frames: Mapping[str, pd.DataFrame]) -> Frames:
    out: Frames = {}
    for name, columns in x.COLUMNS.items():
        df = frames[name][columns].copy()
        for col in columns:
            if col in x.DATE_ELEMENTS:
                df[col] = pd.to_datetime(df[col]).dt.normalize()
            elif col in x.BOOLEAN_ELEMENTS:
                df[col] = df[col].map(lambda v: str(v).strip().lower() in {"true", "1", "y"}).astype(bool)
            elif col in {"LAchildID", "CINdetailsID", "AssessmentID", "CPPID"}:
                df[col] = df[col].astype(str)
        out[name] = df
    return out


def _outside(dates: pd.Series, start: pd.Timestamp, end: pd.Timestamp) -> pd.Series:
    return dates.notna() & ((dates < start) | (dates > end))


def _with_episode(f: Frames, table: str) -> pd.DataFrame:
    eps = f[x.CIN_DETAILS][["CINdetailsID", "CINreferralDate", "CINclosureDate", "ReferralNFA", "ReasonForClosure"]]
    return f[table].merge(eps, on="CINdetailsID", how="left")


# --------------------------------------------------------------------------------------------- child level


def r8510(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[c["LAchildID"].duplicated(keep=False)]


def r1580(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[~c["LAchildID"].str.fullmatch(r"[A-Za-z0-9]{1,20}")]


def r8520(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[c["PersonBirthDate"] > e]


def r8525q(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[c["PersonBirthDate"].notna() == c["ExpectedPersonBirthDate"].notna()]


def r8750(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[c["PersonBirthDate"].isna() & c["ExpectedPersonBirthDate"].notna() & (c["Sex"] != "U")]


def r4180(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[~c["Sex"].isin(["M", "F", "U"])]


def r8545q(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[_outside(c["PersonDeathDate"], s, e)]


def r8540(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c, d, eps = f[x.CHILDREN], f[x.DISABILITIES], f[x.CIN_DETAILS]
    further = set(eps.loc[~eps["ReferralNFA"], "LAchildID"])
    need = c[c["PersonBirthDate"].notna() & c["LAchildID"].isin(further)]
    return need[~need["LAchildID"].isin(set(d["LAchildID"]))]


def r8790(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.DISABILITIES]
    with_none = set(d.loc[d["Disability"] == "NONE", "LAchildID"])
    return d[d["LAchildID"].isin(with_none) & (d["Disability"] != "NONE")]


def r8794(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.DISABILITIES]
    return d[d.duplicated(["LAchildID", "Disability"], keep=False)]


def r8590(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    c = f[x.CHILDREN]
    return c[~c["LAchildID"].isin(set(f[x.CIN_DETAILS]["LAchildID"]))]


# --------------------------------------------------------------------------------------------- episodes


def r8600(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    return d[d["CINreferralDate"].isna() | (d["CINreferralDate"] > e)]


def r8620(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    return d[_outside(d["CINclosureDate"], s, e)]


def r8630(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    return d[d["CINclosureDate"] < d["CINreferralDate"]]


def r8805_8810(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    return d[d["CINclosureDate"].notna() != d["ReasonForClosure"].notna()]


def r8610(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    return d[~d["ReferralNFA"] & d["PrimaryNeedCode"].isna()]


def r8815(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    open_fa = d[d["CINclosureDate"].isna() & ~d["ReferralNFA"]]
    return open_fa[open_fa["LAchildID"].duplicated(keep=False)]


def r8816(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS]
    latest = d.groupby("LAchildID")["CINreferralDate"].max()
    open_fa = d[d["CINclosureDate"].isna() & ~d["ReferralNFA"]]
    return open_fa[open_fa["CINreferralDate"] < open_fa["LAchildID"].map(latest)]


def r8820(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    d = f[x.CIN_DETAILS].copy()
    d["until"] = d["CINclosureDate"].fillna(e)
    pairs = d.merge(d, on="LAchildID", suffixes=("", "_other"))
    pairs = pairs[pairs["CINdetailsID"] != pairs["CINdetailsID_other"]]
    clash = (pairs["CINreferralDate"] > pairs["CINreferralDate_other"]) & (
        pairs["CINreferralDate"] < pairs["until_other"])
    return pairs[clash]


def r8569q(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    """NFA referrals made before the last working day before 1 April (bank holidays ignored here)."""
    d = f[x.CIN_DETAILS]
    last_working_day = pd.Timestamp(s - pd.offsets.BDay(1))
    return d[d["ReferralNFA"] & (d["CINreferralDate"] < last_working_day)]


def r8831_8832_4000(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    nfa = set(f[x.CIN_DETAILS].loc[lambda d: d["ReferralNFA"], "CINdetailsID"])
    hits = [f[t][f[t]["CINdetailsID"].isin(nfa)][["CINdetailsID"]].assign(module=t)
            for t in (x.ASSESSMENTS, x.SECTION47, x.CP_PLANS, x.CIN_PLANS)]
    d = f[x.CIN_DETAILS]
    hits.append(d[d["ReferralNFA"] & d["DateOfInitialCPC"].notna()][["CINdetailsID"]].assign(module="CINdetails"))
    return pd.concat(hits, ignore_index=True)


def r8565(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    """No activity after the episode's closure date."""
    found = []
    for table, cols in ((x.ASSESSMENTS, ["AssessmentActualStartDate", "AssessmentAuthorisationDate"]),
                        (x.SECTION47, ["S47ActualStartDate", "DateOfInitialCPC"]),
                        (x.CP_PLANS, ["CPPendDate"]),
                        (x.CIN_PLANS, ["CINPlanStartDate", "CINPlanEndDate"])):
        m = _with_episode(f, table)
        for col in cols:
            found.append(m[m[col] > m["CINclosureDate"]][["CINdetailsID"]].assign(item=col))
    return pd.concat(found, ignore_index=True)


def r_after_referral(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    """1103, 2889, 1104, 4015, 1105: module dates on/after the episode's referral date."""
    found = []
    for table, col in ((x.ASSESSMENTS, "AssessmentActualStartDate"), (x.SECTION47, "S47ActualStartDate"),
                       (x.SECTION47, "DateOfInitialCPC"), (x.CIN_PLANS, "CINPlanStartDate"),
                       (x.CP_PLANS, "CPPstartDate")):
        m = _with_episode(f, table)
        found.append(m[m[col] < m["CINreferralDate"]][["CINdetailsID"]].assign(item=col))
    return pd.concat(found, ignore_index=True)


# --------------------------------------------------------------------------------------------- modules


def r8867(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    m = _with_episode(f, x.ASSESSMENTS)
    return m[m["CINclosureDate"].notna() & m["AssessmentAuthorisationDate"].isna()]


def r8868(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    m = _with_episode(f, x.SECTION47)
    done = m["DateOfInitialCPC"].notna() != m["ICPCnotRequired"]
    return m[m["CINclosureDate"].notna() & ~done]


def r8608(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    a = f[x.ASSESSMENTS]
    return a[a["AssessmentAuthorisationDate"] < a["AssessmentActualStartDate"]]


def r8696(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    a = f[x.ASSESSMENTS]
    return a[_outside(a["AssessmentAuthorisationDate"], s, e)]


def r8736(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    a = f[x.ASSESSMENTS]
    return a[a["AssessmentAuthorisationDate"].isna() & _outside(a["AssessmentActualStartDate"], s, e)]


def r8896(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    a = f[x.ASSESSMENTS]
    open_a = a[a["AssessmentAuthorisationDate"].isna()]
    return open_a[open_a["CINdetailsID"].duplicated(keep=False)]


def r8614(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    a, fa = f[x.ASSESSMENTS], f[x.ASSESSMENT_FACTORS]
    completed = set(a.loc[a["AssessmentAuthorisationDate"].notna(), "AssessmentID"])
    return fa[~fa["AssessmentID"].isin(completed)]


def r8869(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    fa = f[x.ASSESSMENT_FACTORS]
    with21 = set(fa.loc[fa["AssessmentFactors"] == "21", "AssessmentID"])
    n = fa.groupby("AssessmentID").size()
    return fa[fa["AssessmentID"].isin(with21) & (fa["AssessmentID"].map(n) > 1)]


def r8898(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    fa = f[x.ASSESSMENT_FACTORS]
    return fa[fa.duplicated(["AssessmentID", "AssessmentFactors"], keep=False)]


def r4010_4013(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CIN_PLANS]
    return p[(p["CINPlanStartDate"] > e) | _outside(p["CINPlanEndDate"], s, e)]


def r4011(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CIN_PLANS]
    return p[p["CINPlanEndDate"] < p["CINPlanStartDate"]]


def r4004(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CIN_PLANS]
    open_p = p[p["CINPlanEndDate"].isna()]
    return open_p[open_p["CINdetailsID"].duplicated(keep=False)]


def r8715(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    s47 = f[x.SECTION47]
    return s47[_outside(s47["DateOfInitialCPC"], s, e)]


def r8740(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    s47 = f[x.SECTION47]
    still_open = s47["DateOfInitialCPC"].isna() & ~s47["ICPCnotRequired"]
    return s47[still_open & _outside(s47["S47ActualStartDate"], s, e)]


def r8615(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    s47 = f[x.SECTION47]
    return s47[s47["DateOfInitialCPC"] < s47["S47ActualStartDate"]]


def r8839(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    s47 = f[x.SECTION47]
    open_s = s47[s47["DateOfInitialCPC"].isna() & ~s47["ICPCnotRequired"]]
    return open_s[open_s["CINdetailsID"].duplicated(keep=False)]


def r8720(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS]
    return p[p["CPPstartDate"].isna() | (p["CPPstartDate"] > e)]


def r8930(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS]
    return p[_outside(p["CPPendDate"], s, e)]


def r8925_8840(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS]
    return p[p["CPPendDate"] <= p["CPPstartDate"]]


def r8730(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS]
    n = pd.to_numeric(p["NumberOfPreviousCPP"], errors="coerce")
    return p[n.isna() | (n < 0)]


def r8935(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS]
    open_p = p[p["CPPendDate"].isna()]
    return open_p[open_p["LAchildID"].duplicated(keep=False)]


def r8940(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    p = f[x.CP_PLANS].copy()
    p["until"] = p["CPPendDate"].fillna(e)
    pairs = p.merge(p, on="LAchildID", suffixes=("", "_other"))
    pairs = pairs[pairs["CPPID"] != pairs["CPPID_other"]]
    clash = (pairs["CPPstartDate"] >= pairs["CPPstartDate_other"]) & (pairs["CPPstartDate"] < pairs["until_other"])
    return pairs[clash & (pairs["CPPstartDate"] != pairs["CPPstartDate_other"])]


def r8841(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    r = f[x.CP_REVIEWS].merge(f[x.CP_PLANS][["CPPID", "CPPstartDate", "CPPendDate"]], on="CPPID", how="left")
    return r[r["CPPreviewDate"] <= r["CPPstartDate"]]


def r_reviews_in_year(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    """Nothing after the ReferenceDate: no review held after 31 March (our reading of the census)."""
    r = f[x.CP_REVIEWS]
    return r[_outside(r["CPPreviewDate"], s, e)]


def r2883(f: Frames, s: pd.Timestamp, e: pd.Timestamp) -> pd.DataFrame:
    """LA level: no more CP plans starting in the year than initial conferences held in it."""
    plans = f[x.CP_PLANS]
    starts = int((plans["CPPstartDate"].between(s, e)).sum())
    icpcs = int(f[x.SECTION47]["DateOfInitialCPC"].between(s, e).sum()
                + f[x.CIN_DETAILS]["DateOfInitialCPC"].between(s, e).sum())
    return pd.DataFrame({"plans_starting": [starts], "conferences": [icpcs]}) if starts > icpcs else pd.DataFrame()


RULES: dict[str, Check] = {
    "8510": r8510, "1580": r1580, "8520": r8520, "8525Q": r8525q, "8750": r8750, "4180": r4180,
    "8545Q": r8545q, "8540": r8540, "8790": r8790, "8794": r8794, "8590": r8590,
    "8600": r8600, "8620": r8620, "8630": r8630, "8805/8810": r8805_8810, "8610": r8610, "8815": r8815,
    "8816": r8816, "8820": r8820, "8569Q": r8569q, "8831/8832/4000": r8831_8832_4000, "8565": r8565,
    "1103/2889/1104/4015/1105": r_after_referral,
    "8867": r8867, "8868": r8868, "8608": r8608, "8696": r8696, "8736": r8736, "8896": r8896, "8614": r8614,
    "8869": r8869, "8898": r8898, "4010/4013": r4010_4013, "4011": r4011, "4004": r4004,
    "8715": r8715, "8740": r8740, "8615": r8615, "8839": r8839,
    "8720": r8720, "8930": r8930, "8925/8840": r8925_8840, "8730": r8730, "8935": r8935, "8940": r8940,
    "8841": r8841, "reviews-in-year": r_reviews_in_year, "2883": r2883,
}


def check(frames: Mapping[str, pd.DataFrame], year: int) -> dict[str, pd.DataFrame]:
    """{rule code: failing rows} for every rule above (an empty frame when the rule passes)."""
    f = _normalise(frames)
    start, end = pd.Timestamp(year - 1, 4, 1), pd.Timestamp(year, 3, 31)
    return {code: fn(f, start, end) for code, fn in RULES.items()}


def is_query(code: str) -> bool:
    return code.endswith("Q")
