"""Preview the site with live reload; the only module that imports livereload and tornado.

The pages are served from memory: the files of the last good build are replaced by the next
build's in one step once that build has succeeded, so a browser never sees half a build.
livereload provides the browser side (livereload.js) and its WebSocket handler; three of its
habits are worked around here. Its watcher polls every 0.8 s and drops a reload that comes
within 3 s of the previous one, so changes are noticed here (through inotify where there is
one, else by polling every POLL_MS) and browsers are told right after each rebuild. Its
injector puts the script only before a lowercase </head> in a response's first 64 KiB, so the
script is put in here. A reload sent while a page is loading reaches nobody, so a page that
connects after missing one is reloaded then. And livereload.js reloads its page on any command
that names no stylesheet or image, so a reload is sent only to the pages it concerns.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import json
import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web
from tornado.httpserver import HTTPServer
from tornado.ioloop import IOLoop, PeriodicCallback
from tornado.websocket import WebSocketClosedError

from ..errors import Problem, UsageError
from ..options import BuildOptions
from ..render.guard import check_output_dir
from ..render.swap import recover_output
from .preview import LIVE_SUFFIXES, Preview, site_path
from .watch import Changes, inotify

POLL_MS = 50  # without inotify
SAFETY_POLL_MS = 1000  # with inotify, for what it cannot see (some network file systems)
SETTLE_S = 0.01  # an editor's save is often a truncation, then a write: read after both
PORT_TRIES = 20
# Collections of the oldest generation come after this many of the middle one (Python: 10).
OLDEST_THRESHOLD = 100
HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
# livereload's own snippet: it finds the server through the page's own address.
SCRIPT = (b'<script>(function(){var s=document.createElement("script");'
          b'var port=window.location.port||(window.location.protocol=="https:"?443:80);'
          b's.src="//"+window.location.hostname+":"+port+"/livereload.js?port="+port;'
          b"document.head.appendChild(s);})();</script>")


def serve(options: BuildOptions, host: str = "127.0.0.1", port: int = 8000, *,
          write: bool = False, say: Callable[[str], None] = print,
          show: Callable[[list[Problem], bool], None] = lambda problems, every: None) -> int:
    """Build, serve with live reload and rebuild on every change until Ctrl-C; return 0."""
    if not 0 < port < 65536:
        raise UsageError(f"--port must be between 1 and 65535, not {port}")
    if write:
        recover_output(options.output)
        check_output_dir(options.output, options.root, options.force)
    preview = Preview(options, say, show, reload_browsers,
                      options.output if write else None, inotify())
    try:
        preview.start()
        # What the first build made lives as long as the server: keep the garbage collector
        # from walking it on every rebuild (a full collection takes ~80 ms at 1,000 pages).
        # What later builds keep is walked by the oldest generation's collections: a tenth as
        # often as Python's default (at 10,000 explainers, four of them took 0.4-0.8 s of a
        # retitle). Rendering's cycles die young, and the young generations run as usual.
        gc.freeze()
        gc.set_threshold(*gc.get_threshold()[:2], OLDEST_THRESHOLD)
        asyncio.run(run(preview, host, port))
    except KeyboardInterrupt:
        say("stopped")
    finally:
        preview.close()
    return 0


async def run(preview: Preview, host: str, port: int) -> None:
    """Listen, then look for changes until cancelled (by Ctrl-C)."""
    server, used = listen(preview, host, port)
    if used != port:
        preview.say(f"port {port} is busy, so the preview uses port {used}")
    url_host = f"[{host}]" if ":" in host else host
    preview.say(f"serving http://{url_host}:{used}/ (press Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        preview.say(f"note: listening on {host}, so other machines may reach the preview")
    poller = PeriodicCallback(preview.poll, SAFETY_POLL_MS if preview.notifier else POLL_MS)
    poller.start()
    if preview.notifier is not None:
        IOLoop.current().add_handler(preview.notifier.fd, Settler(preview), IOLoop.READ)
    try:
        await asyncio.Event().wait()
    finally:
        poller.stop()
        server.stop()
        if preview.notifier is not None:
            IOLoop.current().remove_handler(preview.notifier.fd)


class Settler:
    """Look for changes SETTLE_S after inotify's first event, so one save makes one rebuild.

    Only the files the events name are looked at again, unless inotify cannot say which.
    """

    def __init__(self, preview: Preview) -> None:
        self.preview = preview
        self.changes: Changes | None = None

    def __call__(self, fd: int, events: int) -> None:
        """Read the events, and look once the burst is over."""
        assert self.preview.notifier is not None
        if self.changes is None:
            self.changes = Changes()
            IOLoop.current().call_later(SETTLE_S, self.look)
        self.preview.notifier.drain(self.changes)

    def look(self) -> None:
        """Rebuild if something changed."""
        assert self.preview.notifier is not None
        changes = self.preview.notifier.drain(self.changes)
        self.changes = None
        self.preview.poll(changes)


def listen(preview: Preview, host: str, port: int) -> tuple[HTTPServer, int]:
    """Listen on port, or on the next free one; return the server and the port used."""
    last = min(port + PORT_TRIES, 65536) - 1
    for candidate in range(port, last + 1):
        shared = {"preview": preview, "hosts": addresses(host, candidate)}
        app = web.Application([
            (r"/livereload", ReloadSocket, shared),
            (r"/livereload\.js", ReloadScript, {"hosts": shared["hosts"]}),
            (r"/(.*)", SiteHandler, shared),
        ], log_function=unlogged)
        try:
            return app.listen(candidate, address=host), candidate
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise UsageError(f"cannot listen on {host}:{candidate}: {exc.strerror}") from None
    raise UsageError(f"ports {port} to {last} are all busy; choose another with --port")


def unlogged(handler: web.RequestHandler) -> None:
    """Log no request: the browser shows what each got (an error page, a missing page), and
    the terminal keeps to builds; tornado would print a line for every page while a build is
    broken, and for each browser's /favicon.ico."""


def addresses(host: str, port: int) -> tuple[str, ...]:
    """Return the Host headers that name the preview: this machine's, and --host's."""
    names = dict.fromkeys(["127.0.0.1", "localhost", "[::1]",
                           f"[{host}]" if ":" in host else host.lower()])
    return (*(f"{name}:{port}" for name in names), *(names if port == 80 else ()))


class LocalOnly(web.RequestHandler):
    """Answer only requests addressed to the preview by its own name.

    A page of another site in the author's browser can point its own name at 127.0.0.1 (DNS
    rebinding) and so read the preview as its own; the Host header still names that site.
    """

    hosts: tuple[str, ...] = ()

    def prepare(self) -> None:
        """Refuse a request addressed to another name."""
        asked = self.request.headers.get("Host", "").lower()
        if asked not in self.hosts:
            self.set_status(403)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(f"This preview answers only to http://{self.hosts[0]}/ (or "
                        f"localhost); this request was addressed to {asked!r}.\n")


class SiteHandler(LocalOnly):
    """Answer with a file of the last good build, or with the page of the current error."""

    def initialize(self, preview: Preview, hosts: tuple[str, ...]) -> None:
        """Keep the site, and the names the preview answers to."""
        self.preview = preview
        self.hosts = hosts

    def get(self, path: str) -> None:
        """Send one file; pages get the reload script."""
        answer = self.preview.response(path, self.referring_page())
        self.set_status(answer.status)
        self.set_header("Content-Type", answer.content_type)
        self.set_header("Cache-Control", answer.cache)
        if answer.location is not None:  # a redirect keeps the query, as static hosts do
            query = self.request.query
            self.set_header("Location", f"{answer.location}?{query}" if query else answer.location)
        html = answer.content_type.startswith("text/html") and answer.location is None
        self.finish(with_script(answer.body) if html else answer.body)

    def head(self, path: str) -> None:
        """Answer as get() does; tornado leaves the body out."""
        self.get(path)

    def referring_page(self) -> str | None:
        """Return the URL path of the preview's page that asked for this file, if it says."""
        referer = urlsplit(self.request.headers.get("Referer", ""))
        return unquote(referer.path) if referer.netloc.lower() in self.hosts else None


class ReloadScript(LocalOnly, LiveReloadJSHandler):
    """livereload.js, for pages addressed to the preview."""

    def initialize(self, hosts: tuple[str, ...]) -> None:
        """Keep the names the preview answers to."""
        self.hosts = hosts


class ReloadSocket(LocalOnly, LiveReloadHandler):
    """livereload's socket; a page that connects after missing a reload is reloaded at once.

    livereload.js says which page it is in (its "info" command); a reload is sent only to the
    pages it concerns, so that a tab whose page did not change keeps its place and state.
    """

    page: str | None = None  # the site path of the page, once it has said

    def initialize(self, preview: Preview, hosts: tuple[str, ...]) -> None:
        """Keep the site, which knows what each page was served from, and the preview's names."""
        self.preview = preview
        self.hosts = hosts

    def check_origin(self, origin: str) -> bool:
        """Accept a socket only from the preview's own pages (livereload accepts any)."""
        return urlsplit(origin).netloc.lower() in self.hosts

    def on_message(self, message: str | bytes) -> None:
        """Shake hands as livereload does, then check the page is not stale."""
        super().on_message(message)
        command = json.loads(message)
        if command.get("command") != "info":
            return
        url_path = unquote(urlsplit(str(command.get("url", ""))).path)
        self.page = site_path(url_path.lstrip("/"))
        if self.preview.missed_reload(url_path):
            send(self, reload_message(self.page))


def with_script(page: bytes) -> bytes:
    """Return the page with the reload script before its </head> (in any case), or at its end."""
    found = HEAD_END.search(page)
    at = found.start() if found else len(page)
    return page[:at] + SCRIPT + page[at:]


def reload_browsers(paths: list[str] | None) -> None:
    """Tell connected browsers to reload: stylesheets and images in place in every page, else
    the pages named (every page if None). livereload counts a page among its waiters once it
    has said which it is."""
    live = paths is not None and all(p.lower().endswith(LIVE_SUFFIXES) for p in paths)
    for waiter in list(LiveReloadHandler.waiters):
        page = getattr(waiter, "page", None) or "index.html"
        if live:
            for path in paths or ():
                send(waiter, reload_message(path))
        elif paths is None or page in paths:
            send(waiter, reload_message(page))


def reload_message(path: str) -> dict[str, object]:
    """Return livereload's reload command for a changed site path."""
    return {"command": "reload", "path": path, "liveCSS": True, "liveImg": True}


def send(waiter: LiveReloadHandler, message: dict[str, object]) -> None:
    """Send a message to one browser, forgetting it if it has gone."""
    try:
        waiter.write_message(message)
    except WebSocketClosedError:
        LiveReloadHandler.waiters.discard(waiter)
