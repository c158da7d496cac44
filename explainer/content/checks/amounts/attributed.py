"""Who gives an amount: the source a sentence gives it to, and the source a figure's label names.

A desk sets contested figures side by side on purpose, each with its source: "The Libyan Red
Crescent said 11,300 people had died; the WHO counted 3,958 identified bodies". An amount a
source gives ("the Red Crescent said", "according to OCHA", ", officials said") is no slip
beside a figure whose label names another source ("bodies identified, according to the WHO"):
it is held only against figures of its own source, or of none. An amount the sentence gives to
no one is the explainer's own, and held against every related figure, sourced or not.

A source comes before the verb that says it gave the amount ("the WHO counted", "l'OMS a
recensé", "X ने कहा"), or after it where nothing before names one ("meldete die WHO", ", said
the WHO"), or after the words that lead to it ("according to", "selon", "laut", "kwa mujibu
wa"); it is its words up to a word that names nothing ("the", "were") or a time ("Am 11.
November"), in the amount's sentence before it, or after it up to the next number.
"""

from __future__ import annotations

import re
from itertools import dropwhile

from ..counting import Counting
from ..texts.sentences import CLAUSE_BREAK, sentence_at
from ..texts.timeunits import span_nouns
from .times import time_words

# The words before a source that say it gave an amount, or its verb after it, in each
# language the checks read. English verbs that are also participles ("people confirmed dead")
# say so only before what was given: "that", a number, or a word that leads to one.
GIVEN = r"(?=\s+(?:that|the|a|an|some|about|around|nearly|almost|more|over|up|at|as|\d))"
SOURCE_FIRST = {
    "en": r"\b(?:said|says|say|told\s+\w+|stated|claimed|claims|announced|announces|"
          r"(?:reported|reports|counted|counts|estimated|estimates|recorded|records|registered|"
          r"confirmed|confirms|tallied)" + GIVEN + r"|put\s+(?:the|its|their)\s+(?:death\s+)?"
          r"(?:toll|figure|number|count|total)\s+at)\b|['\u2019]s\s+(?:count|tally|toll|"
          r"figures?|estimates?|total)\b",
    "fr": r"\b(?:(?:a|ont|avait|avaient)\s+(?:déclaré|indiqué|annoncé|affirmé|recensé|compté|"
          r"estimé|rapporté|confirmé|enregistré|dénombré|fait\s+état\s+de)|déclare|indique|"
          r"annonce|affirme|recense|estime|rapporte|dénombre|fait\s+état\s+de)\b",
    "es": r"\b(?:dijo|dijeron|dice|informó|informaron|afirmó|afirmaron|contabilizó|"
          r"contabilizaron|estimó|estimaron|cifró|cifraron|confirmó|confirmaron|registró|"
          r"registraron|señaló|señalaron|reportó|reportaron|(?:ha|han)\s+(?:dicho|informado|"
          r"contabilizado|cifrado|confirmado|registrado|señalado|reportado))\b",
    "de": r"\b(?:sagte|sagten|sagt|meldete|meldeten|meldet|zählte|zählten|schätzte|schätzten|"
          r"erklärte|erklärten|sprach|sprachen|zufolge)\b",
    "it": r"\b(?:(?:ha|hanno)\s+(?:detto|dichiarato|riferito|contato|stimato|reso\s+noto|"
          r"confermato|registrato|annunciato|comunicato)|dice|dicono|riferisce|riferiscono)\b",
    "pt": r"\b(?:disse|disseram|afirmou|afirmaram|informou|informaram|contabilizou|"
          r"contabilizaram|estimou|estimaram|confirmou|confirmaram|registrou|registou|"
          r"registraram|registaram|divulgou|divulgaram|relatou|relataram)\b",
    "sw": r"\b(?:alisema|walisema|ilisema|imesema|amesema|wamesema|ilitangaza|imetangaza|"
          r"walitangaza|ilieleza)\b",
    "hi": r"(?<!\S)(?:ने\s+(?:कहा|बताया)|के\s+(?:अनुसार|मुताबिक))(?!\S)",
    "id": r"\b(?:kata|ujar|tutur|mengatakan|menyatakan|menyebutkan|melaporkan|mencatat|"
          r"memperkirakan|mengonfirmasi|mengumumkan|merilis)\b",
    "ms": r"\b(?:kata|berkata|memberitahu|menyatakan|melaporkan|mencatatkan|merekodkan|"
          r"menganggarkan|mengesahkan|mengumumkan)\b",
    "vi": r"(?<!\w)(?:cho\s+biết|cho\s+hay|nói|thông\s+báo|công\s+bố|xác\s+nhận|ước\s+tính|"
          r"thống\s+kê)(?!\w)",
    "pl": r"\b(?:(?:poda|poinformowa|przekaza|oświadczy|powiedzia|oszacowa|potwierdzi|naliczy|"
          r"odnotowa|ogłosi|policzy)(?:ł|ła|ło|li|ły)|podaje|podają|informuje|informują|"
          r"szacuje|szacują)\b",
    "ru": r"\b(?:(?:сообщи|заяви|сказа|подсчита|насчита|оцени|подтверди|зафиксирова|"
          r"зарегистрирова|объяви)(?:л|ла|ло|ли)|сообщает|сообщают|заявляет|заявляют)\b",
    "uk": r"\b(?:(?:повідоми|заяви|сказа|підрахува|нарахува|оціни|підтверди|зафіксува|"
          r"зареєструва|оголоси)(?:в|ла|ло|ли)|повідомляє|повідомляють|заявляє|заявляють)\b",
    # Korean joins the words that lead to a source to its name, after it: "WHO에 따르면",
    # "적신월사의 집계에 따르면", "... 숨졌다고 WHO가 밝혔다", "WHO 집계".
    "ko": r"\s*(?:의\s*)?(?:(?:집계|발표|추산|자료|통계|설명)\s*)?에\s*따르면|"
          r"(?:이|가|은|는)\s+(?:밝혔|발표했|집계했|추산했|전했)\w*|\s+(?:집계|추산|발표)(?!\w)",
}
SOURCE_AFTER = {
    "en": r"\b(?:according\s+to|citing|(?:said|reported|counted|estimated|recorded|registered|"
          r"confirmed|announced|identified|tallied|cited|given|compiled|published)\s+by)\b",
    "fr": r"(?:\bselon|\bd['\u2019]après|\b(?:recensé|compté|annoncé|rapporté|confirmé|estimé|"
          r"communiqué|cité|avancé|publié|dénombré|identifié)e?s?\s+par)\b",
    "es": r"\b(?:según|de\s+acuerdo\s+con|citando\s+a|(?:contabilizad|informad|confirmad|"
          r"estimad|registrad|reportad|identificad|cifrad)[oa]s?\s+por)\b",
    "de": r"\b(?:laut|nach\s+Angaben|gemäß|(?:gemeldet|gezählt|geschätzt|bestätigt|registriert|"
          r"identifiziert)\s+(?:von|vom))\b",
    "it": r"\b(?:secondo|stando\s+a|(?:contat|stimat|confermat|registrat|riferit|comunicat|"
          r"identificat)[aoie]\s+da\w*)\b",
    "pt": r"\b(?:segundo|de\s+acordo\s+com|conforme|citando|(?:contabilizad|informad|confirmad|"
          r"estimad|registad|registrad|divulgad|identificad)[oa]s?\s+(?:por|pel[oa]s?))\b",
    "sw": r"\b(?:kwa\s+mujibu\s+wa|kulingana\s+na)\b",
    "id": r"\b(?:menurut|mengutip|berdasarkan\s+data|(?:dilaporkan|dicatat|dikonfirmasi|"
          r"diumumkan|dihimpun)\s+oleh)\b",
    "ms": r"\b(?:menurut|mengikut|memetik|berdasarkan\s+data|(?:dilaporkan|direkodkan|"
          r"disahkan|diumumkan)\s+oleh)\b",
    "vi": r"(?<!\w)(?<!tiếp\s)(?:theo|dẫn\s+lời|trích\s+dẫn)(?!\w)",
    "pl": r"\b(?:według|wg|(?:podan|potwierdzon|odnotowan|oszacowan|policzon)\w*\s+przez)\b",
    "ru": r"\b(?:по\s+(?:данным|словам|информации|оценк\w+|подсч[её]там)|согласно|"
          r"со\s+ссылкой\s+на)\b",
    "uk": r"\b(?:за\s+(?:даними|словами|інформацією|оцінками|підрахунками)|згідно\s+з|"
          r"з\s+посиланням\s+на)\b",
}
FIRST = {language: re.compile(words, re.IGNORECASE) for language, words in SOURCE_FIRST.items()}
AFTER = {language: re.compile(words, re.IGNORECASE) for language, words in SOURCE_AFTER.items()}
NO_SOURCE = re.compile(r"\d")  # a source's words end at a number: "said 11,300 people"
# The words that join a source's name to the capitalised name it is of ("ministère de la
# Santé", "Ministry of the Interior", "Ministerio del Interior"): part of the name there.
JOINS = {
    "en": frozenset({"of", "the", "for"}),
    "fr": frozenset({"de", "la", "l", "du", "des", "d"}),
    "es": frozenset({"de", "la", "del", "los", "las"}),
    "pt": frozenset({"de", "da", "do", "das", "dos"}),
    "it": frozenset({"di", "della", "del", "dei", "degli", "delle", "dell", "l"}),
    "de": frozenset({"des", "der", "für"}),
}


def another_source(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether the amount at span is given to a source, and the figure's label names
    another: "the Red Crescent said 11,300" beside "bodies identified, according to the WHO"."""
    named = source_of_label(label, counting)
    if not named:
        return False  # the explainer's own figure, held against what any source says
    said = source_of(text, span, counting)
    return bool(said) and not same_source(said, named)


def same_source(said: set[str], named: set[str]) -> bool:
    """Tell whether two sources' words name one source: one holds the other's ("the Red
    Crescent", "the Libyan Red Crescent"), or they share two words ("Gaza health officials",
    "the Gaza health ministry"); "the health ministry" is not "the interior ministry"."""
    return said <= named or named <= said or len(said & named) >= 2


def source_of_label(label: str, counting: Counting) -> set[str]:
    """Return the words of the source a figure's label names, if any ("deaths reported by the
    Libyan Red Crescent", "the WHO's count of bodies")."""
    return sources_in(label, counting)


def label_words(label: str, unit: str, counting: Counting) -> set[str]:
    """Return the words of a figure's label that relate it to a sentence, besides its unit's:
    those that say who gave it left out ("according to the WHO" of "people killed, according
    to the WHO"), which say nothing of what it counts, unless it names nothing else ("deaths
    reported by the Red Crescent"); nor, for a time, a noun that says it is a span ("length of
    her reign" in years: see timeunits.span_nouns())."""
    unit_words = {unit} | span_nouns(unit, counting.language, counting.stem)
    words = counting.content_words(label) - unit_words
    if not (source := sources_in(label, counting)):
        return words
    language = counting.language.split("-")[0]
    for pattern in (FIRST.get(language), AFTER.get(language)):
        label = label if pattern is None else pattern.sub(" ", label)
    counted = counting.content_words(label) - unit_words
    return counted - source or counted


def source_of(text: str, span: tuple[int, int], counting: Counting) -> set[str]:
    """Return the words of the source the amount's sentence gives it to: the last one named
    before it, and the first after it, before the next number (", the WHO said")."""
    start, end = span
    sentence = sentence_at(text, start)
    opening = max(text.rfind(sentence, 0, start + len(sentence)), 0)
    before = sources_in(text[opening:start], counting, last=True)
    following = NO_SOURCE.search(text, end, opening + len(sentence))
    after = sources_in(text[end:following.start() if following else opening + len(sentence)],
                       counting)
    return before | after


def sources_in(text: str, counting: Counting, last: bool = False) -> set[str]:
    """Return the words of the first source a text names (the last, if asked)."""
    language = counting.language.split("-")[0]
    found = []
    if (first := FIRST.get(language)) is not None:
        found += [(match.start(), source_before(text, match.start(), counting) or
                   words_from(text, match.end(), counting)) for match in first.finditer(text)]
    if (after := AFTER.get(language)) is not None:
        found += [(match.start(), words_from(text, match.end(), counting))
                  for match in after.finditer(text)]
    named = [words for _, words in sorted(found, reverse=last) if words]
    return named[0] if named else set()


def source_before(text: str, at: int, counting: Counting) -> set[str]:
    """Return the words just before a verb that name who gave the amount, back to a word that
    names nothing, a number or a clause's break ("the Libyan Red Crescent said": Libyan, Red,
    Crescent); four at most."""
    clause = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)), default=0)
    digit = max((m.end() for m in NO_SOURCE.finditer(text, clause, at)), default=clause)
    words = list(counting.word.finditer(text, digit, at))[-6:]
    kept = name_run(list(reversed(words)), counting, backwards=True)
    source = text[kept[-1].start():at] if kept else ""
    return words_of(source, counting) - time_words(source, counting)  # not "Am 11. November"


def words_from(text: str, at: int, counting: Counting) -> set[str]:
    """Return the words that name a source after the words that lead to it, up to a word that
    names nothing after them, a number or a clause's break ("according to the World Health
    Organization"); five at most."""
    stop = CLAUSE_BREAK.search(text, at)
    digit = NO_SOURCE.search(text, at, stop.start() if stop else len(text))
    end = digit.start() if digit else stop.start() if stop else len(text)
    words = dropwhile(lambda word: not names_something(word[0], counting),
                      list(counting.word.finditer(text, at, end))[:7])  # "the" of "the WHO"
    kept = name_run(list(words), counting, backwards=False)
    return words_of(text[kept[0].start():kept[-1].end()], counting) if kept else set()


def name_run(words: list[re.Match[str]], counting: Counting, backwards: bool
             ) -> list[re.Match[str]]:
    """Return the words, in the order given, that name a source from the first: those that
    name something, and the words that join them to a capitalised name (JOINS: "ministère de
    la Santé", read backwards from the verb or forwards from "selon")."""
    joins = JOINS.get(counting.language.split("-")[0], frozenset())
    kept: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []
    for word in words:
        if names_something(word[0], counting):
            if pending and not (kept[-1] if backwards else word)[0][:1].isupper():
                break  # "chiffres de la police": no name is joined
            kept += pending + [word]
            pending = []
        elif kept and word[0].lower() in joins:
            pending.append(word)
        else:
            break
    return kept


def words_of(source: str, counting: Counting) -> set[str]:
    """Return the words of a source's name, a name in capitals alone among them ("WHO")."""
    return counting.content_words(source) | {counting.stem(name) for name in
                                             counting.acronym.findall(source)}


def names_something(word: str, counting: Counting) -> bool:
    """Tell whether a word may name a source: not a stop word ("the", "were"), unless it is
    written in capitals ("WHO")."""
    return bool(counting.content_words(word)) or len(word) > 1 and word.isupper()
