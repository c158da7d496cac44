"""Mistakes in an override are reported at the template line that made them, with a fix, and
leave the site built before as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, snapshot

STORY = "---\ntitle: A\ndek: D\npublished: 2024-05-23\n---\n\n--- summary\n---\nFine.\n"
TIMELINE = STORY + "\n--- timeline\nevents:\n  - date: 2024-05-20\n    title: It began\n---\n"
BASE = (Path(__file__).resolve().parents[1] / "templates/base.html").read_text(encoding="utf-8")


def build_twice(make_site: Callable[..., Path], tmp_path: Path,
                overrides: dict[str, str]) -> tuple[str, dict[str, tuple[bytes, int]],
                                                    dict[str, tuple[bytes, int]]]:
    """Build a good site, then add the overrides and build again; return the second build's
    messages and the output folder before and after it."""
    root = make_site({"content/a.md": TIMELINE})
    out = tmp_path / "out"
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    before = snapshot(out)
    for name, text in overrides.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    return result.stderr, before, snapshot(out)


def test_a_missing_asset_is_reported_at_the_line_that_asks_for_it(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    line = '<script src="{{ asset(\'brand.js\') }}" defer></script>'
    base = BASE.replace("{% block head %}", line + "\n{% block head %}")
    number = base.split("\n").index(line) + 1
    err, before, after = build_twice(make_site, tmp_path, {"overrides/templates/base.html": base})
    first, excerpt, hint = err.split("\n")[:3]
    assert first.startswith(f"overrides/templates/base.html:{number}: error: template error "
                            "while rendering ")  # whichever page comes first
    assert first.endswith(": asset('brand.js'): there is no stylesheet or script "
                          "static/brand.js")
    assert excerpt == f"    {line}"
    assert hint == "  hint: add the file to static/ (or overrides/static/), or fix the name"
    assert after == before


def test_an_asset_that_is_a_picture_is_told_to_use_rel(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    line = '<link rel="icon" href="{{ asset(\'images/icon.png\') }}">'
    base = BASE.replace("{% block head %}", line + "\n{% block head %}")
    err, before, after = build_twice(make_site, tmp_path, {"overrides/templates/base.html": base,
                                                           "static/images/icon.png": "icon"})
    first, excerpt, hint = err.split("\n")[:3]
    assert first.endswith(": asset('images/icon.png'): asset() names stylesheets and scripts "
                          "(.css, .js), which the site gives content-hashed names; other files "
                          "keep theirs")
    assert hint == "  hint: link it with rel('images/icon.png')"
    assert after == before


def test_an_include_of_a_missing_partial_is_reported_at_the_include(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    base = BASE.replace("<main", '{% include "partials/brand-bar.html" %}\n<main')
    number = base.split("\n").index('{% include "partials/brand-bar.html" %}') + 1
    err, before, after = build_twice(make_site, tmp_path, {"overrides/templates/base.html": base})
    first, excerpt, hint = err.split("\n")[:3]
    assert first.startswith(f"overrides/templates/base.html:{number}: error: template error "
                            "while rendering ")
    assert first.endswith(": template 'partials/brand-bar.html' not found")
    assert excerpt == '    {% include "partials/brand-bar.html" %}'
    assert hint == ("  hint: add templates/partials/brand-bar.html or "
                    "overrides/templates/partials/brand-bar.html, or fix the name")
    assert after == before


@pytest.mark.parametrize(("override", "expected"), [
    ("<section>\n<ol data-script=\"{{ asset('timeline.js') }}\"></ol>\n</section>\n",
     "asset('timeline.js'): there is no stylesheet or script static/timeline.js\n"),
    ('{% extends "theme/explainr.html" %}\n',  # a misspelt shipped template
     "template 'theme/explainr.html' not found\n"
     '    {% extends "theme/explainr.html" %}\n'
     "  hint: 'theme/' names the shipped templates, and there is no templates/explainr.html "
     "among them: check the name\n"),
    ('{% extends "explainer.html" %}\n{% block title %}Brand{% endblock %}\n',  # itself
     "the template includes or extends itself, without end\n"
     '    {% extends "explainer.html" %}\n'
     "  hint: to build on the shipped template of the same name, name it with the 'theme/' "
     'prefix: "theme/explainer.html"\n'),
])
def test_an_override_that_cannot_be_rendered_is_a_template_error_at_its_line(
        override: str, expected: str, make_site: Callable[..., Path], tmp_path: Path) -> None:
    # An override of a section's template, or of the explainer's page.
    name = "sections/timeline.html" if override.startswith("<section>") else "explainer.html"
    err, before, after = build_twice(make_site, tmp_path,
                                     {f"overrides/templates/{name}": override})
    line = 2 if name.startswith("sections/") else 1
    assert err.startswith(f"overrides/templates/{name}:{line}: error: template error while "
                          "rendering a.html: " + expected)
    assert after == before


def test_a_partial_that_includes_itself_is_reported_at_the_include(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    nav = '<nav>\n{% include "partials/site-nav.html" %}\n</nav>\n'
    err, _, _ = build_twice(make_site, tmp_path,
                            {"overrides/templates/partials/site-nav.html": nav})
    first, excerpt = err.split("\n")[:2]
    assert first.startswith("overrides/templates/partials/site-nav.html:2: error: template error "
                            "while rendering ")
    assert first.endswith(": the template includes or extends itself, without end")
    assert excerpt == '    {% include "partials/site-nav.html" %}'


def test_a_syntax_error_shows_its_line(make_site: Callable[..., Path], tmp_path: Path) -> None:
    broken = ('{% extends "theme/explainer.html" %}\n{% block content %}\n{% if x %}\n'
              "{% endblock %}\n")
    err, before, after = build_twice(make_site, tmp_path,
                                     {"overrides/templates/explainer.html": broken})
    first, excerpt, hint = err.split("\n")[:3]
    assert first.startswith("overrides/templates/explainer.html:4: error: template syntax error: "
                            "Encountered unknown tag 'endblock'.")
    assert (excerpt, hint) == ("    {% endblock %}", "  hint: fix the template tag on this line")
    assert after == before


def test_a_block_the_extended_template_lacks_is_warned_of_at_its_line(
        make_site: Callable[..., Path]) -> None:
    # Jinja drops a block its parent does not have: the meta tag would never reach a page.
    root = make_site({"content/a.md": STORY, "overrides/templates/base.html": (
        '{% extends "theme/base.html" %}\n{% block heade %}<meta name="x" content="y">'
        "{% endblock %}\n{% block content %}{{ super() }}{% block mine %}{% endblock %}"
        "{% endblock %}\n"),
        "overrides/templates/sections/summary.html":
            '{% extends "theme/sections/summary.html" %}\n\n{% block lead %}!{% endblock %}\n'})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "overrides/templates/base.html:2: warning: block 'heade' is not one of "
        "theme/base.html, which this template extends: what it holds is never shown\n"
        '    {% block heade %}<meta name="x" content="y">{% endblock %}\n'
        "  hint: did you mean 'header'?\n"
        "overrides/templates/sections/summary.html:3: warning: block 'lead' is not one of "
        "theme/sections/summary.html, which this template extends: what it holds is never "
        "shown\n    {% block lead %}!{% endblock %}\n"
        "  hint: theme/sections/summary.html has no blocks to fill: copy it whole into this "
        "file, without its 'extends'\n")
    assert run_cli("check", "--root", root, "--strict").returncode == 1


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_an_override_not_saved_as_utf8_is_named_at_its_byte(
        encoding: str, make_site: Callable[..., Path], tmp_path: Path) -> None:
    # A partial saved by an editor in Windows-1252; the same partial in UTF-8 is built.
    root = make_site({"content/a.md": STORY})
    out = tmp_path / "out"
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    before = snapshot(out)
    partial = root / "overrides/templates/partials/site-nav.html"
    partial.parent.mkdir(parents=True)
    partial.write_bytes("<nav>\n<p>Café</p>\n</nav>\n".encode(encoding))
    result = run_cli("build", "--root", root, "--output", out)
    if encoding == "utf-8":
        assert result.returncode == 0, result.stderr
        assert "<p>Café</p>" in (out / "a.html").read_text(encoding="utf-8")
        return
    assert result.returncode == 1, result.stderr
    name = "overrides/templates/partials/site-nav.html"
    first, hint = result.stderr.split("\n")[:2]
    assert first == f"{name}:2:7: error: file is not valid UTF-8 (byte 12): it seems saved " \
        "as Windows-1252 (or Latin-1)"
    assert hint.startswith(f"  hint: convert it to UTF-8: iconv -f WINDOWS-1252 -t UTF-8 {name}")
    assert snapshot(out) == before
    assert run_cli("check", "--root", root).stderr.startswith(first)
