"""Russian's, Ukrainian's, Czech's, Slovak's and Croatian's words of a span of time between two
events (see spanlanguages.py): their units in every case a count puts them in ("три дня", "пять
дней", "двумя днями", "три дні", "п'ять днів", "šest dní", "tri dni", "tri dana"), the words
that measure a span from an event named after them ("через три дня после теракта", "за две
недели до выборов", "через два дні після руйнування греблі", "tři dny po útoku", "25 dní po
voľbách", "24 dana prije ulaska") or from the day the sentence before gives ("неделю спустя",
"двумя днями ранее", "через три дні", "тиждень по тому", "o šest dní dřív", "o týždeň neskôr",
"dva dana kasnije"), and those that make it rough or a bound."""

from __future__ import annotations

from .spanwords import AFTER, BEFORE, SpanWords, forms

# The prepositions that carry a Russian noun's phrase on: "нападения на «Крокус»".
RUSSIAN_PREPOSITIONS = ("на", "в", "во", "у", "к", "ко", "с", "со", "из", "от", "по", "под",
                        "над", "при", "о", "об", "обо", "за", "для", "без", "между", "против",
                        "из-за", "около", "возле", "близ", "и")
UKRAINIAN_PREPOSITIONS = ("на", "в", "у", "до", "з", "із", "зі", "від", "по", "під", "над", "при",
                          "про", "за", "для", "без", "між", "проти", "біля", "і", "й")
SLAVIC_SPAN_WORDS = {
    "ru": SpanWords(
        {},
        {**forms("day", "день", "дня", "дней", "дни", "днём", "днем", "днями", "сутки",
                 "суток"),
         **forms("week", "неделя", "недели", "недель", "неделю", "неделями"),
         **forms("month", "месяц", "месяца", "месяцев", "месяцами"),
         **forms("year", "год", "года", "лет", "годами")},
        {"после": AFTER, "после того, как": AFTER, "после того как": AFTER, "до": BEFORE,
         "перед": BEFORE},
        {"спустя": AFTER, "позже": AFTER, "позднее": AFTER, "ранее": BEFORE,
         "раньше": BEFORE},
        ("около", "почти", "примерно", "приблизительно"), ("чем",),
        ("более", "больше", "менее", "меньше", "не менее", "не более", "по меньшей мере",
         "более чем через", "менее чем через", "больше чем через", "меньше чем через",
         "более чем", "менее чем", "больше чем", "меньше чем",
         "как минимум", "в течение", "на протяжении", "эти", "первые", "последние"),
        ("день", "неделю", "месяц", "год", "сутки"), runs_on=RUSSIAN_PREPOSITIONS,
        leads={"через": AFTER}),
    "uk": SpanWords(
        {},
        {**forms("day", "день", "дні", "днів", "дня", "днями", "добу", "доби", "діб"),
         **forms("week", "тиждень", "тижні", "тижнів", "тижня", "тижнями"),
         **forms("month", "місяць", "місяці", "місяців", "місяця", "місяцями"),
         **forms("year", "рік", "роки", "років", "року", "роками")},
        {"після": AFTER, "після того, як": AFTER, "після того як": AFTER, "до": BEFORE,
         "перед": BEFORE},
        {"по тому": AFTER, "потому": AFTER, "пізніше": AFTER, "згодом": AFTER,
         "раніше": BEFORE},
        ("близько", "майже", "приблизно", "орієнтовно"), ("ніж",),
        ("більш ніж", "більше ніж", "менш ніж", "менше ніж", "понад", "щонайменше",
         "принаймні", "протягом", "упродовж", "впродовж", "перші", "останні", "ці"),
        ("день", "тиждень", "місяць", "рік", "добу"), runs_on=UKRAINIAN_PREPOSITIONS,
        leads={"через": AFTER}),
    "cs": SpanWords(
        {},
        {**forms("day", "den", "dny", "dní", "dnů", "dnech", "dnem"),
         **forms("week", "týden", "týdny", "týdnů", "týdne", "týdnu"),
         **forms("month", "měsíc", "měsíce", "měsíců", "měsíci"),
         **forms("year", "rok", "roky", "let", "roku", "roků")},
        {"po": AFTER, "poté, co": AFTER, "poté co": AFTER, "před": BEFORE},
        {"později": AFTER, "poté": AFTER, "nato": AFTER, "dříve": BEFORE, "dřív": BEFORE,
         "předtím": BEFORE},
        ("asi", "zhruba", "přibližně", "téměř", "skoro", "bezmála", "kolem"), ("než",),
        ("více než", "víc než", "méně než", "nejméně", "alespoň", "během", "po dobu",
         "prvních", "posledních", "těch"),
        ("den", "týden", "měsíc", "rok")),
    "sk": SpanWords(
        {},
        {**forms("day", "deň", "dni", "dní", "dňa", "dňoch", "dňami", "dňom"),
         **forms("week", "týždeň", "týždne", "týždňov", "týždňa", "týždni", "týždňami"),
         **forms("month", "mesiac", "mesiace", "mesiacov", "mesiaca", "mesiaci",
                 "mesiacmi"),
         **forms("year", "rok", "roky", "rokov", "roka", "roku", "rokmi")},
        {"po": AFTER, "potom, čo": AFTER, "potom čo": AFTER, "pred": BEFORE},
        {"neskôr": AFTER, "potom": AFTER, "nato": AFTER, "skôr": BEFORE, "predtým": BEFORE},
        ("asi", "zhruba", "približne", "takmer", "skoro", "bezmála", "okolo"), ("než", "ako"),
        ("viac ako", "viac než", "menej ako", "menej než", "vyše", "necelé", "necelý",
         "necelých", "najmenej", "aspoň", "počas", "prvých", "posledných", "tých"),
        ("deň", "týždeň", "mesiac", "rok")),
    "hr": SpanWords(
        {},
        {**forms("day", "dan", "dana", "dane", "danima", "danu"),
         **forms("week", "tjedan", "tjedna", "tjedana", "tjedne", "tjednima", "tjednu"),
         **forms("month", "mjesec", "mjeseca", "mjeseci", "mjesece", "mjesecima"),
         **forms("year", "godina", "godine", "godinu", "godinama")},
        {"nakon": AFTER, "poslije": AFTER, "nakon što": AFTER, "prije": BEFORE,
         "uoči": BEFORE},
        {"kasnije": AFTER, "potom": AFTER, "ranije": BEFORE, "prije toga": BEFORE},
        ("oko", "gotovo", "skoro", "približno", "otprilike", "nekih", "zamalo", "blizu"),
        ("nego", "od"),
        ("više od", "manje od", "najmanje", "barem", "bar", "tijekom", "u roku od", "prvih",
         "posljednjih", "zadnjih", "tih"),
        ("dan", "tjedan", "mjesec", "godinu")),
}
