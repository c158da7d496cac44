"""Each explainer's data files: JSON with a published schema, CSV, TimelineJS, and their index."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema

from explainer.content.schema import SECTION_KINDS
from explainer.site.lexicon import Lexicon
from explainer.site.serialise import export_value

from .helpers import REPO, SEED, run_cli, soup
from .manual import DOCS, code_blocks, read
from .test_incremental import Session, explainer
from .test_manual import example_files, explainer_examples

SCHEMAS = REPO / "docs"
REUSING = DOCS / "reusing.md"
DATA = f"data/{SEED}"
TIMELINE_COLUMNS = ["date", "precision", "approximate", "status", "display_date", "title",
                    "text", "source_title", "source_url", "timeline"]
COUNTRY_COLUMNS = ["type", "code", "alpha3", "numeric", "name", "role", "role_label", "note"]
FRENCH = """\
---
title: Une mission au Kenya
dek: Un résumé.
published: 2024-06-26
---

--- countries
countries:
  - {name: Kenya, role: lead}
  - {name: United States, role: funder}
---

--- timeline
events:
  - {date: 2024-06, title: Arrivée prévue, status: expected, approximate: true}
  - {date: 2024-05-23, title: Rencontre}
---
"""

ROUGH = FRENCH.replace("Une mission au Kenya", "A mission").replace("Un résumé", "A summary") \
    .replace("Arrivée prévue", "Arrival").replace("Rencontre", "Meeting")


def validate(document: Any, schema: str) -> list[str]:
    """Return the errors of a document against one of the schemas published in docs/."""
    validator = jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / schema).read_text(encoding="utf-8")))
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator.iter_errors(document)]


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Open a CSV file as Python's csv module does: its header and its rows."""
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        return list(reader.fieldnames or []), list(reader)


def build(root: Path, *args: str) -> Path:
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out, *args)
    assert result.returncode == 0, result.stderr
    return out


def test_the_published_schemas_are_valid_json_schemas() -> None:
    for name in ("explainer.schema.json", "index.schema.json"):
        jsonschema.Draft202012Validator.check_schema(read_json(SCHEMAS / name))


def test_the_seed_s_json_validates_and_holds_the_whole_explainer(seed_site: Path) -> None:
    data = read_json(seed_site / f"{DATA}.json")
    assert validate(data, "explainer.schema.json") == []
    assert (data["version"], data["slug"], data["language"]) == (1, SEED, "en")
    assert data["url"] == f"../{SEED}.html"  # relative to the file, without a base URL
    kinds = [section["kind"] for section in data["sections"]]
    assert kinds[:4] == ["summary", "why-it-matters", "takeaways", "figures"]
    assert {"prose", "quote", "countries", "timeline", "sources"} <= set(kinds)
    [timeline] = [s for s in data["sections"] if s["kind"] == "timeline"]
    assert timeline["title"] == "How we got here"
    assert [e["date"] for e in timeline["events"]][-2:] == ["2024-06-25", "2024-07-16"]
    last = timeline["events"][-1]
    assert (last["status"], last["approximate"]) == ("done", False)
    [countries] = [s for s in data["sections"] if s["kind"] == "countries"]
    assert countries["entries"][0] == {
        "code": "KE", "alpha3": "KEN", "numeric": "404", "name": "Kenya", "role": "lead",
        "role_label": "Leading",
        "note": "About 1,000 police officers; the first group is from an elite paramilitary unit"}
    [quote] = [s for s in data["sections"] if s["kind"] == "quote"][:1]
    assert quote["speaker"] == "Jake Sullivan"


def test_every_section_kind_is_described_by_the_schema() -> None:
    schema = read_json(SCHEMAS / "explainer.schema.json")
    described = {rule["if"]["properties"]["kind"]["const"]
                 for rule in schema["$defs"]["section"]["allOf"]}
    assert described == set(SECTION_KINDS), "describe each kind in docs/explainer.schema.json"


def test_every_example_of_the_manual_exports_as_the_schema_says(
        make_site: Callable[..., Path]) -> None:
    examples = explainer_examples()
    out = build(make_site(example_files(examples)), "--drafts")
    exported = sorted((out / "data").glob("example-*.json"))
    exported = [path for path in exported if not path.name.endswith(".timelinejs.json")]
    assert len(exported) == len(examples)
    kinds = set()
    for path in exported:
        data = read_json(path)
        assert validate(data, "explainer.schema.json") == [], path.name
        kinds |= {section["kind"] for section in data["sections"]}
    assert kinds == set(SECTION_KINDS)


def test_a_field_the_schema_does_not_know_fails_validation(seed_site: Path) -> None:
    data = read_json(seed_site / f"{DATA}.json")
    data["sections"][2]["colour"] = "red"  # the takeaways
    data["published"] = "26 June 2024"
    errors = validate(data, "explainer.schema.json")
    assert any(e.startswith("published: '26 June 2024' does not match '^[0-9]{4}")
               for e in errors), errors
    assert any(e.startswith("sections/2: Additional properties") for e in errors), errors


def test_the_timeline_csv_opens_with_its_columns(seed_site: Path) -> None:
    columns, rows = read_csv(seed_site / f"{DATA}.timeline.csv")
    assert columns == TIMELINE_COLUMNS
    assert len(rows) == 8
    assert rows[0] == {
        "date": "2021-07-07", "precision": "day", "approximate": "false", "status": "done",
        "display_date": "7 July 2021", "title": "President Jovenel Moïse is assassinated",
        "text": "The gangs grow better armed, funded, trained and unified in the years that "
                "follow.",
        # A bare address as its source: no title was given, so none is made up.
        "source_title": "",
        "source_url": "https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse",
        "timeline": "How we got here"}
    [event] = [event for section in json.loads((seed_site / f"{DATA}.json").read_text(
        encoding="utf-8"))["sections"] if section["kind"] == "timeline"
        for event in section["events"] if event["date"] == "2021-07-07"]
    assert (event["source"]["title"], event["source"]["url"]) == (
        "", "https://en.wikipedia.org/wiki/Assassination_of_Jovenel_Mo%C3%AFse")
    # A source with its title keeps it.
    assert (rows[-1]["source_title"], rows[-1]["source_url"]) == (
        "Kenyan police deploy second group to Haiti amidst ongoing gang violence",
        "https://www.sofx.com/kenyan-police-deploy-second-group-to-haiti-amidst-ongoing-gang-"
        "violence/")
    last = rows[-1]
    assert (last["date"], last["display_date"]) == ("2024-07-16", "16 July 2024")
    # Plain text, as the page shows it: no markup, typographer's quotes.
    assert last["text"] == ("The report had them due \u201clater this week\u201d; they came three "
                            "weeks after the first group, bringing the Kenyan officers in Haiti "
                            "to 400.")


def test_a_date_known_roughly_is_exported_as_the_page_writes_it(
        make_site: Callable[..., Path]) -> None:
    out = build(make_site({"content/mission.md": ROUGH}))
    _, rows = read_csv(out / "data/mission.timeline.csv")
    assert [(r["date"], r["precision"], r["approximate"], r["status"], r["display_date"])
            for r in rows] == [
        ("2024-05-23", "day", "false", "done", "23 May 2024"),
        ("2024-06", "month", "true", "expected", "About June 2024")]
    [event] = [e for e in read_json(out / "data/mission.json")["sections"][1]["events"]
               if e["approximate"]]
    assert (event["date"], event["status"]) == ("2024-06", "expected")
    # TimelineJS is given the parts it knows, and the words the page shows for it.
    events = read_json(out / "data/mission.timelinejs.json")["events"]
    assert events[-1]["start_date"] == {"year": 2024, "month": 6,
                                        "display_date": "About June 2024 (expected)"}


def test_the_countries_csv_opens_with_codes_and_roles(seed_site: Path) -> None:
    columns, rows = read_csv(seed_site / f"{DATA}.countries.csv")
    assert columns == COUNTRY_COLUMNS
    assert [(r["code"], r["role"]) for r in rows][:3] == [("KE", "lead"), ("HT", "host"),
                                                          ("US", "funder")]
    assert len(rows) == 15 and {r["type"] for r in rows} == {"country"}
    assert rows[2]["alpha3"] == "USA" and rows[2]["numeric"] == "840"
    assert (seed_site / f"{DATA}.countries.csv").read_bytes().count(b"\r\n") == 16  # RFC 4180


def test_the_countries_csv_gives_a_role_as_the_page_sets_it_as_the_manual_says(
        make_site: Callable[..., Path]) -> None:
    # The role's words with the page's quotes and apostrophes, as its heading, the JSON and
    # every other text column have them: one spelling of the role, wherever a desk reads it.
    roles = {"lead, with \"help\"": "lead, with “help”", "members' host": "members’ host"}
    entries = "".join(f"  - {{name: {name}, role: {json.dumps(role)}}}\n"
                      for name, role in zip(("Kenya", "Haiti"), roles, strict=True))
    text = explainer("Alpha").replace("  - {name: Kenya, role: lead}\n", entries)
    out = build(make_site({"content/a.md": text}))
    _, rows = read_csv(out / "data/a.countries.csv")
    assert [(row["role"], row["role_label"]) for row in rows] == [
        ("lead, with “help”", "Lead, with “help”"), ("members’ host", "Members’ host")]
    entries = read_json(out / "data/a.json")["sections"][1]["entries"]
    assert [entry["role"] for entry in entries] == [row["role"] for row in rows]
    headings = [group.get_text(" ", strip=True) for group in soup(out / "a.html")
                .select(".countries h3.role")]
    assert headings == [f"{row['role_label']} (1)" for row in rows]
    [row] = [line for line in read(REUSING).splitlines() if line.startswith("| `role`")]
    assert all(f"`{typed}` as `{shown}`" in row for typed, shown in roles.items())


def test_the_timelinejs_file_is_in_knight_lab_s_format(seed_site: Path) -> None:
    data = read_json(seed_site / f"{DATA}.timelinejs.json")
    assert set(data) == {"title", "events"}
    assert data["title"]["text"]["headline"] == \
        "Kenya leads a police mission to Haiti, with US money behind it"
    events = data["events"]
    assert len(events) == 8
    for event in events:
        assert set(event) == {"start_date", "text", "group", "unique_id"}
        assert isinstance(event["start_date"]["year"], int)
        assert set(event["text"]) == {"headline", "text"}
        assert event["group"] == "How we got here"
    assert events[0]["start_date"] == {"year": 2021, "month": 7, "day": 7}
    assert events[1]["text"]["text"] == (
        "<p>Resolution 2699 authorises a multinational security support mission for Haiti.</p>"
        '<p>Source: <a href="https://undocs.org/S/RES/2699(2023)">UN Security Council '
        "resolution 2699 (2023)</a></p>")
    assert events[-1]["start_date"] == {"year": 2024, "month": 7, "day": 16}
    assert len({event["unique_id"] for event in events}) == 8
    # TimelineJS makes each an element's id in the page around it: they name the explainer.
    assert events[0]["unique_id"] == f"{SEED}-timeline-1"


def test_titles_are_escaped_for_timelinejs_which_reads_html(make_site: Callable[..., Path]
                                                             ) -> None:
    text = explainer("Guns & <roses>", extra="\n--- timeline\nevents:\n"
                     "  - {date: 2024, title: 'A <b> & C'}\n---\n")
    data = read_json(build(make_site({"content/a.md": text})) / "data/a.timelinejs.json")
    assert data["title"]["text"]["headline"] == "Guns &amp; &lt;roses&gt;"
    assert data["events"][0]["text"]["headline"] == "A &lt;b&gt; &amp; C"
    assert data["events"][0]["start_date"] == {"year": 2024, "display_date": "2024"}


def test_the_index_lists_every_explainer_and_its_files(seed_site: Path) -> None:
    index = read_json(seed_site / "data/index.json")
    assert validate(index, "index.schema.json") == []
    # The seed and its French and Swahili translations, whose files are in their languages'
    # folders.
    entries = {entry["slug"]: entry for entry in index["explainers"]}
    assert set(entries) == {SEED, "kenya-mission-police-haiti",
                            "kenya-yaongoza-ujumbe-wa-polisi-haiti"}
    assert entries[SEED]["url"] == f"../{SEED}.html"
    assert entries["kenya-mission-police-haiti"]["embeds"]["timeline"] == \
        "../fr/embed/kenya-mission-police-haiti.timeline.html"
    assert entries["kenya-yaongoza-ujumbe-wa-polisi-haiti"]["embeds"]["timeline"] == \
        "../sw/embed/kenya-yaongoza-ujumbe-wa-polisi-haiti.timeline.html"
    for entry in entries.values():
        assert set(entry["data"]) == {"json", "timeline_csv", "countries_csv", "timelinejs"}
        assert set(entry["embeds"]) == {"timeline", "takeaways", "countries", "figures",
                                        "questions"}
        addresses = [*entry["data"].values(), *entry["embeds"].values(), entry["url"]]
        assert all((seed_site / "data" / address).resolve().is_file() for address in addresses)

    # The last update the page shows, from the newest entry of `changes`.
    page_says = soup(seed_site / f"{SEED}.html").select_one(".updated time")["datetime"]
    assert entries[SEED]["updated"] == read_json(seed_site / f"{DATA}.json")["updated"] == \
        page_says == "2026-12-03"


def test_the_page_links_its_data_in_its_language(seed_site: Path) -> None:
    links = soup(seed_site / f"{SEED}.html").select(".reuse .data-links a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("JSON", f"{DATA}.json"), ("Timeline (CSV)", f"{DATA}.timeline.csv"),
        ("Countries (CSV)", f"{DATA}.countries.csv"), ("TimelineJS", f"{DATA}.timelinejs.json")]
    text = soup(seed_site / f"{SEED}.html").select_one(".data-links").get_text()
    assert text == "Data: JSON\u00a0· Timeline (CSV)\u00a0· Countries (CSV)\u00a0· TimelineJS"


def test_an_explainer_without_a_timeline_or_countries_has_only_its_json(
        make_site: Callable[..., Path]) -> None:
    text = "---\ntitle: Short\ndek: D.\npublished: 2024-05-01\n---\n--- summary\n---\nText.\n"
    out = build(make_site({"content/short.md": text}))
    assert sorted(p.name for p in (out / "data").iterdir()) == ["index.json", "short.json"]
    assert not (out / "embed").exists()
    page = soup(out / "short.html")
    assert [a.get_text() for a in page.select(".data-links a")] == ["JSON"]
    assert page.select(".embed-codes") == []


def test_a_french_site_exports_in_french(make_site: Callable[..., Path]) -> None:
    out = build(make_site({"site.yml": "language: fr\n", "content/mission.md": FRENCH}))
    _, countries = read_csv(out / "data/mission.countries.csv")
    assert [(r["name"], r["role_label"]) for r in countries] == [
        ("Kenya", "Chef de file"), ("États-Unis", "Financement")]
    _, events = read_csv(out / "data/mission.timeline.csv")
    assert [e["display_date"] for e in events] == ["23 mai 2024", "juin 2024 environ"]
    timeline = read_json(out / "data/mission.timelinejs.json")
    assert timeline["events"][1]["start_date"]["display_date"] == "juin 2024 environ (prévu)"
    assert timeline["events"][0]["group"] == "Chronologie"
    links = soup(out / "mission.html").select_one(".data-links").get_text()
    assert links == "Données\u00a0: JSON\u00a0· Chronologie (CSV)\u00a0· Pays (CSV)" \
        "\u00a0· TimelineJS"


def test_untitled_timelines_are_told_apart_by_name_in_the_files(
        make_site: Callable[..., Path]) -> None:
    timeline = "\n--- timeline\n{title}events:\n  - {{date: {date}, title: {event}}}\n---\n"
    english = explainer("Two", extra="".join(timeline.format(title=title, date=date, event=event)
                                             for title, date, event in (
        ("", 2020, "First"), ("title: Timeline 2\n", 2021, "Second"), ("", 2022, "Third"),
        ("", 2023, "Fourth"))))
    out = build(make_site({"content/two.md": english,
                           "content/deux.md": FRENCH.replace("published:",
                                                             "language: fr\npublished:")
                           + timeline.format(title="", date=2025, event="Après")}))
    _, rows = read_csv(out / "data/two.timeline.csv")
    assert [(row["title"], row["timeline"]) for row in rows] == [
        ("First", "Timeline"), ("Second", "Timeline 2"), ("Third", "Timeline 3"),
        ("Fourth", "Timeline 4")]
    events = read_json(out / "data/two.timelinejs.json")["events"]
    assert [event["group"] for event in events] == [
        "Timeline", "Timeline 2", "Timeline 3", "Timeline 4"]
    _, rows = read_csv(out / "fr/data/deux.timeline.csv")
    assert [(row["title"], row["timeline"]) for row in rows] == [
        ("Rencontre", "Chronologie"), ("Arrivée prévue", "Chronologie"),
        ("Après", "Chronologie 2")]


def test_with_a_base_url_every_address_is_absolute(make_site: Callable[..., Path]) -> None:
    out = build(make_site({"content/a.md": explainer("Alpha")}),
                "--base-url", "https://example.org/news/")
    data = read_json(out / "data/a.json")
    assert data["url"] == "https://example.org/news/a.html"
    index = read_json(out / "data/index.json")
    assert index["url"] == "https://example.org/news/"
    assert index["explainers"][0]["data"] == {
        "json": "https://example.org/news/data/a.json",
        "countries_csv": "https://example.org/news/data/a.countries.csv"}
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert re.findall(r"<loc>([^<]+)</loc>", sitemap) == [
        "https://example.org/news/", "https://example.org/news/a.html",
        "https://example.org/news/countries/", "https://example.org/news/tags/",
        "https://example.org/news/countries/ke.html"]


def test_data_files_are_kept_by_the_preview_and_follow_an_edit(
        make_site: Callable[..., Path]) -> None:
    session = Session(make_site({"content/a.md": explainer("Alpha"),
                                 "content/b.md": explainer("Beta", country="Chile")}))
    session.edit("content/b.md", explainer("Beta", country="Chile", extra="\nMore.\n"))
    result = session.rebuild()
    # b's page (its data files and piece are made when first asked for); nothing of a
    assert (result.read, result.rendered) == (1, 1)
    assert b"More." in session.files["data/b.json"]
    session.edit("content/b.md", explainer("Beta", country="Peru"))
    session.rebuild()
    assert b"Peru" in session.files["data/b.countries.csv"]
    assert session.files == session.full_build()


def test_the_manual_s_json_examples_are_the_seed_s(seed_site: Path,
                                                    published_seed: Path) -> None:
    event, country, oembed = map(json.loads, code_blocks(read(REUSING), "json"))
    data = read_json(seed_site / f"{DATA}.json")
    found = [item for section in data["sections"]
             for item in (*section.get("events", ()), *section.get("entries", ()))]
    assert event in found and country in found
    assert read_json(published_seed / f"embed/{SEED}.takeaways.oembed.json") == oembed


def test_the_manual_s_embed_code_is_the_one_the_page_shows(published_seed: Path) -> None:
    code, following = code_blocks(read(REUSING), "html")
    shown = [area.get_text() for area in soup(published_seed / f"{SEED}.html")
             .select(".embed-code")]
    assert code.strip() in shown
    # The code that asks the piece to follow the reader's setting is the same one's, so asking.
    address = code.split('src="')[1].split('"')[0]
    assert following.strip().startswith(f'<iframe src="{address}?scheme=auto" ')


def test_a_new_kind_of_section_is_exported_field_by_field() -> None:
    @dataclasses.dataclass(frozen=True)
    class Poll:  # a section kind this version does not know, with a value of no known type
        kind: str
        line: int
        question: str
        share: Decimal
        answers: tuple[str, ...]

    words = Lexicon({}).words("en")
    assert export_value(Poll("poll", 12, "Why?", Decimal("0.5"), ("Yes", "No")), words) == {
        "kind": "poll", "question": "Why?", "share": "0.5", "answers": ["Yes", "No"]}
