"""Read every explainer file of a site: split, validate and check each one, or take it from the
memo when an earlier build read it as it is now.

Only what lists need (each explainer's teaser) and the problems come back to the build; the
whole explainer stays with the memo, which hands it to whoever renders its page. So a build of
thousands of explainers never holds them all whole, whichever process read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..errors import ContentError, Problem
from ..inputs import Inputs, Stamp
from .checks import check_explainer
from .languages import ENGLISH
from .model import Config, Explainer, Teaser
from .proselines import prose_line_warnings
from .scaffold import placeholders_left
from .schema import SECTION_KINDS, read_explainer
from .sources import decode_text, file_bytes, read_text, split_source
from .text.markup import Markup

if TYPE_CHECKING:
    from ..recipe import Tools
    from ..speed.memo import Memo

Known = tuple[Teaser | None, list[Problem]]  # what a build keeps of one explainer file


class ExplainerFile(NamedTuple):
    """An explainer file of the project: its path as messages name it, and its stamp."""

    display: str
    root: Path
    stamp: Stamp

    @property
    def path(self) -> Path:
        """Return the file's full path."""
        return self.root / self.display


class Explainers(NamedTuple):
    """The explainers read, in file order, with every problem found and how much was done."""

    teasers: list[Teaser]
    problems: list[Problem]
    read: int  # files read anew (the others came from the memo)


@dataclass(frozen=True)
class ReadSettings:
    """The site's settings that shape how an explainer file reads."""

    trusted_html: bool = False  # whether raw HTML in the Markdown is kept
    language: str = ENGLISH  # the site's: explainers that name no language are written in it
    embeds: tuple[str, ...] = ()  # hosts an embed section may load, besides the services

    @classmethod
    def of(cls, config: Config) -> ReadSettings:
        """Return the reading settings of a site."""
        return cls(config.trusted_html, config.language, tuple(sorted(set(config.embeds))))


@dataclass(frozen=True)
class Reading:
    """What reading an explainer needs, in the build process and in forked workers alike."""

    markup: Markup
    memo: Memo
    settings: ReadSettings


def read_explainers(inputs: Inputs, config: Config, tools: Tools) -> Explainers:
    """Read every explainer file the inputs hold, those the memo does not know on the pool."""
    memo = tools.memo
    settings = ReadSettings.of(config)
    settings = memo.remember("read settings", settings, lambda: settings)  # the same object
    paths = inputs.explainer_files()
    root, stamps = inputs.root, inputs.stamps
    files = [ExplainerFile(path, root, stamps[path]) for path in paths]
    known = memo.explainers(files, settings)
    todo = [file for file, found in zip(files, known, strict=True) if found is None]
    progress = tools.counter("explainers", len(files), len(files) - len(todo))
    markup = memo.remember("markup", settings.trusted_html,
                           lambda: Markup(settings.trusted_html))
    read = {file.display: memo.keep_explainer(file, packed) for file, packed in
            tools.pool.map(read_one, Reading(markup, memo, settings), todo, progress)}
    teasers, problems = [], []
    for file, found in zip(files, known, strict=True):
        teaser, its_problems = found or read[file.display]
        if its_problems:
            problems.extend(its_problems)
        if teaser is not None:
            teasers.append(teaser)
    return Explainers(teasers, problems, len(todo))


def read_one(reading: Reading, file: ExplainerFile) -> object:
    """Read and check one file; return what the memo keeps of it (in any process)."""
    data = file_bytes(file.path)
    explainer, problems = parse_explainer(file, data, reading.markup, reading.settings)
    return reading.memo.pack(file, data, reading.settings, explainer, problems)


def parse_explainer(file: ExplainerFile, data: bytes | None, markup: Markup,
                    settings: ReadSettings) -> tuple[Explainer | None, list[Problem]]:
    """Read one explainer from its bytes (None: read the file, to report why it cannot be)."""
    unsplit: list[Problem] = []  # sections that could not be split out of the file
    try:
        text = decode_text(data, file.display) if data is not None \
            else read_text(file.path, file.display)
        source = split_source(text, file.path, file.display, SECTION_KINDS, unsplit)
    except ContentError as exc:
        return None, list(exc.problems)
    explainer, problems = read_explainer(source, markup, settings.language, settings.embeds)
    if unsplit:
        return None, [*unsplit, *problems]
    if explainer is not None:  # a file refused says why alone, not also what its lines hold
        problems = [*problems, *prose_line_warnings(source), *check_explainer(explainer)]
        if not explainer.draft:
            problems += placeholders_left(source, explainer.language)
    return explainer, problems


def read_again(root: Path, display: str, settings: ReadSettings) -> tuple[Explainer | None,
                                                                          list[Problem]]:
    """Read one explainer file of the project in root again, as it is now."""
    file = ExplainerFile(display, root, (0, 0, 0, 0))
    return parse_explainer(file, file_bytes(file.path), Markup(settings.trusted_html), settings)
