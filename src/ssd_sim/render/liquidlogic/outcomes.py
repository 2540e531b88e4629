"""Outcomes of looked-after children: render the truth into Liquidlogic HDM raw tables.

Covers ssd_cla_health (FACT_HEALTH_CHECK), ssd_cla_substance_misuse (FACT_SUBSTANCE_MISUSE),
ssd_cla_convictions (FACT_OFFENCE), and, as fragments of the shared FACT_FORMS / FACT_FORM_ANSWERS,
ssd_sdq_scores (form type SDQ), ssd_cla_previous_permanence (PrevPerm) and ssd_cla_care_plan
(CLACarePlan). ssd_cla_immunisations lives on FACT_CLA, which care.py renders.

Quirks: check types and statuses as descriptions in any case, substance codes in lower case, Y/N flags
spelt YES/TRUE/1, scores typed as "14.0", reasons and options as "SDQ2 - description" text, the previous
order date split into day / month name / year answers, care-plan dates as dd/mm/yyyy text and "No"
answers left out. Noise rows: people not in DIM_PERSON, unknown check types, duplicated extract rows,
unreadable scores / months / plan dates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.liquidlogic.care import (
    _flags,
    _ids,
    _noise_count,
    _outsiders,
    _pick,
    _sample,
    _seed,
    _truth,
    _vary,
)

FORM_SDQ = "SDQ"
FORM_PREV_PERM = "PrevPerm"
FORM_CARE_PLAN = "CLACarePlan"
SDQ_TEMPLATE = "Strengths and Difficulties Questionnaire"
PREV_PERM_TEMPLATE = "CLA Outcomes - Previous Permanence"
CARE_PLAN_TEMPLATE = "Care Plan - Permanence"
CARE_PLAN_KEYS = ("REMAINSUP", "RETURN1M", "RETURN6M", "RETURNEV", "LTRELFR", "LTFOST18", "RESPLMT",
                  "SUPPLIV", "ADOPTION", "OTHERPLN")  # answers CPFUP1..CPFUP10, in this order
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "FACT_HEALTH_CHECK",
    "FACT_SUBSTANCE_MISUSE",
    "FACT_OFFENCE",
)

Frames = dict[str, list[pd.DataFrame]]


def _outsider_noise(ctx: RenderContext, raw: pd.DataFrame, key: str) -> pd.DataFrame:
    noise = _sample(ctx, raw, _noise_count(len(raw)))
    noise[key] = ctx.new_ids(len(noise))
    noise["DIM_PERSON_ID"] = _outsiders(ctx, len(noise))
    return noise


def _health(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_health")
    raw = pd.DataFrame({
        "FACT_HEALTH_CHECK_ID": _ids(t["clah_health_check_id"]),
        "DIM_PERSON_ID": _ids(t["clah_person_id"]),
        "START_DTTM": t["clah_health_check_date"],
        "DIM_LOOKUP_EVENT_TYPE_DESC": _vary(ctx, t["clah_health_check_type"]),
        "DIM_LOOKUP_EXAM_STATUS_DESC": _vary(ctx, t["clah_health_check_status"]),
    })
    other = _sample(ctx, raw, _noise_count(len(raw)))
    other["FACT_HEALTH_CHECK_ID"] = ctx.new_ids(len(other))
    other["DIM_LOOKUP_EVENT_TYPE_DESC"] = _pick(ctx, ["Optician Check", "Hearing Test"], [1, 1], len(other))
    return {"FACT_HEALTH_CHECK": [raw, _outsider_noise(ctx, raw, "FACT_HEALTH_CHECK_ID"), other]}


def _substance_misuse(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_substance_misuse")
    lower = ctx.rng.random(len(t)) < 0.2
    raw = pd.DataFrame({
        "FACT_SUBSTANCE_MISUSE_ID": _ids(t["clas_substance_misuse_id"]),
        "DIM_PERSON_ID": _ids(t["clas_person_id"]),
        "START_DTTM": t["clas_substance_misuse_date"],
        "DIM_LOOKUP_SUBSTANCE_TYPE_CODE": [c.lower() if lo and isinstance(c, str) else c
                                           for c, lo in zip(t["clas_substance_misused"], lower, strict=True)],
        "ACCEPT_FLAG": _flags(ctx, t["clas_intervention_received"]),
    })
    return {"FACT_SUBSTANCE_MISUSE": [raw, _outsider_noise(ctx, raw, "FACT_SUBSTANCE_MISUSE_ID")]}


def _convictions(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_convictions")
    pad = ctx.rng.random(len(t))
    raw = pd.DataFrame({
        "FACT_OFFENCE_ID": _ids(t["clac_cla_conviction_id"]),
        "DIM_PERSON_ID": _ids(t["clac_person_id"]),
        "OFFENCE_DTTM": t["clac_cla_conviction_date"],
        "DESCRIPTION": [d + "  " if p < 0.1 and isinstance(d, str) else d
                        for d, p in zip(t["clac_cla_conviction_offence"], pad, strict=True)],
    })
    dupes = _sample(ctx, raw, _noise_count(len(raw)))  # the extract repeats a row (same key)
    return {"FACT_OFFENCE": [raw, dupes, _outsider_noise(ctx, raw, "FACT_OFFENCE_ID")]}


def _answers(ctx: RenderContext, form_ids, question: str, answers, when, template: str) -> pd.DataFrame:
    form_ids = np.asarray(form_ids)
    return pd.DataFrame({
        "FACT_FORM_ANSWER_ID": ctx.new_ids(len(form_ids)),
        "FACT_FORM_ID": form_ids,
        "ANSWER_NO": question,
        "ANSWER": list(answers),
        "ANSWERED_DTTM": pd.to_datetime(pd.Series(when, dtype="datetime64[ns]")).to_numpy()
        if len(form_ids) else pd.Series([], dtype="datetime64[ns]"),
        "DIM_ASSESSMENT_TEMPLATE_ID_DESC": template,
    })


def _code_text(ctx: RenderContext, codes: pd.Series, seed: str) -> list[str | None]:
    """A code as typed into a form: "SDQ2", "sdq2" or "SDQ2 - <description>"."""
    lookup = _seed(seed)
    style = ctx.rng.random(len(codes))
    out: list[str | None] = []
    for c, s in zip(codes.tolist(), style, strict=True):
        if not isinstance(c, str):
            out.append(None)
        elif s < 0.6:
            out.append(c)
        elif s < 0.75:
            out.append(c.lower())
        else:
            out.append(f"{c} - {lookup[c]}")
    return out


def _sdq(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_sdq_scores")
    form_ids = _ids(t["csdq_table_id"]).to_numpy()
    forms = pd.DataFrame({"FACT_FORM_ID": form_ids, "DIM_PERSON_ID": _ids(t["csdq_person_id"]),
                          "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_SDQ})
    s = t[t["csdq_sdq_score"].notna()]
    style = ctx.rng.random(len(s))
    score_text = [f"{int(v)}.0" if st < 0.1 else f" {int(v)}" if st < 0.15 else str(int(v))
                  for v, st in zip(s["csdq_sdq_score"], style, strict=True)]
    r = t[t["csdq_sdq_reason"].notna()]
    scores = _answers(ctx, form_ids[s.index], "SDQScore", score_text, s["csdq_sdq_completed_date"], SDQ_TEMPLATE)
    reasons = _answers(ctx, form_ids[r.index], "SDQReason", _code_text(ctx, r["csdq_sdq_reason"],
                       "dfe__903_sdq_reason"), r["csdq_sdq_completed_date"], SDQ_TEMPLATE)
    # Noise: SDQ forms of people not in DIM_PERSON; a form whose score is not a number.
    n = _noise_count(len(scores))
    bad = _sample(ctx, scores, 2 * n)
    new = ctx.new_ids(len(bad))
    bad["FACT_FORM_ID"] = new
    bad["FACT_FORM_ANSWER_ID"] = ctx.new_ids(len(bad))
    bad_forms = pd.DataFrame({"FACT_FORM_ID": new, "DIM_PERSON_ID": forms["DIM_PERSON_ID"].iloc[: len(bad)].to_numpy(),
                              "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_SDQ})
    bad_forms.loc[: n - 1, "DIM_PERSON_ID"] = _outsiders(ctx, min(n, len(bad)))
    bad.loc[n:, "ANSWER"] = "refused"
    return {"FACT_FORMS": [forms, bad_forms], "FACT_FORM_ANSWERS": [scores, reasons, bad]}


def _prev_perm(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_previous_permanence")
    form_ids = _ids(t["lapp_table_id"]).to_numpy()
    forms = pd.DataFrame({"FACT_FORM_ID": form_ids, "DIM_PERSON_ID": _ids(t["lapp_person_id"]),
                          "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_PREV_PERM})
    nat = pd.Series(pd.NaT, index=t.index, dtype="datetime64[ns]")
    parts = [_answers(ctx, form_ids, "PREVADOPTORD",
                      _code_text(ctx, t["lapp_previous_permanence_option"], "dfe__903_previous_permanence"),
                      nat, PREV_PERM_TEMPLATE)]
    la = t[t["lapp_previous_permanence_la"].notna()]
    parts.append(_answers(ctx, form_ids[la.index], "INENG",
                          [v if ctx.rng.random() < 0.9 else f" {v} " for v in la["lapp_previous_permanence_la"]],
                          nat[la.index], PREV_PERM_TEMPLATE))
    d = t[t["lapp_previous_permanence_order_date"].notna()]
    dd = pd.to_datetime(d["lapp_previous_permanence_order_date"], format="%d/%m/%Y")
    day_style = ctx.rng.random(len(d))
    mon_style = ctx.rng.random(len(d))
    days = [f"{x.day:02d}" if s < 0.5 else str(x.day) for x, s in zip(dd, day_style, strict=True)]
    months = [MONTHS[x.month - 1] if s < 0.6 else MONTHS[x.month - 1][:3] if s < 0.8 else MONTHS[x.month - 1].upper()
              for x, s in zip(dd, mon_style, strict=True)]
    parts.append(_answers(ctx, form_ids[d.index], "ORDERDATE", days, nat[d.index], PREV_PERM_TEMPLATE))
    parts.append(_answers(ctx, form_ids[d.index], "ORDERMONTH", months, nat[d.index], PREV_PERM_TEMPLATE))
    parts.append(_answers(ctx, form_ids[d.index], "ORDERYEAR", [str(x.year) for x in dd], nat[d.index],
                          PREV_PERM_TEMPLATE))
    # Noise: previous-permanence forms of people not in DIM_PERSON; an option typed as free text.
    n = _noise_count(len(forms))
    noise_forms = _sample(ctx, forms, 2 * n)
    noise_forms["FACT_FORM_ID"] = ctx.new_ids(len(noise_forms))
    noise_forms.loc[: n - 1, "DIM_PERSON_ID"] = _outsiders(ctx, min(n, len(noise_forms)))
    opts = ["Z1"] * min(n, len(noise_forms)) + ["See notes"] * (len(noise_forms) - min(n, len(noise_forms)))
    parts.append(_answers(ctx, noise_forms["FACT_FORM_ID"], "PREVADOPTORD", opts,
                          pd.Series(pd.NaT, index=range(len(noise_forms)), dtype="datetime64[ns]"),
                          PREV_PERM_TEMPLATE))
    return {"FACT_FORMS": [forms, noise_forms], "FACT_FORM_ANSWERS": parts}


def _ddmmyyyy(s: pd.Series) -> list[str | None]:
    return [None if pd.isna(x) else x.strftime("%d/%m/%Y") for x in s]


def _care_plans(ctx: RenderContext) -> Frames:
    t = _truth(ctx, "ssd_cla_care_plan")
    form_ids = _ids(t["lacp_table_id"]).to_numpy()
    forms = pd.DataFrame({"FACT_FORM_ID": form_ids, "DIM_PERSON_ID": _ids(t["lacp_person_id"]),
                          "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_CARE_PLAN})
    when = t["lacp_cla_care_plan_start_date"]
    parts = [_answers(ctx, form_ids, "CPStartDate", _ddmmyyyy(when), when, CARE_PLAN_TEMPLATE)]
    e = t[t["lacp_cla_care_plan_end_date"].notna()]
    parts.append(_answers(ctx, form_ids[e.index], "CPEndDate", _ddmmyyyy(e["lacp_cla_care_plan_end_date"]),
                          e["lacp_cla_care_plan_end_date"], CARE_PLAN_TEMPLATE))
    chosen = t["lacp_cla_care_plan_json"].str.extract(r'"(\w+)":"Y"')[0]
    for k, key in enumerate(CARE_PLAN_KEYS, start=1):
        yes = (chosen == key).to_numpy()
        no = ~yes & (ctx.rng.random(len(t)) < 0.4)  # "No" answers are often left blank
        rows = np.flatnonzero(yes | no)
        texts = np.where(yes[rows], _pick(ctx, ["Yes", "YES", "Y", "yes"], [80, 8, 7, 5], len(rows)),
                         _pick(ctx, ["No", "NO", "N", "no"], [80, 8, 7, 5], len(rows)))
        parts.append(_answers(ctx, form_ids[rows], f"CPFUP{k}", texts, when.iloc[rows], CARE_PLAN_TEMPLATE))
    # Noise: plans of people not in DIM_PERSON; a plan whose start date answer is not a date.
    n = _noise_count(len(forms))
    noise_forms = _sample(ctx, forms, 2 * n)
    noise_forms["FACT_FORM_ID"] = ctx.new_ids(len(noise_forms))
    m = min(n, len(noise_forms))
    noise_forms.loc[: m - 1, "DIM_PERSON_ID"] = _outsiders(ctx, m)
    starts = ["01/04/2022"] * m + ["TBC"] * (len(noise_forms) - m)
    parts.append(_answers(ctx, noise_forms["FACT_FORM_ID"], "CPStartDate", starts,
                          pd.Series(pd.Timestamp("2022-04-01"), index=range(len(noise_forms))), CARE_PLAN_TEMPLATE))
    parts.append(_answers(ctx, noise_forms["FACT_FORM_ID"], "CPFUP6", ["Yes"] * len(noise_forms),
                          pd.Series(pd.Timestamp("2022-04-01"), index=range(len(noise_forms))), CARE_PLAN_TEMPLATE))
    return {"FACT_FORMS": [forms, noise_forms], "FACT_FORM_ANSWERS": parts}


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    """All raw fragments this part writes, keyed by raw table name."""
    out: dict[str, list[pd.DataFrame]] = {}
    for part in (_health, _substance_misuse, _convictions, _sdq, _prev_perm, _care_plans):
        for name, frames in part(ctx).items():
            out.setdefault(name, []).extend(f for f in frames if len(f))
    return out
