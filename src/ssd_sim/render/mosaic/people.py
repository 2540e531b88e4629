"""People, front door, children in need, child protection and workforce: truth -> Mosaic data mart (DM_*).

Mosaic's unit of work is the workflow step (DM_WORKFLOW_STEPS), classified by flags and categories on the
step and owned by a subgroup (DM_SUBGROUPS / DM_SUBGROUP_SUBJECTS), not by a person. Outcomes are next
actions (DM_WORKFLOW_LINKS -> DM_WORKFLOW_NXT_ACTION_TYPES), form answers live in DM_CACHED_FORM_ANSWERS.
The quirks rendered: every Mosaic person in DM_PERSONS (adults and relatives too: no cohort flag), gender
as a REFERENCE_DATA code, ethnicity as a local code reaching CBDS via DM_ETHNICITIES, country of birth as a
description, times of day on step dates, worker subjects in subgroups, unmapped disabilities (CIN code
NULL), next actions that are no SSD outcome, cancelled steps, Yes/No form answers, temporary CP
registrations, no referral id on steps, plans or registrations (the mapping finds the referral open
that day).

Simplifications: each child's work sits in the child's own household subgroup (one PER subject), so a
step never fans out to siblings; ICPC target dates, CP review due dates and conference meeting ids are
carried as conference form answers (the D2I extract derives the first two; the truth's working-day rule
ignores bank holidays, which ssd_add_working_days does not); immigration status is one form per period.
"""

from __future__ import annotations

import csv
import json
from functools import cache

import numpy as np
import pandas as pd

from ssd_kit import suppliers
from ssd_sim.render.base import RenderContext

SEED_DIR = suppliers.project_dir() / "seeds"  # shared seeds (dfe/)
AS_AT_MAX = pd.Timestamp("2100-01-01")

# Step types (DM_WORKFLOW_STEP_TYPES) the mapping relies on; flags carry the rest.
STEP_CONTACT, STEP_REFERRAL, STEP_ASSESSMENT, STEP_S47 = 1101, 1102, 1103, 1104
STEP_ICPC, STEP_RCPC, STEP_CIN_PLAN, STEP_EH, STEP_CASE_NOTE = 1105, 1106, 325, 1208, 1999
STEP_TYPES = {
    STEP_CONTACT: "Contact / Referral Record",
    STEP_REFERRAL: "CIN Referral",
    STEP_ASSESSMENT: "Child and Family Assessment",
    STEP_S47: "Section 47 Enquiry",
    STEP_ICPC: "Initial Child Protection Conference",
    STEP_RCPC: "Review Child Protection Conference",
    STEP_CIN_PLAN: "Child in Need Plan",
    STEP_EH: "Early Help Assessment and Plan",
    STEP_CASE_NOTE: "Case Note",
    1242: "LAC Review",  # care.py STEP_LAC_REVIEW
    1300: "Missing or Absent Episode",  # care.py STEP_MISSING
    1262: "CLA Care Plan",  # care.py STEP_CARE_PLAN
}
NOISE_NEXT_ACTION = 9001  # "Record case note": a next action that is no SSD outcome
COUNTRIES = {
    "GBR": "United Kingdom",
    "POL": "Poland",
    "ROU": "Romania",
    "PAK": "Pakistan",
    "NGA": "Nigeria",
    "LTU": "Lithuania",
    "SOM": "Somalia",
    "IND": "India",
    "IRL": "Ireland",
    "SDN": "Sudan",
    "AFG": "Afghanistan",
    "ERI": "Eritrea",
    "IRQ": "Iraq",
    "VNM": "Vietnam",
    "IRN": "Iran",
    "SYR": "Syria",
    "ALB": "Albania",
    "UKR": "Ukraine",
    "BGD": "Bangladesh",
    "ETH": "Ethiopia",
}
GENDERS = {"M": "Male", "F": "Female", "U": "Not Known", "I": "Indeterminate"}
REL_TYPES = {"CW": "REL.ALLOCSW", "16PLUS": "REL.PERSONALADVISOR"}
END_REASONS = {
    "TEAM_TRANSFER": ("TT", "Transferred to another team"),
    "WORKER_LEFT": ("WL", "Worker left the authority"),
    "CASELOAD": ("CL", "Caseload balancing"),
    "FAMILY_REQUEST": ("FR", "Family requested change"),
    "SICKNESS": ("SK", "Worker sickness"),
    "OTHER": ("OT", "Other"),
}
SUBSTANCES = {
    "ALCOHOL": "Alcohol",
    "CANNABIS": "Cannabis",
    "SOLVENTS": "Solvents",
    "CLASS_A": "Class A drugs",
    "OTHER": "Other substance",
}

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "DM_PERSONS",
    "DM_ETHNICITIES",
    "DM_COUNTRIES_OF_BIRTH",
    "REFERENCE_DATA",
    "MO_PERSON_GENDER_IDENTITIES",
    "DM_PERSONAL_RELATIONSHIPS",
    "DM_PERSON_REFERENCES",
    "DM_ADDRESSES",
    "DM_DISABILITIES",
    "DM_SUBGROUPS",
    "DM_SUBGROUP_SUBJECTS",
    "DM_WORKFLOW_STEP_TYPES",
    "DM_WORKFLOW_STEPS",
    "DM_WORKFLOW_LINKS",
    "DM_WORKFLOW_NXT_ACTION_TYPES",
    "DM_WORKFLOW_BACKWARDS",
    "DM_STEP_SOURCE_DETAILS",
    "CHILD_GROUP_EMBEDDED_CODES_VW",
    "DM_CIN_REFERRALS",
    "DM_CIN_ASSESS_FACTORS",
    "DM_CACHED_FORM_ANSWERS",
    "DM_FILTER_FORM_ANSWERS",
    "MO_FORMS",
    "DM_REGISTRATIONS",
    "DM_REGISTRATION_CATEGORIES",
    "DM_VISITS",
    "DM_WORKERS",
    "DM_WORKER_ROLES",
    "DM_ORGANISATIONS",
    "DM_ALLOCATED_WORKERS",
    "DM_PROF_RELATIONSHIPS",
)


@cache
def next_action_seed() -> pd.DataFrame:
    with open(suppliers.seeds_dir("mosaic") / "mosaic__next_action_outcomes.csv", newline="", encoding="utf-8") as f:
        return pd.DataFrame(list(csv.DictReader(f)))


@cache
def referral_source_seed() -> pd.DataFrame:
    with open(SEED_DIR / "dfe" / "dfe__cin_referral_source.csv", newline="", encoding="utf-8") as f:
        return pd.DataFrame(list(csv.DictReader(f)))


def ids(x: pd.Series) -> pd.Series:
    """Truth text ids -> Mosaic numeric ids."""
    return pd.to_numeric(x, errors="coerce").astype("Int64")


def yes_no(x: pd.Series) -> pd.Series:
    return x.map({"Y": "Yes", "N": "No"})


def with_time(ctx: RenderContext, d: pd.Series) -> pd.Series:
    """Mosaic step datetimes carry a time of day; the SSD wants the day."""
    mins = pd.to_timedelta(ctx.rng.integers(8 * 60, 18 * 60, len(d)), unit="m")
    return d + mins.values


def steps(
    ctx: RenderContext,
    step_id: pd.Series,
    type_id: int,
    subgroup: pd.Series,
    start: pd.Series,
    end: pd.Series | None = None,
    status: pd.Series | None = None,
    team=None,
    worker=None,
    **flags,
) -> pd.DataFrame:
    n = len(step_id)
    end = end if end is not None else pd.Series([pd.NaT] * n, index=step_id.index)
    df = pd.DataFrame(
        {
            "WORKFLOW_STEP_ID": ids(step_id).values,
            "WORKFLOW_STEP_TYPE_ID": type_id,
            "SUBGROUP_ID": subgroup.values,
            "STEP_STATUS": (status.values if status is not None else np.where(end.notna(), "COMPLETED", "STARTED")),
            "INCOMING_ON": start.values,
            "STARTED_ON": with_time(ctx, start).values,
            "COMPLETED_ON": with_time(ctx, end).values,
            "RESPONSIBLE_TEAM_ID": ids(team).values if team is not None else None,
            "ASSIGNEE_ID": ids(worker).values if worker is not None else None,
        }
    )
    for k, v in flags.items():
        df[k] = v.values if isinstance(v, pd.Series) else v
    return df


def outcome_links(ctx: RenderContext, step_id: pd.Series, js: pd.Series, column: str) -> pd.DataFrame:
    """One DM_WORKFLOW_LINKS row per outcome flag that is Y (a next action of the mapped type)."""
    seed = next_action_seed()
    seed = seed[seed["outcome_column"] == column]
    key_to_id = dict(zip(seed["outcome_key"], seed["workflow_next_action_type_id"].astype(int), strict=True))
    has = js.notna()
    parsed = pd.DataFrame([json.loads(s) for s in js[has]], index=js[has].index)
    parts = []
    for key, action in key_to_id.items():
        hit = parsed.index[parsed[key] == "Y"]
        parts.append(
            pd.DataFrame({"SOURCE_STEP_ID": ids(step_id.loc[hit]).values, "WORKFLOW_NEXT_ACTION_TYPE_ID": action})
        )
    out = pd.concat(parts, ignore_index=True)
    out["WORKFLOW_LINK_ID"] = ctx.new_ids(len(out))
    out["TARGET_STEP_ID"] = ctx.new_ids(len(out))
    return out


def step_with_outcomes(
    out: dict[str, list[pd.DataFrame]],
    ctx: RenderContext,
    outcome_json: pd.Series,
    outcome_column: str,
    step_id: pd.Series,
    *step_args,
    **step_kwargs,
) -> None:
    """A workflow step whose SSD outcome JSON is its next actions: the DM_WORKFLOW_STEPS rows (steps, with
    step_args / step_kwargs) and then their DM_WORKFLOW_LINKS rows (outcome_links), appended to out."""
    out["DM_WORKFLOW_STEPS"].append(steps(ctx, step_id, *step_args, **step_kwargs))
    out["DM_WORKFLOW_LINKS"].append(outcome_links(ctx, step_id, outcome_json, outcome_column))


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    t = ctx.truth
    rng = ctx.rng
    out: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    person = t["ssd_person"]

    # ---- reference data
    eth = sorted(set(person["pers_ethnicity"].dropna()))
    out["DM_ETHNICITIES"].append(
        pd.DataFrame(
            {
                "ETHNICITY_CODE": [f"E{i:02d}" for i in range(len(eth))],
                "ETHNICITY_DESCRIPTION": eth,
                "CBDS_ETHNICITY_CODE": eth,
            }
        )
    )
    eth_code = dict(zip(eth, [f"E{i:02d}" for i in range(len(eth))], strict=True))
    # a local ethnicity with no CBDS code (never used by a child in scope)
    out["DM_ETHNICITIES"].append(
        pd.DataFrame(
            {"ETHNICITY_CODE": ["E99"], "ETHNICITY_DESCRIPTION": ["Not recorded"], "CBDS_ETHNICITY_CODE": [None]}
        )
    )
    countries = sorted(COUNTRIES)
    ctry_code = {c: str(700 + i) for i, c in enumerate(countries)}
    out["DM_COUNTRIES_OF_BIRTH"].append(
        pd.DataFrame(
            {
                "COUNTRY_OF_BIRTH_CODE": [ctry_code[c] for c in countries],
                "DESCRIPTION": [COUNTRIES[c] for c in countries],
            }
        )
    )
    ref = [("GENDER", k, v) for k, v in GENDERS.items()] + [("GENDER_IDENTITY", k, v) for k, v in GENDERS.items()]
    ref += [("WORKER_END_DATE_REASON", c, d) for c, d in END_REASONS.values()]
    out["REFERENCE_DATA"].append(pd.DataFrame(ref, columns=["REF_DOMAIN", "REF_CODE", "REF_DESCRIPTION"]))
    out["DM_WORKFLOW_STEP_TYPES"].append(
        pd.DataFrame({"WORKFLOW_STEP_TYPE_ID": list(STEP_TYPES), "DESCRIPTION": list(STEP_TYPES.values())})
    )
    seed = next_action_seed()
    out["DM_WORKFLOW_NXT_ACTION_TYPES"].append(
        pd.DataFrame(
            {
                "WORKFLOW_NEXT_ACTION_TYPE_ID": seed["workflow_next_action_type_id"].astype(int),
                "DESCRIPTION": seed["description"],
                "IS_NO_FURTHER_ACTION": np.where(seed["outcome_key"] == "NFA_FLAG", "Y", "N"),
            }
        )
    )
    out["DM_WORKFLOW_NXT_ACTION_TYPES"].append(
        pd.DataFrame(
            {
                "WORKFLOW_NEXT_ACTION_TYPE_ID": [NOISE_NEXT_ACTION],
                "DESCRIPTION": ["Record case note"],
                "IS_NO_FURTHER_ACTION": ["N"],
            }
        )
    )
    rs = referral_source_seed()
    out["CHILD_GROUP_EMBEDDED_CODES_VW"].append(
        pd.DataFrame(
            {
                "GROUP_NAME": "Child CIN Referral Source",
                "MAPPED_VALUE": np.arange(len(rs)) + 500,
                "CATEGORY_CODE": rs["code"],
                "CATEGORY_DESCRIPTION": rs["description"],
            }
        )
    )
    source_type = dict(zip(rs["code"], np.arange(len(rs)) + 500, strict=True))

    # ---- persons: children in scope plus adults (parents, relatives) Mosaic holds too
    n = len(person)
    dob = person["pers_dob"].where(person["pers_dob"].notna(), person["pers_expected_dob"])
    p = pd.DataFrame(
        {
            "PERSON_ID": ids(person["pers_person_id"]),
            "FIRST_NAMES": person["pers_forename"],
            "LAST_NAME": person["pers_surname"],
            "GENDER": person["pers_sex"],
            "FULL_ETHNICITY_CODE": person["pers_ethnicity"].map(eth_code),
            "DATE_OF_BIRTH": dob,
            "DATE_OF_DEATH": person["pers_death_date"],
            "UPN_ID": person["pers_upn"],
            "NHS_ID": person["pers_common_child_id"],
            "COUNTRY_OF_BIRTH_CODE": person["pers_nationality"].map(ctry_code),
        }
    )
    n_adults = max(5, n // 8)
    adult_ids = ctx.new_ids(n_adults)
    adults = pd.DataFrame(
        {
            "PERSON_ID": adult_ids,
            "FIRST_NAMES": "Parent",
            "LAST_NAME": "Adult",
            "GENDER": rng.choice(["M", "F"], n_adults),
            "FULL_ETHNICITY_CODE": "E99",
            "DATE_OF_BIRTH": pd.Timestamp("1985-01-01") + pd.to_timedelta(rng.integers(0, 5000, n_adults), unit="D"),
            "COUNTRY_OF_BIRTH_CODE": ctry_code["GBR"],
        }
    )
    out["DM_PERSONS"] += [p, adults]
    gid = pd.DataFrame(
        {
            "PERSON_GENDER_IDENTITY_ID": ctx.new_ids(n),
            "PERSON_ID": p["PERSON_ID"].values,
            "GENDER_CODE": person["pers_gender"].values,
            "START_DATE": person["pers_dob"].values,
        }
    )  # unborn: recorded with no start
    # some children had an earlier recorded identity, now ended
    old = gid[gid["START_DATE"].notna()].sample(frac=0.03, random_state=1).copy()
    old["PERSON_GENDER_IDENTITY_ID"] = ctx.new_ids(len(old))
    old["GENDER_CODE"] = "U"
    old["END_DATE"] = old["START_DATE"] + pd.Timedelta(days=30)
    gid.loc[old.index, "START_DATE"] = old["END_DATE"]
    out["MO_PERSON_GENDER_IDENTITIES"] += [gid, old]

    # ---- subgroups: one household subgroup per child (GROUP_ID = the family), worker subjects as noise
    fam = t["ssd_family"]
    sub_of = pd.Series(ctx.new_ids(len(fam)), index=fam["fami_person_id"].values)
    out["DM_SUBGROUPS"].append(
        pd.DataFrame({"SUBGROUP_ID": sub_of.values, "GROUP_ID": ids(fam["fami_family_id"]).values})
    )
    out["DM_SUBGROUP_SUBJECTS"].append(
        pd.DataFrame(
            {
                "SUBGROUP_ID": sub_of.values,
                "SUBJECT_COMPOUND_ID": ids(pd.Series(sub_of.index)).values,
                "SUBJECT_TYPE_CODE": "PER",
            }
        )
    )
    workers = t["ssd_professionals"]
    wk = sub_of.sample(frac=0.05, random_state=2)
    out["DM_SUBGROUP_SUBJECTS"].append(
        pd.DataFrame(
            {
                "SUBGROUP_ID": wk.values,
                "SUBJECT_COMPOUND_ID": ids(workers["prof_professional_id"])
                .sample(len(wk), replace=True, random_state=3)
                .values,
                "SUBJECT_TYPE_CODE": "WKR",
            }
        )
    )

    ctx.subgroups = sub_of  # type: ignore[attr-defined]  # care.py files its steps under the same subgroups

    def sg(person_ids: pd.Series) -> pd.Series:
        return pd.Series(sub_of.reindex(person_ids.values).values, index=person_ids.index).astype("Int64")

    # ---- relationships (mothers), references (legacy id, former UPN), addresses, disabilities
    m = t["ssd_mother"]
    rel = pd.DataFrame(
        {
            "PERSONAL_RELATIONSHIP_ID": ids(m["moth_table_id"]),
            "PERSON_ID": ids(m["moth_person_id"]),
            "OTHER_PERSON_ID": ids(m["moth_childs_person_id"]),
            "IS_MOTHER": "Y",
            "FAMILY_CATEGORY": "Child's Parents",
            "START_DATE": m["moth_childs_dob"],
        }
    )
    k = min(len(adults), 40, len(p))
    rel_noise = pd.DataFrame(
        {
            "PERSONAL_RELATIONSHIP_ID": ctx.new_ids(k),
            "PERSON_ID": adult_ids[:k],
            "OTHER_PERSON_ID": p["PERSON_ID"].sample(k, random_state=4).values,
            "IS_MOTHER": np.where(adults["GENDER"].values[:k] == "F", "Y", "N"),
            "FAMILY_CATEGORY": "Child's Parents",
        }
    )
    out["DM_PERSONAL_RELATIONSHIPS"] += [rel, rel_noise]
    leg = person[person["pers_legacy_id"].notna()]
    out["DM_PERSON_REFERENCES"].append(
        pd.DataFrame(
            {
                "REFERENCE_ID": ctx.new_ids(len(leg)),
                "PERSON_ID": ids(leg["pers_person_id"]).values,
                "REFERENCE_TYPE": "LEGACY",
                "REFERENCE": leg["pers_legacy_id"].values,
            }
        )
    )
    li = t["ssd_linked_identifiers"]
    out["DM_PERSON_REFERENCES"].append(
        pd.DataFrame(
            {
                "REFERENCE_ID": ctx.new_ids(len(li)),
                "PERSON_ID": ids(li["link_person_id"]).values,
                "REFERENCE_TYPE": "FORMER_UPN",
                "REFERENCE": li["link_identifier_value"].values,
            }
        )
    )
    a = t["ssd_address"]
    comp = pd.DataFrame([json.loads(s) for s in a["addr_address_json"]], index=a.index)
    text = comp[["FLAT", "BUILDING", "HOUSE", "STREET", "TOWN"]].apply(
        lambda r: ", ".join(v for v in r if isinstance(v, str)), axis=1
    )
    pc = a["addr_address_postcode"]
    out["DM_ADDRESSES"].append(
        pd.DataFrame(
            {
                "REF_ADDRESSES_PEOPLE_ID": ids(a["addr_table_id"]),
                "PERSON_ID": ids(a["addr_person_id"]),
                "ADDRESS": text + ", " + pc.fillna(""),
                "ADDRESS_TYPE": a["addr_address_type"].str.title(),
                "START_DATE": a["addr_address_start_date"],
                "END_DATE": a["addr_address_end_date"],
                "POST_CODE": np.where(rng.random(len(a)) < 0.2, pc.str.lower(), pc),
                "ROOM_DESCRIPTION": comp["ROOM"],
                "FLOOR_DESCRIPTION": comp["FLOOR"],
                "FLAT_NUMBER": comp["FLAT"],
                "BUILDING": comp["BUILDING"],
                "STREET_NUMBER": comp["HOUSE"],
                "STREET": comp["STREET"],
                "TOWN": comp["TOWN"],
                "UPRN": comp["UPRN"],
                "EASTING": comp["EASTING"],
                "NORTHING": comp["NORTHING"],
            }
        )
    )
    out["DM_ADDRESSES"].append(
        pd.DataFrame(
            {
                "REF_ADDRESSES_PEOPLE_ID": ctx.new_ids(k),
                "PERSON_ID": adult_ids[:k],
                "ADDRESS": "1 High Street",
                "ADDRESS_TYPE": "Home",
                "START_DATE": pd.Timestamp("2015-01-01"),
                "POST_CODE": "DL1 1AA",
            }
        )
    )
    d = t["ssd_disability"]
    out["DM_DISABILITIES"].append(
        pd.DataFrame(
            {
                "DISABILITY_ID": ids(d["disa_table_id"]),
                "PERSON_ID": ids(d["disa_person_id"]),
                "DISABILITY_CODE": "L" + d["disa_disability_code"],
                "CIN_DISABILITY_CATEGORY_CODE": d["disa_disability_code"],
            }
        )
    )
    k2 = max(3, len(d) // 20) if len(d) else 0
    out["DM_DISABILITIES"].append(
        pd.DataFrame(
            {
                "DISABILITY_ID": ctx.new_ids(k2),
                "PERSON_ID": ids(d["disa_person_id"]).sample(k2, replace=True, random_state=5).values,
                "DISABILITY_CODE": "LOCAL_ASD_REVIEW",
                "CIN_DISABILITY_CATEGORY_CODE": None,
            }
        )
    )

    # ---- immigration status: one form per status period (answers keyed by question user code)
    im = t["ssd_immigration_status"]
    imf = mo_forms(
        ids(im["immi_immigration_status_id"]).values,
        "IMMIGRATION",
        sg(im["immi_person_id"]),
        im["immi_immigration_status_start_date"],
    )
    out["MO_FORMS"].append(imf)
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            imf["FORM_ID"],
            ids(im["immi_person_id"]),
            {
                "uascImmigStat": ("TEXT_ANSWER", im["immi_immigration_status"]),
                "immigStatStart": ("DATE_ANSWER", im["immi_immigration_status_start_date"]),
                "immigStatEnd": ("DATE_ANSWER", im["immi_immigration_status_end_date"]),
            },
        )
    )

    # ---- workforce: organisations (teams + external partners), workers, roles, relationships
    dep = t["ssd_department"]
    out["DM_ORGANISATIONS"].append(
        pd.DataFrame(
            {
                "ORGANISATION_ID": ids(dep["dept_team_id"]),
                "NAME": dep["dept_team_name"],
                "PARENT_ORGANISATION_ID": ids(dep["dept_team_parent_id"]),
                "ORGANISATION_TYPE": "TEAM",
            }
        )
    )
    eh = t["ssd_early_help_episodes"]
    eh_orgs = sorted(set(eh["earl_episode_organisation"].dropna()))
    eh_org_id = dict(zip(eh_orgs, ctx.new_ids(len(eh_orgs)), strict=True))
    out["DM_ORGANISATIONS"].append(
        pd.DataFrame(
            {"ORGANISATION_ID": list(eh_org_id.values()), "NAME": list(eh_org_id), "ORGANISATION_TYPE": "PARTNER"}
        )
    )
    out["DM_WORKERS"].append(
        pd.DataFrame(
            {"WORKER_ID": ids(workers["prof_professional_id"]), "FULL_NAME": workers["prof_professional_name"]}
        )
    )
    inv = t["ssd_involvements"]
    team_of = (
        inv.dropna(subset=["invo_professional_team"])
        .drop_duplicates("invo_professional_id")
        .set_index("invo_professional_id")["invo_professional_team"]
    )
    name_to_team = dict(zip(dep["dept_team_name"], dep["dept_team_id"], strict=True))
    w_team = (
        workers["prof_professional_id"].map(team_of).fillna(workers["prof_professional_department"].map(name_to_team))
    )
    out["DM_WORKER_ROLES"].append(
        pd.DataFrame(
            {
                "WORKER_ROLE_ID": ctx.new_ids(len(workers)),
                "WORKER_ID": ids(workers["prof_professional_id"]).values,
                "ORGANISATION_ID": ids(w_team).values,
                "PRIMARY_ROLE": "Y",
                "START_DATE": pd.Timestamp("2000-01-01"),
            }
        )
    )
    # an ended secondary role (another team) for some workers
    sec = workers.sample(frac=0.2, random_state=6)
    out["DM_WORKER_ROLES"].append(
        pd.DataFrame(
            {
                "WORKER_ROLE_ID": ctx.new_ids(len(sec)),
                "WORKER_ID": ids(sec["prof_professional_id"]).values,
                "ORGANISATION_ID": ids(dep["dept_team_id"]).iloc[0],
                "PRIMARY_ROLE": "N",
                "START_DATE": pd.Timestamp("1999-01-01"),
                "END_DATE": pd.Timestamp("1999-12-31"),
            }
        )
    )
    reason_code = {k: v[0] for k, v in END_REASONS.items()}
    out["DM_PROF_RELATIONSHIPS"].append(
        pd.DataFrame(
            {
                "PROF_RELATIONSHIP_ID": ids(inv["invo_involvements_id"]),
                "PERSON_ID": ids(inv["invo_person_id"]),
                "WORKER_ID": ids(inv["invo_professional_id"]),
                "PROF_REL_TYPE_CODE": inv["invo_professional_role_id"].map(REL_TYPES),
                "START_DATE": inv["invo_involvement_start_date"],
                "END_DATE": inv["invo_involvement_end_date"],
                "END_DATE_REASON": inv["invo_worker_change_reason"].map(reason_code),
            }
        )
    )
    cw = inv[inv["invo_professional_role_id"] == "CW"]
    out["DM_ALLOCATED_WORKERS"].append(
        pd.DataFrame(
            {
                "ALLOCATION_ID": ids(cw["invo_involvements_id"]),
                "PERSON_ID": ids(cw["invo_person_id"]),
                "WORKER_ID": ids(cw["invo_professional_id"]),
                "START_DATE": cw["invo_involvement_start_date"],
                "END_DATE": cw["invo_involvement_end_date"],
            }
        )
    )

    # ---- contacts: child-contact steps, source via DM_STEP_SOURCE_DETAILS, outcomes as next actions
    c = t["ssd_contacts"]
    cs = steps(
        ctx,
        c["cont_contact_id"],
        STEP_CONTACT,
        sg(c["cont_person_id"]),
        c["cont_contact_date"],
        c["cont_contact_date"],
        IS_CHILD_CONTACT="Y",
    )
    out["DM_WORKFLOW_STEPS"].append(cs)
    src = c[c["cont_contact_source_code"].notna()]
    out["DM_STEP_SOURCE_DETAILS"].append(
        pd.DataFrame(
            {
                "WORKFLOW_STEP_ID": ids(src["cont_contact_id"]).values,
                "SOURCE_TYPE_ID": src["cont_contact_source_code"].map(source_type).values,
            }
        )
    )
    out["DM_WORKFLOW_LINKS"].append(
        outcome_links(ctx, c["cont_contact_id"], c["cont_contact_outcome_json"], "cont_contact_outcome_json")
    )
    noise = c.sample(frac=0.05, random_state=7)
    out["DM_WORKFLOW_LINKS"].append(
        pd.DataFrame(
            {
                "WORKFLOW_LINK_ID": ctx.new_ids(len(noise)),
                "SOURCE_STEP_ID": ids(noise["cont_contact_id"]).values,
                "WORKFLOW_NEXT_ACTION_TYPE_ID": NOISE_NEXT_ACTION,
            }
        )
    )
    # cancelled contacts (never happened) and contacts for subgroups with no child
    k3 = max(5, len(c) // 100)
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            pd.Series(ctx.new_ids(k3)),
            STEP_CONTACT,
            pd.Series(sub_of.sample(k3, replace=True, random_state=8).values),
            c["cont_contact_date"].sample(k3, replace=True, random_state=9).reset_index(drop=True),
            status=pd.Series(["CANCELLED"] * k3),
            IS_CHILD_CONTACT="Y",
        )
    )

    # ---- referrals (DM_CIN_REFERRALS keyed by the referral step)
    r = t["ssd_cin_episodes"]
    out["DM_CIN_REFERRALS"].append(
        pd.DataFrame(
            {
                "REFERRAL_ID": ids(r["cine_referral_id"]),
                "PERSON_ID": ids(r["cine_person_id"]),
                "REFERRAL_DATE": r["cine_referral_date"],
                "CLOSURE_DATE": r["cine_close_date"],
                "CLOSURE_REASON": r["cine_close_reason"],
                "SOURCE_OF_REFERRAL": r["cine_referral_source_code"],
                "NFA_DATE": r["cine_referral_date"].where(r["cine_referral_nfa"] == "Y"),
                "PRIMARY_NEED_CODE": r["cine_cin_primary_need_code"],
            }
        )
    )
    step_with_outcomes(
        out,
        ctx,
        r["cine_referral_outcome_json"],
        "cine_referral_outcome_json",
        r["cine_referral_id"],
        STEP_REFERRAL,
        sg(r["cine_person_id"]),
        r["cine_referral_date"],
        r["cine_referral_date"],
        team=r["cine_referral_team"],
        worker=r["cine_referral_worker_id"],
        IS_CHILD_REFERRAL="Y",
    )

    # ---- assessments (continuous-assessment steps) + child seen (filter answer) + factors
    s = t["ssd_cin_assessments"]
    step_with_outcomes(
        out,
        ctx,
        s["cina_assessment_outcome_json"],
        "cina_assessment_outcome_json",
        s["cina_assessment_id"],
        STEP_ASSESSMENT,
        sg(s["cina_person_id"]),
        s["cina_assessment_start_date"],
        s["cina_assessment_auth_date"],
        team=s["cina_assessment_team"],
        worker=s["cina_assessment_worker_id"],
        IS_CONTINUOUS_ASSESSMENT="Y",
    )
    seen = s[s["cina_assessment_child_seen"].notna()]
    out["DM_FILTER_FORM_ANSWERS"].append(
        pd.DataFrame(
            {
                "FILTER_ANSWER_ID": ctx.new_ids(len(seen)),
                "FORM_ID": ctx.new_ids(len(seen)),
                "WORKFLOW_STEP_ID": ids(seen["cina_assessment_id"]).values,
                "SUBJECT_PERSON_ID": -1,
                "FILTER_NAME": "Child Seen During Event (Lookup)",
                "TEXT_ANSWER": yes_no(seen["cina_assessment_child_seen"]).values,
            }
        )
    )
    # cancelled assessments (never SSD rows)
    k4 = min(len(s), max(3, len(s) // 50))
    canc = s.sample(k4, random_state=10)
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            pd.Series(ctx.new_ids(k4)),
            STEP_ASSESSMENT,
            sg(canc["cina_person_id"]),
            canc["cina_assessment_start_date"],
            status=pd.Series(["CANCELLED"] * k4),
            IS_CONTINUOUS_ASSESSMENT="Y",
        )
    )
    f = t["ssd_assessment_factors"]
    fl = f.assign(code=f["cinf_assessment_factors_json"].map(json.loads)).explode("code")
    out["DM_CIN_ASSESS_FACTORS"].append(
        pd.DataFrame(
            {
                "ASSESS_FACTOR_ID": ctx.new_ids(len(fl)),
                "ASSESSMENT_ID": ids(fl["cinf_assessment_id"]).values,
                "FACTOR_VALUE": fl["code"].values,
            }
        )
    )
    # a factor recorded twice on a form
    dup = fl.sample(frac=0.02, random_state=11)
    out["DM_CIN_ASSESS_FACTORS"].append(
        pd.DataFrame(
            {
                "ASSESS_FACTOR_ID": ctx.new_ids(len(dup)),
                "ASSESSMENT_ID": ids(dup["cinf_assessment_id"]).values,
                "FACTOR_VALUE": dup["code"].values,
            }
        )
    )

    # ---- CIN plans (CIN plan steps) and visits
    cp = t["ssd_cin_plans"]
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            cp["cinp_cin_plan_id"],
            STEP_CIN_PLAN,
            sg(cp["cinp_person_id"]),
            cp["cinp_cin_plan_start_date"],
            cp["cinp_cin_plan_end_date"],
            team=cp["cinp_cin_plan_team"],
            worker=cp["cinp_cin_plan_worker_id"],
        )
    )
    for tab, prefix, vtype, bedroom in (
        ("ssd_cin_visits", "cinv", "VIS.CIN", "cin_visit_bedroom"),
        ("ssd_cp_visits", "cppv", "VIS.CP", "cp_visit_bedroom"),
    ):
        v = t[tab]
        vid = v.iloc[:, 0]  # the visit id is each table's first column
        out["DM_VISITS"].append(
            pd.DataFrame(
                {
                    "VISIT_ID": ids(vid),
                    "PERSON_ID": ids(v[f"{prefix}_person_id"]),
                    "VISIT_TYPE": vtype,
                    "ACTUAL_DATE": with_time(ctx, v[[c for c in v.columns if c.endswith("_visit_date")][0]]),
                    "SEEN_ALONE_FLAG": v[[c for c in v.columns if c.endswith("_seen_alone")][0]],
                    "VISIT_SOURCE": "Mos Step",
                }
            )
        )
        seen_col = [c for c in v.columns if c.endswith("_visit_seen")][0]
        out["DM_CACHED_FORM_ANSWERS"].append(
            form_answers(
                ctx,
                ids(vid),
                ids(v[f"{prefix}_person_id"]),
                {
                    "child_seen": ("TEXT_ANSWER", yes_no(v[seen_col])),
                    "seen_bedroom": ("TEXT_ANSWER", yes_no(v[f"{prefix}_{bedroom}"])),
                },
                step_id=ids(vid),
            )
        )

    # ---- S47 enquiries, ICPCs, CP plans and reviews
    e = t["ssd_s47_enquiry"]
    step_with_outcomes(
        out,
        ctx,
        e["s47e_s47_outcome_json"],
        "s47e_s47_outcome_json",
        e["s47e_s47_enquiry_id"],
        STEP_S47,
        sg(e["s47e_person_id"]),
        e["s47e_s47_start_date"],
        e["s47e_s47_end_date"],
        team=e["s47e_s47_completed_by_team"],
        worker=e["s47e_s47_completed_by_worker_id"],
        IS_SECTION_47_ENQUIRY="Y",
        STRATEGY_DISCUSSION_DATE=e["s47e_s47_start_date"],
    )
    ic = t["ssd_initial_cp_conference"]
    step_with_outcomes(
        out,
        ctx,
        ic["icpc_icpc_outcome_json"],
        "icpc_icpc_outcome_json",
        ic["icpc_icpc_id"],
        STEP_ICPC,
        sg(ic["icpc_person_id"]),
        ic["icpc_icpc_date"],
        ic["icpc_icpc_date"],
        team=ic["icpc_icpc_team"],
        worker=ic["icpc_icpc_worker_id"],
        CP_CONFERENCE_CATEGORY="Initial",
        CP_CONFERENCE_ACTUAL_DATE=with_time(ctx, ic["icpc_icpc_date"]),
    )
    back = ic[ic["icpc_s47_enquiry_id"].notna()]
    out["DM_WORKFLOW_BACKWARDS"].append(
        pd.DataFrame(
            {
                "WORKFLOW_STEP_ID": ids(back["icpc_icpc_id"]).values,
                "PRECEDING_WORKFLOW_STEP_ID": ids(back["icpc_s47_enquiry_id"]).values,
                "ADJACENT": "Y",
            }
        )
    )
    # ICPC meeting ids and target dates: carried as conference form answers
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(ic["icpc_icpc_id"]),
            ids(ic["icpc_person_id"]),
            {
                "cp_meeting_id": ("NUMBER_ANSWER", pd.to_numeric(ic["icpc_icpc_meeting_id"])),
                "cp_target_date": ("DATE_ANSWER", ic["icpc_icpc_target_date"]),
                "cp_transfer_in": ("TEXT_ANSWER", yes_no(ic["icpc_icpc_transfer_in"])),
            },
            step_id=ids(ic["icpc_icpc_id"]),
        )
    )
    pl = t["ssd_cp_plans"]
    out["DM_REGISTRATIONS"].append(
        pd.DataFrame(
            {
                "REGISTRATION_ID": ids(pl["cppl_cp_plan_id"]),
                "PERSON_ID": ids(pl["cppl_person_id"]),
                "REGISTRATION_STEP_ID": ids(pl["cppl_icpc_id"]),
                "IS_CHILD_PROTECTION_PLAN": "Y",
                "IS_TEMPORARY_CHILD_PROTECTION": "N",
                "REGISTRATION_START_DATE": pl["cppl_cp_plan_start_date"],
                "DEREGISTRATION_DATE": pl["cppl_cp_plan_end_date"],
                "IS_OTHER_LA_PLAN": pl["cppl_cp_plan_ola"],
            }
        )
    )
    k5 = min(len(pl), max(3, len(pl) // 40))
    tmp = pl.sample(k5, random_state=12)
    out["DM_REGISTRATIONS"].append(
        pd.DataFrame(
            {
                "REGISTRATION_ID": ctx.new_ids(k5),
                "PERSON_ID": ids(tmp["cppl_person_id"]).values,
                "IS_CHILD_PROTECTION_PLAN": "Y",
                "IS_TEMPORARY_CHILD_PROTECTION": "Y",
                "REGISTRATION_START_DATE": tmp["cppl_cp_plan_start_date"].values - np.timedelta64(60, "D"),
                "DEREGISTRATION_DATE": tmp["cppl_cp_plan_start_date"].values - np.timedelta64(30, "D"),
            }
        )
    )
    # categories: the initial one from the start; a different latest one from half-way when they differ
    same = pl["cppl_cp_plan_initial_category"] == pl["cppl_cp_plan_latest_category"]
    end = pl["cppl_cp_plan_end_date"]
    mid = pl["cppl_cp_plan_start_date"] + pd.Timedelta(days=1)
    out["DM_REGISTRATION_CATEGORIES"].append(
        pd.DataFrame(
            {
                "REGISTRATION_CATEGORY_ID": ctx.new_ids(len(pl)),
                "REGISTRATION_ID": ids(pl["cppl_cp_plan_id"]).values,
                "CIN_ABUSE_CATEGORY_CODE": pl["cppl_cp_plan_initial_category"].values,
                "CATEGORY_START_DATE": pl["cppl_cp_plan_start_date"].values,
                "CATEGORY_END_DATE": np.where(same, end, mid).astype("datetime64[ns]"),
            }
        )
    )
    chg = pl[~same]
    out["DM_REGISTRATION_CATEGORIES"].append(
        pd.DataFrame(
            {
                "REGISTRATION_CATEGORY_ID": ctx.new_ids(len(chg)),
                "REGISTRATION_ID": ids(chg["cppl_cp_plan_id"]).values,
                "CIN_ABUSE_CATEGORY_CODE": chg["cppl_cp_plan_latest_category"].values,
                "CATEGORY_START_DATE": mid[~same].values,
                "CATEGORY_END_DATE": end[~same].values,
            }
        )
    )
    rv = t["ssd_cp_reviews"]
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            rv["cppr_cp_review_id"],
            STEP_RCPC,
            sg(rv["cppr_person_id"]),
            rv["cppr_cp_review_date"],
            rv["cppr_cp_review_date"],
            CP_CONFERENCE_CATEGORY="Review",
            CP_CONFERENCE_ACTUAL_DATE=with_time(ctx, rv["cppr_cp_review_date"]),
        )
    )
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(rv["cppr_cp_review_id"]),
            ids(rv["cppr_person_id"]),
            {
                "cp_meeting_id": ("NUMBER_ANSWER", pd.to_numeric(rv["cppr_cp_review_meeting_id"])),
                "cp_review_due": ("DATE_ANSWER", rv["cppr_cp_review_due"]),
                "cp_quorate": ("TEXT_ANSWER", yes_no(rv["cppr_cp_review_quorate"])),
                "cp_participation": ("TEXT_ANSWER", rv["cppr_cp_review_participation"]),
            },
            step_id=ids(rv["cppr_cp_review_id"]),
        )
    )

    # ---- early help: one EH step per episode, reason / end reason as form answers, partner organisation
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            eh["earl_episode_id"],
            STEP_EH,
            sg(eh["earl_person_id"]),
            eh["earl_episode_start_date"],
            eh["earl_episode_end_date"],
            team=eh["earl_episode_organisation"].map(eh_org_id),
            worker=eh["earl_episode_worker_id"],
        )
    )
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(eh["earl_episode_id"]),
            ids(eh["earl_person_id"]),
            {
                "reason_for_eh_episode": ("TEXT_ANSWER", eh["earl_episode_reason"]),
                "eh_closure_reason": ("TEXT_ANSWER", eh["earl_episode_end_reason"]),
            },
            step_id=ids(eh["earl_episode_id"]),
        )
    )
    return out


def mo_forms(form_id, form_type: str, subgroup: pd.Series, created_on: pd.Series) -> pd.DataFrame:
    """MO_FORMS rows: one per form (its id, form type, the child's subgroup and the date it was created)."""
    return pd.DataFrame(
        {"FORM_ID": form_id, "FORM_TYPE": form_type, "SUBGROUP_ID": subgroup.values, "CREATED_ON": created_on.values}
    )


def filter_answers(
    ctx: RenderContext,
    key_column: str,
    key_id: pd.Series,
    person_id: pd.Series,
    answers: list[tuple[str, str, pd.Series]],
) -> pd.DataFrame:
    """DM_FILTER_FORM_ANSWERS rows: one per (record, report filter) with a non-null answer.

    key_column is the record's column (WORKFLOW_STEP_ID or FORM_ID) holding ids(key_id); answers are
    (FILTER_NAME, answer column such as TEXT_ANSWER or DATE_ANSWER, values aligned with key_id).
    """
    parts = []
    for name, col, values in answers:
        keep = values.notna()
        parts.append(
            pd.DataFrame(
                {
                    key_column: ids(key_id[keep]).values,
                    "FILTER_NAME": name,
                    "SUBJECT_PERSON_ID": ids(person_id[keep]).values,
                    col: values[keep].values,
                }
            )
        )
    df = pd.concat(parts, ignore_index=True)
    df["FILTER_ANSWER_ID"] = ctx.new_ids(len(df))
    return df


def form_answers(
    ctx: RenderContext,
    form_id: pd.Series,
    person_id: pd.Series,
    questions: dict,
    step_id: pd.Series | None = None,
    row_id: pd.Series | None = None,
) -> pd.DataFrame:
    """DM_CACHED_FORM_ANSWERS rows: one per (form, question) with a non-null answer."""
    parts = []
    for code, (col, values) in questions.items():
        keep = values.notna().values
        part = pd.DataFrame(
            {
                "FORM_ID": np.asarray(form_id)[keep],
                "SUBJECT_PERSON_ID": np.asarray(person_id)[keep],
                "QUESTION_USER_CODE": code,
                col: np.asarray(values)[keep],
            }
        )
        if step_id is not None:
            part["WORKFLOW_STEP_ID"] = np.asarray(step_id)[keep]
        part["FORM_ANSWER_ROW_ID"] = np.asarray(row_id)[keep] if row_id is not None else 1
        parts.append(part)
    df = pd.concat(parts, ignore_index=True)
    df["FORM_ANSWER_ID"] = ctx.new_ids(len(df))
    return df
