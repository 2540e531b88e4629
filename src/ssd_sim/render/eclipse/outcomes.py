"""Looked-after children's outcomes as Eclipse forms: SDQ scores, missing episodes, health checks, immunisations.

Quirks rendered: the missing form's controls carry numbered suffixes (read by prefix), its answers are
text (Missing / Away..., Yes / No / Not applicable); the 903 health form holds health, dental, surveillance,
optician and immunisation checks as sub-names (with trailing spaces), whether the check took place as text,
the immunisation status as a sentence whose first character is the flag, and a child's older immunisation
forms beside the latest; SDQ scores as text with the reason for no score as its description.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.eclipse import forms
from ssd_sim.render.eclipse.forms import Instances
from ssd_sim.render.eclipse.people import _header

SDQ = "fb7f6ffc-e8a1-4b45-8eaa-356a5be33895"
MISSING = "e112bee8-4f50-4904-8ebc-842e2fd33994"
HEALTH = "0438ab4f-0d93-40d3-ab73-f97455646041"

SDQ_REASONS = {
    "SDQ1": "Child aged under 4 or over 16",
    "SDQ2": "Carer refused",
    "SDQ3": "Severity of disability",
    "SDQ4": "Other",
    "SDQ5": "Young person refused",
}
CHECK_SUBNAME = {
    "Health Assessment": "Health check ",
    "Dental Check": "Dental check ",
    "Health Surveillance Check": "Health surveillance check",
}
TAKEN_PLACE = {"Completed": "Yes", "Refused": "Refused", "Not Completed": "No"}


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    t = ctx.truth
    frames: list[pd.DataFrame] = []

    s = t["ssd_sdq_scores"].reset_index(drop=True)
    inst = Instances(_header(s["csdq_table_id"], s["csdq_person_id"]), SDQ)
    frames.append(forms.answers(ctx, inst, "903Return_dateOfLatestSDQRecord", date=s["csdq_sdq_completed_date"]))
    score = s["csdq_sdq_score"].astype("Int64").astype("string").astype(object).where(s["csdq_sdq_score"].notna())
    frames.append(forms.answers(ctx, inst, "youngPersonsStrengthsAndDifficultiesQuestionnaireScore", text=score))
    frames.append(
        forms.answers(ctx, inst, "903Return_reasonForNotSubmittingSDQ", text=s["csdq_sdq_reason"].map(SDQ_REASONS))
    )

    m = t["ssd_missing"].reset_index(drop=True)
    inst = Instances(_header(m["miss_table_id"], m["miss_person_id"]), MISSING)
    suffix = pd.Series(ctx.rng.integers(1, 4, len(m))).astype(str)
    for control, kind, values in [
        ("DATECHILDLASTSEEN", "date", m["miss_missing_episode_start_date"]),
        (
            "ABSENCETYPE",
            "text",
            m["miss_missing_episode_type"].map({"M": "Missing", "A": "Away from placement without authorisation"}),
        ),
        ("FOUNDREPORTDATE", "date", m["miss_missing_episode_end_date"]),
        ("HASARETURNHOMEINTERVIEWBEENOFFERED", "text", m["miss_missing_rhi_offered"].map({"Y": "Yes", "N": "No"})),
        (
            "HASTHERETURNHOMEINTERVIEWBEENACCEPTED",
            "text",
            m["miss_missing_rhi_accepted"].map({"Y": "Yes", "N": "No", "NA": "Not applicable"}),
        ),
    ]:
        # The control name carries a page suffix: read it by prefix.
        for suf in ("1", "2", "3"):
            pick = (suffix == suf).to_numpy()
            sub = Instances(inst.frame[pick].reset_index(drop=True), MISSING)
            vals = values[pick].reset_index(drop=True)
            name = f"{control}_{suf}"
            frames.append(
                forms.answers(ctx, sub, name, date=vals) if kind == "date" else forms.answers(ctx, sub, name, text=vals)
            )

    h = t["ssd_cla_health"].reset_index(drop=True)
    inst = Instances(
        _header(h["clah_health_check_id"], h["clah_person_id"]),
        HEALTH,
        h["clah_health_check_type"].map(CHECK_SUBNAME).reset_index(drop=True),
    )
    frames.append(forms.answers(ctx, inst, "903Return_dateOfCheck2", date=h["clah_health_check_date"]))
    frames.append(
        forms.answers(
            ctx, inst, "903Return_HealthAssessmentTakenPlace", text=h["clah_health_check_status"].map(TAKEN_PLACE)
        )
    )
    # Optician checks: a check type the SSD does not carry (noise).
    op = h.head(max(2, len(h) // 40))
    oinst = Instances(_header(pd.Series(ctx.new_ids(len(op))), op["clah_person_id"]), HEALTH, "Optician check")
    frames.append(forms.answers(ctx, oinst, "903Return_dateOfCheck2", date=op["clah_health_check_date"]))

    im = t["ssd_cla_immunisations"].reset_index(drop=True)
    text = im["clai_immunisations_status"].map({"Y": "Yes - up to date", "N": "No - not up to date"})
    inst = Instances(_header(pd.Series(ctx.new_ids(len(im))), im["clai_person_id"]), HEALTH, "Immunisation check ")
    frames.append(forms.answers(ctx, inst, "903Return_ImmunisationsComplete", text=text))
    frames.append(forms.answers(ctx, inst, "903Return_dateOfCheckImm", date=im["clai_immunisations_status_date"]))
    # Older immunisation forms of some children (superseded by the latest).
    old = im.iloc[np.flatnonzero(ctx.rng.random(len(im)) < 0.3)].reset_index(drop=True)
    oinst = Instances(_header(pd.Series(ctx.new_ids(len(old))), old["clai_person_id"]), HEALTH, "Immunisation check ")
    frames.append(
        forms.answers(ctx, oinst, "903Return_ImmunisationsComplete", text=pd.Series(["No - not up to date"] * len(old)))
    )
    frames.append(
        forms.answers(
            ctx,
            oinst,
            "903Return_dateOfCheckImm",
            date=pd.to_datetime(old["clai_immunisations_status_date"]) - pd.Timedelta(days=400),
        )
    )
    return {"FORMANSWERPERSONVIEW": [forms.finish(ctx, frames)]}
