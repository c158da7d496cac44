"""The editorial checks of numbers read Russian and Ukrainian as their newsrooms write them: a
decimal comma and a space between thousands ("2,5", "2 155 км²"), scales after the number
("1,5 млрд рублей", "36 тыс."), and a counted noun in the case its number puts it in ("2
страны", "5 стран", "дев'ять інших країн")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli, story_warnings
from .test_age_claims import life_warnings
from .test_checks import stated, warnings_of
from .test_economy_claims import said_beside as said_of_change
from .test_fate_claims import said_beside
from .test_italian_counts import front_and_body
from .test_part_claims import said_beside as said_of_part
from .test_rates_per_people import said_of_rate

FIXTURES = Path(__file__).parent / "fixtures" / "languages"
UKRAINIAN, RUSSIAN = FIXTURES / "ukrainian.md", FIXTURES / "russian.md"
FRONT = "---\ntitle: T\ndek: D\npublished: 2024-10-28\nlanguage: {}\n---\n"
MEMBERS = """
--- countries
roles:
  founder: Founded the group
  joined: Joined later
countries:
  - {name: Brazil, role: founder}
  - {name: Russia, role: founder}
  - {name: India, role: founder}
  - {name: China, role: founder}
  - {name: South Africa, role: founder}
  - {name: Egypt, role: joined}
  - {name: Ethiopia, role: joined}
  - {name: Iran, role: joined}
  - {name: United Arab Emirates, role: joined}
---
"""
FIGURE = """
--- figures
figures:
  - value: 18 км³
    label: обсяг води у Каховському водосховищі
---
"""


def said(text: str, language: str, after: str = MEMBERS) -> list[str]:
    """Return what the warnings about a summary of the text say it states."""
    return stated(warnings_of(f"--- summary\n---\n{text}\n" + after, FRONT.format(language)))


@pytest.mark.parametrize(("text", "language", "warned"), [
    ("Россия и двенадцать других стран подписали декларацию.", "ru",
     ["'двенадцать других стран'"]),
    ("Россия и восемь других стран подписали декларацию.", "ru", []),
    ("Росія та дванадцять інших країн підписали декларацію.", "uk",
     ["'дванадцять інших країн'"]),
    ("Росія та вісім інших країн підписали декларацію.", "uk", []),
    ("В объединение входят шесть стран.", "ru", ["'шесть стран'"]),
    ("В объединение входят девять стран.", "ru", []),
    ("До об'єднання входять шість країн.", "uk", ["'шість країн'"]),
    ("До об'єднання входять дев’ять країн.", "uk", []),
    ("Делегации 12 государств приехали в Казань.", "ru", ["'12 государств'"]),
    ("В саммите участвовали более 30 государств.", "ru", ["'более 30 государств'"]),
    ("У саміті брали участь понад 30 держав.", "uk", ["'понад 30 держав'"]),
    ("В саммите участвовали почти 10 стран; в 9 странах прошли встречи.", "ru", []),
    ("Кроме России, в объединение входят двенадцать стран.", "ru", ["'двенадцать стран'"]),
    ("Кроме России, в объединение входят восемь стран.", "ru", []),
    ("Декларацию поддержали 27 стран ЕС.", "ru", []),
    ("Эти две страны подписали договор первыми.", "ru", []),
])
def test_counts_of_countries_in_russian_and_ukrainian(text: str, language: str,
                                                      warned: list[str]) -> None:
    assert said(text, language) == warned


@pytest.mark.parametrize("text", [
    "Водосховище вміщувало 28 км³ води.",
    "До 6 червня 2023 року водосховище вміщувало 28 кубічних кілометрів води.",
])
def test_a_volume_in_cubic_kilometres_is_held_against_the_figure(text: str) -> None:
    assert said(text, "uk", FIGURE) == ["'28 км³'"] if "км³" in text else \
        said(text, "uk", FIGURE) == ["'28 кубічних кілометрів'"]


@pytest.mark.parametrize(("story", "right", "wrong", "warned"), [
    (UKRAINIAN, "вміщувало близько 18 км³", "вміщувало близько 28 км³", ["'28 км³'"]),
    (UKRAINIAN, "площею 2 155 км²", "площею 2 515 км²", ["'2 515 км²'"]),
    (UKRAINIAN, "затопила понад 80 населених", "затопила понад 90 населених",
     ["'90 населених пунктів'"]),
    (UKRAINIAN, "у 1,5 млрд доларів", "у 2,5 млрд доларів", ["'2,5 млрд доларів'"]),
    (UKRAINIAN, "у 1,5 млрд доларів", "у 1 500 млн доларів", []),
    (RUSSIAN, "около 45% населения", "около 54% населения", ["'54%'"]),
    (RUSSIAN, "почти 35% мирового", "почти 53% мирового", ["'53%'"]),
    (RUSSIAN, "почти 35% мирового", "почти 35 процентов мирового", []),
    (RUSSIAN, "декларацию из 134 пунктов.", "декларацию из 143 пунктов.", ["'143 пунктов'"]),
    (RUSSIAN, "около 2 000 журналистов", "около 3 000 журналистов", ["'3 000 журналистов'"]),
    (RUSSIAN, "около 2 000 журналистов", "около 2 тыс. журналистов", []),
])
def test_a_slip_in_an_explainer_is_warned_about(story: Path, right: str, wrong: str,
                                                warned: list[str]) -> None:
    body, front = front_and_body(story)
    assert right in body
    assert stated(warnings_of(body.replace(right, wrong, 1), front)) == warned


@pytest.mark.parametrize("story", [UKRAINIAN, RUSSIAN])
def test_a_careful_explainer_gives_no_warning(story: Path) -> None:
    # Years ("2023 року", "2024 года"), dates, ranges ("2-3 дні", "от 60 до 65%"), ordinals
    # ("3-й"), qualifiers ("близько", "понад", "майже", "около", "более", "почти").
    assert warnings_of(*front_and_body(story)) == []


@pytest.mark.parametrize(("text", "language"), [
    ("Гребля зруйнувалася 6 червня 2023 року близько 2:50 ночі.", "uk"),
    ("Рівень води щодня падав майже на метр, а на 3-й день оголилося дно.", "uk"),
    ("Вода піднімалася 2-3 дні; понад 2 700 людей евакуювали.", "uk"),
    ("Саммит прошёл 22–24 октября 2024 года в Казани.", "ru"),
    ("Расчёты в национальных валютах составляют от 60 до 65% торговли.", "ru"),
    ("С 1 января 2024 года в БРИКС девять стран, а не пять, как в 2010 году.", "ru"),
    ("Торговля за 10 лет выросла примерно на 56%.", "ru"),
])
def test_careful_prose_gets_no_false_warning(text: str, language: str) -> None:
    assert said(text, language) == []


def test_an_explainer_in_ukrainian_is_checked_with_no_note(make_site: Callable[..., Path]
                                                           ) -> None:
    story = UKRAINIAN.read_text(encoding="utf-8").replace(
        "вміщувало близько 18 км³ води; за", "вміщувало близько 28 км³ води; за")
    root = make_site({"content/kakhovka.md": story})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    assert "note:" not in result.stderr, result.stderr
    assert "content/kakhovka.md:15:48: warning: section 'summary' says '28 км³' but the key " \
        "figure 'обсяг води у Каховському водосховищі' (line 30) says '18 км³'" \
        in result.stderr, result.stderr


@pytest.mark.parametrize(("language", "text", "label", "warned"), [
    # The dead are not the evacuated, whatever place and noun both name.
    ("ru", "В Дерне погибли 20 000 человек.", "человек эвакуированы из Дерны", []),
    ("ru", "Из Дерны эвакуировали 20 000 человек.", "человек эвакуированы из Дерны",
     ["'20 000 человек'"]),
    ("ru", "Без вести пропали 20 000 человек в Дерне.", "человек погибли в Дерне", []),
    ("ru", "В Дерне погибли 20 000 человек.", "человек погибли в Дерне", ["'20 000 человек'"]),
    ("uk", "У Дерні загинули 20 000 людей.", "людей евакуйовано з Дерни", []),
    ("uk", "З Дерни евакуювали 20 000 людей.", "людей евакуйовано з Дерни", ["'20 000 людей'"]),
    ("uk", "У Дерні поранено 20 000 людей.", "людей загинули в Дерні", []),
    ("uk", "У Дерні загинули 20 000 людей.", "людей загинули в Дерні", ["'20 000 людей'"]),
])
def test_a_count_of_another_fate_is_another_group(language: str, text: str, label: str,
                                                  warned: list[str]) -> None:
    assert said_beside(text, "30 000", label, language) == warned


@pytest.mark.parametrize(("language", "label", "text", "warned"), [
    # Another source's count is no slip beside the WHO's; the WHO's own, or one given to
    # no one, is.
    ("ru", "человек погибли в Дерне, по данным ВОЗ",
     "Ливийский Красный Полумесяц сообщил, что в Дерне погибли 11 300 человек.", []),
    ("ru", "человек погибли в Дерне, по данным ВОЗ",
     "По данным Красного Полумесяца, в Дерне погибли 11 300 человек.", []),
    ("ru", "человек погибли в Дерне, по данным ВОЗ",
     "По данным ВОЗ, в Дерне погибли 4100 человек.", ["'4100 человек'"]),
    ("ru", "человек погибли в Дерне, по данным ВОЗ", "В Дерне погибли 11 300 человек.",
     ["'11 300 человек'"]),
    ("uk", "людей загинули в Дерні, за даними ВООЗ",
     "Лівійський Червоний Півмісяць повідомив, що в Дерні загинули 11 300 людей.", []),
    ("uk", "людей загинули в Дерні, за даними ВООЗ",
     "За даними Червоного Півмісяця, в Дерні загинули 11 300 людей.", []),
    ("uk", "людей загинули в Дерні, за даними ВООЗ",
     "За даними ВООЗ, в Дерні загинули 4100 людей.", ["'4100 людей'"]),
    ("uk", "людей загинули в Дерні, за даними ВООЗ", "У Дерні загинули 11 300 людей.",
     ["'11 300 людей'"]),
])
def test_an_amount_another_source_gives_is_its_own(language: str, label: str, text: str,
                                                   warned: list[str]) -> None:
    assert said_beside(text, "3958", label, language) == warned


@pytest.mark.parametrize(("language", "text", "said"), [
    # A place or a group narrows a turnout to a part of the whole the label gives.
    ("ru", "Явка в Москве составила 85,4%.", []),
    ("ru", "Явка в столице составила 85,4%.", []),
    ("ru", "Явка среди молодёжи составила 47%.", []),
    ("ru", "Явка составила 85,4%.", ["'85,4%'"]),
    ("uk", "Явка в Києві становила 85,4%.", []),
    ("uk", "Явка у столиці становила 85,4%.", []),
    ("uk", "Явка серед молоді становила 47%.", []),
    ("uk", "Явка становила 85,4%.", ["'85,4%'"]),
])
def test_a_share_narrowed_to_a_place_or_a_group_is_a_part(language: str, text: str,
                                                          said: list[str]) -> None:
    assert said_of_part(text, "74,4%", "явка", language) == said


@pytest.mark.parametrize(("language", "text", "label", "said"), [
    # Seats several parties hold together are not one party's.
    ("ru", "Единая Россия и КПРФ вместе получили 248 мест.", "места Единой России", []),
    ("ru", "Единая Россия получила 70 мест.", "места Единой России", ["'70 мест'"]),
    ("uk", "Слуга народу та Європейська солідарність разом отримали 248 місць.",
     "місця Слуги народу", []),
    ("uk", "Слуга народу отримала 70 місць.", "місця Слуги народу", ["'70 місць'"]),
])
def test_a_sum_of_several_is_not_one_of_theirs(language: str, text: str, label: str,
                                               said: list[str]) -> None:
    assert said_of_part(text, "65", label, language) == said


@pytest.mark.parametrize(("language", "label", "text", "warned"), [
    # A rate per 100,000 people is not held against a count; a count is.
    ("ru", "случаев оспы обезьян в Конго",
     "В Конго выявили 60 случаев оспы обезьян на 100 тыс. населения.", []),
    ("ru", "случаев оспы обезьян в Конго", "В Конго выявили 20 000 случаев оспы обезьян.",
     ["'20 000 случаев'"]),
    ("uk", "випадків мавпячої віспи в Конго",
     "У Конго виявили 60 випадків мавпячої віспи на 100 тис. населення.", []),
    ("uk", "випадків мавпячої віспи в Конго",
     "У Конго виявили 20 000 випадків мавпячої віспи.", ["'20 000 випадків'"]),
])
def test_a_rate_per_people_is_no_count(language: str, label: str, text: str,
                                       warned: list[str]) -> None:
    assert said_of_rate(text, "25 000", label, language) == warned


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), [
    # One of two kinds is not held against a figure of the other; the same kind is.
    ("ru", "25 000", "случаев с подозрением на оспу обезьян в Конго",
     "В Конго выявили 5000 подтверждённых случаев оспы обезьян.", []),
    ("ru", "25 000", "случаев с подозрением на оспу обезьян в Конго",
     "В Конго выявили 15 000 случаев с подозрением на оспу обезьян.", ["'15 000 случаев'"]),
    ("ru", "70 млрд долларов", "валовые международные резервы Украины",
     "Чистые международные резервы Украины составили 30 млрд долларов.", []),
    ("ru", "70 млрд долларов", "валовые международные резервы Украины",
     "Валовые международные резервы Украины составили 60 млрд долларов.",
     ["'60 млрд долларов'"]),
    ("uk", "43,8 млрд доларів", "валові міжнародні резерви України",
     "Чисті міжнародні резерви України становили 30 млрд доларів.", []),
    ("uk", "43,8 млрд доларів", "валові міжнародні резерви України",
     "Валові міжнародні резерви України становили 40 млрд доларів.", ["'40 млрд доларів'"]),
    ("uk", "25 000", "ймовірних випадків мавпячої віспи в Конго",
     "У Конго виявили 5000 підтверджених випадків мавпячої віспи.", []),
    ("uk", "25 000", "ймовірних випадків мавпячої віспи в Конго",
     "У Конго виявили 15 000 ймовірних випадків мавпячої віспи.",
     ["'15 000 ймовірних випадків'"]),
])
def test_one_kind_is_not_held_against_the_other(language: str, value: str, label: str,
                                                text: str, warned: list[str]) -> None:
    assert said_of_rate(text, value, label, language) == warned


LIVES = [
    ('ru', 'Елизавета II, 1926–2022',
     ('Елизавета родилась в Лондоне', 'Смерть Елизаветы II'),
     'Она умерла 8 сентября 2022 года в возрасте 97 лет.', 1),
    ('ru', 'Елизавета II, 1926–2022',
     ('Елизавета родилась в Лондоне', 'Смерть Елизаветы II'),
     'Она умерла 8 сентября 2022 года в возрасте 96 лет.', 0),
    ('uk', 'Єлизавета II, 1926–2022',
     ('Єлизавета народилася в Лондоні', 'Смерть Єлизавети II'),
     'Вона померла 8 вересня 2022 року у віці 97 років.', 1),
    ('uk', 'Єлизавета II, 1926–2022',
     ('Єлизавета народилася в Лондоні', 'Смерть Єлизавети II'),
     'Вона померла 8 вересня 2022 року у віці 96 років.', 0),
]


@pytest.mark.parametrize(("language", "title", "events", "prose", "warned"), LIVES)
def test_an_age_the_dates_make_otherwise_in_east_slavic(
        language: str, title: str, events: tuple[str, str], prose: str, warned: int) -> None:
    """Of someone born on 21 April 1926 who died on 8 September 2022, an age of 97 is
    a warning, and 96 is none."""
    timeline = [("1926-04-21", events[0]), ("2022-09-08", events[1])]
    assert len(life_warnings(prose, language, title, timeline)) == warned


FALLS = [
    ('ru', '−64%', 'снижение операционной прибыли в третьем квартале',
     'Операционная прибыль в третьем квартале снизилась на 46%.', ["'46%'"]),
    ('ru', '−64%', 'снижение операционной прибыли в третьем квартале',
     'Операционная прибыль в третьем квартале снизилась на 64%.', []),
    ('uk', '−64%', 'зниження операційного прибутку в третьому кварталі',
     'Операційний прибуток у третьому кварталі знизився на 46%.', ["'46%'"]),
    ('uk', '−64%', 'зниження операційного прибутку в третьому кварталі',
     'Операційний прибуток у третьому кварталі знизився на 64%.', []),
]


@pytest.mark.parametrize(("language", "value", "label", "text", "warned"), FALLS)
def test_a_change_is_held_against_a_figure_whose_label_names_one_in_east_slavic(
        language: str, value: str, label: str, text: str, warned: list[str]) -> None:
    """A fall of 46% beside a figure of a fall of 64% is a warning; one of 64% agrees, and is
    no level of +64% either."""
    front = f"---\ntitle: T\ndek: D\npublished: 2024-01-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {value: label}, front) == warned


LEVELS_ON = [
    ('ru', 'пошлина США на китайские товары',
     'В феврале США ввели пошлину США на китайские товары в размере 10%, '
     'а в марте повысили её до 125%.',
     ["'125%'"]),
    ('ru', 'пошлина США на китайские товары',
     'В феврале США ввели пошлину США на китайские товары в размере 10%, '
     'а в марте повысили её до 145%.',
     []),
    ('uk', 'мито США на китайські товари',
     'У лютому США запровадили мито США на китайські товари в розмірі 10%, '
     'а в березні підвищили його до 125%.',
     ["'125%'"]),
    ('uk', 'мито США на китайські товари',
     'У лютому США запровадили мито США на китайські товари в розмірі 10%, '
     'а в березні підвищили його до 145%.',
     []),
]


@pytest.mark.parametrize(("language", "label", "text", "warned"), LEVELS_ON)
def test_a_level_taken_on_to_the_next_is_an_earlier_one_in_east_slavic(
        language: str, label: str, text: str, warned: list[str]) -> None:
    """The 10% a tariff went up from is history: only the level it reached is held to 145%."""
    front = f"---\ntitle: T\ndek: D\npublished: 2025-05-20\nlanguage: {language}\n---\n"
    assert said_of_change(text, {"145%": label}, front) == warned


SANCTIONS = FIXTURES / "russian-sanctions.md"


def test_a_sanctions_explainer_in_russian_gets_no_false_warning(
        make_site: Callable[..., Path]) -> None:
    assert story_warnings(make_site, "sanctions", SANCTIONS.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("right", "wrong", "message"), [
    ('всего в списке ЕС 153 судна.',
     'всего в списке ЕС 135 судов.',
     "content/sanctions.md:34:56: warning: takeaway says '135 судов' but the key figure 'судна в "
     "санкционном списке ЕС' (line 44) says '153 судна'"),
    ('компании из трех стран',
     'компании из двух стран',
     "content/sanctions.md:61:33: warning: section 'prose' says 'двух стран' but the country list "
     "has 7 countries"),
])
def test_a_slip_in_the_sanctions_explainer_in_russian_is_warned_of(
        make_site: Callable[..., Path], right: str, wrong: str, message: str) -> None:
    story = SANCTIONS.read_text(encoding="utf-8")
    assert right in story
    assert story_warnings(make_site, "sanctions", story.replace(right, wrong, 1)) == [message]


CROCUS_RU, CROCUS_UK = "погибших в «Крокус Сити Холле»", "загиблих у «Крокус Сіті Холі»"


@pytest.mark.parametrize(("language", "label", "text", "warned"), [
    # The dead counted as people, by a participle as a noun, or as the number of the dead.
    ("ru", CROCUS_RU, "В «Крокус Сити Холле» погибли 143 человека.", ["'143 человека'"]),
    ("ru", CROCUS_RU, "В «Крокус Сити Холле» 143 погибших.", ["'143 погибших'"]),
    ("ru", CROCUS_RU, "Число погибших в «Крокус Сити Холле» достигло 143.", ["'143'"]),
    ("uk", CROCUS_UK, "У «Крокус Сіті Холі» загинули 143 людини.", ["'143 людини'"]),
    ("uk", CROCUS_UK, "У «Крокус Сіті Холі» 143 загиблих.", ["'143 загиблих'"]),
    ("uk", CROCUS_UK, "Кількість загиблих у «Крокус Сіті Холі» сягнула 143.", ["'143'"]),
    # The same counts of the figure's number.
    ("ru", CROCUS_RU, "В «Крокус Сити Холле» погибли 145 человек.", []),
    ("ru", CROCUS_RU, "В «Крокус Сити Холле» 145 погибших.", []),
    ("ru", CROCUS_RU, "Число погибших в «Крокус Сити Холле» достигло 145.", []),
    ("uk", CROCUS_UK, "У «Крокус Сіті Холі» загинули 145 людей.", []),
    ("uk", CROCUS_UK, "У «Крокус Сіті Холі» 145 загиблих.", []),
    ("uk", CROCUS_UK, "Кількість загиблих у «Крокус Сіті Холі» сягнула 145.", []),
    # People of another fate, or of none, and the number of others.
    ("ru", CROCUS_RU, "В Подмосковье живут 7 миллионов человек.", []),
    ("ru", CROCUS_RU, "Эвакуированы 143 человека.", []),
    ("ru", CROCUS_RU, "Из «Крокус Сити Холла» эвакуированы 143 человека.", []),
    ("ru", CROCUS_RU, "Число эвакуированных из «Крокус Сити Холла» достигло 2000.", []),
    ("uk", CROCUS_UK, "У Підмосков'ї живуть 7 мільйонів людей.", []),
    ("uk", CROCUS_UK, "З «Крокус Сіті Холу» евакуювали 143 людини.", []),
    # A quotation in guillemets is the source's, a name in them the author's.
    ("ru", CROCUS_RU, "«В „Крокус Сити Холле“ погибли 143 человека», — сообщил губернатор.",
     []),
    ("ru", CROCUS_RU, "«Погибли 143 человека», — сообщил губернатор.", []),
])
def test_counts_of_the_dead_in_russian_and_ukrainian(language: str, label: str, text: str,
                                                      warned: list[str]) -> None:
    assert said_beside(text, "145", label, language) == warned
