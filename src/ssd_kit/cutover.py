"""An LA that changed systems: the facts the generated cut-over models (models/intermediate/cutover) are built from.

Which column of each SSD table names its person, which tables each system keeps whole, which columns hold a
system's ids (namespaced by dbt, `ssd_cutover_id`) and which as-at facts only the current system knows. The rule
itself is in SUPPLIERS.md ("An LA that changed systems"); `ssd gen-ssd` (specgen) writes the models from these
facts, and the simulator's cut-over split (ssd_sim.render.cutover) follows the same facts.
"""

from __future__ import annotations

from ssd_kit import spec

# The column naming the person a table's row belongs to (its ssd_person foreign key).
PERSON_COLUMN: dict[str, str] = {}
for _t in spec.ALL_TABLES:
    for _f in spec.table_fields(_t):
        if _f.foreign_key == "ssd_person.pers_person_id" and _t not in PERSON_COLUMN:
            PERSON_COLUMN[_t] = _f.column
PERSON_COLUMN["ssd_person"] = "pers_person_id"
PERSON_COLUMN["ssd_api_data_staging"] = "person_id"

# Tables with no person column whose rows belong to a parent row's person: (fk column, parent, parent key).
PERSON_VIA_PARENT: dict[str, tuple[str, str, str]] = {
    "ssd_assessment_factors": ("cinf_assessment_id", "ssd_cin_assessments", "cina_assessment_id"),
}

# Tables each system keeps whole (shared reference data): workers, teams, the release log, and the SSD
# tables with no person (empty for every case management system).
SHARED_TABLES: tuple[str, ...] = tuple(
    t for t in spec.ALL_TABLES if t not in PERSON_COLUMN and t not in PERSON_VIA_PARENT
)

# Taken from the new system only (the same rows in both: not CMS data, so not namespaced either).
NEW_SYSTEM_ONLY: tuple[str, ...] = ("ssd_version_log",)

# As-at facts only the current system knows: null in the history system's rows (a worker's caseload counts the
# cases open at the latest 30 September, which the current system holds).
HISTORY_NULL_COLUMNS: dict[str, tuple[str, ...]] = {
    "ssd_professionals": ("prof_professional_caseload",),
}

# Id columns that are neither a primary nor a foreign key in the spec but still hold a system's ids.
EXTRA_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "ssd_api_data_staging": ("person_id",),
    "ssd_cla_episodes": ("clae_cla_id", "clae_referral_id"),
    "ssd_cla_visits": ("clav_cla_id",),
    "ssd_cp_plans": ("cppl_referral_id",),
    "ssd_cp_reviews": ("cppr_cp_review_meeting_id",),
    "ssd_cp_visits": ("cppv_cp_plan_id",),
    "ssd_family": ("fami_table_id",),
    "ssd_initial_cp_conference": ("icpc_icpc_meeting_id", "icpc_cp_plan_id"),
    "ssd_involvements": ("invo_referral_id",),
    "ssd_permanence": ("perm_cla_id",),
}


def id_columns(table: str) -> list[str]:
    """The columns holding a system's ids (keys, foreign keys and other record ids): namespaced in a cut-over."""
    if table in NEW_SYSTEM_ONLY:
        return []
    extra = EXTRA_ID_COLUMNS.get(table, ())
    return [
        f.column for f in spec.table_fields(table)
        if f.logical_type == "string" and (f.primary_key or f.foreign_key or f.column in extra)
    ]
