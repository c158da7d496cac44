"""The verbs that say a level was crossed, one table a language: "les rafales ont dépassé
220 km/h", "superó los 200 litros", "ultrapassou 5 metros", "ha superato il 5%", "überstieg
40 Grad" bound the number after them as "more than" does, as English's "exceeded" and
"topped" do (english.py)."""

from __future__ import annotations

# The forms a newsroom writes before a number: the present, the past and the participle.
CROSSED = {
    "fr": "dépasse dépassent dépassé dépassée dépassés dépassées dépassait dépassaient "
          "dépassant dépassera dépasseront excède excèdent excédé excédait excédant",
    "es": "supera superan superó superaron superaba superaban superado superada superando "
          "sobrepasa sobrepasan sobrepasó sobrepasaron sobrepasado rebasa rebasan rebasó "
          "rebasaron rebasado excede exceden excedió excedieron",
    "pt": "supera superam superou superaram superava superavam superado superada superando "
          "ultrapassa ultrapassam ultrapassou ultrapassaram ultrapassava ultrapassavam "
          "ultrapassado ultrapassada ultrapassando excede excedem excedeu excederam",
    "it": "supera superano superò superarono superava superavano superato superata superati "
          "superate superando oltrepassa oltrepassano oltrepassato oltrepassata",
    "de": "überschreitet überschreiten überschritt überschritten übersteigt überstieg "
          "überstiegen übertrifft übertraf übertrafen übertroffen",
}
# The articles a language sets between such a verb and its number where its qualifiers'
# pattern takes none: "ont dépassé les 220 km/h", "superaron los 200 litros".
ARTICLES = {"fr": ("les",), "es": ("los", "las", "el")}


def crossed(language: str) -> dict[str, str]:
    """Return a language's verbs of a level crossed, each read as "more", alone and with the
    articles its pattern of qualifiers does not take."""
    forms = CROSSED[language].split()
    found = dict.fromkeys(forms, "more")
    for article in ARTICLES.get(language, ()):
        found |= dict.fromkeys((f"{form} {article}" for form in forms), "more")
    return found
