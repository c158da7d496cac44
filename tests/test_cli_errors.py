"""How the command line reports what went wrong: bad templates, and bugs in explainer itself."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer import stages
from explainer.arguments import parse_args
from explainer.cli import main
from explainer.render import helpers as template_helpers

from .helpers import REPO, run_cli

GOOD = "---\ntitle: {t}\ndek: D\npublished: 2024-05-23\n---\n\n--- summary\n---\nFine.\n"
QUOTED = GOOD + "\n--- quote\ntext: Words\nspeaker: Someone\n---\n"


def explode(*args: object, **kwargs: object) -> None:
    raise RuntimeError("the renderer fell over")


def test_an_internal_error_is_one_line_without_debug(
        make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A")})
    monkeypatch.setattr(stages, "render_pages", explode)
    assert main(["build", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert err == ("internal error: RuntimeError: the renderer fell over\n"
                   "this is a bug in explainer, not a problem with your content; run again with "
                   "--debug to see the traceback, and please report it\n")
    assert not (root / "public").exists()


@pytest.mark.parametrize(("command", "module", "step"), [("build", stages, "render_pages"),
                                                        ("check", stages, "site_pages")])
def test_debug_shows_the_traceback_of_an_internal_error(
        command: str, module: object, step: str, make_site: Callable[..., Path],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A")})
    monkeypatch.setattr(module, step, explode)
    assert main([command, "--root", str(root), "--debug"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):\n")
    assert 'in explode\n    raise RuntimeError("the renderer fell over")' in err
    assert err.endswith("internal error: RuntimeError: the renderer fell over\n")


def test_debug_does_not_turn_bad_content_into_a_traceback(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": "---\ntitle: T\n---\n"})
    result = run_cli("build", "--root", root, "--debug")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("content/a.md:3:1: error: the explainer has no sections\n")


@pytest.mark.parametrize(("line", "message", "hint"), [
    ("<p>{{ section.speeker }}</p>", "a Quote has no attribute 'speeker'",
     "did you mean 'speaker'?"),
    ("<p>{{ section.text / 2 }}</p>",
     "TypeError: unsupported operand type(s) for /: 'str' and 'int'",
     "fix the expression on this line"),
    ("<p>{{ section.text | round }}</p>", "TypeError: type str doesn't define __round__ method",
     "fix the expression on this line"),
])
def test_a_template_error_names_the_template_line_and_the_page(
        line: str, message: str, hint: str, make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A"), "content/b.md": QUOTED.format(t="B"),
                      "overrides/templates/sections/quote.html": f"<div>\n{line}\n</div>\n"})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "overrides/templates/sections/quote.html:2: error: template error while rendering "
        f"b.html: {message}\n    {line}\n")
    assert "Traceback" not in result.stderr
    assert f"  hint: {hint}\n" in result.stderr


def test_a_bug_in_code_a_template_calls_is_not_blamed_on_the_template(
        make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    countries = GOOD + "\n--- countries\ncountries:\n  - name: Kenya\n---\n"
    root = make_site({"content/a.md": countries.format(t="A")})
    monkeypatch.setattr(template_helpers, "world_map_svg", explode)
    assert main(["build", "--root", str(root)]) == 2
    assert capsys.readouterr().err.startswith(
        "internal error: RuntimeError: the renderer fell over\n")


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_root_that_is_no_folder_is_a_wrong_command_line(tmp_path: Path, command: str) -> None:
    result = run_cli(command, "--root", tmp_path / "typo")
    assert result.returncode == 2
    assert result.stderr == (f"error: there is no folder {tmp_path / 'typo'} to build (--root); "
                             "check the path, or start a project there with 'python build.py "
                             f"new my-first-explainer --root {tmp_path / 'typo'}'\n")
    assert not (tmp_path / "typo").exists()
    (tmp_path / "site.yml").write_text("title: T\n", encoding="utf-8")
    result = run_cli(command, "--root", tmp_path / "site.yml")
    assert (result.returncode, result.stderr) == (2, (
        f"error: {tmp_path / 'site.yml'} is a file, not a project's folder (--root); name the "
        "folder that holds content/ and site.yml\n"))


@pytest.mark.parametrize("shortened", ["--draft", "--stri", "--base"])
def test_an_option_must_be_spelt_in_full(make_site: Callable[..., Path], shortened: str) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A")})
    result = run_cli("build", "--root", root, shortened, "https://example.org/")
    assert result.returncode == 2
    assert f"unrecognized arguments: {shortened}" in result.stderr
    assert not (root / "public").exists()


def test_options_before_new_are_taken_as_hugo_takes_its_flags(tmp_path: Path) -> None:
    root = tmp_path / "project"
    result = run_cli("--root", root, "new", "fresh-story")
    assert result.returncode == 0, result.stderr
    assert (root / "content" / "fresh-story.md").is_file()


def test_options_before_build_are_taken_as_hugo_takes_its_flags(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A")})
    out = tmp_path / "elsewhere"
    result = run_cli("-o", out, "--root", root, "build", "--drafts")
    assert result.returncode == 0, result.stderr
    assert (out / "a.html").is_file()
    assert not (root / "public").exists()


def test_an_option_before_a_command_that_lacks_it_is_refused_for_that_command(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": GOOD.format(t="A")})
    result = run_cli("--root", root, "--output", root / "out", "check")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: build.py check [-h] [--root ROOT]")
    assert result.stderr.endswith(f"build.py check: error: unrecognized arguments: --output "
                                  f"{root / 'out'} ('build.py check --help' lists its options)\n")


def test_a_misspelt_command_is_named_with_the_command_meant(tmp_path: Path) -> None:
    result = run_cli("biuld", "--root", tmp_path)
    assert result.returncode == 2
    assert result.stderr.endswith("build.py: error: unknown command 'biuld' (did you mean "
                                  "'build'?); the commands are build, check, serve and new\n")


def test_a_command_without_its_argument_says_which_command(tmp_path: Path) -> None:
    result = run_cli("new", "--root", tmp_path)
    assert result.returncode == 2
    assert result.stderr == ("usage: build.py new [-h] [--root ROOT] [--language TAG] [--debug] "
                             "TITLE\n"
                             "build.py new: error: the following arguments are required: TITLE\n")


@pytest.mark.parametrize(("argv", "expected"), [
    (["-j", "2", "--base-url", "https://example.org/", "-o", "out", "--root", "site", "build"],
     {"command": "build", "jobs": 2, "base_url": "https://example.org/", "output": Path("out"),
      "root": Path("site")}),
    (["--host", "0.0.0.0", "--port", "8001", "--output", "out", "--drafts", "serve"],
     {"command": "serve", "host": "0.0.0.0", "port": 8001, "output": Path("out"),
      "drafts": True}),
    (["--root", "site", "--strict", "--base-url", "https://example.org/", "check"],
     {"command": "check", "root": Path("site"), "strict": True}),
    (["--root", "site", "--debug", "new", "my-story"],
     {"command": "new", "root": Path("site"), "debug": True, "name": "my-story"})])
def test_each_option_that_takes_a_value_may_come_before_the_command(
        argv: list[str], expected: dict[str, object]) -> None:
    parsed = vars(parse_args(argv))
    assert {name: parsed[name] for name in expected} == expected


def test_the_help_says_options_may_come_before_the_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: build.py [-h] [COMMAND] [OPTION ...]\n")
    [example] = re.findall(r"options go after the command or before it: '([^']+)'",
                           result.stdout, re.IGNORECASE)
    before = example.split()[1:]
    assert before[:2] == ["--root", "site"]  # the option before its command...
    assert parse_args(before) == parse_args([*before[2:], *before[:2]])  # ...as if after it


def test_the_help_of_new_names_the_section_kinds_its_draft_leaves_out(tmp_path: Path) -> None:
    assert run_cli("new", "fresh", "--root", tmp_path).returncode == 0
    written = set(re.findall(r"^--- ([a-z-]+)$", (tmp_path / "content/fresh.md").read_text(
        encoding="utf-8"), re.MULTILINE))
    left_out = {path.stem for path in (REPO / "templates/sections").glob("*.html")} - written
    assert left_out == {"image", "embed"}
    described = " ".join(run_cli("new", "--help").stdout.split())
    assert "a draft with every section kind but image and embed" in described


@pytest.mark.parametrize("target", ["drafts/a.md", "b.md", "../drafts/a.md"])
def test_a_link_to_nothing_in_content_is_an_error(
        make_site: Callable[..., Path], tmp_path: Path, target: str) -> None:
    # A link to an explainer since moved, and two links that lead to each other, are named;
    # the link to the file where it is (the twin) is read as the explainer.
    root = make_site({"content/b.md": GOOD.format(t="B"), "drafts/a.md": GOOD.format(t="A")})
    if target == "b.md":
        (root / "content/b.md").unlink()
        (root / "content/b.md").symlink_to("a.md")
    (root / "content/a.md").symlink_to(target)
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out)
    if target.startswith(".."):
        assert result.returncode == 0, result.stderr
        assert "<h1" in (out / "a.html").read_text(encoding="utf-8")
        return
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith(
        "content/a.md: error: a symbolic link to nothing (what it names is gone, or leads back "
        "to the link); it is not read\n  hint: point the link at the file again, put the file "
        "itself in its place, or remove the link\n")
    assert ("content/b.md: error" in result.stderr) == (target == "b.md")
    assert not out.exists()


@pytest.mark.parametrize("target", ["gone.yml", "../elsewhere/gone.yml", "settings/site.yml"])
def test_a_site_yml_that_links_to_nothing_is_an_error(
        make_site: Callable[..., Path], tmp_path: Path, target: str) -> None:
    # Read as no site.yml at all, the site would be built with the default settings.
    root = make_site({"content/a.md": GOOD.format(t="A"),
                      "settings/site.yml": "title: Our Own Desk\n"})
    (root / "site.yml").symlink_to(target)
    out = tmp_path / "out"
    result = run_cli("build", "--root", root, "--output", out)
    if target.startswith("settings"):
        assert result.returncode == 0, result.stderr
        assert "Our Own Desk" in (out / "index.html").read_text(encoding="utf-8")
        return
    assert result.returncode == 1, result.stderr
    problem = "a symbolic link to nothing (what it names is gone, or leads back to the link)" \
        if target == "gone.yml" else "a symbolic link to something outside the project"
    assert result.stderr.startswith(f"site.yml: error: {problem}; it is not read\n  hint: ")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert not out.exists()


def children_of(pid: int) -> list[int]:
    """Return the processes a process started, as Linux lists them."""
    try:
        return [int(child) for child in
                Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.parametrize("killed", [True, False])
def test_a_worker_killed_mid_build_is_named_with_its_likely_cause(
        make_site: Callable[..., Path], tmp_path: Path, killed: bool) -> None:
    # As the system kills a worker whose template exhausts its memory.
    loop = "{% for i in range(3000000) %}{% endfor %}" if killed else ""
    root = make_site({f"content/s{n}.md": GOOD.format(t=f"S{n}") for n in range(40)} | {
        "overrides/templates/explainer.html": '{% extends "theme/explainer.html" %}'
                                              "{% block content %}" + loop + "{% endblock %}"})
    out = tmp_path / "out"
    build = subprocess.Popen([sys.executable, str(REPO / "build.py"), "build", "--root", root,
                              "--output", out, "--jobs", "2"], stderr=subprocess.PIPE, text=True)
    # Every worker is killed as it appears, until the build ends: one that had already done
    # its share (the build forks workers for more than one step) would leave it unharmed.
    deadline = time.monotonic() + 120
    while killed and build.poll() is None and time.monotonic() < deadline:
        for child in children_of(build.pid):
            try:
                os.kill(child, signal.SIGKILL)
            except ProcessLookupError:
                pass  # ended on its own meanwhile
        time.sleep(0.05)
    _, err = build.communicate(timeout=300)
    if not killed:
        assert build.returncode == 0, err
        return
    assert build.returncode == 1, err
    assert err.startswith("error: a worker process of the build ended unexpectedly: most likely "
                          "it ran out of memory")
    assert "'--jobs 1'" in err and "internal error" not in err and "Traceback" not in err
    assert not out.exists()
