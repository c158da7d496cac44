"""The manual is true: its links resolve, its examples build, its tables and messages are real."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from .helpers import REPO, SEED, run_cli, soup, write_project
from .manual import (
    DOCS,
    PAGES,
    README,
    anchors,
    code_blocks,
    code_spans,
    links,
    name,
    read,
    tables,
    ticked,
)
from .media import FIXTURE, jpeg, media_project

# Pages the manual links to that are written alongside it; each is checked once it exists.
FORTHCOMING = {DOCS / "safety.md"}
FRONT = "---\ntitle: An example\ndek: A short dek.\npublished: 2024-06-26\n---\n\n"
SUMMARY = "--- summary\n---\nSomething happened.\n"
UNKNOWN = "zzyzx: 1"


def test_every_docs_page_is_linked_from_the_readme() -> None:
    linked = {(README.parent / target.split("#")[0]).resolve() for target in links(read(README))}
    pages = set(DOCS.glob("*.md")) | FORTHCOMING
    assert pages - linked == set()


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_every_relative_link_reaches_a_file_or_heading(page: Path) -> None:
    for target in links(read(page)):
        if re.match(r"^[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if file in FORTHCOMING and not file.exists():
            continue
        assert file.exists(), f"{name(page)}: {target}"
        if anchor:
            assert anchor in anchors(read(file)), f"{name(page)}: {target}"


@pytest.mark.parametrize("page", PAGES, ids=name)
def test_every_repository_file_the_manual_names_exists(page: Path) -> None:
    scratch = ("benchmarks/out/", "benchmarks/.venv-compare/")
    for span in code_spans(read(page)):
        named = re.fullmatch(r"(explainer|scripts|benchmarks|tests|docs|templates|static)/[\w./-]*",
                             span)
        if named and not span.startswith(scratch):
            assert (REPO / span).exists(), f"{name(page)}: {span}"


def explainer_examples() -> list[str]:
    """Return every explainer file the manual shows: whole files, or sections in a file."""
    examples = []
    for page in PAGES:
        for block in code_blocks(read(page), "markdown"):
            examples.append(block if block.startswith("---\n") else FRONT + block)
    return examples


def example_files(examples: list[str]) -> dict[str, str | bytes]:
    """Return a project's files for the manual's examples, with the pictures they name in
    static/ (where every picture's name is also looked up)."""
    files: dict[str, str | bytes] = {f"content/example-{n}.md": text
                                     for n, text in enumerate(examples)}
    for picture in {found for text in examples for found in re.findall(r"file: (\S+)", text)}:
        files[f"static/{picture}"] = jpeg(1200, 800)
    return files


def test_every_explainer_example_builds_and_every_kind_has_one(tmp_path: Path) -> None:
    examples = explainer_examples()
    project = write_project(tmp_path / "site", example_files(examples))
    result = run_cli("check", "--root", project)
    assert result.returncode == 0, result.stderr
    assert "error:" not in result.stderr
    shown = {kind for text in examples for kind in re.findall(r"^--- ([a-z-]+)$", text, re.M)}
    assert shown == {path.stem for path in (REPO / "templates" / "sections").glob("*.html")}


def section_probe(kind: str, header: str = "", item: str | None = None) -> str:
    """Return an explainer whose section of a kind has an unknown field, or one of its items."""
    if item is None:
        return f"{FRONT}--- {kind}\n{header}{UNKNOWN}\n---\nSome prose.\n"
    return f"{FRONT}--- {kind}\n{header}{item}    {UNKNOWN}\n---\nSome prose.\n"


# Each documented field table, by page and heading: an explainer (or site.yml) giving an unknown
# field at that table's level, so that the build's "known fields" hint lists the real ones.
PROBES: dict[tuple[str, str], list[str]] = {
    ("writing.md", "Front matter"): [FRONT.replace("---\n\n", f"{UNKNOWN}\n---\n\n") + SUMMARY],
    ("writing.md", "Links"): [FRONT.replace("---\n\n", f"based_on:\n  - title: A\n    {UNKNOWN}"
                                            "\n---\n\n") + SUMMARY],
    ("sections.md", "summary"): [section_probe("summary")],
    ("sections.md", "why-it-matters"): [section_probe("why-it-matters")],
    ("sections.md", "prose"): [section_probe("prose", "heading: A\n")],
    ("sections.md", "takeaways"): [section_probe("takeaways", "takeaways: [A]\n")],
    ("sections.md", "figures"): [
        section_probe("figures", "figures: [{value: 1, label: A}]\n"),
        section_probe("figures", "figures:\n", "  - value: 1\n    label: A\n")],
    ("sections.md", "timeline"): [
        section_probe("timeline", "events: [{date: 2024, title: A}]\n"),
        section_probe("timeline", "events:\n", "  - date: 2024\n    title: A\n")],
    ("sections.md", "questions"): [
        section_probe("questions", "questions: [{question: A, answer: B}]\n"),
        section_probe("questions", "questions:\n", "  - question: A\n    answer: B\n")],
    ("sections.md", "quote"): [section_probe("quote", "text: A\nspeaker: B\n")],
    ("sections.md", "sources"): [section_probe("sources", "sources: [https://example.org/]\n")],
    ("countries.md", "Fields"): [
        section_probe("countries", "countries: [{name: Kenya}]\n"),
        section_probe("countries", "countries:\n", "  - name: Kenya\n")],
    ("countries.md", "Roles"): [
        section_probe("countries", "countries: [{name: Kenya, role: a}]\nroles:\n",
                      "  a:\n    heading: A\n")],
    ("settings.md", "Site settings: `site.yml`"): [UNKNOWN + "\n"],
    ("writing.md", "Pictures"): [FRONT.replace("---\n\n", f"image:\n  file: a.jpg\n  alt: A\n  "
                                              f"{UNKNOWN}\n---\n\n") + SUMMARY],
    ("writing.md", "Updates and corrections"): [FRONT.replace(
        "---\n\n", f"changes:\n  - date: 2024-07-01\n    text: A\n    {UNKNOWN}\n---\n\n")
        + SUMMARY],
    ("sections.md", "image"): [section_probe("image", "file: a.jpg\nalt: A\n")],
    ("sections.md", "embed"): [section_probe("embed", "url: https://flo.uri.sh/a\ntitle: A\n")],
}


def known_fields(stderr: str) -> set[str]:
    """Return the fields the build's hint lists for an unknown field."""
    match = re.search(rf"unknown field '{UNKNOWN.split(':')[0]}'\n.*\n  hint: known fields: (.*)",
                      stderr)
    assert match, stderr
    listed = match[1].split("; ")[0]  # then, where a mapping takes one, where `extra:` goes
    return set() if listed == "none" else set(listed.split(", "))


def documented_fields() -> dict[tuple[str, str], list[set[str]]]:
    """Return the fields of each field table in the manual, by page and heading."""
    found: dict[tuple[str, str], list[set[str]]] = {}
    for page in DOCS.glob("*.md"):
        for table in tables(read(page)):
            if table.header[0] == "field":
                names = {ticked(cell)[0] for cell in table.column(0)}
                found.setdefault((page.name, table.heading), []).append(names)
    return found


def test_every_field_table_lists_the_fields_explainer_reads(tmp_path: Path) -> None:
    documented = documented_fields()
    assert set(documented) <= set(PROBES), "a field table without a probe in PROBES"
    for (page, heading), probes in PROBES.items():
        tables_here = documented.get((page, heading), [])
        assert len(tables_here) <= len(probes), f"{page}, {heading}: a table without a probe"
        for number, probe in enumerate(probes):
            files = {"site.yml": probe, "content/a.md": FRONT + SUMMARY} \
                if page == "settings.md" else {"content/probe.md": probe}
            project = write_project(tmp_path / f"{page}-{heading}-{number}", files)
            fields = known_fields(run_cli("check", "--root", project).stderr)
            listed = tables_here[number] if number < len(tables_here) else set()
            assert listed == fields, f"{page}, {heading}, table {number + 1}"


def test_the_values_kept_as_typed_are_shown_as_typed(tmp_path: Path) -> None:
    sentence = re.search(r"So (.*?) are shown as written", read(DOCS / "writing.md"), re.S)
    values = ticked(sentence[1])
    assert {"200", "1,000", "200.50", "1e3"} <= set(values)
    figures = "".join(f"  - value: {value}\n    label: figure {n}\n"
                      for n, value in enumerate(values))
    files = {"content/values.md": f"{FRONT}--- figures\nfigures:\n{figures}---\n"}
    project = write_project(tmp_path / "site", files)
    assert run_cli("build", "--root", project).returncode == 0
    page = soup(project / "public" / "values.html")
    assert [dd.get_text() for dd in page.select(".figure-value")] == values


def test_the_error_shown_is_the_one_the_build_prints(tmp_path: Path) -> None:
    [shown] = code_blocks(read(DOCS / "errors.md"), "text")
    first, excerpt, _ = shown.split("\n", 2)
    path, line, _ = first.split(":", 2)
    head, tail = f"{FRONT}--- summary\n---\nProse.\n", "--- countries\ncountries:\n"
    filler = "\n" * (int(line) - 1 - (head + tail).count("\n"))
    entry = "  " + excerpt.strip()  # the terminal shows the line without its indentation
    project = write_project(tmp_path / "site", {path: f"{head}{filler}{tail}{entry}\n---\n"})
    result = run_cli("check", "--root", project)
    assert result.returncode == 1
    assert shown in result.stderr


def test_the_country_messages_shown_are_the_ones_the_build_prints(tmp_path: Path) -> None:
    shown = code_blocks(read(DOCS / "countries.md"), "text")
    files = {}
    for block in shown:
        first, excerpt, _ = block.split("\n", 2)
        path, line, _ = first.split(":", 2)
        # The line shown sits under `roles:` or `countries:`, at the line the message names.
        parent, rest = ("roles", "countries:\n  - name: Kenya\n") if "'roles'" in first \
            else ("countries", "")
        head = f"{FRONT}--- countries\n{parent}:\n"
        filler = "\n" * (int(line) - 1 - head.count("\n"))
        files[path] = f"{head}{filler}  {excerpt.strip()}\n{rest}---\n"
    assert len(files) == len(shown) >= 4
    project = write_project(tmp_path / "site", files)
    result = run_cli("check", "--root", project)
    assert all(block in result.stderr for block in shown), result.stderr


def test_the_folded_warning_shown_is_the_one_the_build_prints(tmp_path: Path) -> None:
    folded = next(block for block in code_blocks(read(DOCS / "errors.md"), "console")
                  if "more file(s)" in block)
    story = ("---\ntitle: T\ndek: D\npublished: 2020-0{n}-01\n---\n\n--- timeline\nevents:\n"
             "  - date: 2020-0{n}-15\n    title: Vote {n}\n    status: expected\n"
             "    source: https://example.org/{n}\n---\n")
    project = write_project(tmp_path / "site", {f"content/s{n}.md": story.format(n=n)
                                                for n in range(1, 8)})
    day = folded.split(" on ")[1][:10]  # the day the example was built on
    epoch = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp())
    result = run_cli("build", "--root", project, "--base-url", "https://example.org/",
                     env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.returncode == 0, result.stderr
    assert folded.strip() in result.stderr.split("\n")


def test_the_editorial_warnings_shown_are_the_seed_s(tmp_path: Path) -> None:
    shown = "".join(code_blocks(read(DOCS / "checks.md"), "text"))
    assert f"content/{SEED}.md" in shown
    project = write_project(tmp_path / "site")
    unread = REPO / "tests/fixtures/languages/thai-srettha.md"  # a language not read
    for path in [*(REPO / "content").glob("*.md"), unread]:
        (project / "content" / path.name).write_bytes(path.read_bytes())
    result = run_cli("check", cwd=project)
    assert result.returncode == 0
    printed = result.stderr.split("\n")
    assert all(line in printed for line in shown.strip().split("\n")), result.stderr


def probe_template(kind: str, attributes: list[str], item_cell: str) -> str:
    """Return a section template that prints every attribute the reference gives its kind."""
    shown = [f"{{{{ section.{name} }}}}" for name in ["kind", "anchor", "body_html", *attributes]]
    items = []
    for attribute, inner in re.findall(r"`(\w+)`(?: \(([^)]*)\))?", item_cell):
        items += [f"{{{{ item.{attribute}.{sub} }}}}" for sub in ticked(inner)] if inner \
            else [f"{{{{ item.{attribute} }}}}"]
    if items:
        listed = next(name for name in attributes if name != "title")
        shown.append(f"{{% for item in section.{listed} %}}{''.join(items)}{{% endfor %}}")
    return f'<div data-probe="{kind}">{"".join(shown)}</div>\n'


def test_the_template_reference_names_what_section_templates_get(tmp_path: Path) -> None:
    [table] = [t for t in tables(read(DOCS / "templates.md")) if t.header[0] == "kind"]
    kinds = [ticked(row[0])[0] for row in table.rows]
    assert sorted(kinds) == sorted(p.stem for p in (REPO / "templates/sections").glob("*.html"))
    files = {f"overrides/templates/sections/{ticked(row[0])[0]}.html":
             probe_template(ticked(row[0])[0], ticked(row[1]), row[2]) for row in table.rows}
    files[f"content/{SEED}.md"] = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")
    # The seed and the media fixture, which has the kinds the seed has not: image and embed.
    project = media_project(tmp_path / "site", files)
    result = run_cli("build", "--root", project)
    assert result.returncode == 0, result.stderr
    pages = [soup(project / "public" / f"{slug}.html") for slug in (SEED, "river-barrier")]
    shown = {div["data-probe"] for page in pages for div in page.select("[data-probe]")}
    assert sorted(shown) == sorted(kinds)
    assert FIXTURE.is_dir()


def test_the_readme_names_every_script_and_every_file_of_cldr_data() -> None:
    text = read(README)
    scripts = {path.name for path in (REPO / "scripts").glob("*.py")}
    cldr = {path.name for path in (REPO / "explainer/data").glob("cldr_*.json")}
    assert {name for name in scripts | cldr if name not in text} == set()
