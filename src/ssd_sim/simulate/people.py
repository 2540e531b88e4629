"""People: who is in scope and their person-level records (person, family, address, disability,
immigration status, mother-child links)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .context import Context
from .names import BUILDINGS, FORENAMES_F, FORENAMES_M, STREETS, SURNAMES
from .timeutil import YEAR, birthday
from .util import choice, uniform_int

ETHNICITY = {"WBRI": 0.66, "WIRI": 0.003, "WIRT": 0.003, "WOTH": 0.06, "WROM": 0.008, "MWBC": 0.03,
             "MWBA": 0.01, "MWAS": 0.015, "MOTH": 0.03, "AIND": 0.015, "APKN": 0.04, "ABAN": 0.015,
             "AOTH": 0.015, "BCRB": 0.01, "BAFR": 0.03, "BOTH": 0.01, "CHNE": 0.003, "OOTH": 0.025,
             "REFU": 0.003, "NOBT": 0.015}
UASC_ETHNICITY = {"OOTH": 0.35, "AOTH": 0.3, "BAFR": 0.25, "WOTH": 0.1}
UASC_NATIONALITY = {"AFG": 0.25, "ERI": 0.2, "SDN": 0.2, "IRN": 0.1, "IRQ": 0.08, "VNM": 0.07, "ALB": 0.05,
                    "SYR": 0.05}
OTHER_NATIONALITY = {"POL": 0.2, "ROU": 0.2, "IND": 0.1, "PAK": 0.15, "NGA": 0.1, "IRL": 0.05, "LTU": 0.1,
                     "SOM": 0.1}
DISABILITY = {"LD": 0.25, "AUT": 0.25, "COMM": 0.12, "BEH": 0.1, "MOB": 0.08, "PC": 0.05, "HAND": 0.03,
              "VIS": 0.03, "HEAR": 0.04, "INC": 0.02, "CON": 0.01, "DDA": 0.02}
IMMIGRATION_AFTER_18 = {"Asylum seeker": 0.35, "Refugee": 0.35, "ILR": 0.15, "DLR": 0.15}


UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # remainder 0..22 -> check letter (no I, O, S)
OTHER_LA_CODES = ("840", "805", "806", "807", "808", "330", "928", "857", "201", "873")


def upn_check_letter(digits: str) -> str:
    """The DfE check letter for the 12 digits that follow it: sum of digit k (k = 2..13) times k, mod 23."""
    return UPN_CHECK_LETTERS[sum(int(c) * w for c, w in zip(digits, range(2, 14), strict=True)) % 23]


def make_upns(rng: np.random.Generator, la_code: str, dob: np.ndarray) -> np.ndarray:
    """Valid 13-character UPNs: check letter, LA code (85% the LA's own, else another real LA), 4-digit
    establishment number, 2-digit year of allocation (school entry, about age 4), 3-digit serial."""
    n = len(dob)
    others = [c for c in OTHER_LA_CODES if c != la_code]
    la = np.where(rng.random(n) < 0.85, la_code, np.array(others, object)[rng.integers(0, len(others), n)])
    est = rng.integers(2000, 8000, n)
    yr = np.nan_to_num(1970 + np.floor(np.asarray(dob, float) / YEAR) + 4, nan=2020).astype(int) % 100
    serial = rng.integers(0, 1000, n)
    digits = [f"{a}{e:04d}{y:02d}{s:03d}" for a, e, y, s in zip(la.tolist(), est.tolist(), yr.tolist(),
                                                                 serial.tolist(), strict=True)]
    return np.array([upn_check_letter(d) + d for d in digits], dtype=object)


def child_attributes(ctx: Context, kids: pd.DataFrame) -> pd.DataFrame:
    """Add sex and ethnicity to the simulated children (UASC mostly boys)."""
    rng = ctx.rng
    n = len(kids)
    uasc = kids["uasc"].to_numpy(bool)
    sex = choice(rng, {"M": 0.51, "F": 0.485, "U": 0.005}, n)
    sex[uasc] = np.where(rng.random(uasc.sum()) < 0.9, "M", "F")
    eth = choice(rng, ETHNICITY, n)
    eth[uasc] = choice(rng, UASC_ETHNICITY, int(uasc.sum()))
    return kids.assign(sex=sex, ethnicity=eth)


def contact_only_children(ctx: Context, next_cidx: int) -> pd.DataFrame:
    """Children known only through contacts (and sometimes early help)."""
    rng = ctx.rng
    n = int(rng.poisson(ctx.profile.referrals_per_year * 1.1 * (ctx.years + 1)))
    first = np.floor(ctx.lookback_start + rng.random(n) * (ctx.as_at - ctx.lookback_start))
    dob = np.floor(first - rng.random(n) * 17.8 * YEAR)
    df = pd.DataFrame({"cidx": np.arange(next_cidx, next_cidx + n), "dob": dob, "first_contact": first,
                       "n_contacts": 1 + rng.poisson(1.0, n), "uasc": False})
    df["b18"] = birthday(dob, 18)
    return child_attributes(ctx, df)


def mothers_and_babies(ctx: Context, periods: pd.DataFrame, kids: pd.DataFrame, next_cidx: int):
    """A few young women in care have babies: returns (babies frame, mother links)."""
    rng = ctx.rng
    sex = kids.set_index("cidx")["sex"]
    P = periods[periods["cidx"].map(sex).eq("F").to_numpy()]
    dob = P["dob"].to_numpy(float)
    lo = np.maximum(P["start"].to_numpy(float), birthday(dob, 16))
    hi = np.minimum(np.minimum(P["eff_end"].to_numpy(float), ctx.as_at), birthday(dob, 18))
    ok = (hi > lo + 30) & (rng.random(len(P)) < 0.12)
    P = P.assign(lo=lo, hi=hi)[ok].drop_duplicates("cidx")
    n = len(P)
    bdob = np.floor(P["lo"].to_numpy(float) + rng.random(n) * (P["hi"] - P["lo"]).to_numpy(float))
    babies = pd.DataFrame({"cidx": np.arange(next_cidx, next_cidx + n), "dob": bdob,
                           "first_contact": np.minimum(bdob + uniform_int(rng, 0, 20, n), ctx.as_at),
                           "n_contacts": 1, "uasc": False})
    babies["b18"] = birthday(bdob, 18)
    babies = child_attributes(ctx, babies)
    links = pd.DataFrame({"mother": P["cidx"].to_numpy(), "child": babies["cidx"].to_numpy(), "dob": bdob})
    return babies, links


def persons(ctx: Context, everyone: pd.DataFrame, refs: pd.DataFrame, periods: pd.DataFrame,
            mothers: np.ndarray) -> pd.DataFrame:
    """ssd_person rows (pers_person_id holds cidx until assembly). everyone: cidx, dob, sex, ethnicity, uasc."""
    rng = ctx.rng
    e = everyone.sort_values("cidx").reset_index(drop=True)
    n = len(e)
    sex = e["sex"].to_numpy(object)
    fn = np.where(sex == "F", np.array(FORENAMES_F, object)[rng.integers(0, len(FORENAMES_F), n)],
                  np.array(FORENAMES_M, object)[rng.integers(0, len(FORENAMES_M), n)])
    dob = e["dob"].to_numpy(float)
    unborn = dob > ctx.as_at
    age_now = (ctx.as_at - dob) / YEAR
    cla_people = set(periods["cidx"].tolist())
    in_903 = e["cidx"].isin(cla_people).to_numpy()
    upn = make_upns(rng, ctx.profile.la_code, dob)
    has_upn = (age_now >= 4) & (rng.random(n) < 0.93) & ~e["uasc"].to_numpy(bool)
    upn[~has_upn] = None
    unknown = np.full(n, None, dtype=object)
    m = in_903 & ~has_upn
    unknown[m] = np.where(age_now[m] < 5, "UN1", choice(rng, {"UN5": 0.5, "UN3": 0.5}, int(m.sum())))
    unknown[m & e["uasc"].to_numpy(bool)] = "UN2"
    need2 = set(refs.loc[refs["need"] == "N2", "cidx"].tolist())
    send = (rng.random(n) < 0.14) | e["cidx"].isin(need2).to_numpy()
    died = periods[periods["rec"] == "E2"].groupby("cidx")["end"].max()
    uasc = e["uasc"].to_numpy(bool)
    nat = np.where(rng.random(n) < 0.93, "GBR", choice(rng, OTHER_NATIONALITY, n)).astype(object)
    nat[uasc] = choice(rng, UASC_NATIONALITY, int(uasc.sum()))
    nat[rng.random(n) < 0.03] = None
    legacy = np.char.add("LEG", (rng.permutation(9_000_000)[:n] + 1_000_000).astype(str)).astype(object)
    return pd.DataFrame({
        "pers_person_id": e["cidx"], "pers_forename": fn,
        "pers_surname": np.array(SURNAMES, object)[rng.integers(0, len(SURNAMES), n)],
        "pers_sex": sex, "pers_gender": sex, "pers_ethnicity": e["ethnicity"],
        "pers_dob": np.where(unborn, np.nan, dob), "pers_common_child_id": None, "pers_legacy_id": legacy,
        "pers_upn": upn, "pers_upn_unknown": unknown, "pers_send_flag": np.where(send, "Y", "N"),
        "pers_expected_dob": np.where(unborn, dob, np.nan),
        "pers_death_date": e["cidx"].map(died).to_numpy(float),
        "pers_is_mother": np.where(e["cidx"].isin(mothers).to_numpy(), "Y", None),
        "pers_nationality": nat,
    })


def linked_identifiers(ctx: Context, pers: pd.DataFrame) -> pd.DataFrame:
    """ssd_linked_identifiers: a former UPN for some children who have a UPN now (one row per such child).

    The row is keyed by the person (link_table_id = link_person_id): Liquidlogic keeps a single
    DIM_PERSON.FORMER_UPN per person and no validity dates.
    """
    rng = ctx.rng
    has = pers[pers["pers_upn"].notna()]
    keep = has[rng.random(len(has)) < 0.06]
    former = make_upns(rng, ctx.profile.la_code, keep["pers_dob"].to_numpy(float))
    return pd.DataFrame({
        "link_table_id": keep["pers_person_id"].to_numpy(), "link_person_id": keep["pers_person_id"].to_numpy(),
        "link_identifier_type": "Former Unique Pupil Number", "link_identifier_value": former,
        "link_valid_from_date": np.nan, "link_valid_to_date": np.nan,
    })


def families(ctx: Context, contacts: pd.DataFrame) -> pd.DataFrame:
    """ssd_family: one row per person with a contact, keyed by their earliest contact's id."""
    first = contacts.sort_values(["cont_contact_date", "cont_contact_id"]).drop_duplicates("cont_person_id")
    first = first.sort_values("cont_person_id")
    return pd.DataFrame({"fami_table_id": first["cont_contact_id"].to_numpy(),
                         "fami_family_id": ctx.ids.take(len(first)),
                         "fami_person_id": first["cont_person_id"].to_numpy()})


def addresses(ctx: Context, people: pd.DataFrame, first_seen: pd.Series) -> pd.DataFrame:
    """ssd_address: 1-3 home address periods per person, the latest open."""
    rng = ctx.rng
    cidx = people["pers_person_id"].to_numpy()
    dob = np.fmin(people["pers_dob"].to_numpy(float), people["pers_expected_dob"].to_numpy(float))
    seen = first_seen.reindex(cidx).to_numpy(float)
    n = len(cidx)
    start0 = np.maximum(np.fmin(seen, ctx.as_at) - uniform_int(rng, 0, 1000, n), dob)
    start0 = np.minimum(start0, ctx.as_at)
    k = np.minimum(1 + rng.poisson(0.5, n), 3)
    idx = np.repeat(np.arange(n), k)
    pos = np.arange(len(idx)) - np.repeat(np.cumsum(k) - k, k)
    span = ctx.as_at - start0[idx]
    st = np.where(pos == 0, start0[idx], np.floor(start0[idx] + rng.random(len(idx)) * span))
    d = pd.DataFrame({"i": idx, "st": st}).drop_duplicates().sort_values(["i", "st"]).reset_index(drop=True)
    idx, st = d["i"].to_numpy(), d["st"].to_numpy(float)
    m = len(idx)
    en = np.append(np.where(idx[1:] == idx[:-1], st[1:], np.nan), np.nan)
    areas = np.array(ctx.profile.postcode_areas)
    letters = np.array(list("ABDEFGHJLNPQRSTUWXYZ"))
    pc = (areas[rng.integers(0, len(areas), m)].astype(object) + rng.integers(1, 30, m).astype(str).astype(object)
          + " " + rng.integers(1, 10, m).astype(str).astype(object) + letters[rng.integers(0, 20, m)].astype(object)
          + letters[rng.integers(0, 20, m)].astype(object))
    flat = rng.random(m) < 0.25
    house = rng.integers(1, 200, m)
    street = np.array(STREETS, object)[rng.integers(0, len(STREETS), m)]
    bld = np.array(BUILDINGS, object)[rng.integers(0, len(BUILDINGS), m)]
    uprn = rng.integers(10**10, 10**11, m)
    east = rng.integers(400_000, 480_000, m)
    north = rng.integers(250_000, 320_000, m)
    town = ctx.profile.town
    # the same text ssd_kit.jsonfmt.json_object gives (values never need escaping)
    js = [
        '{"ROOM":null,"FLOOR":null,'
        + (f'"FLAT":"Flat {h % 20 + 1}","BUILDING":"{b}","HOUSE":null' if f
           else f'"FLAT":null,"BUILDING":null,"HOUSE":"{h}"')
        + f',"STREET":"{s}","TOWN":"{town}","UPRN":"{u}","EASTING":"{e}","NORTHING":"{no}"}}'
        for f, h, b, s, u, e, no in zip(flat.tolist(), house.tolist(), bld.tolist(), street.tolist(),
                                        uprn.tolist(), east.tolist(), north.tolist(), strict=True)
    ]
    return pd.DataFrame({
        "addr_table_id": ctx.ids.take(m), "addr_address_json": js, "addr_person_id": cidx[idx],
        "addr_address_type": "HOME", "addr_address_start_date": st, "addr_address_end_date": en,
        "addr_address_postcode": pc,
    })


def disabilities(ctx: Context, refs: pd.DataFrame) -> pd.DataFrame:
    """ssd_disability: current codes for children with a disability need (and a few others)."""
    rng = ctx.rng
    who = np.unique(refs["cidx"].to_numpy())
    n2 = np.isin(who, refs.loc[refs["need"] == "N2", "cidx"].to_numpy())
    pick = n2 | (rng.random(len(who)) < 0.025)
    who = who[pick]
    k = np.where(rng.random(len(who)) < 0.3, 2, 1)
    idx = np.repeat(np.arange(len(who)), k)
    d = pd.DataFrame({"cidx": who[idx], "code": choice(rng, DISABILITY, len(idx))}).drop_duplicates()
    return pd.DataFrame({"disa_person_id": d["cidx"].to_numpy(), "disa_table_id": ctx.ids.take(len(d)),
                         "disa_disability_code": d["code"].to_numpy()})


def immigration(ctx: Context, refs: pd.DataFrame, kids: pd.DataFrame) -> pd.DataFrame:
    """ssd_immigration_status: UASC until 18 then a settled/asylum status; a few other children too."""
    rng = ctx.rng
    first = refs.groupby("cidx")["ref_date"].min()
    u = kids[kids["uasc"] & kids["cidx"].isin(first.index)]
    st = u["cidx"].map(first).to_numpy(float)
    b18 = birthday(u["dob"].to_numpy(float), 18)
    rows = [pd.DataFrame({"cidx": u["cidx"], "status": "UASC", "start": st,
                          "end": np.where(b18 <= ctx.as_at, b18, np.nan)})]
    after = b18 <= ctx.as_at
    rows.append(pd.DataFrame({"cidx": u["cidx"].to_numpy()[after],
                              "status": choice(rng, IMMIGRATION_AFTER_18, int(after.sum())),
                              "start": b18[after], "end": np.nan}))
    others = first[~first.index.isin(u["cidx"])]
    pick = rng.random(len(others)) < 0.004
    rows.append(pd.DataFrame({"cidx": others.index[pick], "status": choice(
        rng, {"Refugee": 0.4, "ILR": 0.3, "DLR": 0.3}, int(pick.sum())),
        "start": others.to_numpy(float)[pick], "end": np.nan}))
    r = pd.concat(rows, ignore_index=True).sort_values(["cidx", "start"]).reset_index(drop=True)
    return pd.DataFrame({"immi_person_id": r["cidx"], "immi_immigration_status_id": ctx.ids.take(len(r)),
                         "immi_immigration_status": r["status"],
                         "immi_immigration_status_start_date": r["start"],
                         "immi_immigration_status_end_date": r["end"]})


def mother_links(ctx: Context, links: pd.DataFrame) -> pd.DataFrame:
    """ssd_mother rows."""
    return pd.DataFrame({"moth_table_id": ctx.ids.take(len(links)), "moth_person_id": links["mother"],
                         "moth_childs_person_id": links["child"], "moth_childs_dob": links["dob"]})
