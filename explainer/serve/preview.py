"""What the dev server shows: the last good build, or the error that stops the next one."""

from __future__ import annotations

import mimetypes
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from importlib.resources import files as package_files
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, unquote

import jinja2

from ..errors import ContentError, ExplainerError, Problem, StrictWarnings, group_problems
from ..inputs import OVERRIDES, Inputs
from ..options import BuildOptions
from ..recipe import BuildResult, build, preview_tools
from ..render.memory import MemoryWriter
from ..render.output import write_site
from .watch import Changes, Contents, Inotify, restamp
from .wording import counted, describe, report

HTML = "text/html; charset=utf-8"
RECHECK_S = 0.05
RETRIES = 2
LIVE_SUFFIXES = (".css", ".png", ".jpg", ".jpeg", ".gif")  # livereload.js swaps these in place
STRAYS = 100


class Answer(NamedTuple):
    """What the server answers to a request."""

    status: int
    content_type: str
    body: bytes
    location: str | None = None
    cache: str = "no-cache"


class Preview:
    """The served site, rebuilt when its sources change; browsers are told through notify."""

    def __init__(self, options: BuildOptions, say: Callable[[str], None],
                 show: Callable[[list[Problem], bool], None],
                 notify: Callable[[list[str] | None], None],
                 output: Path | None = None, notifier: Inotify | None = None) -> None:
        self.options = options
        # The generation each page was last served in, the least recent first: the site's pages
        # and at most STRAYS others, so that requests for made-up addresses take no memory.
        # After an edit, the pages never served are made when first asked for.
        self.served: OrderedDict[str, int] = OrderedDict()
        self.tools = preview_tools(self.served)
        self.say = say
        self.show = show
        self.notify = notify
        self.notifier = notifier
        self.inputs = self.look()  # as the last build was given them
        self.contents = Contents(self.inputs)
        self.files: Mapping[str, bytes] = {}
        self.assets: Mapping[str, str] = {}
        self.superseded: dict[str, str] = {}
        self.hashed: set[str] = set()
        self.error: bytes | None = None
        self.warned: frozenset[Problem] = frozenset()  # the last good build's warnings
        self.unmade_paths: set[str] = set()  # files made on demand that failed when asked for
        self.generation = 0
        # The generation in which each page, or every page (None), was last reloaded.
        self.reloaded: dict[str | None, int] = {}
        # The pages that asked for each other file (by their Referer): a page whose script
        # fetched a file (the search page, its index) is reloaded when that file changes.
        self.loaded_by: dict[str, set[str]] = {}
        self.template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined) \
            .from_string((package_files("explainer") / "data" / "preview.html").read_text("utf-8"))
        self.output = output
        self.writer = ThreadPoolExecutor(max_workers=1) if output else None

    def start(self) -> None:
        """Build the whole site for the first time."""
        self.update(None, time.perf_counter())

    def poll(self, changes: Changes | None = None) -> None:
        """Rebuild if a source's bytes changed since the last build (looking at the files changes
        names, if any, else at every input)."""
        started = time.perf_counter()
        looked = None if changes is None else restamp(self.inputs, changes)
        self.inputs, changed = self.contents.compare(self.inputs, looked or self.look())
        if changed:
            self.update(changed, started)

    def look(self) -> Inputs:
        """Look at every input file, watching every folder looked into."""
        inputs = Inputs.scan(self.options.root)
        if self.notifier is not None:
            self.notifier.watch({str(inputs.root), *inputs.folders})
        return inputs

    def update(self, changed: set[str] | None, started: float) -> None:
        """Rebuild after changed (everything if None), swap the result in and reload browsers."""
        for attempt in range(RETRIES + 1):
            try:
                result = self.rebuild(changed)
                break
            except ExplainerError as exc:
                more = self.recheck() if changed is not None and attempt < RETRIES else set()
                if not more:
                    self.fail(exc, changed)
                    return
                changed = (changed or set()) | more
        assert isinstance(self.tools.writer, MemoryWriter)
        files, modified = self.tools.writer.files, self.tools.writer.modified
        recovered = self.error is not None
        self.superseded.update({old: name for name, old in self.assets.items()
                                if result.assets.get(name) != old})
        self.files, self.assets, self.error = files, result.assets, None
        self.hashed = set(result.assets.values())
        # The warnings of the files that changed, and any other the change brought about (a
        # renamed explainer leaves its translation's key pointing at nothing).
        self.show([p for p in result.warnings if changed is None or p.path in changed
                   or p not in self.warned], False)
        self.warned = frozenset(result.warnings)
        self.say(report(changed, result, len(files), len(modified), started))
        unmade, self.unmade_paths = sorted(self.unmade_paths), set()  # may be fixed now
        if recovered:
            self.reload(None)
        elif changed is not None and (modified or unmade):
            self.tell(changed, {*modified, *unmade})
        if self.writer is not None and self.output is not None:
            self.writer.submit(write_site, files, self.output) \
                .add_done_callback(self.written)

    def rebuild(self, changed: set[str] | None) -> BuildResult:
        """Build from the inputs as last looked at (after changed; every file if None); a file
        saved again since it was hashed, which the build may have read anew, is taken as changed
        at the next look."""
        try:
            return build(self.options, self.tools, self.inputs)
        finally:
            self.contents.forget_moved(self.inputs,
                                       self.inputs.stamps if changed is None else changed)

    def recheck(self) -> set[str]:
        """Look again after a pause; return what changed since the last look."""
        # A failed build may have read a file that was still being saved (a truncation, then a
        # write): blame the file only if it stays as it is.
        time.sleep(RECHECK_S)
        self.inputs, changed = self.contents.compare(self.inputs, self.look())
        return changed

    def fail(self, exc: ExplainerError, changed: set[str] | None) -> None:
        """Show the error in the terminal, and in the browser until the next good build."""
        problems = group_problems(exc.problems) \
            if isinstance(exc, ContentError | StrictWarnings) else []
        self.show(list(problems), True)  # what failed the build: every one
        what = "the first build" if changed is None else describe(changed)
        self.say(f"{what}: build failed ({counted(exc)}); the browser shows the error until it "
                 "is fixed")
        lead = ("Fix what is listed below and save: the preview reloads by itself. Until then "
                "every page shows this message.") if problems else str(exc)
        page = self.page("The site could not be built", lead, problems)
        if page != self.error:
            self.error = page
            self.reload(None)

    def restyled(self, changed: set[str]) -> list[str]:
        """Return the changed stylesheets and images if nothing else changed, else nothing."""
        sources = [path.removeprefix(f"{OVERRIDES}/") for path in changed]
        names = [source.removeprefix("static/") for source in sources]
        if all(s.startswith("static/") for s in sources) \
                and all(name.lower().endswith(LIVE_SUFFIXES) for name in names):
            return sorted(self.assets.get(name, name) for name in names)
        return []

    def tell(self, changed: set[str], paths: set[str]) -> None:
        """Tell browsers what a good build after changed made anew: the stylesheets and images
        to swap in, and the pages to reload."""
        live = self.restyled(changed)
        pages = self.affected(paths)
        if live:
            self.reload(live)
        # A picture that a section shows is put in its page under a new name: reload the page.
        # Every page names a stylesheet anew too, and has it swapped in instead.
        if pages and not (live and all(name.lower().endswith(".css") for name in live)):
            self.reload(pages)

    def affected(self, paths: set[str]) -> list[str]:
        """Return the pages among paths, and those that loaded any other file among them."""
        pages = {path for path in paths if is_page(path)}
        return sorted(pages.union(*(self.loaded_by.get(path, ()) for path in paths - pages)))

    def reload(self, paths: list[str] | None) -> None:
        """Start a new generation of the site and tell browsers what changed: these pages, or
        stylesheets and images to swap in (every page if None)."""
        self.generation += 1
        if paths is None or not all(path.lower().endswith(LIVE_SUFFIXES) for path in paths):
            self.reloaded.update(dict.fromkeys(paths or [None], self.generation))
        self.notify(paths)

    def missed_reload(self, url_path: str) -> bool:
        """Tell whether the page at url_path, open in a browser, was served before a reload of
        it was sent; count it as shown, so that its changes are rendered at once."""
        name = site_path(unquote(url_path).lstrip("/"))
        last = max(self.reloaded.get(name, -1), self.reloaded.get(None, -1))
        # A page served by an earlier run of the preview, whose browser has connected again.
        return self.served.setdefault(name, self.generation) < last

    def response(self, path: str, asked_from: str | None = None) -> Answer:
        """Return what answers a request for a site path, made by the page at the URL path
        asked_from (if known)."""
        name = site_path(path)
        if not is_page(name) and asked_from is not None and name in self.files:
            self.loaded_by.setdefault(name, set()).add(site_path(asked_from.lstrip("/")))
        if is_page(name):
            self.served[name] = self.generation
            self.served.move_to_end(name)
            while len(self.served) > len(self.files) + STRAYS:
                self.served.popitem(last=False)
        if self.error is not None and is_page(name):
            return Answer(500, HTML, self.error)
        try:
            data = self.files.get(name)  # a file made on demand is made now
        except ExplainerError as exc:
            return self.unmade(name, exc)
        if data is not None and name in self.hashed:
            # Named by content: a browser may keep it, and reloads need not ask again.
            return Answer(200, content_type(name), data, cache="max-age=31536000, immutable")
        if data is not None:
            return Answer(200, content_type(name), data)
        if f"{name}/index.html" in self.files:
            # A folder asked for without its slash: static hosts send the browser on to the
            # folder's address, from which its index.html's relative links start. Not for good
            # (301): a browser would keep that after the preview, for whatever next serves here.
            return Answer(302, HTML, b"", quote(f"/{name}/"))
        if name in self.superseded:
            # A stylesheet's old content-hashed name, asked for by livereload.js when it
            # swaps stylesheets in a page that has not been reloaded: point it at the new one.
            return Answer(302, HTML, b"", "/" + self.assets.get(self.superseded[name], ""))
        return Answer(404, HTML, self.page("Page not found", f"The site has no page /{path}.", []))

    def unmade(self, name: str, exc: ExplainerError) -> Answer:
        """Show why a file made on demand (a data file, an embeddable piece, a page no browser
        had open when it last changed) could not be made: the build made the site without it,
        as `build` would not."""
        self.unmade_paths.add(name)  # the next good build reloads the browser that asked
        problems = group_problems(exc.problems) if isinstance(exc, ContentError) else []
        self.show(list(problems), True)
        self.say(f"{name} could not be made ({counted(exc)}); `build` would fail")
        lead = (f"/{name} is made when first asked for, and making it failed. Fix what is "
                "listed below and save.") if problems else str(exc)
        return Answer(500, HTML, self.page("This file could not be made", lead, problems))

    def page(self, title: str, lead: str, problems: list[Problem]) -> bytes:
        """Render the preview's own page: an error or a missing page."""
        return self.template.render(title=title, lead=lead, problems=problems).encode("utf-8")

    def written(self, future: Future[object]) -> None:
        """Report a failed write of the output folder."""
        exc = future.exception()
        if exc is not None:
            self.say(f"error: could not write {self.output}: {exc}")

    def close(self) -> None:
        """Let a write in progress finish, so no temporary folder is left behind; stop watching."""
        if self.writer is not None:
            self.writer.shutdown(wait=True)
        if self.notifier is not None:
            self.notifier.close()


def site_path(path: str) -> str:
    """Return the site file a URL path names: folders mean their index.html."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def is_page(name: str) -> bool:
    """Tell whether a site file is a page, which a browser tab may show."""
    return name.endswith(".html") or "." not in name.rpartition("/")[2]


def content_type(name: str) -> str:
    """Return the Content-Type of a site file, with a charset for text."""
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if guessed.startswith("text/") or guessed == "image/svg+xml":
        return f"{guessed}; charset=utf-8"
    return guessed
