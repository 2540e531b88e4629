"""Write the CIN census XML message from the return's tables, validated against our XSD first.

The dbt models in models/marts/returns/cin_census/ (or the oracle) give one table per XML module, each
carrying the keys that say where its rows nest:

    rpt_cin_census__children            LAchildID                       -> Child / ChildIdentifiers, Ethnicity
    rpt_cin_census__disabilities        LAchildID                       -> ChildCharacteristics / Disabilities
    rpt_cin_census__cin_details         LAchildID, CINdetailsID         -> CINdetails
    rpt_cin_census__assessments         CINdetailsID, AssessmentID      -> CINdetails / Assessments
    rpt_cin_census__assessment_factors  AssessmentID                    -> Assessments / FactorsIdentifiedAtAssessment
    rpt_cin_census__cin_plans           CINdetailsID                    -> CINdetails / CINPlanDates
    rpt_cin_census__section47           CINdetailsID                    -> CINdetails / Section47
    rpt_cin_census__cp_plans            CINdetailsID, CPPID             -> CINdetails / ChildProtectionPlans
    rpt_cin_census__cp_reviews          CPPID                           -> ChildProtectionPlans / Reviews

LAchildID is an XML element (in ChildIdentifiers) and is written once per child; CINdetailsID,
AssessmentID and CPPID are nesting keys only and never appear in the file. Rows whose keys nest nowhere
are refused, never dropped.

The file is deterministic: children in LAchildID order, episodes by referral date, modules by their
start dates (ties broken by every other column), and the header DateTime defaults to midnight on the
census date. Two runs on the same tables give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import pandas as pd
from lxml import etree

SCHEMA_PATH = Path(__file__).resolve().parent / "schemas" / "cin_census.xsd"
SOFTWARE_CODE = "ssd-kit"
RELEASE = "0.1.0"
SERIAL_NO = "001"
FIRST_YEAR = 2025  # Sex (M/F/U) replaced GenderCurrent from the 2024/25 census

CHILDREN = "rpt_cin_census__children"
DISABILITIES = "rpt_cin_census__disabilities"
CIN_DETAILS = "rpt_cin_census__cin_details"
ASSESSMENTS = "rpt_cin_census__assessments"
ASSESSMENT_FACTORS = "rpt_cin_census__assessment_factors"
CIN_PLANS = "rpt_cin_census__cin_plans"
SECTION47 = "rpt_cin_census__section47"
CP_PLANS = "rpt_cin_census__cp_plans"
CP_REVIEWS = "rpt_cin_census__cp_reviews"

# Columns of each table, in the order the model gives them: keys first, then the XML elements in DfE order.
COLUMNS: dict[str, list[str]] = {
    CHILDREN: ["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate",
               "Sex", "PersonDeathDate", "Ethnicity"],
    DISABILITIES: ["LAchildID", "Disability"],
    CIN_DETAILS: ["LAchildID", "CINdetailsID", "CINreferralDate", "ReferralSource", "PrimaryNeedCode",
                  "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA"],
    ASSESSMENTS: ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentActualStartDate",
                  "AssessmentInternalReviewDate", "AssessmentAuthorisationDate"],
    ASSESSMENT_FACTORS: ["LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"],
    CIN_PLANS: ["LAchildID", "CINdetailsID", "CINPlanStartDate", "CINPlanEndDate"],
    SECTION47: ["LAchildID", "CINdetailsID", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC",
                "ICPCnotRequired"],
    CP_PLANS: ["LAchildID", "CINdetailsID", "CPPID", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
               "LatestCategoryOfAbuse", "NumberOfPreviousCPP"],
    CP_REVIEWS: ["LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"],
}
KEY_COLUMNS = {"CINdetailsID", "AssessmentID", "CPPID"}  # nesting keys, never written

DATE_ELEMENTS = {
    "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate", "CINreferralDate", "CINclosureDate",
    "DateOfInitialCPC", "AssessmentActualStartDate", "AssessmentInternalReviewDate",
    "AssessmentAuthorisationDate", "CINPlanStartDate", "CINPlanEndDate", "S47ActualStartDate",
    "InitialCPCtarget", "CPPstartDate", "CPPendDate", "CPPreviewDate",
}
BOOLEAN_ELEMENTS = {"ReferralNFA", "ICPCnotRequired"}
INTEGER_ELEMENTS = {"NumberOfPreviousCPP"}


class CinCensusError(ValueError):
    """The tables cannot be written as a CIN census file (bad arguments, orphan rows or an XSD failure)."""


# --------------------------------------------------------------------------------------------- values


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _date_text(value: object) -> str:
    if isinstance(value, str):
        return pd.Timestamp(value.strip()).date().isoformat()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return pd.Timestamp(value).date().isoformat()


def _bool_text(value: object) -> str:
    text = str(value).strip().upper()
    if text in {"TRUE", "1", "Y", "YES", "T", "1.0"}:
        return "true"
    if text in {"FALSE", "0", "N", "NO", "F", "0.0"}:
        return "false"
    return str(value)  # left for the XSD to reject, with its message


def _int_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _text(element: str, value: object) -> str | None:
    """The XML text for one cell, or None to leave the element out."""
    if _is_missing(value):
        return None
    if element in DATE_ELEMENTS:
        return _date_text(value)
    if element in BOOLEAN_ELEMENTS:
        return _bool_text(value)
    if element in INTEGER_ELEMENTS:
        return _int_text(value)
    return str(value).strip()


def _key(value: object) -> str:
    return "" if _is_missing(value) else str(value).strip()


def _natural(code: str) -> tuple[int, str]:
    """Factor / code order: numeric part first (9A before 10A), then the rest."""
    m = re.match(r"(\d+)(.*)", code)
    return (int(m.group(1)), m.group(2)) if m else (10**6, code)


# --------------------------------------------------------------------------------------------- tables


def _prepare(frames: Mapping[str, pd.DataFrame]) -> dict[str, list[dict[str, object]]]:
    """Each table as a list of row dicts with exactly the expected columns; refuses missing tables/columns."""
    out: dict[str, list[dict[str, object]]] = {}
    for name, columns in COLUMNS.items():
        if name not in frames:
            raise CinCensusError(f"table {name} is missing (give an empty frame when it has no rows)")
        df = frames[name]
        absent = [c for c in columns if c not in df.columns]
        if absent:
            raise CinCensusError(f"table {name} lacks column(s) {absent}")
        out[name] = df[columns].astype(object).to_dict("records")
    return out


def _group(rows: Iterable[dict[str, object]], key: str) -> dict[str, list[dict[str, object]]]:
    groups: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        groups.setdefault(_key(row[key]), []).append(row)
    return groups


def _sort_key(row: dict[str, object], columns: list[str]) -> tuple:
    return tuple(_text(c, row[c]) or "" for c in columns)


def _check_nesting(tables: dict[str, list[dict[str, object]]]) -> None:
    """Every row must hang under a parent that is written; otherwise say which rows would be lost."""
    children = {_key(r["LAchildID"]) for r in tables[CHILDREN]}
    episodes = {_key(r["CINdetailsID"]) for r in tables[CIN_DETAILS]}
    assessments = {_key(r["AssessmentID"]) for r in tables[ASSESSMENTS]}
    plans = {_key(r["CPPID"]) for r in tables[CP_PLANS]}
    checks = [
        (DISABILITIES, "LAchildID", children), (CIN_DETAILS, "LAchildID", children),
        (ASSESSMENTS, "CINdetailsID", episodes), (ASSESSMENT_FACTORS, "AssessmentID", assessments),
        (CIN_PLANS, "CINdetailsID", episodes), (SECTION47, "CINdetailsID", episodes),
        (CP_PLANS, "CINdetailsID", episodes), (CP_REVIEWS, "CPPID", plans),
    ]
    problems = []
    for table, key, parents in checks:
        orphans = sorted({_key(r[key]) for r in tables[table]} - parents)
        if orphans:
            problems.append(f"{table}: {len(orphans)} {key} value(s) with no parent row, e.g. {orphans[:5]}")
    dupes = _duplicates(r["LAchildID"] for r in tables[CHILDREN])
    if dupes:
        problems.append(f"{CHILDREN}: LAchildID not unique, e.g. {dupes[:5]}")
    for table, key in ((CIN_DETAILS, "CINdetailsID"), (ASSESSMENTS, "AssessmentID"), (CP_PLANS, "CPPID")):
        dupes = _duplicates(r[key] for r in tables[table])
        if dupes:
            problems.append(f"{table}: {key} not unique, e.g. {dupes[:5]}")
    if problems:
        raise CinCensusError("the tables do not nest into one CIN census message:\n  " + "\n  ".join(problems))


def _duplicates(values: Iterable[object]) -> list[str]:
    seen: set[str] = set()
    dupes: set[str] = set()
    for v in values:
        k = _key(v)
        (dupes if k in seen else seen).add(k)
    return sorted(dupes)


# --------------------------------------------------------------------------------------------- XML


def _add(parent: etree._Element, row: Mapping[str, object], columns: Iterable[str]) -> None:
    """Append one element per non-key column with a value, in the given (DfE) order."""
    for column in columns:
        if column in KEY_COLUMNS:
            continue
        text = _text(column, row[column])
        if text is not None:
            etree.SubElement(parent, column).text = text


def _header(year: int, la_code: str, generated_at: dt.datetime) -> etree._Element:
    header = etree.Element("Header")
    details = etree.SubElement(header, "CollectionDetails")
    etree.SubElement(details, "Collection").text = "CIN"
    etree.SubElement(details, "Year").text = str(year)
    etree.SubElement(details, "ReferenceDate").text = dt.date(year, 3, 31).isoformat()
    source = etree.SubElement(header, "Source")
    etree.SubElement(source, "SourceLevel").text = "L"
    etree.SubElement(source, "LEA").text = la_code
    etree.SubElement(source, "SoftwareCode").text = SOFTWARE_CODE
    etree.SubElement(source, "Release").text = RELEASE
    etree.SubElement(source, "SerialNo").text = SERIAL_NO
    etree.SubElement(source, "DateTime").text = generated_at.isoformat(timespec="seconds")
    return header


def build_message(frames: Mapping[str, pd.DataFrame], year: int, la_code: str,
                  generated_at: dt.datetime | None = None) -> etree._Element:
    """The <Message> element for the tables (not validated: write_cin_census validates)."""
    _check_arguments(year, la_code)
    tables = _prepare(frames)
    _check_nesting(tables)
    when = generated_at if generated_at is not None else dt.datetime(year, 3, 31)

    disabilities = _group(tables[DISABILITIES], "LAchildID")
    episodes = _group(tables[CIN_DETAILS], "LAchildID")
    assessments = _group(tables[ASSESSMENTS], "CINdetailsID")
    factors = _group(tables[ASSESSMENT_FACTORS], "AssessmentID")
    cin_plans = _group(tables[CIN_PLANS], "CINdetailsID")
    section47 = _group(tables[SECTION47], "CINdetailsID")
    cp_plans = _group(tables[CP_PLANS], "CINdetailsID")
    reviews = _group(tables[CP_REVIEWS], "CPPID")

    message = etree.Element("Message")
    message.append(_header(year, la_code, when))
    children_el = etree.SubElement(message, "Children")
    for child in sorted(tables[CHILDREN], key=lambda r: _key(r["LAchildID"])):
        child_id = _key(child["LAchildID"])
        child_el = etree.SubElement(children_el, "Child")
        _add(etree.SubElement(child_el, "ChildIdentifiers"), child, COLUMNS[CHILDREN][:-1])
        characteristics = etree.SubElement(child_el, "ChildCharacteristics")
        _add(characteristics, child, ["Ethnicity"])
        codes = sorted({_text("Disability", r["Disability"]) or "" for r in disabilities.get(child_id, [])} - {""},
                       key=lambda c: (c != "NONE", c))
        if codes:
            group = etree.SubElement(characteristics, "Disabilities")
            for code in codes:
                etree.SubElement(group, "Disability").text = code
        order = ["CINreferralDate", "CINclosureDate", "CINdetailsID"]
        for episode in sorted(episodes.get(child_id, []), key=lambda r: _sort_key(r, order)):
            child_el.append(_episode(episode, assessments, factors, cin_plans, section47, cp_plans, reviews))
    return message


def _episode(episode: dict[str, object], assessments: dict, factors: dict, cin_plans: dict, section47: dict,
             cp_plans: dict, reviews: dict) -> etree._Element:
    episode_id = _key(episode["CINdetailsID"])
    el = etree.Element("CINdetails")
    _add(el, episode, ["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                       "ReasonForClosure", "DateOfInitialCPC"])
    columns = COLUMNS[ASSESSMENTS]
    for row in sorted(assessments.get(episode_id, []), key=lambda r: _sort_key(r, columns[3:] + ["AssessmentID"])):
        a = etree.SubElement(el, "Assessments")
        _add(a, row, columns[3:])
        codes = sorted({_text("AssessmentFactors", f["AssessmentFactors"]) or ""
                        for f in factors.get(_key(row["AssessmentID"]), [])} - {""}, key=_natural)
        if codes:
            group = etree.SubElement(a, "FactorsIdentifiedAtAssessment")
            for code in codes:
                etree.SubElement(group, "AssessmentFactors").text = code
    for table, name, rows in ((CIN_PLANS, "CINPlanDates", cin_plans), (SECTION47, "Section47", section47)):
        columns = COLUMNS[table][2:]
        for row in sorted(rows.get(episode_id, []), key=lambda r, c=columns: _sort_key(r, c)):
            _add(etree.SubElement(el, name), row, columns)
    _add(el, episode, ["ReferralNFA"])
    columns = COLUMNS[CP_PLANS][3:]
    for row in sorted(cp_plans.get(episode_id, []), key=lambda r: _sort_key(r, columns + ["CPPID"])):
        plan = etree.SubElement(el, "ChildProtectionPlans")
        _add(plan, row, columns)
        dates = sorted({_text("CPPreviewDate", r["CPPreviewDate"]) or "" for r in reviews.get(_key(row["CPPID"]), [])}
                       - {""})
        if dates:
            group = etree.SubElement(plan, "Reviews")
            for d in dates:
                etree.SubElement(group, "CPPreviewDate").text = d
    return el


# --------------------------------------------------------------------------------------------- validation


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """Our CIN census XSD (src/ssd_kit/returns/schemas/cin_census.xsd)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA_PATH)))


def serialise(message: etree._Element) -> bytes:
    return etree.tostring(message, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def validation_errors(document: bytes, limit: int = 20) -> list[str]:
    """XSD problems in a serialised document, each naming the child (LAchildID), the element and the XSD message."""
    tree = etree.fromstring(document, parser=etree.XMLParser(remove_blank_text=False)).getroottree()
    xsd = schema()
    if xsd.validate(tree):
        return []
    by_line: dict[int, etree._Element] = {}
    for el in tree.iter():
        if isinstance(el.tag, str):
            by_line.setdefault(el.sourceline, el)
    problems = []
    for err in list(xsd.error_log)[:limit]:
        el = by_line.get(err.line)
        where = tree.getpath(el) if el is not None else f"line {err.line}"
        child = _child_id(el) if el is not None else None
        who = f"child LAchildID={child}" if child else "header/message"
        problems.append(f"{who}: {where}: {err.message}")
    extra = len(xsd.error_log) - limit
    if extra > 0:
        problems.append(f"... and {extra} more")
    return problems


def _child_id(el: etree._Element) -> str | None:
    for node in el.iterancestors():
        if node.tag == "Child":
            ident = node.findtext("ChildIdentifiers/LAchildID")
            return ident if ident else "(no LAchildID)"
    if el.tag == "Child":
        return el.findtext("ChildIdentifiers/LAchildID") or "(no LAchildID)"
    return None


def _check_arguments(year: int, la_code: str) -> None:
    if not isinstance(la_code, str) or not re.fullmatch(r"[0-9]{3}", la_code):
        raise CinCensusError(f"la_code must be the LA's 3-digit DfE code (e.g. '201'), got {la_code!r}")
    if not isinstance(year, int) or year < FIRST_YEAR:
        raise CinCensusError(
            f"year must be a census year from {FIRST_YEAR} (2024/25, when Sex replaced GenderCurrent), got {year!r}")


# --------------------------------------------------------------------------------------------- writing


def write_cin_census(frames: Mapping[str, pd.DataFrame], path: Path, year: int, la_code: str,
                     generated_at: dt.datetime | None = None) -> Path:
    """Write the CIN census XML for census year `year` (ReferenceDate 31 March `year`) to `path`.

    The document is validated against our XSD before anything is written; an invalid one raises
    CinCensusError naming the child, the element and the XSD message, and leaves `path` untouched.
    The file appears atomically (written beside it, then renamed).
    """
    document = serialise(build_message(frames, year, la_code, generated_at))
    problems = validation_errors(document)
    if problems:
        raise CinCensusError(
            f"refusing to write {path}: the CIN census document fails the XSD ({SCHEMA_PATH.name}):\n  "
            + "\n  ".join(problems))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(document)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
