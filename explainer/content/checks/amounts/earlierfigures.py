"""The key figure an earlier level of a figure's history is held to, if any.

An amount that tells a figure's history (history.py: "peaked at 11.2% ..., fell to 2%", "fell
from 5.5% to 5%") is no level of the figure now, but a figure may give that very earlier level:
one whose label says it is an earlier level of the same thing, by a word of its language
("peak of consumer price inflation", "Bank Rate before the cut", "the previous record") or by
the word the sentence gives the level with ("peaked at" beside "peak"). The amount is held to
that figure, never to one whose value the sentence gives too (the later level it goes on to:
"rose from 2% to 9.1%" beside "inflation at a 40-year high", 9.1%), nor to one whose label
lacks a word the clause says the level is earlier by ("the previous record of 38.7C" beside
"record temperature": the record now), nor to one whose label names none of the years and months
the level is given ("from 14.7% in April 2020" is no "rate before the pandemic"), nor to one whose
label says it is the later level ("Einlagensatz nach der Senkung").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..texts.sentences import sentence_at, sentence_start
from ..votes.scorewords import words
from .history import said_otherwise
from .qualified import equal
from .times import named_times

if TYPE_CHECKING:
    from ...model import Figure
    from ..counting import Counting
    from .levels import Amounts, Known, Related


# By language, the words by which a label says its figure is an earlier level of a thing.
EARLIER_LABELS = {
    "en": words(r"peak(?:ed)?|before|previous(?:ly)?|prior|was|were|until|high(?:est)?|"
                r"record|earlier|former(?:ly)?|initial(?:ly)?|original(?:ly)?"),
    "fr": words(r"pic|sommet|avant|précédente?|ancienne?|record|jusqu'(?:à|au)|auparavant|"
                r"initiale?(?:ment)?|plus\s+haut"),
    "es": words(r"pico|máximo|antes|anterior|previo|récord|hasta|inicial(?:mente)?|antiguo"),
    "de": words(r"Höchststand|Höhepunkt|Spitze|vor|vorher|zuvor|bisherige[nmrs]?|"
                r"frühere[nmrs]?|Rekord|bis|ursprünglich"),
}
# By language, the words by which a label says its figure is the later level, never an
# earlier one ("Einlagensatz nach der Senkung", "Bank Rate after the cut").
LATER_LABELS = {"en": words(r"after|now|current(?:ly)?|latest|new"),
                "fr": words(r"après|actuel(?:le)?|nouveau|nouvelle"),
                "es": words(r"después|tras|actual|nuevo|nueva"),
                "de": words(r"nach|aktuelle[nmrs]?|neue[nmrs]?|jetzt")}
# By language, the words between a verb of a level and its amount ("peaked at"), after which
# that verb gives the level ("peaked" ~ "peak").
LEVEL_AT = {"en": words(r"at|of|to|from"), "fr": words(r"à|de|du|d'"),
            "es": words(r"en|de|del|a"), "de": words(r"bei|auf|von")}

# By language, the articles and determiners before a noun, which no verb follows: the word
# after one ("the tournament from", "le tournoi de", "l'effectif de") gives no level.
DETERMINERS = {"en": words(r"the|a|an|its|their|his|her|our|this|that|these|those"),
               "fr": words(r"le|la|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|"
                           r"[ld]['\u2019]\w+"),
               "es": words(r"el|la|los|las|un|una|su|sus|este|esta|estos|estas"),
               "de": words(r"der|die|das|den|dem|des|ein|eine|einen|sein|seine|seinen|ihr|"
                           r"ihre|ihren")}


def named_before(known: Known, related: list[Related], sentence: str, counting: Counting
                 ) -> list[Related]:
    """Return the related figures, and those of known whose label names, before its word of an
    earlier level, only what the sentence names ("Bank Rate before the cut, held since August
    2023" beside "The Bank Rate fell from 5.5% to 5%"): a long label shares half its words with
    no sentence, though it tells of the same thing."""
    pattern = EARLIER_LABELS.get(counting.language.split("-")[0].lower())
    said, found = counting.content_words(sentence), list(related)
    for figure, amount, label in known:
        word = pattern.search(figure.label) if pattern is not None else None
        head = counting.content_words(figure.label[:word.start()]) if word else set()
        if head and head <= said and all(r[1] is not figure for r in related):
            found.append((head, figure, amount, label))
    return found


def earlier_figure(related: list[Related], text: str, span: tuple[int, int], clause: str,
                   counting: Counting, amounts: Amounts) -> Figure | None:
    """Return the related figure whose label says it is the earlier level the amount at span
    gives (see the module's docstring), the one sharing most words with the sentence; None if
    there is none."""
    pattern = EARLIER_LABELS.get(counting.language.split("-")[0].lower())
    later = LATER_LABELS.get(counting.language.split("-")[0].lower())
    level = level_word(text, span[0], counting)  # "peaked at": "peak"
    sentence, start = sentence_at(text, span[0]), sentence_start(text, span[0])
    found_in = list(amounts(sentence, counting))
    given = [found for _, found in found_in]
    after = [at for at, _ in found_in if at > span[0] - start]  # the levels it goes on to
    own = named_times(sentence[span[1] - start:min(after, default=len(sentence))],
                      counting.language)  # "from 14.7% in April 2020 to 7%": April 2020
    fitting = [r for r in related
               if (pattern is not None and pattern.search(r[1].label) or level & r[3])
               and not any(found.unit == r[2].unit and equal(r[2].value, found.value)
                           for found in given)
               and not said_otherwise(clause, r[3], counting.earlier, counting)
               and not time_apart(own, named_times(r[1].label, counting.language))
               and not (later is not None and later.search(r[1].label))]
    return max(fitting, key=lambda r: len(r[0]))[1] if fitting else None


def time_apart(own: tuple[frozenset[str], frozenset[str]],
               label: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Tell whether an earlier level is given a time of its own (its years and months) that a
    label does not name: "from 14.7% in April 2020" is no "rate before the pandemic"."""
    return any(own) and not any(mine & its for mine, its in zip(own, label, strict=True))


def level_word(text: str, offset: int, counting: Counting) -> set[str]:
    """Return the stem of the verb that gives the level at offset, before the word that joins
    it to its amount ("peaked at 11.2%": "peak"); none if no such word comes just before."""
    language = counting.language.split("-")[0].lower()
    joining, determiner = LEVEL_AT.get(language), DETERMINERS.get(language)
    words_before = text[max(offset - 60, 0):offset].split()
    before = words_before[-2:]
    if joining is None or len(before) < 2 or not joining.fullmatch(before[1]) or \
            any(character.isdigit() for character in before[0]):
        return set()  # no verb: "its forecast for 2025 from 2.5%"
    if determiner is not None and len(words_before) > 2 and (
            determiner.fullmatch(words_before[-3]) or determiner.match(before[0])):
        return set()  # a noun, the object of a change: "enlarged the tournament from 24"
    return counting.content_words(before[0])
