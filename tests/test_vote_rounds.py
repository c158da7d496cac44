"""A share or a count of one round of a two-round vote is not held against a key figure whose
label names the other round; one of the label's own round still is."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of

# By language: the label of Erdoğan's share of the vote in the run-off, and how the language
# writes a percentage.
LABELS = {
    "en": ("Erdoğan's share of the vote in the run-off", "%"),
    "fr": ("part des voix d'Erdoğan au second tour", " %"),
    "es": ("porcentaje de votos de Erdoğan en la segunda vuelta", " %"),
    "pt": ("percentagem dos votos de Erdoğan no segundo turno", "%"),
    "tr": ("Erdoğan'ın ikinci turdaki oy oranı", "%"),
    "de": ("Stimmenanteil von Erdoğan in der Stichwahl", " %"),
    "it": ("percentuale dei voti di Erdoğan al ballottaggio", "%"),
    "pl": ("odsetek głosów Erdoğana w drugiej turze", " %"),
    "nl": ("stemmenaandeel van Erdoğan in de tweede ronde", " %"),
}


def said(language: str, text: str, label: str | None = None) -> list[str]:
    """Return what the warnings say a summary of one sentence states, beside the key figure of
    Erdoğan's share in the run-off (52,18), or of another label."""
    own, percent = LABELS[language]
    value = f"52.18{percent}" if language == "en" else f"52,18{percent}"
    figures = f"--- figures\nfigures:\n  - value: {value}\n    label: {label or own}\n---\n"
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    return stated(warnings_of(f"--- summary\n---\n{text}\n{figures}", front))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "In the first round Erdoğan took 49.52% and Kılıçdaroğlu 44.88%."),
    ("en", "Erdoğan won 49.52% in the first round."),
    ("en", "On the first ballot Erdoğan took 49.52%."),
    ("fr", "Au premier tour, Erdoğan a obtenu 49,52 %."),
    ("es", "En la primera vuelta, Erdoğan obtuvo el 49,52 %."),
    ("pt", "No primeiro turno, Erdoğan obteve 49,52%."),
    ("pt", "Na primeira volta, Erdoğan obteve 49,52%."),
    ("tr", "İlk turda Erdoğan yüzde 49,52 oy aldı."),
    ("de", "Erdoğan erhielt 49,52 Prozent der Stimmen im ersten Wahlgang."),
    ("it", "Al primo turno Erdoğan ha ottenuto il 49,52%."),
    ("pl", "W pierwszej turze Erdoğan uzyskał 49,52 proc."),
    ("nl", "Erdoğan behaalde in de eerste ronde 49,52 procent."),
])
def test_a_share_of_the_first_round_is_not_the_run_offs(language: str, text: str) -> None:
    assert said(language, text) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "In the run-off Erdoğan took 49.52% and Kılıçdaroğlu 44.88%.", ["'49.52%'"]),
    ("en", "Erdoğan won 49.52% in the second round.", ["'49.52%'"]),
    ("en", "On the second ballot Erdoğan took 49.52%.", ["'49.52%'"]),
    ("fr", "Au second tour, Erdoğan a obtenu 49,52 %.", ["'49,52 %'"]),
    ("es", "En la segunda vuelta, Erdoğan obtuvo el 49,52 %.", ["'49,52 %'"]),
    ("es", "En el balotaje, Erdoğan obtuvo el 49,52 %.", ["'49,52 %'"]),
    ("pt", "No segundo turno, Erdoğan obteve 49,52%.", ["'49,52%'"]),
    ("tr", "İkinci turda Erdoğan yüzde 49,52 oy aldı.", ["'yüzde 49,52'"]),
    ("de", "Erdoğan erhielt 49,52 Prozent der Stimmen in der Stichwahl.", ["'49,52 Prozent'"]),
    ("it", "Al ballottaggio Erdoğan ha ottenuto il 49,52%.", ["'49,52%'"]),
    ("pl", "W drugiej turze Erdoğan uzyskał 49,52 proc.", ["'49,52 proc.'"]),
    ("nl", "Erdoğan behaalde in de tweede ronde 49,52 procent.", ["'49,52 procent'"]),
])
def test_a_wrong_share_of_the_labels_own_round_still_warns(
        language: str, text: str, expected: list[str]) -> None:
    assert said(language, text) == expected


@pytest.mark.parametrize(("language", "text", "label", "expected"), [
    # A sentence that names no round is held against a label of one, as before.
    ("en", "Erdoğan took 49.52%.", None, ["'49.52%'"]),
    ("tr", "Erdoğan yüzde 49,52 oy aldı.", None, ["'yüzde 49,52'"]),
    # A label that names no round is held against a sentence of one, as before.
    ("en", "In the first round Erdoğan took 49.52%.", "Erdoğan's share of the vote",
     ["'49.52%'"]),
    ("fr", "Au premier tour, Erdoğan a obtenu 49,52 %.", "part des voix d'Erdoğan",
     ["'49,52 %'"]),
    # A label of both rounds is held against either.
    ("en", "In the first round Erdoğan took 49.52%.",
     "Erdoğan's share of the vote in the first round and the run-off", ["'49.52%'"]),
])
def test_a_round_named_on_one_side_alone_is_held_as_before(
        language: str, text: str, label: str | None, expected: list[str]) -> None:
    assert said(language, text, label) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Each amount is of the round its clause names.
    ("Erdoğan took 51.18% in the run-off, after 49.52% in the first round.", ["'51.18%'"]),
    ("Erdoğan took 52.18% in the run-off, after 49.52% in the first round.", []),
    ("After 49.52% in the first round, Erdoğan took 51.18% in the run-off.", ["'51.18%'"]),
    # Or the one its sentence names nearest to it.
    ("Erdoğan took 49.52% in the first round and Kılıçdaroğlu 47.82% in the run-off.", []),
])
def test_each_amount_of_a_sentence_of_both_rounds_is_of_its_own(
        text: str, expected: list[str]) -> None:
    assert said("en", text) == expected


def warned(language: str, text: str, label: str, value: str) -> list[str]:
    """Return what the warnings say a summary of one sentence states, beside one key figure."""
    figures = f"--- figures\nfigures:\n  - value: {value}\n    label: {label}\n---\n"
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    return stated(warnings_of(f"--- summary\n---\n{text}\n{figures}", front))


@pytest.mark.parametrize(("text", "expected"), [
    # The second side's share, its verb after both, is of the round the clause names.
    ("Erdoğan ilk turda yüzde 49,52, Kılıçdaroğlu yüzde 44,88 oy aldı.", []),
    ("Erdoğan ikinci turda yüzde 49,52, Kılıçdaroğlu yüzde 44,88 oy aldı.", ["'yüzde 44,88'"]),
])
def test_a_turkish_share_of_the_first_round_is_not_the_second_rounds(
        text: str, expected: list[str]) -> None:
    assert warned("tr", text, "Kılıçdaroğlu'nun ikinci turdaki oy oranı", "47,82%") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "In the first round, 27.8 million votes went to Erdoğan, too few to avoid a run-off.",
     []),
    ("en", "In the run-off, 27.8 million votes went to Erdoğan.", ["'27.8 million votes'"]),
    ("fr", "Au premier tour, 27,8 millions de voix sont allées à Erdoğan, trop peu pour "
     "éviter un second tour.", []),
    ("fr", "Au second tour, 27,8 millions de voix sont allées à Erdoğan.",
     ["'27,8 millions de voix'"]),
])
def test_a_count_of_votes_of_one_round_is_not_the_others(
        language: str, text: str, expected: list[str]) -> None:
    label, value = {"en": ("votes for Erdoğan in the run-off", "27.1 million"),
                    "fr": ("voix pour Erdoğan au second tour", "27,1 millions")}[language]
    assert warned(language, text, label, value) == expected
