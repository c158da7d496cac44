#!/usr/bin/env python3
"""Write a deterministic corpus of N explainers, in our format or as plain Markdown for a peer.

    python benchmarks/corpus.py --explainers 1000 --out benchmarks/out/corpus
    python benchmarks/corpus.py --explainers 1000 --out DIR --format pelican
    python benchmarks/corpus.py --explainers 1000 --out DIR --corpus converted
    python benchmarks/corpus.py --explainers 1000 --out DIR --language ja

Two corpora: `stories`, explainers written for explainer (every section kind, plain prose with
some bold), and `converted`, plain Markdown news stories turned into explainers (links and
bold in most paragraphs, lists, quotes, headings). Each format holds the same stories with the
same prose; the plain-Markdown formats carry the structured sections (takeaways, figures,
countries, timeline, quotes, sources) as lists and blockquotes. Story i depends only on the
seed and i, never on the clock. `--language` writes the stories corpus in Japanese, Chinese,
Arabic or Russian instead (benchmarks/foreign.py), in a site of that language, or `mixed`: a
site in English whose explainers are each in one of those languages or English.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.foreign import MIXED, TONGUES, generate_in  # noqa: E402
from benchmarks.formats import (  # noqa: E402 (the repository must be importable as a script)
    explainer_file,
    front_matter_file,
    pelican_file,
)
from benchmarks.news import generate_converted  # noqa: E402
from benchmarks.stories import LAST_DAY, Story, generate  # noqa: E402

FORMATS = ("explainer", "pelican", "mkdocs", "hugo")
# The corpora, each a function of (count, seed) returning the stories.
CORPORA: dict[str, Callable[[int, int], list[Story]]] = {
    "stories": generate, "converted": generate_converted,
}
MARKER = ".benchmark-corpus"
# Where each tool writes an explainer's page, relative to its output folder.
PAGE_PATHS: dict[str, str] = {
    "explainer": "{slug}.html", "pelican": "{slug}.html",
    "mkdocs": "{slug}/index.html", "hugo": "explainers/{slug}/index.html",
}
PELICAN_CONFIG = """\
AUTHOR = "Explainer desk"
SITENAME = "Explainers"
SITEURL = ""
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = False
DEFAULT_PAGINATION = False
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
"""
MKDOCS_CONFIG = "site_name: Explainers\n"
HUGO_CONFIG = """\
baseURL = "/"
title = "Explainers"
disableKinds = ["RSS", "sitemap", "robotsTXT"]

[taxonomies]
tag = "tags"
"""
HUGO_PAGE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}
<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></main></body></html>
"""
HUGO_LIST = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}
</ul></main></body></html>
"""


class CorpusError(Exception):
    """A corpus cannot be written where it was asked to go."""


def write_corpus(stories: list[Story], out: Path, fmt: str = "explainer",
                 language: str = "") -> Path:
    """Write the stories as a project in the given format into out, a site in `language`
    (explainer's format only; '' for English); return out."""
    if fmt not in WRITERS:
        raise CorpusError(f"unknown format '{fmt}'; the formats are: {', '.join(FORMATS)}")
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise CorpusError(f"refusing to write a corpus into {out}: it is not empty and holds no "
                          f"earlier corpus; choose an empty or new folder")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    (out / MARKER).write_text(f"{fmt} corpus of {len(stories)} explainers\n", encoding="utf-8")
    WRITERS[fmt](stories, out)
    if language:
        write_files(out, {"site.yml": f"title: Explainers\nlanguage: {language}\n"})
    return out


def build_environment() -> dict[str, str]:
    """Return the environment a build of a corpus runs in: a user's (see user_environment), with
    the corpus's last day as the build's "today" (SOURCE_DATE_EPOCH), whatever the clock says."""
    day = datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, tzinfo=UTC)
    return {**user_environment(), "SOURCE_DATE_EPOCH": str(int(day.timestamp()))}


def user_environment() -> dict[str, str]:
    """Return this process's environment, where Python keeps each module's compiled bytecode,
    as it does on a writer's machine, even if this process was told not to
    (PYTHONDONTWRITEBYTECODE, set in some containers and CI images): otherwise every build of
    every tool compiles its modules anew, a tenth of a second or more that no user pays."""
    return {name: value for name, value in os.environ.items()
            if name != "PYTHONDONTWRITEBYTECODE"}


def page_paths(stories: list[Story], fmt: str) -> list[str]:
    """Return where each story's page lands in the output of the format's tool."""
    return [PAGE_PATHS[fmt].format(slug=story.slug) for story in stories]


def write_files(folder: Path, files: dict[str, str]) -> None:
    """Write text files into folder, making folders as needed."""
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def write_explainer(stories: list[Story], out: Path) -> None:
    """Write an explainer project: the repository's theme, site.yml and content/."""
    shutil.copytree(REPO / "templates", out / "templates")
    shutil.copytree(REPO / "static", out / "static")
    write_files(out, {"site.yml": "title: Explainers\n"})
    write_files(out / "content", {f"{s.slug}.md": explainer_file(s) for s in stories})


def write_pelican(stories: list[Story], out: Path) -> None:
    """Write a Pelican project: pelicanconf.py and content/ in Pelican's Markdown format."""
    write_files(out, {"pelicanconf.py": PELICAN_CONFIG})
    write_files(out / "content", {f"{s.slug}.md": pelican_file(s) for s in stories})


def write_mkdocs(stories: list[Story], out: Path) -> None:
    """Write a MkDocs project: mkdocs.yml, docs/index.md listing every explainer, the pages."""
    newest = sorted(stories, key=lambda s: (s.published, s.slug), reverse=True)
    index = "# Explainers\n\n" + "".join(f"- [{s.title}]({s.slug}.md), {s.published}\n"
                                         for s in newest)
    write_files(out, {"mkdocs.yml": MKDOCS_CONFIG})
    write_files(out / "docs", {"index.md": index}
                | {f"{s.slug}.md": front_matter_file(s) for s in stories})


def write_hugo(stories: list[Story], out: Path) -> None:
    """Write a Hugo site: hugo.toml, two bare layouts, content/explainers/."""
    write_files(out, {"hugo.toml": HUGO_CONFIG, "layouts/_default/single.html": HUGO_PAGE,
                      "layouts/_default/list.html": HUGO_LIST})
    write_files(out / "content" / "explainers",
                {f"{s.slug}.md": front_matter_file(s) for s in stories})


WRITERS: dict[str, Callable[[list[Story], Path], None]] = {
    "explainer": write_explainer, "pelican": write_pelican,
    "mkdocs": write_mkdocs, "hugo": write_hugo,
}


def main(argv: list[str] | None = None) -> int:
    """Write a corpus as the command line asks."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explainers", type=int, default=100, metavar="N",
                        help="how many explainers to write (default: 100)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the project to")
    parser.add_argument("--format", choices=FORMATS, default="explainer",
                        help="explainer (default), or plain Markdown for pelican, mkdocs, hugo")
    parser.add_argument("--corpus", choices=CORPORA, default="stories",
                        help="stories (default), or converted: news stories made explainers")
    parser.add_argument("--language", choices=(*TONGUES, "mixed"),
                        help="write the stories corpus in this language, or in several: "
                             f"mixed ({', '.join(MIXED)}); explainer's format only")
    parser.add_argument("--seed", type=int, default=1, help="seed of the stories (default: 1)")
    args = parser.parse_args(argv)
    if args.explainers < 1:
        parser.error("--explainers must be at least 1")
    if args.language and (args.format != "explainer" or args.corpus != "stories"):
        parser.error("--language writes the stories corpus in explainer's format only")
    stories = (generate_in(args.language, args.explainers, args.seed) if args.language
               else CORPORA[args.corpus](args.explainers, args.seed))
    site_language = "" if args.language in (None, "mixed") else args.language
    try:
        write_corpus(stories, args.out, args.format, site_language)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.explainers} explainer(s) in {args.format} format into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
