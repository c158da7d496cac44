"""Each language's words of the tallies of a vote (see tallies.py): what says a vote in a
label, and how the prose gives a tally, joined ("in a 5-4 decision") or spelled out ("par 5 voix
contre 4"), and what makes it of another time or another body."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..counting.koreanwords import PARTICLES

NUMBER = r"(?:\d{1,3}|[^\W\d_]+)"  # a tally's number, in figures or in words ("six")
NEVER = re.compile(r"(?!)")


class Words(NamedTuple):
    """A language's words of tallies: in a label, what says a vote or a decision; in the
    prose, what says a vote just before a joined tally alone ("ruled" 5-4), the tallies spelled
    out ("par MORE voix contre FEWER"), and what comes before a joined tally and after it ("in
    a" 5-4 "decision"), with the nouns that need "in a" or "by a" ("majority"); and what says
    a sentence is of another, earlier time ("ago", "had", "l'an dernier"); the acts a vote is
    cast for, each a verb's forms ("uphold", "upheld"), and what joins a sentence's acts."""

    vote: re.Pattern[str]
    alone: re.Pattern[str]
    spelled: tuple[re.Pattern[str], ...] = ()
    before: re.Pattern[str] = NEVER
    after: re.Pattern[str] = NEVER
    held: re.Pattern[str] = NEVER
    earlier: re.Pattern[str] = NEVER
    abstained: re.Pattern[str] = NEVER
    bodies: tuple[re.Pattern[str], ...] = ()
    acts: tuple[re.Pattern[str], ...] = ()
    joined: re.Pattern[str] = NEVER


def acts(*verbs: str) -> tuple[re.Pattern[str], ...]:
    """Compile the acts a vote may be cast for, each the forms of its verbs ("uph[oe]ld")."""
    return tuple(caseless(rf"(?<!\w)(?:{verb})(?!\w)") for verb in verbs)


def caseless(pattern: str) -> re.Pattern[str]:
    """Compile a pattern of words, in any case."""
    return re.compile(pattern, re.IGNORECASE)


def spelled(*forms: str) -> tuple[re.Pattern[str], ...]:
    """Compile the ways a language spells a tally out, MORE and FEWER for its two numbers."""
    return tuple(caseless(r"(?<![\w.,:-])" + form.replace("MORE", rf"(?P<more>{NUMBER})")
                          .replace("FEWER", rf"(?P<fewer>{NUMBER})") + r"(?![\w-]|[.,:]\d)")
                 for form in forms)


def against(favour: str, both: str) -> str:
    """Return what a Romance language writes between a tally's two numbers: "5 votos a 4",
    "5 votos contra 4", "5 votos a favor y 4 en contra" (whose last words follow the second)."""
    return rf"\s+(?:{favour}\s+{both}\s+|contr[ao]\s+|a\s+)"


# What parts a Polish tally's votes for from those against: "248 posłów, przeciw 201",
# "248 posłów, a przeciw było 201", "248 za i 201 przeciw" (the last two words of its form).
# What parts a Korean tally's votes for from those against ("찬성 204표, 반대 85표로", "찬성
# 204표 대 반대 85표"), and the counter and the particles after a number of votes.
KOREAN_AGAINST = r"\s*(?:[,·/]|와|과|대|에)?\s*"
KOREAN_VOTES = rf"\s?(?:표|명)?{PARTICLES}"
# A Swahili verb of any person, tense and object: "waliunga" and "wameuunga" (supported),
# "walipinga" and "wakaupinga" (opposed); and a word of the subject before it ("wabunge").
SWAHILI_VERB = r"(?:[^\W\d_]+\s+)?w[a-z]*"
POLISH_AGAINST = (r"(?:\s+[^\W\d_]+){0,2}?(?:\s*,\s+a\s+|\s*,\s*|\s+(?:a|i)\s+)"
                  r"(?:przeciw(?:ko)?\s+(?:(?:głosował[oaiy]?|był[oaiy]?|byli)\s+)?)?")


WORDS = {
    "en": Words(caseless(r"\b(?:vot(?:e|es|ed|ing)|decision|ruling|verdict|majority|split)\b"),
                caseless(r"(?<!\w)(?:(?:rul|vot|decid|sid)(?:es|ed)|voted\s+by|split|splits|"
                         r"divided)\s+\Z"
                         # a chamber's vote on a bill: "the House passed the bill 314-117"
                         r"|(?<!\w)(?:pass(?:es|ed|ing)|approv(?:es|ed|ing)|reject(?:s|ed|ing)|"
                         r"adopt(?:s|ed|ing))(?:\s+(?:it|them|the\s+(?:bill|measure|"
                         r"resolution|amendment|package|deal|treaty|agreement|legislation)))?"
                         r"\s+(?:by\s+)?\Z"
                         # a court's act and what it acts on: "upheld the ban 6-3", "by 6-3"
                         r"|(?<!\w)(?:uph[eo]ld|overturn|overrul|revers|str(?:ike|uck|iking)"
                         r"\s+down)\w*(?:\s+(?!to\b|\d+\s*[-\u2013]\s*\d)(?:vs?\.|[^\s.;:!?]+)){1,6}?"
                         r"\s+(?:by\s+)?\Z"
                         # a vote a clause makes: "making the vote on the law 6-3"
                         r"|(?<!\w)(?:mak(?:es|ing)|made)\s+the\s+(?:vote|tally|split)(?:\s+"
                         r"(?:for|on|against|over|to|of|in)\b[^.;:!?\d]{0,40}?)?\s+\Z"
                         # a vote its own sentence's subject: "the vote for the cut was 6-3"
                         r"|\b(?:vote|ballot|tally|decision|ruling|verdict)(?:\s+(?:for|on|"
                         r"against|over|to|of|in)\b[^.;:!?\d]{0,40}?)?\s+(?:was|were|is|"
                         r"stood\s+at|ended)\s+\Z"),
                # "by 5 votes to 4", as British newsrooms write; "by a vote of 5 to 4"; "voted
                # 5 to 4"; "5 in favour, 4 against"
                spelled(r"by\s+MORE\s+votes?\s+to\s+FEWER",
                        r"by\s+an?\s+vote\s+of\s+MORE\s+to\s+FEWER",
                        r"(?<=vot(?:ed|es) )MORE\s+to\s+FEWER",
                        r"MORE\s+(?:(?:votes?|members?)\s+)?in\s+favou?r(?:\s+of\s+\w+(?:\s+\w+)?)?"
                        r"(?:\s*,\s*|\s+(?:and|with|to)\s+)(?:with\s+)?FEWER\s+"
                        r"(?:(?:votes?|members?)\s+)?against"),
                before=caseless(r"(?<!\w)(?P<by>(?:in|by)\s+)?an?\s+\Z"),
                after=caseless(r"\s+(?P<noun>decision|ruling|vote|verdict|majority|split)"
                               r"(?!\w)"),
                held=caseless(r"majority"),
                earlier=caseless(r"\b(?:ago|earlier|previous(?:ly)?|prior|former(?:ly)?|once|"
                                 r"had|precedent|last\s+(?:year|term|month|week|time))\b"),
                abstained=caseless(r"\b(?:abstain\w*|abstention|absent|recused|"
                                   r"did\s+not\s+vote|not\s+voting)\b"),
                bodies=tuple(caseless(rf"\b(?:{body})\b") for body in (
                    r"(?<!appeals\s)(?<!appellate\s)(?<!circuit\s)(?<!district\s)"
                    r"(?<!lower\s)court(?!\s+of\s+appeals)|justices?|judges?|bench",
                    # a lower court, whose panel's vote is not the highest court's
                    r"(?:appeals|appellate|circuit|district|lower)\s+courts?|"
                    r"court\s+of\s+appeals|panel", r"committee", r"senate|senators?",
                    r"(?-i:House)|representatives", r"parliament|MPs|(?-i:Commons)|assembly|"
                    r"legislature|lawmakers", r"board|directors", r"jury|jurors",
                    r"council|councillors", r"cabinet|ministers", r"shareholders")),
                # what a vote is cast to do, in a label ("the vote to uphold the law") and
                # in the prose ("upheld the ban by six votes to three")
                acts=acts(r"uph[eo]ld(?:s|ing)?", r"(?:overrul|overturn|revers)\w*|"
                          r"str(?:ike|uck|iking)\s+down", r"block(?:s|ed|ing)?",
                          r"approv\w*|adopt\w*|pass(?:es|ed|ing)?", r"reject\w*", r"confirm\w*",
                          r"convict\w*", r"acquit\w*", r"impeach\w*", r"allow\w*|let(?:s|ting)?"),
                # what joins the acts of a sentence: "upheld the ban by 6-3 and overruled Roe"
                joined=caseless(r"(?<!\bv)(?<!\bvs)[.!?](?=\s)|;|,?\s+(?:and|but|while)(?=[\s,])")),
    "fr": Words(caseless(r"\b(?:vot(?:e|es|é|ée)|scrutin|décision|arrêt|jugement|verdict|"
                         r"majorité)\b"),
                caseless(r"(?<!\w)(?:décision|arrêt|jugement|vote|scrutin|verdict|tranché|"
                         r"statué)\s+(?:(?:de|à|par)\s+)?\Z"),
                spelled(r"(?:par|à)\s+MORE\s+voix\s+contre\s+FEWER",
                        r"(?:par|à)\s+MORE\s+voix\s+pour\s+et\s+FEWER\s+contre"),
                earlier=caseless(r"\b(?:il\s+y\s+a|jadis|autrefois|auparavant|naguère|"
                                 r"précédemment|avai(?:t|ent)|(?:an|année)\s+(?:dernière?|"
                                 r"passée?)|précédent)\b")),
    "es": Words(caseless(r"\b(?:voto|votos|votación|decisión|fallo|sentencia|veredicto|"
                         r"mayoría)\b"),
                caseless(r"(?<!\w)(?:decisión|fallo|sentencia|votación|veredicto|falló|"
                         r"decidió)\s+(?:(?:de|por|con)\s+)?\Z"),
                spelled(r"por\s+MORE\s+votos" + against(r"a\s+favor", "y")
                        + r"FEWER(?:\s+en\s+contra)?"),
                earlier=caseless(r"\b(?:hace\s+(?:\w+\s+)?(?:años|décadas)|antes|"
                                 r"anteriormente|había[n]?|año\s+pasado|precedente)\b")),
    "de": Words(caseless(r"\b(?:Abstimm|Stimmen|Votum|Entscheid|Urteil|Mehrheit|Beschluss|"
                         r"abgestimmt)"),
                caseless(r"(?<!\w)(?:Entscheidung|Urteil|Abstimmung|Votum|Beschluss|"
                         r"entschied|urteilte)\s+(?:(?:von|mit)\s+)?\Z"),
                spelled(r"mit\s+MORE(?:\s+(?:zu|gegen)\s+|\s*[-:\u2013]\s*)FEWER\s+Stimmen",
                        r"MORE[-:\u2013]FEWER-(?:Entscheidung|Urteil|Votum|Beschluss)"),
                earlier=caseless(r"\b(?:vor\s+(?:\w+\s+)?(?:Jahren|Jahrzehnten)|früher|zuvor|"
                                 r"damals|einst|hatten?|(?:vergangenen|letzten)\s+Jahr)\b")),
    "it": Words(caseless(r"\b(?:voto|voti|votazione|decisione|sentenza|verdetto|"
                         r"maggioranza)\b"),
                caseless(r"(?<!\w)(?:decisione|sentenza|voto|votazione|verdetto|deciso)"
                         r"\s+(?:(?:di|per|con)\s+)?\Z"),
                spelled(r"(?:con|per)\s+MORE\s+voti" + against(r"a\s+favore", "e")
                        + r"FEWER(?:\s+contrari)?"),
                earlier=caseless(r"\b(?:(?:anni|decenni)\s+fa|in\s+passato|un\s+tempo|"
                                 r"precedentemente|avev(?:a|ano)|anno\s+scorso)\b")),
    "pt": Words(caseless(r"\b(?:voto|votos|votação|decisão|julgamento|placar|veredito|"
                         r"maioria)\b"),
                caseless(r"(?<!\w)(?:decisão|julgamento|votação|placar|veredito|decidiu)"
                         r"\s+(?:(?:de|por|com)\s+)?\Z"),
                spelled(r"por\s+MORE\s+votos" + against(r"a\s+favor", "e")
                        + r"FEWER(?:\s+contra)?",
                        # "por 6 a 3", as Brazil's court reporters write: not "por 2 a 3 anos"
                        r"por\s+MORE\s+a\s+FEWER(?!\s*[^\W\d_])",
                        r"placar\s+de\s+MORE\s+a\s+FEWER"),
                earlier=caseless(r"\b(?:há\s+(?:\w+\s+)?(?:anos|décadas)|anteriormente|"
                                 r"outrora|havia[m]?|tinha[m]?|ano\s+passado)\b")),
    "pl": Words(caseless(r"\b(?:głosowa\w*|wotum|decyzj\w*|wyrok\w*|uchwał\w*|większoś\w*)"),
                caseless(r"(?<!\w)(?:głosowani[eua]|decyzj[aią]|wyrok(?:iem)?|stosunkiem)"
                         r"\s+(?:głosów\s+)?\Z"),
                # "stosunkiem głosów 248 do 201"; "za głosowało 248 posłów, przeciw 201";
                # "248 posłów głosowało za, a 201 przeciw"
                spelled(r"stosunkiem\s+głosów\s+MORE\s*(?:do|przeciw(?:ko)?|[:\u2013-])\s*FEWER",
                        r"za\s+(?:głosował[oaiy]?|był[oaiy]?|opowiedział[oaiy]?\s+się)\s+MORE"
                        + POLISH_AGAINST + r"FEWER",
                        r"MORE(?:\s+[^\W\d_]+)?(?:\s+głosował[oaiy]?)?\s+za" + POLISH_AGAINST
                        + r"FEWER(?:\s+[^\W\d_]+)?\s+(?:głosował[oaiy]?\s+)?przeciw(?:ko)?"),
                earlier=caseless(r"\b(?:(?:lat|dekad)\s+temu|wcześniej|poprzednio|niegdyś|"
                                 r"dawniej|(?:zeszłym|ubiegłym)\s+roku)\b")),
    "ko": Words(re.compile(r"표결|투표|찬성|반대|가결|부결|의결"), NEVER,
                # "찬성 204표, 반대 85표로", "반대 85표, 찬성 204표"
                spelled(rf"찬성\s?MORE{KOREAN_VOTES}{KOREAN_AGAINST}반대\s?FEWER{KOREAN_VOTES}",
                        rf"반대\s?FEWER{KOREAN_VOTES}{KOREAN_AGAINST}찬성\s?MORE{KOREAN_VOTES}"),
                earlier=re.compile(r"년\s?전|과거|지난해|작년|이전에"),
                bodies=tuple(re.compile(body) for body in (
                    r"국회|의원", r"헌법재판소|헌재|재판관|법원|대법관", r"위원회|위원",
                    r"이사회|이사", r"주주"))),
    # "kwa kura 195 dhidi ya 106", "wabunge 195 waliunga mkono mswada na 106 wakaupinga",
    # "kura 195 za ndiyo na 106 za hapana"
    "sw": Words(caseless(r"\b(?:kura|uamuzi)\b"), NEVER,
                spelled(r"kwa\s+kura\s+MORE\s+(?:dhidi\s+ya|kwa)\s+FEWER",
                        rf"MORE\s+{SWAHILI_VERB}unga\s+mkono(?:\s+[^\W\d_]+){{0,3}}?"
                        r"(?:\s*,\s*|\s+)(?:(?:na|huku|wakati)\s+)?(?:wengine\s+)?FEWER\s+"
                        rf"{SWAHILI_VERB}pinga",
                        r"kura\s+MORE\s+za\s+ndi(?:y)?o(?:\s*,\s*|\s+(?:na|dhidi\s+ya)\s+)"
                        r"(?:kura\s+)?FEWER\s+za\s+(?:hapana|la)"),
                earlier=caseless(r"\b(?:miaka\s+\w+\s+iliyopita|hapo\s+awali|zamani|"
                                 r"mwaka\s+(?:jana|uliopita))\b"),
                bodies=tuple(caseless(rf"\b(?:{body})\b") for body in (
                    r"bunge|wabunge|mbunge", r"mahakama|majaji|jaji", r"seneti|maseneta",
                    r"kamati", r"baraza|madiwani", r"wanahisa"))),
}
