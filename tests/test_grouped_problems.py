"""The same mistake on many entries of a file is reported once, naming every line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.cli import main
from explainer.errors import Problem, fold_repeats, group_problems

FRONT = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n"


def event(day: int, title: str, source: str = "") -> str:
    return f"  - date: 2024-05-{day:02}\n    title: {title}\n{source}"


def test_events_without_a_source_get_one_warning_listing_their_lines(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    events = "".join(event(day, f"Vote number {day}") for day in range(1, 5))
    root = make_site({"content/x.md": FRONT + "--- timeline\nevents:\n" + events + "---\n"})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    err = capsys.readouterr().err
    assert err == (
        "content/x.md:9: warning: section 'timeline': no source for event 'Vote number 1', "
        "'Vote number 2', 'Vote number 3', ... on lines 9, 11, 13, 15 (4 entries)\n"
        "  hint: add 'source:' with a link, or with a title for a report that is not online; or "
        "give the timeline a 'source:' for all its events\n")



def test_events_after_the_last_update_get_one_warning_naming_their_days(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    source = "    source: https://example.org/vote\n"
    events = "".join(event(day, f"Vote number {day}", source) for day in range(24, 28))
    root = make_site({"content/x.md": FRONT + "--- timeline\nevents:\n" + events + "---\n"})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    err = capsys.readouterr().err
    assert err == (
        "content/x.md:9: warning: section 'timeline': event 'Vote number 24', 'Vote number 25', "
        "'Vote number 26', ... is dated '2024-05-24', '2024-05-25', '2024-05-26', ..., after the "
        "explainer's last update (2024-05-23), but is not marked 'status: expected' on lines 9, "
        "12, 15, 18 (4 entries)\n"
        "  hint: add 'status: expected' if it has not happened yet, or fix the date\n")


def test_one_event_after_the_last_update_is_named_alone(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    events = event(22, "Vote", "    source: https://example.org/vote\n") + \
        event(24, "Count", "    source: https://example.org/count\n")
    root = make_site({"content/x.md": FRONT + "--- timeline\nevents:\n" + events + "---\n"})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    assert capsys.readouterr().err == (
        "content/x.md:12: warning: section 'timeline': event 'Count' is dated '2024-05-24', "
        "after the explainer's last update (2024-05-23), but is not marked 'status: expected'\n"
        "  hint: add 'status: expected' if it has not happened yet, or fix the date\n")


def test_events_the_story_has_overtaken_get_one_warning(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    expected = "    status: expected\n    source: https://example.org/vote\n"
    events = "".join(event(day, f"Vote number {day}", expected) for day in (1, 2))
    root = make_site({"content/x.md": FRONT + "--- timeline\nevents:\n" + events + "---\n"})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(
        "content/x.md:9: warning: section 'timeline': event 'Vote number 1', 'Vote number 2' is "
        "dated '2024-05-01', '2024-05-02' and still marked 'status: expected' on ")
    assert err.count("\n") == 2 and err.split("\n")[0].endswith(" on lines 9, 13 (2 entries)")

def test_a_mistake_made_once_reads_as_before() -> None:
    alone = Problem("content/x.md", 9, 5, "section 'timeline': no source for event 'Vote'",
                    "add 'source:'", "  - date: 2024-05-01", "warning")
    assert group_problems([alone]) == [alone]


def test_one_mistake_made_several_times_on_one_line_says_how_many_times() -> None:
    claims = [Problem("content/x.md", 9, column, f"section 'summary' says '{count} countries' but "
                      "the country list has 2 countries", "fix it", "text", "warning")
              for column, count in ((5, "nine"), (40, "Twenty"))]
    [grouped] = group_problems(claims)
    assert grouped.message == ("section 'summary' says 'nine countries', 'Twenty countries' but "
                               "the country list has 2 countries (2 times on line 9)")


def test_different_fields_missing_stay_apart() -> None:
    title = Problem("content/x.md", 2, 1, "front matter: 'title' is required",
                    "add 'title: some text'", "---")
    dek = Problem("content/x.md", 9, 1, "front matter: 'dek' is required",
                  "add 'dek: some text'", "---")
    assert group_problems([dek, title]) == [title, dek]


def test_the_same_mistake_in_two_files_is_reported_for_each() -> None:
    one, two = (Problem(path, 4, 1, "section 'countries': unknown country 'Kenia'", "",
                        "  - name: Kenia") for path in ("content/a.md", "content/b.md"))
    assert group_problems([two, one]) == [one, two]


def test_a_warning_in_many_files_is_counted_by_build_and_listed_by_check(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    # An archive of old explainers whose timelines still expect what has since happened.
    story = FRONT.replace("2024-05-23", "2020-0{n}-01") + (
        "--- timeline\nevents:\n  - date: 2020-0{n}-15\n    title: Vote {n}\n"
        "    status: expected\n    source: https://example.org/{n}\n---\n")
    root = make_site({f"content/s{n}.md": story.format(n=n) for n in range(1, 8)})
    base = ["--root", str(root), "--base-url", "https://example.org/"]
    assert main(["build", *base]) == 0
    shown = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert [line.split(":")[0] for line in shown] == [f"content/s{n}.md" for n in range(1, 5)]
    assert all("still marked 'status: expected'" in line for line in shown)
    assert shown[-1].endswith("(and the same in 3 more file(s); 'python build.py check' lists "
                              "every one)")
    assert main(["check", *base]) == 0
    listed = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    assert [line.split(":")[0] for line in listed] == [f"content/s{n}.md" for n in range(1, 8)]


def test_each_kind_of_warning_is_folded_on_its_own_and_a_few_files_are_not_folded() -> None:
    def warning(n: int, field: str, line: int) -> Problem:
        return Problem(f"content/{n}.md", line, 1, f"section '{field}': something odd at {n}",
                       "look", "", "warning")

    problems = [warning(n, field, line) for n in range(6)
                for field, line in (("timeline", 3), ("countries", 5))]
    folded = fold_repeats(group_problems(problems))
    assert [(p.path, p.line) for p in folded] == [(f"content/{n}.md", line) for n in range(4)
                                                  for line in (3, 5)]
    assert [p.message for p in folded[-2:]] == [
        f"section '{field}': something odd at 3 (and the same in 2 more file(s); "
        "'python build.py check' lists every one)" for field in ("timeline", "countries")]
    few = [warning(n, "timeline", 3) for n in range(4)]
    assert fold_repeats(few) == few


def test_a_file_with_a_warning_twice_counts_once_among_the_files() -> None:
    def warning(n: int, line: int) -> Problem:
        return Problem(f"content/s{n}.md", line, 1, f"event 'Vote {n}.{line}' is overdue",
                       "say what happened", "", "warning")

    problems = [warning(n, line) for n in range(1, 9) for line in ((3, 9) if n % 2 else (3,))]
    folded = fold_repeats(group_problems(problems))
    assert sorted({p.path for p in folded}) == [f"content/s{n}.md" for n in range(1, 5)]
    assert [p.message.endswith("(and the same in 4 more file(s); 'python build.py check' "
                               "lists every one)") for p in folded].count(True) == 1
    # Grouped on several lines of one file, it is still the same warning.
    merged = group_problems([warning(9, 3), warning(9, 5)]) + [warning(n, 3) for n in range(10, 14)]
    assert len(fold_repeats(merged)) == 4


def test_a_note_made_of_many_explainers_is_said_for_a_few_and_counted_by_check_too(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    # The checks of numbers do not read Thai: each explainer would have the note.
    story = "---\ntitle: B{n}\ndek: ข่าว\npublished: 2024-01-0{n}\nlanguage: th\n---\n\n" \
            "--- summary\n---\nข้อความ\n"
    root = make_site({f"content/r{n}.md": story.format(n=n) for n in range(1, 7)})
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if ": note: " in line]
    assert [line.split(":")[0] for line in notes] == [f"content/r{n}.md" for n in range(1, 5)]
    assert notes[-1].endswith("do not read 'th': they were skipped (and the same in 2 more "
                              "file(s))")


def linking(target: str, n: int) -> str:
    return FRONT.replace("title: T", f"title: Story {n}") + \
        f"--- summary\n---\nSee [the other story]({target}) now.\n"


def test_a_link_to_a_missing_page_in_many_files_is_one_warning_naming_its_places(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_site({f"content/s{n}.md": linking("missing.html", n) for n in range(1, 7)})
    base = ["--root", str(root), "--base-url", "https://example.org/"]
    assert main(["check", *base]) == 0
    err = capsys.readouterr().err
    assert err.count("the site has no page missing.html") == 1
    assert err.startswith("content/s1.md:9:23: warning: link to 'missing.html': the site has no "
                          "page missing.html\n    See [the other story](missing.html) now.\n")
    assert err.endswith("".join(f"  the same at content/s{n}.md:9:23\n" for n in range(2, 7)))
    assert main(["build", *base, "--output", str(root / "out")]) == 0
    err = capsys.readouterr().err
    assert err.count("the site has no page missing.html") == 1
    assert err.endswith("".join(f"  the same at content/s{n}.md:9:23\n" for n in range(2, 5)) +
                        "  and in 2 other file(s); 'python build.py check' lists every one\n")


def test_links_to_pages_the_site_has_stay_silent_and_other_targets_stay_apart(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    files = {f"content/s{n}.md": linking(f"s{n + 1}.html", n) for n in range(1, 4)}
    root = make_site({**files, "content/s4.md": linking("s1.html", 4)})
    base = ["--root", str(root), "--base-url", "https://example.org/"]
    assert main(["check", *base]) == 0
    assert capsys.readouterr().err == ""
    root = make_site({"content/s5.md": linking("gone.html", 5), "content/s6.md":
                      linking("lost.html", 6)})
    assert main(["check", *base]) == 0
    err = capsys.readouterr().err
    assert "the same at" not in err
    assert [line.split(":")[0] for line in err.splitlines() if ": warning: " in line] == [
        "content/s5.md", "content/s6.md"]


def test_an_error_in_several_files_is_printed_once_naming_every_place(
        make_site: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    story = FRONT + "--- countries\ncountries:\n  - name: {name}\n---\nText.\n"
    root = make_site({f"content/s{n}.md": story.format(name="Keyna") for n in range(1, 7)})
    assert main(["build", "--root", str(root), "--base-url", "https://example.org/"]) == 1
    err = capsys.readouterr().err
    assert err.count("unknown country 'Keyna'") == 1
    assert err.startswith("content/s1.md:9:11: error: section 'countries': unknown country "
                          "'Keyna' (did you mean 'Kenya'?)\n    - name: Keyna\n")
    assert "".join(f"  the same at content/s{n}.md:9:11\n" for n in range(2, 7)) in err
    for n in range(1, 7):
        (root / f"content/s{n}.md").write_text(story.format(name="Kenya"), encoding="utf-8")
    assert main(["check", "--root", str(root), "--base-url", "https://example.org/"]) == 0
    assert capsys.readouterr().err == ""
