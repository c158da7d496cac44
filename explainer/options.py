"""What a build is asked to do, and its "today"; light to import, for the command line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
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


@dataclass(frozen=True)
class BuildTime:
    """When a build runs: a moment, or a day the options fix (`today`). Its "today" is the day
    of that moment in the site's time zone, so that a site in Los Angeles publishes an
    explainer dated the 16th when the 16th begins there, not eight hours before."""

    moment: datetime  # aware
    fixed: date | None = None

    def today(self, zone: tzinfo) -> date:
        """Return the build's day in a time zone (the site's)."""
        return self.fixed or self.moment.astimezone(zone).date()

    def now(self, zone: tzinfo) -> datetime:
        """Return the moment a time of publication is held against: the end of a fixed day."""
        return datetime.combine(self.fixed, time.max, zone) if self.fixed else self.moment


def build_time(options: BuildOptions, environ: Mapping[str, str]) -> BuildTime:
    """Return when the build runs: the day the options fix, else the moment of
    SOURCE_DATE_EPOCH when set, else now."""
    if options.today is not None:
        return BuildTime(datetime.combine(options.today, time(), UTC), options.today)
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return BuildTime(datetime.now(UTC))
    try:
        if not (epoch.isascii() and epoch.isdigit()):
            raise ValueError(epoch)
        return BuildTime(datetime.fromtimestamp(int(epoch), UTC))
    except (ValueError, OverflowError, OSError):  # not a number, or past datetime's year 9999
        raise UsageError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since "
                         f"1970-01-01 UTC, before the year 10000, found '{epoch}'") from None
