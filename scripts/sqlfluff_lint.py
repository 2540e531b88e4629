"""`sqlfluff` with the dbt templater, able to lint the supplier packages (suppliers/<name>/) in the same pass.

sqlfluff-templater-dbt finds a file's dbt node by its path relative to the root project, but a node of a local
package carries its path relative to the package (dbt_packages/<package> links to suppliers/<name>), so a file
under suppliers/ is reported as "not found in dbt project" and skipped. This wrapper adds that lookup and then runs
the ordinary sqlfluff command line with the arguments given (`python scripts/sqlfluff_lint.py lint models suppliers`).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlfluff.cli.commands import cli
from sqlfluff.core.errors import SQLFluffSkipFile
from sqlfluff_templater_dbt.templater import DbtTemplater

_find_node = DbtTemplater._find_node


def _find_node_in_packages(self, fname, config=None, dbt_dir=os.getcwd()):  # noqa: ANN001, ANN202, B008
    try:
        return _find_node(self, fname, config, dbt_dir)
    except SQLFluffSkipFile:
        wanted = Path(fname).resolve()
        packages = Path(dbt_dir) / "dbt_packages"
        for node in self.dbt_manifest.nodes.values():
            if (packages / node.package_name / node.original_file_path).resolve() == wanted:
                return node
        raise


DbtTemplater._find_node = _find_node_in_packages

if __name__ == "__main__":
    cli()
