"""When an explainer comes out: on its day in the site's time zone, at its time if it gives one
(an embargo), and for how long the site as built stays the site of the moment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo

from ..content.model import Teaser


def held_back(teasers: Sequence[Teaser], today: date, now: datetime, zone: tzinfo
              ) -> list[Teaser]:
    """Return the explainers published today at a time still to come."""
    return [teaser for teaser in teasers if teaser.published.clock is not None and
            teaser.public_on(today, zone) and teaser.published.moment(zone) > now]


def standing(shown: Sequence[Teaser], held: Sequence[Teaser], today: date, zone: tzinfo
             ) -> tuple[datetime, datetime]:
    """Return the moments for which the site is as listed: from the start of today, or the
    last time of publication that today's explainers passed, to the start of tomorrow, or the
    first time of publication to come today."""
    start = datetime.combine(today, time(), zone)
    passed = (teaser.published.moment(zone) for teaser in shown
              if teaser.published.clock is not None and teaser.published.moment(zone) >= start)
    return (max([start, *passed]),
            min([datetime.combine(today + timedelta(days=1), time(), zone),
                 *(teaser.published.moment(zone) for teaser in held)]))
