"""Permanence journeys: adoption decisions (some reversed) and periods ending in SGO/CAO/adoption."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cla import CareRecords
from .context import Context
from .workforce import Workforce

ORDER_TYPE = {"E11": "Adoption Order", "E12": "Adoption Order", "E41": "Child Arrangements Order",
              "E45": "Special Guardianship Order", "E46": "Special Guardianship Order",
              "E47": "Special Guardianship Order", "E48": "Special Guardianship Order"}
# adopter legal status -> (number of adopters, possible adopter-sex codes)
ADOPTERS = {"L0": (1, ("F1", "M1")), "L11": (2, ("MF",)), "L12": (2, ("MM", "FF")), "L2": (2, ("MM", "FF")),
            "L3": (2, ("MF",)), "L4": (2, ("MM", "FF"))}


def permanence(ctx: Context, care: CareRecords, wf: Workforce) -> pd.DataFrame:
    """ssd_permanence: one row per period with an adoption decision or ending in a permanence order.

    `perm_table_id`: a fresh id for an adoption journey (the period has an ADM decision: the adoption
    record, Liquidlogic FACT_ADOPTION); otherwise (a period ending in an SGO / child arrangements order
    with no adoption record) the `clae_cla_episode_id` of the episode that ends the period.
    """
    rng = ctx.rng
    P = care.periods
    has_adm = P["adm"].notna().to_numpy()
    perm_end = P["rec"].isin(list(ORDER_TYPE)).to_numpy()
    m = has_adm | perm_end
    p = P[m].reset_index(drop=True)
    idx = np.nonzero(m)[0]
    n = len(p)
    pl = care.placements
    # placement (and the one before it) current at the end of each period
    last_pl = pl.groupby("p").tail(1).set_index("p")
    prev_pl = pl.groupby("p").nth(-2)
    prev_pl = prev_pl.set_index("p") if len(prev_pl) else prev_pl
    last_start = pd.Series(idx).map(last_pl["clap_cla_placement_start_date"]).to_numpy(float)
    last_type = pd.Series(idx).map(last_pl["clap_cla_placement_type"]).to_numpy(object)
    prev_start = pd.Series(idx).map(prev_pl["clap_cla_placement_start_date"]).to_numpy(float) if len(
        prev_pl) else np.full(n, np.nan)
    rec = p["rec"].to_numpy(object)
    placed = p["placed"].to_numpy(float)
    is_adoption = ~np.isnan(placed)
    by_carer = is_adoption & (last_type == "A5")
    foster_date = np.where(by_carer, prev_start, np.nan)
    sgo_carer = np.isin(rec, ["E45", "E46"])
    foster_date = np.where(sgo_carer, last_start, foster_date)
    status = np.array(list(ADOPTERS), dtype=object)[rng.choice(len(ADOPTERS), n, p=[0.12, 0.55, 0.05,
                                                                                    0.08, 0.15, 0.05])]
    number = np.where(status == "L0", 1, 2)
    coin = rng.random(n) < 0.5
    sex = np.where(status == "L0", np.where(coin, "F1", "M1"),
                   np.where(np.isin(status, ["L11", "L3"]), "MF", np.where(coin, "FF", "MM"))).astype(object)
    show_adopters = is_adoption
    sib = rng.random(n) < 0.3
    together = np.where(sib, rng.integers(0, 3, n), -1)
    apart = np.where(sib, rng.integers(0, 2, n), -1)
    w, _ = wf.pick(rng, "adoption", n)
    adm_row = has_adm[idx]
    ending = care.episodes.groupby("clae_cla_id", sort=False)["clae_cla_episode_id"].last()
    table_id = p["cla_id"].map(ending).to_numpy(float)
    table_id[adm_row] = ctx.ids.take(int(adm_row.sum()))
    order_date = np.where(np.isin(rec, list(ORDER_TYPE)), p["end"].to_numpy(float), np.nan)
    # the adoption agency's URN: that of the period's first adoption placement (A3-A6), else null
    first_a = pl[pl["clap_cla_placement_type"].isin(["A3", "A4", "A5", "A6"])].groupby("p")[
        "clap_cla_placement_urn"].first()
    urn = pd.Series(idx).map(first_a).astype(object).where(lambda s: s.notna(), None).to_numpy(object)
    out = pd.DataFrame({
        "perm_table_id": table_id, "perm_person_id": p["cidx"], "perm_cla_id": p["cla_id"],
        "perm_adm_decision_date": p["adm"], "perm_ffa_cp_decision_date": np.nan,
        "perm_placement_order_date": p["po"], "perm_placed_for_adoption_date": p["placed"],
        "perm_matched_date": p["matched"],
        "perm_adopted_by_carer_flag": np.where(is_adoption, np.where(by_carer, "Y", "N"), None),
        "perm_placed_ffa_cp_date": np.nan, "perm_decision_reversed_date": p["reversed"],
        "perm_placed_foster_carer_date": foster_date,
        "perm_part_of_sibling_group": np.where(has_adm[idx], np.where(sib, "Y", "N"), None),
        "perm_siblings_placed_together": pd.array(np.where(sib & has_adm[idx], together, -1), dtype="Int64"),
        "perm_siblings_placed_apart": pd.array(np.where(sib & has_adm[idx], apart, -1), dtype="Int64"),
        "perm_placement_provider_urn": urn, "perm_decision_reversed_reason": p["rd"],
        "perm_permanence_order_date": order_date,
        "perm_permanence_order_type": np.array([ORDER_TYPE.get(r) for r in rec], dtype=object),
        "perm_adoption_worker_id": np.where(has_adm[idx], w, np.nan),
        "perm_adopter_sex": np.where(show_adopters, sex, None),
        "perm_adopter_legal_status": np.where(show_adopters, status, None),
        "perm_number_of_adopters": pd.array(np.where(show_adopters, number, -1), dtype="Int64"),
    })
    return null_negative(out, ["perm_siblings_placed_together", "perm_siblings_placed_apart",
                               "perm_number_of_adopters"])


def null_negative(df: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    """-1 placeholders in integer columns -> <NA>."""
    for c in cols:
        df[c] = df[c].mask(df[c] < 0)
    return df
