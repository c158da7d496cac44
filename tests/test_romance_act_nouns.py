"""A timeline's title that names its event by a noun of an act ("Invasão das sedes") is the
event a sentence tells with the verb ("invadiram as sedes"), in Portuguese, Spanish and
Italian, for the checks of spans and of days; a verb of another root stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.content.checks import check_explainer
from explainer.content.schema import read_explainer
from explainer.content.sources import split_source
from explainer.content.text.markup import Markup

TIMELINES = {
    "pt": (("2023-01-01", "Posse de Lula"),
           ("2023-01-08", "Invasão das sedes dos Três Poderes")),
    "es": (("2022-12-01", "Debate en el Congreso"),
           ("2022-12-15", "Aprobación de la reforma")),
    "it": (("2023-03-01", "Presentazione della legge"),
           ("2023-03-10", "Approvazione del decreto")),
}


def warnings(prose: str, language: str) -> list[str]:
    """Return the first line of each warning a summary of prose gets beside the timeline."""
    events = "".join(f"  - date: {day}\n    title: {title}\n"
                     for day, title in TIMELINES[language])
    text = (f"---\ntitle: T\ndek: D\npublished: 2024-02-01\nlanguage: {language}\n---\n"
            f"\n--- summary\n---\n{prose}\n\n--- timeline\nsource: https://example.org/\n"
            f"events:\n{events}---\n")
    explainer, problems = read_explainer(split_source(text, Path("x.md"), "content/x.md"),
                                         Markup())
    assert explainer is not None, [p.render() for p in problems]
    return [p.render().split("\n")[0] for p in check_explainer(explainer)
            if "timeline dates" in p.render()]


@pytest.mark.parametrize(("language", "prose", "said"), [
    ("pt", "A posse de Lula foi em 1º de janeiro de 2023. Duas semanas depois, bolsonaristas "
     "invadiram as sedes dos Três Poderes.", "says Duas semanas after"),
    ("pt", "A posse de Lula foi em 1º de janeiro de 2023. Uma semana depois, bolsonaristas "
     "invadiram as sedes dos Três Poderes.", None),
    ("pt", "Em 10 de janeiro de 2023, bolsonaristas invadiram as sedes dos Três Poderes.",
     "gives 10 de janeiro de 2023"),
    ("pt", "Em 8 de janeiro de 2023, bolsonaristas invadiram as sedes dos Três Poderes.", None),
    # Another verb with the same first letters tells no invasion.
    ("pt", "Em 10 de janeiro de 2023, bolsonaristas inventaram as sedes dos Três Poderes.",
     None),
    ("es", "El 20 de diciembre de 2022, el Senado aprobó la reforma.",
     "gives 20 de diciembre de 2022"),
    ("es", "El 15 de diciembre de 2022, el Senado aprobó la reforma.", None),
    ("es", "El 20 de diciembre de 2022, el Senado aprendió la reforma.", None),
    ("it", "Il 12 marzo 2023 il Senato ha approvato il decreto.",
     "gives 12 marzo 2023"),
    ("it", "Il 10 marzo 2023 il Senato ha approvato il decreto.", None),
])
def test_a_verb_tells_the_act_a_title_names_by_its_noun(language: str, prose: str,
                                                        said: str | None) -> None:
    found = warnings(prose, language)
    assert (found == []) if said is None else (len(found) == 1 and said in found[0]), found
