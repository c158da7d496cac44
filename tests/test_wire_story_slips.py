"""Slips planted in copies of the French, Spanish, German, Italian and Portuguese stories: a
takeaway with another number than the figures, a count of countries the list does not hold, a
day the timeline gives otherwise. Each is a warning at its file, line and column; the stories
as written have none (test_roles.py builds them with --strict)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import assert_slip_warned

STORIES = Path(__file__).parent / "fixtures" / "stories"
QUAKE, MIGRATION = "seisme-maroc-al-haouz.md", "acuerdo-migratorio-mauritania.md"
GAS, WRECK = "gaskrise-deutschland-2022.md", "naufragio-cutro.md"
AMAZON = "cupula-amazonia-belem.md"

SLIPS = [
    # A takeaway that gives another number than the figures.
    (QUAKE, "  - Le bilan est passé de 820 morts au matin du 9 septembre à 2 946 morts.",
     "  - Le séisme a fait 3 946 morts au Maroc.",
     ":32:22: warning: takeaway says '3 946 morts' but the key figure 'morts du séisme au "
     "Maroc'"),
    (MIGRATION, "  - La UE destinará 210 millones de euros a Mauritania",
     "  - La UE destinará 250 millones de euros a la asociación migratoria con Mauritania",
     ":30:21: warning: takeaway says '250 millones de euros' but the key figure 'fondos de la "
     "UE para la asociación migratoria con Mauritania'"),
    (GAS, "Oktober 2022 auf 10,4 Prozent", "Oktober 2022 auf 10,9 Prozent",
     ":32:50: warning: takeaway says '10,9 Prozent' but the key figure 'Inflationsrate in "
     "Deutschland im Oktober 2022'"),
    (WRECK, "  - I morti accertati sono 94, di cui 35 minori; i superstiti sono 80.",
     "  - I superstiti del naufragio sono 81.",
     ":31:37: warning: takeaway says '81' but the key figure 'superstiti del naufragio'"),
    # A count after a place's name, in groups of three: an amount, not the name's number.
    (MIGRATION, "  - En 2023 llegaron a Canarias 39.910 migrantes, un 154 % más",
     "  - En 2023 llegaron a Canarias 36.910 migrantes, un 154 % más",
     ":31:33: warning: takeaway says '36.910 migrantes' but the key figure 'migrantes llegados "
     "a Canarias en 2023'"),
    # A total before its part ("di cui 35 minori"), the title saying which deaths.
    (WRECK, "  - I morti accertati sono 94, di cui 35 minori; i superstiti sono 80.",
     "  - I morti accertati sono 96, di cui 35 minori; i superstiti sono 80.",
     ":31:28: warning: takeaway says '96' but the key figure 'morti accertati nel naufragio "
     "di Cutro'"),
    (AMAZON, "caiu 22,3 %, para 9.001 km²", "caiu 32,3 %, para 9.001 km²",
     ":32:48: warning: takeaway says '32,3 %' but the key figure 'queda do desmatamento"),
    # A count of countries that fits no part of the list.
    (QUAKE, "que de quatre pays", "que de trois pays",
     ":33:37: warning: takeaway says 'trois pays' but the country list has 6 countries"),
    (MIGRATION, "en agosto tres países africanos", "en agosto siete países",
     ":32:30: warning: takeaway says 'siete países' but the country list has 5 countries"),
    (GAS, "  - Norwegen wurde mit gut 30 Prozent der Importe zum wichtigsten Lieferanten.",
     "  - Acht Länder sind beteiligt.",
     ":35:5: warning: takeaway says 'Acht Länder' but the country list has 6 countries"),
    (WRECK, "  - Il 9 marzo il Consiglio dei ministri si è riunito a Cutro e ha varato un decreto.",
     "  - Sette paesi sono coinvolti.",
     ":34:5: warning: takeaway says 'Sette paesi' but the country list has 6 countries"),
    (AMAZON, "  - Os oito países da OTCA assinaram", "  - Nove países assinaram",
     ":31:5: warning: takeaway says 'Nove países' but the country list has 8 countries"),
    # A day, or a time, the timeline gives otherwise than the prose; the title in the present
    # ("frappe", "vara"), the prose in the past ("a frappé", "ha varato").
    # The dek dates the quake too, in the clause of its magnitude, whatever toll follows.
    (QUAKE, "  - date: 2023-09-08 23:11 +01:00\n", "  - date: 2023-09-09 23:11 +01:00\n",
     (":5:74: warning: the dek gives 8 septembre 2023, but the timeline dates 'Un séisme de "
      "magnitude 6,8 frappe le Haut Atlas' 2023-09-09",
      ":14:62: warning: section 'summary' gives 8 septembre 2023, but the timeline dates 'Un "
      "séisme de magnitude 6,8 frappe le Haut Atlas' 2023-09-09")),
    (QUAKE, "  - date: 2023-09-08 23:11 +01:00\n", "  - date: 2023-09-08 22:11 +01:00\n",
     ":14:81: warning: section 'summary' gives 23 h 11, but the timeline times 'Un séisme de "
     "magnitude 6,8 frappe le Haut Atlas' 2023-09-08 22:11+01:00"),
    (MIGRATION, "  - date: 2024-02-08\n", "  - date: 2024-02-09\n",
     ":15:44: warning: section 'summary' gives 8 de febrero de 2024, but the timeline dates"),
    (GAS, "  - date: 2022-12-17\n", "  - date: 2022-12-21\n",
     ":59:4: warning: section 'prose' gives 17. Dezember 2022, but the timeline dates 'Das "
     "erste LNG-Terminal in Wilhelmshaven geht in Betrieb' 2022-12-21"),
    (WRECK, "  - date: 2023-03-09\n", "  - date: 2023-03-08\n",
     ":34:8: warning: a takeaway gives 9 marzo, but the timeline dates 'Il Consiglio dei "
     "ministri si riunisce a Cutro e vara il decreto' 2023-03-08"),
    (WRECK, "partite da Smirne il 22 febbraio", "partite da Smirne il 21 febbraio",
     ":32:61: warning: a takeaway gives 21 febbraio, but the timeline dates 'Il caicco parte "
     "da Smirne con circa 180 persone a bordo' 2023-02-22"),
]


@pytest.mark.parametrize(("story", "written", "slip", "warning"), SLIPS)
def test_a_slip_in_a_story_is_warned_about_at_its_place(
        tmp_path: Path, story: str, written: str, slip: str, warning: str | tuple[str, ...]
) -> None:
    assert_slip_warned(tmp_path, STORIES / story, written, slip, warning)
