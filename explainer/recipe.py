"""The recipe of a build: read and validate everything, make the pages, render and write them.

`build`, `check` and the preview all run build(); only the tools it is handed differ (see
Tools): where the files go, what earlier builds left to reuse, and how many processes work.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import Problem
from .inputs import Inputs
from .options import BuildOptions, build_time
from .render.guard import check_output_dir
from .render.output import SiteWriter, Writer, WriteReport
from .render.swap import recover_output
from .speed.diskmemo import DiskMemo
from .speed.pool import ForkPool, Inline, Pool

if TYPE_CHECKING:  # the memo in memory is loaded by check and the preview alone
    from .speed.memo import Memo

# Told how far a long build has got: progress(stage, done, total).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Tools:
    """What a build works with, besides its options."""

    memo: Memo  # what earlier builds made: the build cache on disk, or a memo in memory
    writer: Writer  # where the files go: an output folder swapped in whole, memory, or nowhere
    pool: Pool  # who does the work: forked worker processes and this one, or this one alone
    progress: Progress | None = None

    def counter(self, stage: str, total: int, done: int = 0) -> Callable[[int], None] | None:
        """Return a counter that tells progress(stage, done, total) as work gets done."""
        progress = self.progress
        if progress is None:
            return None
        counted = [done]

        def advance(count: int) -> None:
            counted[0] += count
            progress(stage, counted[0], total)

        advance(0)
        return advance


@dataclass(frozen=True)
class BuildResult:
    """What a build made, and the warnings it found."""

    explainers: int  # explainers the site lists
    files: int
    warnings: tuple[Problem, ...]
    written: WriteReport
    left_out: int = 0  # drafts and future-dated explainers not shown
    read: int = 0  # explainer files read anew (the others came from the memo)
    rendered: int = 0  # pages rendered anew
    processes: int = 1  # the most processes that worked at once
    replayed: bool = False  # nothing had changed: the last build stands
    assets: Mapping[str, str] = field(default_factory=dict)  # stylesheets' content-hashed names
    # The moments for which the build stands for its inputs: from the start of its day in the
    # site's time zone, or the last time of publication it passed that day, to the next day or
    # the next time of publication; None for a build of a day the options fix.
    stands: tuple[datetime, datetime] | None = None
    pages: int = 0  # pages of the site, rendered anew or kept from an earlier build

    def to_json(self) -> dict[str, Any]:
        """Return what a later build needs to say about this one, as JSON-ready data."""
        return {"explainers": self.explainers, "files": self.files, "left_out": self.left_out,
                "stands": [moment.isoformat() for moment in self.stands or ()],
                "warnings": [[getattr(p, f.name) for f in fields(Problem)]
                             for p in self.warnings]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BuildResult:
        """Read what to_json() wrote."""
        return cls(data["explainers"], data["files"],
                   tuple(Problem(*warning) for warning in data["warnings"]),
                   WriteReport(0, 0), data["left_out"],
                   stands=tuple(map(datetime.fromisoformat, data["stands"])) or None)

    def replayed_with(self, written: WriteReport) -> BuildResult:
        """Return this build replayed, with what putting its files back wrote."""
        return replace(self, written=written, replayed=True)


def build(options: BuildOptions, tools: Tools, inputs: Inputs | None = None) -> BuildResult:
    """Build the site; nothing is written unless everything succeeds. `inputs` are the
    project's files as the caller last looked at them (the preview knows)."""
    when = build_time(options, os.environ)
    inputs = inputs or Inputs.scan(options.root)
    replayed = tools.memo.replay(inputs, when, tools.writer)
    if replayed is not None:
        return replayed  # nothing it reads has changed since the last build
    from . import stages  # not above: a build that finds nothing changed loads none of them

    config, problems = stages.read_config(options)
    theme = stages.load_theme(inputs, tools.memo)
    explainers = stages.read_explainers(inputs, config, tools)
    words = theme.lexicon.report(config.language, explainers.teasers)
    made = stages.make_site(config, inputs, explainers.teasers,
                            [*problems, *theme.problems, *explainers.problems, *words], options,
                            when, tools.memo)
    remember = tools.memo.remember
    pages = remember("pages", (made.site, theme.lexicon),
                     lambda: stages.site_pages(made.site, theme.lexicon, remember))
    # The files that are not pages: the search index, made from the pages that name one.
    files = remember("files", (made.site, theme.static, pages), lambda: stages.site_files(
        made.site, pages, theme.static, theme.assets, remember, tools.memo.lasting))
    # Pictures' sizes and social cards: each made when written, or taken from the memo.
    files = [*stages.in_project(files, inputs.stamps),
             *stages.media_files(made.site, inputs, made.media, tools.memo)]
    warnings = [*made.warnings, *stages.dead_links(made.site, [p.path for p in [*pages, *files]])]
    with tools.writer as writer:
        writer.claim([*pages, *files])
        rendered = stages.render_pages(pages, made.site, theme, tools)
        for file in files:
            writer.add(file.path, file.data)
        written = writer.commit()
    result = BuildResult(len(made.site.explainers), len(pages) + len(files), warnings,
                         written, made.left_out, explainers.read, rendered,
                         tools.pool.processes, assets=theme.assets, stands=made.stands,
                         pages=len(pages))
    tools.memo.record(inputs, result, tools.writer)
    return result


def build_tools(options: BuildOptions, progress: Progress | None = None) -> Tools:
    """Return the tools of `build`: the build cache, the output folder, every core."""
    recover_output(options.output)
    check_output_dir(options.output, options.root, options.force)
    memo = DiskMemo.open(options)
    return Tools(memo, SiteWriter(options.output, memo.previous, memo.keep_file),
                 ForkPool(options.jobs), progress)


def check_tools() -> Tools:
    """Return the tools of `check`: nothing kept, nothing written, one process."""
    from .render.memory import NoWriter
    from .speed.memo import MemoryMemo

    return Tools(MemoryMemo(), NoWriter(), Inline())


def preview_tools(shown: Container[str] | None = None) -> Tools:
    """Return the tools of the preview: everything kept in memory between builds, the pages
    reached by an edit that no browser was `shown` made when first asked for."""
    from .render.memory import MemoryWriter
    from .speed.memo import MemoryMemo

    return Tools(MemoryMemo(shown), MemoryWriter(), Inline())

