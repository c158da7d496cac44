"""Random and mutated content: a build succeeds or fails cleanly, never leaving a partial site."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from explainer.errors import ContentError
from explainer.options import BuildOptions
from explainer.recipe import build, build_tools
from explainer.render.output import GENERATOR_MARK

from .helpers import REPO, SEED, snapshot, write_project

SEED_LINES = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8").split("\n")
FRAGMENTS = ["\t", ":", ": ", " #", "#", "---", "--- ", "- ", "  ", "'", '"', "[", "{", "*",
             "&a", "!!python/object:os.system", "?", "|", ">", "%", "@", "`", "\\", "\u00a0",
             "\u200b", "é", "\U0001f600", "\r", "--- summary", "--- sumary", "```", "NO", "no",
             "2024-13-45", "javascript:", "<script>", "null", "~", "1e9"]
SETTINGS = settings(max_examples=80, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the theme and a good build in public/."""
    root = tmp_path_factory.mktemp("fuzz")
    write_project(root, {"content/x.md": "\n".join(SEED_LINES)})
    options = BuildOptions(root, root / "public")
    build(options, build_tools(options))
    return root


def build_must_be_clean(root: Path, text: str) -> None:
    """Build text as content/x.md: a complete new site, or a clean error and the old site."""
    out = root / "public"
    before = snapshot(out)
    (root / "content" / "x.md").write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        options = BuildOptions(root, out)
        result = build(options, build_tools(options))
    except ContentError as exc:
        event("clean error")
        assert exc.problems
        for problem in exc.problems:
            assert problem.path == "content/x.md"
            lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
            assert problem.line is None or 1 <= problem.line <= lines
            assert problem.render().startswith("content/x.md")
        assert snapshot(out) == before
    else:
        event("built")
        files = snapshot(out)
        assert len(files) == result.files
        assert GENERATOR_MARK in files["index.html"][0]
        pages = [path for path in files if "/" not in path and path.endswith(".html")]
        assert len(pages) == result.explainers + 3  # and the index, search and the 404 page
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".public")) == []


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """Return the seed explainer with a few lines deleted, doubled, swapped or spliced."""
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "splice", "insert"]))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(j, lines[i])
        elif action == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        else:
            piece = draw(st.sampled_from(FRAGMENTS) | st.text(max_size=8))
            if action == "insert":
                lines.insert(i, piece)
            else:
                at = draw(st.integers(0, len(lines[i])))
                lines[i] = lines[i][:at] + piece + lines[i][at:]
    return "\n".join(lines)


@SETTINGS
@given(mutated_seed())
def test_mutated_seed_builds_or_fails_cleanly(project: Path, text: str) -> None:
    build_must_be_clean(project, text)


@settings(SETTINGS, max_examples=100)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
       | st.lists(st.sampled_from(FRAGMENTS + ["\n", "title: T", "dek: D", "published: 2024"]),
                  max_size=40).map("".join))
def test_random_text_builds_or_fails_cleanly(project: Path, text: str) -> None:
    build_must_be_clean(project, text)
