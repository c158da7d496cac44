"""The manual's commands: they parse, they name real options, and the recipes and steps work."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import feedparser
import pytest
import yaml
from babel import Locale

from explainer.arguments import parse_args
from explainer.site.strings import package_tables

from .helpers import REPO, SEED, copy_seed, run_cli, soup
from .manual import (
    DOCS,
    PAGES,
    README,
    build_arguments,
    code_blocks,
    code_spans,
    name,
    read,
    section,
    shell_commands,
    tables,
    ticked,
)
from .previews import preview

PUBLISHING = read(DOCS / "publishing.md")
LANGUAGES = read(DOCS / "languages.md")
WORKFLOW = DOCS / "github-pages.yml"
NETLIFY = DOCS / "netlify.toml"
COMMANDS = ("build", "check", "serve", "new")
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def run_recipe(command: str, tmp_path: Path, env: dict[str, str]) -> Path:
    """Run a recipe's build command (not its pip install) in a copy of the project."""
    build = command.split("&&")[-1].strip()
    assert build.startswith("python build.py ")
    project = copy_seed(tmp_path / "project")
    build = build.replace("python build.py", f'"{sys.executable}" "{REPO / "build.py"}"', 1)
    result = subprocess.run(["sh", "-c", build], cwd=project, capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", **env}, timeout=120)
    assert result.returncode == 0, result.stderr
    return project / "public"


def test_the_github_pages_workflow_builds_and_uploads_public(tmp_path: Path) -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    [build] = [s["run"] for s in steps if "build.py" in s.get("run", "")]
    [upload] = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages")]
    assert upload["with"]["path"] == "public"
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert [s["uses"] for s in workflow["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages@v4"]
    command = build.replace("${{ steps.pages.outputs.base_url }}", "https://user.github.io/repo")
    out = run_recipe(command, tmp_path, {})
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.bozo == 0
    assert feed.feed.id == "https://user.github.io/repo/"


def test_the_github_pages_workflow_keeps_the_build_cache_across_edits() -> None:
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    [cache] = [n for n, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@")]
    [build] = [n for n, s in enumerate(steps) if "build.py" in s.get("run", "")]
    assert cache < build
    settings = steps[cache]["with"]
    assert settings["path"] == ".cache/explainer"
    # A key of its own per run, so that every run saves; the newest is restored by prefix.
    assert "${{ github.run_id }}" in settings["key"]
    assert settings["key"].startswith(settings["restore-keys"])


def test_the_netlify_recipe_keeps_the_build_cache() -> None:
    [plugin] = tomllib.loads(NETLIFY.read_text(encoding="utf-8"))["plugins"]
    assert plugin["package"] == "netlify-plugin-cache"
    assert plugin["inputs"]["paths"] == [".cache/explainer"]


def test_a_publish_with_the_kept_cache_reads_only_the_edited_explainer(tmp_path: Path) -> None:
    project = copy_seed(tmp_path / "project")
    assert run_cli("build", cwd=project).returncode == 0
    kept = tmp_path / "kept"
    shutil.copytree(project / ".cache" / "explainer", kept)
    shutil.rmtree(project)  # the next run starts from a fresh checkout
    project = copy_seed(tmp_path / "project")
    source = sorted((project / "content").glob("*.md"))[0]  # one of the seed's explainers
    source.write_text(source.read_text(encoding="utf-8").replace(
        "--- summary\n---\n", "--- summary\n---\nCorrected on 2 July.\n\n", 1), encoding="utf-8")
    shutil.copytree(kept, project / ".cache" / "explainer")
    result = run_cli("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "(1 explainer file(s) read," in result.stdout
    assert "Corrected on 2 July." in (project / "public" / f"{source.stem}.html").read_text()


def test_the_languages_page_names_every_shipped_table_s_language() -> None:
    found = re.search(r"explainer ships the words of ([^.]*)\.", LANGUAGES)
    assert found is not None
    named = {name.split(" (")[0] for name in re.split(r",\s*|\s+and\s+",
                                                      " ".join(found[1].split()))}
    # A script's table is its language's: CLDR's Serbian (Latin) is Serbian.
    cldr = {Locale.parse(language.replace("-", "_")).english_name.split(" (")[0]
            for language in package_tables()}
    assert named == {"Bengali" if name == "Bangla" else name for name in cldr}  # CLDR's Bangla


def test_the_publishing_page_shows_the_workflow_as_shipped() -> None:
    [snippet] = code_blocks(PUBLISHING, "yaml")
    assert snippet in WORKFLOW.read_text(encoding="utf-8")


def test_the_netlify_recipe_is_the_shipped_file_and_builds(tmp_path: Path) -> None:
    [snippet] = code_blocks(PUBLISHING, "toml")
    assert snippet == NETLIFY.read_text(encoding="utf-8")
    config = tomllib.loads(snippet)
    assert config["build"]["publish"] == "public"
    out = run_recipe(config["build"]["command"], tmp_path,
                     {"URL": "https://example.netlify.app"})
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.netlify.app/</loc>" in sitemap
    assert "Sitemap: https://example.netlify.app/sitemap.xml" in (out / "robots.txt").read_text()


def test_the_rsync_and_s3_recipes_build_with_the_folder_address(tmp_path: Path) -> None:
    build, rsync, s3 = shell_commands(PUBLISHING)
    assert rsync.startswith("rsync -av --delete public/ ")
    assert s3.startswith("aws s3 sync public/ ") and s3.endswith(" --delete")
    out = run_recipe(build, tmp_path, {})
    links = re.findall(r'href="(https://[^"]+)"', (out / "404.html").read_text())
    assert links and all(u.startswith("https://example.org/news/explainers/") for u in links)


def documented_build_commands() -> list[tuple[str, list[str]]]:
    """Return every `python build.py ...` the manual shows, in code blocks or inline."""
    found = []
    for page in PAGES:
        text = read(page)
        lines = shell_commands(text) + [s for s in code_spans(text) if "python build.py" in s]
        found += [(f"{name(page)}: {line}", args) for line in lines
                  for args in build_arguments(line)]
    return found


@pytest.mark.parametrize(("where", "args"), documented_build_commands(),
                         ids=lambda value: value if isinstance(value, str) else "")
def test_every_build_command_shown_parses(where: str, args: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    command = "build"
    try:
        command = parse_args(args).command  # options may come before it
    except SystemExit as exc:  # --help exits 0; a refused command line exits 2
        assert exc.code == 0, f"{where}: the command line is refused"
    with pytest.raises(SystemExit):
        parse_args([command, "--help"])
    used = {word.split("=")[0] for word in args if word.startswith("-")}
    # argparse takes an abbreviation too: the manual should spell each option out.
    assert used - {"--help"} <= options_of(capsys.readouterr().out), where


def options_of(help_text: str) -> set[str]:
    """Return the options a --help output offers, but --help itself."""
    return set(OPTION.findall(help_text)) - {"-h", "--help"}


def test_the_options_table_matches_each_command_s_help() -> None:
    helps = {c: options_of(run_cli(c, "--help").stdout) for c in COMMANDS}
    [table] = [t for t in tables(read(DOCS / "commands.md")) if t.header[0] == "option"]
    documented: dict[str, set[str]] = {c: set() for c in COMMANDS}
    for row in table.rows:
        options = set(OPTION.findall(" ".join(ticked(row[0]))))
        commands = COMMANDS if row[1] == "all" else ticked(row[1])
        for command in commands:
            documented[command] |= options
    assert documented == helps


def test_the_benchmark_and_script_commands_name_real_options() -> None:
    shown: dict[str, set[str]] = {}
    for page in PAGES:
        for command in shell_commands(read(page)):
            words = command.split()
            if words[0] == "python" and words[1].startswith(("benchmarks/", "scripts/")):
                shown.setdefault(words[1], set()).update(OPTION.findall(" ".join(words[2:])))
    assert {"benchmarks/run.py", "benchmarks/per_explainer.py", "scripts/lighthouse.py"} <= \
        set(shown)
    for script, options in shown.items():
        assert (REPO / script).is_file(), script
        result = subprocess.run([sys.executable, script, "--help"], cwd=REPO,
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert result.returncode == 0, result.stderr
        assert options <= options_of(result.stdout), script


def test_the_language_tables_script_lists_what_a_language_lacks() -> None:
    def tables(*args: str) -> dict[str, list[str]]:
        result = subprocess.run([sys.executable, "scripts/language_tables.py", *args],
                                cwd=REPO, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        return {line.split(": ")[0]: lines[i + 1].split() for i, line in enumerate(lines)
                if line.startswith("checks/") and not line.startswith("checks/counting/:")}

    every = tables()
    assert every["checks/amounts/fates.py FATES"][:2] == ["en", "fr"]
    for language in ("ko", "th", "fr-CA"):  # read by the checks, not read, a regional tag
        base = language.split("-")[0]
        lacking = tables("--language", language)
        assert lacking and set(lacking) == {table for table in every
                                            if base not in every[table]}
    read = set(every["checks/amounts/fates.py FATES"])
    # A table may have words of a language the checks of numbers do not read (its days).
    assert any(set(languages) - read - {"ko", "tr", "ar", "zh", "ja"}
               for languages in every.values())


def test_the_first_explainer_steps_work_as_the_readme_says(tmp_path: Path) -> None:
    steps = section(read(README), "A first explainer")
    new, serve, build = [args for line in shell_commands(steps) for args in build_arguments(line)]
    assert (new[0], serve[0], build) == ("new", "serve", [])
    project = copy_seed(tmp_path / "project")
    [slug] = set(re.findall(r"`content/([a-z0-9-]+)\.md`", steps))
    assert run_cli(*new, cwd=project).returncode == 0
    draft = project / "content" / f"{slug}.md"
    assert draft.read_text(encoding="utf-8").startswith(f"---\ntitle: {new[1]}\n")
    with preview(project, *serve[1:]) as server:
        assert server.get(f"{slug}.html").status == 200
        text = draft.read_text(encoding="utf-8")
        draft.write_text(text.replace("What happened,", "Here is what happened,"), "utf-8")
        server.wait_for(f"{slug}.html", lambda r: "Here is what happened," in r.text)
    out = project / "public"
    assert run_cli(*build, cwd=project).returncode == 0
    assert not (out / f"{slug}.html").exists()
    draft.write_text(draft.read_text(encoding="utf-8").replace("draft: true\n", ""), "utf-8")
    assert run_cli(*build, cwd=project).returncode == 0
    index = soup(out / "index.html")
    assert f"{slug}.html" in [a["href"] for a in index.find_all("a")]
    assert "Here is what happened," in (out / f"{slug}.html").read_text(encoding="utf-8")


def edit_seed_summary(project: Path) -> None:
    """Edit the text of the seed explainer's summary, as an editor would."""
    path = project / "content" / f"{SEED}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("to discuss a\n", "to talk about a\n", 1), encoding="utf-8")


def test_the_preview_reports_a_text_edit_as_the_preview_page_shows(tmp_path: Path) -> None:
    [shown] = code_blocks(read(DOCS / "preview.md"), "text")
    pattern = re.sub(r"rebuilt\\ in\\ \d+\\ ms", lambda _: r"rebuilt\ in\ \d+\ ms",
                     re.escape(shown.strip()))
    project = copy_seed(tmp_path / "project")
    with preview(project) as server:
        assert server.get(f"{SEED}.html").status == 200  # the page is open in a browser
        edit_seed_summary(project)
        server.wait_for_output(f"^{pattern}$")


def test_a_build_s_last_line_reads_as_the_performance_page_shows(tmp_path: Path) -> None:
    [shown] = code_blocks(read(DOCS / "performance.md"), "text")
    pattern = re.sub(r"\d+(?:\\\.\d+)?", r"\\d+(?:\\.\\d+)?", re.escape(shown.strip()))
    project = copy_seed(tmp_path / "project")
    assert run_cli("build", cwd=project).returncode == 0
    edit_seed_summary(project)
    result = run_cli("build", cwd=project)
    last = result.stdout.strip().split("\n")[-1]
    assert re.match(pattern, last), last


def test_the_architecture_page_names_every_module_of_the_package() -> None:
    # A newcomer finds each module's job there: a module it does not name is one to hunt for.
    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    unnamed = [str(path.relative_to(REPO)) for path in sorted((REPO / "explainer").rglob("*.py"))
               if path.name != "__init__.py" and not re.search(
                   rf"`(?:[\w/]+/)?{re.escape(path.name)}`", page)]
    assert unnamed == []
