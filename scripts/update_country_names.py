#!/usr/bin/env python3
"""Vendor CLDR's other names of territories into ``explainer/content/cldr_names.py``.

Babel carries CLDR's standard name of every territory ("Türkiye", "Czechia", "Eswatini") but
leaves out the other forms CLDR records beside it: the short ones ("UK", "US", "Myanmar") and
the variants in wide use ("Turkey", "Czech Republic", "Swaziland", "Ivory Coast"). Authors write
those, so the resolver needs them; this script takes them from the ``cldr-localenames-full``
package, the CLDR project's own JSON (Unicode License v3, copied to
``explainer/data/LICENSE-CLDR``).

Re-run it after bumping ``CLDR_VERSION``. It needs ``npm`` on the PATH, only to download the
package with ``npm pack``. Usage: ``python scripts/update_country_names.py``.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from update_geodata import npm_pack, read_member

CLDR_VERSION = "48.2.0"
LOCALES = ("en",)  # the languages whose names the resolver reads
ROOT = Path(__file__).resolve().parent.parent
MODULE = ROOT / "explainer" / "content" / "cldr_names.py"
LICENCE = ROOT / "explainer" / "data" / "LICENSE-CLDR"
ALTERNATIVE = re.compile(r"^(?P<code>[A-Z]{2})-alt-(?P<kind>[a-z]+)$")
HEADER = '''"""CLDR's other names of territories (short forms and variants), which Babel leaves out.

Written by scripts/update_country_names.py from cldr-localenames-full {version} (Unicode
License v3, see explainer/data/LICENSE-CLDR); do not edit by hand. By language, then by
territory code: the kind of name CLDR gives ("short", "variant", ...) and the name.
"""

CLDR_VERSION = "{version}"
ALTERNATIVES: dict[str, dict[str, dict[str, str]]] = '''


def alternatives(territories: dict[str, str]) -> dict[str, dict[str, str]]:
    """Return the alternative names of a locale's territories, by code and kind."""
    found: dict[str, dict[str, str]] = {}
    for key, name in sorted(territories.items()):
        match = ALTERNATIVE.match(key)
        if match:
            found.setdefault(match["code"], {})[match["kind"]] = name
    return found


def python_text(names: dict[str, dict[str, dict[str, str]]]) -> str:
    """Write the names as a Python literal, one territory a line."""
    lines = ["{"]
    for locale, codes in sorted(names.items()):
        lines.append(f"    {json.dumps(locale)}: {{")
        lines += [f"        {json.dumps(code)}: {json.dumps(kinds, ensure_ascii=False)},"
                  for code, kinds in sorted(codes.items())]
        lines.append("    },")
    return "\n".join([*lines, "}"]) + "\n"


def main() -> None:
    """Download the package and write the module and the licence."""
    names: dict[str, dict[str, dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp, \
            npm_pack(f"cldr-localenames-full@{CLDR_VERSION}", Path(tmp)) as tar:
        for locale in LOCALES:
            raw = read_member(tar, f"main/{locale}/territories.json")
            if raw is None:
                sys.exit(f"cldr-localenames-full: no territories for '{locale}'")
            data = json.loads(raw)["main"][locale]["localeDisplayNames"]["territories"]
            names[locale] = alternatives(data)
        licence = read_member(tar, "LICENSE")
    if licence is None:
        sys.exit("cldr-localenames-full: no LICENSE in the package")
    MODULE.write_text(HEADER.format(version=CLDR_VERSION) + python_text(names),
                      encoding="utf-8")
    LICENCE.write_bytes(licence)
    count = sum(len(codes) for codes in names.values())
    print(f"{MODULE.relative_to(ROOT)}: alternative names of {count} territories")


if __name__ == "__main__":
    main()
