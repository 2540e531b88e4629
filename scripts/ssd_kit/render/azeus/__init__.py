"""Render the truth into Azeus Care tables, as far as the public material knows them (a partial supplier).

Azeus has no working SSD extract: the D2I material holds a placeholder Oracle select for ssd_person and a
*ghost* SQL Server DDL of 33 tables reconstructed from a statutory-returns spec (types guessed, mostly
NVARCHAR(255)), plus design-level paths for about 20 fields. This renderer writes the ghost tables that
carry SSD tables the documents give enough to map (service users and their identifier, address, disability,
immigration, legal status, looked-after status and relationship rows; initial contacts) with the quirks the
documents show (see people.py). Every other SSD table is built typed and empty: NO_SOURCE_TABLES says why for each.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ssd_kit.render.azeus import people
from ssd_kit.render.base import RenderContext, assemble

SUPPLIER = "azeus"
DEFAULT_SCHEMA = "azeus_prod"
DESCRIPTION = (
    "Azeus Care tables (owner AZEUS_PROD) as the D2I ghost DDL reconstructs them: SVC_USR (service users, "
    "dates as DAY/MTH/YR integer columns) and its child records SVC_USR_ID, SVC_USR_ADDR, SVC_USR_DISAB, "
    "SVC_USR_IMMIG_STATUS, SVC_USR_LA_LGL_STATUS, SVC_USR_LA_STATUS, SVC_USR_REL, plus INIT_CONT. "
    "Only the columns the mapping "
    "reads are simulated. Point var azeus_schema (and azeus_database) at your copy and check every code "
    "list in suppliers/azeus/seeds against your LA's: the ghost DDL gives names, not values."
)

# SSD columns the known Azeus tables have no source for. The SSD must hold null there.
CANNOT_CARRY: dict[str, tuple[str, ...]] = {
    # SVC_USR has no name columns in the ghost DDL; the source map gives legacy id and SEND flag as
    # PLACEHOLDER_DATA (legacy id: spec NA) and no common child id exists.
    "ssd_person": ("pers_forename", "pers_surname", "pers_legacy_id", "pers_send_flag"),
    # SVC_USR_ADDR has no start or end date column in the ghost DDL.
    "ssd_address": ("addr_address_start_date", "addr_address_end_date"),
    # SVC_USR_LA_STATUS has no period-of-care id, referral, placement or IRO link (entered care is derived
    # from the run of episodes).
    "ssd_cla_episodes": (
        "clae_cla_id",
        "clae_referral_id",
        "clae_cla_placement_id",
        "clae_cla_last_iro_contact_date",
    ),
    # INIT_CONT's outcome columns (ACTN_TKN, REFERRED_*) have no documented values or SSD path.
    "ssd_contacts": ("cont_contact_outcome_json",),
}

# Keys of an SSD JSON column Azeus has no source for (written as null; the test nulls them in the truth).
JSON_KEY_GAPS: dict[tuple[str, str], tuple[str, ...]] = {
    # SVC_USR_ADDR holds no coordinates, room or floor.
    ("ssd_address", "addr_address_json"): ("EASTING", "NORTHING"),
}

_DDL_ONLY = "the ghost DDL names a candidate table ({}) but no document maps its fields or values"
_NOTHING = "no Azeus table or field path in the known documents"

# SSD tables without a known Azeus source: typed, zero-row models (a header comment says so).
NO_SOURCE_TABLES: dict[str, str] = {
    "ssd_family": _NOTHING + " (no family or household id)",
    "ssd_early_help_episodes": _NOTHING,
    "ssd_cin_episodes": _DDL_ONLY.format("REFERRAL, CASE_EPISODE"),
    "ssd_cin_assessments": _DDL_ONLY.format("ASMT"),
    "ssd_assessment_factors": _NOTHING + " (ASMT has no factor columns)",
    "ssd_cin_plans": _DDL_ONLY.format("SVC_USR_PLAN, PLAN_TYP values unknown"),
    "ssd_cin_visits": _DDL_ONLY.format("CASE_ACT, activity codes unknown"),
    "ssd_s47_enquiry": _NOTHING,
    "ssd_initial_cp_conference": _NOTHING,
    "ssd_cp_plans": _DDL_ONLY.format("SVC_USR_PLAN, PLAN_TYP values unknown"),
    "ssd_cp_visits": _DDL_ONLY.format("CASE_ACT, activity codes unknown"),
    "ssd_cp_reviews": _DDL_ONLY.format("CASE_RVW, review reasons unknown"),
    "ssd_cla_convictions": _DDL_ONLY.format("SVC_USR_OFFN"),
    "ssd_cla_health": _DDL_ONLY.format("SVC_USR_LAC_MED"),
    "ssd_cla_immunisations": _DDL_ONLY.format("SVC_USR_IMMUNISATION_DT"),
    "ssd_cla_substance_misuse": _DDL_ONLY.format("SVC_USR_SUBSTANCE_MISUSE"),
    "ssd_cla_placement": _DDL_ONLY.format("PLCMT, SVC_COMM"),
    "ssd_cla_reviews": _DDL_ONLY.format("CASE_RVW"),
    "ssd_cla_previous_permanence": _DDL_ONLY.format("SVC_USR_LA_STATUS previous permanence columns"),
    "ssd_cla_care_plan": _NOTHING,
    "ssd_cla_visits": _DDL_ONLY.format("CASE_ACT, activity codes unknown"),
    "ssd_sdq_scores": _NOTHING,
    "ssd_missing": _DDL_ONLY.format("MISSING_EP"),
    "ssd_care_leavers": _DDL_ONLY.format("SVC_USR_LC_CAT, SVC_USR_LC_ACCOMM, SVC_USR_LC_CONT"),
    "ssd_permanence": _DDL_ONLY.format("ADOPTER_APP"),
    "ssd_professionals": (
        "the spec path gives EMP_ID.ID_NO for staff id, name and registration number alike and no ID_TYPE "
        "values, and no table holds names, job titles or teams"
    ),
    "ssd_department": _NOTHING + " (TEAM_ID only as a bare id)",
    "ssd_involvements": (
        "the spec path gives KEYWORKER_HIST dates and reason only; its workers cannot join ssd_professionals, "
        "which has no source"
    ),
}


def raw_schema() -> dict[str, dict[str, str]]:
    return {name: dict(cols) for name, cols in sorted(people.TABLES.items())}


def render(truth: Mapping[str, pd.DataFrame], seed: int = 0) -> dict[str, pd.DataFrame]:
    ctx = RenderContext(truth=truth, rng=np.random.default_rng(seed + 3_000_017))
    return assemble(raw_schema(), [people.render], ctx)
