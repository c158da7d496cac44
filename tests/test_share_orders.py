"""Shares of the vote given in more of the ways a sentence gives them: won "with" a share, a
side's second share after "and", a name before the number where the verb comes last, a verb
before the name; each read as its own side's and round's."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, warnings_of

# By language: Erdoğan's share in the run-off and in the first round, then Kılıçdaroğlu's.
FIGURES = {
    "en": (("52.18%", "Erdoğan's share in the run-off"),
           ("49.52%", "Erdoğan's share in the first round"),
           ("47.82%", "Kılıçdaroğlu's share in the run-off"),
           ("44.88%", "Kılıçdaroğlu's share in the first round")),
    "fr": (("52,18 %", "part des voix d'Erdoğan au second tour"),
           ("49,52 %", "part des voix d'Erdoğan au premier tour"),
           ("47,82 %", "part des voix de Kılıçdaroğlu au second tour"),
           ("44,88 %", "part des voix de Kılıçdaroğlu au premier tour")),
    "tr": (("52,18%", "Erdoğan'ın ikinci turdaki oy oranı"),
           ("49,52%", "Erdoğan'ın ilk turdaki oy oranı"),
           ("47,82%", "Kılıçdaroğlu'nun ikinci turdaki oy oranı"),
           ("44,88%", "Kılıçdaroğlu'nun ilk turdaki oy oranı")),
    "nl": (("52,18 %", "stemmenaandeel van Erdoğan in de tweede ronde"),
           ("49,52 %", "stemmenaandeel van Erdoğan in de eerste ronde"),
           ("47,82 %", "stemmenaandeel van Kılıçdaroğlu in de tweede ronde"),
           ("44,88 %", "stemmenaandeel van Kılıçdaroğlu in de eerste ronde")),
    "de": (("52,18 %", "Stimmenanteil von Erdoğan in der Stichwahl"),
           ("49,52 %", "Stimmenanteil von Erdoğan im ersten Wahlgang"),
           ("47,82 %", "Stimmenanteil von Kılıçdaroğlu in der Stichwahl"),
           ("44,88 %", "Stimmenanteil von Kılıçdaroğlu im ersten Wahlgang")),
}


def held(language: str, text: str, which: str = "0123") -> list[tuple[str, str]]:
    """Return, for each warning about a summary of one sentence beside the key figures chosen
    (which: their places in FIGURES), what the text says and the label of the figure it is
    held against, or, for shares that add up to more than the whole, "sum"."""
    chosen = [FIGURES[language][int(place)] for place in which]
    figures = "".join(f"  - value: {value}\n    label: {label}\n" for value, label in chosen)
    front = FRONT.replace("---\ntitle", f"---\nlanguage: {language}\ntitle")
    found = warnings_of(f"--- summary\n---\n{text}\n--- figures\nfigures:\n{figures}---\n", front)
    return [(line.split(" says ")[1].split(" but ")[0],
             line.split(" key figure '")[1].split("' (line")[0].replace("\u2019", "'"))
            if " says " in line else ("sum", "") for line in found]


RUN_OFF = "Erdoğan's share in the run-off"


@pytest.mark.parametrize(("language", "text", "which", "expected"), [
    # What a side won "with" is its share, of the round the clause names.
    ("en", "Erdoğan won the run-off with 51.18% after taking 49.52% in the first round.", "01",
     [("'51.18%'", RUN_OFF)]),
    ("en", "Erdoğan won the run-off with 52.18% after taking 49.52% in the first round.", "01",
     []),
    # Its side's, not the next side's, whose own share follows "and".
    # A share a place narrows is that place's, not the side's in the whole country.
    ("en", "Erdoğan won the run-off with 35% in Istanbul.", "0", []),
    ("en", "Erdoğan took 35% of the vote in Ankara in the run-off.", "0", []),
    ("fr", "Erdoğan a remporté le second tour avec 35 % à Istanbul.", "0", []),
    ("en", "Erdoğan won the run-off with 35% of the vote.", "0", [("'35%'", RUN_OFF)]),
    ("en", "Erdoğan won the run-off with 52.18% and Kılıçdaroğlu 46.82%.", "2",
     [("'46.82%'", "Kılıçdaroğlu's share in the run-off")]),
    ("en", "Erdoğan won the run-off with 52.18% and Kılıçdaroğlu 47.82%.", "2", []),
    ("fr", "Erdoğan a remporté le second tour avec 52,18 % et Kılıçdaroğlu 46,82 %.", "02",
     [("'46,82 %'", "part des voix de Kılıçdaroğlu au second tour")]),
    ("fr", "Erdoğan a remporté le second tour avec 52,18 % et Kılıçdaroğlu 47,82 %.", "02", []),
])
def test_a_share_a_side_won_with_is_its_own(
        language: str, text: str, which: str, expected: list[tuple[str, str]]) -> None:
    assert held(language, text, which) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # A second share after "and", no name between, is the same side's, of its clause's round.
    ("en", "Erdoğan took 49.52% in the first round and 51.18% in the run-off.",
     [("'51.18%'", RUN_OFF)]),
    ("en", "Erdoğan took 49.52% in the first round and 52.18% in the run-off.", []),
    ("fr", "Erdoğan a obtenu 49,52 % au premier tour et 51,18 % au second tour.",
     [("'51,18 %'", "part des voix d'Erdoğan au second tour")]),
    ("fr", "Erdoğan a obtenu 49,52 % au premier tour et 52,18 % au second tour.", []),
    # A share after "and" with a verb of its own is no second share of the side before it.
    ("en", "Erdoğan took 52.18% in the run-off and 47.82% went to Kılıçdaroğlu.", []),
    ("en", "Erdoğan took 52.18% of the vote in the run-off and 47.82% went to his rival.", []),
    # Beside another side's share, each goes to its own side.
    ("en", "Erdoğan took 49.52% in the first round and 51.18% in the run-off, when "
     "Kılıçdaroğlu took 47.82%.", [("'51.18%'", RUN_OFF)]),
    ("en", "Erdoğan took 49.52% in the first round and 52.18% in the run-off, when "
     "Kılıçdaroğlu took 46.82%.", [("'46.82%'", "Kılıçdaroğlu's share in the run-off")]),
    ("en", "Erdoğan took 49.52% in the first round and 52.18% in the run-off, when "
     "Kılıçdaroğlu took 47.82%.", []),
])
def test_a_sides_second_share_after_and_is_its_own(
        language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert held(language, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The name before the round and the number is the side whose share it is: its shares and
    # the next side's add up to more than the whole.
    ("Erdoğan ilk turda yüzde 59,52, Kılıçdaroğlu yüzde 44,88 oy aldı.", [("sum", "")]),
    ("Erdoğan ilk turda yüzde 49,52, Kılıçdaroğlu yüzde 44,88 oy aldı.", []),
    # A name in the genitive is not the side: the share is its party's.
    ("Erdoğan'ın partisi yüzde 35 oy aldı.", []),
])
def test_a_turkish_share_after_the_round_is_the_named_sides(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert held("tr", text, "0") == expected


@pytest.mark.parametrize(("language", "text", "which", "expected"), [
    # The name after the verb is the side whose share follows, and the next its own.
    ("nl", "In de tweede ronde behaalde Erdoğan 49,52 procent en Kılıçdaroğlu 44,88 procent.",
     "2", [("'44,88 procent'", "stemmenaandeel van Kılıçdaroğlu in de tweede ronde")]),
    ("nl", "In de tweede ronde behaalde Erdoğan 49,52 procent en Kılıçdaroğlu 47,82 procent.",
     "2", []),
    ("nl", "In de tweede ronde behaalde Erdoğan 52,18 procent en Kılıçdaroğlu 46,82 procent.",
     "0123", [("'46,82 procent'", "stemmenaandeel van Kılıçdaroğlu in de tweede ronde")]),
    ("nl", "In de tweede ronde behaalde Erdoğan 52,18 procent en Kılıçdaroğlu 47,82 procent.",
     "0123", []),
    ("de", "Im ersten Wahlgang erhielt Erdoğan 59,52 Prozent und Kılıçdaroğlu 44,88 Prozent.",
     "0", [("sum", "")]),
    ("de", "Im ersten Wahlgang erhielt Erdoğan 49,52 Prozent und Kılıçdaroğlu 44,88 Prozent.",
     "0", []),
])
def test_a_share_after_a_verb_before_the_name_is_that_sides(
        language: str, text: str, which: str, expected: list[tuple[str, str]]) -> None:
    assert held(language, text, which) == expected
