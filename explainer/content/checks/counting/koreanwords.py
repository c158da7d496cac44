"""Korean's numbers in words, and the counters and endings that its counts and words take.

Korean counts with a counter joined to its number, "190명" (people), "204표" (votes), "151석"
(seats), "9개국" (countries), and says numbers in words two ways: native ("다섯 명", "아홉
나라") and Sino-Korean ("삼 개국"). Many of those words are other words too: "이" is also
"this" and "teeth", "세" also an age and a tax, "일" also a day and work, "네" also "yes".
So a number in words is read only before a counter or a noun for countries ("세 명", "아홉
나라"), a Sino-Korean one only before "개국", and one ("한", "하나", "일") never: it is "a"
as often, and counts nothing.
"""

from __future__ import annotations

import functools
import re

HANGUL = re.compile("[\uac00-\ud7a3]+")
# The native numbers before a counter: "두 명", not "둘".
NATIVE_UNITS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
                "아홉": 9}
NATIVE_TENS = {"열": 10, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70,
               "여든": 80, "아흔": 90}
SINO_UNITS = {"이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
# A counter and what it counts: people, votes, seats, places, cases, houses, ships, animals,
# households, shots, things. Not "대" (machines), which is a generation or a rank as often
# ("20대 국회"), nor "기" (a term: "2기 정부"), nor the units of a date or a time.
COUNTERS = ("개국", "명", "표", "석", "곳", "건", "채", "척", "마리", "가구", "발", "개")
COUNTRY_NOUNS = ("개국", "나라", "국가")
# The copula "이다" as it ends a clause or a sentence after a count: "23명이었다", "18명였고",
# "5명이며", "8명입니다".
COPULA = r"(?:이|이었|였)(?:다|고|으며|며|는데|지만|습니다)|이며|이고|인데|입니다"
# What may follow a counter or a noun in the same word: its particles, a qualifier, the copula.
PARTICLES = (rf"(?:{COPULA}|[이가은는을를의에도와과로만씩뿐]|에서|에게|으로|까지|부터|이나|"
             r"이다|이었|였|이상|이하|가량|남짓|정도|쯤|안팎|미만|초과|넘게|가까이|만큼|"
             r"보다|밖에|중|으로서)*(?![가-힣])")
# The qualifiers after a number or its counter ("300여 명", "190명 이상", "3명가량").
AFTER = {"여": "odd", "이상": "at least", "이하": "up to", "미만": "fewer", "초과": "more",
         "가량": "about", "정도": "about", "안팎": "about", "쯤": "about", "남짓": "odd",
         "넘게": "more", "넘는": "more", "가까이": "nearly", "이내": "up to"}
BEFORE = {"약": "about", "대략": "about", "최소": "at least", "적어도": "at least",
          "최대": "up to", "거의": "nearly", "근": "nearly"}
# The particles, the copula ("외국인이었다") and verb endings a word ends with, stripped for its
# stem, the longest first.
ENDINGS = sorted((
    "이었다 이었고 이었으며 이었지만 이었던 입니다 "
    "에는 에도 에만 에서는 에서도 으로는 으로써 으로서 에게서 까지는 부터는 이라는 라는 "
    "에서 에게 으로 까지 부터 보다 처럼 마저 조차 이나 이며 이고 이다 이란 께서 "
    "과 와 이 가 은 는 을 를 의 에 도 로 만").split(), key=len, reverse=True)
VERB_ENDINGS = sorted((
    "했습니다 했으며 했지만 했다고 하였다 되었다 됐으며 시켰다 시킨 됐다 했다 했고 하고 하며 "
    "하는 하여 해서 했던 된다 되는 되고 됐고 하자 된 한 해 되어 돼서 돼").split(),
    key=len, reverse=True)


def native_words() -> dict[str, int]:
    """Return the native numbers in words from two to ninety-nine, as they come before a
    counter: "다섯", "열두", "스무", "서른다섯" (written apart too, "열-두")."""
    found: dict[str, int] = dict(NATIVE_UNITS)
    for ten, tens in NATIVE_TENS.items():
        found[ten if tens != 20 else "스무"] = tens
        for unit, n in {"한": 1, **NATIVE_UNITS}.items():
            found[f"{ten}{unit}"] = found[f"{ten}-{unit}"] = tens + n
    return found


def sino_words() -> dict[str, int]:
    """Return the Sino-Korean numbers from three to ninety-nine: "삼" (3), "십" (10), "십이"
    (12), "이십" (20), "구십구" (99); not "이" alone, "this" as often."""
    found = {w: n for w, n in SINO_UNITS.items() if w != "이"} | {"십": 10}
    found |= {f"십{w}": 10 + n for w, n in {"일": 1, **SINO_UNITS}.items()}
    for ten, tens in SINO_UNITS.items():
        found[f"{ten}십"] = 10 * tens
        found |= {f"{ten}십{w}": 10 * tens + n for w, n in {"일": 1, **SINO_UNITS}.items()}
    return found


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Reduce a word to a rough stem: without the particle or the verb ending it ends with
    ("의원들이" as "의원", "가결됐다" as "가결", "찬성해" as "찬성"), where two syllables at
    least are left ("국가" stays)."""
    word = word.lower().replace("\u2019", "'")
    for endings in (VERB_ENDINGS, ENDINGS):
        ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= 2),
                      None)
        if ending is not None:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("들") and len(word) >= 3 else word


def parts(word: str) -> tuple[str, ...]:
    """Return the head of a word of four syllables, two nouns of two that Korean writes as one
    ("국회의원", member of the National Assembly, holds 의원, member; "비상계엄" 계엄), so
    that it meets the head written alone; none for another word, whose parts are not told."""
    return (word[2:],) if len(word) == 4 and HANGUL.fullmatch(word) else ()


# A change after its amount, a qualifier perhaps between: "5% 증가했다", "5% 늘었다", "3.2%
# 하락", "10% 이상 감소", "5%나 올랐다"; not the level it reaches, "5%로 증가했다".
CHANGE_AFTER = (r"(?:나|씩|가량|정도|안팎|남짓)?\s?(?:(?:이상|이하|가까이|넘게)\s)?(?:의\s)?"
                r"(?:증가|감소|상승|하락|인상|인하|급증|급감|급등|급락|성장|확대|축소|늘|줄|오르|올랐|"
                r"내리|내렸|떨어|뛰)")


# The counter a count of a label's noun takes, for a key figure given as a bare number ("190 |
# 결의안에 찬성한 의원" counts 190명): the nouns for people, votes and seats, and the words a
# noun of two syllables or more ends with ("국회의원", "민간인 사망자", "찬성표").
LABEL_COUNTERS = {
    "명": ("명", "사람", "인원", "의원", "대의원", "위원", "직원", "공무원", "대원", "요원", "회원",
          "선원", "구성원", "사망자", "부상자", "실종자", "희생자", "피해자", "확진자", "감염자",
          "참가자", "지지자", "유권자", "투표자", "노동자", "근로자", "수감자", "이재민", "난민",
          "시민", "주민", "국민", "환자", "인질", "포로", "군인", "병사", "장병", "경찰관", "학생",
          "어린이", "아동", "여성", "남성", "선수", "대표", "의사", "교사", "기자"),
    "표": ("표", "찬성표", "반대표", "기권표", "무효표", "유효표", "득표"),
    "석": ("석", "의석", "좌석"),
}
# What a label may end with after its noun, a count of it: "사망자 수", "의원 총수".
LABEL_TOTALS = ("수", "숫자", "총수", "규모", "합계")
