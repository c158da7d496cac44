"""Amounts added to a list, a register, a tally or a total: "The package added 74 vessels to
the sanctions list", "put 74 vessels on the list", "74 navires ont été ajoutés à la liste",
"В ограничительные списки внесены 74 судна".

A new step is told by what it adds: the amount a verb of adding puts on a list is what was
added, not the list's level, and is held, as "another 200 officers" is (see levels.ADDED),
only against the figures of what was added ("vessels added to the list in the 16th
package"). The clause says so when it holds a verb of adding ("add", "put", "include"; the
languages' equivalents) and what it is added to, a preposition and a noun of a list, a register,
a tally or a total ("to the sanctions list", "à la liste", "auf die Sanktionsliste", "в
списки"); the amount's clause runs on over a list of amounts ("48 people, 35 companies and 74
vessels"). Not when:

- a word that opens another clause stands between the verb and the amount ("added that 153
  vessels are on the list", "after the EU added ..."): the verb is another clause's;
- what it is added to comes before the amount with no verb between ("to its list of 153
  vessels"): the amount is the list's size;
- the clause says the amount is a total reached ("has put 153 vessels on the list so far",
  "insgesamt", "в общей сложности"): a sum of every step is the level.

"Extend ... to" is not read so: it gives the level reached as often ("extended its lead to 12
points", "extended the ban to 30 days").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..amounts.partwords import IN_ALL
from .sentences import CLAUSE_BREAK, sentence_start

# By language: the verbs of adding something to a list; the prepositions (an article joined
# to some) before what it is added to; the nouns of a list, a register, a tally or a total;
# the words that open another clause; the words, besides those of a sum (partwords.IN_ALL),
# that make an amount a total reached ("so far", "to date", "bislang").
WORDS = {
    "en": (r"add(?:s|ed|ing)?|put(?:s|ting)?|plac(?:e|es|ed|ing)|includ(?:e|es|ed)|"
           r"insert(?:s|ed|ing)?|enter(?:s|ed|ing)?",
           r"to|onto|on|in|into",
           # a list's noun, not a word that ends so ("journalists", "nationalists")
           r"(?:(?:black|watch|short|wait|check)-?)?lists?|register|registry|rosters?|rolls?|"
           r"tally|total|toll|count|database|index",
           r"that|which|who|whom|whose|after|since|when|while|because|before|until|if|"
           r"though|although|where",
           r"so\s+far|to\s+date|since|overall|cumulative(?:ly)?"),
    "fr": (r"ajout\w*|rajout\w*|inscri\w*|inclu\w*|intégr\w*|plac\w*|mis|mise|mises|met|"
           r"mettent|mettre",
           r"à|au|aux|sur|dans|en",
           r"listes?|registres?|bilans?|décomptes?|total|totaux|répertoires?|fichiers?",
           r"que|qu['\u2019]|qui|dont|après|depuis|lorsque|quand|car|puisque|tandis|si",
           r"jusqu['\u2019]ici|jusqu['\u2019]à\s+présent|à\s+ce\s+jour|"
           r"depuis|en\s+cumulé|au\s+cumul"),
    "es": (r"añad\w*|agreg\w*|inclu(?!so\b)\w*|incorpor\w*|inscri\w*|introduj\w*|coloc\w*",
           r"a|al|en",
           r"listas?|registros?|nóminas?|padrón|padrones|recuentos?|balances?|total|totales|"
           r"cómputos?",
           r"que|quien|quienes|cuyos?|cuyas?|después|desde|cuando|porque|mientras|tras|si",
           r"hasta\s+ahora|hasta\s+la\s+fecha|desde|acumulad\w*"),
    "de": (r"hinzugefügt|hinzu\w*|füg\w*|aufgenommen|nimmt|nahm\w*|aufnehm\w*|gesetzt|setz\w*|"
           r"ergänzt|eingetragen|trägt|trug\w*|eintrag\w*|aufgelistet",
           r"auf|in|ins|zu|zur|zum",
           # a compound's list ("Sanktionsliste"), not a word that ends so ("Journalisten")
           r"\w*(?<!a)listen?|\w*register|\w*verzeichnis\w*|bilanz|gesamtzahl|zählung",
           r"dass|nachdem|seit|seitdem|weil|wenn|während|bevor|obwohl|welche[rsmn]?",
           r"bislang|bisher|seit|mittlerweile|inzwischen|zusammengenommen"),
    "it": (r"aggiun\w*|inser\w*|inclus\w*|inclu\w*|iscri\w*|iscritt\w*|mess[oaie]|mett\w*",
           r"a|al|allo|alla|ai|agli|alle|all['\u2019]|in|nel|nello|nella|nei|negli|nelle|"
           r"nell['\u2019]|su|sul|sullo|sulla|sui|sugli|sulle|sull['\u2019]",
           r"lista|liste|elenco|elenchi|registro|registri|conteggio|totale|bilancio",
           r"che|cui|dopo|quando|perché|mentre|poiché|se",
           r"finora|fino\s+ad\s+ora|ad\s+oggi|da\s+allora"),
    "pt": (r"incluí\w*|inclu(?!sive\b)\w*|adicion\w*|acrescent\w*|inser\w*|incorpor\w*|coloc\w*|"
           r"inscrit\w*|inscrev\w*",
           r"a|à|às|ao|aos|em|na|nas|no|nos|numa|num",
           r"listas?|registros?|registos?|cadastros?|balanços?|contagens?|total|totais",
           r"que|quem|cujos?|cujas?|depois|desde|quando|porque|enquanto|após|se",
           r"até\s+agora|até\s+hoje|desde|acumulad\w*"),
    "ru": (r"внес\w*|внёс\w*|добав\w*|включ(?!ая)\w*|занес\w*|занёс\w*|попал\w*",
           r"в|во|на",
           r"списк\w*|список|перечн\w*|перечень|реестр\w*",
           r"что|чтобы|котор\w*|после|когда|потому|пока|если",
           r"всего|к\s+настоящему|на\s+сегодня|с\s+начала|до\s+сих\s+пор"),
    "uk": (r"внес\w*|внесл\w*|дода\w*|включ(?!аючи)\w*|занес\w*|потрапил\w*",
           r"до|в|у|на",
           r"списк\w*|список|перелік\w*|реєстр\w*",
           r"що|щоб|котр\w*|як(?:ий|а|е|і|их)|після|відколи|коли|бо|поки|якщо",
           r"всього|усього|досі|на\s+сьогодні|з\s+початку"),
}
# A comma that only runs a list of amounts on: ", 35 companies", ", and 74 vessels".
LISTED_ON = re.compile(r"\s*(?:[^\W\d_]+\s+)?\d")


@dataclass(frozen=True)
class Adding:
    """A language's words of adding to a list, compiled."""

    verb: re.Pattern[str]
    onto: re.Pattern[str]  # what it is added to: "to the sanctions list"
    opens: re.Pattern[str]
    totals: re.Pattern[str]

    @classmethod
    def of(cls, verbs: str, prepositions: str, nouns: str, opens: str, totals: str) -> Adding:
        """Compile a language's words (see WORDS)."""
        def word(words: str) -> re.Pattern[str]:
            return re.compile(rf"(?<![\w'\u2019-])(?:{words})(?![\w'\u2019-])", re.IGNORECASE)
        # the preposition, then up to three words before the noun: "to the EU's sanctions list"
        onto = re.compile(rf"(?<![\w'\u2019-])(?:{prepositions})(?:\s+|(?<=['\u2019]))"
                          rf"(?:[^\W\d_][\w'\u2019-]*\s+){{0,3}}?(?:{nouns})(?![\w'\u2019-])",
                          re.IGNORECASE)
        return cls(word(verbs), onto, word(opens), word(totals))


ADDING = {language: Adding.of(*words[:4], rf"{IN_ALL[language]}|{words[4]}")
          for language, words in WORDS.items()}


def added_to(text: str, start: int, end: int, language: str) -> bool:
    """Tell whether the amount written from start to end in a text is what its clause adds
    to a list, a register, a tally or a total (see the module's docstring); a figure's label
    ("vessels added to the list in the 16th package") is read with an empty amount at 0."""
    adding = ADDING.get(language.split("-")[0])
    if adding is None:
        return False
    first, last = clause_around(text, start, end)
    clause, at, to = text[first:last], start - first, end - first
    if adding.totals.search(clause) or opened_by(adding.totals, text, first):
        return False
    # a verb of this clause: no word that opens another stands between it and the amount
    verbs = [verb.span() for verb in adding.verb.finditer(clause)
             if not (adding.opens.search(clause, verb.end(), at) if verb.end() <= at
                     else adding.opens.search(clause, to, verb.start()))]
    # what it is added to: after the amount, or before it with a verb between
    return any(onto.start() >= to or any(onto.end() <= begin and done <= at
                                         for begin, done in verbs)
               for onto in adding.onto.finditer(clause)) and bool(verbs)


def opened_by(words: re.Pattern[str], text: str, first: int) -> bool:
    """Tell whether the clause that opens the sentence of a clause starting at first holds
    these words alone, as an adverb of the whole sentence does ("En total, se han añadido")."""
    start = sentence_start(text, first)
    opening = CLAUSE_BREAK.search(text, start, first)
    return opening is not None and words.fullmatch(text[start:opening.start()].strip()) is not None


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where the clause of the amount from start to end begins and ends, run on over
    the commas of a list of amounts ("added 48 people, 35 companies and 74 vessels to")."""
    breaks = list(CLAUSE_BREAK.finditer(text, max(start - 300, 0), end + 300))
    before = [each for each in breaks if each.end() <= start]
    after = [each for each in breaks if each.start() >= end]
    while before and before[-1][0].startswith(",") and LISTED_ON.match(text, before[-1].end()):
        before.pop()
    while after and after[0][0].startswith(",") and LISTED_ON.match(text, after[0].end()):
        after.pop(0)
    return (before[-1].end() if before else max(start - 300, 0)), \
        (after[0].start() if after else min(end + 300, len(text)))
