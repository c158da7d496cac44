"""The words that take a level on to the next, as each language writes them: "and then to",
"raised it to", "puis à", "dann auf", "kemudian menjadi", "a następnie do", "затем до", "ثم
إلى", "后来提高到", "その後"; and those that join a level's start to the next, "from 10% to
84%", "von 4,0 % auf 3,75 %", "z 10% do 84%", "从10%提高到84%".
"""

from __future__ import annotations

import re

# What takes a level on to the next, just before the next: "and then to", "raised it to",
# "cut the rate to"; a verb of the level set or reached, or "then", and up to two words.
STEP = r"(?:\s+[^\W\d_][\w'\u2019]*){0,2}"
# Indonesian's and Malay's: "kemudian menjadi 20%", "lalu dinaikkan menjadi 20%".
MALAY_NEXT = r"\b(?:kemudian|lalu|lantas|naik|turun|menaikkan|dinaikkan|menurunkan|" \
    r"diturunkan|meningkat|menurun|melonjak|merosot)" + STEP + r"\s+(?:menjadi|ke|hingga)"
# The East Slavic languages' "затем до", "повысил их до", "згодом до", "підвищив до".
RU_NEXT = r"\b(?:затем|потом|позже|позднее|повы\w*|сни\w*|подн\w*|вырос\w*|упал\w*|" \
    r"увелич\w*|сократ\w*|уменьш\w*)" + STEP + r"\s+до"
UK_NEXT = r"\b(?:потім|згодом|пізніше|підвищ\w*|зниз\w*|підня\w*|зрос\w*|впал\w*|" \
    r"збільш\w*|скорот\w*|зменш\w*)" + STEP + r"\s+до"
NEXT = {
    "en": r"\b(?:then|again|raised|increased|lifted|hiked|cut|lowered|reduced|rose|fell|"
          r"climbed|jumped|dropped|went|pushed|brought|took|doubled)" + STEP + r"\s+to",
    "fr": r"\b(?:puis|ensuite|relev\w*|port[ée]\w*|pass[ée]\w*|abaiss\w*|ramen\w*|mont[ée]\w*|"
          r"baiss\w*|augment\w*)" + STEP + r"\s+(?:à|a)",
    "es": r"\b(?:luego|después|despues|elev\w*|sub\w*|baj\w*|pas[óo]\w*|reduj\w*|aument\w*|"
          r"llev\w*)" + STEP + r"\s+(?:al?|hasta)",
    "de": r"\b(?:dann|danach|anschließend|später|erhöh\w*|senk\w*|stieg\w*|sank\w*|hob\w*|"
          r"setzte\w*)" + STEP + r"\s+auf",
    "it": r"\b(?:poi|quindi|successivamente|port\w*|alz\w*|sal\w*|sces\w*|ridott\w*|"
          r"aument\w*)" + STEP + r"\s+(?:a|al|all['\u2019]|fino\s+al)",
    "pt": r"\b(?:depois|seguida|elev\w*|sub\w*|pass\w*|reduz\w*|aument\w*|baix\w*)" + STEP +
          r"\s+(?:para|a|ao)",
    "id": MALAY_NEXT,
    "ms": MALAY_NEXT + r"|\b(?:kemudian|lalu)" + STEP + r"\s+kepada",
    "vi": r"\b(?:rồi|sau\s+đó|tiếp\s+đó|tăng|giảm|nâng|hạ)" + STEP +
          r"\s+(?:lên|xuống|còn|tới|đến)",
    "pl": r"\b(?:potem|następnie|później|podni\w*|obniż\w*|wzr\w*|spad\w*|zwiększ\w*|"
          r"zmniejsz\w*)" + STEP + r"\s+do",
    "cs": r"\b(?:potom|pak|následně|později|zvýš\w*|sníž\w*|vzr\w*|stoup\w*|kles\w*)" + STEP +
          r"\s+na",
    "sk": r"\b(?:potom|následne|neskôr|zvýš\w*|zníž\w*|vzr\w*|stúp\w*|kles\w*)" + STEP +
          r"\s+na",
    "ru": RU_NEXT,
    "uk": UK_NEXT,
    "ar": r"(?<!\w)(?:ثم|لاحق(?:ا\u064b?|\u064bا)|بعد\s+ذلك|رفع\w*|خفض\w*|ارتفع\w*|انخفض\w*|"
          r"زاد\w*|قفز\w*|تراجع\w*)" + STEP + r"\s+(?:إلى|الى)",
    "el": r"(?<!\w)(?:έπειτα|μετά|στη\s+συνέχεια|αύξησ\w*|αυξήθηκ\w*|μείωσ\w*|μειώθηκ\w*|"
          r"ανέβασ\w*|ανέβηκ\w*|κατέβασ\w*|έπεσ\w*)" + STEP + r"\s+(?:σε|στο|στα|στους|στις)",
    # Japanese gives the verb after the level ("その後20%に引き上げた"): the word of a later
    # time before it takes the level on. Korean and Turkish, which write so too ("이후 20%로",
    # "daha sonra %20'ye"), read such a level as a later time's already (counting.later).
    "ja": r"(?:その後|のちに|後に|さらに|再び|続いて)[、,]?",
    # Chinese gives the verb, and "to" (到, 至), before the level: "后来提高到20%", "升至20%".
    "zh": r"(?:后来|後來|随后|隨後|之后|之後|然后|然後|其后|其後|再|又)[^\W\d]{0,6}?(?:到|至)|"
          r"(?:上调|上調|下调|下調|提高|降低|提升|升|降|涨|漲|跌|增|减|減)(?:到|至)",
}
NEXT_LEVEL = {language: re.compile(rf"(?:{words})\s*\Z", re.IGNORECASE)
              for language, words in NEXT.items()}
# What joins a level's start to the next level, where no range reads them so: German's "von
# 4,0 % auf 3,75 %", "passou de 870 para 3.118", "è salito da 870 a 3.118"; Chinese's whole
# gap, "从10%提高到84%". Where "from" follows its level (Korean's "10%에서 84%로", Turkish's
# "%10'dan", Japanese's "10%から"), no word before the level says it starts there, and the
# join is not looked for.
TO_LEVEL = {language: re.compile(rf"\s+(?:{words})\s+", re.IGNORECASE) for language, words in {
    "en": r"to", "fr": r"à|a", "es": r"al?|hasta", "de": r"auf", "it": r"a|al|all['\u2019]",
    "pt": r"para|a|ao", "id": r"menjadi|ke|hingga", "ms": r"menjadi|kepada|ke|hingga",
    "vi": r"lên|xuống|còn|đến|tới", "pl": r"do", "cs": r"na", "sk": r"na", "ru": r"до", "uk": r"до",
    "ar": r"إلى|الى", "el": r"σε|στο|στα|στους|στις"}.items()} | {
        "zh": re.compile(r"\s*[^\W\d]{0,3}?(?:到|至)\s*")}
# A change's verb and its object before the word that says where a level started: "enlarged
# the tournament from", "cut its forecast from", "a fait passer le tournoi de", "amplió el
# torneo de". The amount after it is where the level started, as after "rose from", when the
# clause goes on to the level it went to ("from 24 teams to 36"; see changedfrom.py).
OBJECT = r"(?:\s+(?:[^\W\d_][\w'\u2019-]*|(?:1[89]|20)\d\d)){1,5}?"  # "its forecast for 2025"
CHANGE_WORDS = {
    "en": (r"enlarg\w*|expand\w*|widen\w*|extend\w*|cut|cuts|cutting|reduc\w*|rais\w*|"
           r"lower\w*|increas\w*|decreas\w*|doubl\w*|tripl\w*|halv\w*|lift\w*|boost\w*|"
           r"trim\w*|slash\w*|shr[iau]nk\w*|grew|grow\w*|took|take[sn]?|taking|brought|"
           r"bring\w*|pushed|moved|revised", r"from"),
    "fr": (r"(?:fait|faire|font|fera)\s+passer|port\w*|relev\w*|abaiss\w*|rédui\w*|"
           r"ramen\w*|élarg\w*|augment\w*|diminu\w*|doubl\w*|étend\w*", r"de|d['\u2019]"),
    "es": (r"amplió|ampli\w*|reduj\w*|reduc\w*|elev\w*|aument\w*|subi\w*|subió|baj\w*|"
           r"recort\w*|llev\w*|duplic\w*|extendi\w*|revis\w*", r"de|del|desde"),
}
CHANGED = {language: re.compile(rf"(?<!\w)(?:{verbs}){OBJECT}\s+(?:{start})\s*\Z",
                                re.IGNORECASE) for language, (verbs, start) in CHANGE_WORDS.items()}
STARTED = {language: re.compile(rf"(?<!\w)(?:{start})\s*\Z", re.IGNORECASE)
           for language, (_, start) in CHANGE_WORDS.items()}
