"""Children in need plans and the visits made under them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context
from .involvements import holder_at
from .timeutil import next_weekday, schedule
from .util import yn

CIN_VISIT_DAYS = 36  # about ten a year


def cin_plans(ctx: Context, refs: pd.DataFrame, invo: pd.DataFrame) -> pd.DataFrame:
    """ssd_cin_plans: after an assessment (services) and step-down plans after a CP plan ends."""
    parts = []
    for k in ("cin1", "cin2"):
        r = refs[refs[k]]
        parts.append(pd.DataFrame({"ref_id": r["ref_id"], "cidx": r["cidx"],
                                   "start": r[f"{k}_start"], "end": r[f"{k}_end"]}))
    p = pd.concat(parts, ignore_index=True).sort_values(["start", "ref_id"], kind="stable")
    n = len(p)
    w, t = holder_at(invo, "ref_id", p["ref_id"].to_numpy(), p["start"].to_numpy(float))
    return pd.DataFrame({
        "cinp_cin_plan_id": ctx.ids.take(n), "cinp_referral_id": p["ref_id"].to_numpy(),
        "cinp_person_id": p["cidx"].to_numpy(), "cinp_cin_plan_start_date": p["start"].to_numpy(),
        "cinp_cin_plan_end_date": p["end"].to_numpy(), "cinp_cin_plan_team": t,
        "cinp_cin_plan_worker_id": w,
    })


def cin_visits(ctx: Context, plans: pd.DataFrame, dob_of: np.ndarray) -> pd.DataFrame:
    """ssd_cin_visits: roughly every five weeks during CIN plans (born children only)."""
    rng = ctx.rng
    person = plans["cinp_person_id"].to_numpy()
    start = np.maximum(plans["cinp_cin_plan_start_date"].to_numpy(float), dob_of[person])
    end = plans["cinp_cin_plan_end_date"].to_numpy(float)
    stop = np.where(np.isnan(end), ctx.as_at + 1, end + 1)
    idx, d = schedule(start, stop, 10, CIN_VISIT_DAYS, 6, rng)
    d = next_weekday(d)
    ok = d <= np.minimum(stop[idx] - 1, ctx.as_at)
    idx, d = idx[ok], d[ok]
    n = len(idx)
    who = person[idx]
    age = (d - dob_of[who]) / 365.25
    seen = rng.random(n) < 0.9
    return pd.DataFrame({
        "cinv_cin_visit_id": ctx.ids.take(n), "cinv_person_id": who, "cinv_cin_visit_date": d,
        "cinv_cin_visit_seen": yn(seen), "cinv_cin_visit_seen_alone": yn(seen & (age >= 4) & (rng.random(n) < 0.5)),
        "cinv_cin_visit_bedroom": yn(seen & (rng.random(n) < 0.3)),
    })
