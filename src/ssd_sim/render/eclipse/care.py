"""Child protection and looked-after children: the truth as Eclipse forms, classifications and CLA views.

Quirks rendered: S47 enquiries, strategy discussions, conference records (initial and review, one design
with sub-names), IRO quality-assurance forms (the review id lives there, matched on the meeting date) and
CP visits (sub-name 'Child Protection ' with a trailing space) are form answers; the next-review date is
on the *previous* meeting's record; CP plans are path-51 classification periods, sometimes split in two
adjacent rows; categories of abuse are path-81 classifications holding text names; care episodes and
periods of care come from CLAEPISODEOFCAREVIEW / CLAPERIODOFCAREVIEW with the category of need as text;
the last IRO contact is read from IRO review record forms.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from ssd_sim.render.base import RenderContext
from ssd_sim.render.eclipse import forms
from ssd_sim.render.eclipse.forms import Instances
from ssd_sim.render.eclipse.people import _header, _ids

S47 = "fdca0a95-8578-43ca-97ff-ad3a8adf57de"
STRATEGY = "f9a86a19-ea09-41f0-9403-a88e2b0e738a"
MEETING = "21e01e2e-fd65-439d-a8aa-a179106a3d45"
IRO_QA = "79f3495c-134f-4e69-b00f-7621925419f7"
IRO_RECORD = "2d9d174f-77ed-40bd-ac2b-cae8015ad799"
PATHWAY = "c17d1557-513d-443f-8013-a31eb541455b"
IRO_DECISIONS = "b5c5c8d8-5ba7-4919-a3cd-9722e8e90aaf"
VISIT = forms.VISIT

PATH_CP_PLAN = 51
CODE_CP = 1051
PATH_CP_CATEGORY = 81

# The raw tables this module writes (their columns and kinds: suppliers/<name>/supplier.yml).
TABLES: tuple[str, ...] = (
    "CLAEPISODEOFCAREVIEW",
    "CLACARELEAVERDETAILSVIEW",
    "CLAPERIODOFCAREVIEW",
)


def _seed_map(name: str, key: str, value: str) -> dict[str, str]:
    return {r[key]: r[value] for r in forms.seed(name)}


def _ticks(json_col: pd.Series, labels: dict[str, str]) -> pd.DataFrame:
    rows = []
    for pos, text in enumerate(json_col.to_numpy()):
        if not isinstance(text, str):
            continue
        for key, val in json.loads(text).items():
            if val == "Y":
                rows.append((pos, labels[key]))
    return pd.DataFrame(rows, columns=["pos", "text"])


def _labels(column: str) -> dict[str, str]:
    return {
        r["flag_key"]: r["answer_text"] for r in forms.seed("eclipse__outcome_labels") if r["json_column"] == column
    }


def _cp_forms(ctx: RenderContext) -> list[pd.DataFrame]:
    t = ctx.truth
    frames: list[pd.DataFrame] = []
    # S47 enquiries: open ones are in progress (no completion date).
    s = t["ssd_s47_enquiry"].reset_index(drop=True)
    done = s["s47e_s47_end_date"].notna()
    inst = Instances(
        _header(
            s["s47e_s47_enquiry_id"],
            s["s47e_person_id"],
            state=np.where(done, forms.COMPLETE, "INPROGRESS"),
            submitter=s["s47e_s47_completed_by_worker_id"],
            started=s["s47e_s47_start_date"],
            completed=s["s47e_s47_end_date"],
        ),
        S47,
    )
    frames.append(forms.answers(ctx, inst, "AnnexAReturn_dateOfStratMeeting", date=s["s47e_s47_start_date"]))
    frames.append(
        forms.multi_answers(
            ctx,
            inst,
            "CINCensus_whatNeedsToHappenNext",
            _ticks(s["s47e_s47_outcome_json"], _labels("s47e_s47_outcome_json")),
        )
    )
    # Strategy discussions: one per enquiry, on its start date.
    sinst = Instances(_header(pd.Series(ctx.new_ids(len(s))), s["s47e_person_id"]), STRATEGY)
    frames.append(forms.answers(ctx, sinst, "dateOfMeeting", date=s["s47e_s47_start_date"]))

    # Initial conferences: record of meeting, sub-name Child Protection - Initial Conference.
    i = t["ssd_initial_cp_conference"].reset_index(drop=True)
    r = t["ssd_cp_reviews"].reset_index(drop=True)
    plans = t["ssd_cp_plans"]
    # The next-review date sits on the previous meeting's record (the ICPC for a plan's first review).
    r_sorted = r.sort_values(["cppr_cp_plan_id", "cppr_cp_review_date"])
    prev_review = r_sorted.groupby("cppr_cp_plan_id")["cppr_cp_review_meeting_id"].shift()
    icpc_of_plan = dict(zip(plans["cppl_cp_plan_id"], plans["cppl_icpc_id"], strict=False))
    owner = prev_review.where(prev_review.notna(), r_sorted["cppr_cp_plan_id"].map(icpc_of_plan))
    next_due = dict(zip(owner, r_sorted["cppr_cp_review_due"], strict=False))

    inst = Instances(
        _header(
            i["icpc_icpc_id"],
            i["icpc_person_id"],
            submitter=i["icpc_icpc_worker_id"],
            completed=i["icpc_icpc_date"],
        ),
        MEETING,
        "Child Protection - Initial Conference",
    )
    frames.append(forms.answers(ctx, inst, "903Return_dateOfMeetingConference", date=i["icpc_icpc_date"]))
    frames.append(
        forms.answers(
            ctx,
            inst,
            "AnnexAReturn_typeOfMeeting",
            text=i["icpc_icpc_transfer_in"].map({"Y": "Transfer in conference", "N": "Initial CPC"}),
        )
    )
    frames.append(
        forms.multi_answers(
            ctx, inst, "ChildProtectionNextStep", _ticks(i["icpc_icpc_outcome_json"], _labels("icpc_icpc_outcome_json"))
        )
    )
    frames.append(forms.answers(ctx, inst, "dateofnextplanmeetingreview_35", date=i["icpc_icpc_id"].map(next_due)))

    # Review conferences (record of meeting) and their IRO quality-assurance forms (the review id).
    inst = Instances(
        _header(r["cppr_cp_review_meeting_id"], r["cppr_person_id"], completed=r["cppr_cp_review_date"]),
        MEETING,
        "Child Protection - Review Conference ",
    )
    frames.append(forms.answers(ctx, inst, "903Return_dateOfMeetingConference", date=r["cppr_cp_review_date"]))
    frames.append(
        forms.answers(
            ctx,
            inst,
            "ChildProtectionNextStep",
            text=r["cppr_cp_review_outcome_continue_cp"].map(
                {"Y": "Set next review", "N": "Close child protection plan"}
            ),
        )
    )
    frames.append(
        forms.answers(ctx, inst, "dateofnextplanmeetingreview_35", date=r["cppr_cp_review_meeting_id"].map(next_due))
    )
    qinst = Instances(_header(r["cppr_cp_review_id"], r["cppr_person_id"]), IRO_QA, "Child protection conference")
    frames.append(forms.answers(ctx, qinst, "dateOfMeeting", date=r["cppr_cp_review_date"]))

    # CP visits: sub-name with a trailing space.
    v = t["ssd_cp_visits"].reset_index(drop=True)
    inst = Instances(_header(v["cppv_cp_visit_id"], v["cppv_person_id"]), VISIT, "Child Protection ")
    frames += forms.visit_answers(
        ctx, inst, v["cppv_cp_visit_date"], v["cppv_cp_visit_seen"], v["cppv_cp_visit_seen_alone"]
    )

    # Visits to looked-after children: sub-name Child in care.
    cv = t["ssd_cla_visits"].reset_index(drop=True)
    inst = Instances(_header(cv["clav_cla_visit_id"], cv["clav_person_id"]), VISIT, "Child in care")
    frames += forms.visit_answers(
        ctx, inst, cv["clav_cla_visit_date"], cv["clav_cla_visit_seen"], cv["clav_cla_visit_seen_alone"]
    )

    # Pathway needs assessment and plan forms (the care leaver's pathway plan reviews).
    cl = t["ssd_care_leavers"].reset_index(drop=True)
    pinst = Instances(_header(pd.Series(ctx.new_ids(len(cl))), cl["clea_person_id"]), PATHWAY)
    frames.append(forms.answers(ctx, pinst, "dateOfPathwayPlan", date=cl["clea_pathway_plan_review_date"]))

    # CLA reviews: the IRO decisions form (review date; the NEXT review's due date) and the IRO quality-assurance
    # form (the review id, participation as a short code), matched on the review date.
    rv = t["ssd_cla_reviews"].sort_values(["clar_cla_id", "clar_cla_review_date"]).reset_index(drop=True)
    next_due = rv.groupby("clar_cla_id")["clar_cla_review_due_date"].shift(-1)
    dinst = Instances(_header(pd.Series(ctx.new_ids(len(rv))), rv["clar_cla_person_id"]), IRO_DECISIONS)
    frames.append(forms.answers(ctx, dinst, "dateOfReview", date=rv["clar_cla_review_date"]))
    frames.append(forms.answers(ctx, dinst, "dateOfNextReview", date=next_due))
    qinst = Instances(
        _header(rv["clar_cla_review_id"], rv["clar_cla_person_id"]), IRO_QA, "Child/young person in care review"
    )
    frames.append(forms.answers(ctx, qinst, "dateOfMeeting", date=rv["clar_cla_review_date"]))
    frames.append(
        forms.answers(
            ctx,
            qinst,
            "howWasTheChildAbleToContributeTheirViewsToTheReview",
            text=rv["clar_cla_review_participation"].map(
                lambda c: f"Participation {c}" if isinstance(c, str) else None
            ),
            short=rv["clar_cla_review_participation"],
        )
    )

    # IRO review records (the last IRO contact of a looked-after child): one per held CLA review.
    cr = t["ssd_cla_reviews"]
    cr = cr[cr["clar_cla_review_cancelled"] != "Y"].reset_index(drop=True)
    iinst = Instances(_header(pd.Series(ctx.new_ids(len(cr))), cr["clar_cla_person_id"]), IRO_RECORD)
    frames.append(forms.answers(ctx, iinst, "dateOfMeeting", date=cr["clar_cla_review_date"]))
    return frames


def _cp_classifications(ctx: RenderContext) -> tuple[list[pd.DataFrame], list[tuple[int, str, str, int]]]:
    t = ctx.truth
    p = t["ssd_cp_plans"].reset_index(drop=True)
    start = pd.to_datetime(p["cppl_cp_plan_start_date"])
    end = pd.to_datetime(p["cppl_cp_plan_end_date"])
    span = (end - start).dt.days.fillna(40)
    split = (ctx.rng.random(len(p)) < 0.25) & (span > 20)
    mid = start + pd.to_timedelta((span * 0.5).astype(int), unit="D")
    rows = [
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": _ids(p["cppl_cp_plan_id"]).to_numpy(),
                "PERSONID": _ids(p["cppl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CP_PLAN,
                "CLASSIFICATIONCODEID": CODE_CP,
                "NAME": "Child Protection",
                "STARTDATE": start.to_numpy(),
                "ENDDATE": end.where(~split, mid).to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    ]
    sp = p[split]
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(sp)),
                "PERSONID": _ids(sp["cppl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CP_PLAN,
                "CLASSIFICATIONCODEID": CODE_CP,
                "NAME": "Child Protection",
                "STARTDATE": (mid[split] + pd.to_timedelta(ctx.rng.integers(0, 2, len(sp)), unit="D")).to_numpy(),
                "ENDDATE": end[split].to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )
    # Categories of abuse (path 81, text names): the initial one from the plan start, the latest from mid-plan.
    names = _seed_map("eclipse__cp_category", "dfe_code", "classification_name")
    codes: list[tuple[int, str, str, int]] = []
    cat_id = {}
    for n, (code, name) in enumerate(sorted(names.items())):
        cat_id[code] = 3100 + n
        codes.append((3100 + n, code, name, PATH_CP_CATEGORY))
    changed = p["cppl_cp_plan_latest_category"] != p["cppl_cp_plan_initial_category"]
    # The category changes halfway through a closed plan; an open plan's change is put on its second day, so it
    # never lands after the as-at date (a change dated later has not happened yet and is rightly not mapped).
    cat_mid = start + pd.to_timedelta(((end - start).dt.days.fillna(2) * 0.5).astype(int), unit="D")
    first_end = end.where(~changed, cat_mid)
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(p)),
                "PERSONID": _ids(p["cppl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CP_CATEGORY,
                "CLASSIFICATIONCODEID": p["cppl_cp_plan_initial_category"].map(cat_id).to_numpy(),
                "NAME": p["cppl_cp_plan_initial_category"].map(names).to_numpy(),
                "STARTDATE": start.to_numpy(),
                "ENDDATE": first_end.to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )
    ch = p[changed]
    rows.append(
        pd.DataFrame(
            {
                "CLASSIFICATIONASSIGNMENTID": ctx.new_ids(len(ch)),
                "PERSONID": _ids(ch["cppl_person_id"]).to_numpy(),
                "CLASSIFICATIONPATHID": PATH_CP_CATEGORY,
                "CLASSIFICATIONCODEID": ch["cppl_cp_plan_latest_category"].map(cat_id).to_numpy(),
                "NAME": ch["cppl_cp_plan_latest_category"].map(names).to_numpy(),
                "STARTDATE": (cat_mid[changed] + pd.Timedelta(days=1)).to_numpy(),
                "ENDDATE": end[changed].to_numpy(),
                "STATUS": "ACTIVE",
            }
        )
    )
    codes.append((CODE_CP, "CP", "Child Protection", PATH_CP_PLAN))
    return rows, codes


def _cla(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    t = ctx.truth
    e = t["ssd_cla_episodes"].reset_index(drop=True)
    need = _seed_map("eclipse__primary_need", "dfe_code", "answer_text")
    legal = t["ssd_legal_status"]
    # The legal status in force on each episode's start.
    ls = legal.sort_values("lega_legal_status_start_date")
    m = pd.merge_asof(
        e.assign(_s=pd.to_datetime(e["clae_cla_episode_start_date"])).sort_values("_s"),
        ls.assign(_s=pd.to_datetime(ls["lega_legal_status_start_date"]))[["lega_person_id", "_s", "lega_legal_status"]],
        left_on="_s",
        right_on="_s",
        left_by="clae_person_id",
        right_by="lega_person_id",
        direction="backward",
    ).set_index("clae_cla_episode_id")
    eps = pd.DataFrame(
        {
            "EPISODEOFCAREID": _ids(e["clae_cla_episode_id"]),
            "PERIODOFCAREID": _ids(e["clae_cla_id"]),
            "PERSONID": _ids(e["clae_person_id"]),
            "EOCSTARTDATE": e["clae_cla_episode_start_date"],
            "EOCENDDATE": e["clae_cla_episode_ceased_date"],
            "EOCSTARTREASONCODE": e["clae_cla_episode_start_reason"],
            "EOCENDREASONCODE": e["clae_cla_episode_ceased_reason"],
            "LEGALSTATUS": e["clae_cla_episode_id"].map(m["lega_legal_status"]).to_numpy(),
            "CATEGORYOFNEED": e["clae_cla_primary_need_code"].map(need),
            "PLACEMENTADDRESSID": _ids(e["clae_cla_placement_id"]),
        }
    )
    # Placement details repeat on every episode of the placement; the change reason is on its last episode.
    pl = t["ssd_cla_placement"].set_index("clap_cla_placement_id")
    ptype = _seed_map("eclipse__placement_type", "dfe_code", "placement_type_code")
    pid = e["clae_cla_placement_id"]
    eps["PLACEMENTPOSTCODE"] = pid.map(pl["clap_cla_placement_postcode"]).to_numpy()
    eps["PLACEMENTTYPECODE"] = pid.map(pl["clap_cla_placement_type"]).map(ptype).to_numpy()
    eps["PLACEMENTPROVISIONCODE"] = pid.map(pl["clap_cla_placement_provider"]).to_numpy()
    order = pd.to_datetime(e["clae_cla_episode_start_date"])
    last = order.groupby(pid).transform("max") == order
    eps["PLACEMENTCHANGEREASONCODE"] = pid.map(pl["clap_cla_placement_change_reason"]).where(last).to_numpy()
    per = (
        e.groupby("clae_cla_id")
        .agg(
            person=("clae_person_id", "first"),
            admitted=("clae_entered_care_date", "first"),
            last_end=("clae_cla_episode_ceased_date", lambda s: s.max() if s.notna().all() else pd.NaT),
        )
        .reset_index()
    )
    periods = pd.DataFrame(
        {
            "PERIODOFCAREID": _ids(per["clae_cla_id"]),
            "PERSONID": _ids(per["person"]),
            "ADMISSIONDATE": per["admitted"],
            "DISCHARGEDATE": per["last_end"],
        }
    )
    cl = t["ssd_care_leavers"]
    leavers = pd.DataFrame(
        {
            "CARELEAVERID": _ids(cl["clea_table_id"]),
            "PERSONID": _ids(cl["clea_person_id"]),
            "ELIGIBILITY": cl["clea_care_leaver_eligibility"],
            "INTOUCHCODE": cl["clea_care_leaver_in_touch"],
            "CONTACTDATE": cl["clea_care_leaver_latest_contact"],
            "ACCOMODATIONCODE": cl["clea_care_leaver_accommodation"],
            "ACCOMSUITABLE": cl["clea_care_leaver_accom_suitable"].map({"1": "Suitable", "2": "Unsuitable"}),
            "MAINACTIVITYCODE": cl["clea_care_leaver_activity"],
        }
    )
    return {"CLAEPISODEOFCAREVIEW": [eps], "CLAPERIODOFCAREVIEW": [periods], "CLACARELEAVERDETAILSVIEW": [leavers]}


def render(ctx: RenderContext) -> dict[str, list[pd.DataFrame]]:
    out: dict[str, list[pd.DataFrame]] = {}
    rows, codes = _cp_classifications(ctx)
    out["CLASSIFICATIONPERSONVIEW"] = rows
    out["CLASSIFICATION"] = [pd.DataFrame(codes, columns=["ID", "CODE", "NAME", "CLASSIFICATION_GROUP_ID"])]
    out["FORMANSWERPERSONVIEW"] = [forms.finish(ctx, _cp_forms(ctx))]
    out.update(_cla(ctx))
    return out
