"""Looked-after children: truth -> Mosaic data mart (DM_PERIODS_OF_CARE, DM_LEGAL_STATUSES, DM_PLACEMENTS,
DM_CLA_SUMMARIES, health, offences, care leavers) plus the LAC review / missing steps and visit rows.

Quirks: open-ended END_DATE NULL, placements split (PLACEMENT_ID + SPLIT_NUMBER: only the latest split
is the placement), LAC reviews as steps (cancelled ones with CANCELLED_ON and no review date), no period of
care on reviews or visits (the mapping finds the covering period), missing type / return interview and
previous permanence as report-filter answers (Missing / Absent, Yes / No / Not applicable), substance
misuse as repeating form rows (FORM_ANSWER_ROW_ID), offences that led to no conviction, immunisation
forms per child (the latest counts).

Simplifications (see the report): care-leaver eligibility, RNE codes, review due dates and the pathway
plan review date are carried as stored values where the D2I extract derives them; adoption journeys are
flattened into one DM_ADOPTIONS table where Mosaic spreads them over adoption step columns, legal
statuses, placements and non-LA legal statuses.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.mosaic.people import (
    SUBSTANCES,
    filter_answers,
    form_answers,
    ids,
    mo_forms,
    steps,
    with_time,
    yes_no,
)

STEP_LAC_REVIEW, STEP_MISSING, STEP_CARE_PLAN = 1242, 1300, 1262

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "DM_PERIODS_OF_CARE",
    "DM_LEGAL_STATUSES",
    "DM_PLACEMENTS",
    "DM_CLA_SUMMARIES",
    "DM_HEALTH_CHECKS",
    "DM_HEALTH_ASSESSMENTS",
    "DM_OFFENCES",
    "DM_FORMER_LOOKED_AFTER",
    "DM_ADOPTIONS",
)


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    t = ctx.truth
    out: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    out.update(
        {
            n: []
            for n in ("DM_WORKFLOW_STEPS", "DM_VISITS", "DM_CACHED_FORM_ANSWERS", "DM_FILTER_FORM_ANSWERS", "MO_FORMS")
        }
    )
    # the household subgroup of each child (people.py allocates the same ids: read them back from the frame)
    sub_of = ctx.subgroups  # type: ignore[attr-defined]

    def sg(person_ids: pd.Series) -> pd.Series:
        return pd.Series(sub_of.reindex(person_ids.values).values, index=person_ids.index).astype("Int64")

    ep = t["ssd_cla_episodes"]
    per = (
        ep.sort_values("clae_cla_episode_start_date")
        .groupby("clae_cla_id")
        .agg(
            PERSON_ID=("clae_person_id", "first"),
            START_DATE=("clae_entered_care_date", "first"),
            END_DATE=("clae_cla_episode_ceased_date", "last"),
            last_start=("clae_cla_episode_start_date", "last"),
        )
        .reset_index()
    )
    # the period's end is its last episode's end (null while open)
    last = ep.sort_values("clae_cla_episode_start_date").groupby("clae_cla_id").tail(1).set_index("clae_cla_id")
    per["END_DATE"] = per["clae_cla_id"].map(last["clae_cla_episode_ceased_date"])
    out["DM_PERIODS_OF_CARE"].append(
        pd.DataFrame(
            {
                "PERIOD_OF_CARE_ID": ids(per["clae_cla_id"]),
                "PERSON_ID": ids(per["PERSON_ID"]),
                "START_DATE": per["START_DATE"],
                "END_DATE": per["END_DATE"],
            }
        )
    )
    out["DM_CLA_SUMMARIES"].append(
        pd.DataFrame(
            {
                "CLA_SUMMARY_ID": ids(ep["clae_cla_episode_id"]),
                "PERSON_ID": ids(ep["clae_person_id"]),
                "PERIOD_OF_CARE_ID": ids(ep["clae_cla_id"]),
                "START_DATE": ep["clae_cla_episode_start_date"],
                "END_DATE": ep["clae_cla_episode_ceased_date"],
                "REASON_NEW_EPISODE": ep["clae_cla_episode_start_reason"],
                "CATEGORY_OF_NEED": ep["clae_cla_primary_need_code"],
                "REASON_EPISODE_CEASED": ep["clae_cla_episode_ceased_reason"],
                "PLACEMENT_ID": ids(ep["clae_cla_placement_id"]),
            }
        )
    )
    ls = t["ssd_legal_status"]
    # the legal status's period: the person's period of care that contains its start
    out["DM_LEGAL_STATUSES"].append(
        pd.DataFrame(
            {
                "LEGAL_STATUS_ID": ids(ls["lega_legal_status_id"]),
                "PERSON_ID": ids(ls["lega_person_id"]),
                "LEGAL_STATUS": ls["lega_legal_status"],
                "START_DATE": ls["lega_legal_status_start_date"],
                "END_DATE": ls["lega_legal_status_end_date"],
                "IS_RESPITE_CARE": "N",
            }
        )
    )
    pl = t["ssd_cla_placement"]
    base = pd.DataFrame(
        {
            "PLACEMENT_ID": ids(pl["clap_cla_placement_id"]),
            "SPLIT_NUMBER": 1,
            "PERIOD_OF_CARE_ID": ids(pl["clap_cla_id"]),
            "PERSON_ID": ids(pl["clap_person_id"]),
            "START_DATE": pl["clap_cla_placement_start_date"],
            "END_DATE": pl["clap_cla_placement_end_date"],
            "PLACEMENT_TYPE": pl["clap_cla_placement_type"],
            "OFSTED_URN": pl["clap_cla_placement_urn"],
            "CIN_PROVIDER_CATEGORY_CODE": pl["clap_cla_placement_provider"],
            "POST_CODE": pl["clap_cla_placement_postcode"],
            "REASON_FOR_PLACEMENT_CHANGE": pl["clap_cla_placement_change_reason"],
        }
    )
    # an earlier split of some placements (superseded: only the latest split is the placement)
    old = base.sample(frac=0.1, random_state=21).copy()
    base.loc[old.index, "SPLIT_NUMBER"] = 2
    old["PLACEMENT_TYPE"] = "U6"
    old["REASON_FOR_PLACEMENT_CHANGE"] = None
    out["DM_PLACEMENTS"] += [base, old]

    rv = t["ssd_cla_reviews"]
    canc = rv["clar_cla_review_cancelled"] == "Y"
    st = steps(
        ctx,
        rv["clar_cla_review_id"],
        STEP_LAC_REVIEW,
        sg(rv["clar_cla_person_id"]),
        rv["clar_cla_review_due_date"],
        rv["clar_cla_review_date"],
        status=pd.Series(
            np.where(canc, "CANCELLED", np.where(rv["clar_cla_review_date"].notna(), "COMPLETED", "STARTED")),
            index=rv.index,
        ),
        LAC_REVIEW_CATEGORY="Review",
        LAC_REVIEW_DATE=rv["clar_cla_review_date"],
        LAC_REVIEW_PARTICIPATION_CODE=rv["clar_cla_review_participation"],
    )
    st["CANCELLED_ON"] = rv["clar_cla_review_due_date"].where(canc).values
    out["DM_WORKFLOW_STEPS"].append(st)
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(rv["clar_cla_review_id"]),
            ids(rv["clar_cla_person_id"]),
            {
                "lac_review_due": ("DATE_ANSWER", rv["clar_cla_review_due_date"]),
            },
            step_id=ids(rv["clar_cla_review_id"]),
        )
    )

    v = t["ssd_cla_visits"]
    out["DM_VISITS"].append(
        pd.DataFrame(
            {
                "VISIT_ID": ids(v["clav_cla_visit_id"]),
                "PERSON_ID": ids(v["clav_person_id"]),
                "VISIT_TYPE": "VIS.CLA",
                "ACTUAL_DATE": with_time(ctx, v["clav_cla_visit_date"]),
                "SEEN_ALONE_FLAG": v["clav_cla_visit_seen_alone"],
                "VISIT_SOURCE": "Mos Step",
            }
        )
    )
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(v["clav_cla_visit_id"]),
            ids(v["clav_person_id"]),
            {
                "child_seen": ("TEXT_ANSWER", yes_no(v["clav_cla_visit_seen"])),
            },
            step_id=ids(v["clav_cla_visit_id"]),
        )
    )

    ms = t["ssd_missing"]
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            ms["miss_table_id"],
            STEP_MISSING,
            sg(ms["miss_person_id"]),
            ms["miss_missing_episode_start_date"],
            ms["miss_missing_episode_end_date"],
            IS_MISSING_OR_ABSENT="Y",
        )
    )
    answer = {"Y": "Yes", "N": "No", "NA": "Not applicable"}
    out["DM_FILTER_FORM_ANSWERS"].append(
        filter_answers(
            ctx,
            "WORKFLOW_STEP_ID",
            ms["miss_table_id"],
            ms["miss_person_id"],
            [
                (
                    "Child Absent or Missing (Document)",
                    "TEXT_ANSWER",
                    ms["miss_missing_episode_type"].map({"M": "Missing", "A": "Absent"}).replace(answer),
                ),
                ("Child Offered Return Interview", "TEXT_ANSWER", ms["miss_missing_rhi_offered"].replace(answer)),
                ("Child Accepted Return Interview", "TEXT_ANSWER", ms["miss_missing_rhi_accepted"].replace(answer)),
            ],
        )
    )

    h = t["ssd_cla_health"]
    out["DM_HEALTH_CHECKS"].append(
        pd.DataFrame(
            {
                "HEALTH_CHECK_ID": ids(h["clah_health_check_id"]),
                "PERSON_ID": ids(h["clah_person_id"]),
                "CHECK_TYPE": h["clah_health_check_type"],
                "HEALTH_CHECK_DATE": h["clah_health_check_date"],
            }
        )
    )
    sd = t["ssd_sdq_scores"]
    out["DM_HEALTH_ASSESSMENTS"].append(
        pd.DataFrame(
            {
                "HEALTH_ID": ids(sd["csdq_table_id"]),
                "PERSON_ID": ids(sd["csdq_person_id"]),
                "HEALTH_ASSESSMENT_DATE": sd["csdq_sdq_completed_date"],
                "SDQ_COMPLETED": np.where(sd["csdq_sdq_score"].notna(), "Y", "N"),
                "SDQ_SCORE": sd["csdq_sdq_score"]
                .astype("Int64")
                .astype("string")
                .astype(object)
                .where(sd["csdq_sdq_score"].notna()),
                "SDQ_REASON": sd["csdq_sdq_reason"],
            }
        )
    )
    cv = t["ssd_cla_convictions"]
    out["DM_OFFENCES"].append(
        pd.DataFrame(
            {
                "OFFENCE_ID": ids(cv["clac_cla_conviction_id"]),
                "PERSON_ID": ids(cv["clac_person_id"]),
                "OFFENCE_DATE": with_time(ctx, cv["clac_cla_conviction_date"]),
                "IS_CONVICTED": "Y",
                "OFFENCE": cv["clac_cla_conviction_offence"],
            }
        )
    )
    k = max(2, len(cv) // 4) if len(cv) else 0
    out["DM_OFFENCES"].append(
        pd.DataFrame(
            {
                "OFFENCE_ID": ctx.new_ids(k),
                "PERSON_ID": ids(cv["clac_person_id"]).sample(k, replace=True, random_state=22).values,
                "OFFENCE_DATE": cv["clac_cla_conviction_date"].sample(k, replace=True, random_state=23).values,
                "IS_CONVICTED": "N",
                "OFFENCE": "Theft",
            }
        )
    )

    # forms: immunisations, substance misuse (repeating rows), care plans, previous permanence
    im = t["ssd_cla_immunisations"]
    imf = mo_forms(
        ctx.new_ids(len(im)), "HEALTH_ASSESSMENT", sg(im["clai_person_id"]), im["clai_immunisations_status_date"]
    )
    out["MO_FORMS"].append(imf)
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            imf["FORM_ID"],
            ids(im["clai_person_id"]),
            {
                "lac.ihr09.immsuptodate": ("TEXT_ANSWER", yes_no(im["clai_immunisations_status"])),
                "lac.ihr09.immsdate": ("DATE_ANSWER", im["clai_immunisations_status_date"]),
            },
        )
    )
    sm = t["ssd_cla_substance_misuse"]
    smf_id = ctx.new_ids(len(sm))
    out["MO_FORMS"].append(
        mo_forms(smf_id, "SUBSTANCE_MISUSE", sg(sm["clas_person_id"]), sm["clas_substance_misuse_date"])
    )
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            smf_id,
            ids(sm["clas_person_id"]),
            {
                "sm_date": ("DATE_ANSWER", sm["clas_substance_misuse_date"]),
                "sm_substance": ("TEXT_ANSWER", sm["clas_substance_misused"].map(SUBSTANCES)),
                "sm_intervention": ("TEXT_ANSWER", yes_no(sm["clas_intervention_received"])),
            },
            row_id=ids(sm["clas_substance_misuse_id"]),
        )
    )
    cpl = t["ssd_cla_care_plan"]
    out["DM_WORKFLOW_STEPS"].append(
        steps(
            ctx,
            cpl["lacp_table_id"],
            STEP_CARE_PLAN,
            sg(cpl["lacp_person_id"]),
            cpl["lacp_cla_care_plan_start_date"],
            cpl["lacp_cla_care_plan_end_date"],
        )
    )
    plan_key = cpl["lacp_cla_care_plan_json"].str.extract(r'"(\w+)":"Y"')[0]
    out["DM_CACHED_FORM_ANSWERS"].append(
        form_answers(
            ctx,
            ids(cpl["lacp_table_id"]),
            ids(cpl["lacp_person_id"]),
            {"lac.perm.plan": ("TEXT_ANSWER", plan_key)},
            step_id=ids(cpl["lacp_table_id"]),
        )
    )
    pp = t["ssd_cla_previous_permanence"]
    out["DM_FILTER_FORM_ANSWERS"].append(
        filter_answers(
            ctx,
            "FORM_ID",
            pp["lapp_table_id"],
            pp["lapp_person_id"],
            [
                ("Child Previous Permanence Option (Document)", "TEXT_ANSWER", pp["lapp_previous_permanence_option"]),
                ("Child Previous Permanence LA (Document)", "TEXT_ANSWER", pp["lapp_previous_permanence_la"]),
                (
                    "Child Previous Permanence Option Date (Document)",
                    "DATE_ANSWER",
                    pd.to_datetime(pp["lapp_previous_permanence_order_date"], format="%d/%m/%Y"),
                ),
            ],
        )
    )

    cl = t["ssd_care_leavers"]
    out["DM_FORMER_LOOKED_AFTER"].append(
        pd.DataFrame(
            {
                "FUTURE_PROSPECT_ID": ids(cl["clea_table_id"]),
                "PERSON_ID": ids(cl["clea_person_id"]),
                "DATE_OF_SITUATION": cl["clea_care_leaver_latest_contact"],
                "ELIGIBILITY": cl["clea_care_leaver_eligibility"],
                "IN_TOUCH_TYPE": cl["clea_care_leaver_in_touch"],
                "ACCOMODATION_TYPE": cl["clea_care_leaver_accommodation"],
                "ACCOMODATION_SUITABLE": cl["clea_care_leaver_accom_suitable"],
                "ACTIVITY_TYPE": cl["clea_care_leaver_activity"],
                "PATHWAY_PLAN_REVIEW_DATE": cl["clea_pathway_plan_review_date"],
            }
        )
    )

    pm = t["ssd_permanence"]
    out["DM_ADOPTIONS"].append(
        pd.DataFrame(
            {
                "ADOPTION_ID": ids(pm["perm_table_id"]),
                "PERSON_ID": ids(pm["perm_person_id"]),
                "PERIOD_OF_CARE_ID": ids(pm["perm_cla_id"]),
                "ADOPTION_BEST_INTEREST_DATE": pm["perm_adm_decision_date"],
                "ADOPTION_MATCH_DATE": pm["perm_matched_date"],
                "PLACEMENT_ORDER_DATE": pm["perm_placement_order_date"],
                "PLACED_FOR_ADOPTION_DATE": pm["perm_placed_for_adoption_date"],
                "ADOPTION_PLAN_DATE_CEASED": pm["perm_decision_reversed_date"],
                "ADOPTION_PLAN_REASON_CAT_CODE": pm["perm_decision_reversed_reason"],
                "PLACED_FOSTER_CARER_DATE": pm["perm_placed_foster_carer_date"],
                "ADOPTED_BY_CARER": pm["perm_adopted_by_carer_flag"],
                "PART_OF_SIBLING_GROUP": pm["perm_part_of_sibling_group"],
                "SIBLINGS_PLACED_TOGETHER": pm["perm_siblings_placed_together"],
                "SIBLINGS_PLACED_APART": pm["perm_siblings_placed_apart"],
                "ORDER_DATE": pm["perm_permanence_order_date"],
                "ORDER_TYPE": pm["perm_permanence_order_type"],
                "ADOPTION_WORKER_ID": ids(pm["perm_adoption_worker_id"]),
                "ADOPTER_SEX": pm["perm_adopter_sex"],
                "ADOPTER_LEGAL_STATUS": pm["perm_adopter_legal_status"],
                "NUMBER_OF_ADOPTERS": pm["perm_number_of_adopters"],
                "FFA_DECISION_DATE": pm["perm_ffa_cp_decision_date"],
                "FFA_PLACED_DATE": pm["perm_placed_ffa_cp_date"],
                "AGENCY_URN": pm["perm_placement_provider_urn"],
            }
        )
    )
    return out
