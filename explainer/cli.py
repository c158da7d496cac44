"""The command line: the only module that prints."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .arguments import parse_args
from .errors import (
    ContentError,
    ExplainerError,
    Problem,
    StrictWarnings,
    UsageError,
    fold_repeats,
    group_problems,
    join_files,
)

if TYPE_CHECKING:
    from .options import BuildOptions

def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except ExplainerError as exc:
        return report_error(exc)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug in explainer itself, never bad content
        return report_internal_error(exc, args.debug)


def report_error(exc: ExplainerError) -> int:
    """Print what is wrong with the input or the command line; return the exit code."""
    if isinstance(exc, StrictWarnings):
        print_problems(exc.problems, every=True)
        print(f"error: {len(group_problems(exc.problems))} warning(s), and --strict is on",
              file=sys.stderr)
        return 1
    if isinstance(exc, ContentError):
        print_problems(exc.problems, every=True)
        print(f"error: {exc.summary} found; nothing was written", file=sys.stderr)
        return 1
    print(f"error: {exc}", file=sys.stderr)
    return 2 if isinstance(exc, UsageError) else 1


def report_internal_error(exc: Exception, debug: bool) -> int:
    """Print a bug in explainer in one line, or with its traceback under --debug."""
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
    print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    if not debug:
        print("this is a bug in explainer, not a problem with your content; run again with "
              "--debug to see the traceback, and please report it", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Dispatch to the command; import only what the command needs."""
    if args.command == "new":
        return run_new(args)
    from .options import BuildOptions

    if args.root.exists() and not args.root.is_dir():
        raise UsageError(f"{args.root} is a file, not a project's folder (--root); name the "
                         "folder that holds content/ and site.yml")
    if not args.root.is_dir():
        raise UsageError(f"there is no folder {args.root} to build (--root); check the path, or "
                         f"start a project there with '{program()} new my-first-explainer "
                         f"--root {args.root}'")
    # An absolute root, so that `--root .` and `--root /full/path` share one build cache.
    options = BuildOptions(root=args.root.absolute(), output=output_of(args),
                           base_url=args.base_url,
                           drafts=args.drafts, strict=args.strict,
                           force=getattr(args, "force", False), jobs=getattr(args, "jobs", None))
    if args.command == "serve":
        from .serve.devserver import serve

        return serve(options, host=args.host, port=args.port, write=args.output is not None,
                     say=say, show=print_problems)
    return (run_check if args.command == "check" else run_build)(options)


def run_new(args: argparse.Namespace) -> int:
    """Write a draft named by the slug or the title given, dated by the site's day."""
    from .content.scaffold import draft_name, taken, write_new_explainer
    from .options import BuildOptions, build_time
    from .site.assemble import RESERVED_PAGES
    from .site.config import load_config

    config = load_config(args.root)
    slug, title = draft_name(args.name, args.language or config.language)
    reserved = RESERVED_PAGES.get(f"{slug}.html")
    if reserved is not None:
        raise taken(f"'{slug}' would make {slug}.html, "
                    f"{reserved.format(folder='the site')}", slug, title)
    path = write_new_explainer(args.root, slug, title=title,
                               today=build_time(BuildOptions(args.root, args.root),
                                                os.environ).today(config.zone),
                               site_language=config.language, language=args.language)
    root = "" if args.root.resolve() == Path.cwd().resolve() else f" --root {args.root}"
    print(f"wrote {path}; edit it, then run '{program()} serve --drafts{root}' to preview it")
    say_english_draft(args.root, args.language or config.language)
    return 0


def program() -> str:
    """Return the command that ran explainer, as a hint should repeat it: `python build.py`
    from build.py's folder, build.py's path as typed from another, `explainer` from pip's."""
    ran = Path(sys.argv[0])
    if ran.suffix != ".py":
        return "explainer"
    if ran.resolve() == (Path.cwd() / ran.name).resolve():
        return f"python {ran.name}"
    return f"python {shlex.quote(str(ran))}"


def say_english_draft(root: Path, language: str) -> None:
    """Say that a draft in a language explainer has no words for has English placeholders,
    and, without a table of the project's, that its pages show English words."""
    from .content.languages import canonical_tag, english_name, words_tags
    from .inputs import STRINGS
    from .site.strings import drafts_in_english

    language = canonical_tag(language)
    if not drafts_in_english(language):
        return
    name = english_name(language)
    own = any((root / STRINGS / f"{tag}.yml").is_file() for tag in words_tags(language))
    pages = "" if own else (f"; pages in {language} show English words until you add "
                            f"{STRINGS}/{language}.yml (docs/languages.md says how)")
    print(f"note: explainer has no words for drafts in {name} ('{language}'): the draft's "
          f"placeholders are in English\n  hint: write over them in {name}{pages}",
          file=sys.stderr)


def run_check(options: BuildOptions) -> int:
    """Validate and render everything; say how much there is."""
    from .recipe import build, check_tools

    result = build(options, check_tools())
    print_problems(list(result.warnings), every=True)
    print(f"checked {result.explainers} explainer(s), {result.files} file(s)"
          f"{remarks(group_problems(list(result.warnings)), result.left_out)}")
    return 0


def run_build(options: BuildOptions) -> int:
    """Build the site; say what was done."""
    from .recipe import build, build_tools

    started = time.perf_counter()
    with ProgressLine(sys.stderr) as progress:
        result = build(options, build_tools(options, progress))
    print_problems(list(result.warnings))
    if result.replayed:
        how = "nothing changed since the last build" if not result.written.written else \
            "nothing changed since the last build: its files came back from the cache"
    else:
        kept = ", the rest from the cache" if result.rendered < result.pages else ""
        how = (f"{result.read} explainer file(s) read, {result.rendered} page(s) rendered"
               f"{kept}{on(result.processes)}")
    print(f"built {result.explainers} explainer(s) into {options.output}: {result.files} "
          f"file(s), {result.written.written} written, {result.written.unchanged} unchanged "
          f"({how}), in {time.perf_counter() - started:.2f} s"
          f"{remarks(group_problems(list(result.warnings)), result.left_out)}")
    return 0


def on(processes: int) -> str:
    """Say how many processes shared the work, if more than one."""
    return f"; on {processes} processes" if processes > 1 else ""


def remarks(problems: Sequence[Problem], left_out: int) -> str:
    """Return the end of a summary line: warnings, notes, and explainers left out."""
    warnings = sum(problem.severity == "warning" for problem in problems)
    notes = len(problems) - warnings
    said = f", {warnings} warning(s)" if warnings else ""
    said += f", {notes} note(s)" if notes else ""
    if left_out:
        said += (f", {left_out} draft or future-dated explainer(s) left out "
                 "(--drafts shows them)")
    return said


class ProgressLine:
    """Show how far a long build has got on one line of a terminal; silent when not a terminal.

    Nothing is shown in the first half second, so quick builds print only their summary.
    """

    DELAY = 0.5
    EVERY = 0.1

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.shown = 0.0
        self.active = stream.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self.clock()
        if not self.active or now - self.started < self.DELAY or \
                (now - self.shown < self.EVERY and done < total):
            return
        self.shown = now
        self.stream.write(f"\r\x1b[K{stage}: {done}/{total}, {now - self.started:.1f} s")
        self.stream.flush()

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *_: object) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")  # the summary or the errors take the line
            self.stream.flush()


def output_of(args: argparse.Namespace) -> Path:
    """Return the output folder: --output, or public/ in the project."""
    output = getattr(args, "output", None)
    return output if output is not None else args.root / "public"


def say(text: str) -> None:
    """Print a line at once, also when stdout is a pipe (the dev server talks while it runs)."""
    print(text, flush=True)


def print_problems(problems: list[Problem], every: bool = False) -> None:
    """Print problems to stderr, errors and warnings alike, in file order, each mistake once;
    the same mistake in several files once, naming its other places; a warning or note made
    in many files is shown for a few and counted (a warning shown in every file where `every`
    is asked)."""
    grouped = join_files(group_problems(problems), every)
    for problem in fold_repeats(grouped, ("note",) if every else ("warning", "note")):
        print(problem.render(), file=sys.stderr)
