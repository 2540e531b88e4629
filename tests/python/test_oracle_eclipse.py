"""OLM Eclipse: the returns built from its SSD equal the returns oracle except where its declared gaps reach them,
its own legal-status id scheme, the build on PostgreSQL (Eclipse's own engine), and fast renderer checks of its quirks
(tiny LA, no dbt). The SSD against the truth: test_suppliers_oracle.py (every supplier alike)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from ssd_kit import spec
from ssd_kit.db import Target, query_df
from ssd_sim.oracle import compare_declared, format_report
from ssd_sim.render import eclipse

from _support import AS_AT, RETURN_YEARS, SEED, build_la, build_returns, read_truth

SUPPLIER = "eclipse"


# ------------------------------------------------------------- statutory returns built from Eclipse
# The SSDA903 and CIN census return tables built from the Eclipse SSD equal the returns oracle computed from the
# truth, except where Eclipse's documented gaps reach a return. Whole tables, with the reason:
RETURN_TABLE_GAPS: dict[str, str] = {
    "rpt_ssda903__prev_perm": "ssd_cla_previous_permanence: no source in Eclipse (NO_SOURCE_TABLES)",
    "rpt_ssda903__reviews": "CANNOT_CARRY clar_cla_review_cancelled: cancelled reviews are not left out",
    "rpt_cin_census__cp_plans": "CANNOT_CARRY cppl_cp_plan_ola: another LA's plans are not left out",
    "rpt_cin_census__cp_reviews": "CANNOT_CARRY cppl_cp_plan_ola: reviews of another LA's plans are not left out",
}
# Single columns (the rest of the table must equal the oracle), with the reason:
RETURN_COLUMN_GAPS: dict[tuple[str, str], str] = {
    ("rpt_ssda903__episodes", "URN"): "CANNOT_CARRY clap_cla_placement_urn (Eclipse holds a UPRN there)",
    ("rpt_ssda903__oc2", "CONVICTED"): "ssd_cla_convictions: no source in Eclipse (NO_SOURCE_TABLES)",
    ("rpt_ssda903__oc2", "SUBSTANCE_MISUSE"): "ssd_cla_substance_misuse: no source in Eclipse (NO_SOURCE_TABLES)",
    ("rpt_ssda903__oc2", "INTERVENTION_RECEIVED"): "ssd_cla_substance_misuse: no source in Eclipse (NO_SOURCE_TABLES)",
    ("rpt_ssda903__oc2", "INTERVENTION_OFFERED"): "ssd_cla_substance_misuse: no source in Eclipse (NO_SOURCE_TABLES)",
    ("rpt_cin_census__children", "FormerUPN"): "ssd_linked_identifiers: no source in Eclipse (NO_SOURCE_TABLES)",
}


def _returns_of_interest(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {n: df for n, df in tables.items() if n.startswith(("rpt_ssda903__", "rpt_cin_census__"))}


@pytest.fixture(scope="module")
def eclipse_la(tiny_la) -> Target:
    return tiny_la(SUPPLIER)


@pytest.fixture(scope="module")
def eclipse_returns(eclipse_la) -> dict[int, tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]]:
    """{year: (oracle tables, built tables)} for the SSDA903 and CIN census of each year."""
    from ssd_sim.returns.oracle import compute_returns

    truth = read_truth(eclipse_la)
    built = build_returns(eclipse_la)
    return {
        year: (_returns_of_interest(compute_returns(truth, year, AS_AT, 6)), _returns_of_interest(built[year]))
        for year in RETURN_YEARS
    }


@pytest.mark.parametrize("year", RETURN_YEARS)
def test_returns_from_eclipse_equal_the_oracle(eclipse_returns: dict, year: int) -> None:
    from ssd_sim.returns.compare import diff_frames

    expected, actual = eclipse_returns[year]
    assert set(expected) == set(actual), set(expected) ^ set(actual)
    assert set(RETURN_TABLE_GAPS) <= set(expected) and {t for t, _ in RETURN_COLUMN_GAPS} <= set(expected)
    problems = []
    for name in sorted(set(expected) - set(RETURN_TABLE_GAPS)):
        gaps = [c for t, c in RETURN_COLUMN_GAPS if t == name]
        diff = diff_frames(name, expected[name].drop(columns=gaps), actual[name].drop(columns=gaps))
        if not diff.ok:
            problems.append(diff.describe(5))
    assert not problems, "\n".join(problems)
    assert sum(len(actual[n]) for n in actual if n not in RETURN_TABLE_GAPS) > 0


def test_legal_status_ids_are_the_episodes_that_start_them(eclipse_la) -> None:
    """ID_SCHEMES: each legal-status id is the care episode of the same child that starts on the same day."""
    ls = query_df(eclipse_la, f"select * from {eclipse_la.rel('ssd', 'ssd_legal_status')}")
    eps = query_df(eclipse_la, f"select * from {eclipse_la.rel('ssd', 'ssd_cla_episodes')}")
    assert len(ls) > 0
    m = ls.merge(eps, left_on="lega_legal_status_id", right_on="clae_cla_episode_id", how="left")
    assert m["clae_cla_episode_id"].notna().all(), "a legal-status id is no care episode"
    assert (m["lega_person_id"] == m["clae_person_id"]).all()
    assert (pd.to_datetime(m["lega_legal_status_start_date"]) == pd.to_datetime(m["clae_cla_episode_start_date"])).all()


def test_postgres_tiny_la_equals_truth(postgres_target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Eclipse mapping builds on PostgreSQL (Eclipse's own engine) and equals the truth there too."""
    from ssd_kit.db import connect

    target = replace(postgres_target, schema_prefix="pytest_eclipse_")
    monkeypatch.setenv("SSD_SCHEMA_PREFIX", target.schema_prefix)
    try:
        build_la(target, "tiny", supplier=SUPPLIER, returns=False)
        results = compare_declared(target, list(spec.ALL_TABLES), supplier=SUPPLIER)
        assert all(r.ok for r in results), format_report([r for r in results if not r.ok])
    finally:
        with connect(target) as con:
            cur = con.cursor()
            cur.execute(
                "select schema_name from information_schema.schemata where schema_name like %s",
                (target.schema_prefix + "%",),
            )
            for (name,) in cur.fetchall():
                cur.execute(f'drop schema "{name}" cascade')
            con.commit()


# ---------------------------------------------------------------- renderer quirks (tiny LA, no dbt)
@pytest.fixture(scope="module")
def tiny() -> tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]:
    from ssd_sim.simulate import simulate

    truth = simulate("tiny", SEED, 6, AS_AT)
    return truth, eclipse.render(truth, seed=SEED)


def test_raw_schema_is_declared(tiny: tuple) -> None:
    _, raw = tiny
    assert set(raw) == set(eclipse.raw_schema())
    for name, cols in eclipse.raw_schema().items():
        assert list(raw[name].columns) == list(cols), name


def test_people_quirks(tiny: tuple) -> None:
    truth, raw = tiny
    demo, pv = raw["PERSONDEMOGRAPHICSVIEW"], raw["PERSONVIEW"]
    ids = set(demo["PERSONID"].astype("int64"))
    assert {1, 2, 3, 4, 5, 6} <= ids, "Eclipse test persons 1-6 are in the person views"
    workers = set(truth["ssd_professionals"]["prof_professional_id"].astype("int64"))
    assert workers <= ids, "workers are persons in Eclipse"
    assert (pv["DUPLICATED"] == "DUPLICATE").any()
    assert pv["SURNAME"].fillna("").str.contains("DUPLICATE").any()
    assert set(demo["SEX"].dropna()) <= {"Male", "Female", "Unknown"}
    assert demo["ETHNICITYCODE"].dropna().str.match(r"^[A-Z_]+$").all()
    born_with_due = demo["DATEOFBIRTH"].notna() & demo["DUEDATE"].notna()
    assert born_with_due.any(), "Eclipse keeps a due date after the birth"
    refs = raw["REFERENCENUMBERPERSONVIEW"]
    assert {"UPN", "STAFF", "SWE"} <= set(refs["REFERENCETYPECODE"])


def test_forms_are_long_and_messy(tiny: tuple) -> None:
    truth, raw = tiny
    fa = raw["FORMANSWERPERSONVIEW"]
    per_instance = fa.groupby("INSTANCEID")["CONTROLNAME"].count()
    assert per_instance.max() > 1, "one row per answered control, not per form"
    assert set(fa["INSTANCESTATE"]) >= {"COMPLETE", "INPROGRESS", "CANCELLED"}
    assert fa["DESIGNSUBNAME"].fillna("").str.endswith(" ").any(), "sub-names keep trailing spaces"
    ticks = fa[fa["CONTROLNAME"] == "AnnexAReturn_nextSteps_agreed"].groupby("INSTANCEID").size()
    assert len(ticks) and ticks.max() >= 1
    # The referral form's INSTANCEID is the SSD referral id; the CIN-episode classification is a second scheme.
    ref_ids = set(fa.loc[fa["DESIGNGUID"] == "e6d9de9a-b56c-49d0-ab87-0f913ca8fc5f", "INSTANCEID"].astype("int64"))
    assert set(truth["ssd_cin_episodes"]["cine_referral_id"].astype("int64")) == ref_ids
    episodes = raw["CLASSIFICATIONPERSONVIEW"]
    ep_ids = set(episodes.loc[episodes["CLASSIFICATIONPATHID"] == 10, "CLASSIFICATIONASSIGNMENTID"].astype("int64"))
    assert not ep_ids & ref_ids


def test_plans_are_split_classification_periods(tiny: tuple) -> None:
    truth, raw = tiny
    c = raw["CLASSIFICATIONPERSONVIEW"]
    cin = c[(c["CLASSIFICATIONPATHID"] == 4) & (c["STATUS"] != "DELETED")]
    assert len(cin) > len(truth["ssd_cin_plans"]), "some CIN plans are two adjacent classification rows"
    assert (c["STATUS"] == "DELETED").any()
    cats = c[c["CLASSIFICATIONPATHID"] == 81]
    assert not cats["NAME"].isin(["NEG", "PHY", "SAB", "EMO", "MUL"]).any(), "categories are text names"


def test_change_reason_is_the_next_allocations_start_reason(tiny: tuple) -> None:
    truth, raw = tiny
    rel = raw["RELATIONSHIPPROFESSIONALVIEW"]
    reasons = set(truth["ssd_involvements"]["invo_worker_change_reason"].dropna())
    assert reasons and reasons <= set(rel["STARTREASONCODE"].dropna())
    assert "NEW" in set(rel["STARTREASONCODE"])


def test_early_help_quirks(tiny: tuple) -> None:
    truth, raw = tiny
    c = raw["CLASSIFICATIONPERSONVIEW"]
    eh = c[c["CLASSIFICATIONPATHID"] == eclipse.earlyhelp.PATH_EARLY_HELP]
    live = eh[eh["STATUS"] != "DELETED"]
    assert set(truth["ssd_early_help_episodes"]["earl_episode_id"].astype("int64")) <= set(
        live["CLASSIFICATIONASSIGNMENTID"].astype("int64")
    ), "an episode's id is its first classification assignment"
    assert (live["CLASSIFICATIONCODEID"] == eclipse.earlyhelp.CODE_FAMILY_HELP_EH).any(), "re-classified episodes"
    assert (eh["STATUS"] == "DELETED").any()
    org = raw["PERSONORGRELATIONSHIPVIEW"]
    assert (org["ALLOCATEDTEAMCODE"] == "EH").sum() == len(truth["ssd_early_help_episodes"])
    fa = raw["FORMANSWERPERSONVIEW"]
    closures = fa[fa["DESIGNGUID"].isin([eclipse.earlyhelp.EH_CLOSURE, eclipse.earlyhelp.FH_CLOSURE])]
    assert {"AnnexA_reasonForClosure1", "reasonForClosure1"} <= set(closures["CONTROLNAME"])


def test_adoption_quirks(tiny: tuple) -> None:
    truth, raw = tiny
    a = raw["CLAADOPTIONSVIEW"]
    perm = truth["ssd_permanence"]
    adoptions = perm[perm["perm_adm_decision_date"].notna()]
    assert set(adoptions["perm_table_id"].astype("int64")) < set(a["ADOPTIONID"].astype("int64")), "plus noise"
    assert "PERIODOFCAREID" not in a.columns, "the adoption record names no period of care"
    assert set(a["SIBLINGGROUP"].dropna()) <= {"Yes", "No"}


def test_render_is_deterministic(tiny: tuple) -> None:
    truth, raw = tiny
    again = eclipse.render(truth, seed=SEED)
    for name, df in raw.items():
        pd.testing.assert_frame_equal(df, again[name], check_dtype=True, obj=name)
