"""Turkish spans between two events: the event named before the count in the ablative
("ikinci turdan beş gün önce", "seçimden dört gün önce", "Erdoğan'ın yemininden"), or the
span said "sonra" (later) alone, measured from the sentence before ("Üç hafta sonra")."""

from __future__ import annotations

import pytest

from .test_span_act_nouns_nordic_slavic import timeline
from .test_span_claims import span_warnings

VOTE = timeline(("2023-05-14", "Türkiye'de cumhurbaşkanlığı ve milletvekili seçimi yapılır"),
                ("2023-05-28", "İkinci tur yapılır"),
                ("2023-06-03", "Erdoğan yemin eder"))
ELECTION = "'Türkiye’de cumhurbaşkanlığı ve milletvekili seçimi yapılır' (2023-05-14)"
# Each sentence, a count the timeline belies and the one it gives, and the warning the first
# gets.
CASES = [
    ("Oğan, ikinci turdan {} gün önce, 22 Mayıs'ta Kılıçdaroğlu'nu destekledi.", "beş", "altı",
     "content/x.md:10:21: warning: section 'summary' says beş gün before 'İkinci tur yapılır' "
     "(2023-05-28), but it gives 22 Mayıs, 6 days before"),
    ("Muharrem İnce ise seçimden {} gün önce, 11 Mayıs'ta adaylıktan çekildi.", "dört", "üç",
     f"content/x.md:10:28: warning: section 'summary' says dört gün before {ELECTION}, but it "
     "gives 11 Mayıs, 3 days before"),
    ("Seçim 14 Mayıs'ta yapıldı. {} hafta sonra, 28 Mayıs'ta yapılan ikinci turda Erdoğan "
     "kazandı.", "Üç", "İki",
     "content/x.md:10:28: warning: section 'summary' says Üç hafta after 14 Mayıs (2023-05-14), "
     "but it gives 28 Mayıs, 14 days after"),
    ("Erdoğan'ın yemininden {} gün önce, 28 Mayıs'ta ikinci tur yapıldı.", "yedi", "altı",
     "content/x.md:10:23: warning: section 'summary' says yedi gün before 'Erdoğan yemin eder' "
     "(2023-06-03), but the timeline dates 'İkinci tur yapılır' 2023-05-28, 6 days before"),
    ("Seçimden {} hafta sonra ikinci tur yapıldı.", "üç", "iki",
     f"content/x.md:10:10: warning: section 'summary' says üç hafta after {ELECTION}, but the "
     "timeline dates 'İkinci tur yapılır' 2023-05-28, 14 days after"),
    ("İkinci tur 28 Mayıs'ta yapıldı. Bundan {} gün önce, 22 Mayıs'ta Oğan destek verdi.",
     "beş", "altı",
     "content/x.md:10:40: warning: section 'summary' says beş gün before 'İkinci tur yapılır' "
     "(2023-05-28), but it gives 22 Mayıs, 6 days before"),
]


@pytest.mark.parametrize(("prose", "wrong", "told"), [(c[0], c[1], c[3]) for c in CASES])
def test_a_turkish_span_the_timeline_belies_warns(prose: str, wrong: str, told: str) -> None:
    assert span_warnings(prose.format(wrong), "tr", VOTE) == [told]


@pytest.mark.parametrize(("prose", "right"), [(c[0], c[2]) for c in CASES])
def test_the_right_turkish_span_is_silent(prose: str, right: str) -> None:
    assert span_warnings(prose.format(right), "tr", VOTE) == []


@pytest.mark.parametrize("ablative", ["planlanandan", "Kılıçdaroğlu'ndan"])
def test_a_span_from_what_an_ablative_names_beside_no_event_is_silent(ablative: str) -> None:
    prose = "Seçim 14 Mayıs'ta yapıldı. Oğan, {}beş gün sonra, 22 Mayıs'ta açıklama yaptı."
    assert span_warnings(prose.format(ablative + " "), "tr", VOTE) == []
    assert span_warnings(prose.format(""), "tr", VOTE) == [
        "content/x.md:10:34: warning: section 'summary' says beş gün after 14 Mayıs "
        "(2023-05-14), but it gives 22 Mayıs, 8 days after"]
