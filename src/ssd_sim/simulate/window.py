"""Cut the simulated history to the extract: keep what touches the window, hide what is after as_at."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context

# (event flag, start column, [columns that are dates after the start])
STAGES = [
    ("asm", "asm_start", ["asm_auth"]),
    ("s47", "s47_start", ["s47_end"]),
    ("icpc", "icpc_date", []),
    ("cp", "cp_start", ["cp_end"]),
    ("cin1", "cin1_start", ["cin1_end"]),
    ("cin2", "cin2_start", ["cin2_end"]),
    ("svc", "svc_start", ["svc_end"]),
    ("cla", "cla_start", ["cla_end", "adm_date", "po_date", "matched_date", "placed_adoption_date",
                          "reversed_date"]),
]


def keep_in_window(ctx: Context, refs: pd.DataFrame) -> pd.DataFrame:
    """Referrals open at or closing after the lookback start, with everything after as_at removed.

    Events that would start after as_at did not happen; ends after as_at become NaN (still open).
    Each kept referral gets its global id (`ref_id`).
    """
    a = ctx.as_at
    close = refs["close"].to_numpy(float)
    keep = (refs["ref_date"].to_numpy(float) <= a) & ((close >= ctx.lookback_start) | np.isnan(close))
    r = refs[keep].reset_index(drop=True).copy()
    for flag, start, later in STAGES:
        happened = r[flag].to_numpy(bool) & (r[start].to_numpy(float) <= a)
        r[flag] = happened
        r.loc[~happened, start] = np.nan
        for col in later:
            v = r[col].to_numpy(float)
            r[col] = np.where(happened & (v <= a), v, np.nan)
    r.loc[~r["icpc"], "cp"] = False
    r.loc[~r["cp"], ["cp_start", "cp_end"]] = np.nan
    r.loc[np.isnan(r["cp_end"].to_numpy(float)), "cp_end_review"] = False
    open_cla = ~r["cla"] | r["cla_end"].isna()
    r.loc[open_cla, "cla_rec"] = None
    r.loc[~r["cla"], "cla_class"] = None
    r.loc[r["reversed_date"].isna(), "reversed_reason"] = None
    late = r["close"].to_numpy(float) > a
    r.loc[late, "close"] = np.nan
    r.loc[late, "close_reason"] = None
    r["asm_nfa"] = r["asm_nfa"] & r["asm_auth"].notna()
    r["ref_id"] = ctx.ids.take(len(r))
    return r
