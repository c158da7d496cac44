"""Footnotes as readers follow them: each mark leads to its own note, and the note back."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest
from bs4 import BeautifulSoup, Tag

from explainer.content.text.markup import Markup

from .helpers import run_cli, soup, write_project

SLUG = "plant-jobs"
# Notes in two prose sections that both number theirs from 1, in a timeline's two events (two
# texts of one section), and in the front matter's changes; a note cited twice; raw HTML with
# an id of the page's own.
STORY = """\
---
title: Jobs at the plant
dek: What a filing says about the plant's jobs.
published: 2024-06-26
changes:
  - date: 2024-06-27
    text: |-
      Adds the union's figure.[^1]

      [^1]: From the union's statement.
---

--- summary
---
About 4,000 jobs may go[^1], the filing says[^a note].

[^1]: According to a filing to the regulator.
[^a note]: The company disputes the figure.

--- prose
heading: What the filing says
---
The plant employs 9,000 people[^1], and <a id="main">the filing</a> counts some twice[^1].

[^1]: A figure from the company's 2023 report.

--- timeline
events:
  - date: 2024-06
    title: The filing
    text: |-
      Filed in June.[^1]

      [^1]: A public record.
  - date: 2024-07
    title: The hearing
    text: |-
      Set for July.[^1]

      [^1]: From the court's calendar.
---
"""
# What each mark leads to, in the order of the page (which shows the changes last).
NOTES = ["According to a filing to the regulator.", "The company disputes the figure.",
         "A figure from the company’s 2023 report.", "A figure from the company’s 2023 report.",
         "A public record.", "From the court’s calendar.", "From the union’s statement."]


class Built(NamedTuple):
    """The story's page, built with authors' HTML sanitised or trusted."""

    page: BeautifulSoup
    trusted: bool


@pytest.fixture(scope="module", params=[False, True], ids=["sanitised", "trusted"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Build the story, with authors' HTML sanitised or trusted."""
    root = write_project(tmp_path_factory.mktemp("notes") / "site", {
        f"content/{SLUG}.md": STORY, "site.yml": f"trusted_html: {str(request.param).lower()}\n"})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return Built(soup(root / "public" / f"{SLUG}.html"), request.param)


def target(page: BeautifulSoup, link: Tag) -> Tag:
    """Return the one element of the page an in-page link leads to."""
    found = page.find_all(id=link["href"][1:])
    assert len(found) == 1, (link, found)
    return found[0]


def note_text(item: Tag) -> str:
    """Return a note as readers see it, without its way back."""
    return item.get_text(" ", strip=True).rstrip("↩ \u00a0")


def test_every_footnote_mark_leads_to_its_own_note(built: Built) -> None:
    page = built.page
    marks = page.select("sup > a[href]")
    assert [note_text(target(page, mark)) for mark in marks] == NOTES
    assert [mark.get_text() for mark in marks] == ["1", "2", "1", "1", "1", "1", "1"]


def test_every_note_leads_back_to_each_mark_that_cites_it(built: Built) -> None:
    page = built.page
    notes = page.select("li[id]")
    assert [note_text(note) for note in notes] == list(dict.fromkeys(NOTES))
    for note in notes:
        backs = [target(page, back) for back in note.select('a[href^="#"]')]
        marks = [sup for sup in page.select("sup")
                 if sup.a["href"] == f"#{note['id']}"]
        assert backs == marks and marks, note


def test_no_id_is_on_the_page_twice(built: Built) -> None:
    ids = Counter(tag["id"] for tag in built.page.find_all(id=True))
    # A trusted author's own HTML may take any id, the page's main among them.
    assert [name for name, count in ids.items() if count > 1] == (["main"] if built.trusted
                                                                 else [])
    assert ids["fn_what-the-filing-says-1"] == ids["fnref2_what-the-filing-says-1"] == 1


def test_the_sanitiser_keeps_the_notes_ids_and_no_other() -> None:
    text = ('Cited[^1]. <a id="main" href="#x">x</a> <sup id="top">2</sup> '
            '<h2 id="fn_summary-1">h</h2> <span id="fnref_summary-1">s</span>\n\n'
            "[^1]: A note.")
    html = BeautifulSoup(Markup().block(text), "html.parser")
    assert {tag.name: tag["id"] for tag in html.find_all(id=True)} == {
        "sup": "fnref_1", "li": "fn_1"}
    trusted = BeautifulSoup(Markup(trusted_html=True).block(text), "html.parser")
    assert {tag["id"] for tag in trusted.find_all(id=True)} == {
        "main", "top", "fn_summary-1", "fnref_summary-1", "fnref_1", "fn_1"}


@pytest.mark.parametrize("label", ["1", "a note", "Ünïcode:x", "<b>"])
def test_any_label_makes_a_valid_id(label: str) -> None:
    html = BeautifulSoup(Markup().block(f"Cited[^{label}].\n\n[^{label}]: A note."),
                         "html.parser")
    assert [tag["id"] for tag in html.find_all(id=True)] == ["fnref_1", "fn_1"]


UNCITED = """\
---
title: Jobs at the plant
dek: What a filing says about the plant's jobs.
published: 2024-06-26
---

--- prose
heading: What the filing says
---
The plant employs 9,000 people[^1].

[^1]: A figure from the company's 2023 report.
  [^2]: A figure nothing refers to.

--- timeline
events:
  - date: 2024-06
    title: The filing
    text: |-
      Filed in June.

      [^1]: A public record.
---
"""


def test_a_note_nothing_refers_to_is_listed_without_a_way_back_and_warned_of(
        tmp_path: Path) -> None:
    root = write_project(tmp_path / "site", {"content/x.md": UNCITED})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    assert (
        "content/x.md:13:3: warning: section 'prose': footnote [^2] is never referred to; "
        "the page lists it all the same\n"
        "    [^2]: A figure nothing refers to.\n"
        "  hint: refer to it with [^2] where it applies, or remove it\n") in result.stderr
    assert "content/x.md:19:11: warning: section 'timeline': footnote [^1] is never " \
        "referred to" in result.stderr
    page = soup(root / "public" / "x.html")
    notes = page.select("li[id]")
    assert [note.get_text().strip("\n") for note in notes] == [
        "A figure from the company’s 2023 report.\u00a0↩", "A figure nothing refers to.",
        "A public record."]
    assert run_cli("build", "--root", root, "--output", root / "public", "--strict"
                   ).returncode != 0


def test_each_way_back_is_named_in_the_page_s_language(built: Built, tmp_path: Path) -> None:
    stories = {f"content/{language}.md": STORY.replace(
        "published:", f"language: {language}\npublished:") for language in ("fr", "ar")}
    root = write_project(tmp_path / "site", stories)
    assert run_cli("build", "--root", root, "--output", root / "public").returncode == 0
    for page, label in [(built.page, "Back to the text"),
                        (soup(root / "public/fr/fr.html"), "Retour au texte"),
                        (soup(root / "public/ar/ar.html"), "العودة إلى النص")]:
        ways_back = [link for note in page.select("li[id]") for link in note.select("a")]
        assert len(ways_back) == 7
        assert {link.get("aria-label") for link in ways_back} == {label}
        assert not any(link.has_attr("title") for link in ways_back)


def test_a_mark_without_its_note_is_warned_of_where_it_stands(tmp_path: Path) -> None:
    story = UNCITED.replace("people[^1].", "people[^1], a figure that does not exist[^nope].")
    root = write_project(tmp_path / "site", {"content/x.md": story})
    result = run_cli("check", "--root", root)
    line = story.split("\n").index("The plant employs 9,000 people[^1], a figure that does not "
                                   "exist[^nope].") + 1
    column = story.split("\n")[line - 1].index("[^nope]") + 1
    assert (f"content/x.md:{line}:{column}: warning: section 'prose': footnote [^nope] has no "
            "note; the page shows '[^nope]' as typed\n") in result.stderr
    assert "[^1] has no note" not in result.stderr


def test_an_event_s_notes_stand_below_its_text_and_stay_out_of_the_data_files(
        tmp_path: Path) -> None:
    root = write_project(tmp_path / "site", {f"content/{SLUG}.md": STORY})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = soup(root / "public" / f"{SLUG}.html")
    # No paragraph holds the block of notes: the text is its own paragraph, the notes below it.
    assert [p for p in page.select(".timeline p, .changes p") if p.find(["div", "ol", "p"])] == []
    event = page.select(".timeline .event")[0]
    assert event.select_one("li[id]").get_text().strip().startswith("A public record.")
    rows = (root / "public" / "data" / f"{SLUG}.timeline.csv").read_text(encoding="utf-8")
    assert "Filed in June.," in rows and "A public record" not in rows and "↩" not in rows
    slides = json.loads((root / "public" / "data" / f"{SLUG}.timelinejs.json").read_text(
        encoding="utf-8"))["events"]
    assert slides[0]["text"]["text"].startswith("<p>Filed in June.</p>")
    assert "#fn" not in json.dumps(slides)
