"""A day of the week that its date does not fall on is a warning, in the page's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

TIMELINE = """
--- timeline
source: https://example.org/
events:
  - date: 2023-03-10
    title: Regulators close Silicon Valley Bank
  - date: 2023-03-19
    title: UBS agrees to buy Credit Suisse
---
"""


def weekday_warnings(prose: str, language: str = "en", published: str = "2023-04-02"
                     ) -> list[str]:
    """Return the first line of each warning about a day of the week, for a summary."""
    front = f"---\ntitle: T\ndek: D\npublished: {published}\nlanguage: {language}\n---\n"
    source = split_source(front + f"--- summary\n---\n{prose}\n" + TIMELINE, Path("x.md"),
                          "content/x.md")
    explainer, problems = read_explainer(source, Markup())
    assert explainer is not None, [problem.render() for problem in problems]
    found = [problem.render().split("\n")[0] for problem in check_explainer(explainer)]
    return [line for line in found if " was a " in line and ": warning: " in line]


@pytest.mark.parametrize(("prose", "language", "said"), [
    ("On Tuesday, 15 April 2019, fire tore through the roof.", "en",
     "gives 'Tuesday, 15 April 2019', but 2019-04-15 was a Monday"),
    ("On Tuesday, April 15, 2019, fire tore through the roof.", "en-US",
     "gives 'Tuesday, April 15, 2019', but 2019-04-15 was a Monday"),
    ("Le mardi 15 avril 2019, un incendie a détruit la flèche.", "fr",
     "gives 'mardi 15 avril 2019', but 2019-04-15 was a Monday"),
    ("Am Dienstag, dem 15. April 2019, brannte der Dachstuhl.", "de",
     "gives 'Dienstag, dem 15. April 2019', but 2019-04-15 was a Monday"),
    ("El martes 15 de abril de 2019 ardió el tejado.", "es",
     "gives 'martes 15 de abril de 2019', but 2019-04-15 was a Monday"),
    ("2019年4月15日火曜日、大聖堂で火災が起きた。", "ja",
     "gives '2019年4月15日火曜日', but 2019-04-15 was a Monday"),
    # A date in bold or in italics is still the day's.
    ("The Queen died at Balmoral on Friday **8 September 2022**, aged 96.", "en",
     "gives 'Friday 8 September 2022', but 2022-09-08 was a Thursday"),
    ("The Queen died at Balmoral on **Friday 8 September 2022**, aged 96.", "en",
     "gives 'Friday 8 September 2022', but 2022-09-08 was a Thursday"),
    ("The vote came on *30 June 2023 (Thursday)*.", "en",
     "but 2023-06-30 was a Friday"),
    ("The Queen died at Balmoral on Friday _8 September 2022_, aged 96.", "en",
     "gives 'Friday 8 September 2022', but 2022-09-08 was a Thursday"),
    # Set beside the date with an article, as newsrooms write it.
    ("Regulators closed the bank on March 10, a Thursday, before markets opened.", "en-US",
     "gives 'March 10, a Thursday', but 2023-03-10 was a Friday"),
    ("UBS a accepté de racheter Credit Suisse le 19 mars, un samedi.", "fr",
     "gives '19 mars, un samedi', but 2023-03-19 was a Sunday"),
    # Without its year: the year the timeline dates an event that day.
    ("On Thursday 10 March, regulators closed the bank.", "en",
     "gives 'Thursday 10 March', but 2023-03-10 was a Friday"),
    # The short name in brackets that Japanese and Korean newsrooms write after a date, and a
    # name a particle follows with no space.
    ("地震が起きたのは2019年4月15日（火）の夕方だった。", "ja",
     "gives '2019年4月15日（火）', but 2019-04-15 was a Monday"),
    ("地震が起きたのは2019年4月15日火曜日の夕方だった。", "ja",
     "gives '2019年4月15日火曜日', but 2019-04-15 was a Monday"),
    ("화재는 2019년 4월 15일(화) 저녁에 일어났다.", "ko",
     "gives '2019년 4월 15일(화)', but 2019-04-15 was a Monday"),
    ("The fire broke out on 15 April 2019 (Tue).", "en",
     "gives '15 April 2019 (Tue)', but 2019-04-15 was a Monday"),
    ("嫦娥六号于2024年6月2日（星期一）在月球背面着陆。", "zh",
     "gives '2024年6月2日（星期一）', but 2024-06-02 was a Sunday"),
    ("The vote came on 30 June 2023 (Thursday).", "en",
     "gives '30 June 2023 (Thursday)', but 2023-06-30 was a Friday"),
    # A Slavic language puts the day after "on" in the accusative.
    ("Пожар начался в субботу, 15 апреля 2019 года.", "ru",
     "gives 'субботу, 15 апреля 2019', but 2019-04-15 was a Monday"),
    ("Požár vypukl ve středu 15. dubna 2019 večer.", "cs",
     "gives 'středu 15. dubna 2019', but 2019-04-15 was a Monday"),
    ("Vláda vyhlásila státní smutek na neděli 15. dubna 2019.", "cs",
     "gives 'neděli 15. dubna 2019', but 2019-04-15 was a Monday"),
    ("Pożar wybuchł w środę 15 kwietnia 2019 roku.", "pl",
     "gives 'środę 15 kwietnia 2019', but 2019-04-15 was a Monday"),
    # Hungarian says "on" a day in the superessive, set after the date with a comma.
    # The Scandinavian definite form, as Swedish and Danish newsrooms write it.
    ("Fredagen den 7 mars 2024 blev Sverige medlem i Nato.", "sv",
     "gives 'Fredagen den 7 mars 2024', but 2024-03-07 was a Thursday"),
    ("Lørdagen den 14. januar 2024 blev Frederik konge.", "da",
     "gives 'Lørdagen den 14. januar 2024', but 2024-01-14 was a Sunday"),
    ("A tüntetés 2024. február 10-én, pénteken kezdődött.", "hu",
     "gives '2024. február 10-én, pénteken', but 2024-02-10 was a Saturday"),
    ("A tüntetés kedden, 2024. február 14-én kezdődött.", "hu",
     "but 2024-02-14 was a Wednesday"),
])
def test_a_day_of_the_week_its_date_does_not_fall_on_warns(
        prose: str, language: str, said: str) -> None:
    found = weekday_warnings(prose, language)
    assert len(found) == 1 and said in found[0], found


@pytest.mark.parametrize(("prose", "language"), [
    ("On Monday, 15 April 2019, fire tore through the roof.", "en"),
    ("Le lundi 15 avril 2019, un incendie a détruit la flèche.", "fr"),
    ("Am Montag, dem 15. April 2019, brannte der Dachstuhl.", "de"),
    ("2019年4月15日月曜日、大聖堂で火災が起きた。", "ja"),
    ("The Queen died at Balmoral on Thursday **8 September 2022**, aged 96.", "en"),
    ("The vote came on *30 June 2023 (Friday)*.", "en"),
    ("The Queen died at Balmoral on Thursday _8 September 2022_, aged 96.", "en"),
    ("On Friday 10 March, regulators closed the bank.", "en"),
    ("Regulators closed the bank on March 10, a Friday, before markets opened.", "en-US"),
    ("UBS a accepté de racheter Credit Suisse le 19 mars, un dimanche.", "fr"),
    # A span after the date names no day of the week.
    ("Regulators closed the bank on March 10, a week before UBS stepped in.", "en-US"),
    # A day without its year in any year the story may speak of: 11 March 2023 was a
    # Saturday, though 11 March of the year it was published in was not.
    ("On Saturday 11 March, regulators in New York met.", "en"),
    # A range names its first day's; a possessive is another word's.
    ("On Saturday and Sunday, 11-12 March 2023, talks went on.", "en"),
    ("On Saturday and Sunday, 11 and 12 March 2023, talks went on.", "en"),
    ("Sabato e domenica, l'11 e il 12 marzo 2023, si è trattato.", "it"),
    ("地震が起きたのは2019年4月15日（月）の夕方だった。", "ja"),
    ("地震が起きたのは2019年4月15日月曜日の夕方だった。", "ja"),
    ("화재는 2019년 4월 15일(월) 저녁에 일어났다.", "ko"),
    ("The fire broke out on 15 April 2019 (Mon).", "en"),
    ("Пожар начался в понедельник, 15 апреля 2019 года.", "ru"),
    ("Пожар начался в среду, 17 апреля 2019 года.", "ru"),
    ("Požár vypukl ve středu 17. dubna 2019 večer.", "cs"),
    ("Pożar wybuchł w środę 17 kwietnia 2019 roku.", "pl"),
    ("A tüntetés 2024. február 10-én, szombaton kezdődött.", "hu"),
    ("Torsdagen den 7 mars 2024 blev Sverige medlem i Nato.", "sv"),
    ("Søndagen den 14. januar 2024 blev Frederik konge.", "da"),
    ("A tüntetés szerdán, 2024. február 14-én kezdődött.", "hu"),
    ("A tüntetés 2024. február 16-án, pénteken kezdődött.", "hu"),
    # Brackets that hold no day of the week.
    ("The fire broke out on 15 April 2019 (local time).", "en"),
    ("Sunday's vote on 15 April 2019 was delayed.", "en"),
])
def test_a_day_of_the_week_its_date_falls_on_is_silent(prose: str, language: str) -> None:
    assert weekday_warnings(prose, language, published="2024-05-23") == []
