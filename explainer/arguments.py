"""The command line's words: its commands and options, in any order, and its help."""

from __future__ import annotations

import argparse
import difflib
from pathlib import Path
from typing import Any

from .content.languages import LANGUAGE, canonical_tag, cldr_locale, tag_meant

COMMANDS = ("build", "check", "serve", "new")
DESCRIPTION = """\
Build a static site of news explainers from content/*.md (YAML-tagged sections)
with the Jinja templates in templates/ and the files in static/.

commands:
  build      build the site into public/ (the default when no command is given)
  check      validate every explainer and template; write nothing
  serve      build, serve on http://127.0.0.1:8000 and rebuild on every change
  new TITLE  write content/<slug>.md, a draft with every section kind but image and embed
"""
USAGE = "%(prog)s [-h] [COMMAND] [OPTION ...]"
EPILOG = """\
Options go after the command or before it: 'build.py --root site new my-story'.
'build.py COMMAND --help' lists a command's options.
"""


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Parse the command line; with no command, 'build' is meant. A mistake is reported by
    the command it was made with, as `build.py check: error: ...`, and exits with 2."""
    parser, valued, commands = make_parser()
    argv = command_first(argv, valued)
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        parser.error(unknown_command(argv[0]))
    if not argv or argv[0] not in (*COMMANDS, "-h", "--help"):
        argv = ["build", *argv]
    args, extra = parser.parse_known_args(argv)
    if extra:
        commands[args.command].error(f"unrecognized arguments: {' '.join(extra)} "
                                     f"('build.py {args.command} --help' lists its options)")
    return args


def unknown_command(word: str) -> str:
    """Say that a word in the command's place is no command, with the one it looks like."""
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    meant = f" (did you mean '{close[0]}'?)" if close else ""
    return (f"unknown command '{word}'{meant}; the commands are "
            f"{', '.join(COMMANDS[:-1])} and {COMMANDS[-1]}")


def command_first(argv: list[str], valued: frozenset[str]) -> list[str]:
    """Move the options given before the command after it, as Hugo and git take them on
    either side (`--root site new my-story`); `valued` names the options that take a value."""
    index = 0
    while index < len(argv) and argv[index].startswith("-") and argv[index] != "--":
        index += 2 if argv[index] in valued else 1
    if index == 0 or index >= len(argv) or argv[index] not in COMMANDS:
        return argv
    return [argv[index], *argv[:index], *argv[index + 1:]]


def make_parser() -> tuple[argparse.ArgumentParser, frozenset[str],
                           dict[str, argparse.ArgumentParser]]:
    """Return the parser of the command line, the options that take a value, and each
    command's parser."""
    parser = argparse.ArgumentParser(prog="build.py", description=DESCRIPTION, allow_abbrev=False,
                                     usage=USAGE, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="build.py")
    valued: set[str] = set()
    for name, help_text in (("build", "build the site"), ("check", "validate; write nothing"),
                            ("serve", "preview with live reload")):
        add_site_command(commands.add_parser(name, help=help_text, description=help_text,
                                             allow_abbrev=False), name, valued)
    new = commands.add_parser("new", help="write a new draft explainer", allow_abbrev=False,
                              description="write content/<slug>.md, a draft with every "
                              "section kind but image and embed, named by its title or its slug")
    new.add_argument("name", metavar="TITLE", help="the new explainer's title, e.g. \"Haiti "
                     "police mission\", or its slug, e.g. haiti-police-mission")
    add_option(new, valued, "--root", type=Path, default=Path("."),
               help="project folder (default: the current folder)")
    add_option(new, valued, "--language", type=language_tag, default=None, metavar="TAG",
               help="the language the draft is written in, e.g. fr or pt-BR (default: the "
               "site's)")
    add_debug(new, valued)
    return parser, frozenset(valued), {name: commands.choices[name] for name in COMMANDS}


def add_option(parser: argparse.ArgumentParser, valued: set[str], *names: str,
               **settings: Any) -> None:
    """Add an option to a parser, noting its names in `valued` unless it is a flag (an action)."""
    parser.add_argument(*names, **settings)
    if "action" not in settings:
        valued.update(names)


def add_site_command(sub: argparse.ArgumentParser, name: str, valued: set[str]) -> None:
    """Add the options of build, check or serve, noting in `valued` those that take a value."""
    add_common(sub, valued)
    if name == "build":
        add_option(sub, valued, "-j", "--jobs", type=jobs_count, default=None, metavar="N",
                   help="use N processes (default: every core when the site is big enough to "
                   "gain from it; 1: one process)")
    if name != "check":
        add_option(sub, valued, "-o", "--output", type=Path, default=None,
                   help="output folder (default: public/ in the project)" if name == "build"
                   else "also write every good build to this folder (default: none; the "
                   "preview is served from memory)")
        add_option(sub, valued, "--force", action="store_true",
                   help="replace the output folder even if it is not a previous build")
    if name == "serve":
        add_option(sub, valued, "--host", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
        add_option(sub, valued, "--port", type=int, default=8000, help="port (default: 8000)")


def add_common(parser: argparse.ArgumentParser, valued: set[str]) -> None:
    """Add the options build, check and serve share."""
    add_option(parser, valued, "--root", type=Path, default=Path("."),
               help="project folder holding content/, templates/ and static/ "
               "(default: the current folder)")
    add_option(parser, valued, "--base-url", default=None,
               help="public address of the site, e.g. https://example.org/news/ "
               "(overrides site.yml)")
    add_option(parser, valued, "--drafts", action="store_true",
               help="include drafts and explainers dated after today")
    add_option(parser, valued, "--strict", action="store_true", help="fail on warnings")
    add_debug(parser, valued)


def add_debug(parser: argparse.ArgumentParser, valued: set[str]) -> None:
    """Add --debug, which shows the traceback of an internal error."""
    add_option(parser, valued, "--debug", action="store_true",
               help="show the Python traceback of an internal error (a bug in explainer)")


def language_tag(text: str) -> str:
    """Parse --language: a language tag CLDR knows, written in its usual case."""
    meant = tag_meant(text)  # fr_FR, French; gr (Greece's code), deu (de's three letters)
    if not LANGUAGE.fullmatch(text):
        raise argparse.ArgumentTypeError(
            f"expected a language tag such as en or fr-CA, found '{text}'" +
            (f"; write its tag: --language {meant[0]}" if meant else ""))
    if meant is not None and meant[1]:
        raise argparse.ArgumentTypeError(f"{meant[1]}; write its tag: --language {meant[0]}")
    if cldr_locale(text) is None:
        raise argparse.ArgumentTypeError(
            f"'{text}' names no language CLDR knows; check the tag (docs/languages.md lists "
            "the languages with a strings table)")
    return canonical_tag(text)


def jobs_count(text: str) -> int:
    """Parse --jobs: a whole number of processes, at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, at least 1, "
                                         f"found '{text}'")
    return int(text)
