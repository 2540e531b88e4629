"""Eclipse forms: the long FORMANSWERPERSONVIEW table (one row per answer) and its form designs.

A form instance (INSTANCEID) is one SSD row; each answered control is one raw row. Unanswered controls
have no row at all, multi-select controls (next steps, worker outcome, child-specific factors) have one
row per ticked option. Dates sit in DATEANSWERVALUE (ANSWERVALUE holds the same date as ISO text).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from ssd_kit import suppliers
from ssd_sim.render.base import RenderContext

SEED_DIR = suppliers.seeds_dir("eclipse")

# DESIGNGUIDs of the form templates the SSD reads (LA specific; these are the pilot LA's).
REFERRAL = "e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f"
ASSESSMENT = "94b3f530-a918-4f33-85c2-0ae355c9c2fd"
VISIT = "7b04f2b4-1170-44a2-8f2f-111d51d8a90f"
MASH = "8fae4e1f-344b-4c08-93ba-8b344513198c"
# A form design the SSD does not read (noise in the same view).
CASE_NOTE = "0c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"

COMPLETE = "COMPLETE"

TABLE = "FORMANSWERPERSONVIEW"  # its columns and kinds: suppliers/eclipse/supplier.yml


@cache
def seed(name: str) -> list[dict[str, str]]:
    with open(SEED_DIR / f"{name}.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@dataclass
class Instances:
    """One row per form instance: the header columns every answer row of that instance repeats."""

    frame: pd.DataFrame  # INSTANCEID, ANSWERFORSUBJECTID, and optionally the other header columns
    design: str
    subname: pd.Series | str = ""


def answers(
    ctx: RenderContext,
    inst: Instances,
    control: str,
    text: pd.Series | None = None,
    short: pd.Series | None = None,
    date: pd.Series | None = None,
) -> pd.DataFrame:
    """The answer rows of one control: one per instance whose value is not null."""
    f = inst.frame
    value = date if date is not None else (text if text is not None else short)
    keep = np.asarray(pd.Series(value).notna())
    out = pd.DataFrame(
        {
            "INSTANCEID": f["INSTANCEID"].to_numpy()[keep],
            "DESIGNGUID": inst.design,
            "DESIGNSUBNAME": (inst.subname.to_numpy()[keep] if isinstance(inst.subname, pd.Series) else inst.subname),
            "CONTROLNAME": control,
        }
    )
    for col in ("INSTANCESTATE", "ANSWERFORSUBJECTID", "SUBMITTERPERSONID", "DATESTARTED", "DATECOMPLETED"):
        out[col] = f[col].to_numpy()[keep] if col in f.columns else None
    if "INSTANCESTATE" not in f.columns:
        out["INSTANCESTATE"] = COMPLETE
    out["SUBJECTID"] = out["ANSWERFORSUBJECTID"]
    if date is not None:
        d = pd.to_datetime(pd.Series(date)).to_numpy()[keep]
        out["DATEANSWERVALUE"] = d
        out["ANSWERVALUE"] = pd.Series(d).dt.strftime("%Y-%m-%d").to_numpy()
    else:
        out["ANSWERVALUE"] = pd.Series(text).to_numpy()[keep] if text is not None else None
        out["SHORTANSWERVALUE"] = pd.Series(short).to_numpy()[keep] if short is not None else None
    out["PAGETITLE"] = "Main"
    return out


def visit_answers(
    ctx: RenderContext, inst: Instances, date: pd.Series, seen: pd.Series, seen_alone: pd.Series
) -> list[pd.DataFrame]:
    """The answer rows of a Child: Visit form (CIN, CP and CLA visits): the visit date, whether the child was
    seen (Yes / No) and seen alone (Child seen alone / Child not seen alone), from the SSD's Y / N values."""
    return [
        answers(ctx, inst, "AnnexAReturn_dateOfVisit", date=date),
        answers(ctx, inst, "AnnexAReturn_wasTheChildSeen", text=seen.map({"Y": "Yes", "N": "No"})),
        answers(
            ctx,
            inst,
            "AnnexAReturn_wasTheChildSeenAlone",
            text=seen_alone.map({"Y": "Child seen alone", "N": "Child not seen alone"}),
        ),
    ]


def multi_answers(ctx: RenderContext, inst: Instances, control: str, ticks: pd.DataFrame) -> pd.DataFrame:
    """A multi-select control: ticks has one row per (instance position `pos`, option text)."""
    sub = Instances(
        inst.frame.iloc[ticks["pos"].to_numpy()].reset_index(drop=True),
        inst.design,
        inst.subname.iloc[ticks["pos"].to_numpy()].reset_index(drop=True)
        if isinstance(inst.subname, pd.Series)
        else inst.subname,
    )
    return answers(
        ctx,
        sub,
        control,
        text=ticks["text"].reset_index(drop=True),
        short=ticks.get("short", pd.Series([None] * len(ticks))).reset_index(drop=True),
    )


def raw_columns() -> list[str]:
    return list(suppliers.load("eclipse").tables[TABLE])


def finish(ctx: RenderContext, frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f.dropna(axis=1, how="all") for f in frames if len(f)]
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(raw_columns()))
    # Eclipse shows answers in entry order, not instance order.
    df = df.iloc[ctx.rng.permutation(len(df))].reset_index(drop=True)
    df["ANSWERID"] = ctx.new_ids(len(df))
    return df
