"""Run the DfE's own validation rules (the csc-validator packages) on written return files; print JSON.

This script runs in its own virtual environment (.venv-validators, made by scripts/setup_validators.sh)
because the validator packages pin pandas 1.x, which the project cannot share. It only reads files.

    python run.py ssda903 FOLDER --ruleset lac2025_26 [--previous FOLDER]
    python run.py cin FILE.xml --ruleset cin2025_26
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import logging
import sys
import warnings
from pathlib import Path


def _ssda903(folder: Path, ruleset: str, previous: Path | None, la: str) -> dict:
    from lac_validator import lac_validator
    from lac_validator.utils import process_uploaded_files

    this_year = sorted(str(p) for p in folder.glob("*.csv"))
    files = {"This year": this_year}
    if previous is not None:
        files["Prev year"] = sorted(str(p) for p in previous.glob("*.csv"))
    registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    year = "20" + ruleset[-2:]
    validator = lac_validator.LacValidator(
        metadata={"collectionYear": year, "localAuthority": la},
        files=process_uploaded_files(files),
        registry=registry,
    )
    messages = {str(rule.code): rule.message for _, rule in registry.items()}
    errors: dict[str, dict] = {}
    for table, frame in validator.ds_results.items():
        if table == "metadata" or not hasattr(frame, "columns"):
            continue
        for col in [c for c in frame.columns if str(c).startswith("ERR_")]:
            hits = frame[frame[col].fillna(False).astype(bool)]
            if len(hits):
                code = col[4:]
                entry = errors.setdefault(code, {"code": code, "message": messages.get(code, ""), "rows": 0,
                                                 "tables": [], "examples": []})
                entry["rows"] += len(hits)
                entry["tables"].append(table)
                if "CHILD" in hits.columns:
                    entry["examples"].extend(str(c) for c in hits["CHILD"].head(3))
    return {
        "return": "ssda903",
        "ruleset": ruleset,
        "rules": len(registry),
        "rules_run": len(validator.dones),
        "rules_skipped": sorted(map(str, validator.skips)),
        "rules_failed_to_run": sorted(map(str, validator.fails)),
        "tables_read": sorted(k for k in validator.dfs if k != "metadata"),
        "errors": sorted(errors.values(), key=lambda e: e["code"]),
    }


def _cin(path: Path, ruleset: str) -> dict:
    import xml.etree.ElementTree as ET

    from cin_validator import cin_validator

    root = ET.parse(path).getroot()
    data = cin_validator.process_data(cin_validator.convert_data(root))
    registry = importlib.import_module(f"cin_validator.rules.{ruleset}").registry
    validator = cin_validator.CinValidator(data, registry)
    issues = validator.full_issue_df
    errors = []
    for code, group in issues.groupby("rule_code"):
        errors.append(
            {
                "code": str(code),
                "message": str(group["rule_description"].iloc[0]),
                "rule_type": str(group["rule_type"].iloc[0]),
                "rows": int(len(group)),
                "tables": sorted({str(t) for t in group["tables_affected"]}),
                "examples": sorted({str(c) for c in group["child_id"].dropna()})[:3],
            }
        )
    return {"return": "cin", "ruleset": ruleset, "rules": len(list(registry)), "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["ssda903", "cin"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--ruleset", required=True)
    parser.add_argument("--previous", type=Path, default=None)
    parser.add_argument("--la", default="E09000027", help="ONS LA code the 903 validator's metadata wants")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    noise = io.StringIO()
    with contextlib.redirect_stdout(noise):
        if args.kind == "ssda903":
            result = _ssda903(args.path, args.ruleset, args.previous, args.la)
        else:
            result = _cin(args.path, args.ruleset)
    json.dump(result, sys.stdout, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
