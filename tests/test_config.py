"""site.yml: every field read and checked, with messages that point at the line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.errors import ContentError, UsageError
from explainer.site.config import load_config

from .helpers import run_cli

FULL = """\
title: Example News Explainers
description: "Background: the news, explained."
language: fr-CA
base_url: https://example.org/news
author: Ana Pérez
organizations: [Explainer desk]
publisher: Example News
publisher_url: https://example.org/
logo: images/logo.png
image: https://cdn.example.org/social.jpg
twitter: example_news
trusted_html: true
"""


def errors_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_config(root)
    return [p.render() for p in caught.value.problems]


def test_every_field_is_read(make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": FULL, "static/images/logo.png": b"\x89PNG"})
    config = load_config(root)
    assert config.title == "Example News Explainers"
    assert config.description == "Background: the news, explained."
    assert config.language == "fr-CA"
    assert config.base_url == "https://example.org/news/"
    assert config.author == "Ana Pérez"
    assert config.organizations == ("Explainer desk",)
    assert config.publisher == "Example News"
    assert config.publisher_url == "https://example.org/"
    assert config.logo == "images/logo.png"
    assert config.image == "https://cdn.example.org/social.jpg"
    assert config.twitter == "@example_news"
    assert config.trusted_html is True


def test_no_file_means_defaults_and_the_command_line_wins(make_site) -> None:
    root = make_site()
    assert load_config(root).title == "Explainers"
    assert load_config(root).base_url is None
    assert load_config(root, "http://localhost:8000/a").base_url == "http://localhost:8000/a/"
    root = make_site({"site.yml": "base_url: https://example.org/\n"})
    assert load_config(root, "https://other.example/x/").base_url == "https://other.example/x/"



@pytest.mark.parametrize("text", ["", "\n", "  \n\n", "\ufeff", "\ufeff\r\n"])
def test_an_empty_file_means_defaults(make_site, text: str, tmp_path: Path) -> None:
    root = make_site({"site.yml": text, "content/a.md": "---\ntitle: A\ndek: D\npublished: "
                      "2024-05-23\n---\n\n--- summary\n---\nFine.\n"})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "empty" not in result.stderr
    assert (tmp_path / "out" / "a.html").is_file()


@pytest.mark.parametrize("nul", ["\0", ""])
def test_a_nul_in_site_yml_is_an_error_at_its_place(make_site, nul: str, tmp_path: Path) -> None:
    root = make_site({"site.yml": f"title: Desk\ndescription: News{nul} explained\n",
                      "content/a.md": "---\ntitle: A\ndek: D\npublished: 2024-05-23\n---\n\n"
                      "--- summary\n---\nFine.\n"})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    if not nul:
        assert result.returncode == 0, result.stderr
        assert "News explained" in (tmp_path / "out/index.html").read_text(encoding="utf-8")
        return
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("site.yml:2:18: error: file is binary, not text (a NUL "
                                    "character)\n  hint: delete the character\n")
    assert not (tmp_path / "out").exists()


def test_a_site_yml_that_is_no_file_is_an_error(make_site, tmp_path: Path) -> None:
    root = make_site({"site.yml/a.txt": "", "content/a.md": "---\ntitle: A\ndek: D\n"
                      "published: 2024-05-23\n---\n\n--- summary\n---\nFine.\n"})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 1, result.stderr
    assert "site.yml: error: cannot read file: Is a directory\n" in result.stderr
    assert not (tmp_path / "out").exists()


def test_an_unknown_field_suggests_the_closest_one(make_site) -> None:
    root = make_site({"site.yml": "title: T\npublisher_ulr: https://example.org/\n"})
    assert errors_of(root) == [
        "site.yml:2:1: error: site config: unknown field 'publisher_ulr'\n"
        "    publisher_ulr: https://example.org/\n"
        "  hint: did you mean 'publisher_url'?"]


@pytest.mark.parametrize(("line", "message"), [
    ("base_url: example.org/news", "'base_url' must start with https:// (or http://), found "
     "'example.org/news'"),
    ("base_url: mailto:desk@example.org", "'base_url' must start with https:// (or http://)"),
    ("base_url: https://", "'base_url' must be the site's public web address, found 'https://'"),
    ("twitter: '@this_handle_is_far_too_long'", "'twitter' must be a handle such as @example"),
    ("logo: images/missing.png", "'logo': there is no static/images/missing.png"),
    ("logo: ../secret.png", "'logo': there is no static/../secret.png"),
    ("logo: notes.txt", "'logo' must name an image file, found 'notes.txt'"),
    ("image: favicon.svg", "'image' is the picture social networks show, and they do not show "
     "SVG"),
    ("image: javascript:alert(1)", "unsafe link 'javascript:alert(1)'"),
    ("publisher_url: example.org", "'publisher_url' must be a web address, found 'example.org'"),
    ("organizations: {a: b}", "'organizations' must be text"),
    ("language: Português", "found 'Português'\n    language: Português\n  hint: write its "
     "tag: language: pt"),
    ("language: Elvish", "found 'Elvish'\n    language: Elvish\n  hint: write a language's "
     "tag (docs/languages.md lists those with a strings table)"),
])
def test_bad_values_are_reported_at_their_line(make_site, line: str, message: str) -> None:
    root = make_site({"site.yml": f"title: T\n{line}\n"})
    errors = errors_of(root)
    assert len(errors) == 1
    assert errors[0].startswith("site.yml:2:")
    assert message in errors[0]


def test_settings_written_as_a_list_are_told_how_to_be_written(make_site) -> None:
    errors = errors_of(make_site({"site.yml": "- title: T\n- language: fr\n"}))
    assert errors == ["site.yml:1:1: error: site config: the file must be 'key: value' lines, "
                      "found a list\n    - title: T\n  hint: write each on a line of its own, as "
                      "'name: value', with no '- ' before it"]


def test_a_bad_base_url_on_the_command_line_is_a_usage_error(make_site) -> None:
    root = make_site()
    with pytest.raises(UsageError, match="--base-url must be the site's public web address"):
        load_config(root, "https://")
    result = run_cli("build", "--root", root, "--base-url", "https://")
    assert result.returncode == 2
    assert "error: --base-url must be the site's public web address" in result.stderr


@pytest.mark.parametrize(("url", "message", "fix"), [
    ("https://example.org/news/index.html", "be the address of the site's folder, not of a page",
     "leave out 'index.html': https://example.org/news/"),
    ("https://example.org:99999/", "have a port from 1 to 65535",
     "fix the port, or leave it out: https://example.org/"),
    ("https://example.org/news/?a=1", "have no query",
     "drop the '?a=1': a site's address has no query (https://example.org/news/)"),
    ("https://example.org/news/#x", "have no fragment",
     "drop the '#x': a site's address has no fragment (https://example.org/news/)"),
    ("example.org/news/", "start with https:// (or http://)",
     "write the scheme before the host: https://example.org/news/"),
    ("localhost:8000/", "start with https:// (or http://)",
     "write the scheme before the host: https://localhost:8000/"),
    ("ftp://example.org/news/", "start with https:// (or http://)",
     "replace 'ftp://': https://example.org/news/"),
    ("https://desk:secret@example.org/", "have no user name or password",
     "drop the 'desk:secret@': https://example.org/"),
])
def test_a_base_url_that_names_a_page_or_no_port_is_refused(make_site, url: str, message: str,
                                                             fix: str) -> None:
    root = make_site({"site.yml": f"title: T\nbase_url: {url}\n"})
    assert errors_of(root) == [f"site.yml:2:11: error: site config: 'base_url' must {message}"
                               f", found '{url}'\n    base_url: {url}\n  hint: {fix}"]
    result = run_cli("check", "--root", make_site(), "--base-url", url)
    assert result.returncode == 2
    assert result.stderr == f"error: --base-url must {message}, found '{url}'; {fix}\n"


@pytest.mark.parametrize("url", ["https://example.org/news/", "http://localhost:8000/x",
                                 "https://example.org/a%20b/"])
def test_a_base_url_without_query_fragment_or_user_is_used(make_site, url: str) -> None:
    root = make_site({"site.yml": f"title: T\nbase_url: {url}\n"})
    assert load_config(root).base_url == url.rstrip("/") + "/"
    assert load_config(make_site(), url).base_url == url.rstrip("/") + "/"


@pytest.mark.parametrize("command", ["build", "check"])
def test_site_yml_errors_are_listed_with_the_contents(command: str, make_site) -> None:
    root = make_site({"site.yml": "title: T\npublisher_ulr: https://example.org/\n",
                      "content/a.md": "---\ntitle: A\ndek: D\npublished: 2024-13-01\n---\n"
                                      "--- summary\n---\nText.\n"})
    result = run_cli(command, "--root", root)
    assert result.returncode == 1
    assert "site.yml:2:1: error: site config: unknown field 'publisher_ulr'\n" in result.stderr
    assert "content/a.md:4:12: error: front matter: 'published' is not a real date" \
        in result.stderr  # found in the same run
    assert "2 error(s) found" in result.stderr
    assert not (root / "public").exists()


@pytest.mark.parametrize(("line", "column"), [("title:", 7), ('title: ""', 8), ("title: ~", 8)])
def test_an_empty_title_is_an_error_at_its_line(make_site, line: str, column: int) -> None:
    root = make_site({"site.yml": f"description: D.\n{line}\n"})
    assert errors_of(root) == [
        f"site.yml:2:{column}: error: site config: 'title' is empty\n    {line}\n  hint: write "
        "the site's name after 'title: ', or remove the line to call the site 'Explainers'"]


def test_a_title_yaml_reads_as_a_number_or_a_date_is_its_text(make_site) -> None:
    for title in ("2024", "1e3", "2024-05-01", "yes"):
        assert load_config(make_site({"site.yml": f"title: {title}\n"})).title == title


def test_a_language_no_page_is_in_is_a_warning_at_its_line(make_site) -> None:
    french = "---\ntitle: B\nlanguage: fr-CA\ndek: D\npublished: 2024-05-01\n---\n" \
        "--- summary\n---\nTexte.\n"
    root = make_site({
        "site.yml": "title: T\nlanguages:\n  fr:\n    title: Tf\n  es:\n    title: Te\n"
                    "  qq:\n    title: Tq\n  fr-BE:\n    title: Tb\n",
        "content/a.md": "---\ntitle: A\ndek: D\npublished: 2024-05-01\n---\n"
                        "--- summary\n---\nText.\n",
        "content/b.md": french})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    found = [line for line in result.stderr.splitlines() if "'languages'" in line]
    assert found == [
        "site.yml:5: warning: site config: 'languages' gives the site's name in Spanish ('es') "
        "but no page is in 'es'",
        "site.yml:7: warning: site config: 'languages' gives the site's name in 'qq', which is no "
        "language CLDR knows, but no page is in 'qq'",
        "site.yml:9: warning: site config: 'languages' gives the site's name in French ('fr-BE') "
        "but no page is in 'fr-BE'"]  # fr is given for fr-CA's pages: no warning
    assert "  hint: the pages are in 'en', 'fr-CA': fix the tag, or remove 'es' until an " \
        "explainer is written in that language" in result.stderr
    assert run_cli("check", "--strict", "--root", root).returncode == 1


def test_the_warning_of_a_language_no_page_is_in_reads_italian_as_a_tag(make_site) -> None:
    """Italian's tag is an English word: the warning quotes it, and says 'it' of no other."""
    root = make_site({"site.yml": "title: T\nlanguages:\n  it:\n    title: Spiegazioni\n",
                      "content/a.md": "---\ntitle: A\ndek: D\npublished: 2024-05-01\n---\n"
                                      "--- summary\n---\nText.\n"})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "site.yml:3: warning: site config: 'languages' gives the site's name in Italian " \
        "('it') but no page is in 'it'\n  hint: the pages are in 'en': fix the tag, or remove " \
        "'it' until an explainer is written in that language\n" in result.stderr


def test_a_line_added_above_the_languages_renders_no_page_again(make_site) -> None:
    root = make_site({"site.yml": "title: T\nlanguages:\n  fr:\n    title: Tf\n",
                      "content/a.md": "---\ntitle: A\ndek: D\npublished: 2024-05-01\n---\n"
                                      "--- summary\n---\nText.\n"})
    assert run_cli("build", "--root", root).returncode == 0
    (root / "site.yml").write_text("# The desk's site\ntitle: T\nlanguages:\n  fr:\n"
                                   "    title: Tf\n", encoding="utf-8")
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    assert "0 page(s) rendered" in result.stdout, result.stdout


STORY = "---\ntitle: T\ndek: D\npublished: 2024-05-23\n---\n\n--- summary\n---\nFine.\n"


@pytest.mark.parametrize(("line", "said"), [
    ("base_url: https://[::1", "site.yml:1:11: error: site config: 'base_url' must have a host "
     "that is a name or a whole address, found 'https://[::1'\n    base_url: https://[::1\n"
     "  hint: close the bracket of an IPv6 address, as in https://[2001:db8::1]/"),
    ("logo: " + "a" * 300 + ".png", "site.yml:1:7: error: site config: 'logo': there is no "
     "static/" + "a" * 300 + ".png"),
])
def test_values_past_what_the_system_reads_are_told(
        line: str, said: str, make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": line + "\n", "content/story.md": STORY})
    result = run_cli("check", "--root", root)
    assert result.returncode == 1
    assert said in result.stderr
    assert "internal error" not in result.stderr


def test_a_page_size_of_thousands_of_digits_puts_every_explainer_on_one_page(
        make_site: Callable[..., Path], tmp_path: Path) -> None:
    root = make_site({"site.yml": "page_size: 1" + "0" * 5000 + "\n",
                      "content/story.md": STORY, "content/other.md": STORY})
    result = run_cli("build", "--root", root, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "out" / "page" / "2.html").exists()
    assert (tmp_path / "out" / "index.html").is_file()
