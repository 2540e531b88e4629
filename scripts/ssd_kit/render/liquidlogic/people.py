"""People, front door, children in need and workforce: render the truth into Liquidlogic HDM raw tables.

Covers ssd_person, ssd_linked_identifiers (DIM_PERSON.FORMER_UPN), ssd_family, ssd_address, ssd_disability,
ssd_immigration_status, ssd_mother, ssd_contacts, ssd_early_help_episodes, ssd_cin_episodes,
ssd_cin_assessments, ssd_assessment_factors, ssd_cin_plans, ssd_cin_visits, ssd_professionals,
ssd_department and ssd_involvements.

The quirks are those of the real HDM `Child_Social` tables: the -1 "none" member in every dimension,
non-clients (IS_CLIENT = N) and merged duplicates (DUPLICATED_DTTM) in DIM_PERSON, LL ethnicity and
disability codes that reach the DfE codes only through DIM_LOOKUP_* NAT_ID columns, an expected date
of birth hidden in BIRTH_DTTM behind DOB_ESTIMATED, immigration status as a description, contact and
case-note times of day, Y/N flags spelt YES/TRUE/1/No, assessment answers held as form text
("Yes"/"No", FormEndDate as dd/mm/yyyy), the referral's worker *name* beside its id, CIN plan
coordinators in FACT_CARE_PLANS with a history of earlier coordinators, involvement teams that are
sometimes only in FACT_WORKER_HISTORY_DEPARTMENT_ID, and noise rows the mapping must exclude with a
reason (out-of-scope people, ended disabilities, draft/cancelled assessments, deleted or non-CIN plans,
junk workers, reverse and paternal relations, rows with missing dates).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ssd_kit import spec
from ssd_kit.render.base import RenderContext

SEED_DIR = Path(__file__).resolve().parents[4] / "seeds"
OWN_SEEDS = "../suppliers/liquidlogic/seeds"  # the Liquidlogic package's own seeds, relative to SEED_DIR

# Outcome keys (TRUTH_RULES order); raw column is OUTCOME_<key> except OTHER_OUTCOMES_EXIST_FLAG.
CONTACT_KEYS = (
    "NEW_REFERRAL_FLAG",
    "EXISTING_REFERRAL_FLAG",
    "CP_ENQUIRY_FLAG",
    "NFA_FLAG",
    "NON_AGENCY_ADOPTION_FLAG",
    "PRIVATE_FOSTERING_FLAG",
    "ADVICE_FLAG",
    "MISSING_FLAG",
    "OLA_CP_FLAG",
    "OTHER_OUTCOMES_EXIST_FLAG",
)
REFERRAL_KEYS = (
    "SINGLE_ASSESSMENT_FLAG",
    "STRATEGY_DISCUSSION_FLAG",
    "CLA_REQUEST_FLAG",
    "NON_AGENCY_ADOPTION_FLAG",
    "PRIVATE_FOSTERING_FLAG",
    "CP_TRANSFER_IN_FLAG",
    "CP_CONFERENCE_FLAG",
    "CARE_LEAVER_FLAG",
    "NFA_FLAG",
    "OTHER_OUTCOMES_EXIST_FLAG",
)
ASSESSMENT_KEYS = (
    "NFA_FLAG",
    "NFA_S47_END_FLAG",
    "STRATEGY_DISCUSSION_FLAG",
    "CLA_REQUEST_FLAG",
    "PRIVATE_FOSTERING_FLAG",
    "LEGAL_ACTION_FLAG",
    "PROV_OF_SERVICES_FLAG",
    "PROV_OF_SB_CARE_FLAG",
    "SPECIALIST_ASSESSMENT_FLAG",
    "REFERRAL_TO_OTHER_AGENCY_FLAG",
    "OTHER_ACTIONS_FLAG",
    "OTHER_OUTCOMES_EXIST_FLAG",
)
ADDRESS_KEYS = ("ROOM", "FLOOR", "FLAT", "BUILDING", "HOUSE", "STREET", "TOWN", "UPRN", "EASTING", "NORTHING")
ADDRESS_COLS = (
    "ROOM_NO",
    "FLOOR_NO",
    "FLAT_NO",
    "BUILDING",
    "HOUSE_NO",
    "STREET",
    "TOWN",
    "UPRN",
    "EASTING",
    "NORTHING",
)

# Codes the mapping relies on.
PLAN_TYPE_CIN = "FP"
FORM_TYPE_ASSESSMENT = "SA"
ASSESSMENT_TEMPLATE = "Child and Family Single Assessment"
SEEN_QUESTION = "seenYN"
END_DATE_QUESTION = "FormEndDate"
RELATION_CHILD = "CHI"


def _outcome_col(key: str) -> str:
    return key if key == "OTHER_OUTCOMES_EXIST_FLAG" else f"OUTCOME_{key}"


def _outcome_cols(keys: Iterable[str]) -> dict[str, str]:
    return {_outcome_col(k): "text" for k in keys}


TABLES: dict[str, dict[str, str]] = {
    "DIM_PERSON": {
        "DIM_PERSON_ID": "int",
        "LEGACY_ID": "text",
        "FORENAME": "text",
        "SURNAME": "text",
        "GENDER_MAIN_CODE": "text",
        "ETHNICITY_MAIN_CODE": "text",
        "BIRTH_DTTM": "datetime",
        "DOB_ESTIMATED": "text",
        "DEATH_DTTM": "datetime",
        "UPN": "text",
        "FORMER_UPN": "text",
        "EHM_SEN_FLAG": "text",
        "NATNL_CODE": "text",
        "IS_CLIENT": "text",
        "DUPLICATED_DTTM": "datetime",
    },
    "DIM_LOOKUP_DFE_ETHNIC": {"MAIN_CODE": "text", "DESCRIPTION": "text", "NAT_ID": "text"},
    "DIM_LOOKUP_DISAB": {"MAIN_CODE": "text", "DESCRIPTION": "text", "NAT_ID": "text"},
    "DIM_PERSON_ADDRESS": {
        "DIM_PERSON_ADDRESS_ID": "int",
        "DIM_PERSON_ID": "int",
        "ADDSS_TYPE_CODE": "text",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
        "POSTCODE": "text",
        **{c: "text" for c in ADDRESS_COLS},
    },
    "FACT_DISABILITY": {
        "FACT_DISABILITY_ID": "int",
        "DIM_PERSON_ID": "int",
        "DIM_LOOKUP_DISAB_CODE": "text",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
    },
    "FACT_IMMIGRATION_STATUS": {
        "FACT_IMMIGRATION_STATUS_ID": "int",
        "DIM_PERSON_ID": "int",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
        "DIM_LOOKUP_IMMGR_STATUS_DESC": "text",
    },
    "FACT_PERSON_RELATION": {
        "FACT_PERSON_RELATION_ID": "int",
        "DIM_PERSON_ID": "int",
        "DIM_RELATED_PERSON_ID": "int",
        "DIM_LOOKUP_RELTN_TYPE_CODE": "text",
        "DIM_RELATED_PERSON_DOB": "datetime",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
    },
    "FACT_903_DATA": {
        "FACT_903_DATA_ID": "int",
        "DIM_PERSON_ID": "int",
        "NO_UPN_CODE": "text",
    },
    "FACT_CONTACTS": {
        "FACT_CONTACT_ID": "int",
        "EXTERNAL_ID": "int",
        "DIM_PERSON_ID": "int",
        "CONTACT_DTTM": "datetime",
        "DIM_LOOKUP_CONT_SORC_ID": "text",
        "DIM_LOOKUP_CONT_SORC_ID_DESC": "text",
        "DIM_LOOKUP_FAMILYOFRESIDENCE_ID": "int",
        **_outcome_cols(CONTACT_KEYS),
        "TOTAL_NO_OF_OUTCOMES": "int",
        "OUTCOME_COMMENTS": "text",
    },
    "FACT_CAF_EPISODE": {
        "FACT_CAF_EPISODE_ID": "int",
        "DIM_PERSON_ID": "int",
        "EPISODE_START_DTTM": "datetime",
        "EPISODE_END_DTTM": "datetime",
        "START_REASON": "text",
        "DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE": "text",
        "DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE": "text",
    },
    "FACT_REFERRALS": {
        "FACT_REFERRAL_ID": "int",
        "DIM_PERSON_ID": "int",
        "REFRL_START_DTTM": "datetime",
        "REFRL_END_DTTM": "datetime",
        "DIM_LOOKUP_CATEGORY_OF_NEED_CODE": "text",
        "DIM_LOOKUP_CONT_SORC_ID": "text",
        "DIM_LOOKUP_CONT_SORC_ID_DESC": "text",
        "DIM_LOOKUP_REFRL_ENDRSN_ID_CODE": "text",
        "DIM_DEPARTMENT_ID": "int",
        "DIM_WORKER_ID": "int",
        "DIM_WORKER_ID_DESC": "text",
        **_outcome_cols(REFERRAL_KEYS),
        "TOTAL_NO_OF_OUTCOMES": "int",
        "OUTCOME_COMMENTS": "text",
    },
    "FACT_SINGLE_ASSESSMENT": {
        "FACT_SINGLE_ASSESSMENT_ID": "int",
        "EXTERNAL_ID": "int",
        "FACT_REFERRAL_ID": "int",
        "FACT_FORM_ID": "int",
        "DIM_PERSON_ID": "int",
        "START_DTTM": "datetime",
        "DIM_LOOKUP_STEP_SUBSTATUS_CODE": "text",
        **_outcome_cols(ASSESSMENT_KEYS),
        "TOTAL_NO_OF_OUTCOMES": "int",
        "OUTCOME_COMMENTS": "text",
        "COMPLETED_BY_DEPT_ID": "int",
        "COMPLETED_BY_USER_ID": "int",
    },
    "FACT_CARE_PLAN_SUMMARY": {
        "FACT_CARE_PLAN_SUMMARY_ID": "int",
        "FACT_REFERRAL_ID": "int",
        "DIM_PERSON_ID": "int",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
        "DIM_LOOKUP_PLAN_TYPE_CODE": "text",
        "DIM_LOOKUP_PLAN_STATUS_ID_CODE": "text",
    },
    "DIM_WORKER": {
        "DIM_WORKER_ID": "int",
        "STAFF_ID": "text",
        "FORENAME": "text",
        "SURNAME": "text",
        "WORKER_ID_CODE": "text",
        "JOB_TITLE": "text",
        "DEPARTMENT_NAME": "text",
        "FULL_TIME_EQUIVALENCY": "float",
    },
    "DIM_DEPARTMENT": {
        "DIM_DEPARTMENT_ID": "int",
        "NAME": "text",
        "DEPT_ID": "int",
        "DEPT_TYPE_DESCRIPTION": "text",
    },
    "FACT_INVOLVEMENTS": {
        "FACT_INVOLVEMENTS_ID": "int",
        "DIM_PERSON_ID": "int",
        "DIM_WORKER_ID": "int",
        "DIM_DEPARTMENT_ID": "int",
        "FACT_WORKER_HISTORY_DEPARTMENT_ID": "int",
        "IS_ALLOCATED_CW_FLAG": "text",
        "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "text",
        "DIM_LOOKUP_CWREASON_CODE": "text",
        "FACT_REFERRAL_ID": "int",
        "START_DTTM": "datetime",
        "END_DTTM": "datetime",
    },
}

Frames = dict[str, list[pd.DataFrame]]
Row = dict[str, Any]
Cols = dict[str, Any]  # raw column -> array (all the same length) or scalar

DAY = np.timedelta64(1, "D")


# --------------------------------------------------------------------------------------------------
# small helpers (every one works on whole columns)
# --------------------------------------------------------------------------------------------------


@cache
def _seed(path: str) -> tuple[dict[str, str], ...]:
    with open(SEED_DIR / path, newline="", encoding="utf-8") as fh:
        return tuple(dict(r) for r in csv.DictReader(fh))


def immigration_descriptions() -> dict[str, str]:
    return {r["code"]: r["description"] for r in _seed(f"{OWN_SEEDS}/liquidlogic__immigration_status.csv")}


def cin_visit_casenote_types() -> tuple[str, ...]:
    return tuple(r["code"] for r in _seed(f"{OWN_SEEDS}/liquidlogic__casenote_types_cin.csv"))


def _truth(ctx: RenderContext, table: str) -> pd.DataFrame:
    df = ctx.truth.get(table)
    df = spec.empty_frame(table) if df is None else df
    return df.reset_index(drop=True)


def _obj(values: Any) -> np.ndarray:
    """An object array with None for every missing value (NaN/NaT/pd.NA).

    Object arrays pass through untouched: every one built in this module is already clean (None for
    missing), and none is changed in place.
    """
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    return _clean(np.asarray(values, dtype=object))


def _clean(arr: np.ndarray) -> np.ndarray:
    out = arr.astype(object)  # a copy
    out[pd.isna(arr)] = None
    return out


def _options(seq: tuple[Any, ...] | list[Any]) -> np.ndarray:
    options = np.empty(len(seq), dtype=object)
    options[:] = list(seq)
    return options


def _dates(values: Any) -> np.ndarray:
    arr = np.asarray(values)
    if arr.dtype.kind == "M":
        return arr.astype("datetime64[ns]")
    return pd.to_datetime(pd.Series(arr, dtype=object)).to_numpy(dtype="datetime64[ns]")


def _ints(values: Any, none: int = -1) -> np.ndarray:
    """Truth text ids as raw integer keys; missing ids become the HDM 'none' member (-1)."""
    arr = np.asarray(values)
    if arr.dtype.kind in "iu":
        return arr.astype(np.int64)
    arr = arr.astype(object)
    out = np.full(len(arr), none, dtype=np.int64)
    known = ~pd.isna(arr)
    out[known] = arr[known].astype(np.int64)  # int() of each text id
    return out


def _days(n: np.ndarray) -> np.ndarray:
    return np.asarray(n, dtype="int64") * DAY


class _Noise:
    """Realistic variation of the values the mapping has to normalise, drawn for whole columns."""

    YES = ("Y",) * 8 + ("YES", "TRUE", "1", "y")
    NO = ("N",) * 8 + ("NO", "No", "FALSE", "0")
    ANSWER_YES = ("Yes", "Yes", "Yes", "yes", "YES", "Y")
    ANSWER_NO = ("No", "No", "No", "no", "NO", "N")

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng

    def chance(self, p: float, n: int) -> np.ndarray:
        return self.rng.random(n) < p

    def one(self, seq: tuple[Any, ...] | list[Any]) -> Any:
        return seq[int(self.rng.integers(len(seq)))]

    def pick(self, seq: tuple[Any, ...] | list[Any], size: int | tuple[int, ...]) -> np.ndarray:
        return _options(seq)[self.rng.integers(len(seq), size=size)]

    def yn(self, values: Any, is_y: np.ndarray | None = None, is_n: np.ndarray | None = None) -> np.ndarray:
        """Y/N flags as the HDM spells them (YES/TRUE/1/y, NO/No/FALSE/0); anything else unchanged.

        is_y / is_n: the masks of "Y" and "N" values, when the caller already knows them.
        """
        v = _obj(values)
        is_y = v == "Y" if is_y is None else is_y
        is_n = v == "N" if is_n is None else is_n
        out = v.copy()
        out[is_y] = self.pick(self.YES, int(is_y.sum()))
        out[is_n] = self.pick(self.NO, int(is_n.sum()))
        return out

    def yes(self, n: int) -> np.ndarray:
        return self.pick(self.YES, n)

    def _wrap(self, s: np.ndarray, before: tuple[str, ...], after: tuple[str, ...]) -> np.ndarray:
        """Each value with a random prefix from before and suffix from after (None stays None)."""
        out = s.copy()
        m = np.flatnonzero(s != None)  # noqa: E711 (elementwise)
        b, a = self.rng.integers(len(before), size=len(m)), self.rng.integers(len(after), size=len(m))
        changed = np.array([x != "" for x in before])[b] | np.array([x != "" for x in after])[a]
        idx = m[changed]  # only values that gain whitespace are rebuilt
        out[idx] = _options(before)[b[changed]] + s[idx] + _options(after)[a[changed]]
        return out

    def text(self, values: Any) -> np.ndarray:
        """Case and surrounding whitespace vary (matched on trimmed lower case)."""
        s = _obj(values).copy()
        r = self.rng.random(len(s))
        known = s != None  # noqa: E711 (elementwise)
        lower, upper = np.flatnonzero(known & (r < 0.15)), np.flatnonzero(known & (r >= 0.15) & (r < 0.25))
        s[lower] = [v.lower() for v in s[lower]]
        s[upper] = [v.upper() for v in s[upper]]
        return self._wrap(s, ("", "", "", " ", "  "), ("", "", "", " ", "   "))

    def pad(self, values: Any) -> np.ndarray:
        """Surrounding whitespace only (values compared after trim)."""
        return self._wrap(_obj(values), ("", "", "", "", " "), ("", "", "", " ", "  "))

    def time_of_day(self, dates: Any) -> np.ndarray:
        d = _dates(dates)
        return d + self.rng.integers(8 * 60, 18 * 60, size=len(d)) * np.timedelta64(1, "m")

    def answer_yes_no(self, values: Any) -> np.ndarray:
        """Form answers: Yes/No typed in any case (Y for yes, anything else not null for no)."""
        v = _obj(values)
        yes, no = self.pick(self.ANSWER_YES, len(v)), self.pick(self.ANSWER_NO, len(v))
        return np.where(v == None, None, np.where(v == "Y", yes, no))  # noqa: E711 (elementwise)

    def ddmmyyyy(self, dates: Any) -> np.ndarray:
        """Dates as form text: dd/mm/yyyy, sometimes d/m/yyyy; missing dates stay None."""
        d = pd.DatetimeIndex(_dates(dates))
        short = self.chance(0.2, len(d))
        out = np.full(len(d), None, dtype=object)
        m = np.flatnonzero(d.notna())
        sub = d[m]
        out[m] = [
            f"{dd}/{mm}/{yy}" if s else f"{dd:02d}/{mm:02d}/{yy:04d}"
            for dd, mm, yy, s in zip(sub.day, sub.month, sub.year, short[m], strict=True)
        ]
        return out


def _json_table(values: Any, keys: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
    """A column of JSON objects as (codes, table): row i's values for keys are table[codes[i]].

    Each distinct text is parsed once (all of them in a single json.loads); the table's last row, all
    None, stands for a missing JSON (code -1).
    """
    codes, uniques = pd.factorize(_obj(values))
    parsed = json.loads("[" + ",".join([t if t else "{}" for t in uniques] + ["{}"]) + "]")
    return codes, _clean(pd.DataFrame(parsed, columns=list(keys)).to_numpy(dtype=object))


def _parse_objects(values: Any, keys: Iterable[str]) -> np.ndarray:
    """A column of JSON objects as an (n, len(keys)) object array."""
    codes, table = _json_table(values, keys)
    return table[codes]


def _parse_arrays(values: Any) -> tuple[np.ndarray, np.ndarray]:
    """A column of JSON arrays exploded: (row index, value) pairs; each distinct text is parsed once."""
    codes, uniques = pd.factorize(_obj(values))
    parsed = json.loads("[" + ",".join([t if t else "[]" for t in uniques] + ["[]"]) + "]")
    lengths = np.array([len(p) for p in parsed], dtype=np.int64)[codes]
    rows = np.repeat(np.arange(len(codes)), lengths)
    flat = np.empty(int(lengths.sum()), dtype=object)
    flat[:] = [v for c in codes for v in parsed[c]]
    return rows, flat


def _flags(nz: _Noise, json_values: Any, keys: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Outcome JSON spread into its raw flag columns, each Y/N spelt the HDM way."""
    codes, table = _json_table(json_values, keys)
    spelt = nz.yn(table[codes], (table == "Y")[codes], (table == "N")[codes])
    return {_outcome_col(k): spelt[:, j] for j, k in enumerate(keys)}


def _lookup(keys: Any, table: pd.DataFrame, key_col: str, value_col: str) -> np.ndarray:
    """For each key, value_col of the (last) table row with that key_col; None when there is none."""
    last = table.drop_duplicates(key_col, keep="last")
    last = last[last[key_col].notna()]
    mapped = pd.Series(_obj(keys), dtype=object).map(pd.Series(last[value_col].to_numpy(), index=last[key_col]))
    return _clean(mapped.to_numpy(dtype=object))


def _present(keys: Any, table: pd.DataFrame, key_col: str) -> np.ndarray:
    k = pd.Series(_obj(keys), dtype=object)
    return (k.notna() & k.isin(table[key_col].dropna())).to_numpy()


def _max_truth_date(truth: Mapping[str, pd.DataFrame]) -> pd.Timestamp:
    """The latest event date in the truth: on or before the as-at date (expected births excluded)."""
    best = pd.Timestamp("2020-01-01")
    for df in truth.values():
        for col in df.columns:
            if "expected" in col:
                continue
            if pd.api.types.is_datetime64_any_dtype(df[col]) and df[col].notna().any():
                best = max(best, pd.Timestamp(df[col].max()))
    return best


def _add(out: Frames, table: str, cols: Cols, rows: list[Row] | None = None) -> None:
    """One raw table fragment: whole columns, then any hand-made noise rows."""
    frame = pd.DataFrame(cols)
    out.setdefault(table, []).append(frame)
    if rows:
        extra = pd.DataFrame(rows)
        for col in extra.columns:  # keep the fragment's types so concatenation stays typed
            if col in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[col]):
                extra[col] = pd.to_datetime(extra[col])
        out[table].append(extra)


# --------------------------------------------------------------------------------------------------
# render
# --------------------------------------------------------------------------------------------------


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    nz = _Noise(ctx.rng)
    out: Frames = {}
    latest = _max_truth_date(ctx.truth)  # nothing in the truth is after the as-at date

    persons = _truth(ctx, "ssd_person")
    person_ids = [int(p) for p in _ints(persons["pers_person_id"])]
    noise_people = _render_people(ctx, nz, persons, out)
    outsiders = noise_people["outsiders"]  # ids of people who are not in ssd_person

    _render_addresses(ctx, nz, out, outsiders)
    _render_disabilities(ctx, nz, out, person_ids, outsiders, latest)
    _render_immigration(ctx, nz, out, outsiders)
    _render_relations(ctx, nz, out, noise_people)
    _render_contacts(ctx, nz, out, person_ids, outsiders)
    _render_early_help(ctx, nz, out, outsiders)
    workers = _render_workforce(ctx, nz, out)
    _render_referrals(ctx, nz, out, workers, person_ids, outsiders)
    _render_assessments(ctx, nz, out, person_ids, outsiders)
    _render_cin_plans(ctx, nz, out, person_ids)
    _render_cin_visits(ctx, nz, out, outsiders)
    _render_involvements(ctx, nz, out, outsiders)
    return out


def _render_people(ctx: RenderContext, nz: _Noise, persons: pd.DataFrame, out: Frames) -> dict[str, list[int]]:
    n = len(persons)
    # LL ethnicity codes: one local code per DfE code used, plus local codes with no national code.
    eth = _obj(persons["pers_ethnicity"])
    eth_codes = sorted({e for e in eth if e})
    eth_main = {code: f"E{i + 10:02d}" for i, code in enumerate(eth_codes)}
    lookups = [
        {"MAIN_CODE": main, "DESCRIPTION": f"Ethnicity {nat}", "NAT_ID": nz.one((nat, nat, nat.lower(), nat + " "))}
        for nat, main in eth_main.items()
    ]
    lookups += [
        {"MAIN_CODE": "E90", "DESCRIPTION": "Not yet recorded", "NAT_ID": None},
        {"MAIN_CODE": "E91", "DESCRIPTION": "Local code retired", "NAT_ID": "  "},
    ]
    _add(out, "DIM_LOOKUP_DFE_ETHNIC", {c: [r[c] for r in lookups] for c in ("MAIN_CODE", "DESCRIPTION", "NAT_ID")})

    pid = _ints(persons["pers_person_id"])
    dob, expected = _dates(persons["pers_dob"]), _dates(persons["pers_expected_dob"])
    unborn = np.isnat(dob) & ~np.isnat(expected)
    eth_raw = np.where(eth == None, nz.pick((None, "E90"), n), _obj(pd.Series(eth).map(eth_main)))  # noqa: E711
    upn, upn_unknown = _obj(persons["pers_upn"]), _obj(persons["pers_upn_unknown"])
    # ssd_linked_identifiers: one former UPN per person at most; some people without one hold a blank.
    links = _truth(ctx, "ssd_linked_identifiers").set_index("link_person_id")["link_identifier_value"]
    former = _obj(persons["pers_person_id"].map(links))
    former = np.where((former == None) & nz.chance(0.05, n), "", former)  # noqa: E711
    people = {
        "DIM_PERSON_ID": pid,
        "LEGACY_ID": _obj(persons["pers_legacy_id"]),
        "FORENAME": nz.pad(persons["pers_forename"]),
        "SURNAME": nz.pad(persons["pers_surname"]),
        "GENDER_MAIN_CODE": _obj(persons["pers_sex"]),
        "ETHNICITY_MAIN_CODE": eth_raw,
        "BIRTH_DTTM": np.where(unborn, expected, dob),
        "DOB_ESTIMATED": np.where(unborn, nz.yes(n), nz.pick(("N", "N", "N", None), n)),
        "DEATH_DTTM": _dates(persons["pers_death_date"]),
        "UPN": nz.pad(upn),
        "FORMER_UPN": nz.pad(former),
        "EHM_SEN_FLAG": nz.yn(persons["pers_send_flag"]),
        "NATNL_CODE": _obj(persons["pers_nationality"]),
        "IS_CLIENT": nz.yes(n),
    }

    # FACT_903_DATA: one row per 903 return year; the code may be absent in earlier years.
    unknown = upn_unknown != None  # noqa: E711 (elementwise)
    blank_unknown = unknown & nz.chance(0.3, n)
    blank_known = ~unknown & (upn != None) & nz.chance(0.3, n)  # noqa: E711

    # Out-of-scope people: the -1 member, non-clients (parents, carers) and merged duplicates.
    n_other = max(4, n // 20)
    other_ids = ctx.new_ids(n_other)
    male = np.arange(n_other) % 2 == 0
    years = nz.rng.integers(1965, 1995, size=n_other)
    others = {
        "DIM_PERSON_ID": other_ids,
        "LEGACY_ID": other_ids.astype(str).astype(object),
        "FORENAME": nz.pick(("Alex", "Sam", "Chris", "Jo", "Pat"), n_other),
        "SURNAME": nz.pick(("Smith", "Jones", "Taylor", "Brown"), n_other),
        "GENDER_MAIN_CODE": np.where(male, "M", "F").astype(object),
        "BIRTH_DTTM": (years - 1970).astype("datetime64[Y]").astype("datetime64[ns]") + _days(np.full(n_other, 165)),
        "DOB_ESTIMATED": "N",
        "IS_CLIENT": nz.pick(("N", "N", "NO", None), n_other),
    }
    dup_rows = np.flatnonzero(nz.chance(0.03, n))[: max(2, n // 30)]
    if len(dup_rows) == 0:
        dup_rows = np.arange(min(2, n))
    dup_ids = ctx.new_ids(len(dup_rows))
    dups = {
        "DIM_PERSON_ID": dup_ids,
        "LEGACY_ID": dup_ids.astype(str).astype(object),
        "FORENAME": _obj(persons["pers_forename"])[dup_rows],
        "SURNAME": _obj(persons["pers_surname"])[dup_rows],
        "GENDER_MAIN_CODE": _obj(persons["pers_sex"])[dup_rows],
        "BIRTH_DTTM": dob[dup_rows],
        "DOB_ESTIMATED": "N",
        "IS_CLIENT": "Y",
        "FORMER_UPN": former[dup_rows],  # a merged duplicate copies the identifiers: quarantined
        "DUPLICATED_DTTM": np.datetime64("2022-03-01", "ns") + _days(nz.rng.integers(0, 900, size=len(dup_rows))),
    }
    none_member = {
        "DIM_PERSON_ID": -1,
        "LEGACY_ID": "-1",
        "FORENAME": "Unknown",
        "SURNAME": "Unknown",
        "GENDER_MAIN_CODE": "U",
        "IS_CLIENT": "N",
    }
    _add(out, "DIM_PERSON", people, [none_member])
    if n_other:
        _add(out, "DIM_PERSON", others)
    if len(dup_ids):
        _add(out, "DIM_PERSON", dups)

    # the blank row of a UPN-unknown person precedes (lower id) the row with the code
    f903_person = np.concatenate([pid[blank_unknown], pid[unknown], pid[blank_known], dup_ids])
    f903_code = np.concatenate(
        [
            np.full(int(blank_unknown.sum()), None, dtype=object),
            nz.pad(upn_unknown[unknown]),
            np.full(int(blank_known.sum()), None, dtype=object),
            np.full(len(dup_ids), "UN1", dtype=object),
        ]
    )
    _add(
        out,
        "FACT_903_DATA",
        {"FACT_903_DATA_ID": ctx.new_ids(len(f903_person)), "DIM_PERSON_ID": f903_person, "NO_UPN_CODE": f903_code},
    )
    return {
        "outsiders": [int(i) for i in other_ids] + [int(i) for i in dup_ids] + [-1],
        "fathers": [int(i) for i in other_ids[male]],
        "women": [int(i) for i in other_ids[~male]],
        "dups": [int(i) for i in dup_ids],
    }


def _render_addresses(ctx: RenderContext, nz: _Noise, out: Frames, outsiders: list[int]) -> None:
    a = _truth(ctx, "ssd_address")
    n = len(a)
    parts = _parse_objects(a["addr_address_json"], ADDRESS_KEYS)
    pc = _obj(a["addr_address_postcode"])
    lower = nz.chance(0.2, n)
    pc_cased = pc.copy()
    lower = np.flatnonzero(lower & (pc != None))  # noqa: E711 (elementwise)
    pc_cased[lower] = [v.lower() for v in pc[lower]]
    raw_pc = np.where(pc == None, nz.pick((None, None, "nopostcode", "XXXX XXX", "  "), n), nz.pad(pc_cased))  # noqa: E711
    cols: Cols = {
        "DIM_PERSON_ADDRESS_ID": _ints(a["addr_table_id"]),
        "DIM_PERSON_ID": _ints(a["addr_person_id"]),
        "ADDSS_TYPE_CODE": _obj(a["addr_address_type"]),
        "START_DTTM": _dates(a["addr_address_start_date"]),
        "END_DTTM": _dates(a["addr_address_end_date"]),
        "POSTCODE": raw_pc,
        **{col: nz.pad(parts[:, j]) for j, col in enumerate(ADDRESS_COLS)},
    }
    noise = [
        {
            "DIM_PERSON_ADDRESS_ID": int(aid),
            "DIM_PERSON_ID": pid,
            "ADDSS_TYPE_CODE": "HOME",
            "START_DTTM": pd.Timestamp("2021-01-04"),
            "POSTCODE": "AB1 2CD",
            "STREET": "High Street",
        }
        for pid, aid in zip(outsiders[:3], ctx.new_ids(3), strict=False)
    ]
    _add(out, "DIM_PERSON_ADDRESS", cols, noise)


def _render_disabilities(
    ctx: RenderContext,
    nz: _Noise,
    out: Frames,
    person_ids: list[int],
    outsiders: list[int],
    latest: pd.Timestamp,
) -> None:
    d = _truth(ctx, "ssd_disability")
    n = len(d)
    codes = _obj(d["disa_disability_code"])
    nat_codes = sorted(set(codes) | {"MOB", "LD", "AUT"})
    ll_code = {nat: f"D{i + 1:02d}" for i, nat in enumerate(nat_codes)}
    lookups = [
        {"MAIN_CODE": code, "DESCRIPTION": f"Disability {nat}", "NAT_ID": nz.one((nat, nat, nat.lower(), " " + nat))}
        for nat, code in ll_code.items()
    ]
    lookups.append({"MAIN_CODE": "DLOC", "DESCRIPTION": "Local: under investigation", "NAT_ID": None})
    _add(out, "DIM_LOOKUP_DISAB", {c: [r[c] for r in lookups] for c in ("MAIN_CODE", "DESCRIPTION", "NAT_ID")})

    last = np.datetime64(latest, "ns")
    cols: Cols = {
        "FACT_DISABILITY_ID": _ints(d["disa_table_id"]),
        "DIM_PERSON_ID": _ints(d["disa_person_id"]),
        "DIM_LOOKUP_DISAB_CODE": nz.pad(_obj(pd.Series(codes, dtype=object).map(ll_code))),
        "START_DTTM": last - _days(nz.rng.integers(100, 2000, size=n)),
        # a planned review date after the as-at date still counts as current
        "END_DTTM": np.where(nz.chance(0.1, n), last + _days(np.full(n, 400)), np.datetime64("NaT", "ns")),
    }
    _add(out, "FACT_DISABILITY", cols)

    # Ended codes (history) and a local code with no national equivalent.
    n_noise = max(3, n // 5)
    ids = ctx.new_ids(n_noise)
    ended = np.arange(n_noise) % 3 != 0
    pids = (
        np.asarray(person_ids, dtype=np.int64)[nz.rng.integers(len(person_ids), size=n_noise)]
        if person_ids
        else np.full(n_noise, outsiders[0])
    )
    end = last - _days(nz.rng.integers(30, 1500, size=n_noise))
    local = np.array([ll_code[c] for c in nat_codes], dtype=object)[nz.rng.integers(len(nat_codes), size=n_noise)]
    noise: Cols = {
        "FACT_DISABILITY_ID": ids,
        "DIM_PERSON_ID": pids,
        "DIM_LOOKUP_DISAB_CODE": np.where(ended, local, "DLOC"),
        "START_DTTM": end - _days(np.full(n_noise, 700)),
        "END_DTTM": np.where(ended, end, np.datetime64("NaT", "ns")),
    }
    did = int(ctx.new_ids(1)[0])
    outsider = {"FACT_DISABILITY_ID": did, "DIM_PERSON_ID": outsiders[0], "DIM_LOOKUP_DISAB_CODE": ll_code["MOB"]}
    _add(out, "FACT_DISABILITY", noise, [outsider])


def _render_immigration(ctx: RenderContext, nz: _Noise, out: Frames, outsiders: list[int]) -> None:
    desc = immigration_descriptions()
    r = _truth(ctx, "ssd_immigration_status")
    code = _obj(r["immi_immigration_status"])
    described = np.array([desc.get(c, c) for c in code], dtype=object)
    person = _ints(r["immi_person_id"])
    cols: Cols = {
        "FACT_IMMIGRATION_STATUS_ID": _ints(r["immi_immigration_status_id"]),
        "DIM_PERSON_ID": person,
        "START_DTTM": _dates(r["immi_immigration_status_start_date"]),
        "END_DTTM": _dates(r["immi_immigration_status_end_date"]),
        "DIM_LOOKUP_IMMGR_STATUS_DESC": nz.text(described),
    }
    ids = ctx.new_ids(2)
    noise: list[Row] = [
        {
            "FACT_IMMIGRATION_STATUS_ID": int(ids[0]),
            "DIM_PERSON_ID": outsiders[0],
            "START_DTTM": pd.Timestamp("2023-02-01"),
            "DIM_LOOKUP_IMMGR_STATUS_DESC": desc["UASC"],
        }
    ]
    if len(r):
        noise.append(
            {
                "FACT_IMMIGRATION_STATUS_ID": int(ids[1]),
                "DIM_PERSON_ID": int(person[0]),
                "START_DTTM": pd.Timestamp("2023-02-01"),
                "DIM_LOOKUP_IMMGR_STATUS_DESC": "Status not known - see notes",
            }
        )
    _add(out, "FACT_IMMIGRATION_STATUS", cols, noise)


def _render_relations(ctx: RenderContext, nz: _Noise, out: Frames, noise_people: dict[str, list[int]]) -> None:
    m = _truth(ctx, "ssd_mother")
    mother, child = _ints(m["moth_person_id"]), _ints(m["moth_childs_person_id"])
    child_dob = _dates(m["moth_childs_dob"])
    _add(
        out,
        "FACT_PERSON_RELATION",
        {
            "FACT_PERSON_RELATION_ID": _ints(m["moth_table_id"]),
            "DIM_PERSON_ID": mother,
            "DIM_RELATED_PERSON_ID": child,
            "DIM_LOOKUP_RELTN_TYPE_CODE": RELATION_CHILD,
            "DIM_RELATED_PERSON_DOB": child_dob,
            "START_DTTM": child_dob,
        },
    )
    # The reverse (child -> parent) rows LL stores alongside every CHI row.
    _add(
        out,
        "FACT_PERSON_RELATION",
        {
            "FACT_PERSON_RELATION_ID": ctx.new_ids(len(m)),
            "DIM_PERSON_ID": child,
            "DIM_RELATED_PERSON_ID": mother,
            "DIM_LOOKUP_RELTN_TYPE_CODE": "PAR",
        },
    )
    children = [int(p) for p in _ints(_truth(ctx, "ssd_person")["pers_person_id"].head(6))]
    # Fathers (non-clients) with CHI links to children in scope, and an ended maternal link.
    rows: list[Row] = []
    for father, kid, rid in zip(noise_people["fathers"], children, ctx.new_ids(len(children)), strict=False):
        rows.append(
            {
                "FACT_PERSON_RELATION_ID": int(rid),
                "DIM_PERSON_ID": father,
                "DIM_RELATED_PERSON_ID": kid,
                "DIM_LOOKUP_RELTN_TYPE_CODE": RELATION_CHILD,
            }
        )
    for woman, kid, rid in zip(noise_people["women"][:1], children[::-1], ctx.new_ids(1), strict=False):
        rows.append(
            {
                "FACT_PERSON_RELATION_ID": int(rid),
                "DIM_PERSON_ID": woman,
                "DIM_RELATED_PERSON_ID": kid,
                "DIM_LOOKUP_RELTN_TYPE_CODE": RELATION_CHILD,
                "END_DTTM": pd.Timestamp("2022-05-01"),
            }
        )
    for woman, kid, rid in zip(noise_people["women"][1:2], children, ctx.new_ids(1), strict=False):
        rows.append(
            {
                "FACT_PERSON_RELATION_ID": int(rid),
                "DIM_PERSON_ID": woman,
                "DIM_RELATED_PERSON_ID": kid,
                "DIM_LOOKUP_RELTN_TYPE_CODE": RELATION_CHILD,
            }
        )
    if rows:
        _add(out, "FACT_PERSON_RELATION", {}, rows)


def _render_contacts(ctx: RenderContext, nz: _Noise, out: Frames, person_ids: list[int], outsiders: list[int]) -> None:
    c = _truth(ctx, "ssd_contacts")
    family = _truth(ctx, "ssd_family")
    c = (
        c.assign(_order_id=pd.to_numeric(c["cont_contact_id"]))
        .sort_values(["cont_person_id", "cont_contact_date", "_order_id"], kind="stable")
        .reset_index(drop=True)
    )
    n = len(c)
    person = _obj(c["cont_person_id"])
    has_family = _present(person, family, "fami_person_id")
    first = ~pd.Series(person, dtype=object).duplicated().to_numpy()
    on_family = first & has_family  # the family id sits on the person's earliest contact
    family_id = np.where(has_family, _ints(_lookup(person, family, "fami_person_id", "fami_family_id")), -1)
    external_id = ctx.new_ids(n)
    external_id[on_family] = _ints(_lookup(person[on_family], family, "fami_person_id", "fami_table_id"))
    # later contacts: the family is sometimes not recorded
    family_id = np.where(on_family | nz.chance(0.8, n), family_id, -1)
    flags = _flags(nz, c["cont_contact_outcome_json"], CONTACT_KEYS)
    counted = sum((v != None).astype(int) for k, v in flags.items() if k != "OTHER_OUTCOMES_EXIST_FLAG")  # noqa: E711
    cols: Cols = {
        "FACT_CONTACT_ID": _ints(c["cont_contact_id"]),
        "EXTERNAL_ID": external_id,
        "DIM_PERSON_ID": _ints(person),
        "CONTACT_DTTM": nz.time_of_day(c["cont_contact_date"]),
        "DIM_LOOKUP_CONT_SORC_ID": nz.pad(c["cont_contact_source_code"]),
        "DIM_LOOKUP_CONT_SORC_ID_DESC": nz.text(c["cont_contact_source_desc"]),
        "DIM_LOOKUP_FAMILYOFRESIDENCE_ID": family_id,
        **flags,
        "TOTAL_NO_OF_OUTCOMES": np.where(counted > 0, counted, -1) if n else np.zeros(0, dtype=np.int64),
    }
    # Contacts of out-of-scope people, and a contact with no date.
    ids = ctx.new_ids(4)
    noise: list[Row] = [
        {
            "FACT_CONTACT_ID": int(cid),
            "EXTERNAL_ID": int(eid),
            "DIM_PERSON_ID": pid,
            "CONTACT_DTTM": pd.Timestamp("2024-03-05 10:30"),
            "DIM_LOOKUP_CONT_SORC_ID": "1A",
            "DIM_LOOKUP_FAMILYOFRESIDENCE_ID": -1,
            "OUTCOME_NFA_FLAG": "Y",
        }
        for pid, cid, eid in zip(outsiders[-3:], ids[:3], ctx.new_ids(3), strict=False)
    ]
    if person_ids:
        noise.append(
            {
                "FACT_CONTACT_ID": int(ids[3]),
                "EXTERNAL_ID": int(ctx.new_ids(1)[0]),
                "DIM_PERSON_ID": person_ids[-1],
                "CONTACT_DTTM": None,
                "DIM_LOOKUP_CONT_SORC_ID": "2A",
                "DIM_LOOKUP_FAMILYOFRESIDENCE_ID": -1,
            }
        )
    _add(out, "FACT_CONTACTS", cols, noise)


def _render_early_help(ctx: RenderContext, nz: _Noise, out: Frames, outsiders: list[int]) -> None:
    e = _truth(ctx, "ssd_early_help_episodes")
    cols: Cols = {
        "FACT_CAF_EPISODE_ID": _ints(e["earl_episode_id"]),
        "DIM_PERSON_ID": _ints(e["earl_person_id"]),
        "EPISODE_START_DTTM": _dates(e["earl_episode_start_date"]),
        "EPISODE_END_DTTM": _dates(e["earl_episode_end_date"]),
        "START_REASON": nz.pad(e["earl_episode_reason"]),
        "DIM_LOOKUP_CAF_EP_ENDRSN_ID_CODE": nz.pad(e["earl_episode_end_reason"]),
        "DIM_LOOKUP_ORIGINATING_ORGANISATION_CODE": _obj(e["earl_episode_organisation"]),
    }
    noise = [
        {
            "FACT_CAF_EPISODE_ID": int(eid),
            "DIM_PERSON_ID": pid,
            "EPISODE_START_DTTM": pd.Timestamp("2023-09-01"),
            "START_REASON": "Family support",
        }
        for pid, eid in zip(outsiders[:2], ctx.new_ids(2), strict=False)
    ]
    _add(out, "FACT_CAF_EPISODE", cols, noise)


def _render_workforce(ctx: RenderContext, nz: _Noise, out: Frames) -> pd.Series:
    """DIM_DEPARTMENT and DIM_WORKER; returns worker id -> name (for the referral's name column)."""
    d = _truth(ctx, "ssd_department")
    none_dept = {"DIM_DEPARTMENT_ID": -1, "NAME": "Unknown", "DEPT_ID": -1, "DEPT_TYPE_DESCRIPTION": None}
    depts: Cols = {
        "DIM_DEPARTMENT_ID": _ints(d["dept_team_id"]),
        "NAME": nz.pad(d["dept_team_name"]),
        "DEPT_ID": _ints(d["dept_team_parent_id"]),
        "DEPT_TYPE_DESCRIPTION": nz.pad(d["dept_team_parent_name"]),
    }
    _add(out, "DIM_DEPARTMENT", {}, [none_dept])
    _add(out, "DIM_DEPARTMENT", depts)

    w = _truth(ctx, "ssd_professionals")
    name = _obj(w["prof_professional_name"])
    split = pd.Series(name, dtype=object).fillna("").str.partition(" ")
    fore, sur = split[0].to_numpy(dtype=object), split[2].to_numpy(dtype=object)
    workers: Cols = {
        "DIM_WORKER_ID": _ints(w["prof_professional_id"]),
        "STAFF_ID": nz.pad(w["prof_staff_id"]),
        "FORENAME": np.where(fore == "", None, fore),
        "SURNAME": np.where(sur == "", None, sur),
        "WORKER_ID_CODE": _obj(w["prof_social_worker_registration_no"]),
        "JOB_TITLE": _obj(w["prof_professional_job_title"]),
        "DEPARTMENT_NAME": _obj(w["prof_professional_department"]),
        "FULL_TIME_EQUIVALENCY": pd.to_numeric(w["prof_full_time_equivalency"]).to_numpy(dtype=float),
    }
    junk = ctx.new_ids(2)
    _add(
        out,
        "DIM_WORKER",
        {},
        [
            {"DIM_WORKER_ID": -1, "STAFF_ID": None, "FORENAME": "Not", "SURNAME": "Recorded"},
        ],
    )
    _add(
        out,
        "DIM_WORKER",
        workers,
        [
            {"DIM_WORKER_ID": int(junk[0]), "STAFF_ID": "unknown", "FORENAME": "System", "SURNAME": "Migration"},
            {"DIM_WORKER_ID": int(junk[1]), "STAFF_ID": " ", "FORENAME": "Admin", "SURNAME": "Account"},
        ],
    )
    return w


def _render_referrals(
    ctx: RenderContext,
    nz: _Noise,
    out: Frames,
    workers: pd.DataFrame,
    person_ids: list[int],
    outsiders: list[int],
) -> None:
    r = _truth(ctx, "ssd_cin_episodes")
    n = len(r)
    flags = _flags(nz, r["cine_referral_outcome_json"], REFERRAL_KEYS)
    nfa = flags["OUTCOME_NFA_FLAG"]
    flags["OUTCOME_NFA_FLAG"] = np.where(nfa == None, nz.yn(r["cine_referral_nfa"]), nfa)  # noqa: E711
    counted = sum((v != None).astype(int) for v in flags.values())  # noqa: E711
    worker = _obj(r["cine_referral_worker_id"])
    cols: Cols = {
        "FACT_REFERRAL_ID": _ints(r["cine_referral_id"]),
        "DIM_PERSON_ID": _ints(r["cine_person_id"]),
        "REFRL_START_DTTM": _dates(r["cine_referral_date"]),
        "REFRL_END_DTTM": _dates(r["cine_close_date"]),
        "DIM_LOOKUP_CATEGORY_OF_NEED_CODE": nz.pad(r["cine_cin_primary_need_code"]),
        "DIM_LOOKUP_CONT_SORC_ID": nz.pad(r["cine_referral_source_code"]),
        "DIM_LOOKUP_CONT_SORC_ID_DESC": nz.text(r["cine_referral_source_desc"]),
        "DIM_LOOKUP_REFRL_ENDRSN_ID_CODE": nz.pad(r["cine_close_reason"]),
        "DIM_DEPARTMENT_ID": _ints(r["cine_referral_team"]),
        "DIM_WORKER_ID": _ints(worker),
        "DIM_WORKER_ID_DESC": _lookup(worker, workers, "prof_professional_id", "prof_professional_name"),
        **flags,
        "TOTAL_NO_OF_OUTCOMES": np.where(counted > 0, counted, -1) if n else np.zeros(0, dtype=np.int64),
    }
    ids = ctx.new_ids(3)
    noise: list[Row] = [
        {
            "FACT_REFERRAL_ID": int(rid),
            "DIM_PERSON_ID": pid,
            "REFRL_START_DTTM": pd.Timestamp("2024-04-02"),
            "DIM_LOOKUP_CATEGORY_OF_NEED_CODE": "N4",
            "DIM_DEPARTMENT_ID": -1,
            "DIM_WORKER_ID": -1,
        }
        for pid, rid in zip(outsiders[-3:-1], ids[:2], strict=False)
    ]
    if person_ids:
        noise.append(
            {
                "FACT_REFERRAL_ID": int(ids[2]),
                "DIM_PERSON_ID": person_ids[0],
                "REFRL_START_DTTM": None,
                "DIM_LOOKUP_CATEGORY_OF_NEED_CODE": "N1",
                "DIM_DEPARTMENT_ID": -1,
                "DIM_WORKER_ID": -1,
            }
        )
    _add(out, "FACT_REFERRALS", cols, noise)


def _render_assessments(
    ctx: RenderContext, nz: _Noise, out: Frames, person_ids: list[int], outsiders: list[int]
) -> None:
    a = _truth(ctx, "ssd_cin_assessments")
    factors = _truth(ctx, "ssd_assessment_factors")
    factor_codes = np.array([r["code"] for r in _seed("dfe/dfe__cin_assessment_factors.csv")], dtype=object)
    n = len(a)
    aid = _obj(a["cina_assessment_id"])
    person = _ints(a["cina_person_id"])
    start, auth = _dates(a["cina_assessment_start_date"]), _dates(a["cina_assessment_auth_date"])
    seen = _obj(a["cina_assessment_child_seen"])
    form_ids = ctx.new_ids(n)
    answered = np.where(np.isnat(auth), start, auth)

    # Form answers: child seen, end date (completed only), the factors present (Yes) and two absent (No).
    has_seen, has_auth = np.flatnonzero(seen != None), np.flatnonzero(~np.isnat(auth))  # noqa: E711
    fac_rows, fac_codes = _parse_arrays(_lookup(aid, factors, "cinf_assessment_id", "cinf_assessment_factors_json"))
    k = len(factor_codes)
    first = nz.rng.integers(k, size=n)
    second = nz.rng.integers(k - 1, size=n)
    second += second >= first  # two different codes
    position = {code: j for j, code in enumerate(factor_codes)}
    pos = np.array([position.get(code, -1) for code in fac_codes], dtype=np.int64)
    present = np.zeros((n, k), dtype=bool)
    present[fac_rows[pos >= 0], pos[pos >= 0]] = True
    rows = np.arange(n)
    absent = [rows[~present[rows, first]], rows[~present[rows, second]]]
    absent_codes = [factor_codes[first][absent[0]], factor_codes[second][absent[1]]]

    answer_form = np.concatenate([has_seen, has_auth, fac_rows, *absent])
    answer_no = np.concatenate(
        [np.full(len(has_seen), SEEN_QUESTION, dtype=object), np.full(len(has_auth), END_DATE_QUESTION, dtype=object)]
        + [fac_codes.astype(object), *absent_codes]
    )
    answer = np.concatenate(
        [
            nz.answer_yes_no(seen[has_seen]),
            nz.ddmmyyyy(auth[has_auth]),
            nz.answer_yes_no(np.full(len(fac_rows), "Y", dtype=object)),
            nz.answer_yes_no(np.full(len(absent[0]) + len(absent[1]), "N", dtype=object)),
        ]
    )

    has_factors = _present(aid, factors, "cinf_assessment_id")
    no_factor_ids = ctx.new_ids(int((~has_factors).sum()))
    external = np.full(n, -1, dtype=np.int64)
    external[has_factors] = _ints(_lookup(aid[has_factors], factors, "cinf_assessment_id", "cinf_table_id"))
    external[~has_factors] = np.where(nz.chance(0.7, len(no_factor_ids)), no_factor_ids, -1)
    flags = _flags(nz, a["cina_assessment_outcome_json"], ASSESSMENT_KEYS)
    nfa = flags["OUTCOME_NFA_FLAG"]
    flags["OUTCOME_NFA_FLAG"] = np.where(nfa == None, nz.yn(a["cina_assessment_outcome_nfa"]), nfa)  # noqa: E711
    assessments: Cols = {
        "FACT_SINGLE_ASSESSMENT_ID": _ints(aid),
        "EXTERNAL_ID": external,
        "FACT_REFERRAL_ID": _ints(a["cina_referral_id"]),
        "FACT_FORM_ID": form_ids,
        "DIM_PERSON_ID": person,
        "START_DTTM": start,
        "DIM_LOOKUP_STEP_SUBSTATUS_CODE": np.where(np.isnat(auth), "P", "C").astype(object),
        **flags,
        "TOTAL_NO_OF_OUTCOMES": -1,
        "COMPLETED_BY_DEPT_ID": _ints(a["cina_assessment_team"]),
        "COMPLETED_BY_USER_ID": _ints(a["cina_assessment_worker_id"]),
    }

    # Drafts and cancelled assessments (with forms and factor answers), an unreadable end date,
    # and an assessment of someone outside ssd_person.
    n_noise = max(4, n // 10)
    kinds = np.array(["D", "X", "BADDATE", "OUTSIDER"], dtype=object)[np.arange(n_noise) % 4]
    if n:
        base = nz.rng.integers(n, size=n_noise)
        noise_person, noise_start = person[base], start[base]
        noise_referral = _ints(a["cina_referral_id"])[base]
    else:
        noise_person = np.full(n_noise, person_ids[0] if person_ids else outsiders[0])
        noise_start = np.full(n_noise, np.datetime64("2024-01-10", "ns"))
        noise_referral = np.full(n_noise, -1)
    noise_person = np.where(kinds == "OUTSIDER", outsiders[0], noise_person)
    end_text = np.where(kinds == "BADDATE", "31/02/2024", nz.ddmmyyyy(noise_start + _days(np.full(n_noise, 20))))
    end_text = np.where(kinds == "D", None, end_text)
    noise_forms = ctx.new_ids(n_noise)
    ids = ctx.new_ids(2 * n_noise)
    noise: Cols = {
        "FACT_SINGLE_ASSESSMENT_ID": ids[:n_noise],
        "EXTERNAL_ID": ids[n_noise:],
        "FACT_REFERRAL_ID": noise_referral,
        "FACT_FORM_ID": noise_forms,
        "DIM_PERSON_ID": noise_person,
        "START_DTTM": noise_start,
        "DIM_LOOKUP_STEP_SUBSTATUS_CODE": np.where(np.isin(kinds, ["D", "X"]), kinds, "C"),
        "OUTCOME_NFA_FLAG": "N",
        "COMPLETED_BY_DEPT_ID": -1,
        "COMPLETED_BY_USER_ID": -1,
    }
    _add(out, "FACT_SINGLE_ASSESSMENT", assessments)
    _add(out, "FACT_SINGLE_ASSESSMENT", noise)

    all_forms = np.concatenate([form_ids, noise_forms])
    _add(
        out,
        "FACT_FORMS",
        {
            "FACT_FORM_ID": all_forms,
            "DIM_PERSON_ID": np.concatenate([person, noise_person]),
            "DIM_LOOKUP_FORM_TYPE_ID_CODE": FORM_TYPE_ASSESSMENT,
        },
    )
    noise_form = np.tile(np.arange(n_noise), 3)
    n_answers = len(answer_form) + len(noise_form)
    _add(
        out,
        "FACT_FORM_ANSWERS",
        {
            "FACT_FORM_ANSWER_ID": ctx.new_ids(n_answers),
            "FACT_FORM_ID": np.concatenate([form_ids[answer_form], noise_forms[noise_form]]),
            "ANSWER_NO": np.concatenate(
                [answer_no, np.repeat(np.array([SEEN_QUESTION, END_DATE_QUESTION, "2B"], dtype=object), n_noise)]
            ),
            "ANSWER": np.concatenate(
                [answer, np.full(n_noise, "Yes", dtype=object), end_text, np.full(n_noise, "Yes", dtype=object)]
            ),
            "ANSWERED_DTTM": np.concatenate([answered[answer_form], noise_start[noise_form]]),
            "DIM_ASSESSMENT_TEMPLATE_ID_DESC": ASSESSMENT_TEMPLATE,
        },
    )


def _render_cin_plans(ctx: RenderContext, nz: _Noise, out: Frames, person_ids: list[int]) -> None:
    p = _truth(ctx, "ssd_cin_plans")
    n = len(p)
    sid = _ints(p["cinp_cin_plan_id"])
    person, referral = _ints(p["cinp_person_id"]), _ints(p["cinp_referral_id"])
    start, end = _dates(p["cinp_cin_plan_start_date"]), _dates(p["cinp_cin_plan_end_date"])
    status = np.where(np.isnat(end), "A", "C").astype(object)
    summaries: Cols = {
        "FACT_CARE_PLAN_SUMMARY_ID": sid,
        "FACT_REFERRAL_ID": referral,
        "DIM_PERSON_ID": person,
        "START_DTTM": start,
        "END_DTTM": end,
        "DIM_LOOKUP_PLAN_TYPE_CODE": PLAN_TYPE_CIN,
        "DIM_LOOKUP_PLAN_STATUS_ID_CODE": status,
    }
    worker, team = _obj(p["cinp_cin_plan_worker_id"]), _obj(p["cinp_cin_plan_team"])
    # no coordinator recorded at all
    kept = ~((worker == None) & (team == None) & nz.chance(0.5, n))  # noqa: E711
    # an earlier coordinator, replaced part-way through the plan
    earlier = kept & ~np.isnat(start) & nz.chance(0.3, n)
    handover = start.copy()
    e = np.flatnonzero(earlier)
    span = (np.where(np.isnat(end[e]), start[e] + _days(np.full(len(e), 60)), end[e]) - start[e]) // DAY
    handover[e] = start[e] + _days(np.maximum(0, span // 2))
    # the earlier coordinator's row has the lower id
    _add(
        out,
        "FACT_CARE_PLANS",
        {
            "FACT_CARE_PLAN_ID": ctx.new_ids(len(e)),
            "FACT_CARE_PLAN_SUMMARY_ID": sid[e],
            "DIM_PERSON_ID": person[e],
            "START_DTTM": start[e],
            "END_DTTM": handover[e],
            "MODIF_DTTM": start[e],
            "DIM_LOOKUP_PLAN_STATUS_ID_CODE": "C",
            "DIM_LOOKUP_PLAN_TYPE_ID_CODE": PLAN_TYPE_CIN,
            "DIM_PLAN_COORD_ID": 999_999_999,
            "DIM_PLAN_COORD_DEPT_ID": 999_999_998,
        },
    )
    k = np.flatnonzero(kept)
    _add(
        out,
        "FACT_CARE_PLANS",
        {
            "FACT_CARE_PLAN_ID": ctx.new_ids(len(k)),
            "FACT_CARE_PLAN_SUMMARY_ID": sid[k],
            "DIM_PERSON_ID": person[k],
            "START_DTTM": handover[k],
            "END_DTTM": end[k],
            "MODIF_DTTM": handover[k],
            "DIM_LOOKUP_PLAN_STATUS_ID_CODE": status[k],
            "DIM_LOOKUP_PLAN_TYPE_ID_CODE": PLAN_TYPE_CIN,
            "DIM_PLAN_COORD_ID": _ints(worker[k]),
            "DIM_PLAN_COORD_DEPT_ID": _ints(team[k]),
        },
    )
    # Deleted CIN plans (status z) and other plan types held in the same summary table.
    n_noise = max(3, n // 10)
    noise_ids = ctx.new_ids(n_noise)
    deleted = np.arange(n_noise) % 2 == 0
    if n:
        base = nz.rng.integers(n, size=n_noise)
        noise_person, noise_referral = person[base], referral[base]
    else:
        noise_person = np.full(n_noise, person_ids[0] if person_ids else -1)
        noise_referral = np.full(n_noise, -1)
    noise: Cols = {
        "FACT_CARE_PLAN_SUMMARY_ID": noise_ids,
        "FACT_REFERRAL_ID": noise_referral,
        "DIM_PERSON_ID": noise_person,
        "START_DTTM": np.full(n_noise, np.datetime64("2023-05-02", "ns")),
        "DIM_LOOKUP_PLAN_TYPE_CODE": np.where(deleted, PLAN_TYPE_CIN, nz.pick(("CP", "LAC", "EH"), n_noise)),
        "DIM_LOOKUP_PLAN_STATUS_ID_CODE": np.where(deleted, "z", "A").astype(object),
    }
    _add(out, "FACT_CARE_PLAN_SUMMARY", summaries)
    _add(out, "FACT_CARE_PLAN_SUMMARY", noise)


def _render_cin_visits(ctx: RenderContext, nz: _Noise, out: Frames, outsiders: list[int]) -> None:
    types = cin_visit_casenote_types()
    v = _truth(ctx, "ssd_cin_visits")
    cols: Cols = {
        "FACT_CASENOTE_ID": _ints(v["cinv_cin_visit_id"]),
        "DIM_PERSON_ID": _ints(v["cinv_person_id"]),
        "EVENT_DTTM": nz.time_of_day(v["cinv_cin_visit_date"]),
        "DIM_LOOKUP_CASNT_TYPE_ID_CODE": nz.pick(types, len(v)),
        "SEEN_FLAG": nz.yn(v["cinv_cin_visit_seen"]),
        "SEEN_ALONE_FLAG": nz.yn(v["cinv_cin_visit_seen_alone"]),
        "SEEN_BEDROOM_FLAG": nz.yn(v["cinv_cin_visit_bedroom"]),
    }
    noise = [
        {
            "FACT_CASENOTE_ID": int(vid),
            "DIM_PERSON_ID": pid,
            "EVENT_DTTM": pd.Timestamp("2024-06-03 11:00"),
            "DIM_LOOKUP_CASNT_TYPE_ID_CODE": types[0],
            "SEEN_FLAG": "Y",
        }
        for pid, vid in zip(outsiders[:2], ctx.new_ids(2), strict=False)
    ]
    _add(out, "FACT_CASENOTES", cols, noise)


def _render_involvements(ctx: RenderContext, nz: _Noise, out: Frames, outsiders: list[int]) -> None:
    r = _truth(ctx, "ssd_involvements")
    n = len(r)
    team = _ints(r["invo_professional_team"])
    in_history = (team != -1) & nz.chance(0.2, n)
    role = _obj(r["invo_professional_role_id"])
    person, worker = _ints(r["invo_person_id"]), _ints(r["invo_professional_id"])
    cols: Cols = {
        "FACT_INVOLVEMENTS_ID": _ints(r["invo_involvements_id"]),
        "DIM_PERSON_ID": person,
        "DIM_WORKER_ID": worker,
        "DIM_DEPARTMENT_ID": np.where(in_history, -1, team),
        "FACT_WORKER_HISTORY_DEPARTMENT_ID": np.where(in_history | nz.chance(0.5, n), team, -1),
        "IS_ALLOCATED_CW_FLAG": nz.yn(np.where(role == "CW", "Y", "N").astype(object)),
        "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": role,
        "DIM_LOOKUP_CWREASON_CODE": _obj(r["invo_worker_change_reason"]),
        "FACT_REFERRAL_ID": _ints(r["invo_referral_id"]),
        "START_DTTM": _dates(r["invo_involvement_start_date"]),
        "END_DTTM": _dates(r["invo_involvement_end_date"]),
    }
    ids = ctx.new_ids(3)
    noise: list[Row] = [
        {
            "FACT_INVOLVEMENTS_ID": int(iid),
            "DIM_PERSON_ID": pid,
            "DIM_WORKER_ID": -1,
            "DIM_DEPARTMENT_ID": -1,
            "IS_ALLOCATED_CW_FLAG": "Y",
            "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "CW",
            "FACT_REFERRAL_ID": -1,
            "START_DTTM": pd.Timestamp("2020-01-06"),
        }
        for pid, iid in zip(outsiders[:2], ids[:2], strict=False)
    ]
    if n:
        noise.append(
            {
                "FACT_INVOLVEMENTS_ID": int(ids[2]),
                "DIM_PERSON_ID": int(person[0]),
                "DIM_WORKER_ID": int(worker[0]),
                "DIM_DEPARTMENT_ID": -1,
                "IS_ALLOCATED_CW_FLAG": "Y",
                "DIM_LOOKUP_INVOLVEMENT_TYPE_CODE": "CW",
                "FACT_REFERRAL_ID": -1,
                "START_DTTM": None,
            }
        )
    _add(out, "FACT_INVOLVEMENTS", cols, noise)
