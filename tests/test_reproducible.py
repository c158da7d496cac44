"""Same input, same bytes; stylesheets named by their content."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .helpers import REPO, SEED, run_cli, soup
from .publishing import BASE, write_project


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    seed = (REPO / "content" / f"{SEED}.md").read_text(encoding="utf-8")
    (root / "content" / f"{SEED}.md").write_text(seed, encoding="utf-8")
    builds = []
    # Different hash seeds shuffle any set or dict whose order leaks into the output.
    for n, seed in ((1, "1"), (2, "2")):
        out = tmp_path / f"public-{n}"
        result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE,
                         env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        builds.append(snapshot(out))
    first, second = builds
    assert len(first) > 50
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []


def test_stylesheets_are_named_by_content_and_every_page_uses_that_name(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    out = tmp_path / "public"
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    [css] = out.glob("*.css")
    assert css.name == f"style.{hashlib.sha256(css.read_bytes()).hexdigest()[:8]}.css"
    assert (out / "favicon.svg").is_file() and (out / "logo.png").is_file()
    for html in out.rglob("*.html"):
        [link] = soup(html).select('link[rel="stylesheet"]')
        assert (html.parent / link["href"]).resolve() == css.resolve()
    (root / "static/style.css").write_text("body { color: red; }\n", encoding="utf-8")
    assert run_cli("build", "--root", root, "--output", out).returncode == 0
    [changed] = out.glob("*.css")
    assert changed.name != css.name


def test_a_template_asking_for_a_missing_asset_is_reported(make_site) -> None:
    base = (Path(__file__).parents[1] / "templates/base.html").read_text(encoding="utf-8")
    root = make_site({"overrides/templates/base.html":
                      base.replace("asset('style.css')", "asset('styles.css')"),
                      "content/a.md": "---\ntitle: T\ndek: D\npublished: 2024-01-01\n---\n"
                                      "--- summary\n---\nText.\n"})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith("overrides/templates/base.html:9: error: template error "
                                    "while rendering ")
    assert "asset('styles.css'): there is no stylesheet or script static/styles.css\n" \
        in result.stderr
