"""Looked-after children: periods of care broken into placements, legal statuses and 903 episodes,
plus CLA reviews, visits and missing/away episodes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .context import Context
from .timeutil import YEAR, add_working_days, birthday, day, next_weekday, schedule
from .util import choice, uniform_int, yn

K3_FROM = day(pd.Timestamp("2024-04-01").date())  # registered supported accommodation (2024/25 on)
PLACEMENT_BY_AGE = [  # (max age, weights)
    (5, {"U6": 0.55, "U4": 0.1, "U3": 0.2, "U1": 0.05, "R3": 0.02, "P1": 0.03, "U5": 0.05}),
    (12, {"U6": 0.5, "U4": 0.2, "U3": 0.12, "U1": 0.06, "K2": 0.07, "P1": 0.03, "S1": 0.02}),
    (16, {"U6": 0.38, "U4": 0.15, "U3": 0.08, "U1": 0.04, "K2": 0.25, "P1": 0.03, "S1": 0.02, "K1": 0.01,
          "R1": 0.01, "R5": 0.01, "R2": 0.01, "H5": 0.01}),
    (99, {"U6": 0.25, "U4": 0.1, "U3": 0.05, "K2": 0.2, "H5": 0.33, "R5": 0.02, "P1": 0.03,
          "K1": 0.02}),
]
UASC_PLACEMENT = {"H5": 0.6, "U6": 0.3, "K2": 0.1}
PROVIDER = {
    "U": {"PR1": 0.6, "PR4": 0.3, "PR5": 0.1}, "K": {"PR4": 0.75, "PR1": 0.15, "PR5": 0.1},
    "H": {"PR4": 0.6, "PR5": 0.3, "PR1": 0.1}, "A": {"PR1": 0.6, "PR2": 0.2, "PR5": 0.2},
    "R": {"PR4": 0.6, "PR5": 0.2, "PR3": 0.2}, "S": {"PR4": 0.7, "PR5": 0.3},
    "P": {"PR0": 1.0},
}
# 903 rules 218/222: an Ofsted URN for every placement type except P1, P3, R1, R2, R5, T0-T4, Z11-Z14
# (fostering / adoption agency, children's home, supported accommodation, family centre, secure unit); none
# for H5
URN_TYPES = ("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6", "K1", "K2", "K3", "R3", "S1")
MOVE_REASONS = {"CARPL": 0.38, "CREQB": 0.13, "CREQO": 0.09, "CHILD": 0.08, "LAREQ": 0.1, "STAND": 0.03,
                "ALLEG": 0.02, "CLOSE": 0.04, "APPRR": 0.01, "OTHER": 0.12}
PARTICIPATION = {"PN1": 0.45, "PN2": 0.05, "PN3": 0.03, "PN4": 0.07, "PN5": 0.15, "PN6": 0.15, "PN7": 0.1}
LONG_TERM = {"U6": "U4", "U3": "U1"}
# Placement moves per year looked after (Poisson), by age at entry; share of later legal-status changes
# that come with a move the same day; share of section 20 (V2) stays that turn into an interim care order.
MOVE_RATE_UNDER_11 = 0.65
MOVE_RATE_11_PLUS = 1.05
P_MOVE_WITH_ORDER = 0.2
P_V2_TO_C1 = 0.25


@dataclass
class CareRecords:
    """The frames of the looked-after-children part of the truth."""

    periods: pd.DataFrame
    episodes: pd.DataFrame
    placements: pd.DataFrame
    legal: pd.DataFrame


def periods_of_care(ctx: Context, refs: pd.DataFrame) -> pd.DataFrame:
    """One row per period of care (internal), with its global id `cla_id`."""
    c = refs[refs["cla"]].reset_index(drop=True)
    out = pd.DataFrame({
        "cla_id": ctx.ids.take(len(c)), "ref_id": c["ref_id"], "cidx": c["cidx"], "start": c["cla_start"],
        "end": c["cla_end"], "rec": c["cla_rec"], "cls": c["cla_class"], "dob": c["dob"], "uasc": c["uasc"],
        "need": c["need"], "adm": c["adm_date"], "po": c["po_date"], "matched": c["matched_date"],
        "placed": c["placed_adoption_date"], "reversed": c["reversed_date"], "rd": c["reversed_reason"],
    })
    out["eff_end"] = out["end"].fillna(ctx.as_at + 1)
    return out


def _placement_types(rng: np.random.Generator, age: np.ndarray, uasc: np.ndarray, start: np.ndarray):
    n = len(age)
    t = np.empty(n, dtype=object)
    lo = -np.inf
    for hi, weights in PLACEMENT_BY_AGE:
        m = (age >= lo) & (age < hi)
        t[m] = choice(rng, weights, int(m.sum()))
        lo = hi
    t[uasc] = choice(rng, UASC_PLACEMENT, int(uasc.sum()))
    t[(t == "H5") & (age < 16.05)] = "U6"  # supported accommodation only from 16 (903 rule 371)
    t[(t == "H5") & (start >= K3_FROM)] = "K3"
    return t


def placements(ctx: Context, P: pd.DataFrame, lg: pd.DataFrame | None = None) -> pd.DataFrame:
    """Placements per period: moves at random dates, some on the day the legal status changes (a new
    order often comes with a move: 903 RNE B/U); adoption track ends placed for adoption (A5/A6)."""
    rng = ctx.rng
    n = len(P)
    start = P["start"].to_numpy(float)
    eff = P["eff_end"].to_numpy(float)
    placed = P["placed"].to_numpy(float)
    limit = np.where(np.isnan(placed), eff, placed)
    age0 = (start - P["dob"].to_numpy(float)) / YEAR
    rate = np.where(age0 >= 11, MOVE_RATE_11_PLUS, MOVE_RATE_UNDER_11)
    years = np.maximum(limit - start, 0) / YEAR
    k = np.minimum(rng.poisson(rate * years), 12)
    k[limit - start < 10] = 0
    idx = np.repeat(np.arange(n), k)
    mv = np.floor(start[idx] + 3 + rng.random(len(idx)) * (limit[idx] - start[idx] - 5).clip(1))
    if lg is not None and len(lg):
        later = lg[lg["date"].to_numpy(float) > start[lg["p"].to_numpy()]]
        later = later[(later["date"].to_numpy(float) < limit[later["p"].to_numpy()] - 1)
                      & (rng.random(len(later)) < P_MOVE_WITH_ORDER)]
        idx = np.concatenate([idx, later["p"].to_numpy()])
        mv = np.concatenate([mv, later["date"].to_numpy(float)])
    b = pd.DataFrame({"p": np.concatenate([np.arange(n), idx]),
                      "date": np.concatenate([start, mv]),
                      "kind": np.concatenate([np.full(n, "S", object), np.full(len(idx), "P", object)])})
    ad = ~np.isnan(placed)
    b = pd.concat([b, pd.DataFrame({"p": np.nonzero(ad)[0], "date": placed[ad], "kind": "A"})],
                  ignore_index=True)
    b["rank"] = b["kind"].map({"S": 0, "A": 1, "P": 2})
    b = b.sort_values(["p", "date", "rank"], kind="stable").drop_duplicates(["p", "date"], keep="first")
    b = b.reset_index(drop=True)
    p = b["p"].to_numpy()
    m = len(b)
    seg_start = b["date"].to_numpy(float)
    dob = P["dob"].to_numpy(float)[p]
    typ = _placement_types(rng, (seg_start - dob) / YEAR, P["uasc"].to_numpy(bool)[p], seg_start)
    first = b["kind"].to_numpy(object) == "S"
    prev_typ = np.roll(typ, 1)
    same_carer = ~first & (b["kind"].to_numpy(object) == "P") & np.isin(prev_typ, list(LONG_TERM)) & (
        rng.random(m) < 0.3)
    adopt = b["kind"].to_numpy(object) == "A"
    by_carer = adopt & (rng.random(m) < 0.15)
    same_carer |= by_carer
    typ[adopt] = np.where(by_carer[adopt], "A5", "A6")
    typ[same_carer & ~adopt] = [LONG_TERM[t] for t in prev_typ[same_carer & ~adopt]]
    # H5 only for placements that ended before K3 replaced it (903 rule 146 for 2025/26); computed on the
    # segment end, which is only known below, so use the next boundary of the same period or the period end
    nxt_same0 = np.append(p[1:] == p[:-1], False)
    seg_end0 = np.where(nxt_same0, np.append(seg_start[1:], np.nan), P["eff_end"].to_numpy(float)[p])
    typ = np.where((typ == "H5") & ((seg_start >= K3_FROM) | ~(seg_end0 < K3_FROM)), "K3", typ)
    # placed with parents (P1) never under section 20 (903 rule 378): such a placement is foster care
    if lg is not None and len(lg):
        typ[_overlaps_code(lg, P["eff_end"].to_numpy(float), p, seg_start, seg_end0, "V2") & (typ == "P1")] = "U6"
    provider = np.empty(m, dtype=object)
    for letter, weights in PROVIDER.items():
        mm = np.array([t[0] == letter for t in typ])
        provider[mm] = choice(rng, weights, int(mm.sum()))
    pool = max(20, int(40 * ctx.profile.scale))
    urn_pool = np.char.add("SC", (rng.permutation(900_000)[:pool] + 100_000).astype(str))
    urn = np.where(np.isin(typ, URN_TYPES), urn_pool[rng.integers(0, pool, m)], None).astype(object)
    local = (rng.random(m) < 0.65) | (provider == "PR1")  # own provision is inside the LA (903 rule 1015)
    dist = np.where(local, rng.lognormal(np.log(4), 0.7, m), rng.lognormal(np.log(28), 0.6, m))
    dist = np.where(typ == "P1", rng.lognormal(np.log(2), 0.6, m), dist)
    postcode = _postcodes(rng, ctx.profile.postcode_areas, local, m)
    postcode[rng.random(m) < 0.05] = None
    # a move to the same carers keeps provider, home and address
    for arr in (provider, urn, postcode):
        arr[same_carer] = np.roll(arr, 1)[same_carer]
    dist[same_carer] = np.roll(dist, 1)[same_carer]
    urn[~np.isin(typ, URN_TYPES)] = None
    lacking = np.isin(typ, URN_TYPES) & pd.isna(urn)  # e.g. adopted by carers whose home had no URN
    urn[lacking] = urn_pool[rng.integers(0, pool, int(lacking.sum()))]
    nxt_same = np.append(p[1:] == p[:-1], False)
    seg_end = np.where(nxt_same, np.append(seg_start[1:], np.nan), P["end"].to_numpy(float)[p])
    nxt_carer = np.append(same_carer[1:], False)
    reason = np.where(nxt_same, choice(rng, MOVE_REASONS, m), None).astype(object)
    reason[nxt_same & nxt_carer] = "PLACE"
    return pd.DataFrame({
        "clap_cla_placement_id": ctx.ids.take(m), "clap_cla_placement_start_date": seg_start,
        "clap_cla_placement_type": typ, "clap_cla_placement_urn": urn,
        "clap_cla_placement_distance": np.round(dist, 1), "clap_cla_id": P["cla_id"].to_numpy()[p],
        "clap_cla_placement_provider": provider, "clap_cla_placement_postcode": postcode,
        "clap_cla_placement_end_date": seg_end, "clap_cla_placement_change_reason": reason,
        "clap_person_id": P["cidx"].to_numpy()[p], "p": p, "same_carer": same_carer,
    })


def _overlaps_code(lg: pd.DataFrame, eff_end: np.ndarray, p: np.ndarray, start: np.ndarray, end: np.ndarray,
                   code: str) -> np.ndarray:
    """For each interval (period p, [start, end)): does a legal status `code` run at some time in it?"""
    g = lg.sort_values(["p", "date"], kind="stable")
    gp = g["p"].to_numpy()
    nxt = np.where(np.append(gp[1:] == gp[:-1], False), np.append(g["date"].to_numpy(float)[1:], np.nan),
                   eff_end[gp])
    iv = pd.DataFrame({"p": gp, "ls": g["date"].to_numpy(float), "le": nxt})[g["code"].to_numpy(object) == code]
    seg = pd.DataFrame({"p": p, "s": start, "e": end, "i": np.arange(len(p))})
    j = seg.merge(iv, on="p")
    hit = j.loc[(j["ls"] < j["e"]) & (j["le"] > j["s"]), "i"].to_numpy()
    out = np.zeros(len(p), dtype=bool)
    out[hit] = True
    return out


def _postcodes(rng: np.random.Generator, areas: tuple[str, ...], local: np.ndarray, n: int) -> np.ndarray:
    """UK-looking postcodes: local ones in the profile's areas, others elsewhere."""
    # English areas only: a placement in Wales/Scotland has no Ofsted URN (903 rule 243)
    others = np.array(["M", "LS", "S", "NE", "BS", "DE", "L", "NG", "CV", "SO", "PE", "HU", "YO", "WF"])
    area = np.where(local, np.array(areas)[rng.integers(0, len(areas), n)], others[rng.integers(0, len(others), n)])
    letters = np.array(list("ABDEFGHJLNPQRSTUWXYZ"))
    out = (area.astype(object) + rng.integers(1, 30, n).astype(str).astype(object) + " "
           + rng.integers(1, 10, n).astype(str).astype(object)
           + letters[rng.integers(0, 20, n)].astype(object) + letters[rng.integers(0, 20, n)].astype(object))
    return out.astype(object)


def legal_statuses(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """Legal status changes per period (internal: p, date, code), first one on the period start."""
    rng = ctx.rng
    n = len(P)
    start = P["start"].to_numpy(float)
    eff = P["eff_end"].to_numpy(float)
    cls = P["cls"].to_numpy(object)
    first = choice(rng, {"V2": 0.5, "C1": 0.38, "L2": 0.04, "L1": 0.03, "J1": 0.02, "C2": 0.03}, n)
    first[cls == "adopt"] = choice(rng, {"C1": 0.85, "L2": 0.1, "V2": 0.05}, int((cls == "adopt").sum()))
    first[P["uasc"].to_numpy(bool)] = "V2"
    first[P["rec"].to_numpy(object) == "E14"] = "J1"
    # remand / youth-justice statuses (J1-J3) only from age 10 (903 rule 358)
    first[(first == "J1") & (birthday(P["dob"].to_numpy(float), 10) >= start)] = "V2"
    ev = [pd.DataFrame({"p": np.arange(n), "date": start, "code": first})]
    # emergency protection -> interim care order or s20 within days
    cur = first.copy()
    # police protection (L1) lasts at most 72 hours (903 rule 361); an EPO (L2) up to 8 days
    d1 = start + np.where(first == "L1", uniform_int(rng, 1, 3, n), uniform_int(rng, 1, 8, n))
    m = np.isin(first, ["L1", "L2"])
    nxt = np.where(rng.random(n) < 0.7, "C1", "V2")
    ev.append(pd.DataFrame({"p": np.nonzero(m)[0], "date": d1[m], "code": nxt[m]}))
    cur[m] = nxt[m]
    # s20 -> interim care order sometimes
    d2 = start + uniform_int(rng, 30, 400, n)
    m = (cur == "V2") & (rng.random(n) < P_V2_TO_C1) & ~P["uasc"].to_numpy(bool)
    ev.append(pd.DataFrame({"p": np.nonzero(m)[0], "date": d2[m], "code": "C1"}))
    cur[m] = "C1"
    t_c1 = np.where(m, d2, start)
    # interim -> full care order at the final hearing; adoption track -> placement order
    po = P["po"].to_numpy(float)
    m = (cur == "C1") & np.isnan(po)
    d3 = t_c1 + uniform_int(rng, 180, 320, n)
    ev.append(pd.DataFrame({"p": np.nonzero(m)[0], "date": d3[m], "code": "C2"}))
    m = ~np.isnan(po)
    ev.append(pd.DataFrame({"p": np.nonzero(m)[0], "date": po[m], "code": "E1"}))
    # a reversed adoption decision after the placement order: the order is revoked and the care order
    # revives (C2) a few weeks later, so no E1 runs without a live adoption decision (903 rule 553)
    rv = P["reversed"].to_numpy(float)
    m = ~np.isnan(po) & ~np.isnan(rv)
    d4 = rv + uniform_int(rng, 14, 60, n)
    ev.append(pd.DataFrame({"p": np.nonzero(m)[0], "date": d4[m], "code": "C2"}))
    e = pd.concat(ev, ignore_index=True)
    e = e[(e["date"] < eff[e["p"].to_numpy()])]
    e = e.sort_values(["p", "date"], kind="stable").drop_duplicates(["p", "date"], keep="last")
    same = e["code"].to_numpy(object) == e.groupby("p")["code"].shift().to_numpy(object)
    return e[~same].reset_index(drop=True)


def episodes(ctx: Context, P: pd.DataFrame, pl: pd.DataFrame, lg: pd.DataFrame) -> pd.DataFrame:
    """903 episodes: a new one whenever the placement or the legal status changes."""
    b = pd.concat([
        pd.DataFrame({"p": pl["p"], "date": pl["clap_cla_placement_start_date"], "pl": True,
                      "carer": pl["same_carer"], "lg": False}),
        pd.DataFrame({"p": lg["p"], "date": lg["date"], "pl": False, "carer": False, "lg": True}),
    ], ignore_index=True)
    b = b.groupby(["p", "date"], sort=True, as_index=False).agg(pl=("pl", "max"), carer=("carer", "max"),
                                                                lg=("lg", "max"))
    p = b["p"].to_numpy()
    m = len(b)
    first = np.append(True, p[1:] != p[:-1])
    last = np.append(p[1:] != p[:-1], True)
    pl_, carer, lg_ = b["pl"].to_numpy(bool), b["carer"].to_numpy(bool), b["lg"].to_numpy(bool)
    rne = np.where(pl_ & lg_, np.where(carer, "U", "B"),
                   np.where(pl_, np.where(carer, "T", "P"), "L")).astype(object)
    rne[first] = "S"
    start = b["date"].to_numpy(float)
    end = np.where(last, P["end"].to_numpy(float)[p], np.append(start[1:], np.nan))
    rec = np.where(last, P["rec"].to_numpy(object)[p], "X1").astype(object)
    # the placement each episode is in
    left = pd.DataFrame({"p": p, "date": start, "pos": np.arange(m)}).sort_values("date", kind="stable")
    right = pl[["p", "clap_cla_placement_start_date", "clap_cla_placement_id"]].sort_values(
        "clap_cla_placement_start_date", kind="stable")
    j = pd.merge_asof(left, right, left_on="date", right_on="clap_cla_placement_start_date", by="p",
                      direction="backward").sort_values("pos")
    return pd.DataFrame({
        "clae_cla_episode_id": ctx.ids.take(m), "clae_person_id": P["cidx"].to_numpy()[p],
        "clae_cla_episode_start_date": start, "clae_cla_episode_start_reason": rne,
        "clae_cla_primary_need_code": P["need"].to_numpy(object)[p], "clae_cla_episode_ceased_date": end,
        "clae_cla_episode_ceased_reason": rec, "clae_cla_id": P["cla_id"].to_numpy()[p],
        "clae_referral_id": P["ref_id"].to_numpy()[p],
        "clae_cla_placement_id": j["clap_cla_placement_id"].to_numpy(),
        "clae_entered_care_date": P["start"].to_numpy(float)[p], "clae_cla_last_iro_contact_date": np.nan,
    })


def legal_status_table(ctx: Context, P: pd.DataFrame, lg: pd.DataFrame) -> pd.DataFrame:
    """ssd_legal_status: each legal status period runs to the next change or the end of care."""
    p = lg["p"].to_numpy()
    nxt_same = np.append(p[1:] == p[:-1], False)
    start = lg["date"].to_numpy(float)
    end = np.where(nxt_same, np.append(start[1:], np.nan), P["end"].to_numpy(float)[p])
    return pd.DataFrame({
        "lega_legal_status_id": ctx.ids.take(len(lg)), "lega_person_id": P["cidx"].to_numpy()[p],
        "lega_legal_status": lg["code"].to_numpy(object), "lega_legal_status_start_date": start,
        "lega_legal_status_end_date": end,
    })


def cla_reviews(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """ssd_cla_reviews: within 20 working days, then 3 months later, then every 6 months."""
    rng = ctx.rng
    start = P["start"].to_numpy(float)
    stop = np.minimum(P["eff_end"].to_numpy(float), ctx.as_at + 1)
    first_due = add_working_days(start, 20)
    i1 = np.nonzero(first_due < stop)[0]
    i2, due2 = schedule(first_due, stop, 91, 182, 0, rng)
    idx = np.concatenate([i1, i2])
    due = np.concatenate([first_due[i1], due2])
    date = next_weekday(due - uniform_int(rng, 0, 8, len(due)))
    late = rng.random(len(due)) < 0.06
    date = np.where(late, next_weekday(due + uniform_int(rng, 1, 20, len(due))), date)
    date = np.maximum(date, start[idx] + 1)
    ok = (date < stop[idx]) & (due <= ctx.as_at)
    idx, due, date = idx[ok], due[ok], date[ok]
    o = np.lexsort((date, idx))
    idx, due, date = idx[o], due[o], date[o]
    n = len(idx)
    age = (date - P["dob"].to_numpy(float)[idx]) / YEAR
    part = choice(rng, PARTICIPATION, n)
    part[age < 4] = "PN0"
    return pd.DataFrame({
        "clar_cla_review_id": ctx.ids.take(n), "clar_cla_id": P["cla_id"].to_numpy()[idx],
        "clar_cla_person_id": P["cidx"].to_numpy()[idx], "clar_cla_review_due_date": due,
        "clar_cla_review_date": date, "clar_cla_review_cancelled": yn(rng.random(n) < 0.03),
        "clar_cla_review_participation": part,
    })


def cla_visits(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """ssd_cla_visits: about every six weeks while looked after."""
    rng = ctx.rng
    start = P["start"].to_numpy(float)
    stop = np.minimum(P["eff_end"].to_numpy(float), ctx.as_at + 1)
    idx, d = schedule(start, stop, 7, 45, 7, rng)
    d = next_weekday(d)
    ok = d < stop[idx]
    idx, d = idx[ok], d[ok]
    n = len(idx)
    age = (d - P["dob"].to_numpy(float)[idx]) / YEAR
    seen = rng.random(n) < 0.95
    return pd.DataFrame({
        "clav_cla_visit_id": ctx.ids.take(n), "clav_cla_id": P["cla_id"].to_numpy()[idx],
        "clav_person_id": P["cidx"].to_numpy()[idx], "clav_cla_visit_date": d, "clav_cla_visit_seen": yn(seen),
        "clav_cla_visit_seen_alone": yn(seen & (age >= 4) & (rng.random(n) < 0.65)),
    })


def missing_episodes(ctx: Context, P: pd.DataFrame) -> pd.DataFrame:
    """ssd_missing: some looked-after children aged 11+ go missing or away, often repeatedly."""
    rng = ctx.rng
    n = len(P)
    s = np.maximum(P["start"].to_numpy(float), birthday(P["dob"].to_numpy(float), 11))
    e = np.minimum(P["eff_end"].to_numpy(float), ctx.as_at + 1)
    years = np.maximum(e - s, 0) / YEAR
    prone = (years > 0) & (rng.random(n) < 0.2)
    k = np.where(prone, np.minimum(1 + rng.poisson(7.0 * years), 80), 0)
    idx = np.repeat(np.arange(n), k)
    st = np.floor(s[idx] + rng.random(len(idx)) * (e[idx] - s[idx]))
    d = pd.DataFrame({"i": idx, "st": st}).drop_duplicates().sort_values(["i", "st"]).reset_index(drop=True)
    idx, st = d["i"].to_numpy(), d["st"].to_numpy(float)
    m = len(idx)
    en = st + np.floor(rng.exponential(1.3, m))
    nxt = np.append(np.where(idx[1:] == idx[:-1], st[1:], np.inf), np.inf)
    en = np.minimum(np.minimum(en, nxt), e[idx] - 1)
    en = np.maximum(en, st)
    en[en > ctx.as_at] = np.nan
    ended = ~np.isnan(en)
    offered = rng.random(m) < 0.8
    accepted = np.where(offered, np.where(rng.random(m) < 0.45, "Y", "N"), "NA").astype(object)
    return pd.DataFrame({
        "miss_table_id": ctx.ids.take(m), "miss_person_id": P["cidx"].to_numpy()[idx],
        "miss_missing_episode_start_date": st, "miss_missing_episode_type": np.where(
            rng.random(m) < 0.65, "M", "A"),
        "miss_missing_episode_end_date": en,
        "miss_missing_rhi_offered": np.where(ended, yn(offered), None),
        "miss_missing_rhi_accepted": np.where(ended, accepted, None),
    })


def build_care(ctx: Context, refs: pd.DataFrame) -> CareRecords:
    """Periods of care with their placements, legal statuses and episodes."""
    P = periods_of_care(ctx, refs)
    lg = legal_statuses(ctx, P)
    pl = placements(ctx, P, lg)
    ep = episodes(ctx, P, pl, lg)
    legal = legal_status_table(ctx, P, lg)
    return CareRecords(periods=P, episodes=ep, placements=pl, legal=legal)
