"""People, workforce, front door and children in need: the truth as OLM Eclipse reporting views.

Quirks rendered (the source map's traps): persons are one table for children, parents *and workers*
(professionals are persons), test persons 1-6 and duplicates flagged DUPLICATED = DUPLICATE or with
DUPLICATE in a name; sex as Male/Female and gender as Man/Woman; text ethnicity codes (WHITE_BRITISH);
a due date kept on born children; UPNs as reference numbers with ended former UPNs; UPN-unknown reasons
and disabilities and immigration statuses as classifications (text names, deleted and ended rows);
families as groups of several group types; mothers among every kind of relationship; contacts, referrals,
assessments and visits as form answers (a long EAV table) with drafts and other form designs mixed in;
CIN plans as classification periods sometimes split in two adjacent rows (a re-classification to the
Family Help - CIN code) that must be merged; CIN episodes as classification periods on another path whose
assignment ids are a second referral-id scheme; worker and team allocations as relationship rows whose
change reason is recorded as the *start* reason of the next allocation.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.eclipse import forms
from ssd_sim.render.eclipse.forms import Instances

# Classification paths and codes (the pilot LA's numbers; LA specific).
PATH_CIN_PLAN = 4
CODE_CIN = 1001
CODE_FAMILY_HELP_CIN = 1270
PATH_EPISODE = 10
CODE_EPISODE = 1010
PATH_UPN_UNKNOWN = 2
DISABILITY_PATHS = (55, 58, 79, 172, 186)
IMMIGRATION_PATHS = (1, 83)
UPN_UNKNOWN_GROUP = 2
DISABILITY_GROUP = 55
IMMIGRATION_GROUP = 83

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "PERSONVIEW",
    "PERSONDEMOGRAPHICSVIEW",
    "REFERENCENUMBERPERSONVIEW",
    "CLASSIFICATION",
    "CLASSIFICATIONPERSONVIEW",
    "ADDRESSPERSONVIEW",
    "GROUPVIEW",
    "GROUPPERSONVIEW",
    "RELATIONSHIPPERSONVIEW",
    "RELATIONSHIPPROFESSIONALVIEW",
    "PERSONORGRELATIONSHIPVIEW",
    "ORGANISATIONVIEW",
)

REFERRAL_LABELS = {
    r["flag_key"]: r["answer_text"]
    for r in forms.seed("eclipse__outcome_labels")
    if r["json_column"] == "cine_referral_outcome_json"
}
ASSESSMENT_LABELS = {
    r["flag_key"]: r["answer_text"]
    for r in forms.seed("eclipse__outcome_labels")
    if r["json_column"] == "cina_assessment_outcome_json"
}


def _ids(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="coerce").astype("Int64")


def _pick(ctx: RenderContext, options: list[str] | tuple, n: int) -> np.ndarray:
    return np.asarray(options, dtype=object)[ctx.rng.integers(0, len(options), n)]


def _ticks(json_col: pd.Series, labels: dict[str, str]) -> pd.DataFrame:
    """One row per (position, ticked option) from a truth outcome-JSON column."""
    rows = []
    for pos, text in enumerate(json_col.to_numpy()):
        if text is None or (isinstance(text, float) and np.isnan(text)):
            continue
        for key, val in json.loads(text).items():
            if val == "Y":
                rows.append((pos, labels[key]))
    return pd.DataFrame(rows, columns=["pos", "text"])


# ---------------------------------------------------------------- persons
def _persons(ctx: RenderContext, out: dict) -> None:
    t = ctx.truth
    p = t["ssd_person"].reset_index(drop=True)
    prof = t["ssd_professionals"].reset_index(drop=True)
    n = len(p)
    eth = {r["dfe_code"]: r["eclipse_ethnicity_code"] for r in forms.seed("eclipse__ethnicity")}
    sex = p["pers_sex"].map({"M": "Male", "F": "Female", "U": "Unknown"})
    gender = p["pers_gender"].map({"M": "Man", "F": "Woman", "U": "Prefer not to say"})
    dob = pd.to_datetime(p["pers_dob"])
    due = pd.to_datetime(p["pers_expected_dob"])
    # Eclipse keeps the due date after birth: a past due date on some born children.
    had_due = dob.notna() & (ctx.rng.random(n) < 0.2)
    due = due.where(~had_due, dob + pd.to_timedelta(ctx.rng.integers(-20, 20, n), unit="D"))
    demo = pd.DataFrame(
        {
            "PERSONID": _ids(p["pers_person_id"]),
            "CAREFIRSTID": p["pers_legacy_id"],
            "FORENAME": p["pers_forename"],
            "SURNAME": p["pers_surname"],
            "SEX": sex,
            "GENDER": gender,
            "ETHNICITYCODE": p["pers_ethnicity"].map(eth),
            "DATEOFBIRTH": dob,
            "DUEDATE": due,
            "DIEDDATE": pd.to_datetime(p["pers_death_date"]),
            "NHSNUMBER": None,
            "COUNTRYOFBIRTHCODE": p["pers_nationality"],
        }
    )
    # Workers are persons too (no demographics the SSD needs).
    names = prof["prof_professional_name"].fillna("Unknown Worker").str.split(" ", n=1, expand=True)
    workers = pd.DataFrame(
        {
            "PERSONID": _ids(prof["prof_professional_id"]),
            "CAREFIRSTID": None,
            "FORENAME": names[0],
            "SURNAME": names[1] if 1 in names.columns else None,
            "SEX": None,
            "GENDER": None,
        }
    )
    # Test persons 1-6 and duplicates of real children (DUPLICATED flag, or DUPLICATE in a name).
    k = max(3, n // 200)
    dup_src = demo.iloc[ctx.rng.choice(n, size=min(k, n), replace=False)].copy()
    dup_src["PERSONID"] = ctx.new_ids(len(dup_src))
    half = len(dup_src) // 2
    dup_src.iloc[:half, dup_src.columns.get_loc("SURNAME")] = dup_src["SURNAME"].iloc[:half] + " DUPLICATE"
    dup_flag = np.array(["DUPLICATE" if i >= half else None for i in range(len(dup_src))], dtype=object)
    tests = pd.DataFrame(
        {
            "PERSONID": pd.array([1, 2, 3, 4, 5, 6], dtype="Int64"),
            "CAREFIRSTID": [f"TEST{i}" for i in range(1, 7)],
            "FORENAME": "Test",
            "SURNAME": [f"Person {i}" for i in range(1, 7)],
            "SEX": "Male",
            "GENDER": "Man",
            "ETHNICITYCODE": "WHITE_BRITISH",
            "DATEOFBIRTH": pd.Timestamp("2015-01-01"),
        }
    )
    all_demo = pd.concat([demo, workers, dup_src, tests], ignore_index=True)
    pv = all_demo[["PERSONID", "CAREFIRSTID", "FORENAME", "SURNAME", "DATEOFBIRTH", "GENDER"]].copy()
    pv["DUPLICATED"] = np.concatenate(
        [np.full(len(demo) + len(workers), None, dtype=object), dup_flag, np.full(len(tests), None, dtype=object)]
    )
    out["PERSONDEMOGRAPHICSVIEW"] = [all_demo]
    out["PERSONVIEW"] = [pv]
    out["_duplicates"] = dup_src  # used for noise rows elsewhere

    # Reference numbers: current UPN, ended former UPN, worker staff and SWE numbers.
    refs = []
    has_upn = p["pers_upn"].notna()
    up = p[has_upn]
    upn_start = (pd.to_datetime(up["pers_dob"]) + pd.DateOffset(years=4)).fillna(pd.Timestamp("2020-09-01"))
    refs.append(
        pd.DataFrame(
            {
                "PERSONID": _ids(up["pers_person_id"]),
                "REFERENCENUMBER": up["pers_upn"],
                "REFERENCETYPECODE": "UPN",
                "REFERENCETYPE": "Unique pupil number",
                "STARTDATE": upn_start.to_numpy(),
                "ENDDATE": pd.NaT,
            }
        )
    )
    li = t["ssd_linked_identifiers"]
    if len(li):
        start = up.set_index("pers_person_id").reindex(li["link_person_id"]).index
        cur = dict(zip(up["pers_person_id"], upn_start, strict=False))
        end = pd.to_datetime(pd.Series([cur.get(x, pd.Timestamp("2020-09-01")) for x in start]))
        refs.append(
            pd.DataFrame(
                {
                    "PERSONID": _ids(li["link_person_id"]).to_numpy(),
                    "REFERENCENUMBER": li["link_identifier_value"].to_numpy(),
                    "REFERENCETYPECODE": "UPN",
                    "REFERENCETYPE": "Unique pupil number",
                    "STARTDATE": (end - pd.Timedelta(days=700)).to_numpy(),
                    "ENDDATE": end.to_numpy(),
                }
            )
        )
    refs.append(
        pd.DataFrame(
            {
                "PERSONID": _ids(prof["prof_professional_id"]),
                "REFERENCENUMBER": prof["prof_staff_id"],
                "REFERENCETYPECODE": "STAFF",
                "REFERENCETYPE": "Staff number",
            }
        )
    )
    reg = prof[prof["prof_social_worker_registration_no"].notna()]
    refs.append(
        pd.DataFrame(
            {
                "PERSONID": _ids(reg["prof_professional_id"]),
                "REFERENCENUMBER": reg["prof_social_worker_registration_no"],
                "REFERENCETYPECODE": "SWE",
                "REFERENCETYPE": "Social Work England number",
            }
        )
    )
    r = pd.concat(refs, ignore_index=True)
    r["REFERENCENUMBERID"] = ctx.new_ids(len(r))
    out["REFERENCENUMBERPERSONVIEW"] = [r]


# ---------------------------------------------------------------- classifications
def _classifications(ctx: RenderContext, out: dict) -> None:
    t = ctx.truth
    codes: list[tuple[int, str, str, int]] = []
    rows: list[pd.DataFrame] = []
    next_code = [2000]

    def code_id(code: str, name: str, group: int) -> int:
        for cid, c, nm, g in codes:
            if c == code and nm == name and g == group:
                return cid
        next_code[0] += 1
        codes.append((next_code[0], code, name, group))
        return next_code[0]

    # UPN unknown reasons (group 2, codes UN1..).
    p = t["ssd_person"]
    un = p[p["pers_upn_unknown"].notna()]
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(un)),
                "PERSONID": _ids(un["pers_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_UPN_UNKNOWN,
                "CLASSIFICATIONCODEID": [
                    code_id(c, f"UPN unknown {c}", UPN_UNKNOWN_GROUP) for c in un["pers_upn_unknown"]
                ],
                "NAME": [f"UPN unknown {c}" for c in un["pers_upn_unknown"]],
                "STARTDATE": pd.Timestamp("2010-01-01"),
                "STATUS": "ACTIVE",
            }
        )
    )

    # Disabilities: current ones, plus ended and deleted ones (noise).
    dis_names: dict[str, list[str]] = {}
    for r in forms.seed("eclipse__disability"):
        dis_names.setdefault(r["dfe_code"], []).append(r["classification_name"])
    d = t["ssd_disability"].reset_index(drop=True)
    nm = np.array(
        [dis_names[c][ctx.rng.integers(0, len(dis_names[c]))] for c in d["disa_disability_code"]], dtype=object
    )
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": _ids(d["disa_table_id"]).to_numpy(),
                "PERSONID": _ids(d["disa_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": _pick(ctx, DISABILITY_PATHS, len(d)),
                "CLASSIFICATIONCODEID": [code_id("DIS", x, DISABILITY_GROUP) for x in nm],
                "NAME": nm,
                "STARTDATE": pd.Timestamp("2018-01-01"),
                "STATUS": "ACTIVE",
            }
        )
    )
    k = max(2, len(d) // 8)
    noise = (
        d.sample(n=min(k, len(d)), random_state=int(ctx.rng.integers(1 << 30))).reset_index(drop=True) if len(d) else d
    )
    if len(noise):
        half = len(noise) // 2
        nm2 = _pick(ctx, [x for v in dis_names.values() for x in v], len(noise))
        rows.append(
            pd.DataFrame(
                {
                    "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(noise)),
                    "PERSONID": _ids(noise["disa_person_id"]).to_numpy(),
                    "CLASSIFICATIONPATHID": _pick(ctx, DISABILITY_PATHS, len(noise)),
                    "CLASSIFICATIONCODEID": [code_id("DIS", x, DISABILITY_GROUP) for x in nm2],
                    "NAME": nm2,
                    "STARTDATE": pd.Timestamp("2015-01-01"),
                    "ENDDATE": [pd.Timestamp("2017-06-30") if i < half else pd.NaT for i in range(len(noise))],
                    "STATUS": ["ACTIVE" if i < half else "DELETED" for i in range(len(noise))],
                }
            )
        )

    # Immigration statuses (text names).
    imm = {r["status_code"]: r["classification_name"] for r in forms.seed("eclipse__immigration_status")}
    im = t["ssd_immigration_status"]
    nm = im["immi_immigration_status"].map(imm)
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": _ids(im["immi_immigration_status_id"]).to_numpy(),
                "PERSONID": _ids(im["immi_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": _pick(ctx, IMMIGRATION_PATHS, len(im)),
                "CLASSIFICATIONCODEID": [code_id("IMM", x, IMMIGRATION_GROUP) for x in nm],
                "NAME": nm.to_numpy(),
                "STARTDATE": pd.to_datetime(im["immi_immigration_status_start_date"]).to_numpy(),
                "ENDDATE": pd.to_datetime(im["immi_immigration_status_end_date"]).to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )

    # CIN plans: path 4; a quarter are split into two adjacent rows (re-classified to Family Help - CIN).
    cp = t["ssd_cin_plans"].reset_index(drop=True)
    start = pd.to_datetime(cp["cinp_cin_plan_start_date"])
    end = pd.to_datetime(cp["cinp_cin_plan_end_date"])
    span = (end - start).dt.days.fillna(40)
    split = (ctx.rng.random(len(cp)) < 0.25) & (span > 20)
    mid = start + pd.to_timedelta((span * 0.5).fillna(0).astype(int), unit="D")
    first_end = end.where(~split, mid)
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": _ids(cp["cinp_cin_plan_id"]).to_numpy(),
                "PERSONID": _ids(cp["cinp_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CIN_PLAN,
                "CLASSIFICATIONCODEID": CODE_CIN,
                "NAME": "Child in Need",
                "STARTDATE": start.to_numpy(),
                "ENDDATE": first_end.to_numpy(),
                "ENDREASON": np.where(split, "Re-classified", None),
                "STATUS": "ACTIVE",
            }
        )
    )
    sp = cp[split]
    gap = ctx.rng.integers(0, 2, len(sp))  # next day or same day
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(sp)),
                "PERSONID": _ids(sp["cinp_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CIN_PLAN,
                "CLASSIFICATIONCODEID": CODE_FAMILY_HELP_CIN,
                "NAME": "Family Help - CIN",
                "STARTDATE": (mid[split] + pd.to_timedelta(gap, unit="D")).to_numpy(),
                "ENDDATE": end[split].to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )
    # Deleted CIN plan rows (noise).
    dl = (
        cp.sample(n=min(max(1, len(cp) // 30), len(cp)), random_state=int(ctx.rng.integers(1 << 30))) if len(cp) else cp
    )
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(dl)),
                "PERSONID": _ids(dl["cinp_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CIN_PLAN,
                "CLASSIFICATIONCODEID": CODE_CIN,
                "NAME": "Child in Need",
                "STARTDATE": pd.Timestamp("2012-02-02"),
                "ENDDATE": pd.Timestamp("2012-03-03"),
                "STATUS": "DELETED",
            }
        )
    )

    # CIN episodes (path 10): the second referral-id scheme; end reason as text.
    closure = {r["dfe_code"]: r["end_reason"] for r in forms.seed("eclipse__closure_reason")}
    ep = t["ssd_cin_episodes"]
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(ep)),
                "PERSONID": _ids(ep["cine_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_EPISODE,
                "CLASSIFICATIONCODEID": CODE_EPISODE,
                "NAME": "CIN episode",
                "STARTDATE": pd.to_datetime(ep["cine_referral_date"]).to_numpy(),
                "ENDDATE": pd.to_datetime(ep["cine_close_date"]).to_numpy(),
                "ENDREASON": ep["cine_close_reason"].map(closure).to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )

    out["CLASSIFICATIONPERSONVIEW"] = rows
    codes.extend(
        [
            (CODE_CIN, "CIN", "Child in Need", 4),
            (CODE_FAMILY_HELP_CIN, "FHCIN", "Family Help - CIN", 4),
            (CODE_EPISODE, "CINEP", "CIN episode", 10),
        ]
    )
    out["CLASSIFICATION"] = [pd.DataFrame(codes, columns=["ID", "CODE", "NAME", "CLASSIFICATION_GROUP_ID"])]


# ---------------------------------------------------------------- addresses, families, mothers
def _addresses(ctx: RenderContext, out: dict) -> None:
    a = ctx.truth["ssd_address"].reset_index(drop=True)
    j = pd.DataFrame([json.loads(x) for x in a["addr_address_json"]]) if len(a) else pd.DataFrame()
    get = lambda c: j[c] if c in j.columns else None  # noqa: E731
    building = get("HOUSE").where(get("HOUSE").notna(), get("BUILDING")) if len(j) else None
    room = get("FLAT").where(get("FLAT").notna(), get("ROOM")) if len(j) else None
    pc = a["addr_address_postcode"].astype("object")
    squash = ctx.rng.random(len(a)) < 0.3  # Eclipse postcodes: sometimes lower case or without the space
    pc = pc.where(~squash, pc.str.lower())
    out["ADDRESSPERSONVIEW"] = [
        pd.DataFrame(
            {
                "ADDRESSID": _ids(a["addr_table_id"]),
                "PERSONID": _ids(a["addr_person_id"]),
                "TYPE": a["addr_address_type"].str.title(),
                "STARTDATE": a["addr_address_start_date"],
                "ENDDATE": a["addr_address_end_date"],
                "POSTCODE": pc,
                "ROOMDESCRIPTION": room,
                "FLOORDESCRIPTION": get("FLOOR") if len(j) else None,
                "BUILDINGNAMEORNUMBER": building,
                "STREETNAME": get("STREET") if len(j) else None,
                "TOWNORCITY": get("TOWN") if len(j) else None,
                "UPRN": get("UPRN") if len(j) else None,
                "LATITUDE": 54.5 + ctx.rng.random(len(a)) / 5,
                "LONGITUDE": -1.5 + ctx.rng.random(len(a)) / 5,
            }
        )
    ]


def _families(ctx: RenderContext, out: dict) -> None:
    f = ctx.truth["ssd_family"]
    groups = [pd.DataFrame({"GROUPID": _ids(f["fami_family_id"]), "GROUPTYPE": "Family", "GROUPNAME": "Family"})]
    members = [
        pd.DataFrame(
            {
                "GROUPID": _ids(f["fami_family_id"]),
                "PERSONID": _ids(f["fami_person_id"]),
                "STARTDATE": pd.Timestamp("2010-01-01"),
            }
        )
    ]
    # Other group types the view also holds (households, sibling groups for adoption).
    k = max(2, len(f) // 20)
    pick = f.sample(n=min(k, len(f)), random_state=int(ctx.rng.integers(1 << 30)))
    gid = ctx.new_ids(len(pick))
    groups.append(
        pd.DataFrame(
            {
                "GROUPID": gid,
                "GROUPTYPE": _pick(ctx, ["Household", "Sibling group"], len(pick)),
                "GROUPNAME": "Other group",
            }
        )
    )
    members.append(pd.DataFrame({"GROUPID": gid, "PERSONID": _ids(pick["fami_person_id"]).to_numpy()}))
    out["GROUPVIEW"] = groups
    out["GROUPPERSONVIEW"] = members


def _mothers(ctx: RenderContext, out: dict) -> None:
    m = ctx.truth["ssd_mother"]
    rows = [
        pd.DataFrame(
            {
                "PERSONRELATIONSHIPRECORDID": _ids(m["moth_table_id"]),
                "ROLEAPERSONID": _ids(m["moth_person_id"]),
                "ROLEBPERSONID": _ids(m["moth_childs_person_id"]),
                "RELATIONSHIP": "Mother",
                "STARTDATE": pd.to_datetime(m["moth_childs_dob"]),
            }
        )
    ]
    # Reverse rows (child -> mother) and fathers and siblings (noise).
    if len(m):
        rows.append(
            pd.DataFrame(
                {
                    "PERSONRELATIONSHIPRECORDID": ctx.new_ids(len(m)),
                    "ROLEAPERSONID": _ids(m["moth_childs_person_id"]),
                    "ROLEBPERSONID": _ids(m["moth_person_id"]),
                    "RELATIONSHIP": "Son/Daughter",
                }
            )
        )
    ep = ctx.truth["ssd_cin_episodes"].drop_duplicates("cine_person_id").head(max(5, len(m)))
    pair = ep["cine_person_id"].to_numpy()
    if len(pair) > 1:
        rows.append(
            pd.DataFrame(
                {
                    "PERSONRELATIONSHIPRECORDID": ctx.new_ids(len(pair) - 1),
                    "ROLEAPERSONID": _ids(pd.Series(pair[:-1])),
                    "ROLEBPERSONID": _ids(pd.Series(pair[1:])),
                    "RELATIONSHIP": _pick(ctx, ["Father", "Sibling", "Aunt"], len(pair) - 1),
                }
            )
        )
    out["RELATIONSHIPPERSONVIEW"] = rows


# ---------------------------------------------------------------- workforce
def _workforce(ctx: RenderContext, out: dict) -> None:
    t = ctx.truth
    dept = t["ssd_department"]
    orgs = [
        pd.DataFrame(
            {
                "ORGANISATIONID": _ids(dept["dept_team_id"]),
                "DESCRIPTION": dept["dept_team_name"],
                "ORGANISATIONCLASS": "TEAM",
                "SECTOR": "LOCAL_AUTHORITY",
                "SECTORSUBTYPE": "CHILDRENS_SOCIAL_CARE",
            }
        )
    ]
    orgs.append(
        pd.DataFrame(
            {
                "ORGANISATIONID": ctx.new_ids(4),
                "DESCRIPTION": [
                    "Adult Locality Team",
                    "Inclusion Team",
                    "Bright Futures Fostering Ltd",
                    "Oakfield Primary School",
                ],
                "ORGANISATIONCLASS": ["TEAM", "TEAM", "TEAM", "SCHOOL"],
                "SECTOR": ["LOCAL_AUTHORITY", "LOCAL_AUTHORITY", "PRIVATE", "LOCAL_AUTHORITY"],
                "SECTORSUBTYPE": ["ADULT_SOCIAL_SERVICES", "EDUCATION", None, "EDUCATION"],
            }
        )
    )
    out["ORGANISATIONVIEW"] = orgs

    inv = t["ssd_involvements"].reset_index(drop=True)
    names = dict(
        zip(
            t["ssd_professionals"]["prof_professional_id"],
            t["ssd_professionals"]["prof_professional_name"],
            strict=False,
        )
    )
    # The change reason sits on the *next* allocation of the same child and role, as its start reason.
    key = inv["invo_person_id"].astype(str) + "|" + inv["invo_professional_role_id"].astype(str)
    ends = inv[inv["invo_worker_change_reason"].notna()]
    reason_at = dict(
        zip(
            key[ends.index] + "|" + pd.to_datetime(ends["invo_involvement_end_date"]).astype(str),
            ends["invo_worker_change_reason"],
            strict=False,
        )
    )
    start_key = key + "|" + pd.to_datetime(inv["invo_involvement_start_date"]).astype(str)
    start_reason = start_key.map(reason_at).fillna("NEW")
    is_cw = inv["invo_professional_role_id"] == "CW"
    rel = pd.DataFrame(
        {
            "PERSONRELATIONSHIPRECORDID": _ids(inv["invo_involvements_id"]),
            "PERSONID": _ids(inv["invo_person_id"]),
            "PROFESSIONALRELATIONSHIPPERSONID": _ids(inv["invo_professional_id"]),
            "PROFESSIONALRELATIONSHIPNAME": inv["invo_professional_id"].map(names),
            "PROFESSIONALTEAMID": _ids(inv["invo_professional_team"]),
            "RELATIONSHIPCLASSCODE": inv["invo_professional_role_id"],
            "ALLOCATEDWORKERCODE": np.where(is_cw, "AW", None),
            "STARTDATE": inv["invo_involvement_start_date"],
            "CLOSEDATE": inv["invo_involvement_end_date"],
            "STARTREASONCODE": start_reason,
        }
    )
    out["RELATIONSHIPPROFESSIONALVIEW"] = [rel]
    cw = inv[is_cw]
    out["PERSONORGRELATIONSHIPVIEW"] = [
        pd.DataFrame(
            {
                "RELATIONSHIPID": ctx.new_ids(len(cw)),
                "PERSONID": _ids(cw["invo_person_id"]).to_numpy(),
                "ORGANISATIONID": _ids(cw["invo_professional_team"]).to_numpy(),
                "ALLOCATEDTEAMCODE": "AT",
                "DATESTARTED": cw["invo_involvement_start_date"].to_numpy(),
                "DATEENDED": cw["invo_involvement_end_date"].to_numpy(),
            }
        )
    ]


# ---------------------------------------------------------------- forms
def _header(
    ids: pd.Series, person: pd.Series, state=forms.COMPLETE, submitter=None, started=None, completed=None
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "INSTANCEID": _ids(ids).to_numpy(),
            "ANSWERFORSUBJECTID": _ids(person).to_numpy(),
            "INSTANCESTATE": np.asarray(state, dtype=object) if not isinstance(state, str) else state,
            "SUBMITTERPERSONID": _ids(submitter).to_numpy() if submitter is not None else None,
            "DATESTARTED": pd.to_datetime(started).to_numpy() if started is not None else None,
            "DATECOMPLETED": pd.to_datetime(completed).to_numpy() if completed is not None else None,
        }
    )


def _forms(ctx: RenderContext, out: dict) -> None:
    t = ctx.truth
    frames: list[pd.DataFrame] = []
    label_of = {r["dfe_code"]: r["answer_text"] for r in forms.seed("eclipse__referral_source")}
    la_code = {r["dfe_code"]: r["contact_source_code"] for r in forms.seed("eclipse__contact_source")}
    need_of = {r["dfe_code"]: r["answer_text"] for r in forms.seed("eclipse__primary_need")}

    # Contacts: MASH summary and outcome.
    c = t["ssd_contacts"].reset_index(drop=True)
    inst = Instances(_header(c["cont_contact_id"], c["cont_person_id"], completed=c["cont_contact_date"]), forms.MASH)
    frames.append(forms.answers(ctx, inst, "icContactDate", date=c["cont_contact_date"]))
    frames.append(
        forms.answers(
            ctx,
            inst,
            "icContactBy",
            text=c["cont_contact_source_code"].map(label_of),
            short=c["cont_contact_source_code"].map(la_code),
        )
    )
    # Draft MASH forms (noise).
    dr = c.head(max(2, len(c) // 100))
    dinst = Instances(_header(pd.Series(ctx.new_ids(len(dr))), dr["cont_person_id"], state="INPROGRESS"), forms.MASH)
    frames.append(forms.answers(ctx, dinst, "icContactDate", date=dr["cont_contact_date"]))

    # Referrals: Child: Referral.
    e = t["ssd_cin_episodes"].reset_index(drop=True)
    inst = Instances(
        _header(
            e["cine_referral_id"],
            e["cine_person_id"],
            submitter=e["cine_referral_worker_id"],
            started=e["cine_referral_date"],
            completed=e["cine_referral_date"],
        ),
        forms.REFERRAL,
    )
    frames.append(forms.answers(ctx, inst, "CINCensus_DateOfReferral", date=e["cine_referral_date"]))
    frames.append(
        forms.answers(ctx, inst, "CINCensus_ReferralSource", text=e["cine_referral_source_code"].map(label_of))
    )
    frames.append(
        forms.answers(ctx, inst, "CINCensus_primaryNeedCategory", text=e["cine_cin_primary_need_code"].map(need_of))
    )
    frames.append(
        forms.multi_answers(
            ctx, inst, "AnnexAReturn_nextSteps_agreed", _ticks(e["cine_referral_outcome_json"], REFERRAL_LABELS)
        )
    )

    # Assessments: Child: Assessment (Single assessment / Reassessment); in-progress ones are not COMPLETE.
    a = t["ssd_cin_assessments"].reset_index(drop=True)
    done = a["cina_assessment_auth_date"].notna()
    sub = pd.Series(_pick(ctx, ["Single assessment", "Reassessment", "Single assessment "], len(a)))
    inst = Instances(
        _header(
            a["cina_assessment_id"],
            a["cina_person_id"],
            state=np.where(done, forms.COMPLETE, "INPROGRESS"),
            submitter=a["cina_assessment_worker_id"],
            started=a["cina_assessment_start_date"],
            completed=a["cina_assessment_auth_date"],
        ),
        forms.ASSESSMENT,
        sub,
    )
    frames.append(forms.answers(ctx, inst, "CINCensus_startDateOfForm", date=a["cina_assessment_start_date"]))
    seen = np.where(
        a["cina_assessment_child_seen"] == "Y",
        _pick(ctx, ["Child seen alone", "Child seen with others"], len(a)),
        np.where(a["cina_assessment_child_seen"] == "N", "Child not seen", None),
    )
    frames.append(forms.answers(ctx, inst, "SeenAlone", text=pd.Series(seen)))
    frames.append(
        forms.multi_answers(ctx, inst, "WorkerOutcome", _ticks(a["cina_assessment_outcome_json"], ASSESSMENT_LABELS))
    )
    # Factors: one row per factor on the factor's control.
    fac = t["ssd_assessment_factors"]
    ctl = {r["dfe_code"]: (r["control_name"], r["short_answer"]) for r in forms.seed("eclipse__assessment_factors")}
    pos_of = {v: i for i, v in enumerate(a["cina_assessment_id"])}
    trows = [
        (pos_of[aid], code)
        for aid, js in zip(fac["cinf_assessment_id"], fac["cinf_assessment_factors_json"], strict=False)
        if aid in pos_of
        for code in json.loads(js)
    ]
    if trows:
        tf = pd.DataFrame(trows, columns=["pos", "code"])
        for control, g in tf.groupby(tf["code"].map(lambda x: ctl[x][0])):
            ticks = pd.DataFrame({"pos": g["pos"].to_numpy(), "text": g["code"].map(lambda x: ctl[x][1]).to_numpy()})
            if control == "CINCensus_childSpecificFactor":
                ticks = ticks.assign(short=ticks["text"], text="Factor " + ticks["text"])
            frames.append(forms.multi_answers(ctx, inst, control, ticks))
    # Cancelled assessments (noise).
    cx = a.head(max(2, len(a) // 50))
    cinst = Instances(
        _header(pd.Series(ctx.new_ids(len(cx))), cx["cina_person_id"], state="CANCELLED"),
        forms.ASSESSMENT,
        "Single assessment",
    )
    frames.append(forms.answers(ctx, cinst, "CINCensus_startDateOfForm", date=cx["cina_assessment_start_date"]))

    # Visits: Child: Visit (Child in need / Family Help).
    v = t["ssd_cin_visits"].reset_index(drop=True)
    sub = pd.Series(_pick(ctx, ["Child in need", "Family Help"], len(v)))
    inst = Instances(
        _header(v["cinv_cin_visit_id"], v["cinv_person_id"], completed=v["cinv_cin_visit_date"]), forms.VISIT, sub
    )
    frames += forms.visit_answers(
        ctx, inst, v["cinv_cin_visit_date"], v["cinv_cin_visit_seen"], v["cinv_cin_visit_seen_alone"]
    )
    # Case notes of another design (noise the SSD must not read).
    cn = v.head(max(2, len(v) // 20))
    ninst = Instances(_header(pd.Series(ctx.new_ids(len(cn))), cn["cinv_person_id"]), forms.CASE_NOTE, "Case note")
    frames.append(forms.answers(ctx, ninst, "AnnexAReturn_dateOfVisit", date=cn["cinv_cin_visit_date"]))

    out["FORMANSWERPERSONVIEW"] = [forms.finish(ctx, frames)]


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    out: dict = {}
    _persons(ctx, out)
    out.pop("_duplicates")
    _classifications(ctx, out)
    _addresses(ctx, out)
    _families(ctx, out)
    _mothers(ctx, out)
    _workforce(ctx, out)
    _forms(ctx, out)
    return out
