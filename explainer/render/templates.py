"""Render the site model with Jinja templates: strict, autoescaped, overridable."""

from __future__ import annotations

import contextlib
import functools
import pickle
import posixpath
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
from jinja2.runtime import Context

from ..content.text.autolink import breakable_address
from ..content.text.punctuation import opening_mark
from ..errors import ContentError, Problem, line_at
from ..inputs import TEMPLATE_FOLDERS, THEME, folder_path, uses_shipped_theme
from ..site.links import relative_to, url_label
from ..site.pieceheights import piece_height
from ..site.serialise import paragraphs
from .helpers import (
    author_link,
    badge_adds,
    country_map,
    group_class,
    language_of,
    long_figure,
    map_circles,
    map_key,
    tag_url,
    text_dir,
)
from .templateproblems import (
    THEME_PREFIX,
    TextLoader,
    missing_asset,
    not_found_problem,
    project_path,
    runtime_problem,
)
from .wording import add_word_helpers

# What loading a compiled template damaged on disk raises: it is then compiled again.
DAMAGED = (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError)


def template_dirs(root: Path, folders: tuple[str, ...] = TEMPLATE_FOLDERS) -> list[Path]:
    """Return the template folders there are, the user's overrides first, explainer's own
    theme last."""
    shipped = uses_shipped_theme(root)
    return [folder_path(root, folder) for folder in folders
            if (shipped or not folder.startswith(THEME)) and folder_path(root, folder).is_dir()]


def make_environment(root: Path, compiled: Path | None = None) -> jinja2.Environment:
    """Make the Jinja environment: overrides, then the theme, and 'theme/...' for the original.

    Templates compiled once are kept in the folder `compiled`, if given, for the next builds;
    Jinja compiles a template again when its source changes.
    """
    # The theme: the template folders but the overrides (the project's templates/, laid over
    # explainer's own).
    theme = TextLoader([str(d) for d in template_dirs(root, TEMPLATE_FOLDERS[1:])]
                       or [str(root / "templates")], root)
    loader = CheckedOncePerPass(jinja2.ChoiceLoader([
        TextLoader([str(d) for d in template_dirs(root)], root),
        # "theme/base.html" names the theme's own base.html, the prefix problems name too.
        jinja2.PrefixLoader({THEME_PREFIX.removesuffix("/"): theme}, delimiter="/"),
    ]))
    bytecode = CompiledTemplates(str(compiled)) if compiled is not None else None
    # cache_size=-1: a plain dict of templates; Jinja's default is a locked LRU list consulted
    # for every include, and a site has a few dozen templates at most.
    env = SiteEnvironment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                          trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                          bytecode_cache=bytecode, cache_size=-1)
    env.used = set()
    env.globals.update(country_map=country_map, map_key=map_key, map_circles=map_circles,
                       group_class=group_class, badge_adds=badge_adds, long_figure=long_figure,
                       tag_url=tag_url, text_dir=text_dir, language_of=language_of,
                       opening_mark=opening_mark)
    env.filters.update(
        url_label=url_label, author_link=author_link,
        address_breaks=lambda text: markupsafe.Markup(breakable_address(str(markupsafe.escape(
            text)))),
        embed_code=lambda piece, explainer: piece.code(piece_height(piece.kind, explainer)),
        paragraphs=lambda html: markupsafe.Markup(paragraphs(html)))
    add_word_helpers(env)
    return env


class SiteEnvironment(jinja2.Environment):
    """Jinja's environment, with the globals set before any template is loaded.

    `used` holds the files of the templates asked for since it was last emptied, in this
    thread: the preview may render a page on demand while another thread writes its output.
    """

    def __init__(self, **options: Any) -> None:
        self.local = threading.local()
        super().__init__(**options)

    @property
    def used(self) -> set[str]:
        """Return the files of the templates this thread asked for."""
        try:
            return self.local.used  # type: ignore[no-any-return]
        except AttributeError:
            self.local.used = set()
            return self.local.used  # type: ignore[no-any-return]

    @used.setter
    def used(self, files: set[str]) -> None:
        self.local.used = files

    def get_template(self, name: str | jinja2.Template, parent: str | None = None,
                     globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        """Return a template, noting its file: a page depends on every template it used."""
        template = super().get_template(name, parent, globals)
        if template.filename:
            self.used.add(template.filename)
        return template

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """Return a template's globals: the environment's, then the template's own."""
        # Jinja chains them (a ChainMap, so that globals added later show) and makes a set of
        # that chain for every include, a few dozen per page; ours never change once loading
        # starts, so one flat dict per template does, a third quicker per include.
        return {**self.globals, **(d or {})}


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's store of compiled templates, taking a damaged file for a missing one.

    A store that cannot be read or written (its folder deleted while a build runs, a full
    disk) makes the build slower, never wrong.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Load a template's code if its file is whole; else Jinja compiles it again."""
        try:
            super().load_bytecode(bucket)
        except (*DAMAGED, OSError):
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        """Keep a template's code for the next build, if the store can take it."""
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class CheckedOncePerPass(jinja2.BaseLoader):
    """Load templates with another loader; look for changes to a template once per pass.

    Jinja asks whether a template's file changed each time the template is used, so that an
    edited template is picked up: a stat for every include, and still a dozen per page if
    made once per page. A build reads each template once; the preview starts a new pass for
    each rebuild (Renderer.look_again()), so that it picks up an edited template. The
    templates loaded hand on their output whole (see whole()).
    """

    def __init__(self, loader: jinja2.BaseLoader) -> None:
        self.loader = loader
        self.passes = 0  # counts the passes begun; Renderer.look_again() moves it on

    def load(self, environment: jinja2.Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> jinja2.Template:
        """Load a template that hands on its output whole rather than piece by piece."""
        template = super().load(environment, name, globals)
        template.root_render_func = whole(template.root_render_func)
        return template

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        """Return the other loader's source, with an up-to-date check made once per pass."""
        source, filename, uptodate = self.loader.get_source(environment, template)
        if uptodate is None:
            return source, filename, None
        checked = self.passes

        def checked_uptodate() -> bool:
            nonlocal checked
            if checked != self.passes:
                if not uptodate():
                    return False
                checked = self.passes
            return True

        return source, filename, checked_uptodate

    def list_templates(self) -> list[str]:
        """List the other loader's templates."""
        return self.loader.list_templates()


def whole(render: Callable[[Context], Iterator[str]]) -> Callable[[Context], Iterator[str]]:
    """Return a template's render function that yields the template's output as one string."""
    # An include passes the output of the template it includes on piece by piece, in a loop
    # of Python at every level of includes; a page has a thousand pieces, most of them in
    # partials. Joined first, the output takes one turn of those loops per include.
    def render_whole(context: Context) -> Iterator[str]:
        yield "".join(render(context))

    return render_whole


class Renderer:
    """Render pages to bytes; template problems become ContentErrors naming the template."""

    def __init__(self, root: Path, compiled: Path | None = None) -> None:
        self.root = root
        self.env = make_environment(root, compiled)
        self.relatives: dict[str, str] = {}

    def render(self, template: str, path: str, assets: Mapping[str, str],
               absolute: str | None = None, **context: Any) -> tuple[bytes, tuple[str, ...]]:
        """Render one page, whose site path is path, with the given objects.

        Return the page and the template files it used (relative to the project). Links are
        relative to the page, or prefixed with `absolute` (the base URL) for pages a host may
        serve at any address, such as the 404 page. `assets` gives the content-hashed name of
        each stylesheet and script.
        """
        rel: Callable[[str], str] = (lambda target: absolute + target) if absolute \
            else functools.partial(relative_to, posixpath.dirname(path) or ".")

        def asset(name: str) -> str:
            if name not in assets:
                raise missing_asset(name)
            return rel(assets[name])

        self.env.used = set()
        try:
            html = self.env.get_template(template).render(page_path=path, rel=rel, asset=asset,
                                                          **context)
        except jinja2.TemplateSyntaxError as exc:
            lines = (exc.source or "").split("\n")
            raise ContentError([Problem(self.display(exc.filename, exc.name), exc.lineno, None,
                                        f"template syntax error: {exc.message}",
                                        "fix the template tag on this line",
                                        line_at(lines, exc.lineno))]) from None
        except jinja2.TemplateNotFound as exc:
            raise ContentError([not_found_problem(exc, path, self.dirs(), self.relative)]) \
                from None
        except ContentError:
            raise  # a template file that is not UTF-8 text
        except Exception as exc:
            problem = runtime_problem(exc, path, self.dirs(), self.relative)
            if problem is None:
                raise  # a bug in explainer's own code, not in a template
            raise ContentError([problem]) from None
        return html.encode("utf-8"), tuple(sorted(map(self.relative, self.env.used)))

    def relative(self, filename: str) -> str:
        """Return a template file's path relative to the project (worked out once per file)."""
        known = self.relatives.get(filename)
        if known is None:
            known = self.relatives[filename] = self.display(filename, None)
        return known

    def look_again(self) -> None:
        """Have each template's file looked at again when next used, for edits since."""
        self.env.loader.passes += 1  # type: ignore[union-attr]

    def dirs(self) -> list[Path]:
        """Return the template folders, resolved, to tell templates' frames from code's."""
        return [d.resolve() for d in template_dirs(self.root)]

    def display(self, filename: str | None, name: str | None) -> str:
        """Return a template's path relative to the project when possible."""
        return project_path(filename, self.root) if filename else f"templates/{name}"
