"""Run the DfE's own validation rules (csc-validator-be-903 / csc-validator-be-cin) on written returns.

The validators pin pandas 1.x, so they live in their own environment (.venv-validators, made by
scripts/setup_validators.sh) and run as a subprocess (scripts/dfe_validators/run.py) that prints JSON.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ssd_kit.db import PROJECT_DIR

VENV_PYTHON = PROJECT_DIR / ".venv-validators" / "bin" / "python"
RUNNER = PROJECT_DIR / "scripts" / "dfe_validators" / "run.py"


class ValidatorsMissing(RuntimeError):
    pass


def ruleset(kind: str, year: int) -> str:
    """The validator's rule pack for collection year `year` (2026 = 1 April 2025 to 31 March 2026)."""
    prefix = {"ssda903": "lac", "cin": "cin"}[kind]
    return f"{prefix}{year - 1}_{str(year)[-2:]}"


@dataclass
class ValidationReport:
    kind: str
    ruleset: str
    rules: int
    errors: list[dict] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed_to_run: list[str] = field(default_factory=list)

    def codes(self) -> set[str]:
        return {e["code"] for e in self.errors}

    def describe(self) -> str:
        head = f"{self.kind} {self.ruleset}: {self.rules} rules, {len(self.errors)} raised"
        lines = [head] + [
            f"  {e['code']}: {e['rows']} rows ({', '.join(e.get('tables', []))}) {e['message']}"
            f"{' e.g. ' + ', '.join(e['examples']) if e.get('examples') else ''}"
            for e in self.errors
        ]
        if self.failed_to_run:
            lines.append(f"  rules that crashed inside the validator: {', '.join(self.failed_to_run)}")
        return "\n".join(lines)


def _run(args: list[str]) -> dict:
    if not VENV_PYTHON.exists():
        raise ValidatorsMissing(
            f"the DfE validators are not installed ({VENV_PYTHON} missing): run bash scripts/setup_validators.sh"
        )
    proc = subprocess.run([str(VENV_PYTHON), str(RUNNER), *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"the DfE validator could not run on {args[1]}:\n{tail}")
    return json.loads(proc.stdout)


def validate_ssda903(folder: Path, year: int, previous: Path | None = None) -> ValidationReport:
    args = ["ssda903", str(folder), "--ruleset", ruleset("ssda903", year)]
    if previous is not None:
        args += ["--previous", str(previous)]
    out = _run(args)
    return ValidationReport(
        "ssda903", out["ruleset"], out["rules"], out["errors"], out["rules_skipped"], out["rules_failed_to_run"]
    )


def validate_cin(path: Path, year: int) -> ValidationReport:
    out = _run(["cin", str(path), "--ruleset", ruleset("cin", year)])
    return ValidationReport("cin", out["ruleset"], out["rules"], out["errors"])
