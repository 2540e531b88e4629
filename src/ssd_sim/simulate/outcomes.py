"""Outcomes of looked-after children (903 OC2 and related): health and dental checks, immunisations,
substance misuse, convictions, SDQ scores, previous permanence and care (permanence) plans.

Every table hangs off the periods of care (cla.CareRecords.periods); see TRUTH_RULES.md.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_kit.jsonfmt import json_object

from .context import Context
from .timeutil import YEAR, birthday, schedule, to_datetime
from .util import choice, uniform_int, yn

TABLES: tuple[str, ...] = (
    "ssd_cla_health", "ssd_cla_immunisations", "ssd_cla_substance_misuse", "ssd_cla_convictions",
    "ssd_sdq_scores", "ssd_cla_previous_permanence", "ssd_cla_care_plan",
)

HEALTH_ASSESSMENT = "Health Assessment"
DENTAL_CHECK = "Dental Check"
SURVEILLANCE_CHECK = "Health Surveillance Check"
HEALTH_STATUS = {"Completed": 0.9, "Refused": 0.04, "Not Completed": 0.06}
SUBSTANCES = {"ALCOHOL": 0.3, "CANNABIS": 0.45, "SOLVENTS": 0.05, "CLASS_A": 0.08, "OTHER": 0.12}
OFFENCES = {"Theft": 0.22, "Criminal damage": 0.18, "Common assault": 0.2, "Possession of a controlled drug": 0.1,
            "Public order offence": 0.12, "Burglary": 0.06, "Robbery": 0.04, "Motoring offence": 0.08}
SDQ_NO_SCORE = {"SDQ2": 0.3, "SDQ3": 0.15, "SDQ4": 0.3, "SDQ5": 0.25}
PREV_PERM = {"Z1": 0.78, "P1": 0.03, "P2": 0.07, "P3": 0.04, "P4": 0.08}
# 3-digit LA codes a previous order may have been made by ("999" = information not available).
PERM_LAS = {"316": 0.45, "317": 0.1, "318": 0.1, "208": 0.1, "886": 0.1, "999": 0.15}
# Annex A list 10 permanence plan options: the keys of lacp_cla_care_plan_json, in order (exactly one "Y").
CARE_PLAN_KEYS = ("REMAINSUP", "RETURN1M", "RETURN6M", "RETURNEV", "LTRELFR", "LTFOST18", "RESPLMT",
                  "SUPPLIV", "ADOPTION", "OTHERPLN")
PLAN_UNDER_5 = {"RETURN6M": 0.2, "RETURNEV": 0.15, "LTRELFR": 0.15, "LTFOST18": 0.1, "ADOPTION": 0.35,
                "OTHERPLN": 0.05}
PLAN_5_PLUS = {"REMAINSUP": 0.05, "RETURN1M": 0.05, "RETURN6M": 0.12, "RETURNEV": 0.08, "LTRELFR": 0.15,
               "LTFOST18": 0.4, "RESPLMT": 0.05, "SUPPLIV": 0.05, "ADOPTION": 0.02, "OTHERPLN": 0.03}


def _stop(ctx: Context, P: pd.DataFrame) -> np.ndarray:
    """Exclusive upper bound of events in a period: its end (death for E2) or the day after as_at."""
    return np.minimum(P["eff_end"].to_numpy(float), ctx.as_at + 1)


def health(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """Health assessments (within 20 days, then yearly; 6-monthly under 5), dental checks (yearly from
    age 1) and health surveillance checks (under 5, every ~6 months)."""
    rng = ctx.rng
    start, dob, stop = P["start"].to_numpy(float), P["dob"].to_numpy(float), _stop(ctx, P)
    under5 = (start - dob) / YEAR < 5
    step = np.where(under5, 182.0, 365.0)
    ia, da = schedule(start, stop, 20, step, 10, rng)
    ib, db = schedule(start, stop, 60, 365, 30, rng)
    ok = db >= birthday(dob[ib], 1)
    ib, db = ib[ok], db[ok]
    ic, dc = schedule(start, np.minimum(stop, birthday(dob, 5)), 45, 182, 14, rng)
    idx = np.concatenate([ia, ib, ic])
    d = np.concatenate([da, db, dc])
    kind = np.array([HEALTH_ASSESSMENT] * len(ia) + [DENTAL_CHECK] * len(ib) + [SURVEILLANCE_CHECK] * len(ic),
                    dtype=object)
    keep = (d >= start[idx]) & (d < stop[idx]) & (d <= ctx.as_at)
    idx, d, kind = idx[keep], d[keep], kind[keep]
    o = np.lexsort((kind, d, idx))
    idx, d, kind = idx[o], d[o], kind[o]
    n = len(idx)
    return pd.DataFrame({
        "clah_health_check_id": ctx.ids.take(n), "clah_person_id": P["cidx"].to_numpy()[idx],
        "clah_health_check_type": kind, "clah_health_check_date": d,
        "clah_health_check_status": choice(rng, HEALTH_STATUS, n),
    })


def immunisations(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """One row per looked-after child: up to date Y/N as last updated during the child's latest period."""
    rng = ctx.rng
    last = P.sort_values(["cidx", "start"], kind="stable").drop_duplicates("cidx", keep="last")
    start = last["start"].to_numpy(float)
    stop = np.minimum(_stop(ctx, last), ctx.as_at + 1)
    n = len(last)
    when = np.minimum(start + np.floor(rng.random(n) * np.minimum(stop - start, 400)), stop - 1)
    return pd.DataFrame({
        "clai_person_id": last["cidx"].to_numpy(), "clai_immunisations_status": yn(rng.random(n) < 0.85),
        "clai_immunisations_status_date": np.maximum(when, start),
    })


def _events_from_age(ctx: Context, P: pd.DataFrame, age: int, p: float, rate: float):
    """Some periods (probability p, if the child is `age`+ during it) get 1 + Poisson(rate) dated events."""
    rng = ctx.rng
    start, stop = P["start"].to_numpy(float), _stop(ctx, P)
    lo = np.maximum(start, birthday(P["dob"].to_numpy(float), age))
    eligible = lo < stop
    hit = eligible & (rng.random(len(P)) < p)
    k = np.where(hit, 1 + rng.poisson(rate, len(P)), 0)
    idx = np.repeat(np.arange(len(P)), k)
    d = uniform_int(rng, lo[idx], stop[idx] - 1)
    o = np.lexsort((d, idx))
    return idx[o], d[o]


def substance_misuse(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    idx, d = _events_from_age(ctx, P, 11, 0.06, 0.4)
    n = len(idx)
    return pd.DataFrame({
        "clas_substance_misuse_id": ctx.ids.take(n), "clas_person_id": P["cidx"].to_numpy()[idx],
        "clas_substance_misuse_date": d, "clas_substance_misused": choice(ctx.rng, SUBSTANCES, n),
        "clas_intervention_received": yn(ctx.rng.random(n) < 0.7),
    })


def convictions(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    idx, d = _events_from_age(ctx, P, 10, 0.04, 0.5)
    n = len(idx)
    return pd.DataFrame({
        "clac_cla_conviction_id": ctx.ids.take(n), "clac_person_id": P["cidx"].to_numpy()[idx],
        "clac_cla_conviction_date": d, "clac_cla_conviction_offence": choice(ctx.rng, OFFENCES, n),
    })


def sdq_scores(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """One SDQ per 31 March on which the child had been looked after 12+ months and was aged 4-16,
    completed in the preceding five months; 85% scored (0-40), the rest carry an SDQ2-SDQ5 reason.
    A period ending on 31 March itself counts as looked after that day: the DfE's continuously-looked-after
    test (903 OC2 cohort, rules 186/188) only breaks on an ending before 31 March."""
    rng = ctx.rng
    start, stop, dob = P["start"].to_numpy(float), _stop(ctx, P), P["dob"].to_numpy(float)
    first_year = pd.DatetimeIndex(to_datetime(start + 365)).year.to_numpy()
    years = np.arange(first_year.min(initial=2000), pd.Timestamp(to_datetime([ctx.as_at])[0]).year + 1)
    rows_i, rows_d = [], []
    for y in years:
        m31 = float((np.datetime64(f"{y}-03-31") - np.datetime64("1970-01-01")).astype(np.int64))
        age = (m31 - dob) / YEAR
        ok = (start + 365 <= m31) & (m31 <= stop) & (m31 <= ctx.as_at) & (age >= 4) & (age < 17)
        i = np.flatnonzero(ok)
        rows_i.append(i)
        rows_d.append(m31 - uniform_int(rng, 0, 150, len(i)))
    idx = np.concatenate(rows_i) if rows_i else np.array([], dtype=np.int64)
    d = np.concatenate(rows_d) if rows_d else np.array([])
    o = np.lexsort((d, idx))
    idx, d = idx[o], d[o]
    n = len(idx)
    scored = rng.random(n) < 0.85
    score = np.clip(np.round(rng.normal(14, 7, n)), 0, 40)
    reason = choice(rng, SDQ_NO_SCORE, n)
    reason[scored] = None
    return pd.DataFrame({
        "csdq_table_id": ctx.ids.take(n), "csdq_person_id": P["cidx"].to_numpy()[idx],
        "csdq_sdq_completed_date": d,
        "csdq_sdq_score": pd.array(np.where(scored, score, np.nan), dtype="Int64"),
        "csdq_sdq_reason": reason,
    })


def previous_permanence(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """Every period records the 903 previous-permanence answer (903 rule 630). P1-P3 (children 2+ at entry) carry an LA
    code and the order date as dd/mm/yyyy text (between the first birthday and 60 days before entry)."""
    rng = ctx.rng
    n = len(P)
    rec = np.arange(n)
    start, dob = P["start"].to_numpy(float)[rec], P["dob"].to_numpy(float)[rec]
    m = len(rec)
    opt = choice(rng, PREV_PERM, m)
    opt[np.isin(opt, ["P1", "P2", "P3"]) & ((start - dob) / YEAR < 2)] = "Z1"
    has_order = np.isin(opt, ["P1", "P2", "P3"])
    la = choice(rng, PERM_LAS, m)
    order = uniform_int(rng, birthday(dob, 1), start - 60)
    text = pd.Series(to_datetime(order)).dt.strftime("%d/%m/%Y").to_numpy(dtype=object)
    return pd.DataFrame({
        "lapp_table_id": ctx.ids.take(m), "lapp_person_id": P["cidx"].to_numpy()[rec],
        "lapp_previous_permanence_order_date": np.where(has_order, text, None),
        "lapp_previous_permanence_option": opt,
        "lapp_previous_permanence_la": np.where(has_order, la, None),
    })


def care_plans(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """Care (permanence) plans: the first starts on entry to care; 1 + Poisson(0.25 a year) plans per
    period, each ending the day the next starts, the last with the period (null while open)."""
    rng = ctx.rng
    start, stop, dob = P["start"].to_numpy(float), _stop(ctx, P), P["dob"].to_numpy(float)
    span = np.maximum(stop - start, 1)
    k = 1 + rng.poisson(0.25 * span / YEAR)
    idx = np.repeat(np.arange(len(P)), k)
    first = np.r_[True, idx[1:] != idx[:-1]]
    d = np.where(first, start[idx], uniform_int(rng, start[idx] + 28, stop[idx] - 1))
    d = np.where(d >= stop[idx], start[idx], d)
    t = pd.DataFrame({"i": idx, "d": d}).drop_duplicates().sort_values(["i", "d"]).reset_index(drop=True)
    idx, d = t["i"].to_numpy(), t["d"].to_numpy(float)
    last = np.r_[idx[1:] != idx[:-1], True] if len(idx) else np.array([], dtype=bool)
    end = np.where(last, P["end"].to_numpy(float)[idx], np.r_[d[1:], np.nan] if len(d) else d)
    end[end > ctx.as_at] = np.nan
    n = len(idx)
    young = (d - dob[idx]) / YEAR < 5
    plan = np.where(young, choice(rng, PLAN_UNDER_5, n), choice(rng, PLAN_5_PLUS, n))
    texts = {k: json_object({key: ("Y" if key == k else "N") for key in CARE_PLAN_KEYS}) for k in CARE_PLAN_KEYS}
    return pd.DataFrame({
        "lacp_table_id": ctx.ids.take(n), "lacp_person_id": P["cidx"].to_numpy()[idx],
        "lacp_cla_care_plan_start_date": d, "lacp_cla_care_plan_end_date": end,
        "lacp_cla_care_plan_json": np.array([texts[p] for p in plan], dtype=object),
    })


def outcomes(ctx: Context, periods: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """All seven outcome tables from the periods of care (person columns hold the internal cidx)."""
    P = periods.reset_index(drop=True)
    return {
        "ssd_cla_health": health(ctx, P),
        "ssd_cla_immunisations": immunisations(ctx, P),
        "ssd_cla_substance_misuse": substance_misuse(ctx, P),
        "ssd_cla_convictions": convictions(ctx, P),
        "ssd_sdq_scores": sdq_scores(ctx, P),
        "ssd_cla_previous_permanence": previous_permanence(ctx, P),
        "ssd_cla_care_plan": care_plans(ctx, P),
    }
