"""The check of days reads the month names a language's regions write ("Sept.", "Jänner")
from a table vendored from CLDR, not from every region's locale at each build."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .helpers import REPO

# Reading a text's days in a fresh process, with the CLDR locales Babel loads recorded.
READ_DAYS = """
import json
from babel import localedata
loaded = set()
load = localedata.load
def recorded(name, merge_inherited=True):
    loaded.add(name)
    return load(name, merge_inherited)
localedata.load = recorded
from explainer.content.checks.texts.days import stated_dates
days = [(day.day, day.month, day.year) for day in stated_dates({text!r}, {language!r})]
print(json.dumps([days, sorted(loaded)]))
"""


@pytest.mark.parametrize(("language", "text", "locales"), [
    ("en-US", "Helene made landfall on Sept. 26, 2024.", ["en", "en_US", "root"]),
    ("en", "Helene made landfall on 26 Sep 2024.", ["en", "en_001", "root"]),
    ("de", "Der Vertrag wurde am 25. Jänner 2024 unterzeichnet.", ["de", "root"]),
    ("sr-ME", "Potpisan je 25. sept. 2024.", ["root", "sr_Latn", "sr_Latn_ME"]),
])
def test_a_regions_month_name_is_read_with_its_languages_locales_alone(
        language: str, text: str, locales: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-B", "-c", READ_DAYS.format(text=text, language=language)],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    days, loaded = json.loads(result.stdout)
    assert len(days) == 1 and days[0][0] in (25, 26) and days[0][2] == 2024
    assert days[0][1] == (1 if "Jänner" in text else 9)
    assert loaded == locales


def test_the_vendored_month_names_are_those_of_babels_cldr() -> None:
    """The table is what scripts/update_month_names.py makes from the installed Babel: re-run
    it after upgrading Babel."""
    result = subprocess.run(
        [sys.executable, "-B", "-c", "import sys\nsys.path.insert(0, 'scripts')\n"
         "import update_month_names as script\n"
         "print(script.json_text(script.regional_months()), end='')"],
        cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    vendored = (REPO / "explainer" / "data" / "cldr_months.json").read_text(encoding="utf-8")
    assert result.stdout == vendored
