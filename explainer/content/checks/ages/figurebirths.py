"""Key figures of an age at an event that the person's birth makes another: `66 | To Lam's age
when he was elected` beside "To Lam was born on 10 July 1960" and the timeline's "To Lam is
elected president" of 22 May 2024, when he was 63.

A figure is an age as agefigures.py reads one, and its label's words that say at what time
("when he was elected") name the timeline events they name most of, as the words after a
span's "after" do (spanends.py), though several titles have them ("elected" of "To Lam is
elected president" and "To Lam is elected general secretary"): the age is wrong only if it is
the person's at none of them. The birth is the one ages.py finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ....errors import Problem
from ...model import Explainer, Timeline, TimelineEvent
from ..amounts.claims import figures_of
from ..amounts.countwarnings import warning
from ..counting import counting_for
from ..dates.dateclaims import Title, event_titles
from ..spans.spanends import named_scores
from .agefigures import age_figure
from .ages import birth_of, judged
from .agewords import age_words


def check_figure_births(explainer: Explainer, content_words: Callable[[str], set[str]]
                        ) -> Iterator[Problem]:
    """Warn about a key figure of an age at the events its label names that the person's
    birth makes another at each of them."""
    words, counting = age_words(explainer.language), counting_for(explainer.language)
    if words is None or counting is None:
        return
    ages = [(figure, read) for figure in figures_of(explainer)
            if (read := age_figure(figure, words, counting)) is not None]
    events = [event for section in explainer.sections if isinstance(section, Timeline)
              for event in section.events if event.date.common_era and not event.approximate]
    birth = birth_of(explainer, events, words) if ages else None
    if birth is None:
        return
    later = [event for event in events if event.date.first_day() > birth.last]
    titles = event_titles(tuple(later), content_words, words.capitalised_nouns,
                          explainer.language)[0] if later else []
    names = content_words(" ".join(birth.names))
    for figure, (years, label) in ages:
        named = named_events(label, names, titles)
        found = [judged(birth, event, years, f"the key figure '{figure.label}'")
                 for event in named]
        wrong = [problem for problem in found if problem is not None]
        if found and len(wrong) == len(found):  # the age at none of the events named
            yield warning(explainer, figure.line, None, *wrong[0])


def named_events(label: set[str], names: set[str], titles: list[Title]
                 ) -> list[TimelineEvent]:
    """Return the events, in date order, whose titles the words of a label that are not the
    person's names (`names`) name most of, those of them that name the person as the label
    does if any do; none for a label of the person's name alone ("To Lam's age"), which says
    no time."""
    scored = named_scores(label - names, titles, own=False) if label - names else []
    named = [titles[index] for score, index in sorted(scored, key=lambda one: one[1])
             if score == scored[0][0]]
    person = label & names
    return [title.event for title in [one for one in named if one.words & person] or named]
