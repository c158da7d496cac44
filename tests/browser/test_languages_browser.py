"""Pages in other languages in a real browser: Arabic right to left, and translations linked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from ..helpers import REPO, SEED, run_cli, write_project
from .pages import SCHEMES
from .test_layout import load_all_images
from .tools import axe_each, page_errors, serve_dir

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "arabic" / "ever-given.md"
ARABIC = "ar/ever-given.html"
FRENCH = "fr/kenya-mission-police-haiti.html"
# Where the parts that mirror sit on the page, in pixels from its left edge.
SIDES = """() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  const why = getComputedStyle(document.querySelector('.why-it-matters'));
  const event = document.querySelector('.event');
  const dot = getComputedStyle(event, '::before');
  return {
    dir: document.documentElement.dir,
    whyBorder: [why.borderLeftWidth, why.borderRightWidth],
    dotRight: event.getBoundingClientRect().right - parseFloat(dot.right),
    titleRight: box('.event-title').right,
    dateLeft: box('.event-date').left,
    indent: box('.takeaways h2').right - box('.takeaways li').right,
  };
}"""

# As test_layout's OVERFLOWING, but not the shapes inside an SVG: the map clips them to its
# own box (at 390 px the inset's outlines reach a few pixels past it, unseen).
OVERFLOWING_OUTSIDE_SVG = """() => [...document.querySelectorAll('main *')]
  .filter((el) => !el.ownerSVGElement)
  .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
  .map((el) => el.tagName.toLowerCase() + ' ' + el.getAttribute('class'))"""
INSET_LABEL_INSIDE = """() => {
  const label = document.querySelector('.world-map .inset-label').getBoundingClientRect();
  const frame = document.querySelector('.world-map .inset-frame').getBoundingClientRect();
  return label.left >= frame.left && label.right <= frame.right;
}"""


@pytest.fixture(scope="module")
def languages_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the seed site with the Arabic fixture explainer added."""
    root = tmp_path_factory.mktemp("languages") / "site"
    files = {f"content/{p.name}": p.read_text(encoding="utf-8")
             for p in (REPO / "content").glob("*.md")}
    files["content/ever-given.md"] = FIXTURE.read_text(encoding="utf-8")
    write_project(root, files)
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    return root / "public"


@pytest.mark.parametrize("width", [1280, 390])
def test_an_arabic_explainer_reads_right_to_left_without_scrolling_sideways(
        languages_site: Path, make_page, width: int) -> None:
    page = make_page(viewport={"width": width, "height": 900})
    page.goto((languages_site / ARABIC).as_uri())
    load_all_images(page)
    assert page.evaluate(OVERFLOWING_OUTSIDE_SVG) == []
    scroll, client = page.evaluate("[document.documentElement.scrollWidth, "
                                   "document.documentElement.clientWidth]")
    assert scroll <= client
    sides = page.evaluate(SIDES)
    assert sides["dir"] == "rtl"
    assert sides["whyBorder"] == ["0px", "4px"]  # the callout's rule on the right
    # The timeline's dots run down the right of the events' titles.
    assert sides["dotRight"] > sides["titleRight"]
    if width == 1280:  # the dates in a column of their own, to the right of the events' text
        assert sides["dateLeft"] > sides["titleRight"]
    assert sides["indent"] > 10  # the takeaways indented from the right, their bullets there
    assert page.evaluate(INSET_LABEL_INSIDE)  # the map does not mirror: its label stays in
    assert page_errors(page).all == []


@pytest.mark.parametrize("scheme", SCHEMES)
def test_pages_in_arabic_and_french_pass_axe(languages_site: Path, make_page, axe,
                                             scheme: str) -> None:
    page = make_page(color_scheme=scheme)
    # The 404 page too: it leads to each other language's front page, named in its own.
    names = [ARABIC, "ar/index.html", "ar/countries/index.html", FRENCH, "fr/index.html",
             "404.html"]
    assert axe_each(page, axe, languages_site, names) == {}
    assert page_errors(page).all == []


def test_pages_in_arabic_and_french_pass_the_nu_html_checker(languages_site: Path,
                                                             vnu) -> None:
    pages = [*sorted((languages_site / "ar").rglob("*.html")),
             *sorted((languages_site / "fr").rglob("*.html")), languages_site / "404.html"]
    assert languages_site / ARABIC in pages and languages_site / FRENCH in pages
    assert vnu(pages) == []


@pytest.mark.parametrize("prefix", ["/", "/news/explainers/"])
def test_a_reader_switches_language_and_stays_in_it(languages_site: Path, make_page,
                                                    prefix: str) -> None:
    page = make_page()
    with serve_dir(languages_site, prefix) as base:
        page.goto(base + f"{SEED}.html")
        page.get_by_role("link", name="Lire en français").click()
        page.wait_for_load_state("load")
        assert page.url == base + FRENCH
        assert page.locator("html").get_attribute("lang") == "fr"
        page.get_by_role("link", name="Tous les décryptages").click()
        page.wait_for_load_state("load")
        assert page.url == base + "fr/index.html"
        titles = page.locator(".explainer-list h2").all_inner_texts()
        assert titles == ["Le Kenya prend la tête d’une mission de police en Haïti, avec "
                          "l’argent des États-Unis"]
        page.get_by_role("link", name="English").click()
        page.wait_for_load_state("load")
        assert page.url == base + "index.html"
    assert page_errors(page).all == []


def test_the_language_switcher_works_from_disk(languages_site: Path, new_page) -> None:
    page = new_page
    page.goto((languages_site / FRENCH).as_uri())
    page.get_by_role("link", name="Read in English").click()
    page.wait_for_load_state("load")
    assert page.url == (languages_site / f"{SEED}.html").as_uri()
    assert page_errors(page).all == []


QUOTED = ("---\ntitle: Quoted\ndek: D.\npublished: 2024-05-01\nlanguage: {language}\n---\n\n"
          "--- summary\n---\nText.\n\n--- quote\ntext: {text}\nspeaker: Marie Dupont\n---\n")
LATIN = "Nous n'avons jamais vu autant de feux actifs en même temps, et nous avons besoin d'aide."
# The opening mark's lowest painted row, the quote's text made transparent, against the top of
# its first line, and the direction the quote's text runs.
MARK_AND_LINE = """async () => {
  const quote = document.querySelector('.quote blockquote');
  const text = quote.querySelector('p');
  const range = document.createRange();
  range.setStart(text.firstChild, 0);
  range.setEnd(text.firstChild, 1);
  text.style.color = 'transparent';
  const box = quote.getBoundingClientRect();
  return {top: range.getClientRects()[0].top - box.top, direction: getComputedStyle(text).direction,
          box: [box.x, box.y, box.width, box.height]};
}"""


@pytest.mark.parametrize(("language", "text", "direction"), [
    ("en", LATIN, "ltr"), ("fr", LATIN, "ltr"), ("de", LATIN, "ltr"), ("es", LATIN, "ltr"),
    ("ar", LATIN, "ltr"), ("ar", "لم نشهد من قبل هذا العدد من الحرائق في وقت واحد.", "rtl"),
    ("fa", "هرگز این همه آتش‌سوزی را هم‌زمان ندیده بودیم.", "rtl"), ("el", LATIN, "ltr"),
    ("ro", LATIN, "ltr"), ("ja", "米国は任務の支援に固く取り組んでいる。", "ltr"),
    ("zh", "美国坚定地致力于支持这一任务。", "ltr"),
    ("he", "מעולם לא ראינו כל כך הרבה שריפות בבת אחת.", "rtl"),
    ("ur", "ہم نے پہلے کبھی اتنی آگ ایک ساتھ نہیں دیکھی۔", "rtl"), ("hu", LATIN, "ltr")])
def test_a_quotes_opening_mark_clears_its_first_line_and_its_text_runs_its_own_way(
        tmp_path: Path, make_page, language: str, text: str, direction: str) -> None:
    root = write_project(tmp_path / "site", {
        "content/quoted.md": QUOTED.format(language=language, text=text)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": 800, "height": 900})
    page.goto(next((root / "public").rglob("quoted.html")).as_uri())
    found = page.evaluate(MARK_AND_LINE)
    assert found["direction"] == direction
    x, y, width, height = found["box"]
    shot = Image.open(io.BytesIO(page.screenshot(clip={"x": x, "y": y, "width": width,
                                                       "height": height})))
    scale = shot.height / height
    painted = [row for row in range(shot.height)
               if any(max(pixel[:3]) - min(pixel[:3]) > 60  # the accent colour, not grey text
                      for pixel in (shot.getpixel((column, row))
                                    for column in range(0, shot.width, 2)))]
    assert painted, "no opening mark painted"
    assert max(painted) / scale <= found["top"] + 1  # above the first line, not over it


@pytest.mark.parametrize(("language", "mark"), [
    ("en", "“"), ("fr", "«"), ("de", "„"), ("ja", "「"), ("da", "»"), ("ar", "«"), ("he", "”"),
    ("ur", "”"), ("hu", "„"), ("ka", "„"), ("ug", "»"), ("fa", "«")])
def test_a_quote_s_large_mark_is_the_one_its_language_opens_a_quotation_with(
        tmp_path: Path, make_page, language: str, mark: str) -> None:
    root = write_project(tmp_path / "site", {
        "content/quoted.md": QUOTED.format(language=language, text=LATIN)})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page()
    page.goto(next((root / "public").rglob("quoted.html")).as_uri())
    shown = page.locator(".quote blockquote").evaluate(
        "(quote) => getComputedStyle(quote, '::before').content")
    assert shown in (f'"{mark}"', f'"{mark}" / ""')


LINE_ENDS = """(element) => {
  // The letters that begin a new line of an element's text, after the first line.
  const text = element.firstChild, range = document.createRange(), starts = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i); range.setEnd(text, i + 1);
    const rect = range.getBoundingClientRect();
    if (top !== null && rect.top > top + 2) starts.push(i);
    top = rect.top;
  }
  return starts.map((i) => text.data[i - 1]);
}"""


def test_a_korean_line_breaks_between_words_not_syllables(tmp_path: Path, make_page) -> None:
    text = ("한일 정상회담에서 양국 정상은 경제 협력과 안보 문제를 폭넓게 논의했으며 "
            "내년 상반기에 후속 회담을 열기로 합의했다고 대통령실이 밝혔다") * 3
    story = ("---\ntitle: 정상회담\ndek: 요약\npublished: 2024-05-23\nlanguage: ko\n---\n\n"
             f"--- summary\n---\n{text}\n")
    root = write_project(tmp_path / "site", {"content/a.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": 360, "height": 800})
    page.goto((root / "public" / "ko" / "a.html").as_uri())
    before = page.locator(".summary p").first.evaluate(LINE_ENDS)
    assert len(before) > 3, "the text fits on few lines: the test shows nothing"
    assert set(before) == {" "}, f"a line begins inside a word: after {before}"


FONT_AND_LINE = """(element) => {
  const style = getComputedStyle(element);
  return [style.fontFamily, parseFloat(style.lineHeight) / parseFloat(style.fontSize)];
}"""


def test_urdu_is_set_in_nastaliq_with_room_between_its_lines(tmp_path: Path,
                                                              make_page) -> None:
    # Pakistani readers expect Nastaliq; a system's fallback for Arabic script is Naskh,
    # which Arabic and Persian pages keep.
    story = ("---\ntitle: {}\ndek: {}\npublished: 2024-03-04\nlanguage: {}\n---\n\n"
             "--- summary\n---\n{}\n")
    root = write_project(tmp_path / "site", {
        "content/ur.md": story.format("پاکستان کے انتخابات", "نتائج", "ur",
                                      "ووٹ ڈالنے کی شرح تقریباً 47.6% رہی۔"),
        "content/ar.md": story.format("الانتخابات في باكستان", "النتائج", "ar",
                                      "بلغت نسبة المشاركة 47.6%.")})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page()
    shown = {}
    for language in ("ur", "ar"):
        page.goto((root / "public" / language / f"{language}.html").as_uri())
        shown[language] = [page.locator(where).first.evaluate(FONT_AND_LINE)
                           for where in (".summary p", "h1")]
    for family, lines in shown["ur"]:
        assert family.startswith('"Noto Nastaliq Urdu"'), family
        assert lines >= 1.8
    for family, lines in shown["ar"]:
        assert "Nastaliq" not in family
        assert lines < 1.8


def test_a_date_in_a_right_to_left_language_reads_whole_in_an_english_phrase(
        tmp_path: Path, make_page) -> None:
    # Pashto has no strings table: "Published {date}" is English around a Pashto date. The
    # phrase reads left to right and the date whole beside it, not split by the English word.
    story = ("---\ntitle: اوبه\ndek: لنډیز\npublished: 2026-11-20\nlanguage: ps\n---\n\n"
             "--- summary\n---\nمتن.\n")
    root = write_project(tmp_path / "site", {"content/a.md": story})
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": 390, "height": 800})
    page.goto((root / "public" / "ps" / "a.html").as_uri())
    published = page.locator(".byline time").first
    # The English word is marked as English (see test_english_fallback.py).
    word = published.evaluate("""time => {
      const word = [...time.parentElement.querySelectorAll('span[lang="en"]')]
        .find((span) => span.textContent === "Published");
      const box = word.getBoundingClientRect();
      return [box.left, box.right];
    }""")
    date = published.bounding_box()
    assert date is not None
    # The word stands beside the date, not between its parts.
    assert word[1] <= date["x"] + 1 or word[0] >= date["x"] + date["width"] - 1


@pytest.mark.parametrize("language", ["is", "ps"])
def test_pages_with_words_marked_as_english_pass_the_nu_html_checker(tmp_path: Path, vnu,
                                                                     language: str) -> None:
    from ..test_english_fallback import icelandic_project, pashto_project

    root = (icelandic_project if language == "is" else pashto_project)(tmp_path / "site")
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    pages = sorted((root / "public").rglob("*.html"))
    assert b'<span lang="en"' in (root / "public" / "index.html").read_bytes()
    assert vnu(pages) == []


# Where the last two letters of an English phrase are drawn, from the left.
LAST_LETTERS = """(phrase) => {
  const span = [...document.querySelectorAll('span[lang="en"]')]
    .find((span) => span.textContent === phrase);
  const text = span.firstChild, range = document.createRange();
  return [text.length - 2, text.length - 1].map((i) => {
    range.setStart(text, i); range.setEnd(text, i + 1);
    return range.getBoundingClientRect().left;
  });
}"""


@pytest.mark.parametrize(("name", "phrase"), [
    ("404.html", "There is no page at this address. It may have moved, or the link may be "
     "mistyped."),
    ("search.html", "Or browse by country or by tag:")])
def test_an_english_phrase_keeps_its_stop_at_its_end_on_a_right_to_left_page(
        tmp_path: Path, make_page, name: str, phrase: str) -> None:
    from ..test_english_fallback import pashto_project

    root = pashto_project(tmp_path / "site")
    result = run_cli("build", "--root", root, "--output", root / "public")
    assert result.returncode == 0, result.stderr
    page = make_page(viewport={"width": 1280, "height": 900})
    page.goto((root / "public" / name).as_uri())
    assert page.locator("html").get_attribute("dir") == "rtl"
    before, last = page.evaluate(LAST_LETTERS, phrase)
    # "mistyped." as in English, not ".There is no page..." with its stop at the far left.
    assert last > before
