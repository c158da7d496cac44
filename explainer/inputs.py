"""What a build reads, named once: the project's input folders and files, each with its stamp.

A build, the no-change check, the build cache and the preview's watcher all take the project's
inputs from here, so that they never disagree on what a build depends on. Hidden files and
folders (names starting with '.': editor swap files, .DS_Store) and the copies editors keep
beside a file ('#name#', 'name~') are no inputs. A symbolic link
is followed only while it stays inside the project: one that leads outside it is refused, so
that a build of someone else's change never publishes a file from elsewhere on the machine.
"""

from __future__ import annotations

import bisect
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem

CONFIG = "site.yml"
CONTENT = "content"
# Files a writer keeps in content/ to show in explainers, by their endings, in lower case.
PICTURES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".svg", ".avif")
OVERRIDES = "overrides"
# The project's strings tables, i18n/<language>.yml, laid over those explainer ships.
STRINGS = "i18n"
# explainer's own theme: the templates/ and static/ folders beside the package. A project in
# another folder uses them for whatever its own folders lack, as a Hugo site uses its theme's;
# their files are among its inputs under this prefix ('explainer:templates/base.html').
SHIPPED = Path(__file__).resolve().parent.parent
THEME = "explainer:"
# Template folders in the order a template name is looked up: the user's overrides first.
TEMPLATE_FOLDERS = (f"{OVERRIDES}/templates", "templates", f"{THEME}templates")
# Static folders in the order they are laid over each other: the user's overrides last.
STATIC_FOLDERS = (f"{THEME}static", "static", f"{OVERRIDES}/static")
# The project's own input folders.
FOLDERS = (CONTENT, "templates", f"{OVERRIDES}/templates", "static", f"{OVERRIDES}/static",
           STRINGS)
# What tells one version of a file from the next: size, mtime, inode and ctime (any write
# changes the ctime, so an edit within the mtime's resolution is still seen).
Stamp = tuple[int, int, int, int]


def stamp_of(stat: os.stat_result) -> Stamp:
    """Return a file's stamp from its stat."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns


@dataclass(frozen=True)
class Inputs:
    """Every file a build of one project reads, by its path relative to the project."""

    root: Path
    stamps: Mapping[str, Stamp]
    problems: tuple[Problem, ...] = ()  # links that lead outside the project or to nothing
    folders: frozenset[str] = field(default=frozenset(), compare=False)  # every folder looked in

    @classmethod
    def scan(cls, root: Path) -> Inputs:
        """Look at every input file of the project in root."""
        root = root.absolute()
        stamps: dict[str, Stamp] = {}
        problems: list[Problem] = []
        folders: set[str] = set()
        scan_config(root, stamps, problems)
        real_root = os.path.realpath(root)
        for name in FOLDERS:
            walk(root, name, real_root, stamps, problems, folders)
        if uses_shipped_theme(root):
            shipped: dict[str, Stamp] = {}
            for name in ("templates", "static"):  # not watched: they change with explainer
                walk(SHIPPED, name, str(SHIPPED), shipped, [], set())
            stamps.update((THEME + path, stamp) for path, stamp in shipped.items())
        return cls(root, dict(sorted(stamps.items())), tuple(problems), frozenset(folders))

    @functools.cached_property
    def paths(self) -> list[str]:
        """Return the paths of the input files, sorted."""
        return sorted(self.stamps)

    def under(self, folder: str) -> list[str]:
        """Return the input files under a folder, sorted."""
        paths = self.paths  # those under folder/ sort between folder/ and folder0 ('/' + 1)
        start = bisect.bisect_left(paths, f"{folder}/")
        return paths[start:bisect.bisect_left(paths, f"{folder}0", start)]

    def explainer_files(self) -> list[str]:
        """Return the explainer files: every .md under content/."""
        return [path for path in self.under(CONTENT) if path.endswith(".md")]

    def strays(self, used: set[str]) -> list[Problem]:
        """Warn about the files in content/ that are neither explainers nor pictures they use."""
        return [stray(path) for path in self.under(CONTENT)
                if not path.endswith(".md") and path not in used]

    def path(self, relative: str) -> Path:
        """Return the full path of an input file."""
        return folder_path(self.root, relative)

    def still(self) -> bool:
        """Tell whether every input file is as it was when scanned, and none came or went."""
        return Inputs.scan(self.root).stamps == self.stamps


def scan_config(root: Path, stamps: dict[str, Stamp], problems: list[Problem]) -> None:
    """Add the stamp of site.yml, if there is one; refuse a link that leads outside root or to
    nothing (the build would go on with the default settings)."""
    config = root / CONFIG
    if config.is_symlink() and not inside(root, config):
        problems.append(outside_link(CONFIG))
        return
    try:
        stamps[CONFIG] = stamp_of(config.stat())
    except OSError:
        if config.is_symlink():
            problems.append(dead_link(CONFIG))


def stray(path: str) -> Problem:
    """Return the warning about a file in content/ that no build reads: a picture no explainer
    shows, or a file that is no explainer."""
    if path.lower().endswith(PICTURES):
        return Problem(path, None, None, "a picture no explainer shows; it is not published",
                       "show it in an explainer (an 'image' section, or ![alt](path) in its "
                       "text), or move it out of content/", severity="warning")
    return Problem(path, None, None, "not an explainer (only .md files are read); it is ignored",
                   "move it out of content/, or rename it to end in .md if it is an explainer",
                   severity="warning")


def uses_shipped_theme(root: Path) -> bool:
    """Tell whether a project lays its theme over explainer's: every project but explainer's
    own folder, as long as explainer has its theme beside it."""
    return os.path.realpath(root) != str(SHIPPED) and (SHIPPED / "templates").is_dir()


def folder_path(root: Path, relative: str) -> Path:
    """Return the full path of an input file or folder: the shipped theme's, or the project's."""
    return SHIPPED / relative[len(THEME):] if relative.startswith(THEME) else root / relative


def walk(root: Path, name: str, real_root: str, stamps: dict[str, Stamp],
         problems: list[Problem], folders: set[str]) -> None:
    """Add the stamps of the files under root/name; refuse links that lead outside root."""
    pending = [(str(root / name), name)]
    seen: set[str] = set()
    while pending:
        directory, relative = pending.pop()
        real = os.path.realpath(directory)
        if real in seen:
            continue  # a link back to a folder already looked in
        seen.add(real)
        try:
            entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
        except OSError:
            continue  # not there (yet), or removed while we looked
        folders.add(directory)
        for entry in entries:
            if is_ignored(entry.name):
                continue
            path = f"{relative}/{entry.name}"
            try:
                if entry.is_symlink() and not is_within(real_root, entry.path):
                    problems.append(outside_link(path))
                elif entry.is_dir():
                    pending.append((entry.path, path))
                else:
                    stamps[path] = stamp_of(entry.stat())
            except OSError:
                if entry.is_symlink():  # a link to nothing: the file it named is gone
                    problems.append(dead_link(path))
                continue  # a file gone already


def is_ignored(name: str) -> bool:
    """Tell whether a file or folder is none of a build's inputs, by its name: a hidden one
    ('.name.swp', '.DS_Store'), Emacs's autosave ('#name#') or the backup that Emacs, gedit and
    vim (with 'backup' set) keep of the file last saved ('name~')."""
    return name.startswith((".", "#")) or name.endswith("~")


def inside(root: Path, path: Path) -> bool:
    """Tell whether a path, its links followed, is inside the project."""
    return is_within(os.path.realpath(root), str(path))


def is_within(real_root: str, path: str) -> bool:
    """Tell whether a path, its links followed, is inside a folder given by its real path."""
    real = os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def outside_link(path: str) -> Problem:
    """Return the error for a symbolic link that leads outside the project."""
    return Problem(path, None, None,
                   "a symbolic link to something outside the project; it is not read",
                   "put the file itself in the project, or remove the link")


def dead_link(path: str) -> Problem:
    """Return the error for a symbolic link to nothing, which a build would silently skip."""
    return Problem(path, None, None, "a symbolic link to nothing (what it names is gone, or "
                   "leads back to the link); it is not read",
                   "point the link at the file again, put the file itself in its place, or "
                   "remove the link")


def changed_paths(old: Mapping[str, Stamp], new: Mapping[str, Stamp]) -> set[str]:
    """Return the paths added, removed or modified between two sets of stamps."""
    return {path for path in old.keys() | new.keys() if old.get(path) != new.get(path)}
