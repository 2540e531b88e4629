"""Azeus, mapped as far as the public material knows it: every SSD table is mapped or has a reason, impossible split
dates are quarantined (never shifted), the build on PostgreSQL, and fast renderer checks of the Azeus quirks (tiny
LA, no dbt). The SSD against the truth and conservation: test_suppliers_oracle.py (every supplier alike)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from ssd_kit import spec, suppliers
from ssd_kit.db import Target, query_df
from ssd_sim.oracle import compare_declared, format_report
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


@pytest.fixture(scope="module")
def azeus_la(tiny_la) -> Target:
    return tiny_la(SUPPLIER)


def test_impossible_split_dates_are_quarantined_not_shifted(azeus_la) -> None:
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
        results = compare_declared(target, list(spec.ALL_TABLES), supplier=SUPPLIER)
        assert all(r.ok for r in results), format_report([r for r in results if not r.ok])
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
