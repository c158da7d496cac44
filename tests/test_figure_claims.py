"""Amounts in the text compared with the key figures: which sentences speak of which figure."""

from __future__ import annotations

import re

import pytest

from explainer.content.checks.counting import counting_for

from .test_checks import FRENCH, FRONT, GERMAN, SPANISH, stated, warnings_of
from .test_portuguese_counts import BRAZIL

DEAL = """
--- figures
figures:
  - value: $4.2 billion
    label: price Halvard pays for Norvik
  - value: $38.50
    label: paid per Norvik share
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # The price per share is given as it is; the price of the deal is another figure, which
    # the sentence names by a word of its own, and gives otherwise.
    ("Halvard pays $4.5 billion for Norvik, or $38.50 a share.", ["'$4.5 billion'"]),
    ("Halvard pays $4.2 billion for Norvik, or $38.50 a share.", []),
    # A scale joined to its number by a hyphen, as before a noun.
    ("Halvard pays a $4.2-billion price for Norvik.", []),
    ("Halvard pays a $4.5-billion price for Norvik.", ["'$4.5-billion'"]),
    # Words the given figure's label has say nothing of the other figure.
    ("Norvik shares, paid at $38.50, traded at $37.90 before the deal.", []),
])
def test_a_figure_given_as_it_is_leaves_another_named_one_compared(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + DEAL)) == said


BUDGET = """
--- figures
figures:
  - value: 3.2%
    label: deficit forecast for FY2027, as a share of GDP
  - value: 2.5%
    label: defence spending as a share of GDP
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # 'Spending' names the other figure in another clause than the 3.9% of the deficit's.
    ("Spending rises by 6.1%, and the deficit is forecast at 3.2% of GDP, down from 3.9% in "
     "FY2026.", []),
    ("The deficit is forecast at 3.2% of GDP, and defence spending at 2.8% of GDP.",
     ["'2.8%'"]),
])
def test_a_figure_given_as_it_is_leaves_the_clauses_of_other_figures_compared(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + BUDGET)) == said


PHASES = """
--- figures
figures:
  - value: $3 billion
    label: cost of the early recovery phase
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # Each phase has its clause: only the one the label names is held against the figure.
    ("The plan has three phases: an early recovery phase costing $5 billion, a first phase "
     "costing $20 billion, and a second phase costing $30 billion.", ["'$5 billion'"]),
    ("The plan has three phases: an early recovery phase costing $3 billion, a first phase "
     "costing $20 billion, and a second phase costing $30 billion.", []),
    # No other clause names more of the label than the amount's: it is still held.
    ("The plan's early recovery phase, which lasts six months, would cost $5 billion.",
     ["'$5 billion'"]),
])
def test_an_item_of_a_series_is_held_only_against_the_label_that_names_it(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + PHASES)) == said


RESULTS = """
--- figures
figures:
  - value: 27.5%
    label: votes for Xóchitl Gálvez
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A clause that "and" opens with a name the label lacks gives that one's amount.
    ("Her main rival, Xóchitl Gálvez, won 27.5%, and Jorge Álvarez Máynez 10%.", []),
    ("Her main rival, Xóchitl Gálvez, won 37%, and Jorge Álvarez Máynez 10%.", ["'37%'"]),
    # The label's own name after "and" is the label's amount, given otherwise.
    ("The runner-up, Jorge Álvarez Máynez, won 10%, and Xóchitl Gálvez 37%.", ["'37%'"]),
])
def test_a_name_after_and_opens_an_item_of_its_own(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RESULTS)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A compound is its parts, and 'satellites' the plural of 'satellite'.
    ("The four satellites will cost €870 million in all.", ["'€870 million'"]),
    ("The four satellites will cost €780 million in all.", []),
])
def test_a_label_is_read_by_the_parts_of_its_compounds(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: €780 million\n    label: cost of the " \
        "four-satellite programme\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # 'banned' is 'ban', the verb's doubled letter undone, as 'stopped' is 'stop'.
    ("Hale is banned for 3 years, backdated to March 2023.", ["'3 years'"]),
    ("Hale is banned for 4 years, backdated to March 2023.", []),
])
def test_a_verb_that_doubles_its_last_letter_meets_its_noun(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 4 years\n    label: length of Hale's ban\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


def test_an_english_stem_undoes_a_doubled_letter_only_where_a_verb_doubles_it() -> None:
    counting = counting_for("en")
    assert counting is not None
    assert [counting.stem(word) for word in ("banned", "stopping", "planned", "committed")] \
        == ["ban", "stop", "plan", "commit"]
    assert [counting.stem(word) for word in ("added", "called", "passed", "needed")] \
        == ["add", "call", "pass", "need"]


def test_a_stem_meets_its_plural_whatever_its_last_letter() -> None:
    for language, pairs in (("en", [("satellite", "satellites"), ("pledge", "pledged"),
                                    ("price", "prices")]),
                            ("fr", [("promise", "promises")]),
                            ("es", [("país", "países"), ("policía", "policías"),
                                    ("muertos", "muertas")])):
        counting = counting_for(language)
        assert counting is not None
        assert all(counting.stem(a) == counting.stem(b) for a, b in pairs), language


SHARES = """
--- figures
figures:
  - value: 25%
    label: tariff on imported steel
  - value: 2.5%
    label: defence spending as a share of GDP
  - value: 31%
    label: premium over Norvik's share price
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # What a percentage is of names a whole, not what the figure is a share of.
    ("Steel makes up about 6% of Ostrava's imports.", []),
    ("Pensions take 31% of spending, health 14% and defence 9%.", []),
    ("Norvik's founders, who hold 18% of the shares, back the bid.", []),
    # ... unless the figure's label is a share of it too, or names it besides.
    ("Defence spending is 3% of GDP.", ["'3%'"]),
    ("The tariff is 20% of the value of imported steel.", ["'20%'"]),
    ("Halvard offers a 26% premium over Norvik's share price.", ["'26%'"]),
])
def test_what_a_percentage_is_of_relates_it_only_to_a_share_of_the_same(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SHARES)) == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # A name's words are one thing: "Norden Ports" is not the port of the label.
    ("Norden Ports says it has paid 140 million euros for new cranes.",
     "paid by the operator for its stake in the port", []),
    ("Norden Ports paid 1.5 billion euros for its stake in the port.",
     "paid by the operator for its stake in the port", ["'1.5 billion euros'"]),
    # A name whose words the label has all is the label's.
    ("The Defence Ministry's budget is 1.5 billion euros.", "budget of the defence ministry",
     ["'1.5 billion euros'"]),
    # A heading's capitals make no name.
    ("Defence Ministry Budget Reaches 1.5 Billion Euros", "budget of the defence ministry",
     ["'1.5 Billion Euros'"]),
])
def test_a_name_relates_an_amount_only_to_a_label_that_has_all_its_words(
        text: str, label: str, said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: 1.3 billion euros\n    label: {label}\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # Another of the things a name numbers: the Phase 2 trial is not the Phase 3 one.
    ("The Phase 2 trial, in 2024, had enrolled 320 participants aged 18 to 60.", []),
    ("The Phase 3 trial enrolled 320 participants.", ["'320 participants'"]),
    ("Unlike Phase 2, the Phase 3 trial had 320 participants.", ["'320 participants'"]),
    ("On 3 June the Phase 3 trial enrolled 320 participants.", ["'320 participants'"]),
])
def test_a_name_with_another_number_speaks_of_another_thing(text: str, said: list[str]) -> None:
    figures = ('\n--- figures\nfigures:\n  - value: "1,240"\n'
               '    label: participants in the Phase 3 trial\n---\n')
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A person named again by the last word of the name the label gives.
    ("Lima scored 9 goals in 7 matches.", []),
    ("Later, Lima scored 9 goals in 7 matches.", []),
    ("Lima scored 11 goals in 7 matches.",
     ["'11 goals' against 'goals scored by Joao Lima, top scorer'"]),
    ("Silva scored 11 goals in 7 matches.", ["'11 goals' against 'goals scored in all'"]),
])
def test_a_name_called_by_its_last_word_relates_to_the_label_that_gives_it_in_full(
        text: str, said: list[str]) -> None:
    figures = ('\n--- figures\nfigures:\n  - value: "9"\n'
               '    label: goals scored by Joao Lima, top scorer\n'
               '  - value: "171"\n    label: goals scored in all\n---\n')
    found = warnings_of(f"--- summary\n---\n{text}\n" + figures)
    held = [re.search(r"key figure ('[^']*')", warning)[1] for warning in found]
    assert [f"{amount} against {label}"
            for amount, label in zip(stated(found), held, strict=True)] == said


@pytest.mark.parametrize(("text", "said"), [
    # A figure's earlier levels, as its history tells them.
    ("The first count on 2 November was 112 people confirmed dead.", []),
    ("Initially 112 people were confirmed dead.", []),
    ("On 3 November officials said 870 people were confirmed dead; by 11 November the toll was "
     "3,118.", []),
    ("On 3 November 870 people were confirmed dead. By 11 November the toll was 3,118.", []),
    ("The toll rose from 870 people confirmed dead to 3,118.", []),
    # A later time of the same day: a toll that rises through it.
    ("At 2 am officials said 870 people were confirmed dead. By 7 pm the toll was 3,118.", []),
    ("870 people were confirmed dead at dawn; as of 14:30 the toll was 3,118.", []),
    ("870 people were confirmed dead. By noon the toll was 3,118.", []),
    ("870 people were confirmed dead. By 7 p.m. rescuers had found 40 survivors.",
     ["'870 people'"]),
    # A level with no history told, or one whose later time gives no later level.
    ("On 11 November officials said 3,500 people were confirmed dead.", ["'3,500 people'"]),
    ("3,500 people were confirmed dead; by then 200 rescue teams had arrived.",
     ["'3,500 people'"]),
    ("For the first time, officials said 3,500 people were confirmed dead.", ["'3,500 people'"]),
    ("Earlier this week officials said 3,500 people were confirmed dead.", ["'3,500 people'"]),
])
def test_a_figure_s_earlier_levels_are_not_held_against_it(text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "3,118"\n    label: people confirmed dead\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # An earlier occasion's level, then this one's: only this one's is the figure's.
    ("The party won 303 seats in 2019; this time it fell to 240, short of a majority.", []),
    ("The party won 303 seats in 2019; this time it won 250 seats, short of a majority.",
     ["'250 seats'"]),
    ("The party won 303 seats, short of a majority.", ["'303 seats'"]),
])
def test_a_level_before_this_time_is_an_earlier_one(text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "240"\n    label: seats won by the party\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


def test_a_history_word_the_label_has_is_no_history() -> None:
    figures = '\n--- figures\nfigures:\n  - value: "400"\n    label: officers in the first ' \
        'contingent\n---\n'
    assert warnings_of("--- summary\n---\nThe first contingent has 450 officers.\n" + figures) \
        == ["content/x.md:8:26: warning: section 'summary' says '450 officers' but the key "
            "figure 'officers in the first contingent' (line 12) says '400'"]


def test_a_figure_s_earlier_level_in_french() -> None:
    figures = '\n--- figures\nfigures:\n  - value: "3 118"\n    label: morts confirmés\n---\n'
    body = ("--- summary\n---\nLe premier bilan faisait état de 112 morts confirmés ; au 11 "
            "novembre, il était de 3 118.\n\nOn compte 3 500 morts confirmés.\n")
    assert stated(warnings_of(body + figures, FRENCH)) == ["'3 500 morts'"]


SPANISH_FIGURES = """
--- figures
figures:
  - value: 360 millones de dólares
    label: prometidos por Estados Unidos para la misión
  - value: Unos 1.000
    label: policías kenianos que deben desplegarse
  - value: 61 %
    label: participación en las elecciones
  - value: "3.118"
    label: muertos confirmados
  - value: 22 %
    label: cuota del mercado europeo en manos de coches chinos
---
"""


GERMAN_FIGURES = """
--- figures
figures:
  - value: 360 Millionen Dollar
    label: von den Vereinigten Staaten für die Mission zugesagt
  - value: Rund 1.000
    label: kenianische Polizisten, die entsendet werden sollen
  - value: 61 %
    label: Anteil der Zuschüsse an den Zusagen
  - value: 1,2 Mrd. Franken
    label: Budget der Mission
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # Amounts as Spanish writes them, with qualifiers, changes, ranges and a figure's history.
    ("Estados Unidos prometió US$360 millones para la misión.", []),
    ("Estados Unidos prometió más de 300 millones de dólares para la misión.", []),
    ("Casi 1.000 policías kenianos deben desplegarse.", []),
    ("La participación en las elecciones fue del 61 por ciento y subió un 12 %.", []),
    ("La participación en las elecciones fue de entre 25 y 90 %, de 25 a 90 por región.", []),
    ("Inicialmente hubo 112 muertos confirmados; para el 11 de noviembre eran 3.118.", []),
    ("En un primer momento se contaron 870 muertos confirmados. Ahora son 3.118.", []),
    ("La cifra de muertos confirmados subió de 870 a 3.118.", []),
    ("Los coches chinos venden el 6 % de las importaciones de la UE.", []),
    # Real contradictions.
    ("Estados Unidos prometió 300 millones de dólares para la misión.",
     ["'300 millones de dólares'"]),
    ("Unos 1.500 policías kenianos deben desplegarse.", ["'1.500 policías'"]),
    ("La participación en las elecciones fue del 66 %.", ["'66 %'"]),
    ("Se contaron 3.500 muertos confirmados.", ["'3.500 muertos'"]),
    ("Los coches chinos tienen el 25 % del mercado europeo.", ["'25 %'"]),
])
def test_spanish_amounts(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + SPANISH_FIGURES
    assert stated(warnings_of(body, SPANISH)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Die Vereinigten Staaten haben 380 Mio. US-Dollar für die Mission zugesagt.",
     ["'380 Mio. US-Dollar'"]),
    ("Rund 1.500 kenianische Polizisten sollen entsendet werden.",
     ["'1.500 kenianische Polizisten'"]),
    ("Der Anteil der Zuschüsse liegt bei 65 Prozent.", ["'65 Prozent'"]),
    ("Das Budget der Mission beträgt 1,5 Milliarden Franken.", ["'1,5 Milliarden Franken'"]),
    ("Das Budget der Mission beträgt CHF 1'500 Mio.", ["'CHF 1'500 Mio.'"]),
    # The same amounts written otherwise, qualified, changed, bounded or quoted.
    ("Die Vereinigten Staaten haben $360 Millionen für die Mission zugesagt; fast 1.000 "
     "kenianische Polizisten sollen entsendet werden.", []),
    ("Die Vereinigten Staaten haben mehr als 300 Millionen Dollar für die Mission zugesagt.", []),
    ("Die Vereinigten Staaten haben über 360 Mio. Dollar für die Mission zugesagt.", []),
    ("Der Anteil der Zuschüsse stieg um 12 % und liegt nun bei 61 %.", []),
    ("Der Anteil der Zuschüsse an den Zusagen soll zwischen 25 und 90 % liegen.", []),
    ("Der Anteil der Zuschüsse an den Zusagen liegt je nach Fonds bei 25 bis 90 %.", []),
    ("Zuschüsse machen 6 % der Importe aus.", []),
    ("Der Bericht nennt „1.500 kenianische Polizisten“.", []),
    # A name of capitalised words is no name in German, where every noun is capitalised.
    ("Die Mission Hat Ein Budget Von 1,5 Milliarden Franken", ["'1,5 Milliarden Franken'"]),
])
def test_a_figure_stated_with_another_value_in_german(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + GERMAN_FIGURES
    assert stated(warnings_of(body, GERMAN)) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Zunächst meldeten die Behörden 112 bestätigte Tote; bis zum 11. November stieg die Zahl "
     "auf 3.118.", []),
    ("Anfangs war von 870 bestätigten Toten die Rede, inzwischen sind es 3.118.", []),
    ("Die erste Bilanz nannte 112 bestätigte Tote. Später waren es 3.118.", []),
    ("Gezählt sind 870 bestätigte Tote, bis Jahresende könnten es 3.118 sein.", []),
    ("Am 11. November meldeten die Behörden 3.500 bestätigte Tote.", ["'3.500 bestätigte Tote'"]),
    ("Zum ersten Mal meldeten die Behörden 3.500 bestätigte Tote.", ["'3.500 bestätigte Tote'"]),
])
def test_a_figure_s_earlier_levels_in_german(text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "3.118"\n    label: bestätigte Tote\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, GERMAN)) == said


def test_german_stems_meet_across_case_endings() -> None:
    counting = counting_for("de-CH")
    assert counting is not None
    for words in ("Land Länder Ländern", "Tote Toten", "Preis Preise", "obdachlos obdachlose"):
        assert len({counting.stem(word) for word in words.split()}) == 1, words
    assert counting.word_value("einundzwanzig") == 21
    assert counting.word_value("ein Dutzend") == 12


SEATS = """
--- figures
figures:
  - value: "76"
    label: seats needed for a majority
  - value: "9"
    label: judges of the court
---
"""


@pytest.mark.parametrize(("text", "front", "said"), [
    # A part of a whole counted right after it counts the whole's noun: the sentence gives the
    # figure of 76 seats as it is, and the 150 seats are another thing.
    ("A majority needs 76 of the 150 seats.", FRONT, []),
    # The part is what the figure counts: the whole is no second claim.
    ("A majority needs 75 of the 150 seats.", FRONT, ["'75 of the 150 seats'"]),
    ("Una mayoría necesita 76 de los 150 escaños.", SPANISH, []),
    ("Una mayoría necesita 75 de los 150 escaños.", SPANISH,
     ["'75 de los 150 escaños'"]),
    ("Eine Mehrheit braucht 76 der 150 Sitze.", GERMAN, []),
    # Five of the court's judges are a part, not the whole: only the whole is the figure.
    ("Five judges of the court, 5 of 9 judges, struck it down.", FRONT, []),
])
def test_a_number_before_a_whole_counts_the_whole_s_noun(
        text: str, front: str, said: list[str]) -> None:
    figures = {SPANISH: SEATS.replace("seats needed for a majority", "escaños para la mayoría"),
               GERMAN: SEATS.replace("seats needed for a majority", "Sitze für eine Mehrheit")}
    body = f"--- summary\n---\n{text}\n" + figures.get(front, SEATS)
    assert stated(warnings_of(body, front)) == said


WON = """
--- figures
figures:
  - value: "62"
    label: seats won by Quispe's party
  - value: "130"
    label: seats in the chamber
---
"""


@pytest.mark.parametrize(("text", "figures", "said"), [
    # The figure counts the part: the warning names it, and the whole is no second claim.
    ("Quispe's party won 61 of the 130 seats.", WON.split("  - value: \"130")[0] + "---\n",
     ["'61 of the 130 seats'"]),
    ("Quispe's party won 62 of the 130 seats in the chamber.", WON, []),
    # A whole that another figure counts is still held against it.
    ("Quispe's party won 62 of the 131 seats in the chamber.", WON, ["'131 seats'"]),
])
def test_the_whole_of_a_part_is_no_second_claim_against_the_part_s_figure(
        text: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


def test_a_warning_quotes_an_amount_that_a_line_break_parts_on_one_line() -> None:
    found = warnings_of("--- summary\n---\nThe largest parties together hold 82\nseats needed "
                        "for a majority.\n" + SEATS)
    assert stated(found) == ["'82 seats'"]


CHAMBERS = """
--- figures
figures:
  - value: "61"
    label: {senate}
  - value: "450"
    label: {norway}
---
"""


@pytest.mark.parametrize(("front", "senate", "norway", "text", "said"), [
    # Another chamber's votes, another donor's gift: the label's name is not the sentence's.
    (BRAZIL, "votos a favor no Senado", "policiais enviados pela Noruega",
     "Na Câmara, foram 312 votos a favor e 141 contra. Depois, a Alemanha enviou 320 "
     "policiais.", []),
    (BRAZIL, "votos a favor no Senado", "policiais enviados pela Noruega",
     "No Senado, foram 62 votos a favor. A Noruega enviou 480 policiais.",
     ["'62 votos'", "'480 policiais'"]),
    (FRENCH, "voix pour au Sénat", "policiers envoyés par la Norvège",
     "À l'Assemblée, 312 voix pour et 141 contre. Puis l'Allemagne a envoyé 320 policiers.", []),
    (FRENCH, "voix pour au Sénat", "policiers envoyés par la Norvège",
     "Au Sénat, 62 voix pour. Puis la Norvège a envoyé 480 policiers.",
     ["'62 voix'", "'480 policiers'"]),
    (FRONT, "votes for in the Senate", "officers sent by Norway",
     "In the House, 312 votes for and 141 against. Then Germany sent 320 officers.", []),
    (FRONT, "votes for in the Senate", "officers sent by Norway",
     "In the Senate, 62 votes for. Norway sent 480 officers.",
     ["'62 votes'", "'480 officers'"]),
])
def test_a_sentence_that_names_another_thing_than_the_label_speaks_of_it(
        front: str, senate: str, norway: str, text: str, said: list[str]) -> None:
    figures = CHAMBERS.format(senate=senate, norway=norway)
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


TARIFFS = """
--- figures
figures:
  - value: 125%
    label: China's tariff on American goods
  - value: 145%
    label: US tariff on most Chinese goods
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A country that opens the sentence, or the label, is a name all the same: Canada's
    # tariff is not China's, though both are on American goods.
    ("Canada put a 25% tariff on $30 billion of American goods.", []),
    ("China answered with a 125% tariff. Canada put a 25% tariff on American goods.", []),
    # China's own tariff, given wrongly, is still held against its figure.
    ("China put a 120% tariff on American goods.", ["'120%'"]),
    ("China's tariffs went from 10% to 84% and then to 125%.", []),
])
def test_a_country_that_opens_a_sentence_names_what_it_speaks_of(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + TARIFFS)) == said


MEDALS = """
--- figures
figures:
  - value: "91"
    label: medals won by China
---
"""
MÉDAILLES = MEDALS.replace("medals won by China", "médailles remportées par la Chine")


@pytest.mark.parametrize(("front", "figures", "text", "said"), [
    # Chinese Taipei is Taiwan, not China: the word "Chinese" in its name is not China's.
    (FRONT, MEDALS, "Chinese Taipei won 2 golds and 7 medals.", []),
    (FRONT, MEDALS, "Hong Kong won 4 medals; Chinese Taipei won 7 medals.", []),
    (FRENCH, MÉDAILLES, "Le Taipei chinois a remporté 7 médailles.", []),
    # China's own medals, or its athletes', given wrongly, are still held against its figure.
    (FRONT, MEDALS, "China won 90 medals, Chinese Taipei 7.", ["'90 medals'"]),
    (FRONT, MEDALS, "Chinese athletes won 90 medals.", ["'90 medals'"]),
    (FRENCH, MÉDAILLES, "Les athlètes chinois ont remporté 90 médailles.", ["'90 médailles'"]),
])
def test_a_word_of_another_country_s_name_is_not_made_from_a_name(
        front: str, figures: str, text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


TABLE = """
--- figures
figures:
  - value: "126"
    label: medals won by the United States
  - value: "40"
    label: gold medals won by the United States
---
"""
TABLEAU = TABLE.replace("medals won by the United States", "médailles remportées par les "
                        "États-Unis").replace("gold médailles", "médailles d'or")
TOTAL, TOTAL_FR = (table[:table.index("  - value: \"40\"")] + "---\n"
                   for table in (TABLE, TABLEAU))


@pytest.mark.parametrize(("front", "figures", "text", "said"), [
    # One metal's medals are a part of all the medals, and no other metal's.
    (FRONT, TABLE, "The United States won 44 silver medals and 42 bronze medals.", []),
    (FRONT, TOTAL, "The United States won 40 gold medals.", []),
    (FRENCH, TABLEAU, "Les États-Unis ont remporté 44 médailles d'argent.", []),
    (FRENCH, TOTAL_FR, "Les États-Unis ont remporté 40 médailles d'or.", []),
    # The medals of all metals, or of the label's, given wrongly, are still held against it.
    (FRONT, TABLE, "The United States won 120 medals.", ["'120 medals'"]),
    (FRONT, TABLE, "The United States won 39 gold medals.", ["'39 gold medals'"]),
    (FRENCH, TABLEAU, "Les États-Unis ont remporté 39 médailles d'or.", ["'39 médailles'"]),
    (FRENCH, TABLEAU, "Les États-Unis ont remporté 120 médailles.", ["'120 médailles'"]),
])
def test_one_kind_of_medal_is_a_part_of_all_medals(
        front: str, figures: str, text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # Straight quotes that a line break of the paragraph parts: the source's words.
    ('Le ministre a dit : "il faut 90\nsièges pour une majorité". Voilà.', []),
    # A blank line ends the paragraph, and with it any quotation.
    ('Le ministre a dit : "bon.\n\nIl faut 90 sièges pour une majorité. Voilà.',
     ["'90 sièges'"]),
    ("Le ministre a dit : il faut 90\nsièges pour une majorité. Voilà.", ["'90 sièges'"]),
])
def test_a_quotation_in_straight_quotes_runs_over_a_line_break_of_its_paragraph(
        text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "76"\n    label: sièges pour une majorité\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, FRENCH)) == said


@pytest.mark.parametrize(("text", "said"), [
    # The sentence gives the figure as a number alone, its noun left out: the 26 parties are
    # another thing.
    ("Of the 26 parties on the ballot, 12 won at least one seat.", []),
    ("Of the 26 parties on the ballot, twelve won at least one seat.", []),
    ("Of the 26 parties on the ballot, 11 won at least one seat.", ["'26 parties'"]),
    ("In 2012, 14 parties won seats.", ["'14 parties'"]),  # a year gives no figure
])
def test_a_figure_given_by_its_number_alone_leaves_the_sentence_s_other_amounts(
        text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "12"\n    label: parties that won seats\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A label that says what is needed is a threshold: a sentence that says nothing of need
    # gives a level reached.
    ("The three largest together hold 82 seats, a bare majority.", []),
    ("The coalition holds 70 seats, short of a majority.", []),
    # A sentence that speaks of need gives the threshold.
    ("A majority requires 80 seats.", ["'80 seats'"]),
    ("The coalition needs 80 seats for a majority.", ["'80 seats'"]),
    ("A majority requires 76 seats; the three largest hold 82 seats.", []),
])
def test_a_threshold_is_compared_only_with_a_sentence_that_speaks_of_need(
        text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "76"\n    label: seats needed for a ' \
        'majority\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


BUSINESS = """
--- figures
figures:
  - value: CHF 1.2 billion
    label: savings a year from the merger
  - value: ₹5,200 crore
    label: cost of the metro line
  - value: 12 lakh
    label: first-time voters
---
"""
INDIA = FRONT.replace("published:", "language: en-IN\npublished:")


@pytest.mark.parametrize(("text", "front", "said"), [
    # A currency by its code, before the number or after it, its sign, or its name; Indian
    # English's lakhs and crores.
    ("The merger brings savings of CHF 1.4 billion a year.", FRONT, ["'CHF 1.4 billion'"]),
    ("The merger brings savings of 1.4 billion Swiss francs a year.", FRONT,
     ["'1.4 billion Swiss francs'"]),
    ("The merger brings savings of 1.4 billion CHF a year.", FRONT, ["'1.4 billion CHF'"]),
    ("The metro line costs ₹5,900 crore.", FRONT, ["'₹5,900 crore'"]),
    ("The metro line costs INR 5,900 crore.", FRONT, ["'INR 5,900 crore'"]),
    ("The metro line costs Rs. 5,900 crore.", INDIA, ["'Rs. 5,900 crore'"]),
    ("15 lakh first-time voters registered.", INDIA, ["'15 lakh first-time voters'"]),
    # The same amounts, right.
    ("The merger brings savings of CHF 1.2 billion a year.", FRONT, []),
    ("The merger brings savings of 1.2 billion Swiss francs a year.", FRONT, []),
    ("The merger brings savings of 1.2 billion CHF a year.", FRONT, []),
    ("The metro line costs ₹5,200 crore, or INR 52 billion.", FRONT, []),
    ("The metro line costs Rs 5,200 crore.", INDIA, []),
    ("The metro line costs 5,200 crore rupees.", INDIA, []),
    ("About 12 lakh first-time voters registered, 12,00,000 in all.", INDIA, []),
    # A scale joined to its number by a hyphen, as before a noun: the same amounts, and others.
    ("The metro line is a ₹5,200-crore project.", INDIA, []),
    ("The metro line is a ₹5,900-crore project.", INDIA, ["'₹5,900-crore'"]),
    # Another currency is another figure: dollars are no francs, and rupees that no region
    # names may be India's or Pakistan's.
    ("The merger brings savings of $1.4 billion a year.", FRONT, []),
    ("The metro line costs Rs 5,900 crore.", FRONT, []),
])
def test_amounts_in_the_world_s_currencies_and_in_lakhs_and_crores(
        text: str, front: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + BUSINESS, front)) == said


CAMPAIGN = """
--- figures
figures:
  - value: Rs 1.35 lakh crore
    label: spent on the 2024 campaign
  - value: 64.2 crore
    label: people who voted
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # Lakh crore as Indian papers write it, spaced or hyphenated, and in other scales.
    ("Parties spent ₹1.35 lakh crore on the 2024 campaign.", []),
    ("Parties spent ₹1.35 lakh-crore on the 2024 campaign.", []),
    ("The 2024 campaign was a ₹1.35-lakh-crore affair: that is what was spent.", []),
    ("Parties spent ₹1,35,000 crore on the 2024 campaign.", []),
    ("Parties spent Rs 1.35 trillion on the 2024 campaign.", []),
    ("About 642 million people voted.", []),
    ("About 64.2 crore people voted.", []),
    # Other amounts still warn.
    ("Parties spent ₹1.53 lakh-crore on the 2024 campaign.", ["'₹1.53 lakh-crore'"]),
    ("The 2024 campaign was a ₹2-lakh-crore affair: that is what was spent.",
     ["'₹2-lakh-crore'"]),
    ("About 742 million people voted.", ["'742 million people'"]),
    ("About 6.42 crore people voted.", ["'6.42 crore people'"]),
])
def test_lakh_crore_spaced_or_hyphenated_is_read_as_a_million_million(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CAMPAIGN, INDIA)) == said


OUTBREAK = """
--- figures
figures:
  - value: 4,812
    label: measles cases confirmed in Romania since August
  - value: "213"
    label: cases confirmed in Moldova
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A disease's name that ends in "s" counts nothing: the cases are counted, in the text
    # as in the label.
    ("Romania has confirmed 4,812 cases since August.", []),
    ("Romania has confirmed 4,812 measles cases since August.", []),
    ("Romania has confirmed 4,912 cases since August.", ["'4,912 cases'"]),
    ("Moldova has confirmed 231 measles cases.", ["'231 measles cases'"]),
])
def test_a_noun_in_s_that_is_no_plural_is_not_what_a_number_counts(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + OUTBREAK)) == said


CUTS = """
--- figures
figures:
  - value: 62%
    label: share of the 2027 cuts California must take
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A percentage of one whole is no share of another, though the sentence names the figure's
    # other words: the cut as a share of the state's entitlement, not of all the cuts.
    ("California's cut in 2027 will be roughly 25% of the 4.4 million acre-feet it is "
     "entitled to.", []),
    ("California's cut in 2027 will be roughly 25% of its entitlement.", []),
    # A share of the same whole, or of none named, is the figure.
    ("California must take 60% of the 2027 cuts.", ["'60%'"]),
    ("California must take 60% of the cuts in 2027.", ["'60%'"]),
    ("In 2027 California must take 60%, the most of any state.", ["'60%'"]),
])
def test_a_percentage_of_a_whole_is_no_share_of_another(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + CUTS)) == said


RATES = """
--- figures
figures:
  - value: 4.25%–4.5%
    label: the Fed's target range for the federal funds rate
  - value: between $1 billion and $2 billion
    label: cost of the new port
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A figure that is a range has two ends, and the text may give either.
    ("The Fed's target range for the federal funds rate now tops out at 4.5%.", []),
    ("The Fed's target range for the federal funds rate starts at 4.25%.", []),
    ("The cost of the new port may reach $2 billion.", []),
    # A value that is neither end still disagrees, once, with the range as written.
    ("The Fed's target range for the federal funds rate now tops out at 4.75%.", ["'4.75%'"]),
    ("The cost of the new port may reach $3 billion.", ["'$3 billion'"]),
])
def test_a_figure_that_is_a_range_agrees_with_either_end(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + RATES)) == said


REFUGEES = """
--- figures
figures:
  - value: 1.5 million
    label: refugees from Sudan in Egypt
---
"""
REFUGIADOS = REFUGEES.replace("1.5 million", "1,5 millones").replace(
    "refugees from Sudan in Egypt", "refugiados de Sudán en Egipto")


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # A proportion's two numbers count no refugees.
    ("In Egypt, 2 in 5 refugees from Sudan live in Cairo.", FRONT, REFUGEES, []),
    ("In Egypt, 1 in every 3 refugees from Sudan is a child.", FRONT, REFUGEES, []),
    ("En Egipto, 2 de cada 5 refugiados de Sudán viven en El Cairo.", SPANISH, REFUGIADOS, []),
    # A count of them is still held against the figure.
    ("In Egypt, 5 refugees from Sudan live in Cairo.", FRONT, REFUGEES, ["'5 refugees'"]),
    ("Egypt hosts 1.2 million refugees from Sudan, 2 in 5 of them in Cairo.", FRONT, REFUGEES,
     ["'1.2 million refugees'"]),
    ("En Egipto viven 5 refugiados de Sudán.", SPANISH, REFUGIADOS, ["'5 refugiados'"]),
])
def test_the_numbers_of_a_proportion_count_nothing(
        text: str, front: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


INFLATION = """
--- figures
figures:
  - value: 3.8%
    label: inflation in September, year on year
  - value: 3.6%
    label: inflation economists had forecast for October
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # What others expected before the figure was known is not its level.
    ("Economists polled by Reuters had expected inflation of 3.5% in September.", []),
    ("Economists had forecast September inflation of 3.5%, year on year.", []),
    ("Analysts expected inflation of 3.5% in September, year on year.", []),
    # The figure's own level is still compared, and so is a forecast its label says it is.
    ("Inflation was 3.5% in September, year on year.", ["'3.5%'"]),
    ("Economists had forecast inflation of 3.5% for October.", ["'3.5%'"]),
    # What is due is a level, not a forecast.
    ("Inflation of 3.5% in September, year on year, was expected.", ["'3.5%'"]),
])
def test_what_others_expected_of_a_figure_is_not_its_level(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + INFLATION)) == said


POLICY_RATE = """
--- figures
figures:
  - value: 50%
    label: the central bank's policy rate
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # What others expect of it now is a forecast, not its level.
    ("Inflation is slowing, and the central bank expects 36% by the end of 2025.", []),
    ("Markets expect the central bank's rate to fall to 40% by the end of 2025.", []),
    # Its level now is still compared, and so is what is due.
    ("The central bank's policy rate is now 45%.", ["'45%'"]),
    ("The central bank's policy rate of 45% is expected to stay.", ["'45%'"]),
])
def test_what_others_expect_of_a_figure_is_not_its_level(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + POLICY_RATE)) == said


TIMES = """
--- figures
figures:
  - value: 37.8 billion tonnes
    label: CO2 emitted from fossil fuels in 2026
  - value: 4.3%
    label: unemployment rate in October
---
"""
FRENCH_TIMES = """
--- figures
figures:
  - value: 4,3 %
    label: taux de chômage en octobre
---
"""


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # A sentence of another year, or another month, than the figure's speaks of another level.
    ("In 2025, CO2 emitted from fossil fuels was 37.5 billion tonnes.", FRONT, TIMES, []),
    ("The unemployment rate was 4.1% in September.", FRONT, TIMES, []),
    ("Le taux de chômage était de 4,1 % en septembre.", FRENCH, FRENCH_TIMES, []),
    # A sentence of one month, week or day counts a part of the year the figure names.
    ("CO2 emitted from fossil fuels in 2026 was 3.5 billion tonnes in a single month.", FRONT,
     TIMES, []),
    # One of the figure's own time, or of none, is compared.
    ("CO2 emitted from fossil fuels in 2026 was 3.5 billion tonnes.", FRONT, TIMES,
     ["'3.5 billion tonnes'"]),
    ("In 2026, CO2 emitted from fossil fuels was 37.5 billion tonnes.", FRONT, TIMES,
     ["'37.5 billion tonnes'"]),
    ("CO2 emitted from fossil fuels reached 37.5 billion tonnes.", FRONT, TIMES,
     ["'37.5 billion tonnes'"]),
    ("The unemployment rate was 4.1% in October, the highest since May.", FRONT, TIMES,
     ["'4.1%'"]),
    ("The unemployment rate may reach 4.1% in October.", FRONT, TIMES, ["'4.1%'"]),
    ("Le taux de chômage était de 4,1 % en octobre.", FRENCH, FRENCH_TIMES, ["'4,1 %'"]),
])
def test_a_figure_of_one_time_is_not_held_against_another_time(
        text: str, front: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


TOLL = """
--- figures
figures:
  - value: More than 4,000
    label: people confirmed dead
---

--- timeline
source: https://example.org/briefings
events:
  - date: 2024-05-17
    title: The agency reports 1,200 people confirmed dead
  - date: 2024-05-19
    title: The toll reaches 2,900 people confirmed dead
"""


@pytest.mark.parametrize(("last", "said"), [
    # A timeline's later event gives the level anew: the earlier ones tell its history.
    ("More than 4,000 people are confirmed dead", []),
    # The latest level is still held to the figure, and the earlier ones are left to it.
    ("3,900 people are confirmed dead", ["'3,900 people'"]),
    # An event that gives no level of the figure's unit leaves the last level given compared.
    ("Rescue teams from Japan arrive", ["'2,900 people'"]),
])
def test_a_timeline_s_later_event_makes_an_earlier_level_history(
        last: str, said: list[str]) -> None:
    body = TOLL + f"  - date: 2024-05-20\n    title: {last}\n---\n"
    assert stated(warnings_of("--- summary\n---\nAn earthquake struck.\n" + body)) == said


RATE = '\n--- figures\nfigures:\n  - value: 3.9%\n    label: rise in the property tax rate\n---\n'
PROPOSED = '\n--- figures\nfigures:\n  - value: 5.2%\n    label: rise in the property tax ' \
    'rate the mayor proposed\n---\n'
FRENCH_RATE = '\n--- figures\nfigures:\n  - value: 3,9 %\n    label: hausse du taux de la ' \
    'taxe foncière\n---\n'


@pytest.mark.parametrize(("text", "front", "figures", "said"), [
    # What was proposed before the figure was set is not its level.
    ("The mayor proposes a property tax rate rise of 5.2%.", FRONT, RATE, []),
    ("The proposed rise in the property tax rate was 5.2%.", FRONT, RATE, []),
    ("Le maire a proposé une hausse du taux de la taxe foncière de 5,2 %.", FRENCH,
     FRENCH_RATE, []),
    # The level set is compared, and so is a proposal the label says the figure is.
    ("The council set the rise in the property tax rate at 5.2%.", FRONT, RATE, ["'5.2%'"]),
    ("The mayor proposed a rise in the property tax rate of 4.8%.", FRONT, PROPOSED,
     ["'4.8%'"]),
    ("Le conseil a fixé la hausse du taux de la taxe foncière à 5,2 %.", FRENCH, FRENCH_RATE,
     ["'5,2 %'"]),
])
def test_what_was_proposed_for_a_figure_is_not_its_level(
        text: str, front: str, figures: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


RUNNING_FRONT = """---
title: Kenya leads a police mission to Haiti
dek: >-
  Kenya leads a multinational police force in Haiti, and the United States has pledged
  {pledge} to support the mission.
published: 2024-06-26
updated: 2026-12-09
---
"""
RAISED = """
--- figures
figures:
  - value: $380 million
    label: pledged by the United States to support the mission
---

--- timeline
source: https://example.org/report
events:
  - date: 2024-05-23
    title: The US pledges $360 million to support the mission
  - date: 2026-12-09
    title: The US raises its pledge to support the mission to $380 million
---
"""


def test_a_dek_left_at_yesterdays_figure_is_told_where_it_is() -> None:
    # The dek is what lists, feeds and shared links give: a story updated as news comes
    # must not keep yesterday's pledge there when the key figure gives today's.
    front = RUNNING_FRONT.format(pledge="$360 million")
    assert warnings_of(RAISED, front) == [
        "content/x.md:5:3: warning: dek says '$360 million' but the key figure 'pledged by the "
        "United States to support the mission' (line 12) says '$380 million'"]


@pytest.mark.parametrize("pledge", ["$380 million", "$380 million, up from $360 million"])
def test_a_dek_that_gives_the_figure_as_it_is_now_is_left_alone(pledge: str) -> None:
    assert warnings_of(RAISED, RUNNING_FRONT.format(pledge=pledge)) == []


SENTENCE = """
--- figures
figures:
  - value: 25 years
    label: sentence handed to Reyes
  - value: 3 days
    label: time the jury deliberated
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A number joined to its unit of time before a noun counts that time.
    ("Reyes received a 20-year sentence.", ["'20-year'"]),
    ("The jury deliberated for 3 days. Reyes received a 20-year sentence.", ["'20-year'"]),
    ("The jury deliberated over a 4-day span before its verdict.", ["'4-day'"]),
    ("Reyes received a 25-year sentence after the jury deliberated for 3 days.", []),
    # An age is no time counted, nor is a length of something else joined on.
    ("The 54-year-old was handed a sentence on Thursday.", []),
    ("Reyes, 54, received a sentence ending a 20-year-long fraud.", []),
])
def test_a_number_joined_to_a_unit_of_time_counts_that_time(text: str,
                                                           said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + SENTENCE)) == said


PENSIONS = """
--- figures
figures:
  - value: 64 ans
    label: âge légal de départ à la retraite
  - value: 25 ans
    label: peine de prison prononcée contre Reyes
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # French counts years in "ans", whatever its length.
    ("L'âge légal de départ à la retraite passe à 65 ans.", ["'65 ans'"]),
    ("Reyes a reçu une peine de prison de 20 ans.", ["'20 ans'"]),
    ("L'âge légal de départ à la retraite passe de 62 à 64 ans.", []),
    # A level, then the later one the sentence goes on to by a year to come.
    ("Aujourd'hui, l'âge légal de départ à la retraite est de 62 ans ; il sera de 64 ans "
     "en 2030.", []),
])
def test_years_in_french_are_held_against_the_figures(text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + PENSIONS, FRENCH)) == said


def test_a_level_the_sentence_takes_on_to_a_later_year_is_history() -> None:
    figures = "\n--- figures\nfigures:\n  - value: 67 years\n    label: state pension age\n---\n"
    body = ("--- summary\n---\nThe state pension age is 66 years; it will be 67 years by "
            "2028.\n\nThe state pension age is 66 years; from 2028 it is 67 years.\n\n"
            "The state pension age will be 68 years.\n")
    assert stated(warnings_of(body + figures)) == ["'68 years'"]


@pytest.mark.parametrize(("text", "said"), [
    # One million is a count, as two million is: only a one alone needs no plural.
    ("1 million people were displaced by the floods.", ["'1 million people'"]),
    ("3 million people were displaced by the floods.", []),
])
def test_one_million_is_a_count(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 3 million\n    label: people displaced by " \
        "the floods\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # The words after a number given without its noun speak of that number: the missing are
    # the 9,000, not the 3,958 who died.
    ("Rescuers found 3,958 people dead and 9,000 were still missing.", []),
    ("3,958 people died, and 9,000 remain missing.", []),
    # A day of a month says when, not what the words after it are of.
    ("On 12 September rescuers said 9,000 people were missing.", ["'9,000 people'"]),
    ("9,000 people were missing, up from 7,000 the day before.", ["'9,000 people'"]),
])
def test_the_words_after_a_number_alone_speak_of_it(text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "10,100"\n    label: people missing\n---\n'
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


DRONES = "\n--- figures\nfigures:\n  - value: \"170\"\n    label: {label}\n---\n"


@pytest.mark.parametrize(("text", "label", "said"), [
    # A count of a noun and a second joined to it counts both: no figure of the first alone.
    ("Iran launched more than 300 drones and missiles at Israel.",
     "drones launched from Iran", []),
    ("Iran launched 300 drones or missiles at Israel.", "drones launched from Iran", []),
    # Each with its own count, or a label of both, and the count is the figure's.
    ("Iran launched 300 drones and 120 missiles at Israel.", "drones launched from Iran",
     ["'300 drones'"]),
    ("Iran launched more than 300 drones and missiles at Israel.",
     "drones and missiles launched from Iran", ["'300 drones'"]),
])
def test_a_count_of_two_joined_nouns_is_no_count_of_the_first_alone(
        text: str, label: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + DRONES.format(label=label)
    assert stated(warnings_of(body)) == said


def test_a_count_of_two_joined_nouns_in_french_is_no_count_of_the_first_alone() -> None:
    figures = DRONES.format(label="drones lancés contre Israël")
    assert stated(warnings_of("--- summary\n---\nL'Iran a lancé plus de 300 drones et "
                              "missiles contre Israël.\n" + figures, FRENCH)) == []
    assert stated(warnings_of("--- summary\n---\nL'Iran a lancé 300 drones et 120 missiles "
                              "contre Israël.\n" + figures, FRENCH)) == ["'300 drones'"]


@pytest.mark.parametrize(("text", "said"), [
    # A gap before an event, or after the one the sentence before tells, is a span between two
    # happenings (held to the timeline), not the figure's stretch.
    ("Russia's Luna-25 crashed four days before India's landing.", []),
    ("The lander separated on 17 August, six days before the landing.", []),
    ("The orbiter reached the Moon on 5 August. The lander touched down 18 days later.", []),
    # A span counted from the label's start is the figure's own, and still held against it.
    ("Vikram landed 41 days after launch.", ["'41 days'"]),
])
def test_a_gap_between_two_events_is_no_figures_stretch(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 40 days\n    label: days from launch to " \
        "landing\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("language", "text", "value", "label", "said"), [
    # A gap after the label's end, or before an event, is no figure's stretch in Greek,
    # Persian and Hindi either...
    ("el", "Τρεις ημέρες μετά την προσεδάφιση, στις 26 Αυγούστου, ο Μόντι ονόμασε το σημείο.",
     "40 ημέρες", "από την εκτόξευση έως την προσεδάφιση", []),
    ("el", "Το Luna-25 συνετρίβη τέσσερις ημέρες πριν από την προσεδάφιση.", "40 ημέρες",
     "από την εκτόξευση έως την προσεδάφιση", []),
    ("fa", "سه روز پس از فرود، مودی نام محل فرود را اعلام کرد.", "۴۰ روز", "از پرتاب تا فرود",
     []),
    # Hindi names the event before the count: "X के N दिन बाद", N days after X.
    ("hi", "लैंडिंग के तीन दिन बाद, 26 अगस्त को प्रधानमंत्री मोदी ने लैंडिंग स्थल का नाम शिव शक्ति "
     "रखा।", "40 दिन", "प्रक्षेपण से लैंडिंग तक", []),
    ("hi", "लूना-25 लैंडिंग के चार दिन पहले दुर्घटनाग्रस्त हो गया।", "40 दिन",
     "प्रक्षेपण से लैंडिंग तक", []),
    # ...while a span from the label's start, told of its own end, is still held.
    ("el", "Το Βικράμ προσεδαφίστηκε στις 23 Αυγούστου, 41 ημέρες μετά την εκτόξευση.",
     "40 ημέρες", "από την εκτόξευση έως την προσεδάφιση", ["'41 ημέρες'"]),
    ("fa", "فرود ویکرام ۴۱ روز پس از پرتاب انجام شد.", "۴۰ روز", "از پرتاب تا فرود",
     ["'۴۱ روز'"]),
    ("hi", "विक्रम की लैंडिंग प्रक्षेपण के 41 दिन बाद हुई।", "40 दिन", "प्रक्षेपण से लैंडिंग तक",
     ["'41 दिन'"]),
    ("hi", "विक्रम ने प्रक्षेपण के 41 दिन बाद 23 अगस्त को चंद्रमा पर लैंडिंग की।", "40 दिन",
     "प्रक्षेपण से लैंडिंग तक", ["'41 दिन'"]),
])
def test_a_gap_between_two_events_is_no_figures_stretch_in_other_languages(
        language: str, text: str, value: str, label: str, said: list[str]) -> None:
    front = FRENCH.replace("language: fr", f"language: {language}")
    figures = f"\n--- figures\nfigures:\n  - value: {value}\n    label: {label}\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A gap after the label's start, told of another happening, is that one's time.
    ("Members rejected a second offer on 23 October, 40 days after the strike began.", []),
    ("Boeing's second offer was rejected 40 days after the walkout began.", []),
    # Told of the label's own happening, it is the figure's stretch, and still held.
    ("The strike ended on 4 November, 50 days after it began.", ["'50 days'"]),
    ("The strike lasted 50 days.", ["'50 days'"]),
])
def test_a_gap_after_an_event_told_of_another_is_no_figures_stretch(text: str, said: list[str]
                                                                    ) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 53 days\n    label: length of the " \
        "strike\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "label", "said"), [
    # Time gone "into" a stretch is a moment in it, not its length...
    ("The actors settled on 8 November, 117 days into their strike.",
     "days the actors' strike lasted", []),
    # A count of anything but time before "into" is held as ever.
    ("The police moved 300 officers into the city.", "officers the police moved",
     ["'300 officers'"]),
    # A length told of it is held, as is a moment against a label of that moment.
    ("The actors' strike lasted 117 days.", "days the actors' strike lasted", ["'117 days'"]),
    ("The actors ended their strike after 117 days.", "days the actors' strike lasted",
     ["'117 days'"]),
    ("The actors settled on 8 November, 116 days into their strike.",
     "days into the strike when the actors settled", ["'116 days'"]),
])
def test_time_gone_into_a_stretch_is_no_level_of_its_length(text: str, label: str,
                                                            said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: \"118\"\n    label: {label}\n---\n"
    if "when" in label:
        figures = figures.replace('"118"', '"117"')
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("front", "value", "label", "text", "said"), [
    # A span from the label's start to another end than its own is no level of the figure...
    (FRONT, "about 7 minutes", "from lift-off to the booster's catch",
     "The ship splashed down in the Indian Ocean about 65 minutes after lift-off.", []),
    (FRENCH, "environ 7 minutes", "du décollage à la capture du propulseur",
     "Le vaisseau a amerri dans l'océan Indien environ 65 minutes après le décollage.", []),
    (GERMAN, "etwa 7 Minuten", "vom Start bis zum Fang des Boosters",
     "Das Schiff wasserte im Indischen Ozean etwa 65 Minuten nach dem Start.", []),
    # ...while one whose sentence tells the label's end, in any form of its verb, is held.
    (FRONT, "about 7 minutes", "from lift-off to the booster's catch",
     "The tower caught the booster about 9 minutes after lift-off.", ["'9 minutes'"]),
    (FRENCH, "environ 7 minutes", "du décollage à la capture du propulseur",
     "La capture du propulseur a eu lieu 9 minutes après le décollage.", ["'9 minutes'"]),
    (GERMAN, "etwa 7 Minuten", "vom Start bis zum Fang des Boosters",
     "Der Fang des Boosters gelang 9 Minuten nach dem Start.", ["'9 Minuten'"]),
    # A label that names no end holds the span as before.
    (FRONT, "about 7 minutes", "minutes from lift-off of the booster",
     "The booster flew about 9 minutes after lift-off.", ["'9 minutes'"]),
])
def test_a_span_to_another_end_than_the_labels_is_no_level_of_it(
        front: str, value: str, label: str, text: str, said: list[str]) -> None:
    figures = f"\n--- figures\nfigures:\n  - value: {value}\n    label: {label}\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # The figure's own span in another unit, agreeing, makes the sentence's other span one
    # between other events...
    ("The ruling came 67 days after the argument on 25 April, and nearly five months after "
     "the appeals court ruled on 6 February.", []),
    # ...while one that disagrees leaves it held, as is a span of the figure's own ends.
    ("The ruling came 95 days after the argument on 25 April, and nearly five months after "
     "the appeals court ruled on 6 February.", ["'five months'"]),
    ("The ruling came five months after the argument.", ["'five months'"]),
    ("The court ruled 67 days after the argument, five months after it.", ["'five months'"]),
])
def test_a_figures_own_span_in_another_unit_makes_other_spans_of_other_events(
        text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 2 months\n    label: between the " \
        "argument and the ruling\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


@pytest.mark.parametrize(("text", "said"), [
    # A name of several words that opens a sentence names another party than the label's.
    ("Reform UK won 14.3% of the vote but only 5 seats.", []),
    ("Sinn Féin won 7 seats in Northern Ireland.", []),
    # The label's own party, or a word that says nothing before it, is still held.
    ("The Conservatives won only 5 seats.", ["'5 seats'"]),
    ("In July the Conservatives won only 5 seats.", ["'5 seats'"]),
])
def test_a_name_of_two_words_that_opens_a_sentence_is_a_name(text: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: \"121\"\n    label: seats won by the " \
        "Conservatives\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures)) == said


HERDS = """
--- figures
figures:
  - value: "16"
    label: states with infected dairy herds
---
"""


@pytest.mark.parametrize(("front", "text", "said"), [
    # "dozens of farm workers" counts other things: "17 states" is a count of states alone.
    (FRONT, "The virus has infected 900 dairy herds in 17 states and dozens of farm workers.",
     ["'17 states'"]),
    (FRONT, "The virus has infected 900 dairy herds in 16 states and dozens of farm workers.",
     []),
    (SPANISH, "El virus afectó a 17 regiones y decenas de granjas.", ["'17 regiones'"]),
    (SPANISH, "El virus afectó a 16 regiones y decenas de granjas.", []),
])
def test_a_rough_quantity_after_and_is_no_second_noun_of_the_count(
        front: str, text: str, said: list[str]) -> None:
    label = "regiones afectadas" if front == SPANISH else "states with infected dairy herds"
    body = f"--- summary\n---\n{text}\n" + HERDS.replace("states with infected dairy herds",
                                                             label)
    assert stated(warnings_of(body, front)) == said


def said_of_toll(text: str, label: str, language: str = "en") -> list[str]:
    """Return what the warnings of a summary, beside one figure of 224, say the text states."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-11-05\nlanguage: {language}\n---\n"
    figures = f'\n--- figures\nfigures:\n  - value: "224"\n    label: {label}\n---\n'
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front))


@pytest.mark.parametrize(("language", "label", "text", "said"), [
    # A label whose noun is the fate counts people: a count of people who met it is the figure.
    ("en", "dead in Valencia province", "In all, 234 people died in Valencia province.",
     ["'234 people'"]),
    ("en", "dead in Valencia province", "The floods killed 234 people in Valencia province.",
     ["'234 people'"]),
    ("en", "deaths in Valencia province", "In all, 234 people died in Valencia province.",
     ["'234 people'"]),
    ("en", "deaths in Valencia province", "There were 234 deaths in Valencia province.",
     ["'234 deaths'"]),
    ("en", "injured in Valencia province", "In all, 234 people were injured in Valencia "
     "province.", ["'234 people'"]),
    ("en", "missing in Valencia province", "In all, 234 people went missing in Valencia "
     "province.", ["'234 people'"]),
    ("en", "dead in Valencia province", "In all, 224 people died in Valencia province.", []),
    ("es", "muertos en la provincia de Valencia",
     "En total murieron 234 personas en la provincia.", ["'234 personas'"]),
    ("es", "muertos en la provincia de Valencia", "La DANA dejó 234 muertos en la provincia.",
     ["'234 muertos'"]),
    # Each word of the dead is one: "fallecidos" counts the "muertos", "décédés" the "morts".
    ("es", "fallecidos en la provincia de Valencia",
     "La DANA dejó 234 muertos en la provincia.", ["'234 muertos'"]),
    ("es", "fallecidos en la provincia de Valencia",
     "La DANA dejó 224 muertos en la provincia.", []),
    ("pt", "falecidos na província de Valência",
     "A enchente deixou 234 mortos na província de Valência.", ["'234 mortos'"]),
    ("fr", "décédés dans la province de Valence",
     "La crue a fait 234 morts dans la province de Valence.", ["'234 morts'"]),
    ("es", "heridos en la provincia de Valencia",
     "En total, 234 personas resultaron heridas en la provincia de Valencia.", ["'234 personas'"]),
    ("fr", "morts dans la province de Valence",
     "Au total, 234 personnes sont mortes dans la province de Valence.", ["'234 personnes'"]),
    ("fr", "blessés dans la province de Valence",
     "Au total, 234 personnes ont été blessées dans la province de Valence.",
     ["'234 personnes'"]),
    ("de", "Tote in der Provinz Valencia", "Insgesamt starben 234 Menschen in der Provinz "
     "Valencia.", ["'234 Menschen'"]),
    ("de", "Verletzte in der Provinz Valencia", "In der Provinz Valencia wurden 234 Personen "
     "verletzt.", ["'234 Personen'"]),
    ("it", "morti nella provincia di Valencia", "In tutto morirono 234 persone nella provincia "
     "di Valencia.", ["'234 persone'"]),
    ("it", "morti nella provincia di Valencia", "In tutto sono morte 234 persone nella "
     "provincia di Valencia.", ["'234 persone'"]),
    ("pt", "mortos na província de Valência", "Ao todo, 234 pessoas morreram na província de "
     "Valência.", ["'234 pessoas'"]),
    ("pt", "mortos na província de Valência", "A enchente deixou 234 mortos na província de "
     "Valência.", ["'234 mortos'"]),
])
def test_a_label_whose_noun_is_a_fate_is_held_against_a_count_of_people_who_met_it(
        language: str, label: str, text: str, said: list[str]) -> None:
    assert said_of_toll(text, label, language) == said


@pytest.mark.parametrize(("language", "label", "text"), [
    # A count of people whose sentence says no fate, or another one, counts others.
    ("en", "dead in Valencia province", "Some 2,000 people live in Valencia province."),
    ("en", "dead in Valencia province",
     "In all, 2,000 people were evacuated in Valencia province."),
    ("en", "deaths in Valencia province", "Some 2,000 people live in Valencia province."),
    ("en", "injured in Valencia province", "In all, 234 people died in Valencia province."),
    ("es", "muertos en la provincia de Valencia",
     "En la provincia de Valencia viven 2.000 personas."),
    ("es", "heridos en la provincia de Valencia", "La DANA dejó 234 muertos en la provincia."),
    ("es", "fallecidos en la provincia de Valencia",
     "La DANA dejó 234 heridos en la provincia."),
    ("es", "muertos en la provincia de Valencia",
     "En total, 2.000 personas fueron evacuadas en la provincia de Valencia."),
    ("fr", "morts dans la province de Valence",
     "Au total, 2 000 personnes vivent dans la province de Valence."),
    ("fr", "morts dans la province de Valence",
     "Au total, 2 000 personnes ont été évacuées dans la province de Valence."),
    ("de", "Tote in der Provinz Valencia", "In der Provinz Valencia leben 2.000 Menschen."),
    ("de", "Tote in der Provinz Valencia",
     "In der Provinz Valencia wurden 2.000 Menschen evakuiert."),
    ("it", "morti nella provincia di Valencia",
     "Nella provincia di Valencia vivono 2.000 persone."),
    ("it", "morti nella provincia di Valencia",
     "Nella provincia di Valencia sono state evacuate 2.000 persone."),
    ("pt", "mortos na província de Valência", "Na província de Valência vivem 2.000 pessoas."),
    ("pt", "mortos na província de Valência",
     "Ao todo, 2.000 pessoas foram evacuadas na província de Valência."),
])
def test_a_label_whose_noun_is_a_fate_is_no_count_of_people_who_met_none_or_another(
        language: str, label: str, text: str) -> None:
    assert said_of_toll(text, label, language) == []


@pytest.mark.parametrize(("label", "text", "said"), [
    # A death toll counts the dead, whatever it is given after ("rose to", "stood at").
    ("dead in Valencia province", "The death toll in Valencia province rose to 234.",
     ["'234'"]),
    ("dead in Valencia province", "The death toll in Valencia province stood at 234 on Monday.",
     ["'234'"]),
    ("people killed in Valencia province", "The death toll in Valencia province reached 234.",
     ["'234'"]),
    ("dead in Valencia province", "The death toll in Valencia province rose to 224.", []),
    # A toll of no fate is a charge; one of death is no count of the injured.
    ("people killed in Valencia province",
     "The toll on the Valencia province bridge rose to 234.", []),
    ("injured in Valencia province", "The death toll in Valencia province rose to 234.", []),
])
def test_a_death_toll_counts_the_dead(label: str, text: str, said: list[str]) -> None:
    assert said_of_toll(text, label) == said


@pytest.mark.parametrize(("label", "text", "said"), [
    # A label of death counts the deaths and fatalities its sentence gives, whatever the
    # label's own noun of it ("dead", "deaths", "people killed").
    ("dead in Valencia province", "There were 234 deaths in Valencia province.",
     ["'234 deaths'"]),
    ("dead in Valencia province", "There were 234 fatalities in Valencia province.",
     ["'234 fatalities'"]),
    ("people killed in Valencia province", "There were 234 deaths in Valencia province.",
     ["'234 deaths'"]),
    ("dead in Valencia province", "Deaths in Valencia province rose to 234.", ["'234'"]),
    ("people killed in Valencia province", "Deaths in Valencia province rose to 234.",
     ["'234'"]),
    ("dead in Valencia province", "There were 224 deaths in Valencia province.", []),
    # A label of another fate, or of none, counts no deaths.
    ("injured in Valencia province", "There were 234 deaths in Valencia province.", []),
    ("people evacuated in Valencia province", "There were 234 deaths in Valencia province.",
     []),
    ("dead in Valencia province", "Injuries in Valencia province rose to 234.", []),
])
def test_a_label_of_death_counts_deaths_and_fatalities(label: str, text: str,
                                                        said: list[str]) -> None:
    assert said_of_toll(text, label) == said


@pytest.mark.parametrize(("label", "text", "said"), [
    # A fate's word as a noun after a number counts people who met it.
    ("dead in Valencia province", "The floods left 234 dead in Valencia province.",
     ["'234 dead'"]),
    ("people killed in Valencia province", "The floods left 234 dead in Valencia province.",
     ["'234 dead'"]),
    ("deaths in Valencia province", "The floods left 234 dead in Valencia province.",
     ["'234 dead'"]),
    ("injured in Valencia province", "The floods left 234 injured in Valencia province.",
     ["'234 injured'"]),
    ("missing in Valencia province", "The floods left 234 missing in Valencia province.",
     ["'234 missing'"]),
    ("dead in Valencia province", "The floods left 224 dead in Valencia province.", []),
    # Others: another fate, a plural noun after the fate's word, a name's number.
    ("dead in Valencia province", "The floods left 2,000 homeless in Valencia province.", []),
    ("dead in Valencia province", "In all, 2,000 were evacuated in Valencia province.", []),
    ("injured in Valencia province", "The floods left 234 dead in Valencia province.", []),
    ("people injured in Valencia province",
     "The floods left 234 dead in Valencia province.", []),
    ("dead in Valencia province",
     "The floods left 234 dead cows in Valencia province.", []),
])
def test_a_fate_as_a_noun_after_a_number_counts_people(label: str, text: str,
                                                       said: list[str]) -> None:
    assert said_of_toll(text, label) == said


@pytest.mark.parametrize(("language", "label", "text", "said"), [
    # A toll, or the number of those a fate befell, given after a verb of a level.
    ("es", "muertos en la provincia de Valencia",
     "El balance de muertos en la provincia de Valencia ascendió a 234.", ["'234'"]),
    ("es", "muertos en la provincia de Valencia",
     "El número de muertos en la provincia de Valencia ascendió a 234.", ["'234'"]),
    ("fr", "morts dans la province de Valence",
     "Le bilan des morts dans la province de Valence s'élève à 234.", ["'234'"]),
    ("it", "morti nella provincia di Valencia",
     "Il bilancio dei morti nella provincia di Valencia è salito a 234.", ["'234'"]),
    ("pt", "mortos na província de Valência",
     "O número de mortos na província de Valência chegou a 234.", ["'234'"]),
    ("de", "Tote in der Provinz Valencia",
     "Die Zahl der Toten in der Provinz Valencia stieg auf 234.", ["'234'"]),
    ("en", "dead in Valencia province",
     "The number of dead in Valencia province rose to 234.", ["'234'"]),
    ("es", "muertos en la provincia de Valencia",
     "El número de muertos en la provincia de Valencia ascendió a 224.", []),
    # The number of others: of another fate, or of none.
    ("es", "muertos en la provincia de Valencia",
     "El número de evacuados en la provincia de Valencia ascendió a 2.000.", []),
    ("es", "muertos en la provincia de Valencia",
     "El número de habitantes de la provincia de Valencia ascendió a 2.000.", []),
    ("de", "Tote in der Provinz Valencia",
     "Die Zahl der Evakuierten in der Provinz Valencia stieg auf 2.000.", []),
    ("pt", "mortos na província de Valência",
     "O número de desalojados na província de Valência chegou a 2.000.", []),
    ("en", "dead in Valencia province",
     "The number of evacuated in Valencia province rose to 2,000.", []),
])
def test_a_toll_given_after_a_verb_of_a_level_counts_the_dead(
        language: str, label: str, text: str, said: list[str]) -> None:
    assert said_of_toll(text, label, language) == said


def vote_shares(shape: str) -> str:
    """Return a figures section giving Leave's and Remain's shares of the vote, each labelled
    in the given shape ("vote share for {side}")."""
    return "--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {shape.format(side=side)}\n'
        for value, side in (("51.9%", "Leave"), ("48.1%", "Remain"))) + "---\n"


@pytest.mark.parametrize("shape", ["vote share for {side}", "{side}'s share of the vote",
                                   "share of the vote won by {side}", "{side} vote share"])
@pytest.mark.parametrize(("text", "said"), [
    # A percentage "of the vote" is the vote share the label names, however it puts it.
    ("Leave took 52.9% of the vote.", ["'52.9%'"]),
    ("Leave won 52.9% of the vote.", ["'52.9%'"]),
    ("Remain won 47.1% of the vote.", ["'47.1%'"]),
    ("Leave took 51.9% of the vote.", []),
    # Of another whole, it is another share.
    ("Leave took 52.9% of the seats.", []),
])
def test_a_share_of_the_vote_meets_the_labels_of_an_election(
        shape: str, text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + vote_shares(shape))) == said


VOTE_SHARES = vote_shares("vote share for {side}")


@pytest.mark.parametrize(("text", "said"), [
    # "by X to Y" after a result: X is the subject's share, Y the other side's; the warning
    # blames the number that is wrong, against its own side's figure.
    ("Leave won the vote by 52.9% to 48.1%.", ["'52.9%' but the key figure 'vote share for "
                                               "Leave'"]),
    ("Leave won the vote by 51.9% to 47.1%.", ["'47.1%' but the key figure 'vote share for "
                                               "Remain'"]),
    ("Remain lost the vote by 47.1% to 51.9%.", ["'47.1%' but the key figure 'vote share for "
                                                 "Remain'"]),
    ("Leave beat Remain by 51.9% to 47.1%.", ["'47.1%' but the key figure 'vote share for "
                                              "Remain'"]),
    ("Leave won the vote by 51.9% to 48.1%.", []),
    ("Remain lost the vote by 48.1% to 51.9%.", []),
    ("Leave beat Remain by 51.9% to 48.1%.", []),
    # A margin, a change then a level, and a range are no result of two shares.
    ("Leave won by 3.8 points.", []),
    ("Support for Leave rose by 2% to 48.1%.", []),
    ("Support for Leave was between 40% and 45% in the polls.", []),
])
def test_a_result_holds_each_share_against_its_own_side(text: str, said: list[str]) -> None:
    found = warnings_of(f"--- summary\n---\n{text}\n" + VOTE_SHARES)
    assert [line.split(" says ")[1].split(" (line")[0] for line in found] == said


@pytest.mark.parametrize(("front", "labels", "text", "said"), [
    (FRENCH, ("part des voix pour Leave", "part des voix pour Remain"),
     "Leave l'a emporté avec 52,9 % contre 48,1 %.", ["'52,9 %'"]),
    (FRENCH, ("part des voix pour Leave", "part des voix pour Remain"),
     "Leave l'a emporté avec 51,9 % contre 47,1 %.", ["'47,1 %'"]),
    (FRENCH, ("part des voix pour Leave", "part des voix pour Remain"),
     "Leave l'a emporté avec 51,9 % contre 48,1 %.", []),
    (SPANISH, ("porcentaje de votos de Leave", "porcentaje de votos de Remain"),
     "Leave ganó por 51,9 % a 47,1 %.", ["'47,1 %'"]),
    (SPANISH, ("porcentaje de votos de Leave", "porcentaje de votos de Remain"),
     "Leave ganó con el 51,9 % frente al 47,1 %.", ["'47,1 %'"]),
    (SPANISH, ("porcentaje de votos de Leave", "porcentaje de votos de Remain"),
     "Leave ganó con el 51,9 % frente al 48,1 %.", []),
    (GERMAN, ("Stimmenanteil für Leave", "Stimmenanteil für Remain"),
     "Leave gewann mit 52,9 Prozent zu 48,1 Prozent.", ["'52,9 Prozent'"]),
    (GERMAN, ("Stimmenanteil für Leave", "Stimmenanteil für Remain"),
     "Leave gewann das Referendum mit 51,9 Prozent zu 48,1 Prozent.", []),
])
def test_a_result_holds_each_share_against_its_own_side_in_other_languages(
        front: str, labels: tuple[str, str], text: str, said: list[str]) -> None:
    unit = " Prozent" if front == GERMAN else " %"
    figures = "--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}{unit}"\n    label: {label}\n'
        for value, label in zip(("51,9", "48,1"), labels, strict=True)) + "---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # "voor het eerst" (for the first time) says when, not an earlier level; "eerst" alone does.
    ("De PVV won 35 zetels en werd voor het eerst de grootste partij.", ["'35 zetels'"]),
    ("De PVV won 37 zetels en werd voor het eerst de grootste partij.", []),
    ("Eerst kreeg de PVV 35 zetels, na de hertelling 37.", []),
])
def test_for_the_first_time_is_no_earlier_level_in_dutch(text: str, said: list[str]) -> None:
    figures = '\n--- figures\nfigures:\n  - value: "37"\n    label: zetels voor de PVV\n---\n'
    front = FRONT.replace("---\ntitle", "---\nlanguage: nl\ntitle")
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


@pytest.mark.parametrize(("text", "said"), [
    # "by" after a participle names the doer: the count is a level, held to the figure ...
    ("The Super Heavy booster, powered by 35 Raptor engines, flew back.", ["'35 Raptor engines'"]),
    ("The Super Heavy booster, powered by 33 Raptor engines, flew back.", []),
    # ... while "by" after a verb of change gives the change, which is no level.
    ("The Super Heavy booster's Raptor engines grew by 35 engines.", []),
])
def test_by_after_a_participle_names_the_doer_not_a_change(text: str, said: list[str]) -> None:
    figures = ('--- figures\nfigures:\n  - value: "33"\n'
               '    label: Raptor engines on the Super Heavy booster\n---\n')
    assert stated(warnings_of(f"--- summary\n---\n{text}\n\n{figures}")) == said


FLOODS = """
--- figures
figures:
  - value: More than 1,700
    label: people killed
  - value: 33 million
    label: people affected
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # A figure whose words the sentence gives only beside another amount ("1,700 people
    # died") does not vouch for this one, whatever its own bound allows.
    ("More than 1,700 people died, 42 million people were affected and damage was estimated "
     "at over $30 billion.", ["'42 million people'"]),
    ("More than 1,700 people died, 33 million people were affected and damage was estimated "
     "at over $30 billion.", []),
    # The count the fate's own words are beside still meets its figure.
    ("More than 1,700 people died and 33 million people were affected.", []),
    ("More than 1,700 people died and 42 million people were affected.",
     ["'42 million people'"]),
])
def test_a_figure_named_only_beside_another_amount_does_not_agree_with_this_one(
        text: str, said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + FLOODS)) == said


@pytest.mark.parametrize(("text", "front", "said"), [
    # A count before a passive of what befell people counts people, its noun left out.
    ("About 4.2 crore were affected.", INDIA, ["'4.2 crore'"]),
    ("Floods hit Assam; about 42 million were affected.", FRONT, ["'42 million'"]),
    ("About 3.3 crore were affected.", INDIA, []),
    # Another verb, or an earlier count of another noun, is another thing.
    ("About 4.2 crore were spent on relief.", INDIA, []),
    ("Of the 50 million in the region, 42 million were affected.", FRONT, ["'42 million'"]),
    ("Of the 50 million cattle in the region, 42 million were affected.", FRONT, []),
])
def test_a_count_whose_noun_a_passive_of_a_fate_leaves_out_counts_people(
        text: str, front: str, said: list[str]) -> None:
    figures = "\n--- figures\nfigures:\n  - value: 33 million\n    label: people affected\n---\n"
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + figures, front)) == said


INFLATION_FIGURES = """
--- figures
figures:
  - value: 2.0%
    label: inflation in May 2024
  - value: 19.2%
    label: food price inflation in March 2023, a 45-year high
---
"""


@pytest.mark.parametrize(("text", "said"), [
    # Each amount of a sentence of two times is of the time written right after it: the level
    # of March 2023 is no slip of May 2024's.
    ("Food price inflation slowed to 1.7% in May 2024 from 19.2% in March 2023.", []),
    ("Inflation fell to 2.0% in May 2024 from 11.1% in October 2022.", []),
    ("Inflation was 2.3% in May 2024, down from 19.2% in March 2023.", ["'2.3%'"]),
    ("Inflation fell to 2.3% in May 2024.", ["'2.3%'"]),
    ("In May 2024, inflation fell to 2.3%.", ["'2.3%'"]),
])
def test_an_amount_of_its_own_time_is_held_to_that_times_figure(text: str,
                                                                said: list[str]) -> None:
    assert stated(warnings_of(f"--- summary\n---\n{text}\n" + INFLATION_FIGURES)) == said
