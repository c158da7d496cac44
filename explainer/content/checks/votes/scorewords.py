"""Each language's words of a match's result, which make two joined numbers a score.

A language gives the verbs that put the winner first ("beat", "won"), those that put the loser
first ("lost") and those of a draw ("drew"); the nouns of a result, before or after the score
("a 2-1 win", "une victoire 2-1", "ein 2:1-Sieg"); what makes it a shoot-out's or an aggregate
of two legs ("on penalties", "aux tirs au but", "en los penaltis", "im Elfmeterschießen", "ai
rigori"); what makes it no result ("at half-time", "up", "down"); the words before a side named
after the result ("over", "contre", "gegen"); a match's stage ("final", "group") and its day
("Tuesday", "March", named as CLDR names them); what says another, earlier meeting ("last
year", "ago"); the nouns after numbers that make them a range or a tally of votes, never a
score ("3-4 days", "a 6-3 ruling"); and the capitalised words that name no side ("They",
"After").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from babel.dates import get_day_names, get_month_names

from ...languages import cldr_locale


class ScoreWords(NamedTuple):
    """A language's words of a result; each a pattern of words, in any case."""

    won: re.Pattern[str]
    lost: re.Pattern[str]
    drew: re.Pattern[str]
    win_noun: re.Pattern[str]
    loss_noun: re.Pattern[str]
    draw_noun: re.Pattern[str]
    shootout: re.Pattern[str]
    aggregate: re.Pattern[str]
    interim: re.Pattern[str]
    facing: re.Pattern[str]
    stage: re.Pattern[str]
    earlier: re.Pattern[str]
    never: re.Pattern[str]
    common: re.Pattern[str]
    language: str = "en"

    def days(self) -> re.Pattern[str]:
        """Return the pattern of the language's names of the days of the week and of the
        months, which tell one meeting from another ("on Tuesday", "in March")."""
        return calendar_words(self.language)


@functools.cache  # once per language
def calendar_words(language: str) -> re.Pattern[str]:
    """Return the pattern of a language's names of the days of the week and of the months as
    CLDR writes them, and capitalised ("Lunedì"), matched as they are: "May", not the "may" of
    "prices may rise"."""
    locale = cldr_locale(language)
    names = set() if locale is None else {
        name for context in ("format", "stand-alone") for table in (
            get_day_names("wide", context, locale=locale),
            get_month_names("wide", context, locale=locale)) for name in table.values()}
    names |= {name[0].upper() + name[1:] for name in names}
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                      + r")(?!\w)" if names else r"(?!)")


def words(pattern: str) -> re.Pattern[str]:
    """Compile an alternation of words, in any case, as whole words."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


# A range or a tally whatever governs it: "3-4 days", "a 6-3 ruling", "10-12 per cent".
ENGLISH_NEVER = (r"days?|weeks?|months?|years?|hours?|minutes?|seconds?|times|per\s*cent|"
                 r"percent|%|votes?|ruling|decision|verdict|majority|seats?|million|billion|"
                 r"people|km|miles?|metres?|meters?|points|pts|degrees|pounds|dollars|euros|"
                 r"tonnes|kg")

# By language, what makes its table: each compiled when a story in it is first read (a site
# reads one language or a few, and start-up compiles none).
SCORE_WORDS: dict[str, Callable[[], ScoreWords]] = {
    "en": lambda: ScoreWords(
        language="en",
        won=words(r"beat|beats|beating|defeated|defeats|defeating|won|wins|winning|edged|"
                  r"thrashed|routed|downed|overcame|outlasted"),
        lost=words(r"lost|loses|losing|fell|went\s+down"),
        drew=words(r"drew|draws|drawing|tied"),
        win_noun=words(r"win|victory|triumph|success"),
        loss_noun=words(r"defeat|loss"),
        draw_noun=words(r"draw|tie|stalemate"),
        shootout=words(r"on\s+penalties|on\s+pens|on\s+spot[- ]kicks|(?:penalty\s+)?"
                       r"shoot-?outs?|tie-?break(?:er)?"),
        aggregate=words(r"on\s+aggregate|agg\.?"),
        interim=words(r"at\s+(?:half-?time|the\s+break|the\s+interval)|up|down|led|leading|"
                      r"lead|trailed|trailing|ahead|behind|level|going\s+into"),
        facing=words(r"over|against|to|with|and|versus|vs\.?"),
        stage=words(r"final|semi-?finals?|quarter-?finals?|group(?:\s+stage)?|round\s+of\s+"
                    r"\d+|first\s+leg|second\s+leg|replay|opener|play-?offs?"),
        earlier=words(r"ago|last\s+(?:year|season|time|meeting)|previous(?:ly)?|earlier\s+"
                      r"meeting|had\s+(?:beaten|won|lost|drawn)"),
        never=words(ENGLISH_NEVER),
        common=words(r"they|he|she|it|we|who|the|a|an|in|on|at|after|then|but|and|when|both|"
                     r"their|his|her|its|this|that|sunday|monday|tuesday|wednesday|thursday|"
                     r"friday|saturday")),
    "fr": lambda: ScoreWords(
        language="fr",
        won=words(r"battu|bat|battent|battant|dominé|vaincu|gagné|remporté|l'emporte|"
                  r"l'a\s+emporté|s'est\s+imposée?|se\s+sont\s+imposée?s|s'impose"),
        lost=words(r"perdu|perd|s'est\s+incliné(?:e|s)?|s'incline"),
        drew=words(r"fait\s+match\s+nul|fait\s+nul|concédé\s+le\s+nul"),
        win_noun=words(r"victoire|succès"),
        loss_noun=words(r"défaite"),
        draw_noun=words(r"match\s+nul|nul|égalité"),
        shootout=words(r"aux\s+tirs\s+au\s+but|aux\s+penalties|aux\s+tirs\s+au\s+but|"
                       r"séance\s+de\s+tirs\s+au\s+but"),
        aggregate=words(r"en\s+cumulé|sur\s+l'ensemble\s+des\s+deux\s+matchs"),
        interim=words(r"à\s+la\s+mi-temps|à\s+la\s+pause|menait|menaient|mené|menés?|"
                      r"en\s+tête"),
        facing=words(r"contre|face\s+à|sur|devant|et"),
        stage=words(r"finale|demi-finale|quart\s+de\s+finale|huitièmes?|poules?|groupe|"
                    r"match\s+aller|match\s+retour"),
        earlier=words(r"il\s+y\s+a|l'an\s+dernier|(?:année|saison)\s+dernière|auparavant|"
                      r"précédente?"),
        never=words(r"jours?|semaines?|mois|ans|années|heures?|minutes?|%|pour\s+cent|voix|"
                    r"sièges|décision|millions?"),
        common=words(r"ils|elles|il|elle|on|qui|le|la|les|un|une|en|à|après|puis|mais|et|quand|"
                     r"dimanche|samedi")),
    "es": lambda: ScoreWords(
        language="es",
        won=words(r"venció|vence|vencen|derrotó|derrota|ganó|gana|ganaron|superó|"
                  r"se\s+impuso|se\s+imponen?"),
        lost=words(r"perdió|pierde|perdieron|cayó|cae"),
        drew=words(r"empató|empata|empataron"),
        win_noun=words(r"victoria|triunfo"),
        loss_noun=words(r"derrota"),
        draw_noun=words(r"empate"),
        shootout=words(r"en\s+(?:los|la\s+tanda\s+de)\s+penaltis|en\s+(?:los\s+)?penales|"
                       r"desde\s+el\s+punto\s+penal|tanda\s+de\s+penaltis|por\s+penales"),
        aggregate=words(r"en\s+el\s+global|en\s+el\s+marcador\s+global"),
        interim=words(r"al\s+descanso|en\s+el\s+descanso|ganaba|ganaban|perdía|perdían|"
                      r"iba|iban|ventaja"),
        facing=words(r"a|ante|contra|sobre|frente\s+a|y"),
        stage=words(r"final|semifinal(?:es)?|cuartos\s+de\s+final|octavos|grupo|fase\s+de\s+"
                    r"grupos|ida|vuelta"),
        earlier=words(r"hace|el\s+año\s+pasado|la\s+temporada\s+pasada|anterior(?:mente)?"),
        never=words(r"días|semanas|meses|años|horas|minutos|%|por\s+ciento|votos|escaños|"
                    r"fallo|sentencia|millones"),
        common=words(r"ellos|ellas|él|ella|quien|el|la|los|las|un|una|en|tras|después|luego|"
                     r"pero|y|cuando|domingo|sábado")),
    "de": lambda: ScoreWords(
        language="de",
        won=words(r"schlug|schlagen|besiegte|besiegten|gewann|gewinnt|gewannen|bezwang|"
                  r"setzte\s+sich|setzten\s+sich"),
        lost=words(r"verlor|verliert|verloren|unterlag|unterlagen"),
        drew=words(r"remisierte|remisierten"),
        win_noun=words(r"Sieg|Erfolg"),
        loss_noun=words(r"Niederlage"),
        draw_noun=words(r"Unentschieden|Remis"),
        shootout=words(r"im\s+Elfmeterschießen|im\s+Elfmeterschiessen|nach\s+Elfmeterschießen|"
                       r"vom\s+Punkt|n\.\s*E\."),
        aggregate=words(r"in\s+der\s+Addition|nach\s+Hin-\s+und\s+Rückspiel"),
        interim=words(r"zur\s+Pause|zur\s+Halbzeit|führte|führten|lag|lagen|Führung|"
                      r"Rückstand"),
        facing=words(r"gegen|über|und"),
        stage=words(r"Finale|Endspiel|Halbfinale|Viertelfinale|Achtelfinale|Gruppe|"
                    r"Gruppenspiel|Hinspiel|Rückspiel"),
        earlier=words(r"vor\s+\w+\s+Jahren|im\s+Vorjahr|letztes\s+Jahr|zuvor|damals|früher"),
        never=words(r"Tage|Wochen|Monate|Jahre|Stunden|Minuten|%|Prozent|Stimmen|Sitze|"
                    r"Entscheidung|Urteil|Millionen|Uhr"),
        common=words(r"sie|er|es|wir|der|die|das|den|dem|ein|eine|einen|im|am|nach|dann|aber|"
                     r"und|als|Sonntag|Samstag|Mannschaft|Team|Elf|Spiel|Tor|Tore")),
    "it": lambda: ScoreWords(
        language="it",
        won=words(r"battuto|batte|battono|sconfitto|superato|vinto|vince|vincono|"
                  r"si\s+è\s+imposta?|si\s+impone"),
        lost=words(r"perso|perde|perdono|caduta?"),
        drew=words(r"pareggiato|pareggia|pareggiano"),
        win_noun=words(r"vittoria|successo"),
        loss_noun=words(r"sconfitta"),
        draw_noun=words(r"pareggio"),
        shootout=words(r"ai\s+rigori|dopo\s+i\s+rigori|dal\s+dischetto|lotteria\s+dei\s+"
                       r"rigori"),
        aggregate=words(r"nel\s+doppio\s+confronto|complessivo"),
        interim=words(r"all'intervallo|a\s+fine\s+primo\s+tempo|conduceva|conducevano|"
                      r"in\s+vantaggio|sotto"),
        facing=words(r"contro|su|sul|sulla|e"),
        stage=words(r"finale|semifinale|quarti|ottavi|girone|andata|ritorno"),
        earlier=words(r"anni\s+fa|l'anno\s+scorso|la\s+scorsa\s+stagione|in\s+precedenza"),
        never=words(r"giorni|settimane|mesi|anni|ore|minuti|%|per\s+cento|voti|seggi|"
                    r"sentenza|milioni"),
        common=words(r"loro|lui|lei|chi|il|lo|la|i|gli|le|un|una|in|dopo|poi|ma|e|quando|"
                     r"domenica|sabato")),
    "pt": lambda: ScoreWords(
        language="pt",
        won=words(r"venceu|vence|vencem|derrotou|derrota|bateu|ganhou|superou|"
                  r"goleou"),
        lost=words(r"perdeu|perde|perderam|caiu"),
        drew=words(r"empatou|empata|empataram"),
        win_noun=words(r"vitória|triunfo"),
        loss_noun=words(r"derrota"),
        draw_noun=words(r"empate"),
        shootout=words(r"nos\s+pênaltis|nos\s+penáltis|nos\s+penaltis|disputa\s+de\s+"
                       r"pênaltis|desempate\s+por\s+pênaltis"),
        aggregate=words(r"no\s+agregado|no\s+placar\s+agregado"),
        interim=words(r"no\s+intervalo|ao\s+intervalo|vencia|venciam|perdia|perdiam|"
                      r"vantagem"),
        facing=words(r"contra|sobre|diante\s+de|ante|e"),
        stage=words(r"final|semifinal|quartas\s+de\s+final|oitavas|grupo|ida|volta"),
        earlier=words(r"há\s+\w+\s+anos|no\s+ano\s+passado|anteriormente|na\s+temporada\s+"
                      r"passada"),
        never=words(r"dias|semanas|meses|anos|horas|minutos|%|por\s+cento|votos|cadeiras|"
                    r"milhões"),
        common=words(r"eles|elas|ele|ela|quem|o|a|os|as|um|uma|em|após|depois|mas|e|quando|"
                     r"domingo|sábado")),
}


@functools.cache  # once per language
def score_words(language: str) -> ScoreWords | None:
    """Return a language tag's words of a result, if they are known."""
    made = SCORE_WORDS.get(language.split("-")[0].lower())
    return None if made is None else made()
