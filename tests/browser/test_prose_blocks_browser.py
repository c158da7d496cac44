"""What an explainer's text may hold beyond paragraphs (an address typed out, a table, a code
block, a quotation) on a phone, in a page in Arabic, and on paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers import run_cli, write_project
from .test_print import flat, printed_pages
from .tools import serve_dir

ADDRESS = ("https://www.example.org/world/2024/06/25/" + "kenyan-police-officers-land-in-haiti-" * 4
           + "?utm_source=newsletter&utm_campaign=" + "x" * 60)
CODE = "officers landed at Toussaint Louverture airport on the morning of 25 June " * 3
QUOTE = "The mission will need more officers, more money and more time than was promised. " * 4
PROSE = f"""---
title: The mission in figures
dek: D
published: 2024-05-23
---

--- prose
heading: The numbers
---
The report is at {ADDRESS} and nowhere else.

| Country | Officers | Source |
| --- | ---: | --- |
| Kenya | 1,000 | {ADDRESS} |
| Jamaica | 200 | n/a |

```
{CODE}
```

> {QUOTE}
"""
ARABIC = """---
title: بعثة الشرطة الكينية
dek: D
published: 2024-05-23
language: ar
---

--- summary
---
انظر https://www.state.gov/reports/haiti/ للمزيد،
و[التقرير الكامل](https://www.example.org/full/) أيضا.
"""
QUOTAS = """---
title: The quotas
dek: D
published: 2024-05-23
---

--- prose
heading: The numbers
---
| Country | Quota in 2023 (tonnes) | Quota in 2024 (tonnes) | Change from 2023 (tonnes) |
| --- | ---: | ---: | ---: |
| Netherlands | 5,500,000 | 5,100,000 | -400,000 |
"""
OVERFLOW = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
A4_WIDTH = 672  # px between the margins of A4 paper (210 mm less 2 x 16 mm)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build a site of an explainer in English whose text holds every such block, and one in
    Arabic that gives an address."""
    root = tmp_path_factory.mktemp("prose-blocks")
    write_project(root, {"content/figures.md": PROSE, "content/arabic.md": ARABIC,
                         "content/quotas.md": QUOTAS})
    result = run_cli("build", "--root", root, "--output", root / "out")
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.mark.parametrize("width", [320, 375])
def test_a_code_block_a_table_and_a_quotation_fit_a_phone(site: Path, make_page,
                                                          width: int) -> None:
    page = make_page(viewport={"width": width, "height": 800})
    page.goto((site / "figures.html").as_uri())
    assert not page.evaluate(OVERFLOW), f"the page scrolls sideways at {width} px"
    column = page.locator(".prose").bounding_box()
    code = page.locator(".prose pre").bounding_box()
    assert code["x"] + code["width"] <= column["x"] + column["width"] + 0.5
    assert page.locator(".prose div:has(> table)").evaluate(
        "(box) => box.scrollWidth <= box.clientWidth"), "the table's address makes it scroll"
    text = page.locator(".prose blockquote p").bounding_box()
    assert text["width"] >= 0.85 * column["width"], "the quotation's lines are squeezed"


def test_a_table_wider_than_a_phone_scrolls_in_a_box_the_keyboard_reaches(
        site: Path, make_page, axe) -> None:
    page = make_page(viewport={"width": 360, "height": 800})
    with serve_dir(site) as base:
        page.goto(base + "quotas.html")
        box = page.locator(".prose div:has(> table)")
        assert box.evaluate("(box) => box.scrollWidth > box.clientWidth"), "the table fits"
        assert not page.evaluate(OVERFLOW), "the page scrolls sideways at 360 px"
        assert axe(page) == []
        for _ in range(40):  # Tab from the top of the page until the box has the focus
            page.keyboard.press("Tab")
            if box.evaluate("(box) => box === document.activeElement"):
                break
        else:
            raise AssertionError("Tab never reaches the table's box")
        page.keyboard.press("ArrowRight")  # scrolls it, smoothly perhaps: wait for the end
        page.wait_for_function("() => document.activeElement.scrollLeft > 0", timeout=3000)


def test_an_address_in_arabic_text_reads_left_to_right(site: Path, make_page) -> None:
    page = make_page(viewport={"width": 375, "height": 800})
    page.goto((site / "ar/arabic.html").as_uri())
    link = page.locator("#summary a").first
    assert link.inner_text() == "https://www.state.gov/reports/haiti/"
    # Where the address's last two characters stand: its final slash after "i", not before.
    last, before = link.evaluate("""(a) => [1, 2].map((back) => {
      const range = document.createRange(), text = a.firstChild;
      range.setStart(text, text.length - back);
      range.setEnd(text, text.length - back + 1);
      return range.getBoundingClientRect().left;
    })""")
    assert last > before, "the address's final slash shows at its start"


def test_paper_shows_an_address_once_and_a_table_and_code_whole(site: Path,
                                                                make_page) -> None:
    page = make_page()
    page.goto((site / "figures.html").as_uri())
    page.emulate_media(media="print")
    printed = "".join(flat(sheet).replace(" ", "") for sheet in printed_pages(page, "A4"))
    assert printed.count(ADDRESS) == 2, "an address is printed twice, or cut"
    page.set_viewport_size({"width": A4_WIDTH, "height": 1000})
    for block in ("table", "pre"):
        box = page.locator(f".prose {block}").bounding_box()
        assert box["x"] + box["width"] <= A4_WIDTH + 0.5, f"the {block} runs off the paper"


def test_paper_gives_a_link_s_address_left_to_right_in_arabic_too(site: Path,
                                                                 make_page) -> None:
    page = make_page()
    page.goto((site / "ar/arabic.html").as_uri())
    page.emulate_media(media="print")
    printed = " ".join(printed_pages(page, "A4"))
    assert "(https://www.example.org/full/)" in printed, printed
