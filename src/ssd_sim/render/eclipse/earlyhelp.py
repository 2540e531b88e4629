"""Early help episodes: Early Help classification periods, their closure forms and provider allocations.

Quirks rendered: an episode is a classification period (code 699 Early Help); a quarter of the longer ones are
re-classified half way to code 1271 Family Help - Early Help (the first part ends 'Re-classified', the second
starts the same or next day), so the SSD episode is the merged run and its id the first assignment's. The
reason for involvement is the answer of an Early Help: Request for support form started on the episode start;
the end reason is the answer of the closure form (Early Help: Closure, or Family Help: Closure once
re-classified, with their own control names) dated on the episode end. The providing organisation is a
non-team ORGANISATIONVIEW row (family hub, school, health or voluntary partner) allocated with
ALLOCATEDTEAMCODE 'EH'. Noise: deleted early-help classifications, an early-help period of a test person,
and in-progress closure forms with another reason.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.eclipse import forms
from ssd_sim.render.eclipse.forms import Instances
from ssd_sim.render.eclipse.people import _header, _ids

PATH_EARLY_HELP = 69
CODE_EARLY_HELP = 699
CODE_FAMILY_HELP_EH = 1271
REQUEST = "3a7e5c21-9b4d-4f0e-8c6a-2d1f0b9e7a54"  # Early Help: Request for support (LA specific)
EH_CLOSURE = "12bb8ca2-e585-4a09-a6dd-d5b6e910a3f0"
FH_CLOSURE = "57eef045-0dbb-4df4-8dbd-bb07acf99e99"
RECLASSIFIED = "Re-classified"
TEST_PERSON = 3


def _classifications(ctx: RenderContext, e: pd.DataFrame, split: np.ndarray, mid: pd.Series) -> list[pd.DataFrame]:
    start = pd.to_datetime(e["earl_episode_start_date"])
    end = pd.to_datetime(e["earl_episode_end_date"])
    rows = [
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": _ids(e["earl_episode_id"]).to_numpy(),
                "PERSONID": _ids(e["earl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_EARLY_HELP,
                "CLASSIFICATIONCODEID": CODE_EARLY_HELP,
                "NAME": "Early Help",
                "STARTDATE": start.to_numpy(),
                "ENDDATE": end.where(~split, mid).to_numpy(),
                "ENDREASON": np.where(split, RECLASSIFIED, None),
                "STATUS": "ACTIVE",
            }
        )
    ]
    sp = e[split]
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(sp)),
                "PERSONID": _ids(sp["earl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_EARLY_HELP,
                "CLASSIFICATIONCODEID": CODE_FAMILY_HELP_EH,
                "NAME": "Family Help - Early Help",
                "STARTDATE": (mid[split] + pd.to_timedelta(ctx.rng.integers(0, 2, len(sp)), unit="D")).to_numpy(),
                "ENDDATE": end[split].to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )
    # Noise: deleted assignments, and an early-help period recorded against a test person.
    dl = e.sample(n=min(max(1, len(e) // 40), len(e)), random_state=int(ctx.rng.integers(1 << 30))) if len(e) else e
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(dl)),
                "PERSONID": _ids(dl["earl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_EARLY_HELP,
                "CLASSIFICATIONCODEID": CODE_EARLY_HELP,
                "NAME": "Early Help",
                "STARTDATE": pd.to_datetime(dl["earl_episode_start_date"]).to_numpy(),
                "ENDDATE": pd.to_datetime(dl["earl_episode_end_date"]).to_numpy(),
                "STATUS": "DELETED",
            }
        )
    )
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(1),
                "PERSONID": [TEST_PERSON],
                "CLASSIFICATIONPATHID": PATH_EARLY_HELP,
                "CLASSIFICATIONCODEID": CODE_EARLY_HELP,
                "NAME": "Early Help",
                "STARTDATE": [pd.Timestamp("2024-01-08")],
                "STATUS": "ACTIVE",
            }
        )
    )
    return rows


def _forms(ctx: RenderContext, e: pd.DataFrame, split: np.ndarray) -> pd.DataFrame:
    frames: list[pd.DataFrame] = []
    start = pd.to_datetime(e["earl_episode_start_date"])
    req = Instances(
        _header(pd.Series(ctx.new_ids(len(e))), e["earl_person_id"], started=start, completed=start), REQUEST
    )
    frames.append(forms.answers(ctx, req, "reasonForRequest", text=e["earl_episode_reason"]))
    text_of = {r["end_reason_code"]: r["answer_text"] for r in forms.seed("eclipse__early_help_end_reason")}
    closed = e["earl_episode_end_date"].notna().to_numpy()
    for design, reason_control, date_control, part in (
        (EH_CLOSURE, "AnnexA_reasonForClosure1", "dateOfClosure", closed & ~split),
        (FH_CLOSURE, "reasonForClosure1", "dateCaseClosed", closed & split),
    ):
        c = e[part].reset_index(drop=True)
        end = pd.to_datetime(c["earl_episode_end_date"])
        inst = Instances(
            _header(pd.Series(ctx.new_ids(len(c))), c["earl_person_id"], completed=end),
            design,
            "Early Help closure" if design == EH_CLOSURE else "Family Help closure ",
        )
        frames.append(forms.answers(ctx, inst, reason_control, text=c["earl_episode_end_reason"].map(text_of)))
        frames.append(forms.answers(ctx, inst, date_control, date=end))
        # Noise: an abandoned draft of the same closure, with another reason.
        d = c.sample(n=min(max(1, len(c) // 25), len(c)), random_state=int(ctx.rng.integers(1 << 30))) if len(c) else c
        d = d.reset_index(drop=True)
        dinst = Instances(
            _header(pd.Series(ctx.new_ids(len(d))), d["earl_person_id"], state="INPROGRESS"),
            design,
            inst.subname,
        )
        frames.append(forms.answers(ctx, dinst, reason_control, text=pd.Series(["Other"] * len(d))))
        frames.append(forms.answers(ctx, dinst, date_control, date=pd.to_datetime(d["earl_episode_end_date"])))
    return forms.finish(ctx, frames)


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    e = ctx.truth["ssd_early_help_episodes"].reset_index(drop=True)
    start = pd.to_datetime(e["earl_episode_start_date"])
    end = pd.to_datetime(e["earl_episode_end_date"])
    span = (end - start).dt.days
    split = ((ctx.rng.random(len(e)) < 0.25) & (span.fillna(0) > 20)).to_numpy()
    mid = start + pd.to_timedelta((span.fillna(0) * 0.5).astype(int), unit="D")

    names = {r["organisation_code"]: r["organisation_name"] for r in forms.seed("eclipse__early_help_organisation")}
    org_ids = dict(zip(sorted(names), ctx.new_ids(len(names)), strict=True))
    orgs = pd.DataFrame(
        {
            "ORGANISATIONID": [org_ids[c] for c in sorted(names)],
            "DESCRIPTION": [names[c] for c in sorted(names)],
            "ORGANISATIONCLASS": "SERVICE",
            "SECTOR": ["CHARITY" if c == "VCS_PARTNER" else "LOCAL_AUTHORITY" for c in sorted(names)],
            "SECTORSUBTYPE": "EARLY_HELP",
        }
    )
    allocations = pd.DataFrame(
        {
            "RELATIONSHIPID": ctx.new_ids(len(e)),
            "PERSONID": _ids(e["earl_person_id"]).to_numpy(),
            "ORGANISATIONID": e["earl_episode_organisation"].map(org_ids).to_numpy(),
            "ALLOCATEDTEAMCODE": "EH",
            "DATESTARTED": start.to_numpy(),
            "DATEENDED": end.to_numpy(),
        }
    )
    codes = pd.DataFrame(
        [
            (CODE_EARLY_HELP, "EH", "Early Help", PATH_EARLY_HELP),
            (CODE_FAMILY_HELP_EH, "FHEH", "Family Help - Early Help", PATH_EARLY_HELP),
        ],
        columns=["ID", "CODE", "NAME", "CLASSIFICATION_GROUP_ID"],
    )
    return {
        "CLASSIFICATIONPERSONVIEW": _classifications(ctx, e, split, mid),
        "CLASSIFICATION": [codes],
        "FORMANSWERPERSONVIEW": [_forms(ctx, e, split)],
        "ORGANISATIONVIEW": [orgs],
        "PERSONORGRELATIONSHIPVIEW": [allocations],
    }
