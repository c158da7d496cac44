"""The words, by language, of a share of the vote a party or a candidate won, its whole left
out (see voteshares.py): the verbs of winning it, the words of the vote, what may stand
between the verb and the number, and what joins a second side whose verb is left out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ShareWords:
    """A language's words of a share won; each pattern but 'votes' a regular expression."""

    verbs: str  # "won", "a obtenu", "ha ottenuto": right before the number
    votes: str  # the words of the whole left out: "vote", "voix suffrages"
    qualifiers: str  # "about", "près de": between the verb and the number
    of_votes: str  # the whole written after a share: "of the vote", "des voix"
    percent: str = "%"  # what ends a percentage: "%", "Prozent", "proc."
    joins: str = "and"  # what joins a second side: "and", "et", "a"
    name_article: str = r"(?:the\s+)?"  # before a side's name: "the Conservatives"
    number_article: str = ""  # before the number: "el 46,8 %", "il 46,8%"
    capital: str = "A-Z"  # the capitals a name opens with
    verbs_after: str = ""  # where the verb follows the number, the verb: "kaldı", "oy aldı"
    with_: str = ""  # what, after the verb and what was won, opens the share: "won it with"
    inverted: bool = False  # whether the verb may come before the name: "behaalde Erdoğan"


CAPITALS = ("A-Z\u00c0-\u00d6\u00d8-\u00de\u0104\u0106\u010c\u0118\u011e\u0130\u0141\u0143"
            "\u0158\u015a\u015e\u0160\u0179\u017b\u017d")
WORDS = {
    "en": ShareWords(
        r"won|wins?|winning|took|takes?|taking|got|gets?|polled|polls?|secured|secures?|"
        r"received|receives?|garnered|garners?|captured|captures?", "vote",
        r"about|around|nearly|almost|roughly|some|just|only|over|under|barely|more\s+than|"
        r"less\s+than", r"of\s+the\s+(?:vote)s?", with_="with"),
    "fr": ShareWords(
        r"(?:a|avait|aurait)\s+(?:obtenu|recueilli|remport[ée]|récolt[ée]|totalis[ée]|"
        r"réuni)|obtient|recueille|remporte|récolte|totalise|réunit",
        "voix suffrages exprimés",
        r"près\s+de|environ|quelque|à\s+peine|seulement|plus\s+de|moins\s+de|un\s+peu\s+plus\s+de",
        r"des\s+(?:voix|suffrages)(?:\s+exprimés)?", r"%|pour\s+cent", r"et",
        r"(?:(?:le|la|les)\s+|l['\u2019])?", "", CAPITALS, with_="avec"),
    "es": ShareWords(
        r"obtuvo|obtiene|ha\s+obtenido|logró|logra|ha\s+logrado|consiguió|consigue|"
        r"cosechó|recibió|alcanzó|sumó|se\s+quedó\s+con|se\s+hizo\s+con",
        "votos sufragios emitidos",
        r"casi|cerca\s+de|alrededor\s+de|apenas|solo|sólo|más\s+de|menos\s+de",
        r"de\s+los\s+(?:votos|sufragios)(?:\s+emitidos|\s+válidos)?", r"%|por\s+ciento",
        r"y|e", r"(?:(?:el|la|los|las)\s+)?", r"(?:(?:el|un)\s+)?", CAPITALS, with_="con"),
    "pt": ShareWords(
        r"obteve|obtém|conquistou|conquista|recebeu|teve|alcançou|somou|"
        r"(?:ficou|fica)\s+com",
        "votos válidos",
        r"quase|cerca\s+de|perto\s+de|apenas|só|mais\s+de|menos\s+de",
        r"dos\s+votos(?:\s+válidos)?", r"%|por\s+cento", r"e",
        r"(?:(?:o|a|os|as)\s+)?", r"(?:(?:os|o)\s+)?", CAPITALS, with_="com"),
    "it": ShareWords(
        r"ha\s+(?:ottenuto|conquistato|raccolto|preso)|ottiene|ottenne|conquista|raccoglie|"
        r"prende|(?:si\s+è\s+|s['\u2019]è\s+)?(?:fermat|attestat)[oa]\s+al",
        "voti",
        r"quasi|circa|poco\s+più\s+del|poco\s+meno\s+del|appena|solo|oltre",
        r"dei\s+(?:voti|consensi)(?:\s+validi)?", r"%|per\s+cento", r"e|ed",
        r"(?:(?:il|la|i|gli|le)\s+|l['\u2019])?", r"(?:(?:il|un)\s+|l['\u2019])?", CAPITALS,
        with_="con"),
    "pl": ShareWords(
        r"zdobył[aoy]?|zdobyli|uzyskał[aoy]?|uzyskali|otrzymał[aoy]?|otrzymali|"
        r"dostał[aoy]?|dostali|zebrał[aoy]?|zebrali|zdobywa|uzyskuje|otrzymuje|"
        r"może\s+liczyć\s+na|mog[aą]\s+liczyć\s+na",
        "głosów",
        r"prawie|niemal|blisko|około|ok\.|ponad|niespełna|zaledwie|tylko",
        r"(?:ważnych\s+)?głosów", r"%|proc\.|procent\w*", r"a|i|zaś",
        "", "", CAPITALS),
    "nl": ShareWords(
        r"behaalde|behaalt|haalde|haalt|kreeg|krijgt|won|wint|verkreeg|"
        r"(?:heeft|had)\s+(?:behaald|gehaald|gekregen|gewonnen)|kwam\s+uit\s+op",
        "stemmen",
        r"bijna|ongeveer|circa|zo'n|ruim|krap|nauwelijks|slechts|maar|meer\s+dan|minder\s+dan",
        r"van\s+de\s+(?:uitgebrachte\s+)?stemmen", r"%|procent", r"en",
        r"(?:(?:de|het)\s+)?", "", CAPITALS, with_="met", inverted=True),
    "de": ShareWords(
        r"erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|holte|holten|holt|"
        r"erreichte|erreichten|erreicht|erzielte|erzielten|erzielt|(?:kam|kamen|kommt)\s+auf",
        "Stimmen Zweitstimmen",
        r"fast|knapp|rund|etwa|ungefähr|nur|gut|mehr\s+als|weniger\s+als|über|unter",
        r"der\s+(?:abgegebenen\s+)?(?:Stimmen|Zweitstimmen)", r"%|Prozent", r"und",
        r"(?:(?:die|der|das)\s+)?", "", CAPITALS, inverted=True),
    "ru": ShareWords(
        r"(?:на|по)?брал[аи]?|получил[аи]?|набирает|получает|набирают|получают",
        "голосов голоса",
        r"около|почти|примерно|более|менее|свыше|лишь|только|чуть\s+(?:более|менее)",
        r"голосов(?:\s+избирателей)?", r"%|процент(?:а|ов)?", r"и|а",
        "", "", "А-ЯЁ"),
    "tr": ShareWords(
        "", "oy", r"yaklaşık|neredeyse|sadece|yalnızca|ancak", r"(?!)", r"%", r"ve",
        "", "", CAPITALS,
        r"(?:oy\s+)?(?:aldı|aldılar|kaldı|kaldılar|topladı|kazandı|elde\s+etti)"),
}
