"""A throwaway copy of the parts of the dbt project that the macro tests need.

The sandbox holds the project's macros, seeds (dfe + ref) and models/utilities, plus any extra
fixture files a test adds, with a dbt_project.yml derived from the real one (same name, so
`adapter.dispatch(..., 'ssd')` resolves, same vars and flags). Building it does not depend on
models other engineers are writing, and nothing it writes lands in the real project.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

PROJECT_DIR = Path(__file__).resolve().parents[2]
PROFILES_DIR = PROJECT_DIR / "profiles"
COPIED = ("macros", "models/utilities", "seeds/dfe", "seeds/ref", "seeds/_seeds.yml")
KEPT_PROJECT_KEYS = ("name", "version", "config-version", "profile", "require-dbt-version", "flags", "vars")


def make_sandbox(root: Path, extra_files: Mapping[str, str] | None = None) -> Path:
    """Lay out a sandbox dbt project under `root` and return its directory."""
    project = root / "project"
    project.mkdir(parents=True)
    config = yaml.safe_load((PROJECT_DIR / "dbt_project.yml").read_text(encoding="utf-8"))
    sandbox_config: dict[str, Any] = {key: config[key] for key in KEPT_PROJECT_KEYS if key in config}
    sandbox_config.update(
        {
            "model-paths": ["models"],
            "seed-paths": ["seeds"],
            "macro-paths": ["macros"],
            "test-paths": ["tests"],
            "seeds": config.get("seeds", {}),
            "data_tests": config.get("data_tests", {}),
        }
    )
    (project / "dbt_project.yml").write_text(yaml.safe_dump(sandbox_config, sort_keys=False), encoding="utf-8")
    for relative in COPIED:
        source = PROJECT_DIR / relative
        target = project / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    for relative, text in (extra_files or {}).items():
        path = project / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """Set environment variables (read by profiles.yml) for the duration of a dbt invocation."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def run_dbt(project: Path, args: list[str], **env: str) -> Any:
    """Invoke dbt in-process on the sandbox; returns the dbtRunnerResult."""
    from dbt.cli.main import dbtRunner

    full_args = [
        *args,
        "--project-dir",
        str(project),
        "--profiles-dir",
        str(PROFILES_DIR),
        "--target-path",
        str(project / "target"),
        "--log-path",
        str(project / "logs"),
    ]
    with environment(**env):
        return dbtRunner().invoke(full_args)
