"""Cross-supplier equivalence: the same simulated LA built from Liquidlogic, Mosaic and Eclipse gives the same SSD,
table by table, except where a supplier declares it cannot carry something (issue #3, part 3).

test_suppliers_oracle.py checks each supplier against the truth; this module checks the suppliers against each
other directly, on the same `tiny` LA builds (fixture tiny_la, built once per supplier), and shows the comparison can
fail. `ssd equivalence --profile small` (or `ssd bench --equivalence`, median) runs it at scale.
"""

from __future__ import annotations

import pandas as pd
import pytest

from ssd_kit import spec
from ssd_sim.equivalence import DEFAULT_SUPPLIERS, Exceptions, compare_built, compare_frames

from _support import SEED

NONE = Exceptions({}, {}, {})


def _person(n: int = 3) -> pd.DataFrame:
    cols = spec.columns("ssd_person")
    df = pd.DataFrame({c: [None] * n for c in cols})
    df["pers_person_id"] = [str(i) for i in range(n)]
    df["pers_sex"] = "F"
    df["pers_dob"] = pd.to_datetime(["2015-01-02"] * n)
    return df


def test_identical_frames_are_equal() -> None:
    res = compare_frames("ssd_person", "a", _person(), "b", _person(), NONE, NONE)
    assert res.ok and res.status == "equal" and (res.only_left, res.only_right) == (0, 0)


def test_a_changed_value_differs_and_is_counted() -> None:
    right = _person()
    right.loc[1, "pers_sex"] = "M"
    res = compare_frames("ssd_person", "a", _person(), "b", right, NONE, NONE)
    assert not res.ok and (res.only_left, res.only_right) == (1, 1)
    assert set(res.examples["only_in"]) == {"a", "b"}


def test_a_duplicated_row_differs() -> None:
    left = _person()
    res = compare_frames("ssd_person", "a", pd.concat([left, left.iloc[[0]]]), "b", left, NONE, NONE)
    assert not res.ok and (res.only_left, res.only_right) == (1, 0)


def test_a_declared_gap_is_nulled_on_both_sides_and_only_there() -> None:
    gap = Exceptions({"ssd_person": ("pers_sex",)}, {}, {})
    right = _person()
    right["pers_sex"] = None
    res = compare_frames("ssd_person", "a", _person(), "b", right, NONE, gap)
    assert res.ok and res.status == "equal except declared gaps" and res.nulled == ["pers_sex"]
    right.loc[0, "pers_dob"] = pd.Timestamp("2016-01-02")
    assert not compare_frames("ssd_person", "a", _person(), "b", right, NONE, gap).ok


def test_a_json_key_gap_blanks_that_key_only() -> None:
    cols = spec.columns("ssd_address")
    base = pd.DataFrame({c: [None] for c in cols})
    base["addr_table_id"] = "1"
    left, right = base.copy(), base.copy()
    left["addr_address_json"] = '{"POSTCODE": "AB1 2CD", "EASTING": 1}'
    right["addr_address_json"] = '{"POSTCODE": "AB1 2CD", "EASTING": null}'
    gap = Exceptions({}, {}, {("ssd_address", "addr_address_json"): ("EASTING",)})
    assert compare_frames("ssd_address", "a", left, "b", right, NONE, gap).ok
    right["addr_address_json"] = '{"POSTCODE": "ZZ9 9ZZ", "EASTING": null}'
    assert not compare_frames("ssd_address", "a", left, "b", right, NONE, gap).ok


def test_a_no_source_table_must_be_empty() -> None:
    none = Exceptions({}, {"ssd_person": "no person table"}, {})
    assert compare_frames("ssd_person", "a", _person(), "b", _person(0), NONE, none).ok
    assert not compare_frames("ssd_person", "a", _person(), "b", _person(), NONE, none).ok


def test_every_registered_supplier_declares_well_formed_exceptions() -> None:
    from ssd_sim.render import SUPPLIERS

    for supplier in SUPPLIERS:
        exc = Exceptions.of(supplier)
        for table, cols in exc.cannot_carry.items():
            assert table in spec.ALL_TABLES and set(cols) <= set(spec.columns(table)), (supplier, table)
        assert set(exc.no_source) <= set(spec.ALL_TABLES), supplier
        for table, col in [*exc.json_key_gaps, *exc.id_schemes]:
            assert col in spec.columns(table), (supplier, table, col)


def test_an_own_id_scheme_is_left_out_but_rows_still_match_one_for_one() -> None:
    own = Exceptions({}, {}, {}, {("ssd_person", "pers_person_id"): "numbered its own way"})
    right = _person()
    right["pers_person_id"] = ["x", "y", "z"]
    assert compare_frames("ssd_person", "a", _person(), "b", right, NONE, own).ok
    assert not compare_frames("ssd_person", "a", _person(), "b", right.iloc[:2], NONE, own).ok


@pytest.fixture(scope="module")
def report(tiny_la):
    """The three full suppliers' SSDs of the tiny LA (fixture tiny_la: the same builds test_suppliers_oracle checks,
    built once), compared with the truth and pairwise."""
    return compare_built({s: tiny_la(s) for s in DEFAULT_SUPPLIERS}, "tiny", SEED)


def test_three_suppliers_build_the_same_ssd(report) -> None:
    assert report.suppliers == list(DEFAULT_SUPPLIERS)
    assert report.ok, report.describe()
    n = len(spec.ALL_TABLES)
    assert len(report.vs_truth) == 3 * n and len(report.pairwise) == 3 * n


def test_the_comparison_had_rows_to_compare(report) -> None:
    """Most tables hold rows even in the tiny LA, so equality is not vacuous."""
    compared = [c for c in report.pairwise if c.status.startswith("equal") and c.left_rows > 0]
    assert len(compared) >= 3 * 25, report.describe()


def test_a_corrupted_supplier_table_is_reported(report, tiny_la) -> None:
    """Mutation: one changed cell in one supplier's SSD makes both its truth and pairwise comparisons fail."""
    from ssd_kit.db import query_df

    path, liquidlogic = tiny_la("mosaic"), tiny_la("liquidlogic")
    mosaic = query_df(path, f"select * from {path.rel('ssd', 'ssd_cin_episodes')}")
    assert len(mosaic) > 0
    other = query_df(liquidlogic, f"select * from {liquidlogic.rel('ssd', 'ssd_cin_episodes')}")
    mosaic.loc[0, "cine_referral_source_code"] = "ZZ"
    res = compare_frames("ssd_cin_episodes", "mosaic", mosaic, "liquidlogic", other,
                         Exceptions.of("mosaic"), Exceptions.of("liquidlogic"))
    assert not res.ok and (res.only_left, res.only_right) == (1, 1)
