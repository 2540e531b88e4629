"""Child protection and children looked after: render the truth into Liquidlogic HDM raw tables.

Covers ssd_s47_enquiry, ssd_initial_cp_conference, ssd_cp_plans, ssd_cp_visits, ssd_cp_reviews,
ssd_legal_status, ssd_cla_episodes, ssd_cla_placement, ssd_cla_reviews, ssd_cla_visits, ssd_missing,
ssd_care_leavers and ssd_permanence.

The quirks are those of the real HDM `Child_Social` tables: -1 for "none", the worker's STAFF_ID
where the SSD wants DIM_WORKER_ID, category / legal status / start reason / accommodation / activity
as *descriptions* (case and whitespace vary), Y/N flags spelt YES/TRUE/1, the missing status and
return-interview answers as free text, the placement distance as text, placeholder postcodes, and
noise rows the mapping has to exclude (people outside ssd_person, unknown descriptions, CP visits
with no plan link, placements with a local non-903 type, duplicated extract rows...).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache

import numpy as np
import pandas as pd

from ssd_kit import spec, suppliers
from ssd_sim.render.base import RenderContext

SEED_DIR = suppliers.project_dir() / "seeds" / "dfe"

# Case-note types this half writes into the shared FACT_CASENOTES (seed liquidlogic__casenote_types_care).
CP_VISIT_TYPES = ("STVC", "STVCPCOVID")
CLA_VISIT_TYPES = ("STVL", "STVLCOVID")
IRO_TYPE = "IRO"
# Meeting types in FACT_MEETINGS.
MTG_ICPC = "CPConference"
MTG_CP_REVIEW = "CPReview"
MTG_CLA_REVIEW = "LACReview"
# Form types this half writes into the shared FACT_FORMS / FACT_CARE_PLANS.
FORM_CP_REVIEW_OUTCOME = "CPRevOutcome"
PLAN_PATHWAY = "PATH"
# 903 reasons for ceasing that end a period in a permanence order (seed liquidlogic__permanence_order_types_care).
PERMANENCE_RECS = ("E1", "E11", "E12", "E41", "E43", "E44", "E45", "E46", "E47", "E48")

S47_KEYS = (
    "NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG",
    "CP_CONFERENCE_FLAG", "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG",
)
ICPC_KEYS = (
    "NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG", "PROV_OF_SERVICES_FLAG",
    "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG",
)

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "FACT_S47",
    "FACT_CP_CONFERENCE",
    "FACT_MEETINGS",
    "FACT_MEETING_SUBJECTS",
    "FACT_CP_PLAN",
    "FACT_CP_VISIT",
    "FACT_CP_REVIEW",
    "FACT_LEGAL_STATUS",
    "FACT_CLA",
    "FACT_CARE_EPISODES",
    "FACT_CLA_PLACEMENT",
    "FACT_CLA_REVIEW",
    "FACT_CLA_VISIT",
    "FACT_MISSING_PERSON",
    "DIM_CLA_ELIGIBILITY",
    "FACT_CLA_CARE_LEAVERS",
    "FACT_ADOPTION",
)

Frames = dict[str, list[pd.DataFrame]]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------


@cache
def _seed(name: str) -> dict[str, str]:
    """code -> description from a DfE seed."""
    df = pd.read_csv(SEED_DIR / f"{name}.csv", dtype=str, keep_default_na=False)
    return dict(zip(df["code"], df["description"], strict=True))


def _truth(ctx: RenderContext, table: str) -> pd.DataFrame:
    df = ctx.truth.get(table)
    return spec.empty_frame(table) if df is None else df.reset_index(drop=True)


def _ids(s: pd.Series, none: int | None = -1) -> pd.Series:
    """Truth text ids as raw integer keys; missing ids become the HDM 'none' member (-1) or null."""
    out = pd.to_numeric(s, errors="raise").astype("Int64")
    return out.fillna(none) if none is not None else out


def _pick(ctx: RenderContext, options: list[str], weights: list[float], n: int) -> np.ndarray:
    p = np.asarray(weights, dtype=float)
    return ctx.rng.choice(np.asarray(options, dtype=object), size=n, p=p / p.sum())


def _flags(ctx: RenderContext, s: pd.Series) -> list[str | None]:
    """Y/N as the HDM spells them: mostly Y/N, sometimes YES/TRUE/1 or No/FALSE/0."""
    n = len(s)
    ys = _pick(ctx, ["Y", "YES", "TRUE", "1", "y"], [85, 5, 4, 3, 3], n)
    ns = _pick(ctx, ["N", "NO", "FALSE", "0", "No"], [85, 5, 4, 3, 3], n)
    return [ys[i] if v == "Y" else ns[i] if v == "N" else None for i, v in enumerate(s.tolist())]


def _vary(ctx: RenderContext, texts: Iterable[str | None]) -> list[str | None]:
    """Descriptions typed by people: case and surrounding whitespace vary, the words do not."""
    out: list[str | None] = []
    for t in texts:
        if t is None or (isinstance(t, float) and np.isnan(t)):
            out.append(None)
            continue
        r = ctx.rng.random()
        if r < 0.70:
            out.append(t)
        elif r < 0.80:
            out.append(t.upper())
        elif r < 0.90:
            out.append(t.lower())
        elif r < 0.95:
            out.append(" " + t)
        else:
            out.append(t + "  ")
    return out


def _describe(ctx: RenderContext, codes: pd.Series, seed: str) -> list[str | None]:
    lookup = _seed(seed)
    missing = sorted({c for c in codes.dropna() if c not in lookup})
    if missing:
        raise ValueError(f"codes {missing} have no description in seed {seed}")
    return _vary(ctx, [lookup[c] if isinstance(c, str) else None for c in codes])


def _na(v: object) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NaT or v is pd.NA


def _outcomes(truth: pd.DataFrame, json_col: str, keys: tuple[str, ...]) -> pd.DataFrame:
    """The outcome JSON spread into OUTCOME_<KEY> columns (OTHER_OUTCOMES_EXIST_FLAG keeps its name)."""
    rows = []
    for text in truth[json_col].tolist():
        obj = json.loads(text) if isinstance(text, str) else {}
        rows.append({k: obj.get(k) for k in keys})
    out = pd.DataFrame(rows, columns=list(keys), index=truth.index)
    return out.rename(columns={k: "OUTCOME_" + k for k in keys if k != "OTHER_OUTCOMES_EXIST_FLAG"})


def _flag_frame(ctx: RenderContext, df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for c in out.columns:
        out[c] = _flags(ctx, out[c])
    return out


def _staff_ids(ctx: RenderContext, worker_ids: pd.Series) -> list[str | None]:
    """The worker's STAFF_ID (what the HDM stores in *_USER_STAFF_ID), from the truth's professionals."""
    prof = _truth(ctx, "ssd_professionals")
    lookup = dict(zip(prof["prof_professional_id"], prof["prof_staff_id"], strict=True))
    out: list[str | None] = []
    for w in worker_ids.tolist():
        if _na(w):
            out.append(None)
        elif w in lookup and not _na(lookup[w]):
            out.append(lookup[w])
        else:
            raise ValueError(f"worker {w} has no staff id in ssd_professionals")
    return out


def _outsiders(ctx: RenderContext, n: int) -> np.ndarray:
    """Person ids that are not in DIM_PERSON at all (stale keys left by deleted records)."""
    return ctx.new_ids(n)


def _sample(ctx: RenderContext, df: pd.DataFrame, n: int) -> pd.DataFrame:
    if df.empty or n <= 0:
        return df.iloc[0:0]
    idx = ctx.rng.choice(len(df), size=min(n, len(df)), replace=False)
    return df.iloc[np.sort(idx)].reset_index(drop=True)


def _noise_count(n_truth: int, rate: float = 0.02, floor: int = 1) -> int:
    """How many noise rows of one kind to plant next to n_truth good rows (none for an empty table)."""
    if n_truth == 0:
        return 0
    return max(floor, int(round(n_truth * rate)))


# ----------------------------------------------------------------------------------------------
# child protection
# ----------------------------------------------------------------------------------------------


def _s47(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_s47_enquiry")
    flags = _outcomes(t, "s47e_s47_outcome_json", S47_KEYS)
    raw = pd.DataFrame({
        "FACT_S47_ID": _ids(t["s47e_s47_enquiry_id"]),
        "FACT_REFERRAL_ID": _ids(t["s47e_referral_id"]),
        "DIM_PERSON_ID": _ids(t["s47e_person_id"]),
        "START_DTTM": t["s47e_s47_start_date"],
        "END_DTTM": t["s47e_s47_end_date"],
        "TOTAL_NO_OF_OUTCOMES": (flags == "Y").sum(axis=1).astype("Int64").where(flags.notna().any(axis=1), -1),
        "COMPLETED_BY_DEPT_ID": _ids(t["s47e_s47_completed_by_team"]),
        "COMPLETED_BY_USER_STAFF_ID": _staff_ids(ctx, t["s47e_s47_completed_by_worker_id"]),
    })
    # The JSON's NFA_FLAG and the s47e_s47_nfa column come from the same raw column.
    nfa = t["s47e_s47_nfa"].where(t["s47e_s47_nfa"].notna(), flags["OUTCOME_NFA_FLAG"])
    flags["OUTCOME_NFA_FLAG"] = nfa
    raw = pd.concat([raw, _flag_frame(ctx, flags)], axis=1)
    # Noise: enquiries about people who are not in DIM_PERSON.
    noise = _sample(ctx, raw, _noise_count(len(raw)))
    noise["FACT_S47_ID"] = ctx.new_ids(len(noise))
    noise["DIM_PERSON_ID"] = _outsiders(ctx, len(noise))
    return {"FACT_S47": [raw, noise]}


def _cp_plans(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cp_plans")
    raw = pd.DataFrame({
        "FACT_CP_PLAN_ID": _ids(t["cppl_cp_plan_id"]),
        "FACT_INITIAL_CP_CONFERENCE_ID": _ids(t["cppl_icpc_id"]),
        "FACT_REFERRAL_ID": _ids(t["cppl_referral_id"]),
        "DIM_PERSON_ID": _ids(t["cppl_person_id"]),
        "START_DTTM": t["cppl_cp_plan_start_date"],
        "END_DTTM": t["cppl_cp_plan_end_date"],
        "IS_OLA": _flags(ctx, t["cppl_cp_plan_ola"]),
        "INIT_CATEGORY_DESC": _describe(ctx, t["cppl_cp_plan_initial_category"], "dfe__cin_category_of_abuse"),
        "CP_CATEGORY_DESC": _describe(ctx, t["cppl_cp_plan_latest_category"], "dfe__cin_category_of_abuse"),
    })
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    # A plan recorded with a local category the DfE list does not know.
    bad_cat = _sample(ctx, raw, n)
    bad_cat["INIT_CATEGORY_DESC"] = "Not recorded"
    bad_cat["CP_CATEGORY_DESC"] = "Not recorded"
    noise = pd.concat([outsiders, bad_cat], ignore_index=True)
    noise["FACT_CP_PLAN_ID"] = ctx.new_ids(len(noise))
    noise["FACT_INITIAL_CP_CONFERENCE_ID"] = -1
    return {"FACT_CP_PLAN": [raw, noise]}


def _icpc(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_initial_cp_conference")
    flags = _outcomes(t, "icpc_icpc_outcome_json", ICPC_KEYS)
    cp_flag = t["icpc_icpc_outcome_cp_flag"].where(
        t["icpc_icpc_outcome_cp_flag"].notna(), flags["OUTCOME_CP_FLAG"]
    )
    flags["OUTCOME_CP_FLAG"] = cp_flag
    meeting_ids = t["icpc_icpc_meeting_id"]
    if meeting_ids.isna().any():  # the conference date lives on the meeting: an ICPC without one is unmappable
        raise ValueError("ssd_initial_cp_conference: every conference needs icpc_icpc_meeting_id")
    raw = pd.DataFrame({
        "FACT_CP_CONFERENCE_ID": _ids(t["icpc_icpc_id"]),
        "FACT_MEETING_ID": _ids(meeting_ids),
        "FACT_S47_ID": _ids(t["icpc_s47_enquiry_id"]),
        "FACT_REFERRAL_ID": _ids(t["icpc_referral_id"]),
        "DIM_PERSON_ID": _ids(t["icpc_person_id"]),
        "DUE_DTTM": t["icpc_icpc_target_date"],
        "TRANSFER_IN_FLAG": _flags(ctx, t["icpc_icpc_transfer_in"]),
        "TOTAL_NO_OF_OUTCOMES": (flags == "Y").sum(axis=1).astype("Int64").where(flags.notna().any(axis=1), -1),
        "ORGANISED_BY_DEPT_ID": _ids(t["icpc_icpc_team"]),
        "ORGANISED_BY_USER_STAFF_ID": _staff_ids(ctx, t["icpc_icpc_worker_id"]),
    })
    raw = pd.concat([raw, _flag_frame(ctx, flags)], axis=1)
    meetings = pd.DataFrame({
        "FACT_MEETING_ID": raw["FACT_MEETING_ID"],
        "DIM_LOOKUP_MTG_TYPE_ID_CODE": MTG_ICPC,
        "ACTUAL_DTTM": t["icpc_icpc_date"],
        "CANCELLED": _pick(ctx, ["N", None], [9, 1], len(t)),
    })
    # Noise: (a) conferences about people not in DIM_PERSON, (b) conference rows hanging off a
    # meeting that is not an ICPC (a strategy discussion recorded on the conference screen).
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    outsiders["FACT_MEETING_ID"] = ctx.new_ids(len(outsiders))
    wrong_type = _sample(ctx, raw, n)
    wrong_type["FACT_MEETING_ID"] = ctx.new_ids(len(wrong_type))
    noise = pd.concat([outsiders, wrong_type], ignore_index=True)
    noise["FACT_CP_CONFERENCE_ID"] = ctx.new_ids(len(noise))
    noise_meetings = pd.DataFrame({
        "FACT_MEETING_ID": noise["FACT_MEETING_ID"],
        "DIM_LOOKUP_MTG_TYPE_ID_CODE": [MTG_ICPC] * len(outsiders) + ["StratDisc"] * len(wrong_type),
        "ACTUAL_DTTM": noise["DUE_DTTM"],
        "CANCELLED": "N",
    })
    return {"FACT_CP_CONFERENCE": [raw, noise], "FACT_MEETINGS": [meetings, noise_meetings]}


def _cp_visits(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cp_visits")
    notes = pd.DataFrame({
        "FACT_CASENOTE_ID": _ids(t["cppv_cp_visit_id"]),
        "DIM_PERSON_ID": _ids(t["cppv_person_id"]),
        "EVENT_DTTM": t["cppv_cp_visit_date"],
        "DIM_LOOKUP_CASNT_TYPE_ID_CODE": _pick(ctx, list(CP_VISIT_TYPES), [95, 5], len(t)),
        "SEEN_FLAG": _flags(ctx, t["cppv_cp_visit_seen"]),
        "SEEN_ALONE_FLAG": _flags(ctx, t["cppv_cp_visit_seen_alone"]),
        "SEEN_BEDROOM_FLAG": _flags(ctx, t["cppv_cp_visit_bedroom"]),
    })
    links = pd.DataFrame({
        "FACT_CP_VISIT_ID": ctx.new_ids(len(t)),
        "FACT_CASENOTE_ID": notes["FACT_CASENOTE_ID"],
        "FACT_CP_PLAN_ID": _ids(t["cppv_cp_plan_id"]),
    })
    # The HDM link table sometimes holds the same visit twice (re-extracted rows).
    dup = _sample(ctx, links, _noise_count(len(links)))
    dup["FACT_CP_VISIT_ID"] = ctx.new_ids(len(dup))
    # Noise: CP visit case notes about people not in DIM_PERSON; CP visit case notes never linked
    # to a plan (recorded against the wrong child record and abandoned).
    n = _noise_count(len(notes))
    outsiders = _sample(ctx, notes, n)
    outsiders["FACT_CASENOTE_ID"] = ctx.new_ids(len(outsiders))
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    outsider_links = pd.DataFrame({
        "FACT_CP_VISIT_ID": ctx.new_ids(len(outsiders)),
        "FACT_CASENOTE_ID": outsiders["FACT_CASENOTE_ID"],
        "FACT_CP_PLAN_ID": links["FACT_CP_PLAN_ID"].iloc[: len(outsiders)].to_numpy(),
    })
    unlinked = _sample(ctx, notes, n)
    unlinked["FACT_CASENOTE_ID"] = ctx.new_ids(len(unlinked))
    return {
        "FACT_CASENOTES": [notes, outsiders, unlinked],
        "FACT_CP_VISIT": [links, dup, outsider_links],
    }


def _cp_reviews(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cp_reviews")
    raw = pd.DataFrame({
        "FACT_CP_REVIEW_ID": _ids(t["cppr_cp_review_id"]),
        "FACT_CP_PLAN_ID": _ids(t["cppr_cp_plan_id"]),
        "FACT_MEETING_ID": _ids(t["cppr_cp_review_meeting_id"]),
        "DIM_PERSON_ID": _ids(t["cppr_person_id"]),
        "DUE_DTTM": t["cppr_cp_review_due"],
        "MEETING_DTTM": t["cppr_cp_review_date"],
        "OUTCOME_CONTINUE_CP_FLAG": _flags(ctx, t["cppr_cp_review_outcome_continue_cp"]),
    })
    has_mtg = t["cppr_cp_review_meeting_id"].notna()
    if (t["cppr_cp_review_quorate"].notna() & ~has_mtg).any():
        raise ValueError("ssd_cp_reviews: a quorate answer needs a review meeting")
    m = t[has_mtg].reset_index(drop=True)
    meetings = pd.DataFrame({
        "FACT_MEETING_ID": _ids(m["cppr_cp_review_meeting_id"]),
        "DIM_LOOKUP_MTG_TYPE_ID_CODE": MTG_CP_REVIEW,
        "ACTUAL_DTTM": m["cppr_cp_review_date"],
        "CANCELLED": "N",
    })
    q = m[m["cppr_cp_review_quorate"].notna()].reset_index(drop=True)
    form_ids = pd.Series(pd.NA, index=m.index, dtype="Int64")
    new_forms = ctx.new_ids(len(q))
    form_ids[m["cppr_cp_review_quorate"].notna().to_numpy()] = new_forms
    subjects = pd.DataFrame({
        "FACT_MEETING_SUBJECT_ID": ctx.new_ids(len(m)),
        "FACT_MEETINGS_ID": meetings["FACT_MEETING_ID"],
        "DIM_PERSON_ID": _ids(m["cppr_person_id"]),
        "FACT_OUTCM_FORM_ID": form_ids.fillna(-1),
        "DIM_LOOKUP_PARTICIPATION_CODE_DESC": None,
    })
    forms = pd.DataFrame({
        "FACT_FORM_ID": new_forms,
        "DIM_PERSON_ID": _ids(q["cppr_person_id"]),
        "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_CP_REVIEW_OUTCOME,
    })
    yes = _pick(ctx, ["Yes", "YES", "yes", "Y"], [80, 8, 7, 5], len(q))
    no = _pick(ctx, ["No", "NO", "no", "N"], [80, 8, 7, 5], len(q))
    answers = pd.DataFrame({
        "FACT_FORM_ANSWER_ID": ctx.new_ids(len(q)),
        "FACT_FORM_ID": new_forms,
        "ANSWER_NO": "WasConf",
        "ANSWER": [yes[i] if v == "Y" else no[i] for i, v in enumerate(q["cppr_cp_review_quorate"])],
        "ANSWERED_DTTM": q["cppr_cp_review_date"],
        "DIM_ASSESSMENT_TEMPLATE_ID_DESC": "Child Protection Review Conference Outcome",
    })
    noise = _sample(ctx, raw, _noise_count(len(raw)))
    noise["FACT_CP_REVIEW_ID"] = ctx.new_ids(len(noise))
    noise["DIM_PERSON_ID"] = _outsiders(ctx, len(noise))
    noise["FACT_MEETING_ID"] = -1
    return {
        "FACT_CP_REVIEW": [raw, noise],
        "FACT_MEETINGS": [meetings],
        "FACT_MEETING_SUBJECTS": [subjects],
        "FACT_FORMS": [forms],
        "FACT_FORM_ANSWERS": [answers],
    }


# ----------------------------------------------------------------------------------------------
# children looked after
# ----------------------------------------------------------------------------------------------


def _legal_status(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_legal_status")
    raw = pd.DataFrame({
        "FACT_LEGAL_STATUS_ID": _ids(t["lega_legal_status_id"]),
        "DIM_PERSON_ID": _ids(t["lega_person_id"]),
        "START_DTTM": t["lega_legal_status_start_date"],
        "END_DTTM": t["lega_legal_status_end_date"],
        "DIM_LOOKUP_LGL_STATUS_DESC": _describe(ctx, t["lega_legal_status"], "dfe__903_legal_status"),
    })
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    local = _sample(ctx, raw, n)  # an LA-local status with no 903 equivalent
    local["DIM_LOOKUP_LGL_STATUS_DESC"] = "Private fostering arrangement"
    noise = pd.concat([outsiders, local], ignore_index=True)
    noise["FACT_LEGAL_STATUS_ID"] = ctx.new_ids(len(noise))
    return {"FACT_LEGAL_STATUS": [raw, noise]}


def _urns(ctx: RenderContext) -> dict[str, str]:
    p = _truth(ctx, "ssd_cla_placement")
    return {k: v for k, v in zip(p["clap_cla_placement_id"], p["clap_cla_placement_urn"], strict=True)
            if not _na(v)}


def _cla_episodes(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_episodes")
    rec = _seed("dfe__903_reason_episode_ceased")
    urns = _urns(ctx)
    urn_for_episode: list[str | None] = []
    for pid in t["clae_cla_placement_id"].tolist():
        if not _na(pid) and pid in urns:
            urn_for_episode.append(urns[pid])
        else:  # no Ofsted URN: blank, or the placeholders the HDM holds for non-registered carers
            urn_for_episode.append(_pick(ctx, ["", "N/A", "XXXXXX"], [60, 25, 15], 1)[0]
                                   if ctx.rng.random() < 0.3 else None)
    raw = pd.DataFrame({
        "FACT_CARE_EPISODES_ID": _ids(t["clae_cla_episode_id"]),
        "FACT_CLA_ID": _ids(t["clae_cla_id"]),
        "FACT_CLA_PLACEMENT_ID": _ids(t["clae_cla_placement_id"]),
        "DIM_PERSON_ID": _ids(t["clae_person_id"]),
        "CARE_START_DATE": t["clae_cla_episode_start_date"],
        "CARE_END_DATE": t["clae_cla_episode_ceased_date"],
        "CARE_REASON_DESC": _describe(ctx, t["clae_cla_episode_start_reason"], "dfe__903_reason_new_episode"),
        "CARE_REASON_END_CODE": t["clae_cla_episode_ceased_reason"],
        "CARE_REASON_END_DESC": [None if _na(c) else f"{c} - {rec.get(c, c)}"
                                 for c in t["clae_cla_episode_ceased_reason"]],
        "CIN_903_CODE": t["clae_cla_primary_need_code"],
        "OFSTED_URN": urn_for_episode,
        "PLACEND": t["clae_cla_episode_ceased_date"],
    })
    # Periods of care: one FACT_CLA row per period, dated by its entry to care.
    poc = t[t["clae_cla_id"].notna()].sort_values(["clae_cla_id", "clae_cla_episode_start_date"])
    poc = poc.drop_duplicates("clae_cla_id").reset_index(drop=True)
    cla = pd.DataFrame({
        "FACT_CLA_ID": _ids(poc["clae_cla_id"]),
        "FACT_REFERRAL_ID": _ids(poc["clae_referral_id"]),
        "DIM_PERSON_ID": _ids(poc["clae_person_id"]),
        "START_DTTM": poc["clae_entered_care_date"],
        "IMMU_UP_TO_DATE_FLAG": _flags(ctx, pd.Series(_immunisation_flags(ctx, poc))),
        "LAST_UPDATED_DTTM": _immunisation_dates(ctx, poc),
    })
    # IRO contacts: the latest one per person is the truth's date; a few earlier ones precede it.
    iro = t[t["clae_cla_last_iro_contact_date"].notna()].drop_duplicates("clae_person_id")
    iro = iro.reset_index(drop=True)
    latest = pd.DataFrame({
        "DIM_PERSON_ID": _ids(iro["clae_person_id"]),
        "EVENT_DTTM": iro["clae_cla_last_iro_contact_date"],
    })
    earlier = latest.iloc[np.flatnonzero(ctx.rng.random(len(latest)) < 0.6)].copy()
    earlier["EVENT_DTTM"] = earlier["EVENT_DTTM"] - pd.to_timedelta(
        ctx.rng.integers(30, 200, len(earlier)), unit="D"
    )
    notes = pd.concat([latest, earlier], ignore_index=True)
    notes["FACT_CASENOTE_ID"] = ctx.new_ids(len(notes))
    notes["DIM_LOOKUP_CASNT_TYPE_ID_CODE"] = IRO_TYPE
    # Noise: episodes of people not in DIM_PERSON; an episode whose start reason is free text.
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    free_text = _sample(ctx, raw, n)
    free_text["CARE_REASON_DESC"] = "See case notes"
    noise = pd.concat([outsiders, free_text], ignore_index=True)
    noise["FACT_CARE_EPISODES_ID"] = ctx.new_ids(len(noise))
    return {"FACT_CARE_EPISODES": [raw, noise], "FACT_CLA": [cla], "FACT_CASENOTES": [notes]}


def _latest_period(poc: pd.DataFrame) -> np.ndarray:
    """True on each person's latest period of care (the FACT_CLA row ssd_cla_immunisations is read from)."""
    order = poc.sort_values(["clae_person_id", "clae_entered_care_date"], kind="stable")
    return poc.index.isin(order.drop_duplicates("clae_person_id", keep="last").index)


def _immunisation_flags(ctx: RenderContext, poc: pd.DataFrame) -> np.ndarray:
    """IMMU_UP_TO_DATE_FLAG per period: the truth's status on the latest period, an older one before."""
    older = _pick(ctx, ["Y", "N"], [8, 2], len(poc))
    imm = _truth(ctx, "ssd_cla_immunisations").set_index("clai_person_id")["clai_immunisations_status"]
    latest = poc["clae_person_id"].map(imm).to_numpy(dtype=object)
    return np.where(_latest_period(poc) & pd.notna(latest), latest, older)


def _immunisation_dates(ctx: RenderContext, poc: pd.DataFrame) -> pd.Series:
    """LAST_UPDATED_DTTM: the truth's status date on the latest period; earlier periods were last
    updated on their entry to care (before the latest period began)."""
    imm = _truth(ctx, "ssd_cla_immunisations").set_index("clai_person_id")["clai_immunisations_status_date"]
    latest = poc["clae_person_id"].map(imm)
    return latest.where(pd.Series(_latest_period(poc), index=poc.index), poc["clae_entered_care_date"])


def _distance_text(ctx: RenderContext, s: pd.Series) -> list[str | None]:
    out: list[str | None] = []
    for v in s.tolist():
        if _na(v):
            out.append(_pick(ctx, ["", "unknown"], [1, 1], 1)[0] if ctx.rng.random() < 0.2 else None)
            continue
        jitter = float(ctx.rng.integers(-3, 4)) / 100.0  # raw has 2 decimals; rounds back to v
        r = ctx.rng.random()
        if r < 0.5:
            out.append(f"{round(float(v) + jitter, 2):.2f}")
        elif r < 0.8:
            out.append(f"{float(v):.1f}")
        else:
            out.append(f" {round(float(v) + jitter, 2):.2f} ")
    return out


def _postcodes(ctx: RenderContext, s: pd.Series) -> list[str | None]:
    out: list[str | None] = []
    for v in s.tolist():
        if _na(v):
            r = ctx.rng.random()
            out.append(None if r < 0.6 else ("ZZ1" if r < 0.8 else ("XX" if r < 0.9 else "  ")))
        else:
            out.append(v if ctx.rng.random() < 0.85 else (" " + v.lower() + " "))
    return out


def _cla_placement(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_placement")
    perm = _truth(ctx, "ssd_permanence")
    raw = pd.DataFrame({
        "FACT_CLA_PLACEMENT_ID": _ids(t["clap_cla_placement_id"]),
        "FACT_CLA_ID": _ids(t["clap_cla_id"]),
        "DIM_PERSON_ID": _ids(t["clap_person_id"], none=None),
        "START_DTTM": t["clap_cla_placement_start_date"],
        "END_DTTM": t["clap_cla_placement_end_date"],
        "DIM_LOOKUP_PLACEMENT_TYPE_CODE": t["clap_cla_placement_type"],
        "DIM_LOOKUP_PLACEMENT_PROVIDER_CODE": t["clap_cla_placement_provider"],
        "DIM_LOOKUP_PLAC_CHNG_REAS_CODE": t["clap_cla_placement_change_reason"],
        "POSTCODE": _postcodes(ctx, t["clap_cla_placement_postcode"]),
        "DISTANCE_FROM_HOME": _distance_text(ctx, t["clap_cla_placement_distance"]),
        "FFA_IS_PLAN_DATE": pd.Series(pd.NaT, index=t.index, dtype="datetime64[ns]"),
    })
    # Fostering-for-adoption decision dates live on the placement row the permanence journey uses.
    ffa = perm[perm["perm_ffa_cp_decision_date"].notna()]
    if len(ffa):
        by_cla = dict(zip(ffa["perm_cla_id"], ffa["perm_ffa_cp_decision_date"], strict=False))
        first = t.sort_values("clap_cla_placement_start_date").drop_duplicates("clap_cla_id")
        for idx, cla_id in zip(first.index, first["clap_cla_id"], strict=True):
            if cla_id in by_cla:
                raw.loc[idx, "FFA_IS_PLAN_DATE"] = by_cla[cla_id]
    # Noise: placements of people not in DIM_PERSON; placements with a local (non-903) type code.
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    local = _sample(ctx, raw, n)
    local["DIM_LOOKUP_PLACEMENT_TYPE_CODE"] = "Z9"
    noise = pd.concat([outsiders, local], ignore_index=True)
    noise["FACT_CLA_PLACEMENT_ID"] = ctx.new_ids(len(noise))
    return {"FACT_CLA_PLACEMENT": [raw, noise]}


def _cla_reviews(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_reviews")
    meeting_ids = ctx.new_ids(len(t))
    raw = pd.DataFrame({
        "FACT_CLA_REVIEW_ID": _ids(t["clar_cla_review_id"]),
        "FACT_CLA_ID": _ids(t["clar_cla_id"]),
        "FACT_MEETING_ID": meeting_ids,
        "DIM_PERSON_ID": _ids(t["clar_cla_person_id"], none=None),
        "DUE_DTTM": t["clar_cla_review_due_date"],
        "MEETING_DTTM": t["clar_cla_review_date"],
    })
    meetings = pd.DataFrame({
        "FACT_MEETING_ID": meeting_ids,
        "DIM_LOOKUP_MTG_TYPE_ID_CODE": MTG_CLA_REVIEW,
        "ACTUAL_DTTM": t["clar_cla_review_date"],
        "CANCELLED": _flags(ctx, t["clar_cla_review_cancelled"]),
    })
    subjects = pd.DataFrame({
        "FACT_MEETING_SUBJECT_ID": ctx.new_ids(len(t)),
        "FACT_MEETINGS_ID": meeting_ids,
        "DIM_PERSON_ID": raw["DIM_PERSON_ID"],
        "FACT_OUTCM_FORM_ID": -1,
        "DIM_LOOKUP_PARTICIPATION_CODE_DESC": _describe(
            ctx, t["clar_cla_review_participation"], "dfe__903_review_participation"
        ),
    })
    noise = _sample(ctx, raw, _noise_count(len(raw)))
    noise["FACT_CLA_REVIEW_ID"] = ctx.new_ids(len(noise))
    noise["DIM_PERSON_ID"] = _outsiders(ctx, len(noise))
    noise["FACT_MEETING_ID"] = -1
    return {
        "FACT_CLA_REVIEW": [raw, noise],
        "FACT_MEETINGS": [meetings],
        "FACT_MEETING_SUBJECTS": [subjects],
    }


def _cla_visits(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_visits")
    note_ids = ctx.new_ids(len(t))
    person = _ids(t["clav_person_id"], none=None)
    visits = pd.DataFrame({
        "FACT_CLA_VISIT_ID": _ids(t["clav_cla_visit_id"]),
        "FACT_CLA_ID": _ids(t["clav_cla_id"]),
        "FACT_CASENOTE_ID": note_ids,
        "DIM_PERSON_ID": person,
    })
    notes = pd.DataFrame({
        "FACT_CASENOTE_ID": note_ids,
        "DIM_PERSON_ID": person,
        "EVENT_DTTM": t["clav_cla_visit_date"],
        "DIM_LOOKUP_CASNT_TYPE_ID_CODE": _pick(ctx, list(CLA_VISIT_TYPES), [95, 5], len(t)),
        "SEEN_FLAG": _flags(ctx, t["clav_cla_visit_seen"]),
        "SEEN_ALONE_FLAG": _flags(ctx, t["clav_cla_visit_seen_alone"]),
        "SEEN_BEDROOM_FLAG": None,
    })
    # Noise: visits to people not in DIM_PERSON; visit rows whose case note was deleted (-1).
    n = _noise_count(len(visits))
    outsiders = _sample(ctx, visits, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    outsiders["FACT_CASENOTE_ID"] = ctx.new_ids(len(outsiders))
    outsider_notes = pd.DataFrame({
        "FACT_CASENOTE_ID": outsiders["FACT_CASENOTE_ID"],
        "DIM_PERSON_ID": outsiders["DIM_PERSON_ID"],
        "EVENT_DTTM": notes["EVENT_DTTM"].iloc[: len(outsiders)].to_numpy(),
        "DIM_LOOKUP_CASNT_TYPE_ID_CODE": CLA_VISIT_TYPES[0],
        "SEEN_FLAG": "Y",
    })
    orphans = _sample(ctx, visits, n)
    orphans["FACT_CASENOTE_ID"] = -1
    noise = pd.concat([outsiders, orphans], ignore_index=True)
    noise["FACT_CLA_VISIT_ID"] = ctx.new_ids(len(noise))
    return {"FACT_CLA_VISIT": [visits, noise], "FACT_CASENOTES": [notes, outsider_notes]}


MISSING_TEXT = {"M": ["Missing", "MISSING", "missing", "Missing "], "A": ["Away", "Absent", "AWAY", "away"]}
RHI_TEXT = {"Y": ["Yes", "YES", "Y"], "N": ["No", "NO", "N"], "NA": ["NA", "N/A", "Not applicable"]}


def _texts(ctx: RenderContext, s: pd.Series, table: Mapping[str, list[str]]) -> list[str | None]:
    out: list[str | None] = []
    for v in s.tolist():
        if _na(v):
            out.append(None)
        else:
            opts = table[v]
            out.append(opts[0] if ctx.rng.random() < 0.75 else opts[int(ctx.rng.integers(0, len(opts)))])
    return out


def _missing(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_missing")
    raw = pd.DataFrame({
        "FACT_MISSING_PERSON_ID": _ids(t["miss_table_id"]),
        "DIM_PERSON_ID": _ids(t["miss_person_id"], none=None),
        "START_DTTM": t["miss_missing_episode_start_date"],
        "END_DTTM": t["miss_missing_episode_end_date"],
        "MISSING_STATUS": _texts(ctx, t["miss_missing_episode_type"], MISSING_TEXT),
        "RETURN_INTERVIEW_OFFERED": _texts(ctx, t["miss_missing_rhi_offered"], RHI_TEXT),
        "RETURN_INTERVIEW_ACCEPTED": _texts(ctx, t["miss_missing_rhi_accepted"], RHI_TEXT),
    })
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    outsiders["FACT_MISSING_PERSON_ID"] = ctx.new_ids(len(outsiders))
    # A "missing" record opened by mistake: the child was never missing.
    not_missing = _sample(ctx, raw, n)
    not_missing["MISSING_STATUS"] = "Not missing - recorded in error"
    not_missing["FACT_MISSING_PERSON_ID"] = ctx.new_ids(len(not_missing))
    # The nightly extract sometimes repeats a row with the same key.
    dups = _sample(ctx, raw, n)
    return {"FACT_MISSING_PERSON": [raw, outsiders, not_missing, dups]}


# ----------------------------------------------------------------------------------------------
# care leavers and permanence
# ----------------------------------------------------------------------------------------------


def _eligibility_periods(ctx: RenderContext, t: pd.DataFrame) -> pd.DataFrame:
    """DIM_CLA_ELIGIBILITY as a status history: one row per run of equal statuses, dated so that the
    status in force on each contact date is the truth's value for that contact."""
    rows: list[dict[str, object]] = []
    recs = t[t["clea_care_leaver_eligibility"].notna()].sort_values(
        ["clea_person_id", "clea_care_leaver_latest_contact", "clea_table_id"]
    )
    for person, g in recs.groupby("clea_person_id", sort=False):
        contacts = g["clea_care_leaver_latest_contact"].tolist()
        status = g["clea_care_leaver_eligibility"].tolist()
        runs: list[tuple[pd.Timestamp, str]] = []
        for i, (c, e) in enumerate(zip(contacts, status, strict=True)):
            if runs and runs[-1][1] == e:
                continue
            if i == 0:
                begin = c - pd.Timedelta(days=int(ctx.rng.integers(30, 240)))
            else:  # the change happened some time after the previous contact, at the latest on this one
                gap = max((c - contacts[i - 1]).days, 1)
                begin = contacts[i - 1] + pd.Timedelta(days=int(ctx.rng.integers(1, gap + 1)))
            runs.append((begin, e))
        for k, (begin, e) in enumerate(runs):
            end = runs[k + 1][0] - pd.Timedelta(days=1) if k + 1 < len(runs) else pd.NaT
            rows.append({"DIM_PERSON_ID": int(person), "START_DTTM": begin, "END_DTTM": end,
                         "DIM_LOOKUP_ELIGIBILITY_STATUS_DESC": e})
    out = pd.DataFrame(rows, columns=["DIM_PERSON_ID", "START_DTTM", "END_DTTM",
                                      "DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"])
    out["DIM_CLA_ELIGIBILITY_ID"] = ctx.new_ids(len(out))
    out["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"] = [
        v if ctx.rng.random() < 0.9 else v + " " for v in out["DIM_LOOKUP_ELIGIBILITY_STATUS_DESC"]
    ]
    return out


def _care_leavers(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_care_leavers")
    suitable = {"1": ["Suitable", "suitable", "SUITABLE"], "2": ["Unsuitable", "Not suitable", "unsuitable"]}
    raw = pd.DataFrame({
        "FACT_CLA_CARE_LEAVERS_ID": _ids(t["clea_table_id"]),
        "DIM_PERSON_ID": _ids(t["clea_person_id"]),
        "IN_TOUCH_DTTM": t["clea_care_leaver_latest_contact"],
        "DIM_LOOKUP_IN_TOUCH_CODE_CODE": t["clea_care_leaver_in_touch"],
        "DIM_LOOKUP_ACCOMMODATION_CODE_DESC": _describe(
            ctx, t["clea_care_leaver_accommodation"], "dfe__903_care_leaver_accommodation"
        ),
        "DIM_LOOKUP_ACCOMMODATION_SUITABLE_DESC": _texts(ctx, t["clea_care_leaver_accom_suitable"], suitable),
        "DIM_LOOKUP_MAIN_ACTIVITY_DESC": _describe(
            ctx, t["clea_care_leaver_activity"], "dfe__903_care_leaver_activity"
        ),
    })
    eligibility = _eligibility_periods(ctx, t)
    # Pathway plans: each review is a plan version (MODIF_DTTM); the latest one on or before a contact
    # is that contact's review date. Some reviews were saved twice, a few days apart.
    pp = t[t["clea_pathway_plan_review_date"].notna()].drop_duplicates(
        ["clea_person_id", "clea_pathway_plan_review_date"]
    ).reset_index(drop=True)
    latest = pd.DataFrame({
        "DIM_PERSON_ID": _ids(pp["clea_person_id"]),
        "MODIF_DTTM": pp["clea_pathway_plan_review_date"],
    })
    earlier = latest.iloc[np.flatnonzero(ctx.rng.random(len(latest)) < 0.3)].copy()
    earlier["MODIF_DTTM"] = earlier["MODIF_DTTM"] - pd.to_timedelta(
        ctx.rng.integers(1, 20, len(earlier)), unit="D"
    )
    plans = pd.concat([latest, earlier], ignore_index=True)
    plans["FACT_CARE_PLAN_ID"] = ctx.new_ids(len(plans))
    plans["FACT_CARE_PLAN_SUMMARY_ID"] = -1
    plans["START_DTTM"] = plans["MODIF_DTTM"]
    plans["DIM_LOOKUP_PLAN_STATUS_ID_CODE"] = "A"
    plans["DIM_LOOKUP_PLAN_TYPE_ID_CODE"] = PLAN_PATHWAY
    # Noise: records of people not in DIM_PERSON; a record whose accommodation is a local description.
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    local = _sample(ctx, raw, n)
    local["DIM_LOOKUP_ACCOMMODATION_CODE_DESC"] = "Hotel (local code)"
    noise = pd.concat([outsiders, local], ignore_index=True)
    noise["FACT_CLA_CARE_LEAVERS_ID"] = ctx.new_ids(len(noise))
    return {
        "FACT_CLA_CARE_LEAVERS": [raw, noise],
        "DIM_CLA_ELIGIBILITY": [eligibility],
        "FACT_CARE_PLANS": [plans],
    }


def _permanence(ctx: RenderContext) -> Frames:
    """FACT_ADOPTION, the adoption tracker: one row per adoption journey (keyed by perm_table_id).

    Only truth rows with an adoption record (an ADM decision) are adoption journeys. The other
    permanence rows (a period ending in an SGO or child arrangements order) have no FACT_ADOPTION row:
    their perm_table_id is the ceasing episode's FACT_CARE_EPISODES_ID, already rendered. Order
    date/type, placed-for-adoption and placed-with-carer dates are not stored here either: the mapping
    derives them from the period's care episodes and placements, which hold them already.
    """
    t = _truth(ctx, "ssd_permanence")
    t = t[t["perm_adm_decision_date"].notna()].reset_index(drop=True)
    raw = pd.DataFrame({
        "FACT_ADOPTION_ID": _ids(t["perm_table_id"]),
        "DIM_PERSON_ID": _ids(t["perm_person_id"]),
        "FACT_CLA_ID": _ids(t["perm_cla_id"]),
        "START_DTTM": t["perm_adm_decision_date"],
        "DECISION_DTTM": t["perm_adm_decision_date"],
        "PLACEMENT_ORDER_DTTM": t["perm_placement_order_date"],
        "MATCHING_DTTM": t["perm_matched_date"],
        "FOSTER_TO_ADOPT_DTTM": t["perm_placed_ffa_cp_date"],
        "NO_LONGER_PLACED_DTTM": t["perm_decision_reversed_date"],
        "DIM_LOOKUP_ADOP_REASON_CEASED_CODE": t["perm_decision_reversed_reason"],
        "SIBLING_GROUP": _flags(ctx, t["perm_part_of_sibling_group"]),
        "NUMBER_TOGETHER": t["perm_siblings_placed_together"],
        "NUMBER_APART": t["perm_siblings_placed_apart"],
        "NO_OF_ADOPTERS": t["perm_number_of_adopters"],
        "DIM_LOOKUP_ADOPTER_GENDER_CODE": t["perm_adopter_sex"],
        "DIM_LOOKUP_ADOPTER_LEGAL_STATUS_CODE": t["perm_adopter_legal_status"],
        "ADOPTED_BY_CARER_FLAG": _flags(ctx, t["perm_adopted_by_carer_flag"]),
        "ADOPTION_SOCIAL_WORKER_ID": _ids(t["perm_adoption_worker_id"]),
    })
    # Noise: journeys of people not in DIM_PERSON; a tracker opened for a period with no adoption
    # decision (adoption considered, then dropped), some of which then ended in an SGO or child
    # arrangements order: that order still counts, from its care episode.
    n = _noise_count(len(raw))
    outsiders = _sample(ctx, raw, n)
    outsiders["DIM_PERSON_ID"] = _outsiders(ctx, len(outsiders))
    eps = _truth(ctx, "ssd_cla_episodes")
    eps = eps[eps["clae_cla_id"].notna() & ~eps["clae_cla_id"].isin(set(t["perm_cla_id"].dropna()))]
    periods = eps.drop_duplicates("clae_cla_id").reset_index(drop=True)
    ended = set(eps.loc[eps["clae_cla_episode_ceased_reason"].isin(list(PERMANENCE_RECS)), "clae_cla_id"])
    in_order = periods["clae_cla_id"].isin(ended)
    dropped = pd.concat([_sample(ctx, periods[~in_order], n), _sample(ctx, periods[in_order], n)],
                        ignore_index=True)
    dropped = pd.DataFrame({
        "DIM_PERSON_ID": _ids(dropped["clae_person_id"]),
        "FACT_CLA_ID": _ids(dropped["clae_cla_id"]),
        "START_DTTM": dropped["clae_cla_episode_start_date"],
        "ADOPTION_SOCIAL_WORKER_ID": -1,
    })
    noise = pd.concat([outsiders, dropped], ignore_index=True)
    noise["FACT_ADOPTION_ID"] = ctx.new_ids(len(noise))
    return {"FACT_ADOPTION": [raw, noise]}


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    """All raw fragments this half writes, keyed by raw table name."""
    out: dict[str, list[pd.DataFrame]] = {}
    for part in (
        _s47, _cp_plans, _icpc, _cp_visits, _cp_reviews, _legal_status, _cla_placement,
        _cla_episodes, _cla_reviews, _cla_visits, _missing, _care_leavers, _permanence,
    ):
        for name, frames in part(ctx).items():
            # empty fragments are dropped (conform_raw cannot concatenate a list of only empty frames)
            out.setdefault(name, []).extend(f for f in frames if len(f))
    return out
