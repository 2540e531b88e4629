"""Care leavers: personal-adviser involvements and one contact record per year from age 17 to 21."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cla import CareRecords
from .context import Context
from .involvements import CHANGE_REASONS, holder_at
from .timeutil import birthday
from .util import choice, uniform_int
from .workforce import Workforce

NOT_LEAVERS = ("E11", "E12", "E2", "E3", "E16", "E15")  # adopted, died, moved LA or abroad, aged 18+
IN_TOUCH = {"YES": 0.86, "NO": 0.04, "REFU": 0.02, "NREQ": 0.05, "RHOM": 0.03}
ACCOM_17 = {"B": 0.2, "C": 0.2, "D": 0.3, "E": 0.1, "U": 0.05, "T": 0.05, "K": 0.02, "Y": 0.08}
ACCOM_18 = {"U": 0.3, "D": 0.15, "B": 0.15, "Z": 0.08, "E": 0.07, "T": 0.05, "K": 0.03, "S": 0.02,
            "V": 0.02, "W": 0.01, "X": 0.03, "G": 0.01, "R": 0.03, "Y": 0.05}
ACTIV_17 = {"F2": 0.55, "P2": 0.05, "F4": 0.04, "F5": 0.05, "G5": 0.2, "G4": 0.05, "G6": 0.03, "P5": 0.03}
ACTIV_18 = {"F1": 0.07, "P1": 0.01, "F2": 0.2, "P2": 0.03, "F4": 0.04, "P4": 0.01, "F5": 0.17, "P5": 0.07,
            "G4": 0.1, "G5": 0.22, "G6": 0.08}
UNSUITABLE = ("R", "S", "V", "W", "X")


def care_leaver_people(ctx: Context, care: CareRecords) -> pd.DataFrame:
    """People entitled to leaving-care support: looked after at 16+, with eligibility basis."""
    P = care.periods
    dob = P["dob"].to_numpy(float)
    b14, b16 = birthday(dob, 14), birthday(dob, 16)
    eff = P["eff_end"].to_numpy(float)
    since14 = np.maximum(eff - np.maximum(P["start"].to_numpy(float), b14), 0)
    df = pd.DataFrame({"cidx": P["cidx"], "dob": dob, "since14": since14, "after16": eff > b16,
                       "end": P["end"], "rec": P["rec"], "start": P["start"]})
    g = df.groupby("cidx", sort=True)
    people = pd.DataFrame({"since14": g["since14"].sum(), "after16": g["after16"].max(),
                           "dob": g["dob"].first(), "end": g["end"].last(), "rec": g["rec"].last(),
                           "last_start": g["start"].last()})
    people = people[people["after16"] & ~people["rec"].isin(NOT_LEAVERS)].reset_index()
    people["qualifying"] = people["since14"] < 91
    return people


def pa_involvements(ctx: Context, people: pd.DataFrame, wf: Workforce) -> pd.DataFrame:
    """16PLUS personal-adviser involvements from about 16.5 to the 21st birthday."""
    rng = ctx.rng
    n = len(people)
    dob = people["dob"].to_numpy(float)
    start = np.maximum(birthday(dob, 16) + 180, people["last_start"].to_numpy(float))
    end = birthday(dob, 21) + 90  # support runs past the 21st-birthday contact
    ok = start <= ctx.as_at
    start, end, who = start[ok], end[ok], people["cidx"].to_numpy()[ok]
    n = len(start)
    change = rng.random(n) < 0.35
    cut = np.floor(start + 60 + rng.random(n) * np.maximum(end - start - 120, 1))
    change &= cut < ctx.as_at
    s = pd.DataFrame({"cidx": np.concatenate([who, who[change]]),
                      "start": np.concatenate([start, cut[change]]),
                      "end": np.concatenate([np.where(change, cut, end), end[change]]),
                      "reason": np.concatenate([np.where(change, choice(rng, CHANGE_REASONS, n), None),
                                                np.full(int(change.sum()), None, dtype=object)])})
    s = s.sort_values(["cidx", "start"], kind="stable").reset_index(drop=True)
    w, t = wf.pick(rng, "leaving", len(s))
    s["end"] = s["end"].where(s["end"] <= ctx.as_at, np.nan)
    s["worker_id"], s["team_id"] = w, t
    s["ref_id"] = np.nan
    s["role"] = "16PLUS"
    s["invo_id"] = ctx.ids.take(len(s))
    return s


def care_leaver_records(ctx: Context, people: pd.DataFrame, pa: pd.DataFrame, wf: Workforce) -> pd.DataFrame:
    """ssd_care_leavers: a record around each birthday from 17 to 21 (up to as_at)."""
    rng = ctx.rng
    parts = []
    for age in range(17, 22):
        bd = birthday(people["dob"].to_numpy(float), age)
        parts.append(pd.DataFrame({"i": np.arange(len(people)), "age": age, "bd": bd}))
    r = pd.concat(parts, ignore_index=True)
    r["contact"] = np.floor(r["bd"] + uniform_int(rng, -40, 60, len(r)))
    r = r[(r["contact"] <= ctx.as_at)].sort_values(["i", "age"]).reset_index(drop=True)
    i = r["i"].to_numpy()
    cidx = people["cidx"].to_numpy()[i]
    pa_from = pa.groupby("cidx")["start"].min()
    has_pa = r["contact"].to_numpy(float) >= pd.Series(cidx).map(pa_from).to_numpy(float)
    r, i, cidx = r[has_pa].reset_index(drop=True), i[has_pa], cidx[has_pa]
    n = len(r)
    age = r["age"].to_numpy()
    contact = r["contact"].to_numpy(float)
    end = people["end"].to_numpy(float)[i]
    in_care = np.isnan(end) | (end > contact)
    elig = np.where(age >= 18, "Former relevant", np.where(in_care, "Eligible", "Relevant")).astype(object)
    elig[people["qualifying"].to_numpy(bool)[i]] = "Qualifying"
    touch = choice(rng, IN_TOUCH, n)
    yes = touch == "YES"
    accom = np.where(age == 17, choice(rng, ACCOM_17, n), choice(rng, ACCOM_18, n)).astype(object)
    activ = np.where(age == 17, choice(rng, ACTIV_17, n), choice(rng, ACTIV_18, n)).astype(object)
    suitable = np.where(np.isin(accom, UNSUITABLE) | (rng.random(n) < 0.07), "2", "1").astype(object)
    for arr in (accom, activ, suitable):
        arr[~yes] = None
    w, t = holder_at(pa, "cidx", cidx, contact)
    names = pd.Series(wf.workers["name"].to_numpy(), index=wf.workers["worker_id"].to_numpy())
    return pd.DataFrame({
        "clea_table_id": ctx.ids.take(n), "clea_person_id": cidx, "clea_care_leaver_eligibility": elig,
        "clea_care_leaver_in_touch": touch, "clea_care_leaver_latest_contact": contact,
        "clea_care_leaver_accommodation": accom, "clea_care_leaver_accom_suitable": suitable,
        "clea_care_leaver_activity": activ,
        "clea_pathway_plan_review_date": contact - uniform_int(rng, 0, 180, n),
        "clea_care_leaver_personal_advisor": names.reindex(w).to_numpy(object),
        "clea_care_leaver_allocated_team": t, "clea_care_leaver_worker_id": w,
    })
