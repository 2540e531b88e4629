"""Every simulated supplier, one set of tests: the tiny LA rendered into the supplier's raw schema and built by dbt
(fixture tiny_la, shared with the equivalence tests) gives an SSD equal to the truth under exactly the gaps its
suppliers/<name>/supplier.yml declares, loses no raw row, and quarantines the noise its renderer plants with a
catalogued reason. Supplier-specific checks (renderer quirks, returns, PostgreSQL) stay in test_oracle_<name>.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

from ssd_kit import spec
from ssd_kit.db import PROJECT_DIR, query_df
from ssd_sim.equivalence import Exceptions
from ssd_sim.oracle import compare_declared, format_report
from ssd_sim.render import SUPPLIERS

# Tables the tiny LA holds no truth rows for, so equality there proves nothing: no young woman in its care has a
# baby. The small Liquidlogic LA (test_oracle_liquidlogic.py) has mothers; the other suppliers' mother mappings are
# checked only for emptiness here.
EMPTY_AT_TINY = frozenset({"ssd_mother"})

# The noise each renderer plants, and the (SSD table, reason) it must reach the quarantine as.
EXPECTED_QUARANTINE: dict[str, list[tuple[str, str]]] = {
    "liquidlogic": [
        ("ssd_person", "not_a_client"),
    ],
    "mosaic": [
        ("ssd_person", "no_child_social_care_activity"),
        ("ssd_contacts", "cancelled_step"),
        ("ssd_cin_assessments", "cancelled_step"),
        ("ssd_disability", "no_national_disability_code"),
        ("ssd_family", "not_a_person_subject"),
        ("ssd_linked_identifiers", "not_a_linked_identifier_type"),
        ("ssd_cp_plans", "temporary_cp_plan"),
        ("ssd_cla_placement", "superseded_placement_split"),
        ("ssd_department", "not_a_team"),
        ("ssd_mother", "person_not_in_ssd_person"),
    ],
    "eclipse": [
        ("ssd_person", "test_person"),
        ("ssd_person", "flagged_duplicate"),
        ("ssd_person", "worker_not_a_client"),
        ("ssd_contacts", "form_not_complete"),
        ("ssd_cin_assessments", "cancelled_form"),
        ("ssd_cin_plans", "merged_into_earlier_period"),
        ("ssd_disability", "disability_ended"),
        ("ssd_mother", "not_a_mother_relation"),
        ("ssd_family", "not_a_family_group"),
        ("ssd_department", "not_a_childrens_services_team"),
        ("ssd_legal_status", "continues_legal_status"),
        ("ssd_early_help_episodes", "merged_into_earlier_period"),
    ],
    "azeus": [
        ("ssd_person", "invalid_date_parts"),
        ("ssd_person", "not_a_client"),
        ("ssd_disability", "disability_ended"),
        ("ssd_disability", "no_national_disability_code"),
        ("ssd_immigration_status", "record_not_valid"),
        ("ssd_mother", "not_a_mother_relation"),
        ("ssd_contacts", "withdrawn_record"),
        ("ssd_linked_identifiers", "not_a_linked_identifier_type"),
        ("ssd_linked_identifiers", "current_identifier"),
    ],
}


def test_every_simulated_supplier_is_covered() -> None:
    assert set(EXPECTED_QUARANTINE) == set(SUPPLIERS)


@pytest.mark.parametrize("supplier", SUPPLIERS)
def test_ssd_equals_the_truth_under_exactly_the_declared_gaps(tiny_la, supplier: str) -> None:
    """`ssd oracle --supplier S` (compare_declared) holds for every table, no table leans on a gap the supplier does
    not declare, and every table the supplier fills has truth rows to compare (so equality is not vacuous)."""
    results = compare_declared(tiny_la(supplier), list(spec.ALL_TABLES), supplier=supplier)
    assert all(r.ok for r in results), format_report([r for r in results if not r.ok])
    declared = Exceptions.of(supplier)
    leaning = {r.table for r in results if r.note}
    assert leaning == set(declared.no_source) | {t for t, _ in [*declared.json_key_gaps, *declared.id_schemes]}
    for r in results:
        if r.table in spec.NO_CMS_SOURCE or r.table in declared.no_source:
            assert r.ssd_rows == 0, f"{supplier} {r.table}: no source, it must be empty"
        elif r.table not in EMPTY_AT_TINY:
            assert r.truth_rows > 0, f"{r.table}: the simulator produced no rows, so the test proves nothing"


@pytest.mark.parametrize("supplier", SUPPLIERS)
def test_no_raw_row_is_lost(tiny_la, supplier: str) -> None:
    target = tiny_la(supplier)
    cons = query_df(target, f"select * from {target.rel('quality', 'dq_conservation')}")
    assert sorted(cons["ssd_table"]) == sorted(spec.ALL_TABLES)
    assert (cons["unaccounted_rows"] == 0).all(), cons.to_string()


@pytest.mark.parametrize("supplier", SUPPLIERS)
def test_planted_noise_is_quarantined_with_a_catalogued_reason(tiny_la, supplier: str) -> None:
    target = tiny_la(supplier)
    q = query_df(
        target,
        f"select ssd_table, dq_reason, count(*) as n from {target.rel('quality', 'dq_quarantine')} group by 1, 2",
    )
    reasons = pd.read_csv(PROJECT_DIR / "seeds" / "ssd" / "ssd__dq_reasons.csv")["dq_reason"]
    assert set(q["dq_reason"]) <= set(reasons), set(q["dq_reason"]) - set(reasons)
    found = set(zip(q["ssd_table"], q["dq_reason"], strict=True))
    missing = [e for e in EXPECTED_QUARANTINE[supplier] if e not in found]
    assert not missing, f"{supplier}: not quarantined {missing}:\n{q.to_string()}"
