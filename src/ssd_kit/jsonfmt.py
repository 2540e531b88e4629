"""The one text form of the SSD's *_json columns, shared by the simulator and the dbt macros.

Objects: keys in the order given, compact separators, string values or null, e.g.
{"NFA_FLAG":"N","CP_FLAG":"Y"}. Arrays: ["2B","4B","21"]. The macros ssd_json_object and
ssd_json_array build exactly this text in SQL, so truth and SSD compare as plain strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping


def json_object(pairs: Mapping[str, str | None]) -> str:
    return json.dumps(dict(pairs), separators=(",", ":"), ensure_ascii=False)


def json_array(values: Iterable[str]) -> str:
    return json.dumps(list(values), separators=(",", ":"), ensure_ascii=False)
