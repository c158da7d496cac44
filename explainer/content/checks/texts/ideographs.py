"""The words of a text in Chinese, Japanese or Korean, to tell what a sentence speaks of.

Chinese and Japanese leave no space between words, and Korean joins its endings to a word
("경찰이", "도착했다"): cut at spaces, a sentence and a title of one event share no word. Without
a dictionary, a run of ideographs or of Hangul is taken as its pairs of characters, as search
engines index these languages ("第一陣" as 第一 and 一陣, "도착했다" as 도착, 착했 and 했다): two
texts that speak of one thing share most of their pairs. A run of katakana, a name written as it
sounds ("ポルトープランス"), is a word whole; one of hiragana, Japanese's particles and endings,
is none. Thai, which leaves no space between words either, is taken as its pairs of
syllables (thai.py reads them: "เลือกนายเศรษฐา" as lueaknai, naiset and settha). The rest of
the text, in other scripts, is read word by word.
"""

from __future__ import annotations

import re
import unicodedata

from ...spelling.thai import syllables
from ..counting.plain import plain_words

# Ideographs with the iteration marks (々), katakana without the dot that parts names (・), then
# Hangul, then hiragana.
HAN = r"\u3005-\u3007\u3021-\u3029\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
KATAKANA = r"\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
HANGUL = r"\u1100-\u11ff\u3131-\u318e\uac00-\ud7af"
THAI = r"\u0e01-\u0e4e"
RUN = re.compile(rf"(?P<pairs>[{HAN}]+|[{HANGUL}]+)|(?P<whole>[{KATAKANA}]+)|(?P<thai>[{THAI}]+)"
                 r"|[\u3041-\u309f]+")
HALF_WIDTH = re.compile(r"[\uff66-\uff9f]")

# The letters of a word's beginning that its forms share, at most (see word_forms()).
FORM_LETTERS = 5


def written_words(text: str) -> set[str]:
    """Return a text's words, those of Chinese, Japanese and Korean as their pairs of
    characters and those of Thai as its pairs of syllables (see above), for a language the
    checks of numbers do not read."""
    if RUN.search(text) is None and HALF_WIDTH.search(text) is None:
        return plain_words(text)
    # Full-width letters and half-width katakana as their usual forms: "ＷＨＯ", "ｹﾆｱ".
    text = unicodedata.normalize("NFKC", text)
    words: set[str] = set()
    for run in RUN.finditer(text):
        if run["whole"]:
            words.add(run["whole"])
        elif run["pairs"] or run["thai"]:
            found = run["pairs"] or syllables(run["thai"])
            words.update("".join(found[at:at + 2]) for at in range(max(len(found) - 1, 1)))
    return words | plain_words(RUN.sub(" ", text))


def word_forms(text: str) -> set[str]:
    """Return a text's words as written_words() reads them, each word of letters by its
    beginning, which its forms share where a language inflects its words by their endings
    ("завершилася" and "завершується", "евакуація" and "евакуацію", "вода" and "води"): for
    matching a sentence with a timeline's title in a language whose stems the checks do not
    know."""
    return {word[:min(FORM_LETTERS, len(word) - 1)] if word.isalpha() and len(word) > 3
            else word for word in written_words(text)}
