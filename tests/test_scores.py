"""A match's score given two ways in one explainer, or written amiss, is a warning."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

REPO = Path(__file__).resolve().parent.parent
FINAL = "Argentina beat France 4-2 on penalties after a 3-3 draw in the World Cup final."


def source(summary: str, takeaways: list[str], language: str = "en") -> str:
    """Return an explainer with a summary (line 10) and takeaways (from line 14 on)."""
    items = "".join(f'  - "{item}"\n' for item in takeaways)
    return (f"---\ntitle: T\ndek: D\npublished: 2022-12-19\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{summary}\n\n--- takeaways\ntakeaways:\n{items}---\n")


def score_warnings(summary: str, *takeaways: str, language: str = "en") -> list[str]:
    """Return the first line of each warning about a score."""
    explainer, problems = read_explainer(split_source(
        source(summary, list(takeaways), language), Path("x.md"), "content/x.md"), Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [line for p in check_explainer(explainer)
            for line in [p.render().split("\n")[0]] if "score" in line]


def test_the_check_command_prints_each_score_given_otherwise_at_its_place(
        tmp_path: Path) -> None:
    shutil.copy(REPO / "site.yml", tmp_path / "site.yml")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "final.md").write_text(source(
        FINAL, ["Argentina won 4-3 on penalties after a 2-2 draw in the final."]),
        encoding="utf-8")
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "check", "--root",
                          str(tmp_path)], capture_output=True, text=True, cwd=tmp_path)
    out = run.stdout + run.stderr
    assert "content/final.md:14:20: warning: takeaway gives the shoot-out score '4-3', but " \
        "line 10 gives '4-2'" in out
    assert "content/final.md:14:45: warning: takeaway gives the match score '2-2', but " \
        "line 10 gives '3-3'" in out


@pytest.mark.parametrize(("language", "summary", "takeaway"), [
    ("en", FINAL, "Argentina won 4-3 on penalties after a 3-3 draw."),
    ("en", FINAL, "France lost 3-4 on penalties to Argentina."),
    ("en", "The Netherlands defeated Spain 2-1 after extra time in the final.",
     "Spain's 1-3 defeat to the Netherlands in the final stung."),
    ("en", "Ghana beat Peru 2-1 in the group stage.",
     "Peru lost to Ghana 0-2 in the group stage."),
    ("en", "Spain beat Italy 2-1 on Tuesday.", "Spain beat Italy 3-0 on Tuesday."),
    ("fr", "L'Argentine a battu la France 4-2 aux tirs au but après un nul 3-3 en finale.",
     "L'Argentine s'est imposée 4-3 aux tirs au but."),
    ("es", "Argentina venció a Francia 4-2 en los penaltis tras un empate 3-3 en la final.",
     "Argentina ganó 4-3 en los penaltis."),
    ("de", "Argentinien schlug Frankreich 4:2 im Elfmeterschießen nach einem "
           "3:3-Unentschieden.", "Argentinien gewann 4:3 im Elfmeterschießen."),
    ("it", "L'Argentina ha battuto la Francia 4-2 ai rigori dopo un pareggio 3-3.",
     "L'Argentina ha vinto 4-3 ai rigori."),
    ("pt", "A Argentina venceu a França 4-2 nos pênaltis após empate de 3-3 na final.",
     "A Argentina venceu por 4-3 nos pênaltis."),
])
def test_one_contest_given_two_scores_is_a_warning_at_the_later(
        language: str, summary: str, takeaway: str) -> None:
    [found] = score_warnings(summary, takeaway, language=language)
    assert found.startswith("content/x.md:14:") and "line 10 gives" in found


@pytest.mark.parametrize(("language", "summary", "takeaway"), [
    ("en", FINAL, "Argentina won 4-2 on penalties after a 3-3 draw."),
    ("en", FINAL, "France lost 2-4 on penalties to Argentina."),  # home-first, one contest
    ("en", FINAL, "Argentina beat France 4-2 in a shoot-out after extra time."),
    ("en", FINAL, "France led 2-0 at half-time, went 3-2 up, drew level at 2-2 and were 2-0 "
                  "down."),
    ("en", FINAL, "In 2018 France beat Argentina 4-3 in the round of 16."),
    ("en", FINAL, "Argentina beat France 1-0 in the group stage."),
    ("en", "Spain beat Italy 2-1 on Tuesday.", "Spain beat Italy 3-0 on Saturday."),
    ("en", "Argentina drew 3-3 with Mexico. Argentina drew 1-1 with France.",
     "Argentina drew 2-2 in a friendly."),  # one side named, two contests: no telling which
    ("en", FINAL, "In a 6-3 ruling, by 204 votes to 85, in 2020-21, at 10:30, it won 3-4 "
                  "days later."),
    ("fr", "L'Argentine a battu la France 4-2 aux tirs au but après un nul 3-3.",
     "La France menait 2-0 à la mi-temps ; l'Argentine s'est imposée 4-2 aux tirs au but."),
    ("es", "Argentina venció a Francia 4-2 en los penaltis.",
     "Francia ganaba 2-0 al descanso; un fallo de 6-3, a las 10:30, en 3-4 días."),
    ("de", "Argentinien schlug Frankreich 4:2 im Elfmeterschießen.",
     "Frankreich führte 2:0 zur Pause, um 10:30 Uhr, eine 6:3-Entscheidung."),
])
def test_a_consistent_story_other_contests_and_other_numbers_are_no_warning(
        language: str, summary: str, takeaway: str) -> None:
    assert score_warnings(summary, takeaway, language=language) == []


@pytest.mark.parametrize(("takeaway", "column", "slip"), [
    ("Argentina and France played out a 3-2 draw.", 40, "its two numbers differ"),
    ("Argentina drew 2-1 with France.", 21, "its two numbers differ"),
    ("Brazil beat Chile 1-2 in Santiago.", 24, "the winner's score is written second"),
    ("Brazil won 1-3 away.", 17, "the winner's score is written second"),
])
def test_a_draw_of_two_numbers_or_a_winner_written_second_is_a_warning(
        takeaway: str, column: int, slip: str) -> None:
    assert f"content/x.md:14:{column}: warning: takeaway: the score" in \
        score_warnings("Sports desks write explainers too.", takeaway)[0]
    assert slip in score_warnings("Sports desks write explainers too.", takeaway)[0]


@pytest.mark.parametrize("takeaway", [
    "Argentina and France played out a 3-3 draw.", "Brazil beat Chile 2-1 in Santiago.",
    "Chile lost 1-2 to Brazil at home.", "Brazil won 3-1 away.",
    "Ferrari took a 1-2 victory; the race was won at 10:30, and shares lost 2-3 points."])
def test_a_draw_of_one_number_a_winner_first_and_a_home_first_loss_are_no_warning(
        takeaway: str) -> None:
    assert score_warnings("Sports desks write explainers too.", takeaway) == []


def test_a_key_figure_and_a_timeline_title_give_scores_too() -> None:
    text = source(FINAL, ["Argentina won 4-2 on penalties."]).removesuffix("---\n") + (
        "---\n\n--- figures\nfigures:\n  - value: \"4-3\"\n    label: Argentina won on "
        "penalties\n---\n\n--- timeline\nevents:\n  - date: 2022-12-18\n    title: Argentina "
        "beat France 3-2 after a 2-2 draw in the final\n    source: https://example.org/a\n---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    found = [p.render().split("\n")[0] for p in check_explainer(explainer)
             if "score" in p.render()]
    assert any(line.startswith("content/x.md:19:") and "'4-3', but line 10 gives '4-2'" in line
               for line in found), found
    assert any("'2-2', but line 10 gives '3-3'" in line for line in found), found


@pytest.mark.parametrize("summary", [
    # Two sides meet home and away, in a league and a cup, set after set: two match scores
    # that name no occasion in common are two meetings.
    "Celtic beat Rangers 2-1 at Parkhead. Celtic beat Rangers 3-0 at Ibrox.",
    "Manchester City beat Arsenal 4-1 in the league. City beat Arsenal 1-0 in the FA Cup.",
    "Federer beat Nadal 6-4 in the first set. Federer won 7-5 in the second set.",
    # A second verb's score is its own result, not the first one's sides'.
    "Arsenal drew 2-2 with Liverpool at Anfield, then lost 1-2 at home to Liverpool in the cup.",
    # A match told set by set gives the sets the loser won too.
    "Jannik Sinner beat Daniil Medvedev 3-6, 3-6, 6-4, 6-4, 6-3 in the Australian Open final.",
])
def test_meetings_apart_and_sets_are_no_slips(summary: str) -> None:
    assert score_warnings(summary, "The season goes on.") == []

