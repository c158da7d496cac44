"""Scripts that have no italic and are never spaced out, as a browser sets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project

# An explainer in each language: its quote, a title it cites and an author's emphasis.
STORIES = {
    "en": ("Talks end in a deal", "The deal was *historic*, they said.", "The talks are over."),
    "ja": ("交渉が合意に達した", "合意は*歴史的*だと述べた。", "交渉は終わった。"),
    "zh": ("谈判达成协议", "他们说协议具有*历史意义*。", "谈判结束了。"),
    "th": ("การเจรจาบรรลุข้อตกลง", "พวกเขากล่าวว่าข้อตกลงนี้*เป็นประวัติศาสตร์*", "การเจรจาจบลงแล้ว"),
    "hi": ("बातचीत में समझौता हुआ", "उन्होंने कहा कि समझौता *ऐतिहासिक* है।", "बातचीत ख़त्म हुई।"),
    "am": ("ድርድሩ በስምምነት ተጠናቀቀ", "ስምምነቱ *ታሪካዊ* ነው ብለዋል።", "ድርድሩ አበቃ።"),
}
STYLES = """() => {
  const style = (selector) => getComputedStyle(document.querySelector(selector));
  return {
    quote: style('.quote blockquote').fontStyle,
    cite: style('.based-on cite, main cite').fontStyle,
    em: style('main p em').fontStyle,
    emWeight: style('main p em').fontWeight,
    heading: style('.why-it-matters h2').letterSpacing,
  };
}"""


def story(language: str) -> str:
    """Return an explainer in the language with a quote, a cited source and emphasis."""
    title, prose, quote = STORIES[language]
    return (f"---\ntitle: {title}\ndek: {title}\npublished: 2024-05-23\nlanguage: {language}\n"
            f"based_on:\n  - title: {title}\n    author: A\n---\n\n--- summary\n---\n{prose}\n\n"
            f"--- why-it-matters\n---\n{prose}\n\n--- quote\ntext: {quote}\nspeaker: A\n---\n")


@pytest.fixture(scope="module")
def scripts_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site with one explainer in each language of STORIES."""
    root = tmp_path_factory.mktemp("scripts")
    write_project(root, {f"content/{lang}.md": story(lang) for lang in STORIES})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


def page_of(site: Path, language: str) -> Path:
    """Return the page of the explainer in the language (a page in another one has a folder)."""
    return next(p for p in site.rglob(f"{language}.html") if "embed" not in p.parts)


def test_latin_quotes_titles_and_emphasis_stay_italic(scripts_site: Path, new_page) -> None:
    new_page.goto(page_of(scripts_site, "en").as_uri())
    styles = new_page.evaluate(STYLES)
    assert (styles["quote"], styles["cite"], styles["em"]) == ("italic",) * 3, styles
    assert styles["heading"] not in ("normal", "0px"), styles


@pytest.mark.parametrize("language", ["ja", "zh", "th", "hi", "am"])
def test_scripts_without_italic_are_never_slanted_nor_spaced(scripts_site: Path, new_page,
                                                            language: str) -> None:
    new_page.goto(page_of(scripts_site, language).as_uri())
    styles = new_page.evaluate(STYLES)
    assert (styles["quote"], styles["cite"], styles["em"]) == ("normal",) * 3, styles
    assert styles["heading"] in ("normal", "0px"), styles


@pytest.mark.parametrize("language", ["th", "hi", "am"])
def test_emphasis_without_italic_is_bold(scripts_site: Path, new_page, language: str) -> None:
    new_page.goto(page_of(scripts_site, language).as_uri())
    assert int(new_page.evaluate(STYLES)["emWeight"]) >= 600
