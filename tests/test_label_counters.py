"""A key figure given as a bare number in Korean or Japanese takes its counter from the noun
that ends its label ("190 | 결의안에 찬성한 의원" counts 190명, "190 | 決議案に賛成した議員"
190人), and is held against the counts of that counter; not where the label ends with a noun
counted otherwise."""

from __future__ import annotations

import pytest

from .test_fate_claims import said_beside


@pytest.mark.parametrize(("language", "value", "label", "text", "said"), [
    # People: the label's last noun, stemmed, or a compound that ends with it.
    ("ko", "190", "계엄 해제 요구 결의안에 찬성한 의원",
     "국회의원 180명이 찬성해 결의안이 가결됐다.", ["'180명'"]),
    ("ko", "190", "계엄 해제 요구 결의안에 찬성한 의원",
     "국회의원 190명이 찬성해 결의안이 가결됐다.", []),
    # A word for a count after the noun: "사망자 수".
    ("ko", "12", "화재 사망자 수", "화재로 사망자 15명이 확인됐다.", ["'15명'"]),
    ("ko", "12", "화재 사망자 수", "화재로 사망자 12명이 확인됐다.", []),
    # Votes and seats take their own counters.
    ("ko", "204", "탄핵소추안 찬성표", "탄핵소추안 찬성표는 194표였다.", ["'194표'"]),
    ("ko", "204", "탄핵소추안 찬성표", "탄핵소추안 찬성표는 204표였다.", []),
    ("ko", "175", "총선에서 민주당이 얻은 의석", "민주당은 총선에서 173석을 얻었다.",
     ["'173석'"]),
    ("ko", "175", "총선에서 민주당이 얻은 의석", "민주당은 총선에서 175석을 얻었다.", []),
    # A label that ends with a noun counted by no counter here gives the number none.
    ("ko", "190", "계엄 해제 요구 결의안에 찬성한 의원의 지역구",
     "국회의원 180명이 찬성해 결의안이 가결됐다.", []),
    # Japanese: the head ends the label, perhaps before "数".
    ("ja", "190", "決議案に賛成した議員", "議員180人が決議案に賛成した。", ["'180人'"]),
    ("ja", "190", "決議案に賛成した議員", "議員190人が決議案に賛成した。", []),
    ("ja", "12", "火災の死者数", "火災の死者は15人に上った。", ["'15人'"]),
    ("ja", "12", "火災の死者数", "火災の死者は12人に上った。", []),
])
def test_a_bare_figure_counts_in_its_labels_counter(language: str, value: str, label: str,
                                                    text: str, said: list[str]) -> None:
    assert said_beside(text, value, label, language) == said
