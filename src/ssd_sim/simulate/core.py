"""simulate(): run every stage for one synthetic LA and assemble the truth in exact SSD shape."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ssd_kit import spec

from . import cin, cla, cp, frontdoor, leavers, outcomes, people, seeds
from .context import Context
from .ids import id_str
from .involvements import case_worker_involvements, caseloads
from .journeys import simulate_journeys
from .permanence import permanence
from .profiles import PROFILES
from .timeutil import to_datetime
from .window import keep_in_window
from .workforce import Workforce, build_workforce

DEFAULT_AS_AT = dt.date(2026, 10, 31)


def simulate(profile: str = "median", seed: int = 42, years: int = 6,
             as_at: dt.date = DEFAULT_AS_AT) -> dict[str, pd.DataFrame]:
    """The truth for one synthetic LA: {ssd table: frame} for all 48 spec.ALL_TABLES.

    The tables no case management system fills (spec.NO_CMS_SOURCE) are empty, typed frames.

    Deterministic for (profile, seed, years, as_at). Every frame passes spec.conform.
    """
    if profile not in PROFILES:
        raise KeyError(f"unknown profile {profile!r}; choose from {sorted(PROFILES)}")
    ctx = Context.make(PROFILES[profile], seed, years, as_at)
    frames, person_cidx = _simulate_frames(ctx)
    return assemble(ctx, frames, person_cidx)


def _simulate_frames(ctx: Context) -> tuple[dict[str, pd.DataFrame], np.ndarray]:
    kids, all_refs = simulate_journeys(ctx)
    kids = people.child_attributes(ctx, kids)
    refs = keep_in_window(ctx, all_refs)
    wf = build_workforce(ctx)
    invo = case_worker_involvements(ctx, refs, wf)
    first = invo.sort_values(["ref_id", "start"], kind="stable").drop_duplicates("ref_id").set_index("ref_id")
    refs["first_worker"] = refs["ref_id"].map(first["worker_id"]).to_numpy(float)
    refs["first_team"] = refs["ref_id"].map(first["team_id"]).to_numpy(float)

    care = cla.build_care(ctx, refs)
    babies, links = people.mothers_and_babies(ctx, care.periods, kids, len(kids))
    extras = people.contact_only_children(ctx, len(kids) + len(babies))
    known_only = pd.concat([babies, extras], ignore_index=True)
    dob_of = np.concatenate([kids["dob"].to_numpy(float), babies["dob"].to_numpy(float),
                             extras["dob"].to_numpy(float)])

    f: dict[str, pd.DataFrame] = {}
    f["ssd_cin_episodes"] = frontdoor.cin_episodes(refs)
    f["ssd_cin_assessments"], f["ssd_assessment_factors"] = frontdoor.assessments(ctx, refs, invo)
    s47 = cp.s47_enquiries(ctx, refs, invo)
    f["ssd_s47_enquiry"] = s47
    f["ssd_initial_cp_conference"], plans = cp.conferences_and_plans(ctx, refs, s47, invo)
    f["ssd_cp_plans"] = plans
    f["ssd_cp_reviews"] = cp.cp_reviews(ctx, plans)
    f["ssd_cp_visits"] = cp.cp_visits(ctx, plans, dob_of)
    cinp = cin.cin_plans(ctx, refs, invo)
    f["ssd_cin_plans"] = cinp
    f["ssd_cin_visits"] = cin.cin_visits(ctx, cinp, dob_of)

    f["ssd_cla_placement"] = care.placements
    f["ssd_legal_status"] = care.legal
    reviews = cla.cla_reviews(ctx, care.periods)
    f["ssd_cla_reviews"] = reviews
    iro = reviews[reviews["clar_cla_review_cancelled"] == "N"].groupby("clar_cla_person_id")[
        "clar_cla_review_date"].max()
    ep = care.episodes
    ep["clae_cla_last_iro_contact_date"] = ep["clae_person_id"].map(iro).to_numpy(float)
    f["ssd_cla_episodes"] = ep
    f["ssd_cla_visits"] = cla.cla_visits(ctx, care.periods)
    f["ssd_missing"] = cla.missing_episodes(ctx, care.periods)
    f["ssd_permanence"] = permanence(ctx, care, wf)

    leaver_people = leavers.care_leaver_people(ctx, care)
    pa = leavers.pa_involvements(ctx, leaver_people, wf)
    f["ssd_care_leavers"] = leavers.care_leaver_records(ctx, leaver_people, pa, wf)

    f["ssd_contacts"] = frontdoor.contacts(ctx, refs, known_only)
    f["ssd_early_help_episodes"] = frontdoor.early_help(ctx, refs, known_only)

    referred = kids[kids["cidx"].isin(refs["cidx"])]
    everyone = pd.concat([referred, known_only], ignore_index=True)
    pers = people.persons(ctx, everyone, refs, care.periods, links["mother"].to_numpy())
    deaths = pers.set_index("pers_person_id")["pers_death_date"].dropna()
    for table, pcol, dcol in (("ssd_contacts", "cont_person_id", "cont_contact_date"),
                              ("ssd_early_help_episodes", "earl_person_id", "earl_episode_start_date")):
        df = f[table]
        f[table] = df[~(df[dcol] > df[pcol].map(deaths))].reset_index(drop=True)
    f["ssd_person"] = pers
    f["ssd_family"] = people.families(ctx, f["ssd_contacts"])
    first_seen = f["ssd_contacts"].groupby("cont_person_id")["cont_contact_date"].min()
    f["ssd_address"] = people.addresses(ctx, pers, first_seen)
    f["ssd_disability"] = people.disabilities(ctx, refs)
    f["ssd_immigration_status"] = people.immigration(ctx, refs, kids)
    f["ssd_mother"] = people.mother_links(ctx, links)

    all_invo = pd.concat([invo, pa], ignore_index=True)
    f["ssd_involvements"] = pd.DataFrame({
        "invo_involvements_id": all_invo["invo_id"], "invo_professional_id": all_invo["worker_id"],
        "invo_professional_role_id": all_invo["role"], "invo_professional_team": all_invo["team_id"],
        "invo_involvement_start_date": all_invo["start"], "invo_involvement_end_date": all_invo["end"],
        "invo_worker_change_reason": all_invo["reason"], "invo_person_id": all_invo["cidx"],
        "invo_referral_id": all_invo["ref_id"],
    })
    f["ssd_professionals"] = _professionals(ctx, wf, all_invo)
    f.update(outcomes.outcomes(ctx, care.periods))
    f["ssd_department"] = pd.DataFrame({
        "dept_team_id": wf.teams["team_id"], "dept_team_name": wf.teams["name"],
        "dept_team_parent_id": wf.teams["parent_id"], "dept_team_parent_name": wf.teams["parent_name"],
    })
    f["ssd_linked_identifiers"] = people.linked_identifiers(ctx, pers)
    f["ssd_version_log"] = seeds.version_log()
    return f, pers["pers_person_id"].to_numpy()


def _professionals(ctx: Context, wf: Workforce, invo: pd.DataFrame) -> pd.DataFrame:
    w = wf.workers
    team_name = w["team_id"].map(wf.teams.set_index("team_id")["name"])
    return pd.DataFrame({
        "prof_professional_id": w["worker_id"], "prof_staff_id": w["staff_id"],
        "prof_professional_name": w["name"], "prof_social_worker_registration_no": w["registration"],
        "prof_professional_job_title": w["job_title"],
        "prof_professional_caseload": caseloads(ctx, invo, w["worker_id"].to_numpy()),
        "prof_professional_department": team_name, "prof_full_time_equivalency": w["fte"],
        "prof_agency_worker_flag": w["agency"],
    })


def _is_person_col(col: str) -> bool:
    # link_table_id is keyed by the person (one former UPN per person in DIM_PERSON)
    return (col.endswith("person_id") and "professional" not in col) or col == "link_table_id"


def assemble(ctx: Context, frames: dict[str, pd.DataFrame], person_cidx: np.ndarray) -> dict[str, pd.DataFrame]:
    """Give people their global ids, turn ids into strings and day numbers into dates, conform."""
    size = int(max(person_cidx.max(initial=-1), max(
        (int(df[c].max()) for df in frames.values() for c in df.columns if _is_person_col(c) and len(df)),
        default=-1))) + 1
    pid = np.full(size, np.nan)
    pid[np.sort(person_cidx)] = ctx.ids.take(len(person_cidx))
    out = {}
    for table in spec.ALL_TABLES:
        if table not in frames:
            out[table] = spec.empty_frame(table)
            continue
        df = frames[table]
        cols = {}
        for fld in spec.table_fields(table):
            s = df[fld.column] if fld.column in df.columns else pd.Series([None] * len(df))
            vals = s.to_numpy()
            if fld.logical_type == "string" and len(df) and vals.dtype.kind in "iuf":
                vals = id_str(pid[vals.astype(np.int64)] if _is_person_col(fld.column) else vals)
            elif fld.logical_type == "timestamp" and vals.dtype.kind in "iuf":
                vals = to_datetime(vals).to_numpy()
            cols[fld.column] = vals if not isinstance(s.dtype, pd.core.dtypes.dtypes.BaseMaskedDtype) else s.array
        out[table] = spec.conform(table, pd.DataFrame(cols))
    return out
