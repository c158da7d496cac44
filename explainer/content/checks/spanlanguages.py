"""Each language's words of a span of time between two events (see spans.py and
spanwords.py): its units with their inflected forms, the words that measure a span from an
event named after them ("40 days after launch", "40 dagen na de lancering", "40 dni po
starcie") or from the day the sentence before gives ("Four days earlier", "drie dagen
eerder"), and those that make it rough ("about", "ongeveer")."""

from __future__ import annotations

import dataclasses
import functools
import re

from .counting import Counting, counting_for
from .counting.englishverbs import bare_forms
from .sentences import sentence_at, sentence_start
from .spanslavic import SLAVIC_SPAN_WORDS
from .spanwords import AFTER, BEFORE, SpanWords, alternatives, forms

# Korean's words of a count of days in one: "이틀" (two days), "보름" (fifteen days).
KOREAN_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
               "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
SPAN_WORDS = {
    "en": SpanWords(
        {"a": 1, "an": 1},
        {**forms("day", "day", "days"), **forms("week", "week", "weeks"),
         **forms("month", "month", "months"), **forms("year", "year", "years")},
        {"after": AFTER, "before": BEFORE, "since": AFTER, "into": AFTER},
        {"later": AFTER, "earlier": BEFORE},
        ("about", "nearly", "almost", "around", "roughly", "some"), ("than",),
        ("more than", "over", "less than", "under", "at least", "at most", "within", "up to",
         "the", "those", "these", "first", "last", "next", "past"), within=("into",)),
    "fr": SpanWords(
        {},
        {**forms("day", "jour", "jours"), **forms("week", "semaine", "semaines"),
         **forms("month", "mois"), **forms("year", "an", "ans", "année", "années")},
        {"après": AFTER, "avant": BEFORE},
        {"plus tard": AFTER, "plus tôt": BEFORE, "auparavant": BEFORE},
        ("environ", "près de", "presque", "quelque"), ("que", "qu"),
        ("plus de", "moins de", "au moins", "dans les", "les", "ces", "premiers", "premières",
         "derniers", "dernières")),
    "es": SpanWords(
        {},
        {**forms("day", "día", "días"), **forms("week", "semana", "semanas"),
         **forms("month", "mes", "meses"), **forms("year", "año", "años")},
        {"después de": AFTER, "después del": AFTER, "tras": AFTER, "antes de": BEFORE,
         "antes del": BEFORE},
        {"más tarde": AFTER, "después": AFTER, "antes": BEFORE},
        ("unos", "unas", "casi", "cerca de"), ("que", "de lo"),
        ("más de", "menos de", "al menos", "los", "las", "primeros", "primeras", "últimos",
         "últimas")),
    "de": SpanWords(
        {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1},
        {**forms("day", "tag", "tage", "tagen"), **forms("week", "woche", "wochen"),
         **forms("month", "monat", "monate", "monaten"), **forms("year", "jahr", "jahre",
                                                                 "jahren")},
        {"nach": AFTER, "vor": BEFORE},
        {"später": AFTER, "danach": AFTER, "darauf": AFTER, "zuvor": BEFORE, "vorher": BEFORE,
         "früher": BEFORE},
        ("etwa", "rund", "fast", "knapp", "gut"), ("als",),
        ("mehr als", "weniger als", "über", "unter", "mindestens", "binnen", "innerhalb",
         "die", "den", "ersten", "letzten")),
    "pt": SpanWords(
        {},
        {**forms("day", "dia", "dias"), **forms("week", "semana", "semanas"),
         **forms("month", "mês", "meses"), **forms("year", "ano", "anos")},
        {"após": AFTER, "depois de": AFTER, "depois do": AFTER, "depois da": AFTER,
         "antes de": BEFORE, "antes do": BEFORE, "antes da": BEFORE},
        {"mais tarde": AFTER, "depois": AFTER, "antes": BEFORE},
        ("cerca de", "quase"), ("que", "do que"),
        ("mais de", "menos de", "pelo menos", "os", "as", "primeiros", "primeiras", "últimos",
         "últimas")),
    "it": SpanWords(
        {},
        {**forms("day", "giorno", "giorni"), **forms("week", "settimana", "settimane"),
         **forms("month", "mese", "mesi"), **forms("year", "anno", "anni")},
        {"dopo": AFTER, "prima di": BEFORE, "prima del": BEFORE, "prima della": BEFORE},
        {"più tardi": AFTER, "dopo": AFTER, "prima": BEFORE},
        ("circa", "quasi"), ("di", "del previsto", "rispetto"),
        ("più di", "oltre", "meno di", "almeno", "entro", "i", "le", "primi", "prime",
         "ultimi", "ultime")),
    "nl": SpanWords(
        {"een": 1, "één": 1},
        {**forms("day", "dag", "dagen"), **forms("week", "week", "weken"),
         **forms("month", "maand", "maanden"), **forms("year", "jaar", "jaren")},
        {"na": AFTER, "nadat": AFTER, "voor": BEFORE, "vóór": BEFORE, "voordat": BEFORE},
        {"later": AFTER, "daarna": AFTER, "eerder": BEFORE, "daarvoor": BEFORE,
         "ervoor": BEFORE},
        ("ongeveer", "bijna", "zo'n", "circa", "ruim", "krap"), ("dan",),
        ("meer dan", "minder dan", "ten minste", "minstens", "binnen", "de", "die", "deze",
         "eerste", "laatste", "afgelopen")),
    "el": SpanWords(
        {"μία": 1, "μια": 1, "ένα": 1, "έναν": 1, "ένας": 1},
        {**forms("day", "ημέρα", "ημέρες", "ημέρας", "ημερών", "μέρα", "μέρες", "μερών"),
         **forms("week", "εβδομάδα", "εβδομάδες", "εβδομάδων"),
         **forms("month", "μήνα", "μήνας", "μήνες", "μηνών"),
         **forms("year", "χρόνο", "χρόνος", "χρόνια", "χρόνων", "έτος", "έτη", "ετών")},
        {"μετά": AFTER, "μετά από": AFTER, "πριν": BEFORE, "πριν από": BEFORE},
        {"αργότερα": AFTER, "νωρίτερα": BEFORE, "νωρίτερα από": BEFORE},
        ("περίπου", "σχεδόν"), ("από ό,τι", "απ' ό,τι", "από το αναμενόμενο",
                                "από το προγραμματισμένο", "από τον προγραμματισμό"),
        ("περισσότερες από", "περισσότερα από", "λιγότερες από", "λιγότερα από", "πάνω από",
         "τουλάχιστον", "εντός", "μέσα σε", "τις", "τα", "τους", "πρώτες", "πρώτα",
         "τελευταίες", "τελευταία")),
    "pl": SpanWords(
        {},
        {**forms("day", "dzień", "dni", "dnia"), **forms("week", "tydzień", "tygodnie",
                                                         "tygodni", "tygodnia"),
         **forms("month", "miesiąc", "miesiące", "miesięcy", "miesiąca"),
         **forms("year", "rok", "lata", "lat", "roku")},
        {"po": AFTER, "po tym, jak": AFTER, "po tym jak": AFTER, "przed": BEFORE},
        {"później": AFTER, "potem": AFTER, "wcześniej": BEFORE, "przedtem": BEFORE},
        ("około", "prawie", "niemal", "blisko", "mniej więcej"), ("niż",),
        ("ponad", "więcej niż", "mniej niż", "co najmniej", "przynajmniej", "w ciągu",
         "przez", "te", "tych", "ostatnie", "ostatnich", "pierwsze", "pierwszych"),
        ("dzień", "tydzień", "miesiąc", "rok")),
    "vi": SpanWords(
        {},
        {**forms("day", "ngày"), **forms("week", "tuần"), **forms("month", "tháng"),
         **forms("year", "năm")},
        {"sau khi": AFTER, "sau": AFTER, "kể từ khi": AFTER, "kể từ": AFTER,
         "trước khi": BEFORE, "trước": BEFORE},
        {"sau": AFTER, "sau đó": AFTER, "trước đó": BEFORE},
        ("khoảng", "gần", "chừng"), ("so với",),
        # "tháng 8 năm sau" is August of the next year, no eight years later.
        ("hơn", "chưa đầy", "chưa tới", "ít nhất", "trong", "trong vòng", "những", "các",
         "tháng", "ngày")),
    "id": SpanWords(
        {},
        {**forms("day", "hari", "sehari"), **forms("week", "minggu", "pekan", "seminggu",
                                                   "sepekan"),
         **forms("month", "bulan", "sebulan"), **forms("year", "tahun", "setahun")},
        {"setelah": AFTER, "sesudah": AFTER, "usai": AFTER, "pasca": AFTER, "sejak": AFTER,
         "sebelum": BEFORE},
        {"kemudian": AFTER, "setelahnya": AFTER, "sebelumnya": BEFORE},
        ("sekitar", "hampir", "kurang lebih"), ("dari", "daripada"),
        ("lebih dari", "kurang dari", "setidaknya", "sedikitnya", "dalam", "selama"),
        ("sehari", "seminggu", "sepekan", "sebulan", "setahun")),
    # Korean writes a count in figures onto its unit ("40일 뒤"), some spans of days in one
    # word ("사흘 만에", three days on; "열흘 뒤인 14일"), its "after" with an ending ("뒤인").
    "ko": SpanWords(
        {"한": 1},
        {**forms("day", "일", "날"), **forms("week", "주", "주일"),
         **forms("month", "개월", "달"), **forms("year", "년"), **forms("day", *KOREAN_DAYS)},
        {}, {**forms(AFTER, *(word + ending for word in ("뒤", "후") for ending in
                              ("", "에", "인", "엔"))), "만에": AFTER, "만인": AFTER,
             **forms(BEFORE, "전", "전에", "전인", "앞서")},
        ("약", "거의"), fused=KOREAN_DAYS, spacing=r"\s*", before_unit=r"(?<![^\W\d_])"),
    # Japanese writes a span with no space: "3日後", "その2週間後", "約40日後に".
    "ja": SpanWords(
        {"一": 1},
        {**forms("day", "日", "日間"), **forms("week", "週間", "週"),
         **forms("month", "か月", "カ月", "ヶ月", "ケ月", "ヵ月", "箇月"),
         **forms("year", "年", "年間")},
        {}, {"後": AFTER, "前": BEFORE}, ("約", "およそ", "ほぼ"),
        spacing="", before_count=r"(?<![\d,.])", before_unit="", after_link=""),
    **SLAVIC_SPAN_WORDS,
}


# The languages whose spans spans.py does not yet hold to the timeline, but whose gap between
# two happenings ("سه روز پس از فرود") is no key
# figure's stretch all the same: only their units and links are read.
GAP_WORDS = {
    "fa": SpanWords(
        {},
        {**forms("day", "روز"), **forms("week", "هفته"), **forms("month", "ماه"),
         **forms("year", "سال")},
        {"پس از": AFTER, "بعد از": AFTER, "قبل از": BEFORE, "پیش از": BEFORE},
        {"بعد": AFTER, "قبل": BEFORE, "پیش": BEFORE}, ()),
    "hi": SpanWords(
        {},
        {**forms("day", "दिन", "दिनों"), **forms("week", "हफ्ते", "हफ़्ते", "सप्ताह"),
         **forms("month", "महीने", "महीनों", "माह"), **forms("year", "साल", "सालों", "वर्ष",
                                                            "वर्षों")},
        {}, {"बाद": AFTER, "पहले": BEFORE}, (), joins_before=("के",)),
}


# Each language's words of a label that measures a stretch between two ends, the word that
# opens its start and those that open its end: "from lift-off to the booster's catch",
# "between the argument and the ruling"; with the units of time a count of it may be in.
LABEL_SPANS = {
    "en": ((("from", ("to", "until", "till")), ("between", ("and",))),
           ("second", "minute", "hour", "day", "week", "month", "year")),
    "fr": ((("de", ("à", "au", "jusqu'à", "jusqu'au")), ("du", ("à", "au")),
            ("entre", ("et",))),
           ("seconde", "minute", "heure", "jour", "semaine", "mois", "an", "année")),
    "es": ((("desde", ("hasta", "a", "al")), ("de", ("a", "al")), ("entre", ("y",))),
           ("segundo", "minuto", "hora", "día", "semana", "mes", "año")),
    "de": ((("von", ("bis", "zu", "zum", "zur")), ("vom", ("bis", "zum", "zur")),
            ("zwischen", ("und",))),
           ("sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr")),
}


# Each language's verbs in every form, read as the bare verb ("caught" as "catch").
VERB_BARES = {"en": bare_forms()}


@functools.cache  # once per language tag: the numbers in words are looked up in counting/
def span_words(language: str) -> SpanWords | None:
    """Return a language tag's words of a span, if they are known, with every number in words
    the language's counting reads ("forty-one", "einundvierzig"), not only the table's."""
    words = SPAN_WORDS.get(language.split("-")[0].lower())
    counting = counting_for(language) if words is not None else None
    if words is None or counting is None:
        return words
    return dataclasses.replace(words, counts={**counting.number_words, **words.counts})


def gap_between(text: str, start: int, length: int, counting: Counting, label: str) -> bool:
    """Tell whether a count of time at start, of length, its unit in it or just after it,
    is a gap between two happenings ("four days before the landing", "three days later"),
    which spans.py holds to the timeline: no key figure's level, which counts a stretch of its
    own ("days from launch to landing"); not a count of people ("15 personas antes del
    juicio"). A gap after an event is one too where the sentence's words before it
    share no word with the label: they tell another happening than its ("rejected the offer
    on 23 October, 40 days after the strike began" beside the strike's length)."""
    end = start + length
    words = span_words(counting.language) or \
        GAP_WORDS.get(counting.language.split("-")[0].lower())
    if words is None:
        return False
    gaps = [found for found in words.gap.finditer(text, start, end + 30)
            if not text[end:found.start()].strip()]
    if gaps:
        return gap_after_named(text, start, gaps[0], words, (counting, label))
    if to_another_end(text, start, end, counting, label):
        return True
    after = words.after.match(text, start) if AFTER in words.links.values() else None
    return after is not None and after.end("unit") >= end and \
        not counting.content_words(text[sentence_start(text, start):start]) & \
        counting.content_words(label)


def gap_after_named(text: str, start: int, gap: re.Match[str], words: SpanWords,
                    figure: tuple[Counting, str]) -> bool:
    """Tell whether a gap ("दिन बाद", days later) is one between two happenings: always, but
    where the language names the event before the count ("लैंडिंग के तीन दिन बाद", three days
    after the landing) and the gap is after it; then only when the rest of the sentence shares
    no word with the label but those of the event named (the landing, the end of "from launch
    to landing": no stretch from the launch), as the words before an English span do."""
    head = text[sentence_start(text, start):start]
    joined = re.search(rf"(?<!\w)(?:{alternatives(words.joins_before)})\s*\Z", head) \
        if words.joins_before else None
    if joined is None or words.relative.get(gap[0].split()[-1].lower()) != AFTER:
        return True
    counting, label = figure
    before = head[:joined.start()].rstrip()
    named = before.rsplit(None, 1)[-1] if before else ""  # the noun the event is named by
    rest = text[gap.end():sentence_start(text, start) + len(sentence_at(text, start))]
    told = counting.content_words(before[:len(before) - len(named)] + " " + rest)
    named = counting.content_words(named)
    return not (told & counting.content_words(label)) - named


def label_end(label: str, language: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the end a label's stretch names, its words after "to" ("the booster's catch" of
    "from lift-off to the booster's catch"), with the language's units of time; or None."""
    ends = label_ends(label, language)
    return None if ends is None else (ends[1], LABEL_SPANS[language.split("-")[0].lower()][1])


def label_ends(label: str, language: str) -> tuple[str, str] | None:
    """Return the two ends a label's stretch names, its words after "from" and after "to"
    ("lift-off", "the booster's catch"), or None when it names no end."""
    spans, _ = LABEL_SPANS.get(language.split("-")[0].lower(), ((), ()))
    for opening, ends in spans:
        found = re.search(rf"(?<!\w){re.escape(opening)}\s+(?P<start>.+?)\s+"
                          rf"(?:{alternatives(ends)})\s+(?P<end>\S.*)", label, re.IGNORECASE)
        if found is not None:
            return found["start"], found["end"]
    return None


def to_another_end(text: str, start: int, end: int, counting: Counting, label: str) -> bool:
    """Tell whether a count of time from start to end, measured from an event named after it
    ("65 minutes after lift-off"), runs to another end than the label's stretch ("from
    lift-off to the booster's catch"): its sentence tells no word of the label's end, so it
    is no level of that figure. A label that names no end is left to the other rules."""
    words = span_words(counting.language)
    found = label_end(label, counting.language)
    if words is None or found is None:
        return False
    tail, units = found
    links = [word for word, sense in words.links.items() if sense == AFTER]
    if re.search(rf"(?<!\w)(?:{alternatives(units)})\w*\s*\Z", text[start:end],
                 re.IGNORECASE) is None or re.compile(
            rf"\s+(?:{alternatives(links)})(?![\w-])", re.IGNORECASE).match(text, end) is None:
        return False
    first = sentence_start(text, start)
    last = first + len(sentence_at(text, start))
    said = counting.content_words(text[first:start] + " " + text[end:last])
    return not tells(said, tail, counting)


def tells(said: set[str], words: str, counting: Counting) -> bool:
    """Tell whether a sentence's content words (said) give one of some words, in any form of
    its verb ("caught" gives "catch")."""
    bare = VERB_BARES.get(counting.language.split("-")[0].lower(), {})
    return bool({bare.get(word, word) for word in said} &
                {bare.get(word, word) for word in counting.content_words(words)})
