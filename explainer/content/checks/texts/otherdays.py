"""What says that a day in a sentence is not the day of the event its words name.

A sentence may name an event's actors and places, and give the day of something else: a bound
("As of 1 July, 400 Kenyan officers had arrived"; the end of a period accounts are given for,
"revenue for the quarter to 28 April"), the start of another act ("On 26 June, Kenyan police
began patrolling Port-au-Prince"), a report ("On 26 June, Ruto announced that
the first officers had arrived") or a plan ("the officers were expected to arrive on 26 June").
Each language whose words for these are known has a table here: what, just before a day or
just after it (Chinese, Japanese and Korean write "as of" after the day: "7月1日現在", and a
deadline: "8月1日の期限", "8월 1일 시한"), makes it a bound; and the words of starting, of
reporting and of planning, each a kind of act, which
speak of another act than the event's unless its title says one of the same kind ("Ruto
begins a state visit"). Words are matched as they begin, so "announc" finds "announced" and
"announcement", as the counting modules' stems meet.

A title's names (its capitalised words after the first, where a language capitalises only
names; a word of Japanese in katakana, as names are written) say who and where, not what
happened: a sentence about the same actors and places is no sentence about the event unless it
shares most of the title's other words too (see dateclaims.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import TimelineEvent
from .dayacts import OtherDays, spaced, unspaced
from .ideographs import KATAKANA
from .otherdays_europe import EUROPE
from .otherdays_south import SOUTH
from .textnames import capitalised

KATAKANA_RUN = re.compile(rf"[{KATAKANA}]+")


# By language: the words before a bound; then those of starting, of reporting, of planning.
# "said" and "according to" differ: a day said is perhaps the saying's, one according to a
# report is the event's.
TABLES = {
    "en": spaced(r"as\s+of|as\s+at|by|since|until|till|through|before|after|from|prior\s+to"
                 r"|(?:by|since|until|before|after|from)\s+the"
                 # the end of a period accounts are given for: "the quarter to 28 April"
                 r"|(?:quarter|half|year|months|weeks|period)\s+(?:to|end(?:ed|ing)(?:\s+on)?)",
                 r"beg[ai]n|begun|start(?:s|ed|ing)?(?!\w)|launch|commenc|resum"
                 r"|kick(?:ed|s)?\s+off",
                 r"announc|said|says?(?!\w)|confirm|report(?:s|ed|ing)?(?!\w)|declar|told"
                 r"|stated|claim",
                 r"plan(?:s|ned|ning)?(?!\w)|schedul|expect|due(?!\w)|intend|set\s+to(?!\w)"),
    "fr": spaced(r"(?:depuis|dès|avant|après|d['’]ici|jusqu['’]\s?à)(?:\s+l[ea])?"
                 r"|au|jusqu['’]au|à\s+partir\s+du|à\s+compter\s+du|en\s+date\s+du",
                 r"commenc|début|démarr|lanc|entam|repr[ie]",
                 r"annonc|déclar|affirm|confirm|indiqu|a\s+dit|ont\s+dit",
                 r"prév[ouy]|planifi|programm|attendu|dev(?:ai|r)|censé"),
    "es": spaced(r"(?:desde|hasta|antes\s+del?|después\s+del?|a\s+partir\s+del?|para)"
                 r"(?:\s+el)?|al",
                 r"comenz|empez|inici|lanz|arranc|reanud",
                 r"anunci|declar|afirm|confirm|inform|dijo|dicho|asegur",
                 r"previst|prevé|preveía|program|planific|esperab|esperad|deb[ií]a"),
    "de": spaced(r"(?:seit|bis(?:\s+zum)?|ab|vor|nach|stand|per)(?:\s+dem)?|zum",
                 r"beg[ai]nn|begonnen|start|gestartet|lanciert|aufgenommen",
                 r"angekündigt|kündigt|bekannt|erklärt|sagte|gesagt|bestätigt|berichtet"
                 r"|teilte|mitgeteilt",
                 r"geplant|plant|vorgesehen|erwartet|sollt|soll(?!\w)"),
    "it": spaced(r"dal|dall['’]|fino\s+al|entro(?:\s+il)?|prima\s+del|dopo\s+il|al"
                 r"|a\s+partire\s+dal",
                 r"inizi|cominci|avviat|avvio|lanci|ripres",
                 r"annunci|dichiar|afferm|conferm|riferit|detto|disse|comunic",
                 r"previst|prevede|programm|pianific|attes[aio](?!\w)|dovev|dovrebbe"),
    "pt": spaced(r"(?:desde|até|a\s+partir\s+d[eo]|antes\s+d[eo]|depois\s+d[eo])"
                 r"(?:\s+(?:o\s+)?dia)?",
                 r"começ|inici|lanç|retom|arranc",
                 r"anunci|declar|afirm|confirm|inform|disse|dito|relat",
                 r"previst|prevê|program|planej|planead|esperad|devia|deveria"),
    "nl": spaced(r"sinds|vanaf|tot(?:\s+en\s+met)?|t/m|vóór|voor|na|per|uiterlijk"
                 r"|met\s+ingang\s+van",
                 r"beg[io]n|gestart|start(?:t|te|ten)?(?!\w)|lanceer|gelanceerd|hervat"
                 r"|van\s+start",
                 r"kondig|aangekondigd|zei(?:den)?(?!\w)|zeg(?:t|gen)?(?!\w)|gezegd|meld|gemeld"
                 r"|bevestig|verklaar|liet\s+weten|lieten\s+weten|bekendgemaakt"
                 r"|maakten?\s+bekend|maakt\s+bekend|bericht|aldus",
                 r"gepland|ingepland|plan(?:t|de|den|nen)?(?!\w)|verwacht|voorzien"
                 r"|zou(?:den)?(?!\w)|moest(?:en)?(?!\w)"),
    # Indonesian joins its prefixes to the word: "mengumumkan", "diumumkan" (announced).
    "id": spaced(r"(?:sejak|semenjak|hingga|sampai(?:\s+dengan)?|s\.d\.|s/d|per|mulai"
                 r"|terhitung(?:\s+(?:sejak|mulai))?|sebelum|setelah|sesudah|pasca"
                 r"|paling\s+lambat|selambat-lambatnya)(?:\s+tanggal)?",
                 r"(?:me|di)?mulai|(?:me|di)luncurkan|peluncuran|(?:me|di)lanjutkan\s+kembali",
                 r"(?:meng|di)umumkan|pengumuman|(?:menga|dika)takan|kata(?:nya)?(?!\w)"
                 r"|ujar|tutur|(?:me|di)nyatakan|pernyataan|(?:meng|di)konfirmasi"
                 r"|(?:me|di)laporkan|(?:meng|di)ungkapkan|(?:me|di)negaskan",
                 r"(?:me|di)rencanakan|rencana|(?:men|di)jadwalkan|terjadwal"
                 r"|(?:mem|di)perkirakan|diharapkan|(?:men|di)targetkan"),
    "zh": unspaced(r"截至|截止|自|从|從|直到|直至",
                   r"以来|以來|起|之前|以前|前(?!往)|之后|之後|以后|以後|后|後|为止|為止|止"
                   r"|(?:的)?(?:期限|最后期限|最後期限)",
                   r"开始|開始|启动|啟動|展开|展開|着手|著手|开展|開展|恢复|恢復",
                   r"宣布|表示|宣称|宣稱|证实|證實|确认|確認|报道|報導|声明|聲明|透露|指出",
                   r"计划|計劃|計畫|预定|預定|原定|预计|預計|打算|将于|將於"),
    "ja": unspaced("", r"時点|現在|まで|以降|以来|から|より|以前|以後|前|後|(?:の)?(?:期限|期日)",
                   r"開始|始め|始ま|始動|着手|再開",
                   r"発表|表明|明らかに|述べ|確認|報じ|報道|伝え",
                   r"予定|計画|見込み|見通し|方針"),
    "ko": unspaced("", r"현재|까지|이후|이래|부터|이전|전에|전까지|후에"
                       r"|(?:의\s?)?(?:시한|기한|마감)",
                   r"시작|개시|착수|재개|돌입",
                   r"발표|밝혔|밝히|확인|보도|말했|전했|언급",
                   r"예정|계획|전망|방침"),
    **SOUTH,
    **EUROPE,
}

# By language: a span counted from another act, up to the act's word: "40 days after launch",
# "40 jours après le lancement", "40 Tage nach dem Start". The act names where the span starts,
# not what happened on the day the sentence gives (minutes as days); so does a participle of
# planning after it, where a language puts its adjectives after the noun: "quelques minutes
# avant le vote prévu" names a planned vote, but no plan of the sentence's.
PLANNED = {"fr": r"prévue?s?|programmée?s?", "es": r"previst[oa]s?|programad[oa]s?",
           "it": r"previst[oaie]|programmat[oaie]", "pt": r"previst[oa]s?|programad[oa]s?"}
MEASURED = {language: rf"(?<!\w)(?:\d[\d,. ]*|{counts})\s+(?:{units})\s+(?:{links})\s+"
                      rf"(?:(?:{articles})\s+)*[^\W\d]+"
                      + (rf"(?:\s+(?:{PLANNED[language]})(?!\w))?" if language in PLANNED else "")
            for language, (counts, units, links, articles) in {
    "en": (r"an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|some",
           r"minutes?|hours?|days?|weeks?|months?|years?|decades?",
           r"after|before|since|following",
           r"its|the|their|his|her|a"),
    "fr": (r"une?|deux|trois|quatre|cinq|quelques|plusieurs",
           r"minutes?|heures?|jours?|semaines?|mois|ans|années?", r"après|avant|depuis",
           r"le|la|les|son|sa|ses|leur|l['’]"),
    "es": (r"una?|dos|tres|cuatro|cinco|unos|unas|varios|varias",
           r"minutos?|horas?|días?|semanas?|mes|meses|años?", r"después|antes|tras|desde",
           r"del?|el|la|los|las|su|sus"),
    "de": (r"eine[mnr]?|zwei|drei|vier|fünf|wenigen?|einigen?",
           r"Minuten?|Stunden?|Tagen?|Tage|Wochen?|Monaten?|Monate|Jahren?|Jahre", r"nach|vor|seit",
           r"dem|der|den|des|seinem|seiner|ihrem|ihrer"),
    "it": (r"una?|due|tre|quattro|cinque|alcuni|alcune|pochi|poche",
           r"minut[oi]|ore|ora|giorni|giorno|settimane?|mesi|mese|anni|anno", r"dopo|prima|da",
           r"il|lo|la|i|gli|le|del|della|dal|dalla|suo|sua|l['’]"),
    "pt": (r"uma?|dois|duas|três|quatro|cinco|alguns|algumas",
           r"minutos?|horas?|dias?|semanas?|mês|meses|anos?", r"após|depois|antes|desde",
           r"d[oa]s?|o|a|os|as|seu|sua"),
    "nl": (r"een|één|twee|drie|vier|vijf|enkele|een\s+paar",
           r"minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaren|jaar",
           r"na|voor|sinds",
           r"de|het|zijn|haar"),
}.items()}
TABLES = {language: replace(table, measured_source=MEASURED.get(language, ""))
          for language, table in TABLES.items()}


def other_days(language: str) -> OtherDays | None:
    """Return a language tag's words for bounds and other acts, if they are known."""
    return TABLES.get(language.split("-")[0].lower())


def names_of(title: str, capitalised_nouns: bool) -> str:
    """Return a title's names, spaced: its capitalised words after its first ("Kenyan",
    "Port-au-Prince"), unless its language capitalises every noun, and its runs of katakana."""
    found = [run[0] for run in KATAKANA_RUN.finditer(title)]
    if not capitalised_nouns:
        found += capitalised(title)
    return " ".join(found)


def of_the_event(acts: OtherDays | None, text: str, start: int, end: int, said: str,
                 event: TimelineEvent) -> bool:
    """Tell whether a day or a time between start and end, in its sentence, may be an event's
    own: not a bound ("as of 1 July", "by 9 p.m."), nor that of another act the sentence says
    ("began", "announced")."""
    return acts is None or not (acts.bound(text, start, end)
                                or acts.another(said, event.title))
