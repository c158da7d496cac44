"""What a build is asked to do, and its "today"; light to import, for the command line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .errors import UsageError


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    root: Path
    output: Path
    base_url: str | None = None
    drafts: bool = False
    strict: bool = False
    force: bool = False
    today: date | None = None
    jobs: int | None = None  # processes to use; None: every core when the site is big enough


def build_day(environ: Mapping[str, str]) -> date:
    """Return the build's "today": the day of SOURCE_DATE_EPOCH when set, else today in UTC."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).date()
    try:
        if not (epoch.isascii() and epoch.isdigit()):
            raise ValueError(epoch)
        return datetime.fromtimestamp(int(epoch), UTC).date()
    except (ValueError, OverflowError, OSError):  # not a number, or past datetime's year 9999
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since "
                         f"1970-01-01 UTC, before the year 10000, found '{epoch}'") from None
