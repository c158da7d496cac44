"""Tests for the vendored flags and the inline world map."""

from __future__ import annotations

import itertools
import math
import xml.etree.ElementTree as ET
from importlib.resources import files
from importlib.resources.abc import Traversable

import pycountry
import pytest

from explainer.site.geo import flag_svg, load_world, outline_box, path_rings
from explainer.site.mapframe import country_box, plan_map
from explainer.site.mapview import world_map_svg

SVG = "{http://www.w3.org/2000/svg}"
CODES = ["KE", "HT", "US", "BS", "BB", "BJ", "TD", "BD", "CL", "JM", "GD", "PY", "BI", "NG", "MU"]
GROUPS = [("group-1", ["KE"]), ("group-2", ["HT"]), ("group-3", ["US"]),
          ("group-4", ["BB"])]
SEED = [("group-1", ["KE"]), ("group-2", ["HT"]), ("group-3", ["US"]),
        ("group-4", ["CL", "JM", "GD", "PY", "BI", "NG", "MU"]),
        ("group-5", ["BS", "BB", "BJ", "TD", "BD"])]


def render(groups: list[tuple[str, list[str]]] | None = None, view: str = "auto") -> str:
    groups = GROUPS if groups is None else groups
    codes = [code for _, group_codes in groups for code in group_codes]
    plan = plan_map(codes, [*groups[0][1], *groups[1][1]] if len(groups) > 1 else [], view)
    return world_map_svg(groups, title_id="map-title", title="Who", plan=plan,
                         names={"HT": "Haiti"})


def by_country(root: ET.Element, code: str) -> list[ET.Element]:
    return [el for el in root.iter() if el.get("data-country") == code]


def on_map(lat: float, lon: float) -> tuple[float, float]:
    """Return where the world map puts a place: the Natural Earth projection that
    scripts/update_geodata.py draws with, 1000 units from 180°W to 180°E, the equator 258
    units from the top."""
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    scale = 1000 / (2 * math.pi * 0.8707)
    return 500 + x * scale, 258 - y * scale


def covers(d: str, point: tuple[float, float], unit: int = 1) -> bool:
    """Tell whether path data (in 1/`unit` map units) is filled at a point (even-odd)."""
    x, y = point[0] * unit, point[1] * unit
    inside = False
    for ring in path_rings(d):
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


@pytest.mark.parametrize("code", CODES)
def test_flag_is_an_svg_document(code: str) -> None:
    data = flag_svg(code)
    assert data is not None
    assert ET.fromstring(data).tag == f"{SVG}svg"
    assert flag_svg(code.lower()) == data


FLAGS = sorted((files("explainer") / "data" / "flags").iterdir(), key=lambda f: f.name)
SVG_FLAGS = [f for f in FLAGS if f.name.endswith(".svg")]
SMALL_FLAGS = sorted((files("explainer") / "data" / "flags" / "small").iterdir(),
                     key=lambda f: f.name)


@pytest.mark.parametrize("flag", SVG_FLAGS + SMALL_FLAGS,
                         ids=[f.name for f in SVG_FLAGS] + [f"small/{f.name}" for f in SMALL_FLAGS])
def test_every_flag_is_a_light_4_by_3_svg(flag: Traversable) -> None:
    data = flag.read_bytes()
    assert len(data) <= 8_000
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    x, y, width, height = (float(n) for n in root.get("viewBox", "").split())
    assert (x, y) == (0, 0) and width * 3 == height * 4


def test_the_flags_of_every_country_ship_with_their_licence() -> None:
    assert len(SVG_FLAGS) > 240
    assert "LICENSE" in [f.name for f in FLAGS]


@pytest.mark.parametrize("flag", SMALL_FLAGS, ids=lambda f: f.name)
def test_a_flag_drawn_for_lists_is_lighter_than_the_full_drawing(flag: Traversable) -> None:
    code = flag.name.removesuffix(".svg")
    full = flag_svg(code)
    assert full is not None and len(flag.read_bytes()) < len(full)
    assert flag_svg(code, small=True) == flag.read_bytes()


def test_a_flag_without_a_lighter_drawing_is_shown_in_lists_as_it_is() -> None:
    plain = [f.name.removesuffix(".svg") for f in SVG_FLAGS
             if f.name not in {small.name for small in SMALL_FLAGS}]
    assert "fr" in plain
    assert all(flag_svg(code, small=True) == flag_svg(code) for code in plain)


@pytest.mark.parametrize("code", ["ZZ", "", "K", "../ke", "ke.svg"])
def test_no_flag_for_unknown_or_odd_codes(code: str) -> None:
    assert flag_svg(code) is None


def test_map_shades_countries_by_group() -> None:
    root = ET.fromstring(render())
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "map-title"
    title = root.find(f"{SVG}title")
    assert title is not None and title.get("id") == "map-title" and title.text == "Who"

    (kenya,) = by_country(root, "KE")
    assert kenya.tag == f"{SVG}path"
    assert kenya.get("class") == "land group-1"
    barbados = by_country(root, "BB")
    assert barbados and all("group-4" in (el.get("class") or "") for el in barbados)
    assert any(el.tag == f"{SVG}circle" for el in barbados)
    (plain,) = [el for el in root.findall(f"{SVG}path") if el.get("class") == "land"]
    assert plain.get("d", "").count("M") > 150  # every other country, in one path


def test_map_is_small_deterministic_and_self_contained() -> None:
    first, second = render(SEED), render(SEED)
    assert first == second
    assert len(first.encode("utf-8")) <= 25_000
    for needle in ("style", "script", "href", "<!--"):
        assert needle not in first


def test_map_does_not_depend_on_the_order_within_a_group() -> None:
    shuffled = [(css, list(reversed(codes))) for css, codes in SEED]
    assert render(shuffled) == render(SEED)


@pytest.mark.parametrize("code", ["ZZ", "QX", "zz"])
def test_unknown_codes_have_no_shape(code: str) -> None:
    root = ET.fromstring(render([*GROUPS, ("group-5", [code])]))
    assert by_country(root, code.upper()) == []
    assert len(by_country(root, "KE")) == 1


def test_title_is_escaped() -> None:
    svg = world_map_svg([], title_id='a"b', title="Kenya & <friends>")
    title = ET.fromstring(svg).find(f"{SVG}title")
    assert title is not None and title.text == "Kenya & <friends>" and title.get("id") == 'a"b'


def test_group_must_be_a_class_name() -> None:
    with pytest.raises(ValueError):
        world_map_svg([('group-1" onload="x', ["KE"])], title_id="t", title="t")


def test_every_country_but_antarctica_is_drawn_or_marked() -> None:
    world = load_world()
    _, _, width, height = world.view_box
    for country in pycountry.countries:
        code = country.alpha_2
        assert (code in world.countries or code in world.markers) == (code != "AQ"), code
    for x, y in world.markers.values():
        assert 0 <= x <= width and 0 <= y <= height


def test_small_listed_countries_are_circled_and_big_ones_are_not() -> None:
    groups = [("group-1", ["KE"]), ("group-2", ["HT"]), ("group-4", ["BB"])]
    root = ET.fromstring(render(groups, view="world"))
    rings = {el.get("data-country"): el for el in root.iter(f"{SVG}circle")
             if "ring" in (el.get("class") or "").split()}
    assert sorted(rings) == ["BB", "HT"]
    assert rings["HT"].get("class") == "ring group-2"
    x0, y0, x1, y1 = outline_box(load_world().countries["HT"])
    assert (int(rings["HT"].get("cx")), int(rings["HT"].get("cy"))) == (round((x0 + x1) / 2),
                                                                       round((y0 + y1) / 2))
    assert (int(rings["BB"].get("cx")), int(rings["BB"].get("cy"))) == load_world().markers["BB"]


def test_a_story_spread_over_the_world_gets_a_world_map_with_its_tiny_host_enlarged() -> None:
    root = ET.fromstring(render(SEED))
    assert root.get("viewBox") == "0 0 {} {}".format(*load_world().view_box[2:])
    (inset,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "inset"]
    label = inset.find(f"{SVG}text")
    assert label is not None and label.text == "Haiti"
    (haiti,) = [el for el in inset.iter() if el.get("data-country") == "HT"]
    assert haiti.get("class") == "land group-2"
    box = inset.find(f"{SVG}svg")
    assert box is not None and int(box.get("width")) >= 250  # a quarter of the map or more


@pytest.mark.parametrize("code", ["KN", "MT", "SG", "BH"])
def test_a_tiny_focal_country_fills_a_good_part_of_its_inset(code: str) -> None:
    # St. Kitts and Nevis is a tenth of the 28 units Haiti's inset spans: the inset zooms in
    # further for it, so that a reader sees its islands rather than a red speck.
    root = ET.fromstring(render([("group-1", [code]), ("group-2", ["US", "KE", "GB"])]))
    (inset,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "inset"]
    box = inset.find(f"{SVG}svg")
    assert box is not None
    (shape,) = [el for el in box.iter(f"{SVG}path") if el.get("data-country") == code]
    x0, y0, x1, y1 = outline_box(shape.get("d") or "")
    assert max(x1 - x0, y1 - y0) >= int(box.get("width") or 0) / 12, (code, x1 - x0, y1 - y0)


@pytest.mark.parametrize("code", ["FM", "KI"])
def test_islands_strewn_over_an_ocean_show_their_main_island_in_the_inset(code: str) -> None:
    # Micronesia's islands span 70 map units: an inset framed on all of them would show the
    # country as a dot; it shows where most of its land lies instead.
    root = ET.fromstring(render([("group-1", [code]), ("group-2", ["US", "KE", "GB"])]))
    (inset,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "inset"]
    shapes = [el for el in inset.iter(f"{SVG}path") if el.get("data-country") == code]
    assert [el for el in inset.iter(f"{SVG}circle") if el.get("data-country") == code] == []
    sizes = [max(x1 - x0, y1 - y0) for el in shapes
             for x0, y0, x1, y1 in [outline_box(el.get("d") or "")]]
    assert max(sizes, default=0) >= 10, sizes


@pytest.mark.parametrize("code", ["MV", "MC"])
def test_a_country_too_small_even_for_its_inset_is_circled_there(code: str) -> None:
    root = ET.fromstring(render([("group-1", [code]), ("group-2", ["US", "KE", "GB"])]))
    (inset,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "inset"]
    rings = [el for el in inset.iter(f"{SVG}circle") if el.get("data-country") == code]
    assert [ring.get("class") for ring in rings] == ["ring group-1"]


def test_no_inset_when_the_focal_countries_are_big_enough() -> None:
    root = ET.fromstring(render([("group-1", ["KE"]), ("group-2", ["US"]), ("group-3", ["BR"])]))
    assert [g for g in root.iter(f"{SVG}g") if g.get("class") == "inset"] == []


EAST_AFRICA = [("group-1", ["KE"]), ("group-2", ["SO"]), ("group-3", ["ET", "UG", "TZ"])]


def test_a_regional_story_is_framed_on_its_countries() -> None:
    codes = ["KE", "SO", "ET", "UG", "TZ"]
    plan = plan_map(codes, [], "auto")
    _, _, width, height = load_world().view_box
    assert not plan.world
    assert plan.frame.width < width / 3 and plan.frame.height < height / 2
    for code in codes:
        x0, y0, x1, y1 = country_box(code)
        assert plan.frame.x <= x0 and x1 <= plan.frame.x + plan.frame.width
        assert plan.frame.y <= y0 and y1 <= plan.frame.y + plan.frame.height
    assert 1.3 <= plan.frame.width / plan.frame.height <= 1.8  # reads on a phone
    regional, worldwide = render(EAST_AFRICA), render(EAST_AFRICA, view="world")
    assert len(regional) < len(worldwide) / 2  # the rest of the world is left out
    assert "group-1" in regional and "group-3" in regional


def test_stories_of_one_region_share_frames_that_hold_their_countries() -> None:
    # Any two of ten East African countries: 45 stories, each framed on its two countries with
    # room around them; a build draws each frame's land once, so fewer frames cost less.
    region = ["KE", "SO", "ET", "UG", "TZ", "RW", "BI", "SS", "DJ", "ER"]
    frames = set()
    for pair in itertools.combinations(region, 2):
        frame = plan_map(pair, [], "region").frame
        for code in pair:
            x0, y0, x1, y1 = country_box(code)
            assert min(x0 - frame.x, y0 - frame.y, frame.x + frame.width - x1,
                       frame.y + frame.height - y1) >= 10, (pair, code)
        frames.add(frame)
    assert len(frames) <= 30  # 42 when each story had a frame of its own size and place


def test_a_story_with_russia_is_framed_on_its_region_not_the_world() -> None:
    # Russia's far east runs past 180° and the map draws that piece by Alaska: it must not
    # stretch a frame of Ukraine, Russia and Türkiye across the world.
    plan = plan_map(["UA", "RU", "TR"], [], "auto")
    assert not plan.world
    assert plan.frame.x > load_world().view_box[2] / 3  # Europe and Asia, not the Americas
    root = ET.fromstring(render([("group-1", ["UA"]), ("group-2", ["RU"]), ("group-3", ["TR"])]))
    assert {el.get("data-country") for el in root.iter() if el.get("data-country")} == {
        "UA", "RU", "TR"}


def test_a_small_country_across_180_degrees_is_circled_where_most_of_it_lies() -> None:
    root = ET.fromstring(render([("group-1", ["FJ"])], view="world"))
    (ring,) = [el for el in root.iter(f"{SVG}circle") if el.get("data-country") == "FJ"]
    assert int(ring.get("cx")) > 0.9 * load_world().view_box[2]  # by the map's right edge


# Places in the shape of the country the UN counts them in, and in no other shape, both in the
# outlines of the world map and in the finer ones of a map zoomed in on a small country.
PLACES = [
    ("KE", "Nairobi", -1.29, 36.82),
    ("FR", "Orléans", 47.9, 1.9),
    ("UA", "Simferopol, Crimea", 44.95, 34.1),
    ("SO", "Hargeisa, Somaliland", 9.56, 44.06),
    ("SO", "Burao, Somaliland", 9.52, 45.53),
    ("CY", "North Nicosia", 35.2, 33.36),
    ("CY", "Famagusta, Northern Cyprus", 35.12, 33.94),
    ("MA", "Tan-Tan", 28.44, -11.1),
    ("EH", "Laayoune, Western Sahara", 27.15, -13.2),
    ("EH", "Aousserd, Western Sahara", 22.55, -14.33),
    ("EH", "Bir Lehlou, Western Sahara", 26.35, -9.58),
]


@pytest.mark.parametrize(("code", "place", "lat", "lon"), PLACES, ids=[p[1] for p in PLACES])
def test_a_place_lies_in_its_country_and_no_other(code: str, place: str, lat: float,
                                                  lon: float) -> None:
    world = load_world()
    point = on_map(lat, lon)
    assert [c for c, d in world.countries.items() if covers(d, point)] == [code]
    assert not any(covers(d, point) for d in world.unassigned)
    if code in world.detail:
        assert [c for c, d in world.detail.items()
                if covers(d, point, world.detail_scale)] == [code]


def shapes(code: str) -> list[tuple[str, int]]:
    """Return the outlines the map draws a country with, each with its unit: the world map's,
    and the finer one of a map zoomed in on a small country."""
    world = load_world()
    drawn = [(world.countries[code], 1)]
    if code in world.detail:
        drawn.append((world.detail[code], world.detail_scale))
    return drawn


def shaded_at(codes: list[str], lat: float, lon: float) -> list[str]:
    """Return what a region map of some countries, the first one the lead, shades at a place:
    the code of each listed country's shape drawn there, "land" for plain land."""
    groups = [("group-1", codes[:1]), ("group-2", codes[1:])]
    plan = plan_map(codes, codes[:1], "region")
    root = ET.fromstring(world_map_svg(groups, title_id="t", title="t", plan=plan))
    point = plan.frame.drawn((*on_map(lat, lon), 0, 0))[:2]
    return [path.get("data-country", "land") for path in root.findall(f"{SVG}path")
            if covers(path.get("d", ""), point)]


# The countries of a story (the lead first), a place, and what its map shades there.
REGION_PLACES = [
    (["SO", "ET", "DJ"], "Hargeisa", 9.56, 44.06, "SO"),
    (["CY", "GR", "TR", "GB"], "North Nicosia", 35.2, 33.36, "CY"),
    (["MA"], "Laayoune", 27.15, -13.2, "land"),
    (["EH", "MA", "DZ", "MR"], "Laayoune", 27.15, -13.2, "EH"),
]


@pytest.mark.parametrize(("codes", "place", "lat", "lon", "shaded"), REGION_PLACES,
                         ids=[f"{p[1]} on a map of {p[0][0]}" for p in REGION_PLACES])
def test_a_region_map_shades_a_place_with_its_country(codes: list[str], place: str, lat: float,
                                                       lon: float, shaded: str) -> None:
    assert shaded_at(codes, lat, lon) == [shaded]


def test_morocco_ends_where_western_sahara_begins() -> None:
    # 27°40'N parted Spanish Sahara from Morocco; a drawn point may be half a unit off.
    border = on_map(27 + 40 / 60, 0)[1]
    for d, unit in shapes("MA"):
        assert outline_box(d)[3] <= (border + 0.5) * unit
    for d, unit in shapes("EH"):
        assert outline_box(d)[1] >= (border - 0.5) * unit


# Land given to a country is joined to the land it borders there: no border is drawn between
# two places of one country, whose shape holds both in one ring.
JOINED = [
    ("UA", (44.95, 34.1), (46.85, 35.37)),  # Simferopol, Melitopol across the Perekop isthmus
    ("SO", (9.56, 44.06), (3.11, 43.65)),  # Hargeisa, Baidoa
    ("CY", (35.2, 33.36), (34.92, 32.88)),  # North Nicosia, Troodos
    ("EH", (27.15, -13.2), (26.35, -9.58)),  # Laayoune, Bir Lehlou across Morocco's sand wall
]


@pytest.mark.parametrize(("code", "one", "other"), JOINED, ids=[j[0] for j in JOINED])
def test_no_border_is_drawn_within_a_country(code: str, one: tuple[float, float],
                                             other: tuple[float, float]) -> None:
    for d, unit in shapes(code):
        rings = [f"M{part}" for part in d.split("M")[1:]]
        assert [ring for ring in rings if covers(ring, on_map(*one), unit)] == \
            [ring for ring in rings if covers(ring, on_map(*other), unit)] != []


def test_an_author_can_ask_for_a_region_or_the_world() -> None:
    assert plan_map(["KE", "SO"], [], "world").world
    spread = plan_map(["KE", "US", "CL"], [], "region")
    assert not spread.world and spread.frame.width < load_world().view_box[2]


def test_outline_box_follows_relative_steps_across_subpaths() -> None:
    assert outline_box("M10 20l5 0 0 5-5 0zM40 2l-3 1 1 1z") == (10, 2, 40, 25)


def test_map_can_name_the_element_that_describes_it() -> None:
    root = ET.fromstring(world_map_svg([], title_id="t", title="Map", description_id="cap"))
    assert root.get("aria-describedby") == "cap"
    assert ET.fromstring(render()).get("aria-describedby") is None
