"""Child protection: S47 enquiries, initial conferences, CP plans, CP visits and review conferences."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context
from .involvements import holder_at
from .timeutil import next_weekday, schedule
from .util import choice, json_flags, uniform_int, yn

S47_KEYS = ["NFA_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG", "PROV_OF_SB_CARE_FLAG",
            "CP_CONFERENCE_FLAG", "NFA_CONTINUE_SINGLE_FLAG", "MONITOR_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
ICPC_KEYS = ["NFA_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG", "SINGLE_ASSESSMENT_FLAG", "PROV_OF_SERVICES_FLAG",
             "CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
CATEGORY = {"NEG": 0.48, "EMO": 0.37, "PHY": 0.07, "SAB": 0.04, "MUL": 0.04}
CP_VISIT_DAYS = 14  # every 10 working days


def s47_enquiries(ctx: Context, refs: pd.DataFrame, invo: pd.DataFrame) -> pd.DataFrame:
    """ssd_s47_enquiry (keeps internal columns ref_row for linking ICPCs)."""
    rng = ctx.rng
    s = refs[refs["s47"]]
    n = len(s)
    w, t = holder_at(invo, "ref_id", s["ref_id"].to_numpy(), s["s47_start"].to_numpy(float))
    done = s["s47_end"].notna().to_numpy()
    icpc = s["icpc"].to_numpy(bool)
    nfa = ~icpc & ~s["cin1"].to_numpy(bool) & ~s["svc"].to_numpy(bool) & ~s["cla"].to_numpy(bool)
    flags = {"CP_CONFERENCE_FLAG": icpc, "NFA_FLAG": nfa & done,
             "PROV_OF_SERVICES_FLAG": ~icpc & ~nfa, "LEGAL_ACTION_FLAG": s["cla"].to_numpy(bool) & ~icpc,
             "MONITOR_FLAG": ~icpc & (rng.random(n) < 0.05)}
    return pd.DataFrame({
        "s47e_s47_enquiry_id": ctx.ids.take(n), "s47e_referral_id": s["ref_id"], "s47e_person_id": s["cidx"],
        "s47e_s47_start_date": s["s47_start"], "s47e_s47_end_date": s["s47_end"],
        "s47e_s47_nfa": np.where(done, yn(nfa), None),
        "s47e_s47_outcome_json": json_flags(S47_KEYS, flags, n, present=done | icpc),
        "s47e_s47_completed_by_worker_id": w, "s47e_s47_completed_by_team": t,
        "ref_id": s["ref_id"].to_numpy(),
    })


def conferences_and_plans(ctx: Context, refs: pd.DataFrame, s47: pd.DataFrame,
                          invo: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ssd_initial_cp_conference, ssd_cp_plans). Plans start on their ICPC date."""
    rng = ctx.rng
    c = refs[refs["icpc"]].reset_index(drop=True)
    n = len(c)
    s47_id = c["ref_id"].map(s47.set_index("ref_id")["s47e_s47_enquiry_id"]).to_numpy()
    icpc_ids = ctx.ids.take(n)
    meeting_ids = ctx.ids.take(n)
    cp = c["cp"].to_numpy(bool)
    plan_ids = np.full(n, np.nan)
    plan_ids[cp] = ctx.ids.take(int(cp.sum()))
    w, t = holder_at(invo, "ref_id", c["ref_id"].to_numpy(), c["icpc_date"].to_numpy(float))
    flags = {"CP_FLAG": cp, "PROV_OF_SERVICES_FLAG": ~cp & (rng.random(n) < 0.7)}
    flags["NFA_FLAG"] = ~cp & ~flags["PROV_OF_SERVICES_FLAG"]
    icpc = pd.DataFrame({
        "icpc_icpc_id": icpc_ids, "icpc_icpc_meeting_id": meeting_ids, "icpc_s47_enquiry_id": s47_id,
        "icpc_person_id": c["cidx"], "icpc_cp_plan_id": plan_ids, "icpc_referral_id": c["ref_id"],
        "icpc_icpc_transfer_in": "N", "icpc_icpc_target_date": c["icpc_target"],
        "icpc_icpc_date": c["icpc_date"], "icpc_icpc_outcome_cp_flag": yn(cp),
        "icpc_icpc_outcome_json": json_flags(ICPC_KEYS, flags, n), "icpc_icpc_team": t,
        "icpc_icpc_worker_id": w,
    })
    p = c[cp].reset_index(drop=True)
    m = len(p)
    init = choice(rng, CATEGORY, m)
    latest = np.where(rng.random(m) < 0.1, choice(rng, CATEGORY, m), init)
    plans = pd.DataFrame({
        "cppl_cp_plan_id": plan_ids[cp], "cppl_referral_id": p["ref_id"], "cppl_icpc_id": icpc_ids[cp],
        "cppl_person_id": p["cidx"], "cppl_cp_plan_start_date": p["cp_start"],
        "cppl_cp_plan_end_date": p["cp_end"], "cppl_cp_plan_initial_category": init,
        "cppl_cp_plan_ola": np.where(rng.random(m) < 0.02, "Y", "N"), "cppl_cp_plan_latest_category": latest,
        "end_review": p["cp_end_review"].to_numpy(bool),
    })
    return icpc, plans


def cp_reviews(ctx: Context, plans: pd.DataFrame) -> pd.DataFrame:
    """ssd_cp_reviews: at 3 months then every 6; plans ending at a review get a final 'continue N' one."""
    rng = ctx.rng
    start = plans["cppl_cp_plan_start_date"].to_numpy(float)
    end = plans["cppl_cp_plan_end_date"].to_numpy(float)
    stop = np.where(np.isnan(end), ctx.as_at + 1, end)
    end_review = plans["end_review"].to_numpy(bool)
    # a plan ending at a review ends at the review due start+91+182k (held up to 10 days early)
    final_due = start + 91 + 182 * np.round(np.maximum(end - start - 91, 0) / 182)
    idx, due = schedule(start, stop + 10, 91, 182, 0, rng)
    date = next_weekday(due - uniform_int(rng, 0, 10, len(due)))
    keep = (date < stop[idx]) & (due <= ctx.as_at) & ~(end_review[idx] & (due >= final_due[idx]))
    idx, due, date = idx[keep], due[keep], date[keep]
    fi = np.nonzero(end_review)[0]
    final_due = np.where(final_due > ctx.as_at, end, final_due)  # due date not yet reached: held on the day
    r = pd.concat([
        pd.DataFrame({"i": idx, "due": due, "date": date, "cont": "Y"}),
        pd.DataFrame({"i": fi, "due": final_due[fi], "date": end[fi], "cont": "N"}),
    ], ignore_index=True).sort_values(["i", "date"], kind="stable").reset_index(drop=True)
    n = len(r)
    i = r["i"].to_numpy()
    return pd.DataFrame({
        "cppr_cp_review_id": ctx.ids.take(n), "cppr_person_id": plans["cppl_person_id"].to_numpy()[i],
        "cppr_cp_plan_id": plans["cppl_cp_plan_id"].to_numpy()[i], "cppr_cp_review_due": r["due"],
        "cppr_cp_review_date": r["date"], "cppr_cp_review_meeting_id": ctx.ids.take(n),
        "cppr_cp_review_outcome_continue_cp": r["cont"], "cppr_cp_review_quorate": yn(rng.random(n) < 0.93),
        "cppr_cp_review_participation": None,
    })


def cp_visits(ctx: Context, plans: pd.DataFrame, dob_of: np.ndarray) -> pd.DataFrame:
    """ssd_cp_visits: about every 10 working days while the plan is open (born children only)."""
    rng = ctx.rng
    start = np.maximum(plans["cppl_cp_plan_start_date"].to_numpy(float),
                       dob_of[plans["cppl_person_id"].to_numpy()])
    end = plans["cppl_cp_plan_end_date"].to_numpy(float)
    stop = np.where(np.isnan(end), ctx.as_at + 1, end + 1)
    idx, d = schedule(start, stop, 5, CP_VISIT_DAYS, 3, rng)
    d = next_weekday(d)
    ok = d <= np.minimum(stop[idx] - 1, ctx.as_at)
    idx, d = idx[ok], d[ok]
    n = len(idx)
    person = plans["cppl_person_id"].to_numpy()[idx]
    age = (d - dob_of[person]) / 365.25
    seen = rng.random(n) < 0.93
    return pd.DataFrame({
        "cppv_cp_visit_id": ctx.ids.take(n), "cppv_person_id": person,
        "cppv_cp_plan_id": plans["cppl_cp_plan_id"].to_numpy()[idx], "cppv_cp_visit_date": d,
        "cppv_cp_visit_seen": yn(seen), "cppv_cp_visit_seen_alone": yn(seen & (age >= 4) & (rng.random(n) < 0.6)),
        "cppv_cp_visit_bedroom": yn(seen & (rng.random(n) < 0.45)),
    })
