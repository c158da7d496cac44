"""Greek, Cyrillic, Armenian and Georgian words in Latin letters as their readers spell them, in
the names of tag pages and the ids of headings: Αυγούστου is avgoustou, not aygoystoy; Лозница
in Serbian is loznica, not loznitsa; Київ in Ukrainian kyiv, not kiiv."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.spelling.latin import slugify

from .helpers import run_cli, soup


@pytest.mark.parametrize(("text", "language", "slug"), [
    # Greek, by ELOT 743: αυ, ευ as av, ev before a vowel or a voiced consonant, af, ef
    # before a voiceless one; ου as ou; μπ at a word's start as b, within it as mp, after an
    # accented vowel too; γγ as ng
    ("Ευρωπαϊκή Ένωση", "el", "evropaiki-enosi"), ("Αυγούστου", "el", "avgoustou"),
    ("Αυτοκίνητο", "el", "aftokinito"), ("Εύβοια", "el", "evvoia"), ("ναύτης", "el", "naftis"),
    ("ΕΥΡΩΠΗ", "el", "evropi"), ("Μπαράζ", "el", "baraz"), ("Άγγελος", "el", "angelos"),
    ("Τέμπη", "el", "tempi"), ("Λάμπρος", "el", "lampros"), ("ΚΟΜΠΟΣ", "el", "kompos"),
    ("Τι συνέβη στην Αττική;", "el", "ti-synevi-stin-attiki"),
    # a diaeresis, or a tonos on the first vowel, parts the two
    ("προϋπόθεση", "el", "proypothesi"), ("άυλος", "el", "aylos"),
    # Greek is spelt so in any explainer's language
    ("Λέσβος και Χίος", "en", "lesvos-kai-chios"),
    # Serbian, by its Latin alphabet, its accents left out as every slug leaves them
    ("Шта траже демонстранти?", "sr", "sta-traze-demonstranti"),
    ("Животна средина", "sr", "zivotna-sredina"), ("Лозница", "sr", "loznica"),
    ("Ђоковић", "sr", "djokovic"), ("Џамија", "sr", "dzamija"), ("Хлеб", "sr-Cyrl-RS", "hleb"),
    # other Cyrillic as before
    ("Лозница", "ru", "loznitsa"), ("Что будет", "ru", "chto-budet"),
])
def test_greek_and_serbian_are_written_as_their_readers_spell_them(text: str, language: str,
                                                                   slug: str) -> None:
    assert slugify(text, language) == slug


def story(language: str, tags: str, heading: str, subheading: str) -> str:
    """Return an explainer in a language, with tags, a prose section's heading and a heading
    in its text."""
    return (f"---\ntitle: T\ndek: D.\npublished: 2024-05-01\nlanguage: {language}\n"
            f"tags: [{tags}]\n---\n\n--- prose\nheading: {heading}\n---\nText.\n\n"
            f"## {subheading}\n\nText.\n")


def test_greek_and_serbian_pages_name_tags_and_headings_as_their_readers_spell_them(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "site.yml": "title: Desk\nlanguage: el\n",
        "content/fotia.md": story("el", "Ευρωπαϊκή Ένωση, Εύβοια, Τέμπη", "Τι συνέβη τον Αύγουστο;",
                                  "Οι εκκενώσεις"),
        "content/litijum.md": story("sr", "Животна средина, Лозница", "Шта траже демонстранти?",
                                    "Одговор владе")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    pages = {path.relative_to(out).as_posix() for path in out.glob("**/tags/*.html")}
    assert pages == {"tags/index.html", "tags/evropaiki-enosi.html", "tags/evvoia.html",
                     "tags/tempi.html", "sr/tags/index.html", "sr/tags/zivotna-sredina.html",
                     "sr/tags/loznica.html"}
    for page, section, heading in (("fotia.html", "ti-synevi-ton-avgousto", "oi-ekkenoseis"),
                                   ("sr/litijum.html", "sta-traze-demonstranti",
                                    "odgovor-vlade")):
        html = soup(out / page)
        assert html.select_one(f"section#{section}") is not None, page
        assert html.select_one(f"section#{section} [id={heading}]") is not None, page


@pytest.mark.parametrize(("text", "language", "slug"), [
    # Ukrainian, by the table of 2010: и is y, г h, ї i; Є Ї Й Ю Я at a word's start ye yi y yu
    # ya; зг zgh; the apostrophe and the soft sign not written
    ("Київ і Харків: що далі", "uk", "kyiv-i-kharkiv-shcho-dali"),
    ("Жовква, Ґорґани, Їжак, Євген", "uk", "zhovkva-gorgany-yizhak-yevhen"),
    ("Юрій Яковенко, Йосипівка", "uk", "yurii-yakovenko-yosypivka"),
    ("Знам'янка", "uk", "znamianka"), ("Мар’їне", "uk", "marine"), ("Згорани", "uk", "zghorany"),
    ("Вінниця", "uk-UA", "vinnytsia"), ("ЄВРОПА", "uk", "yevropa"),
    # Bulgarian, by the Streamlined System: ъ is a, щ sht, ия at a word's end ia
    ("ъгъл", "bg", "agal"), ("Щастие", "bg", "shtastie"), ("България", "bg", "balgaria"),
    ("Ямбол и Русе", "bg", "yambol-i-ruse"), ("Ия", "bg", "ia"), ("Биляна", "bg", "bilyana"),
    # Belarusian, by BGN/PCGN: г is h, ў w, е ye, ё yo, х kh
    ("Гродна і Магілёў", "be", "hrodna-i-mahilyow"), ("Лукашэнка", "be", "lukashenka"),
    ("Віцебск", "be", "vitsyebsk"), ("сям'я", "be", "syamya"),
    # Macedonian, by its official system: ѓ gj, ќ kj, џ dzh, ѕ dz, ц c
    ("Ѓорче Петров", "mk", "gjorche-petrov"), ("Ќерка", "mk", "kjerka"),
    ("Џамија", "mk", "dzhamija"), ("Ѕвезда", "mk", "dzvezda"), ("Кочани", "mk", "kochani"),
    ("Цветан", "mk", "cvetan"), ("Љубљана и Њујорк", "mk", "ljubljana-i-njujork"),
    # Kazakh, by its Latin alphabet of 2021, its marked letters unmarked
    ("Қазақстан", "kk", "qazaqstan"), ("Жаңаөзен", "kk", "janaozen"),
    ("Ақтөбе", "kk", "aqtobe"), ("Үкімет", "kk", "ukimet"),
    # Mongolian, by MNS 5217:2012: ж is j, х kh, ө ö, ү ü
    ("Улаанбаатар", "mn", "ulaanbaatar"), ("Хөвсгөл", "mn", "khovsgol"),
    ("Жаргал", "mn", "jargal"), ("Үндсэн хууль", "mn", "undsen-khuuli"),
    # Armenian, by BGN/PCGN without apostrophes: ե and և at a word's start or after a vowel
    # ye and yev, ո at a word's start vo, ու u; so in any language but Western Armenian
    ("Երևան", "hy", "yerevan"), ("Երեւան", "hy", "yerevan"), ("Հայաստան", "hy", "hayastan"),
    ("Ոսկան", "hy", "voskan"), ("Գյումրի", "hy", "gyumri"), ("Ուրարտու", "hy", "urartu"),
    ("Եղեգնաձոր և Վանաձոր", "hy", "yeghegnadzor-yev-vanadzor"), ("Երևան", "en", "yerevan"),
    ("Երևան", "hyw", "erewan"),
    # Georgian, by the national system of 2002 without apostrophes, in any case
    ("საქართველო", "ka", "sakartvelo"), ("თბილისი და ქუთაისი", "ka", "tbilisi-da-kutaisi"),
    ("ჭიათურა", "ka", "chiatura"), ("ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ", "ka", "sakartvelo"),
    # Russian, and Cyrillic in a language with no romanisation of its own, as before
    ("Київ", "ru", "kiiv"), ("Щастие", "ru", "shchastie"), ("Хөвсгөл", "en", "khovsgol"),
    ("Жаргал", "en", "zhargal"),
])
def test_other_languages_are_written_by_their_own_standards(text: str, language: str,
                                                             slug: str) -> None:
    assert slugify(text, language) == slug


# Each language's explainer: its slug, a tag and its page, a section's heading and its id, and
# a heading in its text and its id. Armenian and Georgian tags are followed by a hash, as any
# tag in a script Latin letters do not spell one for one.
STORIES = [
    ("uk", "kyiv", "Київ", "kyiv", "Що далі для Харкова?", "shcho-dali-dlia-kharkova",
     "Їжак і Євген", "yizhak-i-yevhen"),
    ("bg", "sofia", "Щит", "shtit", "Какво се случи в България", "kakvo-se-sluchi-v-balgaria",
     "Ъгъл", "agal"),
    ("be", "minsk", "Гродна", "hrodna", "Што будзе з Магілёвам", "shto-budzye-z-mahilyovam",
     "Адказ", "adkaz"),
    ("mk", "skopje", "Ѓорче Петров", "gjorche-petrov", "Џамијата во Кичево",
     "dzhamijata-vo-kichevo", "Ќерката", "kjerkata"),
    ("kk", "almaty", "Қазақстан", "qazaqstan", "Жаңаөзен оқиғасы", "janaozen-oqigasy",
     "Ақтөбе", "aqtobe"),
    ("mn", "ulaanbaatar", "Хөвсгөл", "khovsgol", "Жаргалант сум", "jargalant-sum",
     "Үндсэн хууль", "undsen-khuuli"),
    ("hy", "yerevan", "Երևան", "yerevan-", "Ինչ է սպասվում Երևանում", "inch-e-spasvum-yerevanum",
     "Ոսկան", "voskan"),
    ("ka", "tbilisi", "საქართველო", "sakartvelo-", "რა ხდება თბილისში", "ra-khdeba-tbilisshi",
     "ქუთაისი", "kutaisi"),
]


def test_pages_in_these_languages_name_tags_and_headings_by_their_standards(
        make_site: Callable[..., Path]) -> None:
    root = make_site({"site.yml": "title: Desk\nlanguage: en\n", **{
        f"content/{slug}.md": story(language, tag, heading, subheading)
        for language, slug, tag, _, heading, _, subheading, _ in STORIES}})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    for language, slug, _, page, _, section, _, heading in STORIES:
        tags = {path.stem for path in (out / language / "tags").glob("*.html")} - {"index"}
        assert len(tags) == 1 and next(iter(tags)).startswith(page), (language, tags)
        if not page.endswith("-"):
            assert tags == {page}, language
        html = soup(out / language / f"{slug}.html")
        assert html.select_one(f"section#{section}") is not None, language
        assert html.select_one(f"section#{section} [id={heading}]") is not None, language


@pytest.mark.parametrize(("site", "title", "file"), [
    ("uk", "Київ і Харків: що далі", "kyiv-i-kharkiv-shcho-dali.md"),
    ("bg", "Какво следва за България", "kakvo-sledva-za-balgaria.md"),
    ("ka", "რა ხდება თბილისში", "ra-khdeba-tbilisshi.md"),
])
def test_a_new_draft_in_these_languages_is_named_by_their_standards(
        make_site: Callable[..., Path], site: str, title: str, file: str) -> None:
    root = make_site({"site.yml": f"title: Desk\nlanguage: {site}\n"})
    result = run_cli("new", title, "--root", root)
    assert result.returncode == 0, result.stderr
    assert (root / "content" / file).is_file(), result.stdout


def test_tags_their_language_spells_apart_have_pages_of_their_own_and_no_warning(
        make_site: Callable[..., Path]) -> None:
    # Ukrainian и is y and і i: a whale (Кит) is not a cat (Кіт), though Russian's letters
    # would spell both kit.
    root = make_site({"site.yml": "title: Desk\nlanguage: uk\n",
                      "content/kyt.md": story("uk", "Кит", "Кит", "Море"),
                      "content/kit.md": story("uk", "Кіт", "Кіт", "Дім")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    assert "shares its page" not in result.stderr
    assert {path.name for path in (out / "tags").glob("*.html")} == {"index.html", "kyt.html",
                                                                    "kit.html"}
