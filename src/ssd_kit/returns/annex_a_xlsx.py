"""Write Ofsted's ILACS Annex A workbook (lists 1 to 11) from the rpt_annex_a__* tables.

One sheet per list, named as Ofsted's template names them ("List 1" ... "List 11"), with Ofsted's header
row in row 1 and one row per record below it. The models keep SQL-safe snake_case column names; `LISTS`
below pairs each of them, in Ofsted's order, with the exact heading the template carries (as in the
2023/24 template, including its quirks such as "Age" on lists 1-9 and "Age of Child (Years)" on list 10).

Cells: dates are real Excel dates shown dd/mm/yyyy, counts are numbers, everything else is text; a null
(None, NaN, NaT) is an empty cell. The file is deterministic: the document's created date is the extract
date (xlsxwriter writes fixed timestamps inside the zip), so two writes of the same frames are
byte-identical. The workbook is written to a temporary file beside the target and renamed into place,
so a reader never sees half a file. A frame whose columns are not exactly the list's columns, in order,
is refused before anything is written.

Excel holds at most 32,767 characters in a cell. A longer text is never cut silently: the cell keeps the first
characters and ends with a visible marker (TRUNCATION_MARKER, saying how long the full text is), and one
AnnexATruncationWarning lists every such cell (sheet, row, heading) so the analyst can attach the full text.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

_COMMON = [
    ("child_unique_id", "Child Unique ID", "text"),
    ("gender", "Gender", "text"),
    ("ethnicity", "Ethnicity", "text"),
    ("date_of_birth", "Date of Birth", "date"),
    ("age_of_child_years", "Age", "integer"),
]
_DISABILITY = ("does_the_child_have_a_disability", "Does the Child have a Disability", "text")
_TEAM = ("allocated_team", "Allocated Team", "text")
_WORKER = ("allocated_worker", "Allocated Worker", "text")


@dataclass(frozen=True)
class AnnexAList:
    number: int
    model: str
    title: str
    columns: tuple[tuple[str, str, str], ...]  # (model column, Ofsted header, text|date|integer)

    @property
    def sheet(self) -> str:
        return f"List {self.number}"

    @property
    def column_names(self) -> list[str]:
        return [c for c, _, _ in self.columns]

    @property
    def headers(self) -> list[str]:
        return [h for _, h, _ in self.columns]


def _list(number: int, model: str, title: str, columns: list[tuple[str, str, str]]) -> AnnexAList:
    return AnnexAList(number, f"rpt_annex_a__list_{number:02d}_{model}", title, tuple(columns))


LISTS: tuple[AnnexAList, ...] = (
    _list(1, "contacts", "Contacts", [
        *_COMMON,
        ("date_of_contact", "Date of Contact", "date"),
        ("contact_source", "Contact Source", "text"),
    ]),
    _list(2, "early_help", "Early help assessments", [
        *_COMMON,
        ("assessment_start_date", "Assessment start date", "date"),
        ("assessment_completion_date", "Assessment completion date", "date"),
        ("organisation_completing_assessment", "Organisation completing assessment", "text"),
    ]),
    _list(3, "referrals", "Referrals", [
        *_COMMON,
        ("date_of_referral", "Date of Referral", "date"),
        ("referral_source", "Referral Source", "text"),
        ("referral_nfa", "Referral NFA?", "text"),
        ("number_of_referrals_in_last_12_months", "Number of Referrals in Last 12 Months", "integer"),
        _TEAM, _WORKER,
    ]),
    _list(4, "assessments", "Assessments", [
        *_COMMON, _DISABILITY,
        ("continuous_assessment_start_date", "Continuous Assessment Start Date", "date"),
        ("child_seen_during_continuous_assessment", "Child Seen During Continuous Assessment", "text"),
        ("continuous_assessment_date_of_authorisation", "Continuous Assessment Date of Authorisation", "date"),
        ("child_requires_la_csc_support",
         "Was the child assessed as requiring LA children's social care support?", "text"),
        _TEAM, _WORKER,
    ]),
    _list(5, "s47_enquiries", "Section 47 enquiries and initial child protection conferences", [
        *_COMMON, _DISABILITY,
        ("strategy_discussion_s47_start_date", "Strategy discussion initiating Section 47 Enquiry Start Date", "date"),
        ("icpc_deemed_unnecessary", "Was an Initial Child Protection Conference deemed unnecessary?", "text"),
        ("date_of_initial_cp_conference", "Date of Initial Child Protection Conference", "date"),
        ("icpc_resulted_in_cp_plan",
         "Did the Initial Child Protection Conference Result in a Child Protection Plan", "text"),
        ("number_of_s47_enquiries_in_last_12_months", "Number of Section 47 Enquiries in the last 12 months",
         "integer"),
        ("number_of_icpcs_in_last_12_months", "Number of ICPCs in the last 12 months", "integer"),
        _TEAM, _WORKER,
    ]),
    _list(6, "children_in_need", "Children in need", [
        *_COMMON, _DISABILITY,
        ("cin_start_date", "CIN Start Date", "date"),
        ("primary_need_code", "Primary Need Code", "text"),
        ("date_child_was_last_seen", "Date Child Was Last Seen", "date"),
        ("cin_closure_date", "CIN Closure Date", "date"),
        ("reason_for_closure", "Reason for Closure", "text"),
        ("case_status", "Case Status", "text"),
        _TEAM, _WORKER,
    ]),
    _list(7, "child_protection", "Child protection", [
        *_COMMON, _DISABILITY,
        ("cp_plan_start_date", "Child Protection Plan Start Date", "date"),
        ("initial_category_of_abuse", "Initial Category of Abuse", "text"),
        ("latest_category_of_abuse", "Latest Category of Abuse", "text"),
        ("date_of_last_statutory_visit", "Date of the Last Statutory Visit", "date"),
        ("was_the_child_seen_alone", "Was the Child Seen Alone?", "text"),
        ("date_of_latest_review_conference", "Date of latest review conference", "date"),
        ("cp_plan_end_date", "Child Protection Plan End Date", "date"),
        ("emergency_protection_in_last_six_months",
         "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", "text"),
        ("number_of_previous_cp_plans", "Number of Previous Child Protection Plans", "integer"),
        _TEAM, _WORKER,
    ]),
    _list(8, "children_in_care", "Children in care (looked after)", [
        *_COMMON,
        ("uasc_within_last_12_months",
         "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))", "text"),
        _DISABILITY,
        ("date_started_to_be_looked_after", "Date Started to be Looked After", "date"),
        ("childs_category_of_need", "Child's Category of Need", "text"),
        ("subsequent_period_within_last_12_months",
         "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
         "text"),
        ("start_date_of_current_legal_status", "Start date of current legal status", "date"),
        ("childs_legal_status", "Child's Legal Status", "text"),
        ("date_of_latest_statutory_review", "Date of Latest Statutory Review", "date"),
        ("date_of_last_social_work_visit", "Date of Last Social Work Visit", "date"),
        ("permanence_plan", "What is the permanence plan for this child?", "text"),
        ("date_of_last_iro_visit", "Date of Last IRO Visit / Contact to the Child", "date"),
        ("date_of_last_health_assessment", "Date of Last Health Assessment", "date"),
        ("date_of_last_dental_check", "Date of Last Dental Check", "date"),
        ("number_of_placements_in_last_12_months", "Number of Placements in the Last 12 months", "integer"),
        ("date_ceased_to_be_looked_after", "Date Ceased to be Looked After", "date"),
        ("reason_ceased_to_be_looked_after", "Reason Ceased to be Looked After", "text"),
        ("start_date_of_most_recent_placement", "Start Date of Most Recent Placement", "date"),
        ("placement_type", "Placement Type", "text"),
        ("placement_provider", "Placement Provider", "text"),
        ("placement_postcode", "Placement postcode", "text"),
        ("urn_of_placement", "URN of Placement", "text"),
        ("placement_location", "Placement Location", "text"),
        ("la_of_placement", "LA of Placement", "text"),
        ("number_of_missing_episodes_in_last_12_months",
         "Number of Episodes the Child has been \u2018Missing\u2019 from their Placement in the last 12 months",
         "integer"),
        ("number_of_absent_episodes_in_last_12_months",
         "Number of Episodes the Child has been \u2018Absent\u2019 from their Placement in the last 12 months",
         "integer"),
        ("return_interview_offered",
         "Was the child offered a Return Interview after their last missing episode (Y/N)?", "text"),
        ("return_interview_accepted",
         "Did the child accept a Return Interview after their last missing episode (Y/N)?", "text"),
        _TEAM, _WORKER,
    ]),
    _list(9, "care_leavers", "Care leavers", [
        *_COMMON,
        ("uasc_or_formerly_uasc",
         "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)", "text"),
        _DISABILITY, _TEAM, _WORKER,
        ("allocated_personal_advisor", "Allocated Personal Advisor", "text"),
        ("eligibility_category", "Eligibility Category", "text"),
        ("latest_pathway_plan_review_date", "Latest Pathway Plan Review Date", "date"),
        ("la_in_touch", "LA in Touch", "text"),
        ("latest_date_of_contact", "Latest Date of Contact", "date"),
        ("type_of_accommodation", "Type of Accommodation", "text"),
        ("suitability_of_accommodation", "Suitability of Accommodation", "text"),
        ("activity_status", "Activity Status", "text"),
    ]),
    _list(10, "adoption", "Adoption", [
        ("child_unique_id", "Child Unique ID", "text"),
        ("family_identifier", "Family identifier", "text"),
        ("gender", "Gender", "text"),
        ("ethnicity", "Ethnicity", "text"),
        ("date_of_birth", "Date of Birth", "date"),
        ("age_of_child_years", "Age of Child (Years)", "integer"),
        _DISABILITY,
        ("date_the_child_entered_care", "Date the Child Entered Care", "date"),
        ("date_of_decision_to_place_for_adoption", "Date of Decision that Child Should be Placed for Adoption",
         "date"),
        ("date_of_placement_order", "Date of Placement Order", "date"),
        ("date_of_matching", "Date of Matching Child and Prospective Adopters", "date"),
        ("date_placed_for_adoption", "Date Placed for Adoption", "date"),
        ("date_of_adoption_order", "Date of Adoption Order", "date"),
        ("date_of_decision_no_longer_placed",
         "Date of Decision that Child Should No Longer be Placed for Adoption", "date"),
        ("reason_no_longer_placed", "Reason Why Child No Longer Placed for Adoption", "text"),
        ("date_placed_ffa_or_concurrent",
         "Date the child was placed for fostering in FFA or concurrent planning placement", "date"),
    ]),
    _list(11, "adopters", "Adopters", [
        ("individual_adopter_identifier", "Individual adopter identifier", "text"),
        ("family_identifier", "Family identifier", "text"),
        ("gender", "Gender", "text"),
        ("ethnicity", "Ethnicity", "text"),
        ("disability", "Disability", "text"),
        ("fostering_for_adoption", "Is the (prospective) adopter fostering for adoption?", "text"),
        ("date_enquiry_received", "Date enquiry received", "date"),
        ("date_stage_1_started", "Date Stage 1 started", "date"),
        ("date_stage_1_ended", "Date Stage 1 ended", "date"),
        ("date_stage_2_started", "Date Stage 2 started", "date"),
        ("date_stage_2_ended", "Date Stage 2 ended", "date"),
        ("date_application_submitted", "Date application submitted", "date"),
        ("date_application_approved", "Date application approved", "date"),
        ("date_adopter_matched", "Date adopter matched with child(ren)", "date"),
        ("date_children_placed", "Date child/children placed with adopter(s)", "date"),
        ("number_of_children_placed", "No. of children placed", "integer"),
        ("date_of_adoption_order", "Date of Adoption Order", "date"),
        ("date_of_leaving_adoption_process", "Date of leaving adoption process", "date"),
        ("reason_for_leaving_adoption_process", "Reason for leaving adoption process", "text"),
    ]),
)

LISTS_BY_MODEL: dict[str, AnnexAList] = {spec.model: spec for spec in LISTS}


EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARKER = " [TRUNCATED by the SSD export: the full text has {n} characters; Excel holds 32,767]"


class AnnexATruncationWarning(UserWarning):
    """Some Annex A text cells were longer than Excel allows and were truncated with a visible marker."""


def fit_cell(text: str) -> tuple[str, bool]:
    """text as it can be written to an Excel cell: unchanged, or cut with TRUNCATION_MARKER at its end."""
    if len(text) <= EXCEL_CELL_LIMIT:
        return text, False
    marker = TRUNCATION_MARKER.format(n=f"{len(text):,}")
    return text[: EXCEL_CELL_LIMIT - len(marker)] + marker, True


class AnnexAFrameError(ValueError):
    """The frames handed to write_annex_a do not match Ofsted's lists."""


def check_frames(frames: Mapping[str, pd.DataFrame]) -> None:
    """Raise AnnexAFrameError unless frames holds exactly the 11 lists, each with exactly its columns in order."""
    problems = []
    unknown = sorted(set(frames) - set(LISTS_BY_MODEL))
    missing = [spec.model for spec in LISTS if spec.model not in frames]
    if unknown:
        problems.append(f"unknown lists {unknown}")
    if missing:
        problems.append(f"missing lists {missing}")
    for spec in LISTS:
        if spec.model not in frames:
            continue
        got = [str(c) for c in frames[spec.model].columns]
        if got != spec.column_names:
            extra = [c for c in got if c not in spec.column_names]
            absent = [c for c in spec.column_names if c not in got]
            detail = f"missing {absent}, unexpected {extra}" if extra or absent else "columns out of order"
            problems.append(f"{spec.model} ({spec.sheet}): {detail}; expected {spec.column_names}")
    if problems:
        raise AnnexAFrameError("Annex A frames refused: " + "; ".join(problems))


def _is_null(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _as_datetime(value: object) -> dt.datetime:
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime().replace(tzinfo=None)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return pd.Timestamp(str(value)).to_pydatetime()


def write_annex_a(frames: Mapping[str, pd.DataFrame], path: Path, extract_date: dt.date) -> Path:
    """Write the 11 Annex A lists to an .xlsx workbook at path (atomically); return the path."""
    import xlsxwriter

    check_frames(frames)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = dt.datetime(extract_date.year, extract_date.month, extract_date.day)
    truncated: list[str] = []
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        workbook = xlsxwriter.Workbook(tmp_name, {"strings_to_numbers": False, "strings_to_formulas": False,
                                                  "strings_to_urls": False})
        workbook.set_properties({"title": "Ofsted ILACS Annex A", "created": created,
                                 "comments": f"Extract date {extract_date.isoformat()}"})
        header_fmt = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        date_fmt = workbook.add_format({"num_format": "dd/mm/yyyy"})
        for spec in LISTS:
            sheet = workbook.add_worksheet(spec.sheet)
            frame = frames[spec.model]
            for col, (_, header, kind) in enumerate(spec.columns):
                sheet.write_string(0, col, header, header_fmt)
                sheet.set_column(col, col, 14 if kind != "text" else 22)
            sheet.freeze_panes(1, 0)
            for row, values in enumerate(frame.itertuples(index=False, name=None), start=1):
                for col, ((_name, _, kind), value) in enumerate(zip(spec.columns, values, strict=True)):
                    if _is_null(value):
                        continue
                    if kind == "date":
                        sheet.write_datetime(row, col, _as_datetime(value), date_fmt)
                    elif kind == "integer":
                        sheet.write_number(row, col, int(value))
                    else:
                        text, cut = fit_cell(str(value))
                        if cut:
                            truncated.append(f"{spec.sheet} row {row + 1} '{spec.columns[col][1]}'")
                        sheet.write_string(row, col, text)
        workbook.close()
        with open(tmp_name, "rb") as written:  # on disk before the rename, so a crash cannot leave an empty file
            os.fsync(written.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    if truncated:
        warnings.warn(
            f"Annex A: {len(truncated)} cell(s) longer than Excel's 32,767 characters were truncated, each ending "
            f"with a visible [TRUNCATED ...] marker: " + "; ".join(truncated),
            AnnexATruncationWarning,
            stacklevel=2,
        )
    return path
