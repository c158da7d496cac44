"""Broken content: each case fails with exit code 1 and the exact message, never a traceback.

tests/fixtures/broken/<case>.md is one broken explainer; <case>.expected holds every problem
explainer reports for it, as rendered when the file is content/<case>.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.cli import main

from .helpers import REPO, run_cli

BROKEN = REPO / "tests" / "fixtures" / "broken"
CASES = sorted(p.stem for p in BROKEN.glob("*.md"))
GOOD = "---\ntitle: Good\ndek: D\npublished: 2024-05-23\n---\n\n--- summary\n---\nFine.\n"


def expected(case: str) -> str:
    return (BROKEN / f"{case}.expected").read_text(encoding="utf-8")


def problems_by_file(stderr: str) -> dict[str, str]:
    """Split rendered problems into one block of lines per file."""
    blocks: dict[str, str] = {}
    for block in re.split(r"\n(?=content/)", stderr.rsplit("\nerror: ", 1)[0]):
        name = block.split(":", 1)[0]
        blocks[name] = blocks.get(name, "") + block + "\n"
    return blocks


def messages_by_place(stderr: str) -> dict[str, str]:
    """Return each error's message by its place, those named under another's message too."""
    messages: dict[str, str] = {}
    message = ""
    for line in stderr.splitlines():
        if ": error: " in line and not line.startswith(" "):
            place, message = line.split(": error: ", 1)
            messages[place] = message
        elif line.startswith("  the same at "):
            place, _, where = line.removeprefix("  the same at ").partition(" ")
            shared = re.sub(r" on lines [\d, ]+ \(\d+ entries\)$", "", message)
            messages[place] = f"{shared} {where}".rstrip()
    return messages


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 25
    assert all((BROKEN / f"{case}.expected").is_file() for case in CASES)


@pytest.mark.parametrize("case", CASES)
def test_each_broken_case_fails_with_its_message(case: str, make_site: Callable[..., Path],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = make_site({f"content/{case}.md": (BROKEN / f"{case}.md").read_bytes(),
                      "content/good.md": GOOD})
    code = main(["build", "--root", str(root)])
    err = capsys.readouterr().err
    assert code == 1
    errors = expected(case).count(": error: ")
    assert err == expected(case) + f"error: {errors} error(s) found; nothing was written\n"
    assert "Traceback" not in err
    assert not (root / "public").exists()


def test_all_cases_at_once_through_the_command_line(make_site: Callable[..., Path]) -> None:
    root = make_site({f"content/{case}.md": (BROKEN / f"{case}.md").read_bytes()
                      for case in CASES})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    # The same message in several files is printed once, the other places listed under it.
    said = problems_by_file(result.stderr)
    shared = {name for name, block in said.items() if "  the same at " in block} | \
        set(re.findall(r"^  the same at ([^:]+)", result.stderr, re.MULTILINE))
    assert len(shared) > 4
    assert {name: block for name, block in said.items() if name not in shared} == {
        f"content/{case}.md": expected(case) for case in CASES
        if f"content/{case}.md" not in shared}
    assert messages_by_place(result.stderr) == {
        line.split(": error: ")[0]: line.split(": error: ")[1]
        for case in CASES for line in expected(case).splitlines() if ": error: " in line}
    assert result.stdout == ""


def test_a_fifty_megabyte_file(make_site: Callable[..., Path]) -> None:
    root = make_site()
    with open(root / "content" / "huge.md", "wb") as huge:
        huge.truncate(50 * 1024 * 1024)
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "content/huge.md:1:1: error: file is 50.0 MB, over the 5 MB limit\n"
        "  hint: an explainer is text; move large data out of content/\n")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_named_pipe_in_content_is_refused_not_waited_on(make_site: Callable[..., Path],
                                                          command: str) -> None:
    root = make_site()
    os.mkfifo(root / "content" / "pipe.md")  # reading it would wait for a writer for ever
    result = run_cli(command, "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "content/pipe.md:1:1: error: not a file of text but a named pipe, a device or a socket\n"
        "  hint: explainer reads files of text only: move it elsewhere\n"), result.stderr
    assert not (root / "public").exists()


def test_two_explainers_with_one_slug_are_reported_at_their_slug_fields(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": GOOD.replace("---\n\n", "slug: same\n---\n\n", 1),
                      "content/b.md": GOOD.replace("---\n", "---\n# moved\n\n", 1)
                      .replace("---\n\n", "slug:   same\n---\n\n", 1)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "content/b.md:7:9: error: slug 'same' is already used by content/a.md:5:7\n"
        "    slug:   same\n"
        "  hint: give one of them another 'slug:' or file name\n")


def test_a_slug_from_the_file_name_is_reported_at_the_title(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": GOOD.replace("---\n\n", "slug: same\n---\n\n", 1),
                      "content/same.md": GOOD})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert "content/same.md:2:8: error: slug 'same' (its file's name) is already used by " \
        "content/a.md:5:7\n    title: Good\n" in result.stderr


@pytest.mark.parametrize(("name", "language", "page"), [
    ("index", "", "index.html, which is the front page of the site"),
    ("404", "", "404.html, which is the page shown for a missing address"),
    ("search", "", "search.html, which is the search page of the site"),
    ("index", "fr", "fr/index.html, which is the front page of fr/"),
    ("search", "fr", "fr/search.html, which is the search page of fr/"),
])
def test_an_explainer_cannot_take_a_page_of_the_site(make_site: Callable[..., Path], name: str,
                                                      language: str, page: str) -> None:
    text = GOOD.replace("---\n\n", f"language: {language}\n---\n\n", 1) if language else GOOD
    root = make_site({f"content/{name}.md": text})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"content/{name}.md:2:8: error: this explainer's page would be {page}\n"), result.stderr
    assert "  hint: rename the file, or give the explainer another 'slug:'" in result.stderr
    assert not (root / "public").exists()


def test_a_language_folder_has_no_page_for_missing_addresses_to_guard(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/404.md": GOOD.replace("---\n\n", "language: fr\n---\n\n", 1)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    assert (root / "public/fr/404.html").is_file() and (root / "public/404.html").is_file()


def test_an_empty_list_item_is_no_internal_error(make_site: Callable[..., Path]) -> None:
    text = GOOD.replace("---\n\n", "tags:\n  -\n  - a\n---\n\n", 1)
    result = run_cli("check", "--root", make_site({"content/a.md": text}))
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr


def test_a_broken_site_config(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "title: News\ntrusted_html: maybe\nlanguage: english\n",
                      "content/good.md": GOOD})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert result.stderr == (
        "site.yml:2:15: error: site config: 'trusted_html' must be true or false, found the "
        "value 'maybe'\n"
        "    trusted_html: maybe\n"
        "  hint: write 'trusted_html: true' or 'trusted_html: false', without quotes\n"
        "site.yml:3:11: error: site config: 'language' must be a language tag such as en or "
        "fr-CA, found 'english'\n"
        "    language: english\n"
        "  hint: write its tag: language: en\n"
        "error: 2 error(s) found; nothing was written\n")



@pytest.mark.parametrize(("tag", "told"), [
    ("gr", "'gr' is the code of the country Greece, not of a language\n    language: gr\n"
     "  hint: write the tag of its language: el (Greek)"),
    ("ua-UA", "'ua' is the code of the country Ukraine, not of a language\n    language: "
     "ua-UA\n  hint: write the tag of its language: uk-UA (Ukrainian)"),
    ("deu", "'deu' is the three-letter code of German, whose tag has two letters\n    language: "
     "deu\n  hint: write the tag of its language: de (German)"),
    ("qq", "CLDR has no data for 'qq': its dates and numbers are written as in English\n"
     "    language: qq\n  hint: check the language tag"),
])
def test_a_tag_of_no_language_is_warned_of_at_its_field(
        make_site: Callable[..., Path], tag: str, told: str) -> None:
    text = GOOD.replace("---\n\n", f"language: {tag}\n---\n\n", 1)
    result = run_cli("check", "--root", make_site({"content/a.md": text}))
    assert result.returncode == 0, result.stderr
    assert f"content/a.md:5:11: warning: front matter: {told}\n" in result.stderr


@pytest.mark.parametrize("tag", ["el", "uk-UA", "de", "fil", "se"])
def test_a_language_s_own_tag_is_not_warned_of(make_site: Callable[..., Path], tag: str) -> None:
    text = GOOD.replace("---\n\n", f"language: {tag}\n---\n\n", 1)
    result = run_cli("check", "--root", make_site({"content/a.md": text}))
    assert result.returncode == 0, result.stderr
    assert "content/a.md:5" not in result.stderr


def test_a_locale_s_name_as_a_language_is_refused_with_its_tag(
        make_site: Callable[..., Path]) -> None:
    text = GOOD.replace("---\n\n", "language: he_IL\n---\n\n", 1)
    result = run_cli("check", "--root", make_site({"content/a.md": text}))
    assert result.returncode == 1
    assert result.stderr.startswith(
        "content/a.md:5:11: error: front matter: 'language' must be a language tag such as en or "
        "fr-CA, found 'he_IL'\n    language: he_IL\n  hint: write its tag: language: he-IL\n")


def test_a_site_in_a_country_s_code_is_told_its_language(make_site: Callable[..., Path]) -> None:
    result = run_cli("check", "--root", make_site({"site.yml": "language: jp\n",
                                                    "content/good.md": GOOD}))
    assert result.returncode == 0
    assert "site.yml: warning: 'jp' is the code of the country Japan, not of a language\n" \
        "  hint: write the tag of its language: ja (Japanese)\n" in result.stderr

def test_a_project_without_content(make_site: Callable[..., Path]) -> None:
    root = make_site()
    (root / "content").rmdir()
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith("content: error: there is no content/ folder\n")


def test_other_files_in_content_are_ignored_with_a_warning(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/good.md": GOOD, "content/notes.txt": "to do",
                      "content/photos/map.png": b"\x89PNG\r\n\x1a\n\0\0",
                      "content/.DS_Store": b"\0\0\0\1Bud1", "content/.drafts/x.md": "broken",
                      "content/.good.md.swp": b"\0binary", "content/sub.md/inner.md": GOOD
                      .replace("title: Good", "title: Inner")})
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "content/notes.txt: warning: not an explainer (only .md files are read); it is ignored\n"
        "  hint: move it out of content/, or rename it to end in .md if it is an explainer\n"
        "content/photos/map.png: warning: a picture no explainer shows; it is not published\n"
        "  hint: show it in an explainer (an 'image' section, or ![alt](path) in its text), "
        "or move it out of content/\n")
    assert {"good.html", "inner.html"} <= {p.name for p in (root / "public").glob("*.html")}
    assert not (root / "public" / "notes.txt").exists()
    assert run_cli("build", "--root", root, "--strict").returncode == 1


def test_a_picture_beside_an_explainer_with_an_error_is_no_stray(
        make_site: Callable[..., Path]) -> None:
    story = GOOD.replace("Fine.\n", "Fine.\n\n![The reservoir](img/reservoir.png)\n")
    root = make_site({"content/story.md": story.replace("dek: D\n", "dek: D\nstatus: x\n"),
                      "content/img/reservoir.png": b"\x89PNG\r\n\x1a\n\0\0"})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "unknown field 'status'" in result.stderr
    assert "reservoir.png" not in result.stderr


@pytest.mark.parametrize(("name", "hint"), [
    ("Haiti_mission", "rename the file haiti-mission.md, or set 'slug: haiti-mission' in the "
                      "front matter"),
    ("My Story", "rename the file my-story.md, or set 'slug: my-story' in the front matter"),
    ("Élection 2024", "rename the file election-2024.md, or set 'slug: election-2024' in the "
                      "front matter"),
    ("地震", "rename the file with lowercase letters, digits and hyphens, or set 'slug:' in the "
            "front matter")])
def test_a_file_name_that_is_no_slug_is_told_the_slug_it_stands_for(
        make_site: Callable[..., Path], name: str, hint: str) -> None:
    root = make_site({f"content/{name}.md": GOOD})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert f"slug '{name}' is not allowed: it has " in result.stderr
    assert ", and a slug has lowercase letters, digits and hyphens only\n" in result.stderr
    assert f"  hint: {hint}\n" in result.stderr


@pytest.mark.parametrize(("slug", "fault", "hint"), [
    ("haiti_mission", "it has an underscore, '_'", "write 'slug: haiti-mission'"),
    ("Haiti-mission", "it has a capital letter, 'H'", "write 'slug: haiti-mission'"),
    ("haiti mission", "it has a space", "write 'slug: haiti-mission'"),
    ("-haiti", "it begins with a hyphen", "write 'slug: haiti'"),
    ("haiti-mission", "", "")])
def test_a_slug_refused_is_told_which_character_and_the_slug_that_works(
        make_site: Callable[..., Path], slug: str, fault: str, hint: str) -> None:
    text = GOOD.replace("published:", f"slug: '{slug}'\npublished:")
    root = make_site({"content/story.md": text})
    result = run_cli("check", "--root", root)
    if not fault:  # the twin: a slug of lowercase letters and a hyphen passes without a word
        assert result.returncode == 0 and "slug" not in result.stderr
        return
    assert result.returncode == 1
    assert f"content/story.md:4:7: error: front matter: slug '{slug}' is not allowed: {fault}" \
        in result.stderr
    assert f"  hint: {hint}\n" in result.stderr
    assert result.stderr.count("is not allowed") == 1


def test_an_empty_front_matter_with_no_fields_below_is_named_field_by_field(
        make_site: Callable[..., Path]) -> None:
    # Twin of front-matter-opened-twice: with no fields after the '---' pair, nothing was typed
    # twice, and what is missing is each required field.
    root = make_site({"content/bare.md": "---\n---\n\n--- summary\n---\nFine.\n"})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert "content/bare.md:1:1: error: front matter: 'title' is required" in result.stderr
    assert "closed on line 2" not in result.stderr
