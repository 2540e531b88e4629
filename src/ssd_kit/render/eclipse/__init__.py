"""Render the truth into OLM Eclipse's reporting views (PostgreSQL), as the D2I Eclipse SSD extract reads them.

Eclipse (OLM, successor to CareFirst) keeps almost everything as **form answers** (FORMANSWERPERSONVIEW: one
row per answered control of a form instance, LA-specific form design GUIDs) and **classifications**
(CLASSIFICATIONPERSONVIEW: a person is "in" a classification path/code for a date range: CIN plans, CIN
episodes, disabilities, immigration statuses, UPN-unknown reasons). People, children and workers alike,
are PERSONVIEW / PERSONDEMOGRAPHICSVIEW rows; worker and team allocations are relationship rows.
See people.py for the quirks rendered. A faithful but workable subset: the tables and columns needed to
carry the SSD fields the source map gives a source for.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit.render.base import RenderContext, assemble
from ssd_kit.render.eclipse import adoption, care, earlyhelp, forms, outcomes, people

SUPPLIER = "eclipse"
DEFAULT_SCHEMA = "eclipse"
DESCRIPTION = (
    "OLM Eclipse reporting views (PostgreSQL): PERSON*, CLASSIFICATION*, FORMANSWERPERSONVIEW (form answers, "
    "one row per answered control), relationship and organisation views, as the D2I Eclipse SSD extract reads "
    "them. Point var eclipse_schema (and eclipse_database) at your copy, and re-point the form design GUIDs "
    "and classification path ids in the eclipse models to your LA's."
)

# SSD columns Eclipse has no source for (the source map's "(none)" rows). The SSD must hold null there.
CANNOT_CARRY: dict[str, tuple[str, ...]] = {
    "ssd_person": ("pers_send_flag",),
    "ssd_contacts": ("cont_contact_outcome_json",),
    "ssd_cin_episodes": ("cine_referral_team",),
    "ssd_cin_visits": ("cinv_cin_visit_bedroom",),
    "ssd_initial_cp_conference": ("icpc_icpc_meeting_id",),
    "ssd_cp_plans": ("cppl_cp_plan_ola",),
    "ssd_cp_visits": ("cppv_cp_visit_bedroom",),
    "ssd_cp_reviews": ("cppr_cp_review_quorate",),
    # The extract puts a UPRN where the Ofsted URN belongs, and computes the distance with PostgreSQL's
    # earthdistance from geocodes the simulated addresses do not carry consistently.
    "ssd_cla_placement": ("clap_cla_placement_urn", "clap_cla_placement_distance"),
    # The extract writes a literal N: Eclipse's review forms do not say whether a review was cancelled.
    "ssd_cla_reviews": ("clar_cla_review_cancelled",),
    "ssd_professionals": (
        "prof_professional_job_title",
        "prof_professional_caseload",
        "prof_professional_department",
        "prof_full_time_equivalency",
        "prof_agency_worker_flag",
    ),
    "ssd_department": ("dept_team_parent_id", "dept_team_parent_name"),
}

# Keys of an SSD JSON column Eclipse has no source for: the mapping writes them as null (CANNOT_CARRY cannot
# name part of a column, so the Eclipse test compares these columns with the keys nulled in the truth).
JSON_KEY_GAPS: dict[tuple[str, str], tuple[str, ...]] = {
    # ADDRESSPERSONVIEW holds latitude/longitude, not OS easting/northing.
    ("ssd_address", "addr_address_json"): ("EASTING", "NORTHING"),
}

# SSD keys Eclipse numbers in its own scheme, so they cannot equal the truth's ids: the mapping keeps Eclipse's id
# (the Eclipse test compares the other columns, and checks the id's scheme).
ID_SCHEMES: dict[tuple[str, str], str] = {
    ("ssd_legal_status", "lega_legal_status_id"): (
        "Eclipse has no legal-status record: the extract numbers a legal-status period by the EPISODEOFCAREID of "
        "the care episode that starts it"
    ),
}

# SSD tables the Eclipse extract leaves as placeholders (no source in Eclipse): built typed and empty.
NO_SOURCE_TABLES: dict[str, str] = {
    "ssd_cla_care_plan": "Eclipse extract: IN DEV placeholder, no source view",
    "ssd_cla_convictions": "Eclipse extract: placeholder, no source view",
    "ssd_cla_substance_misuse": "Eclipse extract: placeholder, no source view",
    "ssd_cla_previous_permanence": "Eclipse extract: placeholder, no source view",
    "ssd_linked_identifiers": "Eclipse extract: placeholder (bare SELECT only)",
}


def raw_schema() -> dict[str, dict[str, str]]:
    schema: dict[str, dict[str, str]] = {"FORMANSWERPERSONVIEW": dict(forms.TABLE)}
    for name, cols in {**people.TABLES, **care.TABLES, **adoption.TABLES}.items():
        if name in schema:
            raise ValueError(f"raw table {name} declared twice")
        schema[name] = dict(cols)
    return dict(sorted(schema.items()))


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 2_000_029))
    return assemble(raw_schema(), [people.render, care.render, outcomes.render, earlyhelp.render, adoption.render], ctx)
