#!/usr/bin/env python3
"""Vendor CLDR's other names of territories into ``explainer/data/cldr_names.json``.

Babel carries CLDR's standard name of every territory ("Türkiye", "Czechia", "Eswatini") but
leaves out the other forms CLDR records beside it: the short ones ("UK", "US", "Myanmar") and
the variants in wide use ("Turkey", "Czech Republic", "Swaziland", "Ivory Coast"). Authors write
those, so the resolver needs them; and pages print some of them ("Hong Kong", "República
Democrática do Congo") where the standard name is a menu's (content/shownnames.py). This script
takes them from the ``cldr-localenames-full`` package, the CLDR project's own JSON (Unicode
License v3, copied to ``explainer/data/LICENSE-CLDR``), for each language explainer ships words
for (``explainer/data/i18n``) and each regional or script variety of it (pt-PT, zh-Hant). A
variety keeps only the names that differ from those it inherits, as Babel inherits the standard
names (pt-AO from pt-PT, pt-PT from pt: languages.cldr_lineage()).

Re-run it after bumping ``CLDR_VERSION``. It needs ``npm`` on the PATH, only to download the
package with ``npm pack``. Usage: ``python scripts/update_country_names.py``.
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the package must be importable

from npm_package import npm_pack, read_member  # noqa: E402

from explainer.content.languages import cldr_lineage  # noqa: E402

CLDR_VERSION = "48.2.0"
LANGUAGES = ROOT / "explainer" / "data" / "i18n"  # a strings table for each language shipped
NAMES = ROOT / "explainer" / "data" / "cldr_names.json"
LICENCE = ROOT / "explainer" / "data" / "LICENSE-CLDR"
ALTERNATIVE = re.compile(r"^(?P<code>[A-Z]{2})-alt-(?P<kind>[a-z]+)$")
def alternatives(territories: dict[str, str]) -> dict[str, dict[str, str]]:
    """Return the alternative names of a locale's territories, by code and kind."""
    found: dict[str, dict[str, str]] = {}
    for key, name in sorted(territories.items()):
        match = ALTERNATIVE.match(key)
        if match:
            found.setdefault(match["code"], {})[match["kind"]] = name
    return found


def json_text(names: dict[str, dict[str, dict[str, str]]]) -> str:
    """Write the names as JSON, one territory a line, so that a new CLDR's diff reads."""
    lines = ["{", f'  "cldr": {json.dumps(CLDR_VERSION)},', '  "alternatives": {']
    for number, (locale, codes) in enumerate(sorted(names.items()), 1):
        end = "," if number < len(names) else ""
        if not codes:
            lines.append(f"    {json.dumps(locale)}: {{}}{end}")
            continue
        lines.append(f"    {json.dumps(locale)}: {{")
        lines += [f"      {json.dumps(code)}: {json.dumps(kinds, ensure_ascii=False)}"
                  + ("," if index < len(codes) else "")
                  for index, (code, kinds) in enumerate(sorted(codes.items()), 1)]
        lines.append(f"    }}{end}")
    return "\n".join([*lines, "  }", "}"]) + "\n"


def locales(tar: tarfile.TarFile) -> list[str]:
    """Return the CLDR locales of the languages explainer ships words for, each after those
    it inherits from."""
    languages = {path.stem for path in LANGUAGES.glob("*.yml")}
    found = {Path(name).parts[2] for name in tar.getnames()
             if name.endswith("/territories.json") and name.startswith("package/main/")}
    return sorted((tag for tag in found if tag.split("-")[0] in languages),
                  key=lambda tag: (len(cldr_lineage(tag)), tag))


def inherited(names: dict[str, dict[str, dict[str, str]]], tag: str) -> dict[str, dict[str, str]]:
    """Return the names a locale has from those it inherits alone (pt-AO: pt-PT's and pt's)."""
    merged: dict[str, dict[str, str]] = {}
    for parent in reversed(cldr_lineage(tag)[1:]):
        for code, kinds in names.get(parent, {}).items():
            merged[code] = {**merged.get(code, {}), **kinds}
    return merged


def own_names(found: dict[str, dict[str, str]],
              inherits: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Return the names of a locale that differ from those it inherits."""
    own = {code: {kind: name for kind, name in kinds.items()
                  if inherits.get(code, {}).get(kind) != name}
           for code, kinds in found.items()}
    return {code: kinds for code, kinds in own.items() if kinds}


def main() -> None:
    """Download the package and write the names and the licence."""
    names: dict[str, dict[str, dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp, \
            npm_pack(f"cldr-localenames-full@{CLDR_VERSION}", Path(tmp)) as tar:
        for tag in locales(tar):
            raw = read_member(tar, f"main/{tag}/territories.json")
            if raw is None:
                sys.exit(f"cldr-localenames-full: no territories for '{tag}'")
            data = json.loads(raw)["main"][tag]["localeDisplayNames"]["territories"]
            own = own_names(alternatives(data), inherited(names, tag))
            if own or "-" not in tag:
                names[tag] = own
        licence = read_member(tar, "LICENSE")
    if licence is None:
        sys.exit("cldr-localenames-full: no LICENSE in the package")
    NAMES.write_text(json_text(names), encoding="utf-8")
    LICENCE.write_bytes(licence)
    count = sum(len(codes) for codes in names.values())
    print(f"{NAMES.relative_to(ROOT)}: alternative names of {count} territories "
          f"in {len(names)} locales")

if __name__ == "__main__":
    main()
