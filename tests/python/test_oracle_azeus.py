"""Azeus, mapped as far as the public material knows it: the SSD built by dbt from simulated Azeus (ghost-DDL)
tables equals the truth for the mapped tables, is empty for every table without a known Azeus source, and loses
no raw row (small LA on DuckDB, tiny LA on PostgreSQL); plus fast renderer checks of the Azeus quirks (tiny LA,
no dbt)."""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pandas as pd
import pytest

from ssd_kit import jsonfmt, spec, suppliers
from ssd_kit.db import PROJECT_DIR, Target, query_df
from ssd_sim.oracle import compare_table, format_report, supplier_gaps
from ssd_sim.render import azeus

from _support import AS_AT, SEED, build_la

SUPPLIER = "azeus"

# Tables with a known Azeus source that the mapping does not build yet (none: what is known is mapped).
NOT_YET_MAPPED: frozenset[str] = frozenset()
# Tables with no known Azeus source: typed, zero-row models, whatever the truth holds.
GAPS = suppliers.load("azeus").gaps  # suppliers/azeus/supplier.yml
NO_SOURCE = frozenset(GAPS.no_source_tables)
EMPTY_BY_SPEC = frozenset(spec.NO_CMS_SOURCE)
MAPPED = [t for t in spec.ALL_TABLES if t not in NOT_YET_MAPPED | NO_SOURCE | EMPTY_BY_SPEC]


def test_every_table_is_mapped_or_has_a_reason() -> None:
    assert set(MAPPED) == {
        "ssd_person",
        "ssd_address",
        "ssd_disability",
        "ssd_immigration_status",
        "ssd_legal_status",
        "ssd_mother",
        "ssd_contacts",
        "ssd_cla_episodes",
        "ssd_linked_identifiers",
        "ssd_version_log",
    }
    assert not NO_SOURCE & EMPTY_BY_SPEC
    assert "ssd_version_log" not in GAPS.cannot_carry  # the SSD's own release history, not Azeus data
    assert set(MAPPED) | NO_SOURCE | EMPTY_BY_SPEC | NOT_YET_MAPPED == set(spec.ALL_TABLES)
    assert all(reason.strip() for reason in GAPS.no_source_tables.values())
    for table, cols in GAPS.cannot_carry.items():
        assert table in MAPPED and set(cols) <= set(spec.columns(table)), table


def _json_gap_diff(target: Target, table: str) -> tuple[int, int, int]:
    """(missing, unexpected, truth rows) of `table` once the JSON keys Azeus cannot carry are nulled in the truth."""
    gaps = supplier_gaps(SUPPLIER).get(table, ())
    cols = [c for c in spec.columns(table) if c not in gaps]
    truth = query_df(target, f"select * from {target.rel('truth', table)}")
    ssd = query_df(target, f"select * from {target.rel('ssd', table)}")
    for col in gaps:
        assert ssd[col].isna().all(), f"{table}.{col}: Azeus cannot carry it, the SSD must hold null"
    for (tab, col), keys in GAPS.json_key_gap_map().items():
        if tab != table:
            continue

        def blank(text: object, keys: tuple[str, ...] = keys) -> object:
            if not isinstance(text, str):
                return text
            obj = json.loads(text)
            return jsonfmt.json_object({k: (None if k in keys else v) for k, v in obj.items()})

        truth[col] = truth[col].map(blank)
    key = lambda df: df[cols].astype(str).agg("|".join, axis=1)  # noqa: E731
    t, s = list(key(truth)), list(key(ssd))
    return len(set(t) - set(s)), len(set(s) - set(t)), len(truth)


def _check_table(target: Target, table: str, expect_rows: bool = True) -> None:
    if table in NOT_YET_MAPPED | NO_SOURCE | EMPTY_BY_SPEC:
        n = int(query_df(target, f"select count(*) as n from {target.rel('ssd', table)}")["n"].iloc[0])
        assert n == 0, f"{table}: Azeus builds it empty, found {n} rows"
        return
    if any(tab == table for tab, _ in GAPS.json_key_gap_map()):
        missing, unexpected, rows = _json_gap_diff(target, table)
        assert missing == 0 and unexpected == 0, (table, missing, unexpected)
        assert not expect_rows or rows > 0
        return
    result = compare_table(target, table, gaps=supplier_gaps(SUPPLIER).get(table, ()))
    assert result.ok, format_report([result])
    if expect_rows:
        assert result.truth_rows > 0, f"{table}: the simulator produced no rows, so the test proves nothing"


@pytest.fixture(scope="module")
def azeus_la(tmp_path_factory: pytest.TempPathFactory) -> Target:
    path = tmp_path_factory.mktemp("azeus") / "azeus.duckdb"
    target = replace(Target.from_env("duckdb"), duckdb_path=path, schema_prefix="")
    os.environ.pop("SSD_SCHEMA_PREFIX", None)
    build_la(target, "small", supplier=SUPPLIER, returns=False)
    return target


@pytest.mark.parametrize("table", spec.ALL_TABLES)
def test_ssd_table_equals_truth_or_is_empty(azeus_la: Target, table: str) -> None:
    _check_table(azeus_la, table)


def test_only_the_no_source_tables_differ(azeus_la: Target) -> None:
    from ssd_sim.oracle import compare_all

    results = compare_all(azeus_la, list(spec.ALL_TABLES), supplier=SUPPLIER)
    differing = {r.table for r in results if not r.ok}
    allowed = NOT_YET_MAPPED | NO_SOURCE | {t for t, _ in GAPS.json_key_gap_map()}
    assert differing <= allowed, format_report([r for r in results if r.table in differing - allowed])


def test_no_supplier_row_is_lost(azeus_la: Target) -> None:
    cons = query_df(azeus_la, f"select * from {azeus_la.rel('quality', 'dq_conservation')}")
    assert sorted(cons["ssd_table"]) == sorted(spec.ALL_TABLES)
    assert (cons["unaccounted_rows"] == 0).all(), cons.to_string()


def test_quarantine_reasons_are_catalogued_and_catch_the_noise(azeus_la: Target) -> None:
    q = query_df(
        azeus_la,
        f"select ssd_table, dq_reason, count(*) as n from {azeus_la.rel('quality', 'dq_quarantine')} group by 1, 2",
    )
    reasons = pd.read_csv(PROJECT_DIR / "seeds" / "ssd" / "ssd__dq_reasons.csv")["dq_reason"]
    assert set(q["dq_reason"]) <= set(reasons), set(q["dq_reason"]) - set(reasons)
    found = set(zip(q["ssd_table"], q["dq_reason"], strict=True))
    for expected in [
        ("ssd_person", "invalid_date_parts"),
        ("ssd_person", "not_a_client"),
        ("ssd_address", "person_not_in_ssd_person"),
        ("ssd_disability", "disability_ended"),
        ("ssd_disability", "no_national_disability_code"),
        ("ssd_immigration_status", "record_not_valid"),
        ("ssd_immigration_status", "unknown_immigration_status_description"),
        ("ssd_legal_status", "unknown_legal_status_code"),
        ("ssd_mother", "not_a_mother_relation"),
        ("ssd_contacts", "withdrawn_record"),
        ("ssd_contacts", "missing_contact_date"),
        ("ssd_cla_episodes", "unknown_episode_start_reason"),
        ("ssd_cla_episodes", "missing_start_date"),
        ("ssd_linked_identifiers", "not_a_linked_identifier_type"),
        ("ssd_linked_identifiers", "current_identifier"),
        ("ssd_linked_identifiers", "record_not_valid"),
    ]:
        assert expected in found, f"{expected} not quarantined:\n{q.to_string()}"


def test_impossible_split_dates_are_quarantined_not_shifted(azeus_la: Target) -> None:
    """31/02 and month 13 never become a date (no engine rolls them into March or the next year)."""
    raw = query_df(azeus_la, f"select * from {azeus_la.rel('azeus_prod', 'SVC_USR')}")
    bad = raw[((raw["DOB_DAY"] == 31) & (raw["DOB_MTH"] == 2)) | (raw["DOB_MTH"] == 13)]
    assert len(bad) >= 2
    q = query_df(
        azeus_la,
        f"select source_key from {azeus_la.rel('quality', 'dq_quarantine')} "
        "where ssd_table = 'ssd_person' and dq_reason = 'invalid_date_parts'",
    )
    assert set(bad["SVC_USR_REF_NO"].astype(str)) == set(q["source_key"].astype(str))


def test_postgres_tiny_la_equals_truth(postgres_target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Azeus mapping (split-date macros included) builds on PostgreSQL and equals the truth there too."""
    from ssd_kit.db import connect

    target = replace(postgres_target, schema_prefix="pytest_azeus_")
    monkeypatch.setenv("SSD_SCHEMA_PREFIX", target.schema_prefix)
    try:
        build_la(target, "tiny", supplier=SUPPLIER, returns=False)
        for table in spec.ALL_TABLES:
            _check_table(target, table, expect_rows=False)
    finally:
        with connect(target) as con:
            cur = con.cursor()
            cur.execute(
                "select schema_name from information_schema.schemata where schema_name like %s",
                (target.schema_prefix + "%",),
            )
            for (name,) in cur.fetchall():
                cur.execute(f'drop schema "{name}" cascade')
            con.commit()


# ---------------------------------------------------------------- renderer quirks (tiny LA, no dbt)
@pytest.fixture(scope="module")
def tiny() -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    from ssd_sim.simulate import simulate

    truth = simulate("tiny", SEED, 6, AS_AT)
    return truth, azeus.render(truth, seed=SEED)


def test_raw_schema_is_declared(tiny: tuple) -> None:
    _, raw = tiny
    assert set(raw) == set(azeus.raw_schema())
    for name, cols in azeus.raw_schema().items():
        assert list(raw[name].columns) == list(cols), name


def test_dates_are_split_into_day_month_year(tiny: tuple) -> None:
    truth, raw = tiny
    su = raw["SVC_USR"]
    assert not {"DOB", "DATE_OF_BIRTH"} & set(su.columns)
    p = truth["ssd_person"].assign(pers_person_id=lambda d: d["pers_person_id"].astype("int64"))
    merged = p.merge(su, left_on="pers_person_id", right_on="SVC_USR_REF_NO")
    born = merged[merged["pers_dob"].notna()]
    rebuilt = pd.to_datetime(
        {"year": born["DOB_YR"].astype(int), "month": born["DOB_MTH"].astype(int), "day": born["DOB_DAY"].astype(int)}
    )
    assert (rebuilt.to_numpy() == pd.to_datetime(born["pers_dob"]).to_numpy()).all()
    impossible = ((su["DOB_DAY"] == 31) & (su["DOB_MTH"] == 2)) | (su["DOB_MTH"] == 13)
    assert impossible.sum() >= 2, "planted impossible dates (31/02, month 13)"
    assert not su.loc[impossible, "SVC_USR_REF_NO"].astype(str).isin(truth["ssd_person"]["pers_person_id"]).any()
    assert (su["SVC_USR_IND"] == "N").any(), "non-service users are in SVC_USR too"


def test_identifiers_have_validity_windows_and_traps(tiny: tuple) -> None:
    truth, raw = tiny
    ids = raw["SVC_USR_ID"]
    types = set(ids["ID_TYP"].str.strip())
    assert {"UPN", "NHS"} <= types, "any-row joins pick an NHS number"
    upn = ids[ids["ID_TYP"].str.strip() == "UPN"]
    assert (upn["VALID_IND"] == "N").any(), "UPN rows flagged not valid"
    former = upn[upn["PRIMARY_ID_IND"] == "N"]
    links = truth["ssd_linked_identifiers"]
    assert sorted(former["ID_NO"]) == sorted(links["link_identifier_value"]), "former UPNs are SVC_USR_ID rows"
    assert former["EFFECT_DT_FR"].isna().all(), "migrated former UPNs carry no window"
    current = upn[(upn["VALID_IND"] == "Y") & upn["EFFECT_DT_FR"].notna()]
    expected = truth["ssd_person"].dropna(subset=["pers_upn"])
    assert dict(zip(current["SVC_USR_REF_NO"].astype(str), current["ID_NO"], strict=True)) == dict(
        zip(expected["pers_person_id"], expected["pers_upn"], strict=True)
    )
    su = raw["SVC_USR"].set_index(raw["SVC_USR"]["SVC_USR_REF_NO"].astype(str))
    stale = su.loc[expected["pers_person_id"], "UPN_UNKNWN_REAS"].notna()
    assert stale.any(), "a UPN-unknown reason left on some children who have a UPN"


def test_nvarchar_padding_and_text_keys(tiny: tuple) -> None:
    _, raw = tiny
    su = raw["SVC_USR"]
    assert su["ETHNIC_ORIGIN"].dropna().str.endswith(" ").any()
    assert set(su["CURRENT_GENDER"].dropna().str.strip()) <= {"Male", "Female", "Not Known"}
    assert raw["INIT_CONT"]["SVC_USR_REF_NO"].map(type).eq(str).all()
    assert raw["INIT_CONT"]["SVC_USR_REF_NO"].str.startswith(" ").any()
    assert raw["SVC_USR_LA_LGL_STATUS"]["LAC_LGL_STATUS"].dropna().str.contains(r"[a-z]").any()


def test_addresses_are_keyed_by_audit_id_without_dates(tiny: tuple) -> None:
    truth, raw = tiny
    addr = raw["SVC_USR_ADDR"]
    assert not {c for c in addr.columns if "DT" in c}, "the ghost DDL gives SVC_USR_ADDR no dates"
    assert set(truth["ssd_address"]["addr_table_id"]) <= set(addr["S_REC_ID"])
    assert addr["UNIT_FLAT_START_NO"].dropna().str.fullmatch(r"\d+").any(), "flat numbers without 'Flat '"


def test_looked_after_episodes_have_no_period_id(tiny: tuple) -> None:
    truth, raw = tiny
    la = raw["SVC_USR_LA_STATUS"]
    assert not {c for c in la.columns if "CLA_ID" in c or "PERIOD" in c}
    assert set(truth["ssd_cla_episodes"]["clae_cla_episode_id"]) <= set(la["SVC_USR_LA_STATUS_ID"].astype(str))
    assert la["LA_LA_REASONS"].dropna().str.endswith(" ").any(), "NVARCHAR padding on the 903 codes"


def test_relationships_are_stored_both_ways(tiny: tuple) -> None:
    truth, raw = tiny
    rel = raw["SVC_USR_REL"]
    mothers = rel[rel["REL_CD"] == "MOTHER"]
    assert len(mothers) == len(truth["ssd_mother"])
    if len(mothers):
        mirror = rel.set_index("REL_ID").loc[mothers["PAIR_REL_ID"].astype("int64")]
        assert (mirror["REL_CD"] == "CHILD").all()


def test_render_is_deterministic(tiny: tuple) -> None:
    truth, raw = tiny
    again = azeus.render(truth, seed=SEED)
    for name, df in raw.items():
        pd.testing.assert_frame_equal(df, again[name], check_dtype=True, obj=name)


def test_the_oracle_applies_exactly_the_declared_gaps(azeus_la: Target) -> None:
    """`ssd oracle --supplier ...` (compare_declared): every table holds once the renderer's declared gaps are
    applied, and no more tables lean on a gap than the renderer declares."""
    from ssd_sim.equivalence import Exceptions
    from ssd_sim.oracle import compare_declared

    results = compare_declared(azeus_la, list(spec.ALL_TABLES), supplier=SUPPLIER)
    assert all(r.ok for r in results), format_report([r for r in results if not r.ok])
    declared = Exceptions.of(SUPPLIER)
    leaning = {r.table for r in results if r.note}
    assert leaning == set(declared.no_source) | {t for t, _ in [*declared.json_key_gaps, *declared.id_schemes]}
    assert sum(1 for r in results if not r.note) >= 19
