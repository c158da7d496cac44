#!/usr/bin/env python3
"""Vendor the month names a language's regions write into ``explainer/data/cldr_months.json``.

The check of days reads a text's dates with the month names of its language, as CLDR writes
them, and with those its regions write beside them: an American page may abbreviate September
"Sept.", as CLDR's British English does, and an Austrian one write January "Jänner". Reading
them from every region's locale at each build would parse more than a hundred locales for
English alone; so this script keeps, for every language with a CLDR locale (and every script
it is written in: zh_Hant, sr_Latn), only the names its regions write and its own locale does
not, as days.month_names() reads them (wide and abbreviated, as a date writes them after its
day and as written alone, lowercased).

It reads them from Babel's CLDR data, offline: re-run it after upgrading Babel. Usage:
``python scripts/update_month_names.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_cldr_version

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the package must be importable

from explainer.content.checks.texts.days import CONTEXTS, cldr_months  # noqa: E402
from explainer.content.languages import language_locale  # noqa: E402

CLDR_VERSION = get_cldr_version()
MONTHS = ROOT / "explainer" / "data" / "cldr_months.json"


def regional_months() -> dict[str, dict[str, dict[str, int]]]:
    """Return, by language, the month names its regions write and its own locale does not."""
    identifiers = set(localedata.locale_identifiers()) - {"root"}
    languages: dict[str, list[Locale]] = {}
    for tag in sorted(identifiers):
        locale = Locale.parse(tag)
        languages.setdefault(language_locale(locale), []).append(locale)
    table = {}
    for language, regions in sorted(languages.items()):
        own = cldr_months(Locale.parse(language)) if language in identifiers else {}
        names = other_names(own, [cldr_months(region) for region in regions])
        if names:
            table[language] = names
    return table


def other_names(own: dict[str, dict[str, int]],
                regions: list[dict[str, dict[str, int]]]) -> dict[str, dict[str, int]]:
    """Return the names, by context, that the regions write and the language's own locale does
    not; a name a date writes after its day in one region and alone in another is kept as the
    former, which month_names() reads in both ways."""
    known = {name for named in own.values() for name in named}
    names: dict[str, dict[str, int]] = {context: {} for context in CONTEXTS}
    for context in CONTEXTS:
        for found in regions:
            names[context].update((name, number) for name, number in found[context].items()
                                  if name not in own.get(context, {}))
    names["stand-alone"] = {name: number for name, number in names["stand-alone"].items()
                            if name not in known and name not in names["format"]}
    return {context: dict(sorted(named.items())) for context, named in names.items() if named}


def json_text(table: dict[str, dict[str, dict[str, int]]]) -> str:
    """Write the table as JSON, one language a line, so that a new CLDR's diff reads."""
    lines = ["{", f'  "cldr": {json.dumps(CLDR_VERSION)},', '  "months": {']
    lines += [f"    {json.dumps(language)}: {json.dumps(names, ensure_ascii=False)}"
              + ("," if number < len(table) else "")
              for number, (language, names) in enumerate(table.items(), 1)]
    return "\n".join([*lines, "  }", "}"]) + "\n"


def main() -> None:
    """Write the month names of every language's regions."""
    table = regional_months()
    MONTHS.write_text(json_text(table), encoding="utf-8")
    count = sum(len(named) for names in table.values() for named in names.values())
    print(f"{MONTHS.relative_to(ROOT)}: {count} month names of the regions of "
          f"{len(table)} languages (CLDR {CLDR_VERSION})")


if __name__ == "__main__":
    main()
