"""Issue #9 part 3: the SSD gate's cascade policy is a spec fact, and a cycle in it is refused by `ssd gen-ssd`."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ssd_kit import spec, specgen


def test_every_foreign_key_declares_on_orphan() -> None:
    fks = [f for f in spec.fields() if f.foreign_key]
    assert fks and all(f.on_orphan in ("quarantine", "keep") for f in fks)
    by_col = {f.column: f.on_orphan for f in fks}
    # structural parents cascade; workers, teams and the placement -> period of care direction do not
    assert by_col["clae_cla_placement_id"] == "quarantine"
    assert by_col["cppr_cp_plan_id"] == "quarantine"
    assert by_col["cinf_assessment_id"] == "quarantine"
    assert by_col["clap_cla_id"] == "keep"
    assert by_col["cine_referral_worker_id"] == "keep"
    assert by_col["cina_assessment_team"] == "keep"


def test_policy_is_a_dag_and_cascades_structural_parents() -> None:
    policy = specgen.gate_policy()
    parents = {t: {f.foreign_key.split(".")[0] for f in fs} for t, fs in policy.items()}
    assert parents["ssd_cla_episodes"] == {"ssd_person", "ssd_cla_placement"}
    assert "ssd_cla_episodes" not in parents["ssd_cla_placement"]


def _patched(monkeypatch: pytest.MonkeyPatch, column: str, **changes: str) -> None:
    fields = tuple(replace(f, **changes) if f.column == column else f for f in spec.fields())

    def table_fields(table: str) -> tuple[spec.Field, ...]:
        return tuple(f for f in fields if f.table == table)

    monkeypatch.setattr(spec, "table_fields", table_fields)


def test_a_cycle_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, "clap_cla_id", on_orphan="quarantine")
    with pytest.raises(ValueError, match="cycle"):
        specgen.gate_policy()


def test_a_foreign_key_without_a_policy_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, "cppr_cp_plan_id", on_orphan="")
    with pytest.raises(ValueError, match="on_orphan"):
        specgen.gate_policy()


def test_end_of_must_name_a_column(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, "cine_close_date", end_of="cine_no_such_date")
    with pytest.raises(ValueError, match="end_of"):
        specgen.gate_policy()


def test_gate_macro_has_the_rules() -> None:
    tables = list(spec.ALL_TABLES)
    text = specgen.gate_macro(tables, specgen.gate_policy(tables))
    block = text[text.index("'ssd_cla_episodes': {"):]
    block = block[: block.index("},")]
    assert "'primary_key': ['clae_cla_episode_id']" in block
    assert "'end_dates': [['clae_cla_episode_ceased_date', 'clae_cla_episode_start_date']]" in block
    # cascades in spec order, each with the parent column's logical type (the gate casts both sides to it)
    assert block.index("['clae_person_id', 'ssd_person', 'pers_person_id', 'string']") < block.index(
        "['clae_cla_placement_id', 'ssd_cla_placement', 'clap_cla_placement_id', 'string']"
    )
    # a keep foreign key (clap_cla_id -> ssd_cla_episodes) does not cascade
    placement = text[text.index("'ssd_cla_placement': {"):]
    placement = placement[: placement.index("},")]
    assert "'clap_cla_id'" not in placement and "'clap_person_id', 'ssd_person'" in placement


def test_gate_models_call_the_macro() -> None:
    assert specgen.gate_model_sql("ssd_cla_episodes").splitlines() == [
        f"-- {specgen.GENERATED_NOTE}",
        "{{ ssd_gate('ssd_cla_episodes') }}",
    ]
