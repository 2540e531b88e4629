"""Children's journeys: referral chains and, per referral, the key dates of every stage.

One row per referral (CIN episode) with the dates of its assessment, S47, ICPC, CP plan, CIN plans
and period of care. Chains of referrals per child are simulated order by order (first referrals,
then re-referrals after each closes), each order fully vectorised over children.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context
from .timeutil import YEAR, add_working_days, birthday, next_weekday
from .util import choice, uniform_int

# Chains started per referral a year (a chain averages ~1.5 referrals); calibrated on `median`.
CHAIN_RATE = 0.585
P_REF_NFA = 0.03
P_S47 = 0.37
P_ICPC = 0.34  # a little above the national 0.31: some ICPCs fall outside the counted year
P_CP = 0.86
P_CLA_FROM_CP = 0.20
P_CLA_DIRECT = 0.027
P_RE_REFERRAL = 0.42
# assessed as in need of services but supported without a formal CIN plan (referral stays open)
P_CIN_NO_PLAN = 0.4

AGE_BANDS = {  # age at first referral: (weight, low years, high years); -1 = unborn
    "unborn": (0.04, -0.35, -0.03), "u1": (0.10, 0.0, 1.0), "1-4": (0.19, 1.0, 5.0),
    "5-9": (0.26, 5.0, 10.0), "10-15": (0.33, 10.0, 16.0), "16-17": (0.08, 16.0, 17.8),
}
PRIMARY_NEED = {"N1": 0.56, "N2": 0.04, "N3": 0.03, "N4": 0.09, "N5": 0.15, "N6": 0.03,
                "N7": 0.005, "N8": 0.03, "N9": 0.035, "N0": 0.03}
REFERRAL_SOURCE = {"1A": 0.04, "1B": 0.01, "1C": 0.01, "1D": 0.01, "2A": 0.19, "2B": 0.02, "3A": 0.03,
                   "3B": 0.02, "3C": 0.01, "3D": 0.02, "3E": 0.04, "3F": 0.03, "4": 0.02, "5A": 0.03,
                   "5B": 0.03, "5C": 0.03, "5D": 0.03, "6": 0.29, "7": 0.02, "8": 0.06, "9": 0.01,
                   "10": 0.05}
# Period-of-care outcome by age band at entry: adopt, sgo, cao, home, lt18 (stays to 18), other.
CLA_OUTCOMES = ("adopt", "sgo", "cao", "home", "lt18", "other")
CLA_OUTCOME_P = np.array([
    [0.33, 0.18, 0.04, 0.27, 0.13, 0.05],
    [0.18, 0.18, 0.05, 0.32, 0.22, 0.05],
    [0.02, 0.14, 0.04, 0.47, 0.28, 0.05],
    [0.00, 0.04, 0.02, 0.54, 0.30, 0.10],
    [0.00, 0.00, 0.00, 0.30, 0.60, 0.10],
])
P_ADOPTION_REVERSED = 0.12


def _profile_factors(ctx: Context) -> tuple[float, float]:
    """How much more CP and care activity per referral this profile has than the median LA."""
    p = ctx.profile
    cp = (p.cp_starts_per_year / p.referrals_per_year) / (344 / 3367)
    cla = (p.cla_starts_per_year / p.referrals_per_year) / (165 / 3367)
    return cp, cla


def _gamma(rng: np.random.Generator, shape: float, scale: float, n: int) -> np.ndarray:
    return np.floor(rng.gamma(shape, scale, n))


def start_chains(ctx: Context) -> pd.DataFrame:
    """Children whose first referral falls in the simulated span (plus UASC arrivals)."""
    rng, p = ctx.rng, ctx.profile
    span = ctx.as_at - ctx.sim_start
    n = int(rng.poisson(p.referrals_per_year * CHAIN_RATE * span / YEAR))
    first = np.floor(ctx.sim_start + rng.random(n) * span)
    band = choice(rng, {k: v[0] for k, v in AGE_BANDS.items()}, n)
    lo = np.array([AGE_BANDS[b][1] for b in band])
    hi = np.array([AGE_BANDS[b][2] for b in band])
    dob = np.floor(first - (lo + rng.random(n) * (hi - lo)) * YEAR)
    n_u = int(rng.poisson(p.cla_starts_per_year * p.uasc_share_of_cla_starts * span / YEAR))
    first_u = np.floor(ctx.sim_start + rng.random(n_u) * span)
    dob_u = np.floor(first_u - (14.5 + rng.random(n_u) * 3.0) * YEAR)
    return pd.DataFrame({
        "cidx": np.arange(n + n_u),
        "first_ref": np.concatenate([first, first_u]),
        "dob": np.concatenate([dob, dob_u]),
        "uasc": np.concatenate([np.zeros(n, bool), np.ones(n_u, bool)]),
    })


def _cla_outcomes(ctx: Context, start: np.ndarray, dob: np.ndarray, uasc: np.ndarray) -> dict:
    """End date, outcome class, REC code and adoption milestones for periods starting at `start`."""
    rng = ctx.rng
    n = len(start)
    age = (start - dob) / YEAR
    band = np.digitize(age, [1, 5, 10, 16])
    u = rng.random(n)
    cum = CLA_OUTCOME_P[band].cumsum(axis=1)
    cls = np.array(CLA_OUTCOMES, dtype=object)[(u[:, None] > cum).sum(axis=1).clip(0, 5)]
    cls[uasc] = np.where(rng.random(uasc.sum()) < 0.85, "lt18", "other")
    b18 = birthday(dob, 18)
    end = np.full(n, np.nan)
    rec = np.full(n, None, dtype=object)
    nan = np.full(n, np.nan)
    adm, po, matched, placed, reversed_ = nan.copy(), nan.copy(), nan.copy(), nan.copy(), nan.copy()
    rd = np.full(n, None, dtype=object)

    m = cls == "adopt"
    k = m.sum()
    adm[m] = start[m] + uniform_int(rng, 100, 300, k)
    po[m] = adm[m] + uniform_int(rng, 20, 150, k)
    rev = m & (rng.random(n) < P_ADOPTION_REVERSED)
    rd[rev] = choice(rng, {"RD1": 0.2, "RD2": 0.1, "RD3": 0.4, "RD4": 0.3}, rev.sum())
    rd2 = rd == "RD2"
    reversed_[rev] = po[rev] + uniform_int(rng, 30, 250, rev.sum())
    reversed_[rd2] = adm[rd2] + uniform_int(rng, 30, 150, rd2.sum())
    po[rd2] = np.nan
    ok = m & ~rev
    matched[ok] = po[ok] + uniform_int(rng, 40, 220, ok.sum())
    placed[ok] = matched[ok] + uniform_int(rng, 0, 30, ok.sum())
    end[ok] = placed[ok] + uniform_int(rng, 70, 300, ok.sum())
    rec[ok] = np.where(rng.random(ok.sum()) < 0.7, "E11", "E12")
    # reversed decisions: special guardianship or long-term care instead
    to_sgo = rev & (rng.random(n) < 0.5)
    cls[rev & ~to_sgo] = "lt18"
    end[to_sgo] = reversed_[to_sgo] + uniform_int(rng, 150, 600, to_sgo.sum())
    rec[to_sgo] = np.where(rng.random(to_sgo.sum()) < 0.6, "E46", "E45")

    m = (cls == "sgo") & ~to_sgo
    end[m] = start[m] + uniform_int(rng, 240, 900, m.sum())
    rec[m] = choice(rng, {"E45": 0.35, "E46": 0.15, "E47": 0.3, "E48": 0.2}, m.sum())
    m = cls == "cao"
    end[m] = start[m] + uniform_int(rng, 180, 800, m.sum())
    rec[m] = "E41"
    m = cls == "home"
    end[m] = start[m] + 7 + _gamma(rng, 1.2, 200, m.sum())
    rec[m] = choice(rng, {"E4A": 0.7, "E4B": 0.1, "E13": 0.2}, m.sum())
    m = cls == "other"
    end[m] = start[m] + 14 + _gamma(rng, 1.2, 250, m.sum())
    rec[m] = choice(rng, {"E8": 0.4, "E3": 0.25, "E9": 0.1, "E14": 0.12, "E16": 0.05, "E7": 0.03,
                          "E2": 0.01, "E5": 0.04}, m.sum())
    rec[m & (rec == "E14") & (birthday(dob, 10) >= start)] = "E8"  # no remand under 10 (903 rule 358)
    um = m & uasc
    rec[um] = choice(rng, {"E15": 0.4, "E3": 0.3, "E8": 0.3}, um.sum())
    m = cls == "lt18"
    end[m] = b18[m]
    rec[m] = choice(rng, {"E17": 0.25, "E5": 0.42, "E6": 0.1, "E8": 0.18, "E7": 0.02, "E9": 0.03}, m.sum())
    # nobody stays looked after past 18
    over = end > b18
    end[over] = b18[over]
    rec[over & (cls != "lt18")] = "E8"
    end = np.maximum(end, start + 1)
    return {"cla_class": cls, "cla_end": end, "cla_rec": rec, "adm_date": adm, "po_date": po,
            "matched_date": matched, "placed_adoption_date": placed, "reversed_date": reversed_,
            "reversed_reason": rd}


CLOSE_BY_REC = {"E11": "RC1", "E12": "RC1", "E2": "RC2", "E41": "RC3", "E45": "RC4", "E46": "RC4",
                "E47": "RC4", "E48": "RC4", "E3": "RC5", "E7": "RC6"}


def simulate_referrals(ctx: Context, b: pd.DataFrame) -> pd.DataFrame:
    """Every stage of one referral per row of b (columns cidx, ref_date, dob, uasc)."""
    rng = ctx.rng
    n = len(b)
    r = b["ref_date"].to_numpy(float)
    dob = b["dob"].to_numpy(float)
    uasc = b["uasc"].to_numpy(bool)
    b18 = birthday(dob, 18)
    out: dict[str, np.ndarray] = {}
    need = choice(rng, PRIMARY_NEED, n)
    need[uasc] = "N8"
    source = choice(rng, REFERRAL_SOURCE, n)
    source[uasc] = choice(rng, {"7": 0.4, "6": 0.4, "5C": 0.2}, uasc.sum())
    nfa_ref = (rng.random(n) < P_REF_NFA) & ~uasc
    asm = ~nfa_ref
    asm_start = np.where(asm, next_weekday(r + uniform_int(rng, 0, 4, n)), np.nan)
    asm_auth = add_working_days(asm_start, 4 + _gamma(rng, 2.0, 9.5, n))
    s47 = asm & ~uasc & (rng.random(n) < P_S47)
    s47_start = np.where(s47, np.minimum(next_weekday(r + uniform_int(rng, 0, 6, n)), asm_auth), np.nan)
    s47_end = add_working_days(s47_start, 3 + _gamma(rng, 2.0, 5.0, n))
    cp_factor, cla_factor = _profile_factors(ctx)
    icpc = s47 & (rng.random(n) < P_ICPC * cp_factor)
    icpc_date = np.where(icpc, add_working_days(s47_start, uniform_int(rng, 8, 20, n)), np.nan)
    s47_end = np.where(icpc, np.minimum(s47_end, icpc_date), s47_end)
    icpc_target = np.where(icpc, add_working_days(s47_start, 15), np.nan)
    cp = icpc & (rng.random(n) < P_CP)
    cp_start = np.where(cp, icpc_date, np.nan)
    # CP plan length: most plans end at a review conference (3 months, then every 6)
    raw = 30 + _gamma(rng, 1.4, 175, n)
    k = np.ceil(np.maximum(raw - 91, 0) / 182)
    cp_end = np.where(cp, cp_start + 91 + 182 * k - uniform_int(rng, 0, 10, n), np.nan)
    cp_end = next_weekday(cp_end)
    cp_end_review = cp.copy()
    cla_cp = cp & (rng.random(n) < P_CLA_FROM_CP * cla_factor / cp_factor)
    cla_cp_start = cp_start + 14 + np.floor(rng.random(n) * (raw - 14).clip(1))
    cp_end = np.where(cla_cp, cla_cp_start, cp_end)
    cp_end_review &= ~cla_cp
    cla_direct = asm & ~cp & (rng.random(n) < P_CLA_DIRECT * cla_factor * np.where((r - dob) / YEAR < 1, 2.0, 1.0))
    cla_direct |= uasc
    cla = cla_cp | cla_direct
    cla_start = np.where(cla_cp, cla_cp_start, np.nan)
    cla_start = np.where(cla_direct & ~uasc, asm_start + uniform_int(rng, 0, 45, n), cla_start)
    cla_start = np.where(uasc, r + uniform_int(rng, 0, 2, n), cla_start)
    cla_start = np.where(cla, np.maximum(cla_start, dob), np.nan)
    late = cla & (cla_start >= b18 - 7)  # too close to 18 to come into care
    cla &= ~late
    # the 903 category of need is N1-N8 only (rule 145): a child coming into care is never N9/N0
    need[cla & np.isin(need, ["N9", "N0"])] = "N1"
    cla_start[late] = np.nan
    cp_end = np.where(cla_cp & late, cp_start + 91, cp_end)
    outc = _cla_outcomes(ctx, np.where(cla, cla_start, r), dob, uasc)
    for key, val in outc.items():
        v = val.copy()
        if v.dtype == object:
            v[~cla] = None
        else:
            v[~cla] = np.nan
        out[key] = v
    # assessment outcome
    p_nfa = np.where(s47 & ~icpc, 0.5, np.where(icpc & ~cp, 0.3, 0.55))
    asm_nfa = asm & ~cp & ~cla & (rng.random(n) < p_nfa)
    cin1 = asm & ~cp & ~cla & ~asm_nfa
    cin1_start = np.where(cin1, asm_auth + uniform_int(rng, 0, 10, n), np.nan)
    cin1_end = cin1_start + 30 + _gamma(rng, 1.8, 130, n)
    svc = cin1 & (rng.random(n) < P_CIN_NO_PLAN)
    svc_start = np.where(svc, cin1_start, np.nan)
    svc_end = np.where(svc, np.minimum(cin1_end, b18), np.nan)
    cin1 &= ~svc
    svc &= svc_start < b18
    cin2 = cp & ~cla_cp & (rng.random(n) < 0.45)
    cin2_start = np.where(cin2, cp_end, np.nan)
    cin2_end = cin2_start + 30 + _gamma(rng, 1.5, 100, n)
    # nothing runs past the 18th birthday
    cp_end = np.where(cp & (cp_end > b18), b18, cp_end)
    cp_end_review &= ~(cp_end == b18)
    cin1_end = np.minimum(cin1_end, b18)
    cin2_end = np.minimum(cin2_end, b18)
    cin2 &= cin2_start < b18
    cin1 &= cin1_start < b18
    cin1_start[~cin1] = np.nan
    cin2_start[~cin2] = np.nan
    cin2_end[~cin2] = np.nan
    # The episode closes after its last activity (an ICPC may follow the end of its S47; CIN rule 8565),
    # at the latest on the 18th birthday unless that activity itself came later.
    last = np.nanmax(np.vstack([asm_auth, s47_end, icpc_date, cp_end, cin1_end, cin2_end, svc_end, r]), axis=0)
    close = np.minimum(last + uniform_int(rng, 0, 14, n), np.maximum(b18, last))
    close = np.where(nfa_ref, r + uniform_int(rng, 0, 5, n), close)
    close = np.where(cla, out["cla_end"], close)
    close = np.maximum(close, r)
    reason = np.full(n, "RC7", dtype=object)
    reason[rng.random(n) < 0.04] = "RC5"
    # RC8/RC9 mean "closed after assessment": only after an assessment with no S47, ICPC, CP or CIN plan
    # (CIN 2990, 8825Q); a referral closed with no further action (no assessment) is RC7
    after_asm = asm_nfa & ~s47 & ~icpc
    reason[after_asm] = np.where(rng.random(after_asm.sum()) < 0.7, "RC8", "RC9")
    reason[(close >= b18) & ~cla] = "RC6"
    rec = out["cla_rec"]
    for e, rc in CLOSE_BY_REC.items():
        reason[cla & (rec == e)] = rc
    out.update({
        "cidx": b["cidx"].to_numpy(), "order": b["order"].to_numpy(), "ref_date": r, "dob": dob,
        "uasc": uasc, "need": need, "source": source, "ref_nfa": nfa_ref, "asm": asm,
        "asm_start": asm_start, "asm_auth": asm_auth, "asm_nfa": asm_nfa,
        "child_seen": rng.random(n) < 0.95, "s47": s47, "s47_start": s47_start, "s47_end": s47_end,
        "icpc": icpc, "icpc_date": icpc_date, "icpc_target": icpc_target, "cp": cp,
        "cp_start": cp_start, "cp_end": np.where(cp, cp_end, np.nan), "cp_end_review": cp_end_review,
        "cla": cla, "cla_start": cla_start, "cla_from_cp": cla_cp & cla,
        "cin1": cin1, "cin1_start": cin1_start, "cin1_end": np.where(cin1, cin1_end, np.nan),
        "cin2": cin2, "cin2_start": cin2_start, "cin2_end": cin2_end,
        "svc": svc, "svc_start": np.where(svc, svc_start, np.nan), "svc_end": np.where(svc, svc_end, np.nan),
        "close": close, "close_reason": reason, "b18": b18,
    })
    return pd.DataFrame(out)


def simulate_journeys(ctx: Context) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(children, referrals): referral chains run order by order until every chain stops."""
    rng = ctx.rng
    kids = start_chains(ctx)
    batch = kids.rename(columns={"first_ref": "ref_date"})[["cidx", "ref_date", "dob", "uasc"]]
    batches = []
    order = 0
    while len(batch):
        batch = batch.assign(order=order)
        batch = batch[(batch["ref_date"] <= ctx.as_at)
                      & (batch["ref_date"] < birthday(batch["dob"].to_numpy(float), 18) - 30)]
        if not len(batch):
            break
        res = simulate_referrals(ctx, batch.reset_index(drop=True))
        batches.append(res)
        n = len(res)
        heavy = res["cp"].to_numpy() | res["cla"].to_numpy()
        stop = res["cla_rec"].isin(["E11", "E12", "E2", "E3", "E15", "E16"]).to_numpy() | res["uasc"].to_numpy()
        go = (rng.random(n) < P_RE_REFERRAL + 0.15 * heavy) & ~stop & (res["close"].to_numpy() < ctx.as_at)
        gap = np.where(rng.random(n) < 0.7, 7 + np.floor(rng.exponential(80, n)),
                       365 + np.floor(rng.random(n) * 1100))
        nxt = res[go].copy()
        batch = pd.DataFrame({"cidx": nxt["cidx"], "ref_date": nxt["close"] + gap[go],
                              "dob": nxt["dob"], "uasc": False})
        order += 1
    refs = pd.concat(batches, ignore_index=True).sort_values(["cidx", "ref_date"], kind="stable")
    return kids, refs.reset_index(drop=True)
