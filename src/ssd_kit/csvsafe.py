"""Neutralise spreadsheet formula injection in text written to CSV (OWASP "CSV Injection").

A CSV file is opened in Excel or LibreOffice by people; a text cell that begins with `=`, `+`, `-`, `@`, a tab or
a carriage return is read as a formula there (`@SUM(A1)`, `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`), so a value
typed into the case-management system could run in the analyst's spreadsheet. Such a text cell gets a leading
apostrophe, as OWASP recommends: spreadsheets show the text, not a formula.

Numbers are never touched: a value written from a number type is not text, and a text value that is exactly a
plain number (`-5`, `+1.5`) cannot call anything, so it stays as it is (the DfE reads such values as numbers; the
SSDA903 files hold none today, but a negative number must never gain a quote).
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def neutralise(text: str) -> str:
    """text, with a leading `'` when a spreadsheet would read it as a formula."""
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text
