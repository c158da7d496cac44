"""What a figure's label says its figure is, beyond the words a sentence shares with it.

- What is needed ("seats needed for a majority") is a threshold: a sentence that says nothing
  of need states a level reached ("hold 82 seats, a bare majority"), not the threshold; and
  an amount said to be needed ("requires 60%") is no level reached ("vote for Amendment 4").
- A target, a goal, a ceiling or a cap ("the Bank of England's inflation target") is a bound
  set, not a level reached: a sentence that names none speaks of the level ("services
  inflation eased to 4.7%"). A target for a rate ("the Fed's target range for the federal
  funds rate") is the rate as it is set, a level.
- A majority or a margin ("Labour's majority", "uma diferença") is what one side has over
  the others: an amount one is of ("a majority of 174 seats") is held against such figures
  alone, and they only against a sentence that speaks of one.
- One of two kinds of a thing ("gross reserves") is not the other ("net reserves"), and a
  rate over a month ("monthly inflation", "inflación mensual") is not one over a year
  ("annual inflation", "inflación interanual"); nor are suspected or probable cases ("casos
  prováveis") confirmed ones.
- One of several kinds of a thing ("44 silver medals", "40 médailles d'or") is a part of
  what a label that names none of them counts ("medals won by the United States"), and no
  other kind is the kind a label names ("gold medals won").
- A trial's control group ("the placebo group", "les non-vaccinés") is not the group given
  the treatment: an amount said of it, in its part of the sentence ("2.4% on placebo", not
  "15%" of "2.4% on placebo against 15% on the drug"), is held only against a label that
  names it.
- A label of two words side by side, one of which says which of its kind the other is
  ("unemployment rate", "taux directeur"), is not what a sentence speaks of by the other
  alone ("the rate", "rates"): that may be any rate. Not a label whose words "of" parts
  ("cost of the dam"), whose second says whose, as a sentence may otherwise ("the project's
  cost").
"""

from __future__ import annotations

import re

from ..counting import Counting
from .actornames import POSSESSIVE
from .countwords import CONJUNCTIONS
from .fates import other_fate
from .peaks import only_peak
from .times import time_words

# Bound words, and the rate a target may be for (group 'rate'); "goals scored" are none.
BOUNDS = {
    "en": (r"targets?|goals?(?!\s+(?:scored|conceded|allowed))|ceilings?|(?<!market\s)caps?"
           r"|objectives?", r"rates?"),
    "fr": (r"objectifs?|cibles?|plafonds?", r"taux"),
    "es": (r"objetivos?|metas?|techos?|topes?", r"tasas?|tipos?"),
    "de": (r"\w*ziel\w*|\w*obergrenzen?", r"\w*zins\w*|\w*satz"),
    "it": (r"obiettiv[oi]|target|tett[oi]", r"tass[oi]"),
    "pt": (r"metas?|objetivos?|tetos?", r"taxas?|selic"),
}
BOUND = {language: re.compile(rf"(?<!\w)(?:(?P<rate>{rate})|(?P<bound>{bound}))(?!\w)", re.I)
         for language, (bound, rate) in BOUNDS.items()}
# The two kinds of a thing told apart by one word: "net" and "gross" reserves, a rate over a
# month and one over a year, cases suspected (or probable) and cases confirmed.
OPPOSED = {
    "en": (("net", "gross"), ("real", "nominal"), ("core", "headline"),
           ("monthly", "annual yearly annualised annualized"),
           ("suspected probable", "confirmed")),
    "fr": (("net nets nette nettes", "brut bruts brute brutes"),
           ("mensuel mensuels mensuelle mensuelles", "annuel annuels annuelle annuelles"),
           ("suspect suspects suspecte suspectes suspecté suspectés probable probables",
            "confirmé confirmés confirmée confirmées")),
    "es": (("neto netos neta netas", "bruto brutos bruta brutas"),
           ("mensual mensuales", "interanual interanuales anual anuales"),
           ("sospechoso sospechosos sospechosa sospechosas probable probables",
            "confirmado confirmados confirmada confirmadas")),
    "de": (("netto", "brutto"),
           ("monatlich monatliche monatlichen monatlicher", "jährlich jährliche jährlichen "
            "jährlicher Jahresrate Jahresteuerung"),
           ("Verdachtsfall Verdachtsfälle Verdachtsfällen Verdachtsfalls wahrscheinliche",
            "bestätigt bestätigte bestätigten bestätigter")),
    "it": (("netto netti netta nette", "lordo lordi lorda lorde"),
           ("mensile mensili", "annuo annua annui annue annuale annuali tendenziale"),
           ("sospetto sospetti sospetta sospette probabile probabili",
            "confermato confermati confermata confermate")),
    "pt": (("líquido líquidos líquida líquidas", "bruto brutos bruta brutas"),
           ("mensal mensais", "anual anuais interanual interanuais"),
           ("suspeito suspeitos suspeita suspeitas provável prováveis",
            "confirmado confirmados confirmada confirmadas")),
    "id": (("bersih", "kotor"), ("bulanan", "tahunan"),
           ("suspek dugaan diduga probable", "terkonfirmasi dikonfirmasi")),
    "ms": (("bersih", "kasar"), ("bulanan", "tahunan"), ("disyaki suspek", "disahkan")),
    "vi": (("ròng", "gộp"), ("nghi", "xác")),  # "nghi mắc" and "xác nhận"
    "pl": (("netto", "brutto"),
           ("miesięczna miesięczny miesięczne miesięcznie", "roczna roczny roczne rocznie"),
           ("podejrzanych podejrzane podejrzeniem podejrzeń prawdopodobnych",
            "potwierdzonych potwierdzone potwierdzony potwierdzona")),
    "ru": (("чистые чистых чистый чистая чистой", "валовые валовых валовой валовая"),
           ("месячная месячной месячный месячном", "годовая годовой годовых годовом"),
           ("подозрением подозрения подозрений вероятных", "подтверждённых подтвержденных "
            "подтверждённые подтвержденные подтверждённый подтвержденный")),
    "uk": (("чисті чистих чистий чиста чистої", "валові валових валовий валова"),
           ("місячна місячної місячний місячному", "річна річної річний річному"),
           ("підозрою підозри підозр ймовірних", "підтверджених підтверджені підтверджений")),
    "ko": (("순", "총"), ("전월", "전년"), ("의심", "확진")),
}
# The kinds of a thing, of which an amount may count one: a medal's metal.
KINDS = {
    "en": (("gold", "silver", "bronze"),),
    "fr": (("or", "argent", "bronze"),),
    "es": (("oro", "plata", "bronce"),),
    "de": (("gold", "silber", "bronze"),),
    "it": (("oro", "argento", "bronzo"),),
    "pt": (("ouro", "prata", "bronze"),),
}
# A trial's control group, and what sets one group against another in a clause ("against").
CONTROL = {
    "en": (r"placebos?|control\s+(?:group|arm)s?|unvaccinated|untreated",
           r"against|versus|vs\.?|compared\s+(?:with|to)|while|whereas|[,;]\s+(?:and|but)"),
    "fr": (r"placebos?|groupes?\s+t[ée]moins?|non[\s-]vaccin[ée]e?s",
           r"contre|face\s+à|par\s+rapport\s+à|alors\s+que|tandis\s+que|[,;]\s+(?:et|mais)"),
    "es": (r"placebos?|grupos?\s+de\s+control|no\s+vacunad[oa]s",
           r"contra|frente\s+a|comparad[oa]s?\s+con|mientras\s+que|[,;]\s+(?:y|pero)"),
    "de": (r"Placebos?|Kontrollgruppen?|Ungeimpften?",
           r"gegenüber|verglichen\s+mit|im\s+Vergleich\s+zu|während|[,;]\s+(?:und|aber)"),
    "it": (r"placebo|gruppo\s+di\s+controllo|non\s+vaccinat[iei]",
           r"contro|rispetto\s+a[li]?|mentre|[,;]\s+(?:e|ma)"),
    "pt": (r"placebos?|grupos?\s+de\s+controle|grupos?\s+controlo|não\s+vacinad[oa]s",
           r"contra|frente\s+a|comparad[oa]s?\s+com|enquanto|[,;]\s+(?:e|mas)"),
}
ARMS = {language: (re.compile(rf"(?<!\w)(?:{arm})(?!\w)", re.IGNORECASE),
                   re.compile(rf"(?<!\w)(?:{against})(?!\w)|;", re.IGNORECASE))
        for language, (arm, against) in CONTROL.items()}
LETTERS = re.compile(r"[^\W\d_]+")  # a word without its elided article: "or" of "d'or"
# The words of a majority, or a margin, that one side has over the others, in each language.
MARGINS = {
    "en": "majority majorities margin margins",
    "fr": "majorité majorités marge marges écart écarts",
    "es": "mayoría mayorías margen márgenes diferencia ventaja",
    "de": "mehrheit mehrheiten vorsprung",
    "it": "maggioranza maggioranze margine margini scarto differenza vantaggio",
    "pt": "maioria maiorias margem margens diferença vantagem",
}
# The languages whose word of two side by side that names the thing comes last: "unemployment
# rate"; in the others it comes first ("réserves brutes", "taux directeur").
HEAD_LAST = frozenset({"en", "de"})


def another_kind(label: str, words: set[str], sentence: str, counting: Counting) -> bool:
    """Tell whether a label (as written, and its words' stems) names a kind of thing that a
    sentence does not speak of: a threshold, a bound set, a peak (see peaks.py), another of
    two kinds, or what befell others of those it counts ("displaced" beside "died": see
    fates.py)."""
    said = counting.content_words(sentence)
    language = counting.language.split("-")[0]
    margins = margin_words(counting)
    return only_needed(words, said, counting) or only_bound(label, sentence, language) \
        or only_peak(label, sentence, language) or opposed(words, said, language, counting) \
        or other_fate(label, sentence, language) or \
        bool(words & margins) and not words & counting.needed and not said & margins


def only_needed(label: set[str], sentence: set[str], counting: Counting) -> bool:
    """Tell whether a label (its words' stems) says its figure is what is needed, a threshold,
    and a sentence does not."""
    return bool(label & counting.needed) and not sentence & counting.needed


def margin_words(counting: Counting) -> set[str]:
    """Return the stems of the words of a majority or a margin in a language."""
    return set(map(counting.stem, MARGINS.get(counting.language.split("-")[0], "").split()))


def kind_alone(text: str, span: tuple[int, int], label: set[str], counting: Counting) -> bool:
    """Tell whether the words just around an amount say it is of a kind a label (its words'
    stems) is not: what is needed (see needed_alone()), or what a majority is of, as the
    words before it say, a qualifier apart ("a majority of 174 seats", "uma diferença de cerca
    de 2,1 milhões de votos")."""
    head = text[max(span[0] - 60, 0):span[0]]
    head = head[:qualified.start()] if (qualified := counting.qualifier.search(head)) else head
    before = counting.content_words(" ".join(head.split()[-3:]))
    margins = margin_words(counting)
    return needed_alone(text, span, label, counting) or \
        bool(before & margins) and not label & margins


def needed_alone(text: str, span: tuple[int, int], label: set[str], counting: Counting
                 ) -> bool:
    """Tell whether the words just around an amount say it is what is needed ("Florida
    requires 60%", "the 60% needed", "a 60% threshold") and a label (its words' stems) does
    not: the amount is a threshold, no level reached ("won 57%")."""
    before = " ".join(text[max(span[0] - 60, 0):span[0]].split()[-2:])  # the nearest words
    after = " ".join(text[span[1]:span[1] + 60].split()[:1])
    return bool(counting.content_words(f"{before} {after}") & counting.needed) and \
        not label & counting.needed


def only_bound(label: str, sentence: str, language: str) -> bool:
    """Tell whether a label names a bound set (not a rate's target), and a sentence no bound."""
    pattern = BOUND.get(language)
    if pattern is None:
        return False
    found = [match.lastgroup for match in pattern.finditer(label)]
    return "bound" in found and "rate" not in found and not any(
        match.lastgroup == "bound" for match in pattern.finditer(sentence))


def opposed(label: set[str], sentence: set[str], language: str, counting: Counting) -> bool:
    """Tell whether a label names one of two kinds ("gross") and a sentence the other alone."""
    for pair in OPPOSED.get(language, ()):
        one, other = ({counting.stem(word) for word in kind.split()} for kind in pair)
        for ours, theirs in ((one, other), (other, one)):
            if label & ours and sentence & theirs and not sentence & ours:
                return True
    return False


def head_alone(label: str, words: set[str], shared: set[str], counting: Counting) -> bool:
    """Tell whether, of a label of two words (as written, and their stems; beside the words
    of its time, "in the quarter"), or of one and the words joined to its other ("roads and
    transport budget"), a sentence has only the one that names the thing ("rate" of
    "unemployment rate", "revenue" of "data-centre revenue in the quarter", "budget"), not
    the ones that say which. A possessive says whose, not which: "Millbrook's budget"."""
    times = time_words(label, counting)
    written = counting.word.findall(label.lower())
    content = [at for at, word in enumerate(written)
               if word not in counting.stop_words and len(word) >= 3
               and not counting.content_words(word) <= times]
    # A compound is its parts: "data-centre" is "data" and "centre".
    stems = [counting.content_words(written[at]) for at in content]
    if len(content) < 2 or set().union(*stems) != words - times or \
            POSSESSIVE.search(written[content[0]]):
        return False
    joints = CONJUNCTIONS.get(counting.language.split("-")[0], frozenset())
    if any(set(written[one + 1:two]) - joints or two - one > 2
           for one, two in zip(content, content[1:], strict=False)) or \
            len(content) > 2 and content[-1] != content[-2] + 1:
        return False  # "cost of the dam": what follows "of" says whose, as "the project's" may
    last = counting.language.split("-")[0] in HEAD_LAST
    return shared - times == stems[-1 if last else 0]


def names_alone(shared: set[str], words: set[str], names: set[str], label: str,
                whole: bool, counting: Counting) -> bool:
    """Tell whether a sentence shares with the label of a measure (money, a percentage, a
    length: its words' stems, `names` the stems of its names) nothing that says what it
    measures, where the label says it: only its names, whose it is ("79 miles above the Moon"
    is no distance "flown by Orion"), its time, and, of a percentage the sentence says is of a
    whole, the word the label calls it by and what it is of ("40% of mpox cases in the DRC
    are confirmed" is no "share of mpox cases in the DRC in children under 15")."""
    what = words - names - time_words(label, counting)
    what -= share_words(label, counting) if whole else set()
    return bool(what) and not shared & what


def share_words(label: str, counting: Counting) -> set[str]:
    """Return the stems of the word a label calls its percentage by and of the first whole it
    names after it, which say nothing of which part it is: "share" and "vote" of "Reform UK's
    share of the vote", "Anteil" and "Strommix" of "Anteil am Strommix"; "cuota del mercado
    europeo en manos de coches chinos" is of the market, and of Chinese cars the part."""
    label = " " + label  # the blank between the value and its label
    found = [match for pattern in (counting.share_of, counting.share_in) if pattern is not None
             for match in (pattern.search(label),) if match is not None]
    if not found:
        return set()
    first = min(found, key=lambda match: match.start())
    # The noun before the match ("share of"), in it ("Anteil am") or after it ("vote share").
    said = label[:first.start()].split()[-1:] + [label[first.start():first.start("whole")],
                                                  stop_at_function_word(first["whole"], counting),
                                                  label[first.end("whole"):first.end()]]
    return counting.content_words(" ".join(said))


def stop_at_function_word(words: str, counting: Counting) -> str:
    """Return the words up to the first function word: "world GDP" of "world GDP held by"."""
    end = 0
    for word in re.finditer(r"\S+", words):
        if word[0].lower() in counting.stop_words:
            break
        end = word.end()
    return words[:end]


def kind_apart(text: str, span: tuple[int, int], label: str, counting: Counting) -> bool:
    """Tell whether an amount (at span) counts one kind of a thing that a label counts all
    of, or another kind than the label's: "44 silver medals" beside "medals won by the
    United States"; in the languages that write the kind after the noun, in the two words
    after the amount ("44 médailles d'argent")."""
    language = counting.language.split("-")[0]
    said = text[span[0]:span[1]] if language in HEAD_LAST else \
        " ".join(text[span[1]:span[1] + 40].split()[:2])
    near = {word.lower() for word in LETTERS.findall(said)}
    named = {word.lower() for word in LETTERS.findall(label)}
    return any(near & set(kinds) and near & set(kinds) != named & set(kinds)
               for kinds in KINDS.get(language, ()))


def other_arm(sentence: str, at: int, label: str, language: str) -> bool:
    """Tell whether the part of a sentence around an amount (at, within it), between the
    words that set one group against another ("against 15% on the drug", ", and"), speaks of a
    trial's control group ("2.4% on placebo", "On placebo, it was 2.4%") and a label does not."""
    patterns = ARMS.get(language.split("-")[0])
    if patterns is None:
        return False
    arm, against = patterns
    cuts = [m.span() for m in against.finditer(sentence)]
    start = max((end for _, end in cuts if end <= at), default=0)
    end = min((begin for begin, _ in cuts if begin > at), default=len(sentence))
    return arm.search(sentence, start, end) is not None and arm.search(label) is None
