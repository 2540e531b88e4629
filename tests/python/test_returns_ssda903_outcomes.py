"""SSDA903 Header, OC2, OC3, AD1 and PlacedAdoption: the dbt models equal the independent oracle, row
for row, for reporting years 2025 and 2026, and the output honours the DfE validation rules that bear
on these tables."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest

from ssd_sim.returns.compare import diff_frames
from ssd_sim.returns.oracle_ssda903_outcomes import age_on, birthday, compute

from _support import RETURN_YEARS

TABLES = ("rpt_ssda903__header", "rpt_ssda903__oc2", "rpt_ssda903__oc3", "rpt_ssda903__ad1",
          "rpt_ssda903__placed_adoption")
# Tables the small LA must fill in every year (AD1 can be empty in a small LA's year).
MUST_HAVE_ROWS = ("rpt_ssda903__header", "rpt_ssda903__oc2", "rpt_ssda903__oc3",
                  "rpt_ssda903__placed_adoption")


@pytest.fixture(scope="module")
def oracle_by_year(truth_tables: dict) -> dict:
    return {year: compute(truth_tables, year) for year in RETURN_YEARS}


def _blank(v) -> bool:
    return v is None or (not isinstance(v, str) and pd.isna(v)) or v == ""


def _date(v) -> dt.date | None:
    return None if _blank(v) else pd.Timestamp(v).date()


def _rows(df: pd.DataFrame) -> list[dict]:
    return df.to_dict("records")


@pytest.mark.parametrize("year", RETURN_YEARS)
@pytest.mark.parametrize("table", TABLES)
def test_model_equals_oracle(returns_by_year: dict, oracle_by_year: dict, year: int, table: str) -> None:
    assert table in returns_by_year[year], f"{table} was not built for {year}"
    result = diff_frames(f"{table} {year}", oracle_by_year[year][table], returns_by_year[year][table])
    assert result.ok, result.describe()
    if table in MUST_HAVE_ROWS:
        assert result.expected_rows > 0, f"{table} {year}: no rows, so the comparison proves nothing"


def test_small_la_has_adoptions(returns_by_year: dict) -> None:
    total = sum(len(returns_by_year[y]["rpt_ssda903__ad1"]) for y in RETURN_YEARS)
    assert total > 0, "no AD1 row in either year"


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_every_child_is_in_the_header_with_the_same_dob(returns_by_year: dict, year: int) -> None:
    """INT01/02/05/06 (children in Header), INT11/12/14/15 (same DOB), INT31-34 (one row each)."""
    out = returns_by_year[year]
    header = out["rpt_ssda903__header"]
    assert header["CHILD"].is_unique
    dob = dict(zip(header["CHILD"], header["DOB"].map(_date), strict=True))
    for table in TABLES[1:]:
        df = out[table]
        if table != "rpt_ssda903__placed_adoption":
            assert df["CHILD"].is_unique, table
        for r in _rows(df):
            assert r["CHILD"] in dob, f"{table}: {r['CHILD']} not in Header"
            assert _date(r["DOB"]) == dob[r["CHILD"]], f"{table}: DOB differs from Header for {r['CHILD']}"


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_header_rules(returns_by_year: dict, year: int) -> None:
    end = dt.date(year, 3, 31)
    start = dt.date(year - 1, 4, 1)
    upn = re.compile(r"^([A-HJ-NP-RT-Z]\d{12}|[A-HJ-NP-RT-Z]\d{11}[A-Z]|UN[1-5])$")
    for r in _rows(returns_by_year[year]["rpt_ssda903__header"]):
        assert r["SEX"] in ("M", "F", "U"), r                                   # 101
        assert _date(r["DOB"]) is not None and _date(r["DOB"]) <= end, r        # 102, 301
        assert not _blank(r["ETHNIC"]), r                                       # 103
        assert _blank(r["UPN"]) or upn.match(r["UPN"]), r                       # 168
        if r["SEX"] != "F":
            assert _blank(r["MOTHER"]) and _blank(r["MC_DOB"]), r               # 165, 174
        if r["MOTHER"] == "1":
            assert _date(r["MC_DOB"]) is not None, r                            # 611
            assert _date(r["MC_DOB"]) > _date(r["DOB"]), r                      # 621
            assert _date(r["MC_DOB"]) <= end, r                                 # 625
            assert age_on(_date(r["DOB"]), start) >= 11, r                      # 620
        else:
            assert _blank(r["MC_DOB"]), r                                       # 612


def _ages(r: dict, year: int) -> tuple[int, int]:
    dob = _date(r["DOB"])
    return age_on(dob, dt.date(year - 1, 4, 1)), age_on(dob, dt.date(year, 3, 31))


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_oc2_items_apply_by_age(returns_by_year: dict, year: int) -> None:
    for r in _rows(returns_by_year[year]["rpt_ssda903__oc2"]):
        a_start, a_end = _ages(r, year)
        score, reason = not _blank(r["SDQ_SCORE"]), not _blank(r["SDQ_REASON"])
        assert not (score and reason), r                                        # 197a
        if a_end < 4 or a_start >= 17:
            assert not score and not reason, r                                  # 188, 189
        if a_start >= 4 and a_end < 17:
            assert score or reason, r                                           # 186
            assert r["SDQ_REASON"] != "SDQ1", r                                 # 157
        if score:
            assert 0 <= int(float(r["SDQ_SCORE"])) <= 40, r                     # 180
        if reason:
            assert r["SDQ_REASON"] in ("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"), r   # 196
        assert (r["CONVICTED"] in ("0", "1")) == (a_end >= 10), r               # 542, 543
        assert (r["HEALTH_CHECK"] in ("0", "1")) == (a_end < 5), r              # 545, 546
        for item in ("IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"):
            assert r[item] in ("0", "1"), (item, r)                             # 181, 191
        if r["SUBSTANCE_MISUSE"] == "1":
            assert r["INTERVENTION_RECEIVED"] in ("0", "1"), r                  # 192
        else:
            assert _blank(r["INTERVENTION_RECEIVED"]) and _blank(r["INTERVENTION_OFFERED"]), r   # 193
        if r["INTERVENTION_RECEIVED"] == "1":
            assert _blank(r["INTERVENTION_OFFERED"]), r                         # 158


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_oc3_codes_and_cohort(returns_by_year: dict, truth_tables: dict, year: int) -> None:
    end = dt.date(year, 3, 31)
    out = returns_by_year[year]
    activ = {"F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0"}
    accom = re.compile(r"^([BCDEGHKRTUVWYZ][12]|S2|X2|0)$")
    eps = truth_tables["ssd_cla_episodes"]
    filled = 0
    for r in _rows(out["rpt_ssda903__oc3"]):
        items = [r["IN_TOUCH"], r["ACTIV"], r["ACCOM"]]
        assert all(_blank(v) for v in items) or not any(_blank(v) for v in items), r   # 153
        if _blank(r["IN_TOUCH"]):
            continue
        filled += 1
        assert r["IN_TOUCH"] in ("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"), r     # 131
        assert r["ACTIV"] in activ and accom.match(r["ACCOM"]), r                    # 132, 133
        if r["IN_TOUCH"] in ("DIED", "RHOM"):
            assert r["ACTIV"] == "0" and r["ACCOM"] == "0", r                          # 344
        if r["IN_TOUCH"] == "YES":
            assert r["ACTIV"] != "0" and r["ACCOM"] != "0", r                          # 345
        dob = _date(r["DOB"])
        age = age_on(dob, end)
        assert 17 <= age <= 21, r                                                      # 391
        bd = birthday(dob, age)
        mine = eps[(eps["clae_person_id"] == r["CHILD"]) & (eps["clae_cla_episode_start_date"] <= pd.Timestamp(end))]
        ceased = mine["clae_cla_episode_ceased_date"]
        assert not (ceased.isna() | (ceased >= pd.Timestamp(bd))).any(), r            # 1007, 1016
        last = mine.sort_values("clae_cla_episode_start_date").iloc[-1]
        assert last["clae_cla_episode_ceased_reason"] not in ("E2", "E3", "E11", "E12"), r   # 1000, 1001, 1011
    assert filled > 0, f"{year}: no OC3 row carries care-leaver data"
    oc3 = set(out["rpt_ssda903__oc3"]["CHILD"])
    assert not oc3 & set(out["rpt_ssda903__oc2"]["CHILD"])                             # 187, 215
    assert not oc3 & set(out["rpt_ssda903__ad1"]["CHILD"])                             # 134


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_adoption_rules(returns_by_year: dict, truth_tables: dict, year: int) -> None:
    start, end = dt.date(year - 1, 4, 1), dt.date(year, 3, 31)
    out = returns_by_year[year]
    placed = out["rpt_ssda903__placed_adoption"]
    eps = truth_tables["ssd_cla_episodes"]
    sexes = {"L0": {"M1", "F1"}, "L11": {"MF"}, "L12": {"MM", "FF"}, "L2": {"MM", "FF", "MF"},
             "L3": {"MF"}, "L4": {"MM", "FF"}}
    for r in _rows(out["rpt_ssda903__ad1"]):
        items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"]
        assert not any(_blank(r[i]) for i in items), r                                 # 151, 601
        assert _date(r["DATE_INT"]) <= _date(r["DATE_MATCH"]), r                       # 333
        assert r["SEX_ADOPTR"] in sexes[r["LS_ADOPTR"]], r                             # 514, 517-520, 524
        if r["NB_ADOPTR"] == "2":
            assert r["SEX_ADOPTR"] not in ("M1", "F1"), r                              # 511
        adopted = eps[(eps["clae_person_id"] == r["CHILD"])
                      & eps["clae_cla_episode_ceased_reason"].isin(["E11", "E12"])
                      & (eps["clae_cla_episode_ceased_date"] >= pd.Timestamp(start))
                      & (eps["clae_cla_episode_ceased_date"] <= pd.Timestamp(end))]
        assert len(adopted) > 0, r                                                     # 602
        mine = placed[placed["CHILD"] == r["CHILD"]]
        assert _date(r["DATE_INT"]) in set(mine["DATE_PLACED"].map(_date)), r          # 523
        assert mine["DATE_PLACED_CEASED"].map(_blank).all(), r                         # 525
    for child, g in placed.groupby("CHILD"):
        g = g.assign(p=g["DATE_PLACED"].map(_date), c=g["DATE_PLACED_CEASED"].map(_date)).sort_values("p")
        for r in _rows(g):
            assert r["p"] <= end and (r["c"] is None or start <= r["c"] <= end), r     # 117, 118
            assert _blank(r["REASON_PLACED_CEASED"]) == (r["c"] is None), r             # 119
            assert r["c"] is None or r["c"] >= r["p"], r                               # 522
            assert _blank(r["REASON_PLACED_CEASED"]) or r["REASON_PLACED_CEASED"] in ("RD1", "RD2", "RD3", "RD4")
            assert r["p"] >= _date(r["DOB"]), r                                        # 184
        earlier = _rows(g)[:-1]
        assert all(r["c"] is not None for r in earlier), child                         # 583
        for a, b in zip(_rows(g), _rows(g)[1:], strict=False):
            assert b["p"] >= a["c"], child                                             # 579
