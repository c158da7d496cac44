"""The editorial checks of numbers read Hindi as Hindi papers write it: Latin or Devanagari
digits, lakhs and crores ("64.2 करोड़"), money by sign or by name ("₹2 लाख", "36 करोड़ डॉलर"),
"प्रतिशत" and "फीसदी", the noun after its number ("240 सीटें", "10 देशों"), and a span between
two events ("मतगणना के पाँच दिन बाद", "तीन दिन बाद")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli
from .test_checks import stated, warnings_of
from .test_span_claims import events_of, span_warnings

HINDI = "---\ntitle: T\ndek: D\npublished: 2024-06-10\nlanguage: hi\n---\n"
FIGURES = """
--- figures
figures:
  - value: लगभग 64.2 करोड़
    label: वोट डालने वाले मतदाता
  - value: "543"
    label: लोकसभा चुनाव में सीटें
  - value: ₹1.35 लाख करोड़
    label: चुनाव पर खर्च
  - value: $360 मिलियन
    label: अमेरिका की सहायता
  - value: 65.8%
    label: चुनाव में मतदान प्रतिशत
---
"""
COUNTRIES = """
--- countries
countries:
  - {name: India, role: lead}
  - {name: Nepal, role: supporting}
  - {name: Bhutan, role: supporting}
  - {name: Sri Lanka, role: supporting}
---
"""


def said(text: str) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + FIGURES + COUNTRIES, HINDI))


@pytest.mark.parametrize(("text", "warned"), [
    # One number written in crores, in millions, in Devanagari digits, in lakhs' grouping.
    ("करीब 74.2 करोड़ मतदाताओं ने वोट डाले।", ["'74.2 करोड़ मतदाताओं'"]),
    ("करीब 64.2 करोड़ मतदाताओं ने वोट डाले।", []),
    ("करीब 742 मिलियन मतदाताओं ने वोट डाले।", ["'742 मिलियन मतदाताओं'"]),
    ("करीब 642 मिलियन मतदाताओं ने वोट डाले।", []),
    ("करीब ७४.२ करोड़ मतदाताओं ने वोट डाले।", ["'७४.२ करोड़ मतदाताओं'"]),
    ("करीब ६४.२ करोड़ मतदाताओं ने वोट डाले।", []),
    ("करीब 74,20,00,000 मतदाताओं ने वोट डाले।", ["'74,20,00,000 मतदाताओं'"]),
    ("करीब 64,20,00,000 मतदाताओं ने वोट डाले।", []),
    ("करीब 64.2 करोड मतदाता वोट डाल चुके हैं।", []),
    # The noun after its number, direct or oblique, a postposition after it.
    ("लोकसभा चुनाव में 545 सीटों पर मतदान हुआ।", ["'545 सीटों'"]),
    ("लोकसभा चुनाव में 543 सीटों पर मतदान हुआ।", []),
    # Money by its sign before, or its name after; in lakhs, crores or millions.
    ("चुनाव पर ₹1.53 लाख करोड़ खर्च हुए।", ["'₹1.53 लाख करोड़'"]),
    ("चुनाव पर ₹1.35 लाख करोड़ खर्च हुए।", []),
    ("चुनाव पर 1.53 लाख करोड़ रुपये खर्च हुए।", ["'1.53 लाख करोड़ रुपये'"]),
    ("चुनाव पर 1.35 लाख करोड़ रुपये खर्च हुए।", []),
    ("चुनाव पर रु. 1,53,000 करोड़ खर्च हुए।", ["'रु. 1,53,000 करोड़'"]),
    ("चुनाव पर रु. 1,35,000 करोड़ खर्च हुए।", []),
    ("अमेरिका ने 46 करोड़ डॉलर की सहायता दी।", ["'46 करोड़ डॉलर'"]),
    ("अमेरिका ने 36 करोड़ डॉलर की सहायता दी।", []),
    ("अमेरिका ने $460 मिलियन की सहायता दी।", ["'$460 मिलियन'"]),
    ("अमेरिका ने $360 मिलियन की सहायता दी।", []),
    # Percentages by sign or by word, with the nukta or without.
    ("चुनाव में मतदान 56.8 प्रतिशत रहा।", ["'56.8 प्रतिशत'"]),
    ("चुनाव में मतदान 65.8 प्रतिशत रहा।", []),
    ("चुनाव में मतदान 56.8 फ़ीसदी रहा।", ["'56.8 फ़ीसदी'"]),
    ("चुनाव में मतदान 65.8 फीसदी रहा।", []),
    ("चुनाव में मतदान 56.8% रहा।", ["'56.8%'"]),
    ("चुनाव में मतदान ६५.८% रहा।", []),
])
def test_amounts_in_hindi(text: str, warned: list[str]) -> None:
    assert said(text) == warned


@pytest.mark.parametrize(("text", "warned"), [
    ("भारत के साथ नौ अन्य देश शामिल हैं।", ["'नौ अन्य देश'"]),
    ("भारत के साथ तीन अन्य देश शामिल हैं।", []),
    ("10 देशों ने बैठक में भाग लिया।", ["'10 देशों'"]),
    ("चार देशों ने बैठक में भाग लिया।", []),
    ("बीस देशों ने बैठक में भाग लिया।", ["'बीस देशों'"]),
    ("४ देशों ने बैठक में भाग लिया।", []),
    ("अन्य 9 देशों ने बैठक में भाग लिया।", ["'अन्य 9 देशों'"]),
    ("अन्य 3 देशों ने बैठक में भाग लिया।", []),
    ("30 से अधिक देशों ने बैठक में भाग लिया।", ["'30 से अधिक देशों'"]),
    ("3 से अधिक देशों ने बैठक में भाग लिया।", []),
    ("यूरोपीय संघ के 27 देशों ने बैठक का स्वागत किया।", []),
])
def test_counts_of_countries_in_hindi(text: str, warned: list[str]) -> None:
    assert said(text) == warned


ELECTION = HINDI + """
--- summary
---
2024 के लोकसभा चुनाव में 543 सीटों के लिए सात चरणों में मतदान हुआ और 4 जून को नतीजे आए।
लगभग 64.2 करोड़ मतदाताओं ने वोट डाले, यानी करीब 65.8 प्रतिशत मतदान हुआ। भाजपा को 240 सीटें
मिलीं, जो बहुमत के 272 के आंकड़े से 32 कम हैं। एनडीए ने 293 सीटें जीतीं और इंडिया गठबंधन को
234 सीटें मिलीं, जिनमें कांग्रेस की 99 सीटें हैं। चुनाव पर करीब ₹1.35 लाख करोड़ खर्च हुए।

--- takeaways
takeaways:
  - भाजपा 240 सीटों के साथ सबसे बड़ी पार्टी बनी, पर अकेले बहुमत से दूर रही।
  - एनडीए को 293 सीटें मिलीं और नरेंद्र मोदी तीसरी बार प्रधानमंत्री बने।
  - कांग्रेस की सीटें 2019 की 52 से बढ़कर 99 हो गईं।
  - सात चरणों में 64.2 करोड़ मतदाताओं ने वोट डाले।
---
--- figures
figures:
  - value: "543"
    label: लोकसभा की कुल सीटें
  - value: "240"
    label: भाजपा को मिली सीटें
  - value: "293"
    label: एनडीए की सीटें
  - value: "234"
    label: इंडिया गठबंधन की सीटें
  - value: "99"
    label: कांग्रेस की सीटें
  - value: लगभग 64.2 करोड़
    label: वोट डालने वाले मतदाता
  - value: 65.8%
    label: मतदान प्रतिशत
---
"""


def test_an_election_explainer_in_hindi_gets_no_false_warning(make_site: Callable[..., Path]
                                                               ) -> None:
    root = make_site({"content/chunav.md": ELECTION})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "warning:" not in result.stderr and "note:" not in result.stderr, result.stderr


def test_a_wrong_seat_count_in_a_hindi_election_explainer_is_warned_of(
        make_site: Callable[..., Path]) -> None:
    wrong = ELECTION.replace("भाजपा को 240 सीटें", "भाजपा को 244 सीटें")
    root = make_site({"content/chunav.md": wrong})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert "content/chunav.md:11:82: warning: section 'summary' says '244 सीटें' but the key " \
        "figure 'भाजपा को मिली सीटें' (line 26) says '240'" in result.stderr, result.stderr


@pytest.mark.parametrize(("second", "repeats"), [
    ("  - करीब 642 मिलियन मतदाताओं ने सात चरणों में वोट डाले।\n", True),
    ("  - करीब ६४.२ करोड़ मतदाताओं ने सात चरणों में वोट डाले।\n", True),
    ("  - करीब 64,20,00,000 मतदाताओं ने सात चरणों में वोट डाले।\n", True),
    ("  - करीब 74.2 करोड़ मतदाताओं ने सात चरणों में वोट डाले।\n", False),
])
def test_hindi_takeaways_with_one_number_written_two_ways_repeat(second: str,
                                                                 repeats: bool) -> None:
    body = "--- takeaways\ntakeaways:\n  - करीब 64.2 करोड़ मतदाताओं ने सात चरणों में वोट " \
        "डाले।\n" + second + "---\n"
    found = warnings_of(body, HINDI)
    assert found == (["content/x.md:10: warning: takeaway repeats the one on line 9"]
                     if repeats else [])


VOTE_HI = events_of(("2024-06-01", "सातवें और आख़िरी चरण का मतदान"),
                    ("2024-06-04", "मतगणना में भाजपा को 240 सीटें"),
                    ("2024-06-09", "मोदी ने तीसरी बार प्रधानमंत्री पद की शपथ ली"))


@pytest.mark.parametrize(("right", "wrong", "told"), [
    # The event named before the count, joined by "के" or "से"; a number in words with the
    # candrabindu ("पाँच") as with the anusvara ("पांच").
    ("मतगणना के पाँच दिन बाद, 9 जून को मोदी ने शपथ ली।",
     "मतगणना के चार दिन बाद, 9 जून को मोदी ने शपथ ली।",
     "says चार दिन after 'मतगणना में भाजपा को 240 सीटें' (2024-06-04), but it gives 9 जून, "
     "5 days after"),
    ("मतगणना से तीन दिन पहले आख़िरी चरण का मतदान हुआ।",
     "मतगणना से पाँच दिन पहले आख़िरी चरण का मतदान हुआ।",
     "says पाँच दिन before 'मतगणना में भाजपा को 240 सीटें' (2024-06-04), but the timeline "
     "dates 'सातवें और आख़िरी चरण का मतदान' 2024-06-01, 3 days before"),
    # "बाद" alone: later than the day the sentence before gives; in Devanagari digits too.
    ("आख़िरी चरण का मतदान 1 जून को हुआ। तीन दिन बाद, 4 जून को नतीजे आए।",
     "आख़िरी चरण का मतदान 1 जून को हुआ। पाँच दिन बाद, 4 जून को नतीजे आए।",
     "says पाँच दिन after 'सातवें और आख़िरी चरण का मतदान' (2024-06-01), but it gives 4 जून, "
     "3 days after"),
    ("आख़िरी चरण का मतदान 1 जून को हुआ। ३ दिन बाद, ४ जून को नतीजे आए।",
     "आख़िरी चरण का मतदान 1 जून को हुआ। ५ दिन बाद, ४ जून को नतीजे आए।",
     "says ५ दिन after"),
])
def test_a_hindi_span_is_held_to_the_timeline(right: str, wrong: str, told: str) -> None:
    assert span_warnings(right, "hi", VOTE_HI) == []
    found = span_warnings(wrong, "hi", VOTE_HI)
    assert len(found) == 1 and told in found[0], found


SEATS_HI = """
--- figures
figures:
  - value: "293"
    label: एनडीए की सीटें
  - value: "234"
    label: इंडिया गठबंधन की सीटें
---
"""


@pytest.mark.parametrize(("text", "warned"), [
    # The whole before "में से", its noun between, is no level of any figure of seats.
    ("एनडीए ने 543 सीटों में से 293 सीटें जीतीं।", []),
    ("इंडिया गठबंधन ने 543 सीटों में से 234 सीटें जीतीं।", []),
    # A count of seats outside such a part of a whole is held as ever.
    ("एनडीए ने 283 सीटें जीतीं।", ["'283 सीटें'"]),
    ("इंडिया गठबंधन ने 244 सीटें जीतीं।", ["'244 सीटें'"]),
])
def test_a_part_of_a_whole_of_seats_in_hindi(text: str, warned: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SEATS_HI, HINDI)) == warned
