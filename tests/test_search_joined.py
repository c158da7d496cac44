"""An Arabic word with a letter joined before it (بقناة, 'in a canal'; وقناة, 'and a canal') is
found by the word alone, where the edition's texts say that word: a letter that is part of
a word (بلد, كتاب, وزير) is not taken for one joined to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

import pytest

from explainer.site import search
from explainer.site.indexmaker import IndexMaker
from explainer.site.search import TITLE
from explainer.site.terms import joined_words, words_of

from .searchindex import built_site, found, lookup, site_files
from .test_search import ENGLISH, teaser

# Explainers by file name: title and date, the newest first (explainer 0).
TITLES = {
    "suez": ("هجمات بقناة السويس", "2025-03-05"),
    "panama": ("الجفاف وقناة بنما", "2025-03-04"),
    "canal": ("قناة جديدة في مصر", "2025-03-03"),
    "minister": ("كتاب وزير عن بلد", "2025-03-02"),
    "jar": ("زير الماء في القرية", "2025-03-01"),
}


@pytest.fixture(scope="module")
def arabic_index(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    story = "---\ntitle: {}\ndek: نص.\npublished: {}\nlanguage: ar\n---\n\n--- summary\n---\nنص.\n"
    out = built_site(tmp_path_factory.mktemp("joined"), {
        f"content/{name}.md": story.format(*texts) for name, texts in TITLES.items()})
    return site_files(out, "ar/")


@pytest.mark.parametrize(("query", "expected"), [
    ("قناة", {0, 1, 2}), ("قناه", {0, 1, 2}), ("قنا", {0, 1, 2}), ("قناة مصر", {2}),
    ("بقناة", {0}), ("السويس قناة", {0}),
    # Letters of the word itself: no text says تاب or لد alone.
    ("تاب", set()), ("لد", set()), ("كتاب", {3}), ("بلد", {3}),
    # زير (a water jar) is a word of another text: وزير is listed as it too.
    ("زير", {3, 4})])
def test_a_word_with_a_letter_joined_before_it_is_found_by_the_word(
        arabic_index: dict[str, bytes], query: str, expected: set[int]) -> None:
    assert found(arabic_index, query, "ar/") == expected


def test_only_a_word_the_texts_say_alone_is_taken_out_of_a_longer_one() -> None:
    terms = words_of("بقناة وقناة القناة بلد كتاب وزير لد فمن")
    assert joined_words(terms) == {"قناه": ["بقناه", "وقناه"]}


def test_an_edit_that_says_the_word_alone_finds_the_joined_ones_at_once(monkeypatch) -> None:
    # As the preview does: the index made again after an edit is the index made whole.
    monkeypatch.setattr(search, "SHARD_CAP", 2_000)
    index = search.SearchIndex("", (), ENGLISH, UTC)
    explainers = tuple(teaser(n) for n in range(100))
    explainers = (replace(explainers[0], title="هجمات بقناة السويس"), *explainers[1:])
    maker = IndexMaker()
    assert lookup(maker.files(explainers, index), "قناه") == {}
    said = (*explainers[:9], replace(explainers[9], title="قناة جديدة"), *explainers[10:])
    for step in (said, explainers):
        assert maker.files(step, index) == IndexMaker().files(step, index)
    assert lookup(maker.files(said, index), "قناه") == {0: TITLE, 9: TITLE}
