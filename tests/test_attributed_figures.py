"""An amount a source gives ("the Red Crescent said 11,300") is no slip beside a figure that
another source gives ("people killed in Derna, according to the WHO"); an amount given to no
one, or to the figure's own source, is held against it."""

from __future__ import annotations

import pytest

from .test_checks import FRENCH, GERMAN, SPANISH, stated, warnings_of
from .test_hindi_checks import HINDI
from .test_italian_counts import ITALIAN
from .test_portuguese_counts import PORTUGUESE
from .test_swahili_checks import SWAHILI


def figure(value: str, label: str) -> str:
    """Return a figures section of one figure."""
    return f'\n--- figures\nfigures:\n  - value: "{value}"\n    label: {label}\n---\n'


WHO = figure("3,958", "people killed in Derna, according to the WHO")


@pytest.mark.parametrize(("text", "said"), [
    # Another source's count, however the sentence gives it to that source.
    ("The Libyan Red Crescent said 11,300 people were killed in Derna.", []),
    ("11,300 people were killed in Derna, the Red Crescent said.", []),
    ("In Derna 11,300 people were killed, according to the Red Crescent.", []),
    ("The Red Crescent's count was 11,300 people killed in Derna.", []),
    ("Officials said 11,300 people were killed in Derna.", []),
    ("The Red Crescent said 11,300 people were killed in Derna; the WHO counted 3,958.", []),
    # The figure's own source, given another value, is a slip.
    ("The WHO said 4,100 people were killed in Derna.", ["'4,100 people'"]),
    ("4,100 people were killed in Derna, according to the WHO.", ["'4,100 people'"]),
    # So is the explainer's own word, given to no one: the source's name does not dilute
    # what the label counts.
    ("The flood killed 11,300 people in Derna.", ["'11,300 people'"]),
    ("At least 11,300 people were killed in Derna.", ["'11,300 people'"]),
])
def test_an_amount_another_source_gives_is_not_held_against_a_sourced_figure(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + WHO)) == said


def test_a_figure_of_no_source_is_held_against_what_any_source_says() -> None:
    body = "--- summary\n---\nThe Red Crescent said 11,300 people were killed in Derna.\n"
    assert stated(warnings_of(body + figure("3,958", "people killed in Derna"))) \
        == ["'11,300 people'"]


@pytest.mark.parametrize(("front", "label", "text", "said"), [
    (FRENCH, "morts à Derna recensés par l'OMS",
     "Le Croissant-Rouge a recensé 11 300 morts à Derna.", []),
    (FRENCH, "morts à Derna recensés par l'OMS", "L'OMS a recensé 4 100 morts à Derna.",
     ["'4 100 morts'"]),
    (FRENCH, "morts à Derna recensés par l'OMS", "La crue a fait 11 300 morts à Derna.",
     ["'11 300 morts'"]),
    (SPANISH, "muertos en Derna según la OMS",
     "Según la Media Luna Roja, hubo 11.300 muertos en Derna.", []),
    (SPANISH, "muertos en Derna según la OMS",
     "La Media Luna Roja contabilizó 11.300 muertos en Derna.", []),
    (SPANISH, "muertos en Derna según la OMS", "La OMS contabilizó 4.100 muertos en Derna.",
     ["'4.100 muertos'"]),
    (GERMAN, "Tote in Derna laut WHO", "Der Rote Halbmond meldete 11.300 Tote in Derna.", []),
    (GERMAN, "Tote in Derna laut WHO", "Die WHO meldete 4.100 Tote in Derna.", ["'4.100 Tote'"]),
    (ITALIAN, "morti a Derna secondo l'OMS",
     "Secondo la Mezzaluna Rossa, 11.300 morti a Derna.", []),
    (ITALIAN, "morti a Derna secondo l'OMS", "L'OMS ha contato 4.100 morti a Derna.",
     ["'4.100 morti'"]),
    (PORTUGUESE, "mortos em Derna segundo a OMS",
     "Segundo o Crescente Vermelho, 11.300 mortos em Derna.", []),
    (PORTUGUESE, "mortos em Derna segundo a OMS", "A OMS contabilizou 4.100 mortos em Derna.",
     ["'4.100 mortos'"]),
    (SWAHILI, "watu waliouawa Derna kwa mujibu wa WHO",
     "Kwa mujibu wa Hilali Nyekundu, watu 11,300 waliuawa Derna.", []),
    (SWAHILI, "watu waliouawa Derna kwa mujibu wa WHO", "WHO ilisema watu 4,100 waliuawa Derna.",
     ["'watu 4,100'"]),
    (HINDI, "डेरना में मारे गए लोग, WHO के अनुसार",
     "रेड क्रिसेंट के अनुसार डेरना में 11,300 लोग मारे गए।", []),
    (HINDI, "डेरना में मारे गए लोग, WHO के अनुसार",
     "WHO के अनुसार डेरना में 4,100 लोग मारे गए।", ["'4,100 लोग'"]),
])
def test_sources_in_other_languages(front: str, label: str, text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figure("3958", label)
    assert stated(warnings_of(body, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A label's source says who gave the figure, not what it counts: OCHA's deaths are not
    # its missing.
    ("OCHA said 3,958 people had died in the flood.", []),
    ("OCHA said 9,000 people were missing.", ["'9,000 people'"]),
    ("Nearly 12,000 people were missing.", ["'12,000 people'"]),
])
def test_a_label_s_source_does_not_relate_it_to_what_that_source_says_of_other_things(
        text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figure("10,100", "people missing, according to OCHA")
    assert stated(warnings_of(body)) == said


MINISTRY = "manifestants le 7 mars selon le ministère de l'Intérieur"


@pytest.mark.parametrize(("label", "text", "said"), [
    # A ministry named with what it is of is one source, before its verb or after "selon".
    (MINISTRY, "Le 7 mars, le ministère de l'Intérieur a compté 1,38 million de manifestants.",
     ["'1,38 million de manifestants'"]),
    ("manifestants le 7 mars selon le ministère",
     "Selon le ministère de l'Intérieur, 1,38 million de manifestants ont défilé le 7 mars.",
     ["'1,38 million de manifestants'"]),
    # Another ministry, or a union, is another source: its count is no slip.
    (MINISTRY, "Le 7 mars, le ministère de la Santé a compté 1,38 million de manifestants.", []),
    (MINISTRY, "Le 7 mars, la CGT a compté 3,5 millions de manifestants.", []),
])
def test_a_source_s_name_runs_through_the_words_joining_it(
        label: str, text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figure("1,28 million", label)
    assert stated(warnings_of(body, FRENCH)) == said
