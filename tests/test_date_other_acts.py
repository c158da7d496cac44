"""A sentence about an event's actors and places on another day is not the event's day.

Beside the timeline's "First Kenyan police officers arrive in Port-au-Prince" (25 June), a
sentence that names the same police and city gives the day they began to patrol, the day the
arrival was announced, or a bound ("as of 1 July"): none of them says the arrival came on
another day. Each story is an explainer built by the command line, in each language whose
words for bounds and other acts the check knows: the sentences of "not" say nothing of the
event's day and are not warned of; each sentence of "event" gives the event another day and is.
"""

from __future__ import annotations

import pytest

from .helpers import run_cli, write_project
from .test_cjk_dates import day_warnings, story

ARRIVE = "2024-06-25"
# By language: the event's title; sentences that give no day of it; sentences that give it one
# the timeline does not.
STORIES: dict[str, tuple[str, list[str], list[str]]] = {
    "en": ("First Kenyan police officers arrive in Port-au-Prince", [
        "On 26 June, Kenyan police began patrolling Port-au-Prince.",
        "On 26 June, Ruto announced that the first Kenyan police officers had arrived safely "
        "in Port-au-Prince.",
        "As of 1 July, some 400 Kenyan police officers had arrived in Port-au-Prince.",
        "On 26 June, Kenyan police patrolled Port-au-Prince for the first time.",
        "On 26 June, two weeks after the launch of the mission, Kenyan police began "
        "patrolling Port-au-Prince.",
        "By 28 June, the first Kenyan police officers had arrived in Port-au-Prince.",
        "Since June 26, Kenyan police officers in Port-au-Prince have guarded the airport.",
        "The first Kenyan police officers were expected to arrive in Port-au-Prince on 26 June.",
        "Kenyan police officers started joint operations in Port-au-Prince on 27 June.",
        "On 27 June, the government confirmed that the first Kenyan police officers had "
        "arrived in Port-au-Prince.",
    ], [
        "The first Kenyan police officers arrived in Port-au-Prince on 26 June.",
        "On 24 June, the first Kenyan police officers arrived in Port-au-Prince.",
        "The first Kenyan officers arrived in Port-au-Prince on June 26, 2024.",
        "The first Kenyan police officers, sent by Ruto, arrived in Port-au-Prince on 27 June.",
        "The first Kenyan police officers landed in Port-au-Prince on 22 June, at dawn.",
        "The arrival of the first Kenyan police officers in Port-au-Prince came on 23 June.",
        "The first Kenyan police officers arrived in Port-au-Prince by plane on 21 June.",
        "The first Kenyan police officers, reportedly from an elite unit, arrived in "
        "Port-au-Prince on 20 June.",
        # the act a span is measured from is not the day's
        "The first Kenyan police officers arrived in Port-au-Prince on 19 June, two weeks "
        "after the launch of the mission.",
    ]),
    "fr": ("Arrivée des premiers policiers kényans à Port-au-Prince", [
        "Le 26 juin, la police kényane a commencé à patrouiller à Port-au-Prince.",
        "Le 26 juin, Ruto a annoncé que les premiers policiers kényans étaient arrivés à "
        "Port-au-Prince.",
        "Au 1er juillet, quelque 400 policiers kényans étaient arrivés à Port-au-Prince.",
        "Depuis le 26 juin, les premiers policiers kényans arrivés à Port-au-Prince patrouillent.",
        # a plan of the sentence's own, beside a span measured from another act
        "Le 26 juin, quelques minutes avant le défilé, l'arrivée des premiers policiers kényans "
        "à Port-au-Prince était prévue.",
    ], [
        "Les premiers policiers kényans sont arrivés à Port-au-Prince le 26 juin.",
        "Le 24 juin 2024, les premiers policiers kényans sont arrivés à Port-au-Prince.",
        "Les premiers policiers kényans sont arrivés à Port-au-Prince le 19 juin, deux "
        "semaines après le lancement de la mission.",
        # the plan of the act a span is measured from is not the sentence's
        "Le 28 juin, quelques minutes avant le défilé prévu, les premiers policiers kényans "
        "sont arrivés à Port-au-Prince.",
    ]),
    "es": ("Llegan los primeros policías kenianos a Puerto Príncipe", [
        "El 26 de junio, la policía keniana comenzó a patrullar Puerto Príncipe.",
        "El 26 de junio, Ruto anunció que los primeros policías kenianos habían llegado a "
        "Puerto Príncipe.",
        "Al 1 de julio, unos 400 policías kenianos habían llegado a Puerto Príncipe.",
        "Desde el 26 de junio, los primeros policías kenianos patrullan Puerto Príncipe.",
        "El 26 de junio, unos minutos antes del desfile, estaba prevista la llegada de los "
        "primeros policías kenianos a Puerto Príncipe.",
    ], [
        "Los primeros policías kenianos llegaron a Puerto Príncipe el 26 de junio.",
        "El 24 de junio de 2024 llegaron a Puerto Príncipe los primeros policías kenianos.",
        "Los primeros policías kenianos llegaron a Puerto Príncipe el 19 de junio, dos semanas "
        "después del lanzamiento de la misión.",
        "El 28 de junio, unos minutos antes del desfile previsto, los primeros policías kenianos "
        "llegaron a Puerto Príncipe.",
    ]),
    "de": ("Die ersten kenianischen Polizisten kommen in Port-au-Prince an", [
        "Am 26. Juni gab Ruto bekannt, dass die ersten kenianischen Polizisten in "
        "Port-au-Prince angekommen waren.",
        "Bis zum 1. Juli waren rund 400 kenianische Polizisten in Port-au-Prince angekommen.",
        "Seit dem 26. Juni patrouillieren die ersten kenianischen Polizisten in Port-au-Prince.",
    ], [
        "Die ersten kenianischen Polizisten kamen am 26. Juni in Port-au-Prince an.",
        "Die ersten kenianischen Polizisten kamen am 19. Juni in Port-au-Prince an, zwei "
        "Wochen nach dem Start der Mission.",
    ]),
    "it": ("Arrivano i primi poliziotti kenioti a Port-au-Prince", [
        "Il 26 giugno la polizia keniota ha iniziato a pattugliare Port-au-Prince.",
        "Il 26 giugno Ruto ha annunciato che i primi poliziotti kenioti erano arrivati a "
        "Port-au-Prince.",
        "Al 30 giugno circa 400 poliziotti kenioti erano arrivati a Port-au-Prince.",
        "Dal 26 giugno i primi poliziotti kenioti pattugliano Port-au-Prince.",
    ], [
        "I primi poliziotti kenioti sono arrivati a Port-au-Prince il 26 giugno.",
        "I primi poliziotti kenioti sono arrivati a Port-au-Prince il 19 giugno, due settimane "
        "dopo il lancio della missione.",
    ]),
    "pt": ("Chegam os primeiros policiais quenianos a Porto Príncipe", [
        "Em 26 de junho, a polícia queniana começou a patrulhar Porto Príncipe.",
        "Em 26 de junho, Ruto anunciou que os primeiros policiais quenianos tinham chegado a "
        "Porto Príncipe.",
        "Até 1º de julho, cerca de 400 policiais quenianos tinham chegado a Porto Príncipe.",
        "Desde 26 de junho, os primeiros policiais quenianos patrulham Porto Príncipe.",
    ], [
        "Os primeiros policiais quenianos chegaram a Porto Príncipe em 26 de junho.",
        "Os primeiros policiais quenianos chegaram a Porto Príncipe em 19 de junho, duas "
        "semanas depois do lançamento da missão.",
    ]),
    "nl": ("Eerste Keniaanse agenten komen aan in Port-au-Prince", [
        "Op 26 juni begon de Keniaanse politie met patrouilles in Port-au-Prince.",
        "Op 26 juni kondigde Ruto aan dat de eerste Keniaanse agenten in Port-au-Prince "
        "aankwamen.",
        "Per 1 juli komen er zo'n 400 Keniaanse agenten aan in Port-au-Prince.",
        "Sinds 26 juni komen de eerste Keniaanse agenten aan in Port-au-Prince.",
        "De eerste Keniaanse agenten komen aan in Port-au-Prince, meldde de regering op 27 "
        "juni.",
        "De eerste Keniaanse agenten zouden op 27 juni aankomen in Port-au-Prince.",
    ], [
        "De eerste Keniaanse agenten komen op 26 juni aan in Port-au-Prince.",
        "De eerste Keniaanse agenten kwamen op 19 juni aan in Port-au-Prince, twee weken na "
        "de start van de missie.",
        "Op 24 juni 2024 komen de eerste Keniaanse agenten aan in Port-au-Prince.",
    ]),
    "id": ("Polisi Kenya pertama tiba di Port-au-Prince", [
        "Pada 26 Juni, polisi Kenya pertama mulai berpatroli di Port-au-Prince.",
        "Pada 26 Juni, Ruto mengumumkan bahwa polisi Kenya pertama tiba di Port-au-Prince.",
        "Hingga 1 Juli, sekitar 400 polisi Kenya pertama tiba di Port-au-Prince.",
        "Sejak 26 Juni, polisi Kenya pertama tiba di Port-au-Prince setiap pekan.",
        "Polisi Kenya pertama dijadwalkan tiba di Port-au-Prince pada 27 Juni.",
        "Polisi Kenya pertama tiba di Port-au-Prince, kata pemerintah pada 27 Juni.",
    ], [
        "Polisi Kenya pertama tiba di Port-au-Prince pada 26 Juni.",
        "Pada 24 Juni 2024, polisi Kenya pertama tiba di Port-au-Prince.",
    ]),
    "zh": ("首批肯尼亚警察抵达太子港", [
        "6月26日，肯尼亚警察开始在太子港巡逻。",
        "6月26日，鲁托宣布首批肯尼亚警察已安全抵达太子港。",
        "截至7月1日，约400名肯尼亚警察已抵达太子港。",
        "自6月26日以来，首批肯尼亚警察在太子港巡逻。",
        "6月26日起，抵达太子港的首批肯尼亚警察开展巡逻。",
    ], [
        "首批肯尼亚警察于6月26日抵达太子港。",
        "6月24日，首批肯尼亚警察抵达太子港。",
        "首批肯尼亚警察在6月23日抵达了太子港。",
    ]),
    "ja": ("ケニア警察の第一陣がポルトープランスに到着", [
        "6月26日、ケニア警察はポルトープランスで巡回を始めた。",
        "6月26日、ルト大統領はケニア警察の第一陣がポルトープランスに到着したと発表した。",
        "7月1日時点で、ケニア警察の約400人がポルトープランスに到着していた。",
        "6月26日以降、ケニア警察の第一陣がポルトープランスで巡回している。",
    ], [
        "ケニア警察の第一陣は6月26日にポルトープランスに到着した。",
    ]),
    "ko": ("케냐 경찰 선발대 포르토프랭스 도착", [
        "6월 26일, 케냐 경찰은 포르토프랭스에서 순찰을 시작했다.",
        "6월 26일, 루토 대통령은 케냐 경찰 선발대가 포르토프랭스에 도착했다고 발표했다.",
        "7월 1일 현재 케냐 경찰 약 400명이 포르토프랭스에 도착했다.",
        "7월 1일까지 케냐 경찰 선발대 전원이 포르토프랭스에 도착했다.",
    ], [
        "케냐 경찰 선발대는 6월 26일 포르토프랭스에 도착했다.",
    ]),
}
# A title that says an act of starting: a sentence that says one is of the event. Each: the
# title, the sentence, the day as it gives it.
BEGIN = {"en": ("Kenyan police begin patrolling Port-au-Prince",
                "Kenyan police began patrolling Port-au-Prince on 27 June.", "27 June"),
         "zh": ("肯尼亚警察开始在太子港巡逻", "6月27日，肯尼亚警察开始在太子港巡逻。", "6月27日")}

# Results reported on a day, and the end of the period they cover: an English sentence giving
# the period's end gives no day of the report; one giving the report another day still does.
RESULTS = ("Acme reports first-quarter revenue of $26.0 billion", [
    "Revenue for the quarter to 28 April was $26.0 billion, up 262% from a year earlier.",
    "Acme reported first-quarter revenue of $26.0 billion for the three months ended 28 April.",
    "In the six months to 30 April, Acme reported revenue of $26.0 billion in its first quarter.",
], ["Acme reported first-quarter revenue of $26.0 billion on 23 May."])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Check every story once; return what the check wrote on its standard error, where each
    warning is listed in full (a build writes one given in several files once)."""
    files = {}
    for language, (title, others, wrong) in STORIES.items():
        for name, sentences in (("not", others), ("event", wrong)):
            files[f"content/{language}-{name}.md"] = story(
                language, ((ARRIVE, title),), sentences, [])[0]
    for language, (title, sentence, _) in BEGIN.items():
        files[f"content/{language}-begin.md"] = story(
            language, (("2024-06-28", title),), [sentence], [])[0]
    for name, sentences in (("not", RESULTS[1]), ("event", RESULTS[2])):
        files[f"content/results-{name}.md"] = story(
            "en", (("2024-05-22", RESULTS[0]),), sentences, [])[0]
    root = write_project(tmp_path_factory.mktemp("acts") / "site", files)
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("language", list(STORIES))
def test_a_day_of_another_act_or_a_bound_is_no_warning(built: str, language: str) -> None:
    assert day_warnings(built, f"{language}-not") == []


@pytest.mark.parametrize("language", list(STORIES))
def test_a_day_the_event_is_given_otherwise_is_still_warned_of(built: str,
                                                                language: str) -> None:
    title, _, wrong = STORIES[language]
    found = day_warnings(built, f"{language}-event")
    assert [sentence for _, sentence in found] == wrong
    assert all(f"the timeline dates '{title}' {ARRIVE}" in line for line, _ in found)


@pytest.mark.parametrize("language", list(BEGIN))
def test_a_start_is_the_events_own_when_its_title_says_one(built: str, language: str) -> None:
    title, sentence, given = BEGIN[language]
    # Told at the day's own column in the summary's line, which is the sentence.
    column = sentence.index(given) + 1
    assert day_warnings(built, f"{language}-begin") == [
        (f"content/{language}-begin.md:10:{column}: warning: section 'summary' gives {given}, "
         f"but the timeline dates '{title}' 2024-06-28 (line 15)", sentence)]


def test_the_end_of_a_period_accounts_cover_is_no_day_of_their_report(built: str) -> None:
    assert day_warnings(built, "results-not") == []
    assert day_warnings(built, "results-event") == [(
        "content/results-event.md:10:57: warning: section 'summary' gives 23 May, but the "
        f"timeline dates '{RESULTS[0]}' 2024-05-22 (line 15)", RESULTS[2][0])]
