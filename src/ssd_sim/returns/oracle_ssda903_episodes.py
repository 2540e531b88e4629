"""Oracle for the SSDA903 episode family, computed from the simulator's truth with pandas.

Written from the DfE rules (reference/returns/README.md "SSDA903" and the 903 validation rules), never from
the dbt models: `compute(truth, year)` returns {rpt model name: DataFrame} for Episodes, Reviews, UASC,
Missing, SWEpisodes and PrevPerm, columns in the DfE order. CHILD is the SSD person id (pers_person_id).

Year Y runs from 1 April Y-1 to 31 March Y and everything is seen as at 31 March Y: nothing starts after
it, and an end after it is blank.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from ssd_kit.returns.ssda903_files import SSDA903_COLUMNS

TABLES = (
    "rpt_ssda903__episodes",
    "rpt_ssda903__reviews",
    "rpt_ssda903__uasc",
    "rpt_ssda903__missing",
    "rpt_ssda903__sw_episodes",
    "rpt_ssda903__prev_perm",
)

SHORT_BREAKS = {"V3", "V4"}
PLACEMENT_MOVES = {"P", "B", "T", "U"}  # RNE codes that mean the placement changed
# The simulator's worker-change reasons (TRUTH_RULES.md) as DfE SW_REASON codes.
SW_REASON_FROM_TRUTH = {
    "TEAM_TRANSFER": "TSPROC",
    "WORKER_LEFT": "LEFTRL",
    "CASELOAD": "MANAGE",
    "FAMILY_REQUEST": "PCCHAN",
    "SICKNESS": "ABSENC",
    "OTHER": "OTHERS",
}


def year_bounds(year: int) -> tuple[pd.Timestamp, pd.Timestamp]:
    return pd.Timestamp(year - 1, 4, 1), pd.Timestamp(year, 3, 31)


def _day(series: pd.Series) -> pd.Series:
    return pd.to_datetime(series).dt.normalize()


def _blank_after(series: pd.Series, last_day: pd.Timestamp) -> pd.Series:
    return series.where(series <= last_day)


def _shape(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    columns = list(SSDA903_COLUMNS[name])
    return frame[columns].sort_values(columns[:4]).reset_index(drop=True)


def _dob(truth: Mapping[str, pd.DataFrame]) -> pd.Series:
    people = truth["ssd_person"]
    return pd.Series(_day(people["pers_dob"]).values, index=people["pers_person_id"].values)


def episodes(truth: Mapping[str, pd.DataFrame], year: int) -> pd.DataFrame:
    first, last = year_bounds(year)
    eps = truth["ssd_cla_episodes"].copy()
    eps["start"] = _day(eps["clae_cla_episode_start_date"])
    eps["end"] = _day(eps["clae_cla_episode_ceased_date"])
    eps["care_start"] = _day(eps["clae_entered_care_date"])

    # Next episode of the same child (in the whole history), to see whether this one ended in a move.
    eps = eps.sort_values(["clae_person_id", "start", "clae_cla_episode_id"])
    eps["next_rne"] = eps.groupby("clae_person_id")["clae_cla_episode_start_reason"].shift(-1)
    eps["next_start"] = eps.groupby("clae_person_id")["start"].shift(-1)

    keep = (eps["start"] <= last) & (eps["end"].isna() | (eps["end"] >= first))
    eps = eps[keep].copy()

    # Legal status: the last status period that had started by the episode's first day.
    legal = truth["ssd_legal_status"].copy()
    legal["ls_start"] = _day(legal["lega_legal_status_start_date"])
    legal = legal.dropna(subset=["ls_start"]).sort_values("ls_start")
    eps = pd.merge_asof(
        eps.sort_values("start"),
        legal[["lega_person_id", "ls_start", "lega_legal_status"]],
        left_on="start",
        right_on="ls_start",
        left_by="clae_person_id",
        right_by="lega_person_id",
        direction="backward",
    )

    # Home postcode: the last address begun by the day care began, if it was still current that day.
    addresses = truth["ssd_address"].copy()
    addresses["addr_start"] = _day(addresses["addr_address_start_date"])
    addresses["addr_end"] = _day(addresses["addr_address_end_date"])
    addresses = addresses.dropna(subset=["addr_start"]).sort_values(["addr_start", "addr_table_id"])
    eps = pd.merge_asof(
        eps.sort_values("care_start"),
        addresses[["addr_person_id", "addr_start", "addr_end", "addr_address_postcode"]],
        left_on="care_start",
        right_on="addr_start",
        left_by="clae_person_id",
        right_by="addr_person_id",
        direction="backward",
    )
    stale = eps["addr_end"].notna() & (eps["addr_end"] < eps["care_start"])
    eps.loc[stale, "addr_address_postcode"] = None

    placements = truth["ssd_cla_placement"].set_index("clap_cla_placement_id")
    placement = placements.reindex(eps["clae_cla_placement_id"])

    dec = _blank_after(eps["end"], last)
    ended = dec.notna()
    rec = eps["clae_cla_episode_ceased_reason"].where(ended)
    moved = (
        ended.values
        & (rec == "X1").values
        & eps["next_rne"].isin(PLACEMENT_MOVES).values
        & (eps["next_start"] == eps["end"]).values
    )
    short_break = eps["lega_legal_status"].isin(SHORT_BREAKS).values

    out = pd.DataFrame(
        {
            "CHILD": eps["clae_person_id"].values,
            "DECOM": eps["start"].values,
            "RNE": eps["clae_cla_episode_start_reason"].values,
            "LS": eps["lega_legal_status"].values,
            "CIN": eps["clae_cla_primary_need_code"].values,
            "PLACE": placement["clap_cla_placement_type"].values,
            "PLACE_PROVIDER": placement["clap_cla_placement_provider"].values,
            "DEC": dec.values,
            "REC": rec.values,
            "REASON_PLACE_CHANGE": placement["clap_cla_placement_change_reason"].where(moved, None).values,
            "HOME_POST": eps["addr_address_postcode"].where(~short_break, None).values,
            "PL_POST": placement["clap_cla_placement_postcode"].where(~short_break, None).values,
            "URN": placement["clap_cla_placement_urn"].where(~short_break, None).values,
        }
    )
    return _shape("rpt_ssda903__episodes", out)


def reviews(truth: Mapping[str, pd.DataFrame], year: int, children: set[str]) -> pd.DataFrame:
    first, last = year_bounds(year)
    rev = truth["ssd_cla_reviews"].copy()
    rev["when"] = _day(rev["clar_cla_review_date"])
    rev = rev[rev["when"].between(first, last) & (rev["clar_cla_review_cancelled"] != "Y")]
    rev = rev[rev["clar_cla_person_id"].isin(children)]
    dob = _dob(truth)
    out = pd.DataFrame(
        {
            "CHILD": rev["clar_cla_person_id"].values,
            "DOB": dob.reindex(rev["clar_cla_person_id"]).values,
            "REVIEW": rev["when"].values,
            "REVIEW_CODE": rev["clar_cla_review_participation"].values,
        }
    )
    return _shape("rpt_ssda903__reviews", out)


def uasc(truth: Mapping[str, pd.DataFrame], year: int, children: set[str]) -> pd.DataFrame:
    first, last = year_bounds(year)
    imm = truth["ssd_immigration_status"].copy()
    imm = imm[imm["immi_immigration_status"] == "UASC"]
    imm["start"] = _day(imm["immi_immigration_status_start_date"])
    imm["end"] = _day(imm["immi_immigration_status_end_date"])
    imm = imm[(imm["start"] <= last) & (imm["end"].isna() | (imm["end"] >= first))]
    imm = imm[imm["immi_person_id"].isin(children)]
    people = truth["ssd_person"].set_index("pers_person_id")
    rows = []
    for child, periods in imm.groupby("immi_person_id"):
        dob = pd.Timestamp(people.at[child, "pers_dob"]).normalize()
        eighteen = dob + pd.DateOffset(years=18)
        ceased = periods["end"].max() if periods["end"].notna().all() else pd.NaT
        duc = ceased if pd.notna(ceased) and ceased <= last and ceased <= eighteen else eighteen
        rows.append({"CHILD": child, "SEX": people.at[child, "pers_sex"], "DOB": dob, "DUC": duc})
    return _shape("rpt_ssda903__uasc", pd.DataFrame(rows, columns=list(SSDA903_COLUMNS["rpt_ssda903__uasc"])))


def missing(truth: Mapping[str, pd.DataFrame], year: int, children: set[str]) -> pd.DataFrame:
    first, last = year_bounds(year)
    mis = truth["ssd_missing"].copy()
    mis["start"] = _day(mis["miss_missing_episode_start_date"])
    mis["end"] = _day(mis["miss_missing_episode_end_date"])
    mis = mis[(mis["start"] <= last) & (mis["end"].isna() | (mis["end"] >= first))]
    mis = mis[mis["miss_person_id"].isin(children)]
    # Inside a period of care: some episode of the child covers the start day.
    eps = truth["ssd_cla_episodes"]
    spans = pd.DataFrame(
        {
            "miss_person_id": eps["clae_person_id"],
            "ep_start": _day(eps["clae_cla_episode_start_date"]),
            "ep_end": _day(eps["clae_cla_episode_ceased_date"]),
        }
    )
    pairs = mis.merge(spans, on="miss_person_id")
    covered = (pairs["ep_start"] <= pairs["start"]) & (pairs["ep_end"].isna() | (pairs["ep_end"] >= pairs["start"]))
    mis = mis[mis["miss_table_id"].isin(set(pairs.loc[covered, "miss_table_id"]))]
    dob = _dob(truth)
    out = pd.DataFrame(
        {
            "CHILD": mis["miss_person_id"].values,
            "DOB": dob.reindex(mis["miss_person_id"]).values,
            "MISSING": mis["miss_missing_episode_type"].values,
            "MIS_START": mis["start"].values,
            "MIS_END": _blank_after(mis["end"], last).values,
        }
    )
    return _shape("rpt_ssda903__missing", out)


def sw_episodes(truth: Mapping[str, pd.DataFrame], year: int, children: set[str]) -> pd.DataFrame:
    columns = list(SSDA903_COLUMNS["rpt_ssda903__sw_episodes"])
    if year < 2024:  # the table starts with the 2023/24 return
        return pd.DataFrame(columns=columns)
    _, last = year_bounds(year)
    window_start, _ = year_bounds(year - 1)
    inv = truth["ssd_involvements"]
    inv = inv[inv["invo_professional_role_id"] == "CW"].copy()
    inv["start"] = _day(inv["invo_involvement_start_date"])
    inv["end"] = _day(inv["invo_involvement_end_date"])
    inv = inv.sort_values(["invo_person_id", "start", "invo_involvements_id"])
    before = inv.groupby("invo_person_id")
    inv["prev_end"] = before["end"].shift(1)
    inv["prev_reason"] = before["invo_worker_change_reason"].shift(1)
    takes_over = (inv["prev_end"] == inv["start"]) & inv["prev_reason"].notna()
    inv["reason"] = inv["prev_reason"].map(SW_REASON_FROM_TRUTH).fillna("OTHERS").where(takes_over, "FCONTA")
    inv = inv[(inv["start"] <= last) & (inv["end"].isna() | (inv["end"] >= window_start))]
    inv = inv[inv["invo_person_id"].isin(children)]
    registration = truth["ssd_professionals"].set_index("prof_professional_id")["prof_social_worker_registration_no"]
    sw_id = registration.reindex(inv["invo_professional_id"]).astype("object")
    sw_id = sw_id.where(sw_id.fillna("").str.startswith("SW"), "XXXXXX")
    dob = _dob(truth)
    out = pd.DataFrame(
        {
            "CHILD": inv["invo_person_id"].values,
            "DOB": dob.reindex(inv["invo_person_id"]).values,
            "SW_ID": sw_id.values,
            "SW_DECOM": inv["start"].values,
            "SW_DEC": _blank_after(inv["end"], last).values,
            "SW_REASON": inv["reason"].values,
        },
        columns=columns,
    )
    return _shape("rpt_ssda903__sw_episodes", out)


def prev_perm(truth: Mapping[str, pd.DataFrame], year: int) -> pd.DataFrame:
    first, last = year_bounds(year)
    eps = truth["ssd_cla_episodes"]
    start = _day(eps["clae_cla_episode_start_date"])
    starters = sorted(set(eps.loc[(eps["clae_cla_episode_start_reason"] == "S") & start.between(first, last),
                                  "clae_person_id"]))
    perm = truth["ssd_cla_previous_permanence"].copy()
    # One answer per child: the latest recorded (ids come from one increasing sequence).
    perm["order"] = perm["lapp_table_id"].astype("int64")
    latest = perm.sort_values("order").groupby("lapp_person_id").tail(1).set_index("lapp_person_id")
    latest = latest.reindex(starters)
    dob = _dob(truth)
    out = pd.DataFrame(
        {
            "CHILD": starters,
            "DOB": dob.reindex(starters).values,
            "PREV_PERM": latest["lapp_previous_permanence_option"].values,
            "LA_PERM": latest["lapp_previous_permanence_la"].values,
            "DATE_PERM": latest["lapp_previous_permanence_order_date"].values,
        }
    )
    return _shape("rpt_ssda903__prev_perm", out)


def compute(truth: Mapping[str, pd.DataFrame], year: int) -> dict[str, pd.DataFrame]:
    """The six SSDA903 episode-family tables for reporting year `year`, from the truth."""
    eps = episodes(truth, year)
    children = set(eps["CHILD"])
    return {
        "rpt_ssda903__episodes": eps,
        "rpt_ssda903__reviews": reviews(truth, year, children),
        "rpt_ssda903__uasc": uasc(truth, year, children),
        "rpt_ssda903__missing": missing(truth, year, children),
        "rpt_ssda903__sw_episodes": sw_episodes(truth, year, children),
        "rpt_ssda903__prev_perm": prev_perm(truth, year),
    }
