"""JSON-LD: every explainer described as a schema.org BackgroundNewsArticle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from explainer.site.meta import script_json

from .helpers import soup
from .publishing import BASE, build, write_project


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_project(tmp_path_factory.mktemp("jsonld") / "site")
    return build(root, root.parent / "public", "--base-url", BASE)[0]


def json_ld(path: Path) -> list[dict[str, Any]]:
    return [json.loads(s.string) for s in soup(path).select('script[type="application/ld+json"]')]


def test_an_explainer_is_a_background_news_article(out: Path) -> None:
    [data] = json_ld(out / "haiti.html")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "BackgroundNewsArticle"
    assert data["headline"] == "Kenya leads a police mission to Haiti"
    assert data["description"] == "What happened & why it matters."
    assert data["datePublished"] == "2024-06-26"
    assert data["dateModified"] == "2024-07-02"
    assert data["inLanguage"] == "en"
    assert data["url"] == data["mainEntityOfPage"] == BASE + "haiti.html"
    assert data["image"] == BASE + "social.png"
    assert data["keywords"] == "Haiti, Security"
    assert data["author"] == [{"@type": "Organization", "name": "Explainer desk",
                               "url": BASE + "authors/explainer-desk.html"}]
    assert data["publisher"] == {
        "@type": "Organization", "name": "Example News", "url": "https://example.org/",
        "logo": {"@type": "ImageObject", "url": BASE + "logo.png"}}


def test_countries_are_named_with_their_iso_codes(out: Path) -> None:
    [haiti] = json_ld(out / "haiti.html")
    assert haiti["about"] == [{"@type": "Country", "name": "Kenya", "identifier": "KE"},
                              {"@type": "Country", "name": "Haiti", "identifier": "HT"}]
    assert haiti["mentions"] == [
        {"@type": "Country", "name": "United States", "identifier": "US"}]
    [sudan] = json_ld(out / "sudan.html")
    assert [c["identifier"] for c in sudan["about"]] == ["SD"]
    assert [c["identifier"] for c in sudan["mentions"]] == ["KE"]
    [trade] = json_ld(out / "trade.html")
    assert "about" not in trade and "mentions" not in trade


def test_people_and_organizations_in_the_byline(out: Path) -> None:
    [data] = json_ld(out / "sudan.html")
    # Each names its page on the site, which lists what they wrote.
    assert data["author"] == [{"@type": "Person", "name": "Ana Pérez",
                               "url": BASE + "authors/ana-perez.html"},
                              {"@type": "Organization", "name": "Explainer desk",
                               "url": BASE + "authors/explainer-desk.html"}]
    assert data["datePublished"] == data["dateModified"] == "2024-05"


def test_a_title_cannot_end_the_script_element(out: Path) -> None:
    html = (out / "sudan.html").read_text(encoding="utf-8")
    assert html.count("</script>") == 1
    [data] = json_ld(out / "sudan.html")
    assert data["headline"] == "Why Sudan\u2019s war drags on </script><b>"
    assert str(script_json({"a": "</script><!--&"})) == \
        '{"a": "\\u003c/script\\u003e\\u003c!--\\u0026"}'


def test_only_explainers_carry_json_ld(out: Path) -> None:
    for page in ("index.html", "countries/ke.html", "tags/security.html", "404.html"):
        assert json_ld(out / page) == []


def test_without_a_base_url_the_data_has_no_addresses(tmp_path: Path) -> None:
    root = write_project(tmp_path / "site")
    [data] = json_ld(build(root, tmp_path / "public")[0] / "haiti.html")
    assert "url" not in data and "image" not in data
    assert "logo" not in data["publisher"]
    assert data["headline"] == "Kenya leads a police mission to Haiti"


def test_a_correction_is_told_in_plain_text(tmp_path: Path) -> None:
    story = ("---\ntitle: Pledge\ndek: D.\npublished: 2024-05-23\nchanges:\n"
             "  - date: 2024-06-01\n    correction: true\n    text: An earlier version said the "
             "pledge was **$300 million**; [it is](https://example.org/a) $360 million.\n"
             "---\n\n--- summary\n---\nText.\n")
    root = write_project(tmp_path / "site", {"content/pledge.md": story})
    [data] = json_ld(build(root, tmp_path / "public", "--base-url", BASE)[0] / "pledge.html")
    assert data["correction"][0]["text"] == ("An earlier version said the pledge was "
                                             "$300 million; it is $360 million.")
