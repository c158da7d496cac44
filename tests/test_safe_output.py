"""Untrusted content cannot put script on the page or write outside the output folder."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from explainer.content.text.typography import typeset_text
from explainer.errors import OutputError
from explainer.render.memory import NoWriter
from explainer.render.output import Claim

from .helpers import run_cli, soup
from .xss import HTML_BODY, PAYLOADS, URL_PAYLOAD, make_project, q, site_config, xss_explainer

UNSAFE_URL = re.compile(r"^(javascript|vbscript|data|file):")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "background", "srcset", "cite", "ping", "srcdoc"}
FORBIDDEN_TAGS = ("script", "iframe", "object", "embed", "form", "base", "style", "frame", "applet")


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build one explainer per payload, each with the payload in every field."""
    root = tmp_path_factory.mktemp("xss")
    files = {f"content/xss-{n}.md": xss_explainer(p) for n, p in enumerate(PAYLOADS)}
    make_project(root, {**files, "site.yml": site_config(PAYLOADS[0])})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    return root / "public"


@pytest.fixture(scope="module")
def theme_scripts(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Return the scripts the theme itself ships, its <base> (an embeddable piece opens its
    links in the page around it) and its search form, from a harmless build."""
    root = make_project(tmp_path_factory.mktemp("clean"), {
        "content/clean.md": xss_explainer("Plain words").replace(HTML_BODY, "Plain words.")})
    assert run_cli("build", "--root", root).returncode == 0
    return {str(s) for page in (root / "public").rglob("*.html")
            for s in soup(page)(["script", "base", "form"])}


def unsafe_things(page: BeautifulSoup, allowed_scripts: set[str]) -> list[str]:
    """List what could run script in a parsed page."""
    found = [f"<{tag.name}>" for tag in page.find_all(FORBIDDEN_TAGS)
             if not (tag.name in ("script", "base", "form") and
                     (str(tag) in allowed_scripts or is_data(tag)))]
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"<{tag.name} {name}>")
            values = value if isinstance(value, list) else [value]
            for item in values:
                cleaned = re.sub(r"[\x00-\x20]", "", item).lower()
                if (name.lower() in URL_ATTRIBUTES and UNSAFE_URL.match(cleaned)) or \
                        (name.lower() == "style" and re.search(r"javascript:|expression\(",
                                                               cleaned)):
                    found.append(f"<{tag.name} {name}={item!r}>")
        if tag.name == "meta" and tag.get("http-equiv"):
            found.append("<meta http-equiv>")
    return found


def is_data(tag: Tag) -> bool:
    """Tell whether a script element is inert JSON-LD that no payload can close early."""
    return tag.get("type") == "application/ld+json" and "<" not in tag.get_text()


def test_no_payload_can_run_on_any_page(xss_site: Path, theme_scripts: set[str]) -> None:
    pages = sorted(xss_site.rglob("*.html"))
    assert {f"xss-{n}.html" for n in range(len(PAYLOADS))} <= {p.name for p in pages}
    for path in pages:
        assert unsafe_things(soup(path), theme_scripts) == [], path.name


@pytest.mark.parametrize("number", range(len(PAYLOADS)))
def test_yaml_text_fields_show_the_payload_as_text(xss_site: Path, number: int) -> None:
    page = soup(xss_site / f"xss-{number}.html")
    # The text as typed, with typographer's quotes, as every text field shows it.
    payload = typeset_text(PAYLOADS[number], "en")
    assert page.find("h1").get_text() == payload
    assert page.find("meta", attrs={"name": "description"})["content"] == payload
    assert page.title.get_text() == f"{payload} · {typeset_text(PAYLOADS[0], 'en')}"
    assert page.select_one(".figure-value").get_text() == payload
    assert page.select_one(".event-title").get_text() == payload
    assert page.select_one(".country-note").get_text() == payload
    assert page.select_one(".quote blockquote p").get_text() == payload
    assert page.select_one(".speaker").get_text() == payload
    assert page.select_one("section.prose h2").get_text() == payload
    links = [a["href"] for a in page.select("a[href]")]
    assert URL_PAYLOAD in links  # an escaped attribute: the whole address, quotes and all


def test_sanitising_keeps_the_harmless_markup(xss_site: Path) -> None:
    page = soup(xss_site / "xss-0.html")
    summary = page.select_one("section.summary")
    assert "Plain words first." in summary.get_text()
    assert not summary.find("a", string="link with an attribute list").has_attr("href")
    assert "raw javascript link" in summary.get_text()


def test_trusted_html_lets_raw_html_through_but_still_escapes_fields(tmp_path: Path) -> None:
    body = ('Before.\n\n<div class="embed" data-id="7"><script>window.embedded = 1</script>'
            "</div>\n\nAfter.\n")
    text = xss_explainer(PAYLOADS[1]).replace(HTML_BODY, body)
    for trusted in (True, False):
        root = make_project(tmp_path / str(trusted), {
            "content/a.md": text, "site.yml": site_config("Site", trusted=trusted)})
        assert run_cli("build", "--root", root).returncode == 0
        page = soup(root / "public" / "a.html")
        scripts = [s.get_text() for s in page("script") if not is_data(s)]
        embeds = page.select("section.summary div.embed[data-id='7']")
        assert (scripts, len(embeds)) == ((["window.embedded = 1"] * 9, 1) if trusted else ([], 0))
        assert page.find("h1").get_text() == typeset_text(PAYLOADS[1], "en")


@pytest.mark.parametrize("trusted", [True, False])
def test_javascript_links_are_refused_even_with_trusted_html(trusted: bool,
                                                             tmp_path: Path) -> None:
    text = xss_explainer("Plain").replace(HTML_BODY, "See [this](javascript:alert(1)).\n")
    text = text.replace(q(URL_PAYLOAD), "javascript:alert(2)", 1)
    root = make_project(tmp_path, {"content/a.md": text,
                                   "site.yml": site_config("Site", trusted=trusted)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 1
    assert "content/a.md:9:10: error: front matter: unsafe link 'javascript:alert(2)'" \
        in result.stderr
    assert "content/a.md:17:12: error: section 'summary': unsafe link 'javascript:alert(1)' " \
        "in the Markdown" in result.stderr
    assert not (root / "public").exists()


@pytest.mark.parametrize(("front", "file_name", "message"), [
    ("slug: ../../escaped", "a.md", "content/a.md:5:7: error: front matter: slug '../../escaped' "
     "is not allowed"),
    ("slug: /tmp/escaped", "a.md", "content/a.md:5:7: error: front matter: slug '/tmp/escaped' "
     "is not allowed"),
    ("slug: ..", "a.md", "content/a.md:5:7: error: front matter: slug '..' is not allowed"),
    ("slug: 'a/../../escaped'", "a.md", "content/a.md:5:7: error: front matter: slug "
     "'a/../../escaped' is not allowed"),
    ("tags: [x]", "Über.md", "content/Über.md:1:1: error: front matter: slug 'Über' is not "
     "allowed"),
    ("tags: [x]", "My Story.md", "content/My Story.md:1:1: error: front matter: slug "
     "'My Story' is not allowed"),
])
def test_a_slug_cannot_leave_the_output_folder(front: str, file_name: str, message: str,
                                               make_site: Callable[..., Path]) -> None:
    text = f"---\ntitle: T\ndek: D\npublished: 2024-05-23\n{front}\n---\n--- summary\n---\nX\n"
    root = make_site({f"content/{file_name}": text})
    result = run_cli("build", "--root", root, "--output", root / "deep" / "public")
    assert result.returncode == 1
    assert result.stderr.startswith(message + ": it ")
    assert "Traceback" not in result.stderr
    assert not list(root.parent.rglob("escaped*"))
    assert not (root / "deep").exists()


@pytest.mark.parametrize("path", ["../x.html", "/etc/x.html", "a/../../x.html", "a/./b.html",
                                  "C:/x.html", "a\\..\\x.html", "", "."])
def test_the_writer_refuses_paths_outside_the_site(path: str) -> None:
    with pytest.raises(OutputError, match="refusing to write outside the output folder"):
        NoWriter().claim([Claim(path, "test")])


def test_a_word_in_angle_brackets_that_the_page_would_lose_is_warned_of(
        make_site: Callable[..., Path]) -> None:
    story = ("---\ntitle: T\ndek: D.\npublished: 2024-05-23\n---\n\n--- summary\n---\n"
             "A <redacted> name, a `<code>` span, <https://example.org>, <em>emphasis</em>\n"
             "and &lt;shown> brackets.\n")
    root = make_site({"content/x.md": story})
    result = run_cli("check", "--root", root)
    assert result.returncode == 0
    warned = [line for line in result.stderr.splitlines() if "read as an HTML tag" in line]
    assert warned == ["content/x.md:9:3: warning: '<redacted>' is read as an HTML tag, which "
                      "the page leaves out"]
    assert "hint: to show it as written, write its '<' as '&lt;': &lt;redacted>" in result.stderr
    run_cli("build", "--root", root)
    assert "<shown> brackets" in soup(root / "public" / "x.html").select_one(".summary").get_text()
