#!/usr/bin/env python3
"""Vendor CLDR's quotation marks of every language into ``explainer/data/cldr_quotes.json``.

Babel carries CLDR's dates, numbers and names, but not its delimiters: the marks each language
quotes with („…“ in Bulgarian, «…» in Greek, “…” in Korean). The typesetter (content/
typography.py) sets a language it has no style of its own for with these. This script takes
them from the ``cldr-misc-full`` package, the CLDR project's own JSON (Unicode License v3, as
``explainer/data/LICENSE-CLDR``), for each language CLDR knows (its tags without a region or
script: a page's regional tag falls back to its language's).

Re-run it after bumping ``CLDR_VERSION``. It needs ``npm`` on the PATH, only to download the
package with ``npm pack``. Usage: ``python scripts/update_quotes.py``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from npm_package import npm_pack, read_member
from update_country_names import CLDR_VERSION

ROOT = Path(__file__).resolve().parent.parent
QUOTES = ROOT / "explainer" / "data" / "cldr_quotes.json"
MARKS = ("quotationStart", "quotationEnd", "alternateQuotationStart", "alternateQuotationEnd")


def main() -> None:
    """Download the package and write each language's marks: outer, then inner."""
    quotes: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp, \
            npm_pack(f"cldr-misc-full@{CLDR_VERSION}", Path(tmp)) as tar:
        languages = sorted({Path(name).parts[2] for name in tar.getnames()
                            if name.endswith("/delimiters.json")
                            and name.startswith("package/main/")} - {"root"})
        for tag in (tag for tag in languages if "-" not in tag):
            raw = read_member(tar, f"main/{tag}/delimiters.json")
            if raw is None:
                sys.exit(f"cldr-misc-full: no delimiters for '{tag}'")
            marks = json.loads(raw)["main"][tag]["delimiters"]
            quotes[tag] = [marks[mark] for mark in MARKS]
    lines = ["{", f'  "cldr": {json.dumps(CLDR_VERSION)},', '  "quotes": {']
    lines += [f"    {json.dumps(tag)}: {json.dumps(marks, ensure_ascii=False)}"
              + ("," if number < len(quotes) else "")
              for number, (tag, marks) in enumerate(sorted(quotes.items()), 1)]
    QUOTES.write_text("\n".join([*lines, "  }", "}"]) + "\n", encoding="utf-8")
    print(f"{QUOTES.relative_to(ROOT)}: the quotation marks of {len(quotes)} languages")


if __name__ == "__main__":
    main()
