"""Front door: contacts, referrals (CIN episodes), single assessments and their factors, early help.

Frames use spec column names; person columns hold the internal child index (cidx), ids are ints and
dates are day numbers until core.assemble() converts them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_kit.jsonfmt import json_array

from .context import Context
from .involvements import holder_at
from .seeds import descriptions, factor_sort_order
from .util import choice, json_flags, uniform_int, yn, yn_or_none

CONTACT_KEYS = ["NEW_REFERRAL_FLAG", "EXISTING_REFERRAL_FLAG", "CP_ENQUIRY_FLAG", "NFA_FLAG",
                "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "ADVICE_FLAG", "MISSING_FLAG",
                "OLA_CP_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
REFERRAL_KEYS = ["SINGLE_ASSESSMENT_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                 "NON_AGENCY_ADOPTION_FLAG", "PRIVATE_FOSTERING_FLAG", "CP_TRANSFER_IN_FLAG",
                 "CP_CONFERENCE_FLAG", "CARE_LEAVER_FLAG", "NFA_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
ASSESSMENT_KEYS = ["NFA_FLAG", "NFA_S47_END_FLAG", "STRATEGY_DISCUSSION_FLAG", "CLA_REQUEST_FLAG",
                   "PRIVATE_FOSTERING_FLAG", "LEGAL_ACTION_FLAG", "PROV_OF_SERVICES_FLAG",
                   "PROV_OF_SB_CARE_FLAG", "SPECIALIST_ASSESSMENT_FLAG", "REFERRAL_TO_OTHER_AGENCY_FLAG",
                   "OTHER_ACTIONS_FLAG", "OTHER_OUTCOMES_EXIST_FLAG"]
FACTOR_WEIGHTS = {"3A": 6, "3B": 14, "3C": 2, "4A": 8, "4B": 14, "4C": 2, "2B": 6, "1B": 4, "2A": 3,
                  "1A": 1, "5B": 2, "5A": 2, "6A": 2, "6B": 2, "7A": 1, "10A": 3, "11A": 3, "12A": 1,
                  "13A": 2, "14A": 3, "15A": 4, "16A": 9, "17A": 9, "18B": 2, "18C": 4, "19B": 1,
                  "19C": 2, "20": 4, "22A": 0.3, "23A": 0.3, "24A": 3, "8E": 0.3, "9A": 0.1}
OTHER_CONTACT_OUTCOMES = {"NFA_FLAG": 0.42, "ADVICE_FLAG": 0.33, "OTHER_OUTCOMES_EXIST_FLAG": 0.1,
                          "MISSING_FLAG": 0.05, "CP_ENQUIRY_FLAG": 0.03, "OLA_CP_FLAG": 0.02,
                          "PRIVATE_FOSTERING_FLAG": 0.01, "NON_AGENCY_ADOPTION_FLAG": 0.005}
EH_REASONS = {"Parenting support": 0.25, "School attendance": 0.15, "Domestic abuse": 0.15,
              "Child behaviour": 0.15, "Parental mental health": 0.1, "Housing and finance": 0.1,
              "Child emotional wellbeing": 0.1}
EH_END_REASONS = {"OUTCOMES_MET": 0.55, "STEP_UP_CSC": 0.12, "DISENGAGED": 0.15, "MOVED_AWAY": 0.06,
                  "CONSENT_WITHDRAWN": 0.07, "OTHER": 0.05}
EH_ORGS = {"FAMILY_HUB_NORTH": 0.3, "FAMILY_HUB_SOUTH": 0.3, "SCHOOL_EH": 0.2, "HEALTH_EH": 0.1,
           "VCS_PARTNER": 0.1}


def cin_episodes(refs: pd.DataFrame) -> pd.DataFrame:
    """ssd_cin_episodes: one row per referral; worker/team = first allocated case worker."""
    n = len(refs)
    src = refs["source"].to_numpy(object)
    desc = descriptions("cin_referral_source")
    asm = refs["asm"].to_numpy(bool)
    flags = {
        "SINGLE_ASSESSMENT_FLAG": asm,
        "STRATEGY_DISCUSSION_FLAG": refs["s47"].to_numpy(bool),
        "CLA_REQUEST_FLAG": refs["cla"].to_numpy(bool) & ~refs["cla_from_cp"].to_numpy(bool),
        "NFA_FLAG": refs["ref_nfa"].to_numpy(bool),
    }
    return pd.DataFrame({
        "cine_referral_id": refs["ref_id"], "cine_person_id": refs["cidx"],
        "cine_referral_date": refs["ref_date"], "cine_cin_primary_need_code": refs["need"],
        "cine_referral_source_code": src, "cine_referral_source_desc": [desc[s] for s in src],
        "cine_referral_outcome_json": json_flags(REFERRAL_KEYS, flags, n),
        "cine_referral_nfa": yn(refs["ref_nfa"]), "cine_close_reason": refs["close_reason"],
        "cine_close_date": refs["close"], "cine_referral_team": refs["first_team"],
        "cine_referral_worker_id": refs["first_worker"],
    })


def assessments(ctx: Context, refs: pd.DataFrame, invo: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ssd_cin_assessments, ssd_assessment_factors) for referrals that had a single assessment."""
    rng = ctx.rng
    a = refs[refs["asm"]].reset_index(drop=True)
    n = len(a)
    done = a["asm_auth"].notna().to_numpy()
    ids = ctx.ids.take(n)
    w, t = holder_at(invo, "ref_id", a["ref_id"].to_numpy(), a["asm_start"].to_numpy(float))
    nfa = a["asm_nfa"].to_numpy(bool)
    flags = {
        "NFA_FLAG": nfa,
        "NFA_S47_END_FLAG": nfa & a["s47"].to_numpy(bool),
        "STRATEGY_DISCUSSION_FLAG": a["s47"].to_numpy(bool),
        "CLA_REQUEST_FLAG": a["cla"].to_numpy(bool),
        "PROV_OF_SERVICES_FLAG": a["cin1"].to_numpy(bool) | a["svc"].to_numpy(bool) | a["cp"].to_numpy(bool),
        "REFERRAL_TO_OTHER_AGENCY_FLAG": (a["close_reason"] == "RC9").to_numpy(),
        "SPECIALIST_ASSESSMENT_FLAG": rng.random(n) < 0.03,
    }
    asm = pd.DataFrame({
        "cina_assessment_id": ids, "cina_person_id": a["cidx"], "cina_referral_id": a["ref_id"],
        "cina_assessment_start_date": a["asm_start"],
        "cina_assessment_child_seen": yn(a["child_seen"]),
        "cina_assessment_auth_date": a["asm_auth"],
        "cina_assessment_outcome_json": json_flags(ASSESSMENT_KEYS, flags, n, present=done),
        "cina_assessment_outcome_nfa": yn_or_none(nfa, done),
        "cina_assessment_team": t, "cina_assessment_worker_id": w,
    })
    # factors: completed assessments, 1-4 codes (21 "no factors" for some NFA outcomes)
    order = factor_sort_order()
    codes = list(FACTOR_WEIGHTS)
    p = np.array([FACTOR_WEIGHTS[c] for c in codes], float)
    p /= p.sum()
    k = rng.choice([1, 2, 3, 4], size=n, p=[0.35, 0.35, 0.2, 0.1])
    draws = rng.choice(len(codes), size=(n, 4), p=p)
    chosen = np.zeros((n, len(codes)), dtype=bool)
    for j in range(4):  # up to four factor draws per assessment
        use = k > j
        chosen[np.nonzero(use)[0], draws[use, j]] = True
    chosen[a["uasc"].to_numpy(bool), codes.index("9A")] = True
    # "21" (no factors) only where the episode closes RC8/RC9 after this assessment (CIN 8873Q)
    no_factor = nfa & a["close_reason"].isin(["RC8", "RC9"]).to_numpy() & (rng.random(n) < 0.25)
    chosen[no_factor] = False
    # render each distinct set of codes once; "21" (no factors) where nothing was chosen
    bits = (chosen.astype(np.int64) << np.arange(len(codes), dtype=np.int64)).sum(axis=1)
    uniq, inv = np.unique(bits, return_inverse=True)
    rendered = []
    for u in uniq:
        got = [codes[j] for j in range(len(codes)) if (int(u) >> j) & 1] or ["21"]
        rendered.append(json_array(sorted(got, key=order.__getitem__)))
    texts = np.array(rendered, dtype=object)[inv] if n else np.array([], dtype=object)
    keep = done
    fac = pd.DataFrame({"cinf_table_id": ids[keep], "cinf_assessment_id": ids[keep],
                        "cinf_assessment_factors_json": texts[keep]})
    return asm, fac


def contacts(ctx: Context, refs: pd.DataFrame, extra_people: pd.DataFrame) -> pd.DataFrame:
    """ssd_contacts: the contact behind each referral, other contacts about referred children, and
    contacts about children never referred (extra_people: cidx, first_contact, n_contacts, dob).
    """
    rng = ctx.rng
    desc = descriptions("cin_referral_source")
    srcs = list(desc)
    # the contact that became the referral
    n = len(refs)
    r_dates = refs["ref_date"].to_numpy(float)
    c1_date = np.maximum(r_dates - uniform_int(rng, 0, 3, n), np.fmax(refs["dob"].to_numpy(float), -1e9))
    c1_date = np.minimum(c1_date, r_dates)
    c1 = pd.DataFrame({"cidx": refs["cidx"], "date": c1_date, "src": refs["source"].to_numpy(object),
                       "outcome": "NEW_REFERRAL_FLAG"})
    # further contacts about referred children, around their referral
    m = rng.poisson(1.3, n)
    idx = np.repeat(np.arange(n), m)
    d = r_dates[idx] + uniform_int(rng, -300, 400, len(idx))
    lo = np.maximum(refs["dob"].to_numpy(float)[idx], ctx.lookback_start)
    ok = (d >= lo) & (d <= ctx.as_at) & (d < refs["b18"].to_numpy(float)[idx])
    idx, d = idx[ok], d[ok]
    inside = (d >= r_dates[idx]) & ~(d > refs["close"].to_numpy(float)[idx])
    out2 = choice(rng, OTHER_CONTACT_OUTCOMES, len(idx))
    out2[inside] = "EXISTING_REFERRAL_FLAG"
    c2 = pd.DataFrame({"cidx": refs["cidx"].to_numpy()[idx], "date": d, "src": choice(
        rng, {s: 1.0 for s in srcs}, len(idx)), "outcome": out2})
    # children known only through contacts
    e = extra_people
    idx = np.repeat(np.arange(len(e)), e["n_contacts"].to_numpy())
    first = e["first_contact"].to_numpy(float)[idx]
    k = np.arange(len(idx)) - np.repeat(np.cumsum(e["n_contacts"].to_numpy()) - e["n_contacts"].to_numpy(),
                                        e["n_contacts"].to_numpy())
    d = np.where(k == 0, first, first + uniform_int(rng, 1, 500, len(idx)))
    ok = d <= ctx.as_at
    c3 = pd.DataFrame({"cidx": e["cidx"].to_numpy()[idx][ok], "date": d[ok],
                       "src": choice(rng, {s: 1.0 for s in srcs}, int(ok.sum())),
                       "outcome": choice(rng, OTHER_CONTACT_OUTCOMES, int(ok.sum()))})
    c = pd.concat([c1, c2, c3], ignore_index=True).sort_values(["date", "cidx"], kind="stable")
    c = c.reset_index(drop=True)
    oc = c["outcome"].to_numpy(object)
    flags = {key: oc == key for key in CONTACT_KEYS}
    src = c["src"].to_numpy(object)
    return pd.DataFrame({
        "cont_contact_id": ctx.ids.take(len(c)), "cont_person_id": c["cidx"], "cont_contact_date": c["date"],
        "cont_contact_source_code": src, "cont_contact_source_desc": [desc[s] for s in src],
        "cont_contact_outcome_json": json_flags(CONTACT_KEYS, flags, len(c)),
    })


def early_help(ctx: Context, refs: pd.DataFrame, extra_people: pd.DataFrame) -> pd.DataFrame:
    """ssd_early_help_episodes: after RC9 closures, and for some children known only via contacts."""
    rng = ctx.rng
    rc9 = refs[(refs["close_reason"] == "RC9")]
    s1 = pd.DataFrame({"cidx": rc9["cidx"], "start": rc9["close"].to_numpy(float)
                       + uniform_int(rng, 0, 14, len(rc9)), "b18": rc9["b18"]})
    target = ctx.profile.referrals_per_year * 0.45 * (ctx.years + 1)
    need = max(0, int(target) - len(s1))
    e = extra_people
    pick = rng.permutation(len(e))[: min(need, len(e))]
    s2 = pd.DataFrame({"cidx": e["cidx"].to_numpy()[pick],
                       "start": e["first_contact"].to_numpy(float)[pick] + uniform_int(rng, 3, 40, len(pick)),
                       "b18": e["b18"].to_numpy(float)[pick]})
    s = pd.concat([s1, s2], ignore_index=True)
    s = s[(s["start"] <= ctx.as_at) & (s["start"] < s["b18"])].reset_index(drop=True)
    n = len(s)
    end = s["start"].to_numpy(float) + 40 + np.floor(rng.gamma(2.0, 70, n))
    end = np.minimum(end, s["b18"].to_numpy(float))
    ended = end <= ctx.as_at
    return pd.DataFrame({
        "earl_episode_id": ctx.ids.take(n), "earl_person_id": s["cidx"],
        "earl_episode_start_date": s["start"], "earl_episode_end_date": np.where(ended, end, np.nan),
        "earl_episode_reason": choice(rng, EH_REASONS, n),
        "earl_episode_end_reason": np.where(ended, choice(rng, EH_END_REASONS, n), None),
        "earl_episode_organisation": choice(rng, EH_ORGS, n), "earl_episode_worker_id": None,
    })
