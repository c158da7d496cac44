"""A Korean or Swahili tally of a vote, spelled out as their newsrooms write it ("찬성 204표,
반대 85표로", "kwa kura 195 dhidi ya 106", "wabunge 195 waliunga mkono mswada na 106
wakaupinga"), is held to the key figure of the vote: one that splits it otherwise warns, one
that agrees is silent."""

from __future__ import annotations

import pytest

from .test_tallies import tally_warnings

LABELS = {"ko": "국회의 탄핵소추안 표결", "sw": "kura ya bunge kuhusu mswada"}
VALUES = {"ko": "204-85", "sw": "195-106"}


@pytest.mark.parametrize(("language", "prose", "said"), [
    ("ko", "국회는 탄핵소추안을 찬성 204표, 반대 95표로 가결했다.", "찬성 204표, 반대 95표로"),
    ("ko", "국회는 탄핵소추안을 반대 95표, 찬성 204표로 가결했다.", "반대 95표, 찬성 204표로"),
    ("ko", "국회 표결 결과는 찬성 203표 대 반대 85표였다.", "찬성 203표 대 반대 85표였다"),
    ("sw", "Wabunge 195 waliunga mkono mswada na 116 wakaupinga.",
     "195 waliunga mkono mswada na 116 wakaupinga"),
    ("sw", "Bunge liliupitisha mswada kwa kura 195 dhidi ya 116.", "kwa kura 195 dhidi ya 116"),
    ("sw", "Bunge lilipiga kura 195 za ndiyo na 116 za hapana.",
     "kura 195 za ndiyo na 116 za hapana")])
def test_a_korean_or_swahili_tally_given_otherwise_is_a_warning(language: str, prose: str,
                                                                said: str) -> None:
    [found] = tally_warnings(prose, VALUES[language], LABELS[language], language)
    assert f"says '{said}' but the key figure '{LABELS[language]}'" in found


@pytest.mark.parametrize(("language", "prose"), [
    ("ko", "국회는 탄핵소추안을 찬성 204표, 반대 85표로 가결했다."),
    ("ko", "국회는 탄핵소추안을 반대 85표, 찬성 204표로 가결했다."),
    ("ko", "국회 표결 결과는 찬성 204표 대 반대 85표였다."),
    ("sw", "Wabunge 195 waliunga mkono mswada na 106 wakaupinga."),
    ("sw", "Bunge liliupitisha mswada kwa kura 195 dhidi ya 106."),
    ("sw", "Bunge lilipiga kura 195 za ndiyo na 106 za hapana.")])
def test_a_korean_or_swahili_tally_that_agrees_is_no_warning(language: str,
                                                             prose: str) -> None:
    assert tally_warnings(prose, VALUES[language], LABELS[language], language) == []
