"""A day that bounds a time, or is another act's, is no day of the event, in Russian,
Ukrainian, Polish, Czech, Romanian, Greek, Hungarian, Finnish, Turkish, Swedish, Danish and
Norwegian.

Each story is an explainer checked by the command line, its timeline dating the first Kenyan
police officers' arrival in Port-au-Prince: the sentences of "not" name the same officers and
city, and a bound ("since 27 June", "until 1 July", written before the day or after it as
each language does), the day of a report, of a plan or of a start; none is warned of. The
sentence of "event" gives the arrival another day, and is.
"""

from __future__ import annotations

import pytest

from .helpers import run_cli, write_project
from .test_cjk_dates import day_warnings, story

ARRIVE = "2024-06-25"
# By language: the event's title; sentences that give no day of it (a bound, perhaps two; a
# report; a plan; a start); those that give it a day the timeline does not, among them words
# that begin as a word of another act does ("сообщества", community; "planet", the plane).
NORWEGIAN = ("De første kenyanske politifolkene ankommer til Port-au-Prince", [
    "Siden 27. juni har de første kenyanske politifolkene patruljert i Port-au-Prince.",
    "Den 27. juni kunngjorde Ruto at de første kenyanske politifolkene var kommet til "
    "Port-au-Prince.",
    "De første kenyanske politifolkene ventes å komme til Port-au-Prince den 27. juni.",
    "Den 27. juni begynte de første kenyanske politifolkene å patruljere i Port-au-Prince.",
], ["De første kenyanske politifolkene ankom til Port-au-Prince den 26. juni."])
STORIES: dict[str, tuple[str, list[str], list[str]]] = {
    "ru": ("Первые кенийские полицейские прибывают в Порт-о-Пренс", [
        "С 27 июня 2024 года первые кенийские полицейские прибывают в Порт-о-Пренс.",
        "К 1 июля первые кенийские полицейские уже прибыли в Порт-о-Пренс.",
        "27 июня Руто объявил, что первые кенийские полицейские прибыли в Порт-о-Пренс.",
        "Ожидалось, что первые кенийские полицейские прибудут в Порт-о-Пренс 27 июня.",
        "27 июня первые кенийские полицейские начали патрулировать Порт-о-Пренс.",
    ], ["Первые кенийские полицейские прибыли в Порт-о-Пренс 26 июня.",
        "При поддержке международного сообщества первые кенийские полицейские прибыли в "
        "Порт-о-Пренс 24 июня."]),
    "uk": ("Перші кенійські поліцейські прибувають до Порт-о-Пренса", [
        "Станом на 1 липня перші кенійські поліцейські вже прибули до Порт-о-Пренса.",
        "27 червня Руто оголосив, що перші кенійські поліцейські прибули до Порт-о-Пренса.",
        "Очікувалося, що перші кенійські поліцейські прибудуть до Порт-о-Пренса 27 червня.",
        "27 червня перші кенійські поліцейські розпочали патрулювання Порт-о-Пренса.",
    ], ["Перші кенійські поліцейські прибули до Порт-о-Пренса 26 червня."]),
    "pl": ("Pierwsi kenijscy policjanci przybywają do Port-au-Prince", [
        "Od 27 czerwca pierwsi kenijscy policjanci patrolują ulice Port-au-Prince.",
        "27 czerwca Ruto ogłosił, że pierwsi kenijscy policjanci przybyli do Port-au-Prince.",
        "Pierwsi kenijscy policjanci mieli przybyć do Port-au-Prince 27 czerwca.",
        "27 czerwca pierwsi kenijscy policjanci rozpoczęli patrole w Port-au-Prince.",
    ], ["Pierwsi kenijscy policjanci przybyli do Port-au-Prince 26 czerwca."]),
    "cs": ("První keňští policisté přilétají do Port-au-Prince", [
        "Od 27. června první keňští policisté hlídkují v Port-au-Prince.",
        "Dne 27. června Ruto oznámil, že první keňští policisté přiletěli do Port-au-Prince.",
        "Očekávalo se, že první keňští policisté přiletí do Port-au-Prince 27. června.",
        "Dne 27. června první keňští policisté zahájili hlídky v Port-au-Prince.",
    ], ["První keňští policisté přiletěli do Port-au-Prince 26. června."]),
    "ro": ("Primii polițiști kenyeni sosesc la Port-au-Prince", [
        "Începând cu 27 iunie, primii polițiști kenyeni patrulează în Port-au-Prince.",
        "Pe 27 iunie, Ruto a anunțat că primii polițiști kenyeni au sosit la Port-au-Prince.",
        "Primii polițiști kenyeni urmau să sosească la Port-au-Prince pe 27 iunie.",
        "Pe 27 iunie, primii polițiști kenyeni au început să patruleze în Port-au-Prince.",
    ], ["Primii polițiști kenyeni au sosit la Port-au-Prince pe 26 iunie."]),
    "el": ("Οι πρώτοι Κενυάτες αστυνομικοί φτάνουν στο Πορτ-ο-Πρενς", [
        "Από τις 27 Ιουνίου οι πρώτοι Κενυάτες αστυνομικοί περιπολούν στο Πορτ-ο-Πρενς.",
        "Στις 27 Ιουνίου ο Ρούτο ανακοίνωσε ότι οι πρώτοι Κενυάτες αστυνομικοί έφτασαν στο "
        "Πορτ-ο-Πρενς.",
        "Οι πρώτοι Κενυάτες αστυνομικοί αναμενόταν να φτάσουν στο Πορτ-ο-Πρενς στις 27 "
        "Ιουνίου.",
        "Στις 27 Ιουνίου οι πρώτοι Κενυάτες αστυνομικοί ξεκίνησαν περιπολίες στο Πορτ-ο-Πρενς.",
        "Στις 27 Ιουνίου ανακοινώθηκε ότι οι πρώτοι Κενυάτες αστυνομικοί έφτασαν στο "
        "Πορτ-ο-Πρενς.",
        "Οι πρώτοι Κενυάτες αστυνομικοί θα έφταναν στο Πορτ-ο-Πρενς στις 27 Ιουνίου.",
    ], ["Οι πρώτοι Κενυάτες αστυνομικοί έφτασαν στο Πορτ-ο-Πρενς στις 26 Ιουνίου.",
        "Οι πρώτοι Κενυάτες αστυνομικοί θα πουν ότι έφτασαν στο Πορτ-ο-Πρενς στις 24 Ιουνίου.",
        "Σχεδόν όλοι οι πρώτοι Κενυάτες αστυνομικοί έφτασαν στο Πορτ-ο-Πρενς στις 24 "
        "Ιουνίου."]),
    "hu": ("Megérkeznek az első kenyai rendőrök Port-au-Prince-be", [
        "Az első kenyai rendőrök június 27. óta járőröznek Port-au-Prince-ben.",
        "Július 1-jéig az első kenyai rendőrök mind megérkeztek Port-au-Prince-be.",
        "Június 27-től az első kenyai rendőrök járőröznek Port-au-Prince-ben.",
        "Ruto június 27-én bejelentette, hogy megérkeztek az első kenyai rendőrök "
        "Port-au-Prince-be.",
        "Az első kenyai rendőrök a tervek szerint június 27-én érkeznek meg Port-au-Prince-be.",
        "Az első kenyai rendőrök június 27-én megkezdték a járőrözést Port-au-Prince-ben.",
    ], ["Az első kenyai rendőrök június 26-án érkeztek meg Port-au-Prince-be.",
        "Az első kenyai rendőrök megerősítésként 2024. június 24-én érkeztek meg "
        "Port-au-Prince-be."]),
    "fi": ("Ensimmäiset kenialaiset poliisit saapuvat Port-au-Princeen", [
        "Ensimmäiset kenialaiset poliisit partioivat Port-au-Princessa 27. kesäkuuta alkaen.",
        "Ensimmäiset kenialaiset poliisit saapuvat Port-au-Princeen 1. heinäkuuta mennessä.",
        "Ruto ilmoitti 27. kesäkuuta, että ensimmäiset kenialaiset poliisit ovat saapuneet "
        "Port-au-Princeen.",
        "Ensimmäiset kenialaiset poliisit saapuvat suunnitelman mukaan Port-au-Princeen 27. "
        "kesäkuuta.",
        "Ensimmäiset kenialaiset poliisit aloittivat partioinnin Port-au-Princessa 27. "
        "kesäkuuta.",
    ], ["Ensimmäiset kenialaiset poliisit saapuivat Port-au-Princeen 26. kesäkuuta.",
        "Ensimmäiset kenialaiset poliisit saapuivat vahvistuksiksi Port-au-Princeen 24. "
        "kesäkuuta."]),
    "tr": ("İlk Kenyalı polisler Port-au-Prince’e varıyor", [
        "27 Haziran'dan beri ilk Kenyalı polisler Port-au-Prince'te devriye geziyor.",
        "1 Temmuz'a kadar ilk Kenyalı polisler Port-au-Prince'e vardı.",
        "Ruto 27 Haziran'da açıklama yaptı: ilk Kenyalı polisler Port-au-Prince'e vardı.",
        "Plana göre ilk Kenyalı polisler 27 Haziran'da Port-au-Prince'e varıyor.",
        "İlk Kenyalı polisler 27 Haziran'da Port-au-Prince'te devriyeye başladı.",
        "İlk Kenyalı polisler 1 Temmuz tarihine kadar Port-au-Prince'e vardı.",
        "27 Haziran tarihinden itibaren ilk Kenyalı polisler Port-au-Prince'te devriye geziyor.",
        "İlk Kenyalı polisler 27 Haziran'da Port-au-Prince'e varacaktı.",
        "İlk Kenyalı polisler 27 Haziran'da Port-au-Prince'e varacaklardı.",
    ], ["İlk Kenyalı polisler 26 Haziran'da Port-au-Prince'e vardı.",
        "Başlarında komutanları olan ilk Kenyalı polisler 24 Haziran 2024'te "
        "Port-au-Prince'e vardı."]),
    "sv": ("De första kenyanska poliserna anländer till Port-au-Prince", [
        "Sedan den 27 juni patrullerar de första kenyanska poliserna i Port-au-Prince.",
        "Den 27 juni meddelade Ruto att de första kenyanska poliserna hade anlänt till "
        "Port-au-Prince.",
        "De första kenyanska poliserna väntades anlända till Port-au-Prince den 27 juni.",
        "Den 27 juni började de första kenyanska poliserna patrullera i Port-au-Prince.",
    ], ["De första kenyanska poliserna anlände till Port-au-Prince den 26 juni.",
        "De första kenyanska poliserna anlände med planet till Port-au-Prince den 24 juni."]),
    "da": ("De første kenyanske politifolk ankommer til Port-au-Prince", [
        "Siden den 27. juni har de første kenyanske politifolk patruljeret i Port-au-Prince.",
        "Den 27. juni meddelte Ruto, at de første kenyanske politifolk var ankommet til "
        "Port-au-Prince.",
        "De første kenyanske politifolk ventedes at ankomme til Port-au-Prince den 27. juni.",
        "Den 27. juni begyndte de første kenyanske politifolk at patruljere i Port-au-Prince.",
    ], ["De første kenyanske politifolk ankom til Port-au-Prince den 26. juni."]),
    "nb": NORWEGIAN,
    "no": NORWEGIAN,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Check every story once, each sentence in an explainer of its own; return what the
    check wrote on its standard error."""
    files = {}
    for language, (title, others, wrong) in STORIES.items():
        for name, sentences in (("not", others), ("event", wrong)):
            for index, sentence in enumerate(sentences):
                files[f"content/{language}-{name}-{index}.md"] = story(
                    language, ((ARRIVE, title),), [sentence], [])[0]
    root = write_project(tmp_path_factory.mktemp("acts") / "site", files)
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("language", list(STORIES))
def test_a_day_of_another_act_or_a_bound_is_no_warning(built: str, language: str) -> None:
    _, others, _ = STORIES[language]
    warned = [sentence for index in range(len(others))
              for _, sentence in day_warnings(built, f"{language}-not-{index}")]
    assert warned == []


@pytest.mark.parametrize("language", list(STORIES))
def test_a_day_the_event_is_given_otherwise_is_still_warned_of(built: str,
                                                                language: str) -> None:
    title, _, wrong = STORIES[language]
    found = [warning for index in range(len(wrong))
             for warning in day_warnings(built, f"{language}-event-{index}")]
    assert [sentence for _, sentence in found] == wrong
    assert all(f"the timeline dates '{title}' {ARRIVE}" in line for line, _ in found)
