"""A value is checked whole: a slug, an address or a date ending in a line break is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from explainer.content.dates import date_of

from .helpers import run_cli
from .test_atomic_output import PAGE


def test_new_refuses_a_slug_ending_in_a_line_break(make_site: Callable[..., Path]) -> None:
    root = make_site()
    result = run_cli("new", "evil\n", "--root", root)
    assert result.returncode == 2
    assert result.stderr == ("error: 'evil\\n' is not a valid title or slug: it holds a line "
                             "break; give the title on one line, or a slug of lowercase letters, "
                             "digits and hyphens, e.g. evil\n")
    assert list((root / "content").iterdir()) == []


def test_a_file_name_ending_in_a_line_break_is_not_a_slug(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/evil\n.md": PAGE.format(title="A", day=1, text="First.")})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert result.stderr.startswith("content/evil\\n.md:1:1: error: front matter: slug "
                                    "'evil\\n' is not allowed: it has a line break, and a slug "
                                    "has lowercase letters, digits and hyphens only\n")
    assert not (root / "public").exists()


def test_a_base_url_ending_in_a_line_break_is_refused(make_site: Callable[..., Path]) -> None:
    root = make_site({"content/a.md": PAGE.format(title="A", day=1, text="First.")})
    result = run_cli("build", "--root", root, "--base-url", "https://example.org/\n")
    assert result.returncode == 2
    assert result.stderr == ("error: --base-url must be the address alone, with no space or "
                             "line break around it, found 'https://example.org/\\n'; write it as "
                             "https://example.org/\n")
    assert not (root / "public").exists()


def test_a_date_ending_in_a_line_break_is_not_a_date() -> None:
    assert date_of("2024-05-23") is not None
    assert date_of("2024-05-23\n") is None
