"""Relative addresses between pages: what a page links to, from the folder it is in."""

from __future__ import annotations

import posixpath

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.site.links import relative_to

# Site paths as pages and links name them: folders and files, with the odd '.', '//' or '/'.
SITE_PATHS = st.lists(st.sampled_from(["a", "b", "ke.html", "index.html", ".", ""]),
                      min_size=1, max_size=4).map("/".join)


@settings(max_examples=300, deadline=None, database=None)
@given(SITE_PATHS, SITE_PATHS)
def test_a_link_inside_the_site_is_what_relpath_gives(folder: str, target: str) -> None:
    if not target or target.startswith("/") or folder.startswith("/") or not folder:
        return
    expected = posixpath.relpath(target, folder)
    expected += "/" if target.endswith("/") and not expected.endswith("/") else ""
    assert relative_to(folder, target) == expected


def test_links_from_a_folder_climb_out_of_it() -> None:
    assert relative_to("countries", "flags/ke.svg") == "../flags/ke.svg"
    assert relative_to("countries", "countries/ke.html") == "ke.html"
    assert relative_to(".", "tags/") == "tags/"
    assert relative_to("tags", "tags/") == "./"
    assert relative_to("a/b", "a/c/d.html") == "../c/d.html"
