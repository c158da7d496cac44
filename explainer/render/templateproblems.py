"""Template mistakes as problems an author can act on: the template's file, its line and a fix.

A mistake is reported at the line of the template that made it: the line of an `{% include %}`
of a template that is not there, of an `asset()` of a file that is not there, of an override
that extends itself. Only what Jinja or a template raised is blamed on a template; anything
else is a bug in explainer.
"""

from __future__ import annotations

import difflib
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

import jinja2

from ..content.encodings import utf8_text
from ..errors import Problem, line_at
from ..inputs import OVERRIDES, SHIPPED, THEME
from .assets import HASHED_TYPES

JINJA = Path(jinja2.__file__).resolve().parent
THEME_PREFIX = "theme/"  # names a shipped template, for an override that builds on it
Display = Callable[[str], str]  # a template file's path as the author knows it
# Jinja's words for an attribute an object has not, the object named by its class's full path.
NO_ATTRIBUTE = re.compile(r"'(?P<path>[\w.]+) object' has no attribute '(?P<name>\w+)'")


class MissingAsset(jinja2.TemplateRuntimeError):
    """asset() asked for a stylesheet or script that static/ does not hold."""

    hint = "add the file to static/ (or overrides/static/), or fix the name"


class TextLoader(jinja2.FileSystemLoader):
    """Jinja's loader of template files, which reports a file that is not UTF-8 at its byte."""

    def __init__(self, searchpath: list[str], root: Path) -> None:
        super().__init__(searchpath)
        self.root = root

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        """Return a template's source; raise ContentError at a file's first byte not UTF-8."""
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError:
            pieces = jinja2.loaders.split_template_path(template)
            for folder in self.searchpath:
                path = Path(folder, *pieces)
                if path.is_file():
                    utf8_text(path.read_bytes(), project_path(str(path), self.root))
            raise


def project_path(filename: str, root: Path) -> str:
    """Return a template file's path relative to the project, or explainer's for its own."""
    path = Path(filename).resolve()
    for folder, prefix in ((root.resolve(), ""), (SHIPPED, THEME)):
        if path.is_relative_to(folder):
            return prefix + str(path.relative_to(folder))
    return filename


def missing_asset(name: str) -> MissingAsset:
    """Return the error of an asset() that names no stylesheet or script of the site: a
    missing one, or a file of another kind (a picture), which rel() links."""
    if name.lower().endswith(HASHED_TYPES):
        return MissingAsset(f"asset('{name}'): there is no stylesheet or script static/{name}")
    error = MissingAsset(f"asset('{name}'): asset() names stylesheets and scripts (.css, .js), "
                         "which the site gives content-hashed names; other files keep theirs")
    error.hint = f"link it with rel('{name}')"
    return error


def template_line(exc: BaseException, dirs: list[Path]) -> tuple[str, int, bool] | None:
    """Return the file and line of the innermost template in a traceback, and whether the
    exception was raised there or by Jinja on its behalf; None if no template is in it.

    For a template that includes or extends itself without end, the line is the one that
    comes back most often: the include or extends that does it.
    """
    frames = [(frame.f_code.co_filename, line)
              for frame, line in traceback.walk_tb(exc.__traceback__)]
    located = [(name, line) for name, line in frames if not name.endswith(".py")
               and any(Path(name).resolve().is_relative_to(d) for d in dirs)]
    if not located:
        return None
    raised_there = frames[-1] == located[-1] or Path(frames[-1][0]).resolve().is_relative_to(JINJA)
    name, line = Counter(located).most_common(1)[0][0] if isinstance(exc, RecursionError) \
        else located[-1]
    return name, line, raised_there


def located(filename: str, line: int, display: Display, message: str, hint: str) -> Problem:
    """Return a problem at a template's line, with the line itself."""
    lines = Path(filename).read_text(encoding="utf-8").split("\n")
    return Problem(display(filename), line, None, message, hint,
                   line_at(lines, line))


def runtime_problem(exc: Exception, page: str, dirs: list[Path],
                    display: Display) -> Problem | None:
    """Locate an error raised while rendering in the template line that caused it."""
    where = template_line(exc, dirs)
    if where is None:
        return None
    filename, line, raised_there = where
    if isinstance(exc, RecursionError):
        name = display(filename).split("templates/", 1)[-1]
        return located(filename, line, display, f"template error while rendering {page}: the "
                       "template includes or extends itself, without end",
                       f"to build on the shipped template of the same name, name it with the "
                       f"'{THEME_PREFIX}' prefix: \"{THEME_PREFIX}{name}\"")
    if not (isinstance(exc, jinja2.TemplateError) or raised_there):
        return None
    message = (exc.message or str(exc)) if isinstance(exc, jinja2.TemplateError) else \
        f"{type(exc).__name__}: {exc}"
    message, attribute_hint = without_class_path(message)
    hint = getattr(exc, "hint", None) or attribute_hint or (
        "check the variable's name against the template reference in docs/templates.md"
        if isinstance(exc, jinja2.UndefinedError) else "fix the expression on this line")
    return located(filename, line, display, f"template error while rendering {page}: {message}",
                   hint)


def without_class_path(message: str) -> tuple[str, str | None]:
    """Return Jinja's message of an attribute an object lacks in an author's words ("a Config
    has no attribute 'titel'", not "'explainer.content.model.Config object' ..."), and a hint
    naming the attribute meant, or those it has; other messages as they are."""
    found = NO_ATTRIBUTE.fullmatch(message)
    if found is None:
        return message, None
    module, _, name = found["path"].rpartition(".")
    kind = getattr(sys.modules.get(module), name, None) if module else None
    kind = getattr(kind, "stands_for", kind)  # a stand-in, by what it stands for
    if isinstance(kind, type) and issubclass(kind, Mapping):  # `extra:`, which varies
        return missing_field(found["name"])
    name = getattr(kind, "__name__", name)
    known = sorted(each for each in dir(kind) if not each.startswith("_")
                   and each != "stands_for") if kind else []
    close = difflib.get_close_matches(found["name"], known, n=1)
    hint = f"did you mean '{close[0]}'?" if close else \
        f"a {name} has {', '.join(known)}" if known else None
    return f"a {name} has no attribute '{found['name']}'", hint


def missing_field(name: str) -> tuple[str, str]:
    """Return the message and hint for a field of `extra:` that the explainer (or site.yml)
    being rendered does not give, as others may."""
    return (f"'extra' has no field '{name}' here", f"to show it where it is given, test it: "
            f"{{% if explainer.extra.{name} is defined %}}, or give a default: "
            f"explainer.extra.get('{name}', '')")


def not_found_problem(exc: jinja2.TemplateNotFound, page: str, dirs: list[Path],
                      display: Display) -> Problem:
    """Report a template that is not there, at the line that asks for it if a template does."""
    name = exc.name if isinstance(exc.name, str) else str(exc.name)
    if name.startswith(THEME_PREFIX):
        hint = (f"'{THEME_PREFIX}' names the shipped templates, and there is no "
                f"templates/{name.removeprefix(THEME_PREFIX)} among them: check the name")
    else:
        hint = f"add templates/{name} or {OVERRIDES}/templates/{name}, or fix the name"
    message = f"template '{name}' not found"
    where = template_line(exc, dirs)
    if where is None:
        return Problem("templates", None, None, message, hint)
    return located(where[0], where[1], display, f"template error while rendering {page}: "
                   f"{message}", hint)
