"""What an explainer offers for reuse elsewhere: its data files and its embeddable pieces.

Both are pages of the site (see pages.py): each data file is made by an exporter (exports.py)
instead of a template, and each piece is a small page of its own, made for another site's
iframe. Their paths and embed codes are planned here, once, for the pages themselves, the links
on the explainer's page and the index of every explainer alike.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from html import escape
from typing import NamedTuple

from ..content.model import Config, Teaser
from .english import marked_english
from .links import relative_to
from .meta import absolute_url
from .words import Words

DATA = "data"
EMBED = "embed"
INDEX = f"{DATA}/index.json"
# The prefix of a page's template that names an exporter rather than a template file.
EXPORT = "export:"
# Each data file: its name (the exporter's, and its key in the index), its path in data/ and
# the section kind it needs, if any.
DATA_FILES = (("json", "{slug}.json", None),
              ("timeline_csv", "{slug}.timeline.csv", "timeline"),
              ("countries_csv", "{slug}.countries.csv", "countries"),
              ("timelinejs", "{slug}.timelinejs.json", "timeline"))
# The section kinds that make an embeddable piece, in the order the page offers them, each
# with the key of its name in the strings tables.
PIECES = {"timeline": "timeline", "takeaways": "key_takeaways",
          "countries": "countries_involved", "figures": "key_figures",
          "questions": "questions_and_answers"}
WIDTH = 640  # the width an oEmbed answer gives: the piece fills whatever width it gets


class DataFile(NamedTuple):
    """One of an explainer's data files."""

    name: str
    path: str

    @property
    def label(self) -> str:
        """Return the key of the link's text in the strings tables."""
        return f"data_{self.name}"


class Piece(NamedTuple):
    """One embeddable piece of an explainer: a section, alone on a small page."""

    kind: str
    path: str
    oembed: str  # the site path of its oEmbed answer (written only with a base URL)
    name: str  # what the piece is, in the page's language: "Timeline"
    label: str  # what its code is: "Code for Timeline"
    title: str  # the iframe's title: "Timeline: Kenya leads a police mission..."
    src: str  # the piece's address: absolute with a base URL, else its site path
    shown: str  # its name as its page shows it: marked where English stands in (english.py)
    language: str  # the piece's language and direction, which its title is written in
    direction: str

    def code(self, height: int) -> str:
        """Return the HTML that shows the piece in another page, in a frame so tall (see
        pieceheights.py) until the piece tells the page how tall it is. The frame names the
        language and direction of its title: the page around it may be in any other."""
        return (f'<iframe src="{escape(self.src)}" title="{escape(self.title)}" '
                f'lang="{escape(self.language)}" dir="{self.direction}" '
                f'style="width:100%;border:0" height="{height}" loading="lazy">'
                '</iframe>')


class Reuse(NamedTuple):
    """An explainer's data files and embeddable pieces."""

    data: tuple[DataFile, ...]
    pieces: tuple[Piece, ...]


def reuse_of(config: Config, teaser: Teaser, words: Words) -> Reuse:
    """Plan an explainer's data files and pieces, from the kinds of its sections and the
    settings that turn them off."""
    pieces = []
    titles = dict(teaser.titles)
    for kind in piece_kinds(config, teaser):
        key = "countries_and_organisations_involved" if kind == "countries" and teaser.named \
            else PIECES[kind]
        path, name = piece_path(teaser, kind), titles.get(kind) or words.text(key)
        pieces.append(Piece(kind, path, path.removesuffix(".html") + ".oembed.json", name,
                            words.text("embed_code", piece=name),
                            words.text("embed_title", piece=name, title=teaser.title),
                            absolute_url(config, path) or path,
                            marked_english(name) if kind not in titles and key in words.fallback
                            else name, words.language, words.direction))
    return Reuse(data_files(config, teaser), tuple(pieces))


def data_files(config: Config, teaser: Teaser, slug: str = "") -> tuple[DataFile, ...]:
    """Return an explainer's data files, in its language's folder: translations may share a
    slug (as they were named, under a slug its page had before)."""
    if not config.data_files:
        return ()
    return tuple(DataFile(name, f"{teaser.folder}{DATA}/{path.format(slug=slug or teaser.slug)}")
                 for name, path, needs in DATA_FILES if needs is None or needs in teaser.kinds)


def piece_kinds(config: Config, teaser: Teaser) -> list[str]:
    """Return the kinds of an explainer's sections that make a piece, in the page's order."""
    return [kind for kind in PIECES if config.embeddable and kind in teaser.kinds]


def piece_path(teaser: Teaser, kind: str, slug: str = "") -> str:
    """Return the site path of an explainer's piece of a kind (as it was, under a slug its
    page had before)."""
    return f"{teaser.folder}{EMBED}/{slug or teaser.slug}.{kind}.html"


def address(config: Config, page: str, target: str) -> str:
    """Return a link from one site path to another: absolute with a base URL, else relative."""
    return linker(config, page)(target)


def linker(config: Config, page: str) -> Callable[[str], str]:
    """Return address() from one page, for its many links."""
    folder = posixpath.dirname(page) or "."
    return lambda target: absolute_url(config, target) or relative_to(folder, target)
