#!/usr/bin/env python3
"""Make the font social cards are drawn in: DejaVu Sans Bold, cut down to the scripts it draws.

Pillow's own font draws only plain ASCII: a French, Polish or Hebrew title came out with a
box for every accented or foreign letter. DejaVu Sans draws the Latin, Greek, Cyrillic,
Hebrew and Arabic alphabets; cut down to those (and their punctuation, currency signs and
the layout rules that join Arabic letters), it weighs about 150 KB.

Run it with the path of DejaVuSans-Bold.ttf (Debian's fonts-dejavu-core puts it in
/usr/share/fonts/truetype/dejavu/) and fontTools installed (``python -m pip install
fonttools``):

    python scripts/card_font.py /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

It writes ``explainer/data/fonts/card.ttf``; the font's licence is in the same folder.
Nothing is fetched or cut when a site is built.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "explainer" / "data" / "fonts" / "card.ttf"
# Latin (with Vietnamese and the combining accents), Greek, Cyrillic, Hebrew and Arabic, with
# general punctuation, currency signs, letter-like symbols, arrows and the minus sign.
RANGES = ("U+0020-007E,U+00A0-024F,U+0259,U+02BB-02BC,U+02C6-02DD,U+0300-036F,U+0370-03FF,"
          "U+0400-052F,U+0590-05FF,U+0600-06FF,U+0750-077F,U+1E00-1EFF,U+2000-206F,"
          "U+20A0-20CF,U+2100-214F,U+2190-2193,U+2212,U+FB1D-FB4F,U+FB50-FDFF,U+FE70-FEFF")


def main(source: str) -> None:
    """Cut the font at `source` down to RANGES, keeping every layout feature."""
    subset.main([source, f"--unicodes={RANGES}", "--layout-features=*", "--no-hinting",
                 "--desubroutinize", f"--output-file={OUT}"])
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
