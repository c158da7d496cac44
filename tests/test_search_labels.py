"""A country shown under a label of its own (England, Team GB, 臺北) is found by that label,
as by the country's names; a story that shows the country under its own name is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from .searchindex import built_site, found, site_files

STORY = ("---\ntitle: Results\ndek: The count.\npublished: {date}\nlanguage: {language}\n"
         "---\n\n--- countries\ncountries:\n  - {{name: {name}, {label}role: host}}\n---\n")


@pytest.mark.parametrize(("language", "name", "label", "query"), [
    ("en", "United Kingdom", "England", "england"),
    ("en", "United Kingdom", "Team GB", "team gb"),
    ("fr", "Taiwan", "Taipei chinois", "taipei"),
    ("ja", "Taiwan", "チャイニーズ・タイペイ", "タイペイ")])
def test_a_country_is_found_by_the_label_its_page_shows(
        tmp_path: Path, language: str, name: str, label: str, query: str) -> None:
    labelled = STORY.format(date="2024-07-06", language=language, name=name,
                            label=f"label: {label}, ")
    plain = STORY.format(date="2024-07-05", language=language, name=name, label="")
    out = built_site(tmp_path, {"site.yml": f"language: {language}\n",
                                "content/a.md": labelled, "content/b.md": plain})
    files = site_files(out)  # the newest, the labelled one, first
    assert found(files, query) == {0}, query
    assert found(files, name.split()[0]) == {0, 1}  # both are found by the country's name
