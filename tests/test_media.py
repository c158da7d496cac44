"""Pictures, embeds and what changed, as a reader and an author see them."""

from __future__ import annotations

import io
import json
import struct
import warnings
import zlib
from datetime import date, datetime
from pathlib import Path

import feedparser
import pytest
from PIL import Image

from explainer.options import BuildOptions
from explainer.recipe import build, build_tools, preview_tools
from explainer.render.memory import MemoryWriter
from explainer.site import pictures

from .helpers import copy_seed, run_cli, soup
from .media import BASE, EPOCH, SLUG, build_media, explainer, jpeg, media_project
from .test_schema import errors_of


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the media fixture with a base URL, once."""
    site, messages = build_media(tmp_path_factory.mktemp("media"))
    assert "warning" not in messages, messages
    return site


def json_ld(page: Path) -> dict:  # type: ignore[type-arg]
    [script] = soup(page).select('script[type="application/ld+json"]')
    return json.loads(script.string)  # type: ignore[no-any-return]


def test_the_lead_picture_comes_in_sizes_with_its_caption_and_credit(built: Path) -> None:
    page = soup(built / f"{SLUG}.html")
    figure = page.select_one("article > figure.picture-lead")
    img = figure.img
    assert img["alt"] == "The barrier’s gate piers standing in a row across the river at dusk"
    assert (img["width"], img["height"]) == ("1800", "1013")  # no shift as it loads
    assert img["fetchpriority"] == "high" and "loading" not in img.attrs
    webp = figure.select_one('source[type="image/webp"]')["srcset"].split(", ")
    assert [c.split()[1] for c in webp] == ["480w", "992w", "1800w"]
    for candidate in [*webp, *img["srcset"].split(", ")]:
        path = built / candidate.split()[0]
        with Image.open(path) as picture:
            assert picture.width == int(candidate.split()[1][:-1])
            assert picture.format == ("WEBP" if path.suffix == ".webp" else "JPEG")
    assert figure.figcaption.get_text(" ", strip=True) == \
        "The piers hold the machinery that turns each gate. Illustration: Explainer desk"


def test_a_picture_in_the_flow_is_lazy_and_keeps_png_for_a_drawing(built: Path) -> None:
    page = soup(built / f"{SLUG}.html")
    [figure] = page.select(".image figure.picture")
    assert figure.img["loading"] == "lazy"
    assert figure.img["src"].endswith("-1200.png")  # the picture is 1,200 pixels wide
    assert figure.figcaption.get_text(strip=True) == \
        "A gate lying open, and the same gate turned to close the river."


def test_an_embed_is_a_titled_lazy_sandboxed_frame_with_a_link(built: Path) -> None:
    embed = soup(built / f"{SLUG}.html").select_one(".embed")
    frame = embed.iframe
    assert frame["src"] == "https://datawrapper.dwcdn.net/AbCdE/1/"
    assert frame["title"] == "Closures of the barrier by year"
    assert frame["loading"] == "lazy"
    assert list(frame["sandbox"]) == ["allow-scripts", "allow-popups",
                                      "allow-popups-to-escape-sandbox", "allow-presentation"]
    assert "aspect-ratio: 4 / 3" in embed.select_one(".embed-frame")["style"]
    link = embed.select_one("a.embed-link")
    assert link["href"] == "https://datawrapper.dwcdn.net/AbCdE/1/"
    assert link.get_text() == "Open “Closures of the barrier by year” on Datawrapper"


def test_what_changed_lists_updates_and_marks_the_correction(built: Path) -> None:
    page = soup(built / f"{SLUG}.html")
    changes = page.select("#changes li")
    assert [li.time["datetime"] for li in changes] == ["2026-11-20", "2026-10-12", "2026-10-07"]
    assert [li.select_one(".change-kind").get_text() for li in changes] == \
        ["Update", "Correction", "Update"]
    assert "change-correction" in changes[1]["class"]
    assert page.select_one('.byline a[href="#changes"]').get_text() == "See the correction"


def test_corrections_and_the_last_change_reach_the_data_and_the_feed(built: Path) -> None:
    data = json_ld(built / f"{SLUG}.html")
    assert data["dateModified"] == "2026-11-20"
    assert data["correction"] == [{
        "@type": "CorrectionComment", "datePublished": "2026-10-12",
        "text": "An earlier version said the gates rise from the riverbank. They lie on the "
                "riverbed and turn upwards."}]
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert feed.entries[0].updated == "2026-11-20T00:00:00Z"


def test_the_lead_picture_is_what_a_shared_link_shows(built: Path) -> None:
    page = soup(built / f"{SLUG}.html")
    image = page.select_one('meta[property="og:image"]')["content"]
    assert image.startswith(BASE + "media/gates-") and image.endswith("-1800.jpg")
    assert page.select_one('meta[name="twitter:image"]')["content"] == image
    assert page.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"
    assert page.select_one('meta[property="og:image:width"]')["content"] == "1800"
    data = json_ld(built / f"{SLUG}.html")
    assert data["image"][0]["url"] == image
    assert data["publisher"]["logo"]["url"] == BASE + "media/logo.png"
    with Image.open(built / "media" / "logo.png") as logo:
        assert logo.size == (600, 60)


def test_pictures_beside_an_explainer_are_not_strays(tmp_path: Path) -> None:
    root = media_project(tmp_path / "site", {"content/notes.txt": "not a picture"})
    result = run_cli("check", "--root", root, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    assert "content/notes.txt: warning: not an explainer" in result.stderr
    assert "gates.jpg" not in result.stderr


def test_a_build_makes_the_same_pictures_every_time(tmp_path: Path) -> None:
    root = media_project(tmp_path / "site")
    made = []
    for run in range(2):
        out = tmp_path / f"public-{run}"
        result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE,
                         env={"SOURCE_DATE_EPOCH": EPOCH})
        assert result.returncode == 0, result.stderr
        made.append({p.name: p.read_bytes() for p in (out / "media").iterdir()})
        cached = list((root / ".cache").rglob("derived/*"))
        assert cached, "the build kept no pictures in its cache"
        for path in cached:
            path.unlink()  # the second build makes them anew
    assert made[0] == made[1] and len(made[0]) == 13


def problems_of(tmp_path: Path, text: str, files: dict[str, str | bytes] | None = None,
                site: str = "") -> str:
    """Check a project of one explainer (and files); return what the build printed."""
    more = {"site.yml": site} if site else {}
    root = media_project(tmp_path / "site", {"content/test.md": text, **more, **(files or {})})
    (root / "content" / f"{SLUG}.md").unlink()
    return run_cli("check", "--root", root).stderr


def test_a_missing_picture_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = explainer("image:\n  file: nowhere.jpg\n  alt: A river\n")
    printed = problems_of(tmp_path, text)
    assert ("content/test.md:6:9: error: there is no picture 'nowhere.jpg' (looked for "
            "content/nowhere.jpg or static/nowhere.jpg)\n    file: nowhere.jpg\n"
            "  hint: put the file beside the explainer or in static/, or fix the name") \
        in printed


def test_a_picture_without_alt_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = explainer(sections="\n--- image\nfile: images/gate-diagram.png\n---\n")
    printed = problems_of(tmp_path, text)
    assert ("content/test.md:12:1: error: section 'image': 'alt' is required\n"
            "    file: images/gate-diagram.png\n  hint: add 'alt: some text'") in printed


def test_a_missing_picture_in_prose_is_one_warning_naming_its_lines(tmp_path: Path) -> None:
    text = explainer(sections="\n--- prose\nheading: A\n---\nText.\n\n![A chart](charts/a.png)\n"
                     '\nAgain: <img src="charts/a.png" alt="A chart">\n')
    printed = problems_of(tmp_path, text)
    assert "content/test.md:16:12: warning: there is no picture 'charts/a.png' (looked for " \
        "static/charts/a.png); also on line 18\n" in printed
    assert printed.count("charts/a.png' (looked") == 1


def test_a_prose_picture_beside_its_explainer_is_one_warning_saying_where_it_is(
        tmp_path: Path) -> None:
    text = explainer(sections="\n--- prose\nheading: A\n---\nText.\n\n![A boat](boat.jpg)\n")
    printed = problems_of(tmp_path, text, {"content/boat.jpg": jpeg(1200, 800)})
    assert "content/test.md:16:11: warning: there is no picture 'boat.jpg' (looked for " \
        "static/boat.jpg)\n" in printed
    assert "hint: content/boat.jpg is beside the explainer, but a picture in the text is " \
        "taken from static/ only: move the file to static/boat.jpg" in printed
    assert "content/boat.jpg: warning" not in printed  # not also "a picture no explainer shows"


def test_a_picture_beside_an_explainer_that_names_another_is_still_a_stray(
        tmp_path: Path) -> None:
    text = explainer(sections="\n--- prose\nheading: A\n---\nText.\n\n![A boat](boat.jpg)\n")
    printed = problems_of(tmp_path, text, {"content/ship.jpg": jpeg(1200, 800)})
    assert "hint: put the file in static/, or fix the address" in printed
    assert "content/ship.jpg: warning: a picture no explainer shows" in printed


def test_a_picture_too_small_for_the_page_is_a_warning(tmp_path: Path) -> None:
    text = explainer(sections="\n--- image\nfile: small.jpg\nalt: A small picture\n---\n")
    printed = problems_of(tmp_path, text, {"content/small.jpg": jpeg(600, 400)})
    assert "content/test.md:12:7: warning: picture 'small.jpg' is 600 pixels wide; the page " \
        "shows pictures up to 992 pixels wide, so it will look blurred" in printed
    assert "error" not in printed


def test_a_file_that_is_no_picture_is_an_error(tmp_path: Path) -> None:
    text = explainer(sections="\n--- image\nfile: fake.jpg\nalt: Not a picture\n---\n")
    printed = problems_of(tmp_path, text, {"content/fake.jpg": b"GIF89a not really"})
    assert "content/test.md:12:7: error: picture 'fake.jpg' is not a picture explainer can " \
        "use" in printed


def png_header(width: int, height: int) -> bytes:
    """Return a PNG that says it is width × height pixels, but holds no pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                0, 0, 0)) + chunk(b"IEND", b"")


def test_a_picture_too_large_to_decode_is_an_error_giving_its_size(tmp_path: Path) -> None:
    text = explainer(sections="\n--- image\nfile: scan.png\nalt: A huge scan\n---\n")
    printed = problems_of(tmp_path, text, {"content/scan.png": png_header(15_000, 13_000)})
    assert "content/test.md:12:7: error: picture 'scan.png' is not a picture explainer can " \
        "use: 15000 × 13000 pixels, over the 178 million pixels explainer reads\n" \
        "    file: scan.png\n  hint: make it smaller: pages show it at most 1984 pixels " \
        "wide, so a copy 3968 pixels wide is plenty" in printed
    assert "Traceback" not in printed and "internal error" not in printed


def test_a_picture_of_a_hundred_million_pixels_is_read_without_pillow_s_warning() -> None:
    out = io.BytesIO()
    Image.new("1", (12_000, 9_000)).save(out, format="PNG")  # a 12 KB file
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Pillow's DecompressionBombWarning would raise
        header = pictures.read_header(out.getvalue())
    assert (header.width, header.height) == (12_000, 9_000)


def test_an_embed_from_another_site_is_refused_unless_site_yml_allows_it(tmp_path: Path) -> None:
    text = explainer(sections="\n--- embed\nurl: https://charts.example.org/a\ntitle: A chart\n"
                     "---\n")
    printed = problems_of(tmp_path, text)
    assert "content/test.md:12:6: error: section 'embed': 'charts.example.org' is not a " \
        "service the site embeds" in printed
    assert "add 'charts.example.org' to 'embeds:' in site.yml" in printed
    assert "error" not in problems_of(tmp_path / "allowed", text,
                                      site="embeds: [charts.example.org]\n")
    search = text.replace("https://charts.example.org/a", "https://www.google.com/search?q=a")
    assert "'www.google.com' is not a service the site embeds" in problems_of(
        tmp_path / "google", search)  # Google's maps only


def test_an_embed_refused_shows_with_the_file_s_other_mistakes(tmp_path: Path) -> None:
    text = explainer("tagz: [water]\n", sections="\n--- embed\nurl: https://www.tiktok.com/@a/"
                     "video/1\ntitle: A video\n---\n")
    printed = problems_of(tmp_path, text)
    assert "unknown field 'tagz'" in printed
    assert "'www.tiktok.com' is not a service the site embeds" in printed


def test_a_vimeo_video_in_a_channel_plays_and_another_vimeo_page_is_told_what_to_give(
        tmp_path: Path) -> None:
    text = explainer(sections="\n--- embed\nurl: https://vimeo.com/channels/staffpicks/76979871"
                     "\ntitle: A video\n---\n")
    assert "error" not in problems_of(tmp_path / "channel", text)
    printed = problems_of(tmp_path / "page", text.replace("channels/staffpicks/76979871",
                                                          "staff"))
    assert "error: section 'embed': this Vimeo address is not one of a video, chart or map " \
        "to embed" in printed
    assert "hint: give the address of the video's page, such as https://vimeo.com/" in printed
    assert "embeds:" not in printed


def test_a_youtube_page_plays_from_the_no_cookie_domain(tmp_path: Path) -> None:
    text = explainer(sections="\n--- embed\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\n"
                     "title: A video\n---\n")
    root = media_project(tmp_path / "site", {"content/test.md": text})
    assert run_cli("build", "--root", root).returncode == 0
    embed = soup(root / "public" / "test.html").select_one(".embed")
    assert embed.iframe["src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert "sandbox" not in embed.iframe.attrs  # YouTube plays only in an origin of its own
    assert embed.a["href"] == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert embed.a.get_text().endswith("on YouTube")


# Addresses an author pastes, and the frame each is shown in.
FRAMED = [
    ("https://youtu.be/dQw4w9WgXcQ?t=42",
     "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
     "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90"),
    ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=42",
     "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42"),
    ("https://www.youtube.com/live/dQw4w9WgXcQ",
     "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://www.datawrapper.de/_/AbCdE/", "https://datawrapper.dwcdn.net/AbCdE/"),
]


def test_a_pasted_video_or_chart_link_is_framed_where_it_starts(tmp_path: Path) -> None:
    sections = "".join(f"\n--- embed\nurl: {url}\ntitle: Piece {number}\n---\n"
                       for number, (url, _) in enumerate(FRAMED))
    root = media_project(tmp_path / "site", {"content/test.md": explainer(sections=sections)})
    result = run_cli("build", "--root", root)
    assert result.returncode == 0, result.stderr
    embeds = soup(root / "public" / "test.html").select(".embed")
    assert [embed.iframe["src"] for embed in embeds] == [frame for _, frame in FRAMED]
    assert [embed.a["href"] for embed in embeds] == [url for url, _ in FRAMED]  # as pasted


@pytest.mark.parametrize(("aspect", "hint"), [
    ('"16x9"', "write it with a colon: aspect: 16:9"),
    ("4/3", "write it with a colon: aspect: 4:3"),
    ("wide", "write two whole numbers with a colon between them, such as 16:9"),
])
def test_an_aspect_written_otherwise_names_its_fix(aspect: str, hint: str) -> None:
    fields = f"url: https://datawrapper.dwcdn.net/AbCdE/1/\ntitle: A chart\naspect: {aspect}\n"
    [error] = errors_of(f"--- embed\n{fields}---\n")
    assert error.endswith(f"  hint: {hint}")


def test_a_frame_in_prose_is_left_out_with_a_warning(tmp_path: Path) -> None:
    frame = '<iframe src="https://datawrapper.dwcdn.net/x/1/"></iframe>\n'
    text = explainer(sections=f"\n--- prose\nheading: A\n---\nText.\n\n{frame}\n{frame}")
    printed = problems_of(tmp_path, text)
    assert "content/test.md:16:1: warning: an <iframe> in the prose is left out of the page " \
        "(also on line 18)\n" in printed
    assert "with an 'embed' section" in printed


def test_updated_and_the_newest_change_must_agree(tmp_path: Path) -> None:
    text = explainer("updated: 2024-07-01\nchanges:\n  - date: 2024-07-03\n    text: More.\n")
    printed = problems_of(tmp_path, text)
    assert "content/test.md:5:10: warning: front matter: 'updated' (2024-07-01) is not the " \
        "date of the newest change (2024-07-03, line 7)" in printed


def test_changes_made_on_one_day_keep_the_order_of_the_file(tmp_path: Path) -> None:
    root = media_project(tmp_path / "site", {"content/test.md": explainer(
        "changes:\n  - date: 2024-06-28\n    text: Adds the second flight.\n"
        "  - date: 2024-06-28\n    correction: true\n    text: Gives the right toll.\n"
        "  - date: 2024-06-28\n    text: Adds the first flight.\n"
        "  - date: 2024-06-27\n    text: Adds the warning.\n")})
    assert run_cli("build", "--root", root).returncode == 0
    changes = soup(root / "public" / "test.html").select("#changes li")
    assert [" ".join(li.get_text(" ", strip=True).split()[-3:]) for li in changes] == [
        "the second flight.", "the right toll.", "the first flight.", "Adds the warning."]


@pytest.mark.parametrize(("updated", "shown"), [("2024-06", "June 2024"), ("2024", "2024")])
def test_an_update_known_to_the_month_or_year_of_publication_is_not_before_it(
        tmp_path: Path, updated: str, shown: str) -> None:
    root = media_project(tmp_path / "site", {"content/test.md": explainer(
        f"updated: {updated}\n")})  # published 2024-06-26
    result = run_cli("build", "--root", root)
    assert (result.returncode, "internal error" in result.stderr) == (0, False), result.stderr
    byline = soup(root / "public" / "test.html").select_one(".byline").get_text(" ", strip=True)
    assert f"Last updated {shown}" in " ".join(byline.split())


def test_an_update_in_a_month_before_publication_is_an_error(tmp_path: Path) -> None:
    printed = problems_of(tmp_path, explainer("updated: 2024-05\n"))
    assert "content/test.md:5:10: error: front matter: 'updated' (2024-05) is before " \
        "'published' (2024-06-26)\n" in printed


@pytest.mark.parametrize(("day", "warned"), [("2024-07-01", True), ("2024-07-19", False),
                                             ("2024-07-20", False)])
def test_a_change_dated_after_the_day_of_the_build_is_warned_of(tmp_path: Path, day: str,
                                                               warned: bool) -> None:
    root = media_project(tmp_path / "site", {"content/test.md": explainer(
        "changes:\n  - date: 2024-07-20\n    text: Adds the vote.\n")})
    epoch = int(datetime.fromisoformat(f"{day}T12:00:00+00:00").timestamp())
    result = run_cli("build", "--root", root, env={"SOURCE_DATE_EPOCH": str(epoch)})
    assert result.returncode == 0
    assert (f"content/test.md:6: warning: front matter: a change is dated 2024-07-20, after "
            f"today ({day})\n" in result.stderr) is warned, result.stderr


EXPECTED = """
--- timeline
events:
  - date: 2024-07
    title: A vote is due
    status: expected
    source: https://example.org/
---
"""


def test_an_event_still_expected_a_month_after_its_date_warns_on_every_build(
        tmp_path: Path) -> None:
    root = media_project(tmp_path / "site", {"content/test.md": explainer(sections=EXPECTED)})
    before = run_cli("build", "--root", root, env={"SOURCE_DATE_EPOCH": "1723723200"})
    assert "A vote is due" not in before.stderr  # 15 August 2024: two weeks after July
    assert soup(root / "public" / "test.html").select_one(".event-expected .event-status") \
        .get_text() == "Expected"
    after = run_cli("build", "--root", root, env={"SOURCE_DATE_EPOCH": EPOCH})
    assert ("content/test.md:13: warning: section 'timeline': event 'A vote is due' is dated "
            "'2024-07' and still marked 'status: expected' on 2026-12-01") in after.stderr
    assert "1 explainer file(s) read" not in after.stdout  # from the cache, and still warned


def test_markdown_pictures_keep_srcset_and_lose_unsafe_candidates(tmp_path: Path) -> None:
    prose = ('\n--- prose\nheading: A\n---\n<img src="images/gate-diagram.png" alt="A" '
             'srcset="images/gate-diagram.png 1x, javascript:alert(1) 2x" sizes="50vw">\n\n'
             '<img src="images/gate-diagram.png" alt="B" srcset="images/gate-diagram.png 2x">\n')
    root = media_project(tmp_path / "site", {"content/test.md": explainer(sections=prose)})
    assert run_cli("build", "--root", root).returncode == 0
    first, second = soup(root / "public" / "test.html").select(".prose img")
    assert "srcset" not in first.attrs
    assert second["srcset"] == "images/gate-diagram.png 2x"


def test_a_warm_build_and_the_preview_take_pictures_from_their_memo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = media_project(tmp_path / "site")
    made: list[tuple[int, str]] = []
    make = pictures.make
    monkeypatch.setattr(pictures, "make", lambda data, width, kind:
                        made.append((width, kind)) or make(data, width, kind))
    options = BuildOptions(root, root / "public", base_url=BASE, today=date(2026, 12, 1))
    story = root / "content" / f"{SLUG}.md"
    for tools in (build_tools, lambda _: preview_tools()):
        memo_tools = tools(options)
        for edit in range(2):
            story.write_text(story.read_text(encoding="utf-8") + f"\nEdit {edit}.\n", "utf-8")
            if edit == 1:
                memo_tools = tools(options) if tools is build_tools else memo_tools
            build(options, memo_tools)
            writer = memo_tools.writer
            files = writer.files if isinstance(writer, MemoryWriter) else {
                f"media/{path.name}": path.read_bytes()
                for path in (root / "public/media").iterdir()}
            media = [path for path in files if path.startswith("media/")]
            assert media and all(files[path] for path in media)
            assert len(made) == 12, f"build {edit}: {len(made)} pictures made"
        made.clear()


def test_the_seed_shares_a_card_of_its_title_and_map(tmp_path: Path) -> None:
    out = tmp_path / "public"
    root = copy_seed(tmp_path / "project")
    result = run_cli("build", "--root", root, "--output", out, "--base-url", BASE)
    assert result.returncode == 0, result.stderr
    assert "still marked 'status: expected'" not in result.stderr
    page = soup(out / "haiti-kenya-police-mission.html")
    image = page.select_one('meta[property="og:image"]')["content"]
    assert image.startswith(BASE + "media/haiti-kenya-police-mission-")
    with Image.open(out / image.removeprefix(BASE)) as card:
        assert (card.format, card.size) == ("JPEG", (1200, 630))
    assert page.select_one('meta[property="og:image:alt"]')["content"] == page.h1.get_text()
    data = json_ld(out / "haiti-kenya-police-mission.html")
    assert data["image"][0]["url"] == image
    assert data["publisher"]["logo"]["url"] == BASE + "media/logo.png"
    assert page.select_one("#changes .change-kind").get_text() == "Update"
