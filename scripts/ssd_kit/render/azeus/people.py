"""Azeus service users and their child records: SVC_USR, SVC_USR_ID, SVC_USR_ADDR, SVC_USR_DISAB,
SVC_USR_IMMIG_STATUS, SVC_USR_LA_LGL_STATUS, SVC_USR_LA_STATUS, SVC_USR_REL, INIT_CONT.

Quirks rendered (from the ghost DDL and the D2I Azeus person select):
- every date of birth / expected birth / death is three integer columns (DOB_DAY, DOB_MTH, DOB_YR ...);
  a few planted service users carry an impossible date (31/02, month 13) that the mapping must quarantine;
- identifiers are SVC_USR_ID rows (ID_TYP, ID_NO, PRIMARY_ID_IND, VALID_IND, EFFECT_DT_FR/TO): the UPN is
  the valid UPN row whose window covers the as-at date, next to NHS numbers, former UPNs (migrated without
  window dates: the SSD's linked identifiers) and later rows flagged not valid (the D2I select joins any
  identifier row: the trap);
- UPN_UNKNWN_REAS on SVC_USR is sometimes left filled after a UPN arrived (it counts only without a UPN);
- NVARCHAR everywhere the DDL does not say int/datetime: codes and flags come padded with trailing blanks,
  genders and disabilities as descriptions, ethnicity as an LA code (seed azeus__ethnicity), and
  INIT_CONT.SVC_USR_REF_NO is text (the DDL's "FK?");
- SVC_USR_ADDR has no key of its own (the audit column S_REC_ID keys it) and no address dates;
- relationships are stored in both directions (SVC_USR_REL pairs, PAIR_REL_ID).
Noise rows: non-service users (SVC_USR_IND = N), impossible dates, ended disabilities, unknown codes,
identifier/immigration rows flagged VALID_IND = N, withdrawn contacts, contacts without a date.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from ssd_kit.render.base import RenderContext

SEED_DIR = Path(__file__).resolve().parents[4] / "suppliers" / "azeus" / "seeds"

TABLES: dict[str, dict[str, str]] = {
    "SVC_USR": {
        "SVC_USR_REF_NO": "int",
        "SVC_USR_IND": "text",
        "REG_GENDER": "text",
        "CURRENT_GENDER": "text",
        "ETHNIC_ORIGIN": "text",
        "DOB_DAY": "int",
        "DOB_MTH": "int",
        "DOB_YR": "int",
        "DOB_UNKNOWN": "text",
        "EXPECTED_DOB_DAY": "int",
        "EXPECTED_DOB_MTH": "int",
        "EXPECTED_DOB_YR": "int",
        "DECEASED_IND": "text",
        "DT_OF_DEATH_DAY": "int",
        "DT_OF_DEATH_MTH": "int",
        "DT_OF_DEATH_YR": "int",
        "NATIONALITY": "text",
        "UPN_UNKNWN_REAS": "text",
        "CREATE_DT": "datetime",
        "S_REC_ID": "text",
    },
    "SVC_USR_ID": {
        "ID_ID": "int",
        "SVC_USR_REF_NO": "int",
        "ID_TYP": "text",
        "ID_NO": "text",
        "PRIMARY_ID_IND": "text",
        "VALID_IND": "text",
        "EFFECT_DT_FR": "datetime",
        "EFFECT_DT_TO": "datetime",
        "ISSUING_COUNTRY": "text",
    },
    "SVC_USR_ADDR": {
        "S_REC_ID": "text",
        "SVC_USR_REF_NO": "int",
        "UNIT_FLAT_START_NO": "text",
        "SUB_BDLG_NM": "text",
        "NAME_AND_NUMBER": "text",
        "STREET_NAME": "text",
        "TOWN": "text",
        "POSTCODE": "text",
        "UNQ_PROP_REF_NO": "text",
        "PRIMARY_IND": "text",
        "RESIDENCE_IND": "text",
        "VALID_IND": "text",
    },
    "SVC_USR_DISAB": {
        "DISAB_ID": "int",
        "SVC_USR_REF_NO": "int",
        "DISAB": "text",
        "DISAB_TYPE": "text",
        "STATUS": "text",
        "EFFECT_DT_FR": "datetime",
        "EFFECT_DT_TO": "datetime",
    },
    "SVC_USR_IMMIG_STATUS": {
        "IMMIG_STATUS_ID": "int",
        "SVC_USR_REF_NO": "int",
        "IMMIG_STATUS": "text",
        "EFFECT_DT_FR": "datetime",
        "EFFECT_DT_TO": "datetime",
        "PRIMARY_IND": "text",
        "VALID_IND": "text",
    },
    "SVC_USR_LA_LGL_STATUS": {
        "SVC_USR_LA_LGL_STATUS_ID": "int",
        "SVC_USR_REF_NO": "int",
        "LAC_LGL_STATUS": "text",
        "START_DT": "datetime",
        "END_DT": "datetime",
    },
    "SVC_USR_LA_STATUS": {
        "SVC_USR_LA_STATUS_ID": "int",
        "SVC_USR_REF_NO": "int",
        "START_DT": "datetime",
        "END_DT": "datetime",
        "LA_LA_REASONS": "text",
        "LA_LA_REASON_CEASED": "text",
        "CIN_CODE": "text",
    },
    "SVC_USR_REL": {
        "REL_ID": "int",
        "SVC_USR_REF_NO": "int",
        "REL_SVC_USR_REF_NO": "int",
        "REL_TYPE_CD": "text",
        "REL_CD": "text",
        "PAIR_REL_ID": "int",
        "VALID_IND": "text",
        "EFFECT_DT_FR": "datetime",
        "EFFECT_DT_TO": "datetime",
    },
    "INIT_CONT": {
        "INIT_CONT_ID": "int",
        "SVC_USR_REF_NO": "text",
        "CONT_DT": "datetime",
        "CONT_SRC": "text",
        "STATUS": "text",
        "WITHDRAWN_DT": "datetime",
    },
}

GENDER_TEXT = {"M": "Male", "F": "Female", "U": "Not Known"}
OLD_DATE = pd.Timestamp("2015-04-01")


@cache
def seed(name: str) -> tuple[tuple[str, str], ...]:
    """A suppliers/azeus/seeds lookup as (first column, second column) pairs."""
    with open(SEED_DIR / f"{name}.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    return tuple((r[0], r[1]) for r in rows)


def _ints(s: pd.Series) -> pd.Series:
    return pd.to_numeric(s, errors="raise").astype("Int64")


def _pad(s: pd.Series, rng: np.random.Generator, share: float = 0.3) -> pd.Series:
    """NVARCHAR(255) values: some arrive with trailing blanks."""
    mask = pd.Series(rng.random(len(s)) < share, index=s.index) & s.notna()
    return s.where(~mask, s.astype("object") + "  ")


def _parts(dates: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    d = pd.to_datetime(dates)
    return d.dt.day.astype("Int64"), d.dt.month.astype("Int64"), d.dt.year.astype("Int64")


def _pick(rng: np.random.Generator, n: int, k: int) -> np.ndarray:
    return rng.choice(n, size=min(k, n), replace=False) if n else np.array([], dtype=int)


def _service_users(ctx: RenderContext, out: dict) -> pd.DataFrame:
    rng = ctx.rng
    p = ctx.truth["ssd_person"].reset_index(drop=True)
    n = len(p)
    eth = dict((dfe, local) for local, dfe in seed("azeus__ethnicity"))
    dob_d, dob_m, dob_y = _parts(p["pers_dob"])
    exp_d, exp_m, exp_y = _parts(p["pers_expected_dob"])
    dth_d, dth_m, dth_y = _parts(p["pers_death_date"])
    has_upn = p["pers_upn"].notna()
    # A stale UPN-unknown reason left on some children who have a UPN now.
    stale = has_upn & pd.Series(rng.random(n) < 0.1)
    upn_unknown = p["pers_upn_unknown"].where(~stale, "UN1")
    users = pd.DataFrame(
        {
            "SVC_USR_REF_NO": _ints(p["pers_person_id"]),
            "SVC_USR_IND": "Y",
            "REG_GENDER": _pad(p["pers_sex"].map(GENDER_TEXT), rng),
            "CURRENT_GENDER": _pad(p["pers_gender"].map(GENDER_TEXT), rng),
            "ETHNIC_ORIGIN": _pad(p["pers_ethnicity"].map(eth), rng),
            "DOB_DAY": dob_d,
            "DOB_MTH": dob_m,
            "DOB_YR": dob_y,
            "DOB_UNKNOWN": np.where(p["pers_dob"].isna(), "Y", "N"),
            "EXPECTED_DOB_DAY": exp_d,
            "EXPECTED_DOB_MTH": exp_m,
            "EXPECTED_DOB_YR": exp_y,
            "DECEASED_IND": np.where(p["pers_death_date"].notna(), "Y", "N"),
            "DT_OF_DEATH_DAY": dth_d,
            "DT_OF_DEATH_MTH": dth_m,
            "DT_OF_DEATH_YR": dth_y,
            "NATIONALITY": p["pers_nationality"],
            "UPN_UNKNWN_REAS": _pad(upn_unknown, rng),
            "CREATE_DT": pd.to_datetime(p["pers_dob"]).fillna(OLD_DATE),
        }
    )
    # Noise: non-service users (relatives, enquirers) and people whose split date of birth is impossible.
    k = max(3, n // 150)
    others = users.iloc[_pick(rng, n, k)].copy()
    others["SVC_USR_REF_NO"] = ctx.new_ids(len(others))
    others["SVC_USR_IND"] = "N"
    bad = users.iloc[_pick(rng, n, k)].copy()
    bad["SVC_USR_REF_NO"] = ctx.new_ids(len(bad))
    bad["DOB_DAY"] = pd.array([31 if i % 2 == 0 else 15 for i in range(len(bad))], dtype="Int64")
    bad["DOB_MTH"] = pd.array([2 if i % 2 == 0 else 13 for i in range(len(bad))], dtype="Int64")
    bad["DOB_YR"] = bad["DOB_YR"].fillna(2015)
    bad["DOB_UNKNOWN"] = "N"
    allu = pd.concat([users, others, bad], ignore_index=True)
    allu["S_REC_ID"] = [f"SU{i:08d}" for i in range(len(allu))]
    out["SVC_USR"] = [allu]
    return pd.concat([others, bad], ignore_index=True)


def _identifiers(ctx: RenderContext, out: dict) -> None:
    rng = ctx.rng
    p = ctx.truth["ssd_person"].reset_index(drop=True)
    dob = pd.to_datetime(p["pers_dob"]).fillna(OLD_DATE)
    ref = _ints(p["pers_person_id"])
    frames = []
    u = p["pers_upn"].notna()
    frames.append(
        pd.DataFrame(
            {
                "SVC_USR_REF_NO": ref[u],
                "ID_TYP": "UPN",
                "ID_NO": p.loc[u, "pers_upn"],
                "PRIMARY_ID_IND": "Y",
                "VALID_IND": "Y",
                "EFFECT_DT_FR": dob[u],
                "EFFECT_DT_TO": pd.NaT,
            }
        )
    )
    # NHS numbers for everyone: the D2I select's join picks any of these.
    nhs = pd.Series([f"{x:010d}" for x in rng.integers(4_000_000_000, 4_999_999_999, len(p))])
    frames.append(
        pd.DataFrame(
            {
                "SVC_USR_REF_NO": ref,
                "ID_TYP": _pad(pd.Series("NHS", index=p.index), rng),
                "ID_NO": nhs,
                "PRIMARY_ID_IND": "N",
                "VALID_IND": "Y",
                "EFFECT_DT_FR": dob,
                "EFFECT_DT_TO": pd.NaT,
            }
        )
    )
    # Former UPNs (the SSD's linked identifiers): migrated rows, valid but not primary, with no window dates.
    former = ctx.truth["ssd_linked_identifiers"]
    former = former[former["link_identifier_type"] == "Former Unique Pupil Number"]
    frames.append(
        pd.DataFrame(
            {
                "SVC_USR_REF_NO": _ints(former["link_person_id"]).to_numpy(),
                "ID_TYP": "UPN",
                "ID_NO": former["link_identifier_value"].to_numpy(),
                "PRIMARY_ID_IND": "N",
                "VALID_IND": "Y",
                "EFFECT_DT_FR": pd.to_datetime(former["link_valid_from_date"]).to_numpy(),
                "EFFECT_DT_TO": pd.to_datetime(former["link_valid_to_date"]).to_numpy(),
            }
        )
    )
    # Later UPN rows keyed in wrongly and flagged not valid (the latest row is not the UPN).
    upn_pos = np.flatnonzero(u.to_numpy())
    wrong = upn_pos[rng.random(len(upn_pos)) < 0.1]
    frames.append(
        pd.DataFrame(
            {
                "SVC_USR_REF_NO": ref.iloc[wrong].to_numpy(),
                "ID_TYP": "UPN",
                "ID_NO": [f"BAD{rng.integers(10**9, 10**10)}" for _ in wrong],
                "PRIMARY_ID_IND": "Y",
                "VALID_IND": "N",
                "EFFECT_DT_FR": (dob.iloc[wrong] + pd.Timedelta(days=1)).to_numpy(),
                "EFFECT_DT_TO": pd.NaT,
            }
        )
    )
    ids = pd.concat([f for f in frames if len(f)], ignore_index=True)
    ids["ID_ID"] = ctx.new_ids(len(ids))
    ids["ISSUING_COUNTRY"] = "GBR"
    out["SVC_USR_ID"] = [ids]


def _addresses(ctx: RenderContext, out: dict, noise_people: pd.DataFrame) -> None:
    import json

    rng = ctx.rng
    a = ctx.truth["ssd_address"].reset_index(drop=True)
    parts = pd.DataFrame([json.loads(x) if isinstance(x, str) else {} for x in a["addr_address_json"]])
    for key in ("FLAT", "BUILDING", "HOUSE", "STREET", "TOWN", "UPRN"):
        if key not in parts.columns:
            parts[key] = None
    flat = parts["FLAT"].astype("object")
    # Azeus keeps the flat number only; the "Flat " prefix is the mapping's.
    flat_no = flat.where(~flat.fillna("").str.match(r"^Flat \d+$"), flat.fillna("").str.slice(5))
    current = a["addr_address_end_date"].isna()
    post = a["addr_address_postcode"].astype("object")
    lower = pd.Series(rng.random(len(a)) < 0.2) & post.notna()
    addr = pd.DataFrame(
        {
            "S_REC_ID": a["addr_table_id"].astype(str),
            "SVC_USR_REF_NO": _ints(a["addr_person_id"]),
            "UNIT_FLAT_START_NO": flat_no,
            "SUB_BDLG_NM": parts["BUILDING"],
            "NAME_AND_NUMBER": parts["HOUSE"],
            "STREET_NAME": parts["STREET"],
            "TOWN": parts["TOWN"],
            "POSTCODE": post.where(~lower, post.str.lower()),
            "UNQ_PROP_REF_NO": parts["UPRN"],
            "PRIMARY_IND": np.where(current, "Y", "N"),
            "RESIDENCE_IND": np.where(a["addr_address_type"] == "HOME", "Y", "N"),
            "VALID_IND": np.where(current, "Y", "N"),
        }
    )
    # Addresses of the noise service users (not SSD people).
    ghost = pd.DataFrame(
        {
            "S_REC_ID": [str(x) for x in ctx.new_ids(len(noise_people))],
            "SVC_USR_REF_NO": noise_people["SVC_USR_REF_NO"].to_numpy(),
            "NAME_AND_NUMBER": "1",
            "STREET_NAME": "High Street",
            "TOWN": "Oakham Vale",
            "POSTCODE": "LE1 1AA",
            "PRIMARY_IND": "Y",
            "RESIDENCE_IND": "Y",
            "VALID_IND": "Y",
        }
    )
    out["SVC_USR_ADDR"] = [addr, ghost]


def _disabilities(ctx: RenderContext, out: dict) -> None:
    rng = ctx.rng
    d = ctx.truth["ssd_disability"].reset_index(drop=True)
    text = dict((dfe, local) for local, dfe in seed("azeus__disability"))
    dis = pd.DataFrame(
        {
            "DISAB_ID": _ints(d["disa_table_id"]),
            "SVC_USR_REF_NO": _ints(d["disa_person_id"]),
            "DISAB": _pad(d["disa_disability_code"].map(text), rng),
            "DISAB_TYPE": "CIN",
            "STATUS": "Active",
            "EFFECT_DT_FR": OLD_DATE,
            "EFFECT_DT_TO": pd.NaT,
        }
    )
    k = max(2, len(d) // 10)
    noise = dis.iloc[_pick(rng, len(dis), k + 2)].copy().reset_index(drop=True)
    ended = noise.index < len(noise) - 2
    noise.loc[ended, "EFFECT_DT_FR"] = pd.Timestamp("2012-01-01")
    noise.loc[ended, "EFFECT_DT_TO"] = pd.Timestamp("2014-06-30")
    noise.loc[ended, "STATUS"] = "Closed"
    noise.loc[~ended, "DISAB"] = "Dyslexia (local list)"
    noise["DISAB_ID"] = ctx.new_ids(len(noise))
    out["SVC_USR_DISAB"] = [dis, noise]


def _immigration(ctx: RenderContext, out: dict) -> None:
    rng = ctx.rng
    im = ctx.truth["ssd_immigration_status"].reset_index(drop=True)
    text = dict((code, local) for local, code in seed("azeus__immigration_status"))
    rows = pd.DataFrame(
        {
            "IMMIG_STATUS_ID": _ints(im["immi_immigration_status_id"]),
            "SVC_USR_REF_NO": _ints(im["immi_person_id"]),
            "IMMIG_STATUS": _pad(im["immi_immigration_status"].map(text), rng),
            "EFFECT_DT_FR": im["immi_immigration_status_start_date"],
            "EFFECT_DT_TO": im["immi_immigration_status_end_date"],
            "PRIMARY_IND": np.where(im["immi_immigration_status_end_date"].isna(), "Y", "N"),
            "VALID_IND": "Y",
        }
    )
    invalid = rows.iloc[_pick(rng, len(rows), 2)].copy()
    invalid["VALID_IND"] = "N"
    unknown = rows.iloc[_pick(rng, len(rows), 1)].copy()
    unknown["IMMIG_STATUS"] = "Pending Home Office decision"
    noise = pd.concat([invalid, unknown], ignore_index=True)
    noise["IMMIG_STATUS_ID"] = ctx.new_ids(len(noise))
    out["SVC_USR_IMMIG_STATUS"] = [rows, noise]


def _legal_status(ctx: RenderContext, out: dict) -> None:
    rng = ctx.rng
    ls = ctx.truth["ssd_legal_status"].reset_index(drop=True)
    code = ls["lega_legal_status"].astype("object")
    low = pd.Series(rng.random(len(ls)) < 0.2) & code.notna()
    rows = pd.DataFrame(
        {
            "SVC_USR_LA_LGL_STATUS_ID": _ints(ls["lega_legal_status_id"]),
            "SVC_USR_REF_NO": _ints(ls["lega_person_id"]),
            "LAC_LGL_STATUS": _pad(code.where(~low, code.str.lower()), rng),
            "START_DT": ls["lega_legal_status_start_date"],
            "END_DT": ls["lega_legal_status_end_date"],
        }
    )
    bad = rows.iloc[_pick(rng, len(rows), 2)].copy()
    bad["LAC_LGL_STATUS"] = ["S20 (old code)", None][: len(bad)]
    bad["SVC_USR_LA_LGL_STATUS_ID"] = ctx.new_ids(len(bad))
    out["SVC_USR_LA_LGL_STATUS"] = [rows, bad]


def _looked_after(ctx: RenderContext, out: dict) -> None:
    """SVC_USR_LA_STATUS: one row per looked-after episode (903 codes, padded NVARCHAR). Azeus has no
    period-of-care id: periods are runs of episodes, each starting the day the previous one ended."""
    rng = ctx.rng
    e = ctx.truth["ssd_cla_episodes"].reset_index(drop=True)
    rows = pd.DataFrame(
        {
            "SVC_USR_LA_STATUS_ID": _ints(e["clae_cla_episode_id"]),
            "SVC_USR_REF_NO": _ints(e["clae_person_id"]),
            "START_DT": e["clae_cla_episode_start_date"],
            "END_DT": e["clae_cla_episode_ceased_date"],
            "LA_LA_REASONS": _pad(e["clae_cla_episode_start_reason"], rng),
            "LA_LA_REASON_CEASED": _pad(e["clae_cla_episode_ceased_reason"], rng),
            "CIN_CODE": _pad(e["clae_cla_primary_need_code"], rng),
        }
    )
    # Noise: an episode with an old local start-reason code, and an undated one (quarantined, so they never
    # join a period of care).
    noise = rows.iloc[_pick(rng, len(rows), 2)].copy().reset_index(drop=True)
    noise["SVC_USR_REF_NO"] = _ints(ctx.truth["ssd_person"]["pers_person_id"]).iloc[: len(noise)].to_numpy()
    noise.loc[noise.index == 0, "LA_LA_REASONS"] = "VOL"
    noise.loc[noise.index == 1, "START_DT"] = pd.NaT
    noise["SVC_USR_LA_STATUS_ID"] = ctx.new_ids(len(noise))
    out["SVC_USR_LA_STATUS"] = [rows, noise]


def _relationships(ctx: RenderContext, out: dict, noise_people: pd.DataFrame) -> None:
    m = ctx.truth["ssd_mother"].reset_index(drop=True)
    n = len(m)
    back_ids = ctx.new_ids(n)
    fwd = pd.DataFrame(
        {
            "REL_ID": _ints(m["moth_table_id"]),
            "SVC_USR_REF_NO": _ints(m["moth_person_id"]),
            "REL_SVC_USR_REF_NO": _ints(m["moth_childs_person_id"]),
            "REL_TYPE_CD": "FAM",
            "REL_CD": "MOTHER",
            "PAIR_REL_ID": back_ids,
            "VALID_IND": "Y",
            "EFFECT_DT_FR": OLD_DATE,
        }
    )
    # The mirror row of each pair: the child's side of the same relationship.
    back = pd.DataFrame(
        {
            "REL_ID": back_ids,
            "SVC_USR_REF_NO": fwd["REL_SVC_USR_REF_NO"].to_numpy(),
            "REL_SVC_USR_REF_NO": fwd["SVC_USR_REF_NO"].to_numpy(),
            "REL_TYPE_CD": "FAM",
            "REL_CD": "CHILD",
            "PAIR_REL_ID": fwd["REL_ID"].to_numpy(),
            "VALID_IND": "Y",
            "EFFECT_DT_FR": OLD_DATE,
        }
    )
    # A relative who is not a service user, recorded as the child's aunt.
    p = ctx.truth["ssd_person"]
    aunt = pd.DataFrame(
        {
            "REL_ID": ctx.new_ids(min(len(noise_people), len(p))),
            "SVC_USR_REF_NO": noise_people["SVC_USR_REF_NO"].to_numpy()[: len(p)],
            "REL_SVC_USR_REF_NO": _ints(p["pers_person_id"]).to_numpy()[: len(noise_people)],
            "REL_TYPE_CD": "FAM",
            "REL_CD": "AUNT",
            "VALID_IND": "Y",
            "EFFECT_DT_FR": OLD_DATE,
        }
    )
    out["SVC_USR_REL"] = [fwd, back, aunt]


def _contacts(ctx: RenderContext, out: dict) -> None:
    rng = ctx.rng
    c = ctx.truth["ssd_contacts"].reset_index(drop=True)
    ref = c["cont_person_id"].astype(str)
    spaced = pd.Series(rng.random(len(c)) < 0.2)
    rows = pd.DataFrame(
        {
            "INIT_CONT_ID": _ints(c["cont_contact_id"]),
            "SVC_USR_REF_NO": ref.where(~spaced, " " + ref + " "),
            "CONT_DT": c["cont_contact_date"],
            "CONT_SRC": _pad(c["cont_contact_source_code"], rng),
            "STATUS": "Completed",
        }
    )
    k = max(2, len(c) // 100)
    withdrawn = rows.iloc[_pick(rng, len(rows), k)].copy()
    withdrawn["STATUS"] = "Withdrawn"
    withdrawn["WITHDRAWN_DT"] = withdrawn["CONT_DT"]
    undated = rows.iloc[_pick(rng, len(rows), 2)].copy()
    undated["CONT_DT"] = pd.NaT
    noise = pd.concat([withdrawn, undated], ignore_index=True)
    noise["INIT_CONT_ID"] = ctx.new_ids(len(noise))
    out["INIT_CONT"] = [rows, noise]


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    out: dict[str, list[pd.DataFrame]] = {}
    noise_people = _service_users(ctx, out)
    _identifiers(ctx, out)
    _addresses(ctx, out, noise_people)
    _disabilities(ctx, out)
    _immigration(ctx, out)
    _legal_status(ctx, out)
    _looked_after(ctx, out)
    _relationships(ctx, out, noise_people)
    _contacts(ctx, out)
    return out
