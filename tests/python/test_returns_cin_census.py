"""CIN census: the XML writer and our XSD (no dbt needed), then the dbt models against the oracle for two
census years, the written file, and the DfE validation rules on the output (small simulated LA)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from ssd_kit.returns import cin_xml
from ssd_sim.returns import cin_census_rules, oracle_cin_census
from ssd_sim.returns.compare import diff_frames

from _support import RETURN_YEARS

D = pd.Timestamp


# --------------------------------------------------------------------------------------------- writer


def small_frames() -> dict[str, pd.DataFrame]:
    """Two children for census 2025/26: C1 with every module, C0 unborn with an NFA referral."""
    f = {
        cin_xml.CHILDREN: pd.DataFrame([
            {"LAchildID": "C1", "UPN": "A12345678901B", "FormerUPN": None, "UPNunknown": None,
             "PersonBirthDate": D("2015-06-01"), "ExpectedPersonBirthDate": None, "Sex": "F",
             "PersonDeathDate": None, "Ethnicity": "WBRI"},
            {"LAchildID": "C0", "UPN": None, "FormerUPN": None, "UPNunknown": None, "PersonBirthDate": None,
             "ExpectedPersonBirthDate": D("2026-05-20"), "Sex": "U", "PersonDeathDate": None, "Ethnicity": "NOBT"},
        ]),
        cin_xml.DISABILITIES: pd.DataFrame([{"LAchildID": "C1", "Disability": "LD"},
                                            {"LAchildID": "C1", "Disability": "AUT"}]),
        cin_xml.CIN_DETAILS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "CINreferralDate": D("2025-05-01"), "ReferralSource": "2A",
             "PrimaryNeedCode": "N1", "CINclosureDate": None, "ReasonForClosure": None, "DateOfInitialCPC": None,
             "ReferralNFA": False},
            {"LAchildID": "C0", "CINdetailsID": "R0", "CINreferralDate": D("2026-02-02"), "ReferralSource": "3B",
             "PrimaryNeedCode": "N4", "CINclosureDate": D("2026-02-03"), "ReasonForClosure": "RC8",
             "DateOfInitialCPC": None, "ReferralNFA": True},
        ]),
        cin_xml.ASSESSMENTS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "AssessmentID": "A1",
             "AssessmentActualStartDate": D("2025-05-02"), "AssessmentInternalReviewDate": None,
             "AssessmentAuthorisationDate": D("2025-06-10")},
        ]),
        cin_xml.ASSESSMENT_FACTORS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "AssessmentID": "A1", "AssessmentFactors": f}
            for f in ("16A", "4B", "10A")
        ]),
        cin_xml.CIN_PLANS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "CINPlanStartDate": D("2025-06-12"),
             "CINPlanEndDate": D("2025-07-01")},
        ]),
        cin_xml.SECTION47: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "S47ActualStartDate": D("2025-06-20"),
             "InitialCPCtarget": D("2025-07-11"), "DateOfInitialCPC": D("2025-07-01"), "ICPCnotRequired": False},
        ]),
        cin_xml.CP_PLANS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "CPPID": "P1", "CPPstartDate": D("2025-07-01"),
             "CPPendDate": None, "InitialCategoryOfAbuse": "NEG", "LatestCategoryOfAbuse": "EMO",
             "NumberOfPreviousCPP": 0},
        ]),
        cin_xml.CP_REVIEWS: pd.DataFrame([
            {"LAchildID": "C1", "CINdetailsID": "R1", "CPPID": "P1", "CPPreviewDate": D("2025-09-30")},
            {"LAchildID": "C1", "CINdetailsID": "R1", "CPPID": "P1", "CPPreviewDate": D("2026-03-25")},
        ]),
    }
    return f


def test_writer_writes_a_valid_document(tmp_path: Path) -> None:
    path = cin_xml.write_cin_census(small_frames(), tmp_path / "cin.xml", 2026, "201")
    tree = etree.parse(str(path))
    assert cin_xml.schema().validate(tree), cin_xml.schema().error_log
    assert tree.findtext("Header/CollectionDetails/Year") == "2026"
    assert tree.findtext("Header/CollectionDetails/ReferenceDate") == "2026-03-31"
    assert tree.findtext("Header/Source/LEA") == "201"
    assert tree.findtext("Header/Source/DateTime") == "2026-03-31T00:00:00"  # derived, not the clock
    assert [c.findtext("ChildIdentifiers/LAchildID") for c in tree.iterfind("Children/Child")] == ["C0", "C1"]
    episode = tree.find("Children/Child[2]/CINdetails")
    tags = [el.tag for el in episode]
    assert tags == ["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "Assessments", "CINPlanDates",
                    "Section47", "ReferralNFA", "ChildProtectionPlans"]
    assert episode.findtext("ReferralNFA") == "false"
    assert episode.findtext("Section47/ICPCnotRequired") == "false"
    assert [f.text for f in episode.iterfind("Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")] == [
        "4B", "10A", "16A"]
    assert [r.text for r in episode.iterfind("ChildProtectionPlans/Reviews/CPPreviewDate")] == [
        "2025-09-30", "2026-03-25"]
    assert tree.findtext("Children/Child[1]/CINdetails/ReferralNFA") == "true"
    text = path.read_text(encoding="utf-8")
    for key in ("CINdetailsID", "AssessmentID", "CPPID"):
        assert key not in text, f"nesting key {key} leaked into the XML"
    assert tree.find("Children/Child[1]/ChildCharacteristics/Disabilities") is None  # unborn, none given
    assert not list(tmp_path.glob(".*.tmp")), "temporary file left behind"


def test_writer_refuses_an_invalid_document_and_says_where(tmp_path: Path) -> None:
    frames = small_frames()
    frames[cin_xml.CHILDREN].loc[frames[cin_xml.CHILDREN]["LAchildID"] == "C1", "Sex"] = "X"
    frames[cin_xml.CP_PLANS]["InitialCategoryOfAbuse"] = None
    target = tmp_path / "cin.xml"
    with pytest.raises(cin_xml.CinCensusError) as err:
        cin_xml.write_cin_census(frames, target, 2026, "201")
    msg = str(err.value)
    assert "child LAchildID=C1" in msg
    assert "/Sex" in msg and "'X'" in msg
    assert "InitialCategoryOfAbuse" in msg
    assert not target.exists()
    assert not list(tmp_path.iterdir()), "nothing may be written for a refused document"


def test_writer_does_not_overwrite_a_good_file_with_a_bad_one(tmp_path: Path) -> None:
    target = cin_xml.write_cin_census(small_frames(), tmp_path / "cin.xml", 2026, "201")
    before = target.read_bytes()
    frames = small_frames()
    frames[cin_xml.CIN_DETAILS]["ReferralSource"] = "ZZ"
    with pytest.raises(cin_xml.CinCensusError, match="ReferralSource"):
        cin_xml.write_cin_census(frames, target, 2026, "201")
    assert target.read_bytes() == before


@pytest.mark.parametrize("la_code", ["20", "2010", "ABC", "", None, 201])
def test_writer_refuses_a_bad_la_code(tmp_path: Path, la_code: object) -> None:
    with pytest.raises(cin_xml.CinCensusError, match="3-digit"):
        cin_xml.write_cin_census(small_frames(), tmp_path / "cin.xml", 2026, la_code)  # type: ignore[arg-type]


def test_writer_refuses_years_before_sex(tmp_path: Path) -> None:
    with pytest.raises(cin_xml.CinCensusError, match="GenderCurrent"):
        cin_xml.write_cin_census(small_frames(), tmp_path / "cin.xml", 2024, "201")


def test_writer_refuses_rows_that_nest_nowhere(tmp_path: Path) -> None:
    frames = small_frames()
    extra = frames[cin_xml.ASSESSMENTS].assign(CINdetailsID="NOPE", AssessmentID="A9")
    frames[cin_xml.ASSESSMENTS] = pd.concat([frames[cin_xml.ASSESSMENTS], extra], ignore_index=True)
    with pytest.raises(cin_xml.CinCensusError, match="NOPE"):
        cin_xml.write_cin_census(frames, tmp_path / "cin.xml", 2026, "201")
    del frames[cin_xml.CP_REVIEWS]
    with pytest.raises(cin_xml.CinCensusError, match="rpt_cin_census__cp_reviews is missing"):
        cin_xml.write_cin_census(frames, tmp_path / "cin.xml", 2026, "201")


def test_writer_is_deterministic(tmp_path: Path) -> None:
    a = cin_xml.write_cin_census(small_frames(), tmp_path / "a.xml", 2026, "201").read_bytes()
    shuffled = {k: v.sample(frac=1, random_state=7).reset_index(drop=True) for k, v in small_frames().items()}
    b = cin_xml.write_cin_census(shuffled, tmp_path / "b.xml", 2026, "201").read_bytes()
    assert a == b
    when = dt.datetime(2026, 5, 1, 9, 30)
    c = cin_xml.write_cin_census(small_frames(), tmp_path / "c.xml", 2026, "201", generated_at=when).read_bytes()
    assert b"<DateTime>2026-05-01T09:30:00</DateTime>" in c


# A message in the DfE's shape, written for this test (true/false and 1/0 yes/no values, optional items).
DFE_STYLE = """<?xml version="1.0" encoding="UTF-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate>
    </CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>845</LEA><SoftwareCode>Some CMS</SoftwareCode>
      <Release>1</Release><SerialNo>0042</SerialNo><DateTime>2025-05-02T10:11:12Z</DateTime></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>ABC123</LAchildID><UPNunknown>UN1</UPNunknown>
        <PersonBirthDate>2022-01-05</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>MWBA</Ethnicity>
        <Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2024-10-01</CINreferralDate><ReferralSource>10</ReferralSource>
        <PrimaryNeedCode>N0</PrimaryNeedCode><CINclosureDate>2025-01-15</CINclosureDate>
        <ReasonForClosure>RC9</ReasonForClosure>
        <Assessments><AssessmentActualStartDate>2024-10-02</AssessmentActualStartDate>
          <AssessmentInternalReviewDate>2024-10-20</AssessmentInternalReviewDate>
          <AssessmentAuthorisationDate>2024-11-01</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>21</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <Section47><S47ActualStartDate>2024-10-03</S47ActualStartDate><ICPCnotRequired>1</ICPCnotRequired>
        </Section47>
        <ReferralNFA>0</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>
"""


def test_our_xsd_accepts_a_dfe_style_message() -> None:
    doc = etree.fromstring(DFE_STYLE.encode())
    assert cin_xml.schema().validate(doc), cin_xml.schema().error_log


@pytest.mark.parametrize(("change", "why"), [
    (("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>"), "GenderCurrent is the pre-2024/25 item"),
    (("<ReferralNFA>0</ReferralNFA>", ""), "ReferralNFA is required"),
    (("2025-03-31</ReferenceDate>", "2025-03-30</ReferenceDate>"), "ReferenceDate is a 31 March (rule 100)"),
    (("<LEA>845</LEA>", "<LEA>84</LEA>"), "LEA has 3 digits"),
    (("ABC123", "ABC_123"), "LAchildID is alphanumeric (rule 1580)"),
    (("<ICPCnotRequired>1</ICPCnotRequired>", "<ICPCnotRequired>yes</ICPCnotRequired>"), "yes/no values"),
])
def test_our_xsd_rejects(change: tuple[str, str], why: str) -> None:
    doc = etree.fromstring(DFE_STYLE.replace(*change).encode())
    assert not cin_xml.schema().validate(doc), why


def test_element_order_matters() -> None:
    moved = DFE_STYLE.replace("<ReferralNFA>0</ReferralNFA>", "").replace(
        "<CINreferralDate>2024-10-01</CINreferralDate>", "<ReferralNFA>0</ReferralNFA><CINreferralDate>2024-10-01"
        "</CINreferralDate>")
    assert not cin_xml.schema().validate(etree.fromstring(moved.encode()))


# --------------------------------------------------------------------------------------------- models


def _cin(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {name: df for name, df in tables.items() if name.startswith("rpt_cin_census__")}


@pytest.mark.slow
@pytest.mark.parametrize("year", RETURN_YEARS)
def test_models_equal_the_oracle(returns_by_year: dict, truth_tables: dict, year: int) -> None:
    built = _cin(returns_by_year[year])
    expected = oracle_cin_census.compute(truth_tables, year)
    assert sorted(built) == sorted(expected), f"CIN census models built: {sorted(built)}"
    diffs = [diff_frames(name, expected[name], built[name]) for name in sorted(expected)]
    assert all(d.ok for d in diffs), "\n".join(d.describe() for d in diffs if not d.ok)
    for name, df in expected.items():
        assert len(df) > 0, f"{name} is empty for {year}: the small LA should have rows, so the test proves little"


@pytest.mark.slow
@pytest.mark.parametrize("year", RETURN_YEARS)
def test_xml_from_the_models_is_valid(returns_by_year: dict, tmp_path: Path, year: int) -> None:
    frames = _cin(returns_by_year[year])
    path = cin_xml.write_cin_census(frames, tmp_path / f"cin_census_{year}.xml", year, "999")
    tree = etree.parse(str(path))
    assert cin_xml.schema().validate(tree)
    assert len(tree.findall("Children/Child")) == len(frames[cin_xml.CHILDREN])
    assert len(tree.findall("Children/Child/CINdetails")) == len(frames[cin_xml.CIN_DETAILS])
    assert len(tree.findall(".//AssessmentFactors")) == len(frames[cin_xml.ASSESSMENT_FACTORS])
    assert len(tree.findall(".//CPPreviewDate")) == len(frames[cin_xml.CP_REVIEWS])
    again = cin_xml.write_cin_census(frames, tmp_path / "again.xml", year, "999")
    assert again.read_bytes() == path.read_bytes()


# Rules whose failures come from the simulated source data, not from how the return is built: 8565 (an
# assessment authorised, or a conference held, a day or two after the referral's recorded closure - a few
# simulated referrals close before their last activity). Reported and bounded, not hidden.
SOURCE_DATA_RULES = {"8565"}


@pytest.mark.slow
@pytest.mark.parametrize("year", RETURN_YEARS)
def test_dfe_validation_rules_on_the_output(returns_by_year: dict, year: int) -> None:
    frames = _cin(returns_by_year[year])
    results = cin_census_rules.check(frames, year)
    errors = {code: len(rows) for code, rows in results.items()
              if len(rows) and not cin_census_rules.is_query(code) and code not in SOURCE_DATA_RULES}
    assert not errors, f"DfE rules failed on the {year} return: {errors}"
    episodes = len(frames[cin_xml.CIN_DETAILS])
    for code in SOURCE_DATA_RULES:
        assert len(results[code]) <= max(5, episodes // 200), f"{code}: {len(results[code])} rows"
    # the inclusion rules leave room for an NFA referral made just before 1 April: a query, never an error
    assert len(results["8569Q"]) <= max(5, episodes // 100)
