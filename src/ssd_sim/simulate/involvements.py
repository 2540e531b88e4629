"""Allocated case-worker involvements per referral, and 'who held the case on this date' look-ups."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context
from .util import choice
from .workforce import Workforce

CHANGE_REASONS = {"WORKER_LEFT": 0.35, "CASELOAD": 0.3, "FAMILY_REQUEST": 0.1, "SICKNESS": 0.1,
                  "OTHER": 0.15}
TEAM_TRANSFER = "TEAM_TRANSFER"


def case_worker_involvements(ctx: Context, refs: pd.DataFrame, wf: Workforce) -> pd.DataFrame:
    """CW involvements: an assessment-team worker, then safeguarding (CIN/CP plans), then children in care.

    Long allocations sometimes change worker part-way. Columns: invo_id, ref_id, cidx, worker_id,
    team_id, start, end, reason, role.
    """
    rng = ctx.rng
    r0 = refs["ref_date"].to_numpy(float)
    plan = np.fmin(refs["cp_start"].to_numpy(float), refs["cin1_start"].to_numpy(float))
    cla = refs["cla_start"].to_numpy(float)
    plan = np.where(plan >= np.fmin(cla, np.inf), np.nan, plan)
    close = refs["close"].to_numpy(float)
    segs = []
    bounds = [(r0, "assess"), (plan, "safeguard"), (cla, "cic")]
    for i, (start, group) in enumerate(bounds):
        later = [b for b, _ in bounds[i + 1:]]
        end = close.copy()
        for b in reversed(later):
            end = np.where(~np.isnan(b), b, end)
        m = ~np.isnan(start)
        segs.append(pd.DataFrame({"row": np.nonzero(m)[0], "start": start[m], "end": end[m],
                                  "group": group, "seg": i}))
    s = pd.concat(segs, ignore_index=True)
    s = s[~(s["end"] < s["start"])].reset_index(drop=True)
    # a worker change part-way through long allocations
    length = np.nan_to_num(s["end"].to_numpy(float), nan=ctx.as_at) - s["start"].to_numpy(float)
    split = (length > 60) & (rng.random(len(s)) < np.minimum(0.8, length / 450))
    cut = np.floor(s["start"].to_numpy(float) + 30 + rng.random(len(s)) * (length - 60).clip(1))
    first = s.copy()
    first["end"] = np.where(split, cut, s["end"])
    first["reason"] = np.where(split, choice(rng, CHANGE_REASONS, len(s)), None)
    second = s[split].copy()
    second["start"] = cut[split]
    second["reason"] = None
    s = pd.concat([first, second], ignore_index=True).sort_values(["row", "start"], kind="stable")
    # the allocation that ends because the case moves team is a transfer
    nxt = s.groupby("row")["seg"].shift(-1)
    s.loc[(nxt.notna()) & (nxt != s["seg"]), "reason"] = TEAM_TRANSFER
    s["worker_id"] = 0
    s["team_id"] = 0
    for g in ("assess", "safeguard", "cic"):
        m = (s["group"] == g).to_numpy()
        w, t = wf.pick(rng, g, int(m.sum()))
        s.loc[m, "worker_id"] = w
        s.loc[m, "team_id"] = t
    s.loc[s["end"] > ctx.as_at, "end"] = np.nan
    rows = s["row"].to_numpy()
    out = pd.DataFrame({
        "ref_id": refs["ref_id"].to_numpy()[rows], "cidx": refs["cidx"].to_numpy()[rows],
        "worker_id": s["worker_id"].to_numpy(), "team_id": s["team_id"].to_numpy(),
        "start": s["start"].to_numpy(float), "end": s["end"].to_numpy(float),
        "reason": s["reason"].to_numpy(object), "role": "CW",
    })
    out["invo_id"] = ctx.ids.take(len(out))
    return out


def holder_at(invo: pd.DataFrame, key: str, keys: np.ndarray, dates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(worker_id, team_id) of the involvement under `key` that had started by each date.

    Dates before the first involvement take the first one.
    """
    left = pd.DataFrame({key: keys, "date": np.asarray(dates, dtype=float), "pos": np.arange(len(keys))})
    left["date"] = left["date"].fillna(-1e9)
    right = invo[[key, "start", "worker_id", "team_id"]].sort_values("start", kind="stable")
    m = pd.merge_asof(left.sort_values("date", kind="stable"), right, left_on="date", right_on="start",
                      by=key, direction="backward")
    miss = m["worker_id"].isna()
    if miss.any():
        firsts = right.groupby(key).first()
        m.loc[miss, "worker_id"] = m.loc[miss, key].map(firsts["worker_id"])
        m.loc[miss, "team_id"] = m.loc[miss, key].map(firsts["team_id"])
    m = m.sort_values("pos")
    return m["worker_id"].to_numpy(float), m["team_id"].to_numpy(float)


def caseloads(ctx: Context, invo: pd.DataFrame, worker_ids: np.ndarray) -> np.ndarray:
    """CW involvements open on the latest 30 September on or before as_at, per worker."""
    d = latest_30_september(ctx.as_at)
    cw = invo[invo["role"] == "CW"]
    open_ = cw[(cw["start"] <= d) & (cw["end"].isna() | (cw["end"] > d))]
    counts = open_.groupby("worker_id").size()
    return pd.Series(worker_ids).map(counts).fillna(0).astype(int).to_numpy()


def latest_30_september(as_at: float) -> float:
    """Day number of the latest 30 September on or before as_at."""
    ts = pd.Timestamp(np.datetime64(int(as_at), "D"))
    y = ts.year if (ts.month, ts.day) >= (9, 30) else ts.year - 1
    return float((np.datetime64(f"{y}-09-30", "D") - np.datetime64("1970-01-01", "D")).astype(np.int64))
