"""Words of India's Brahmic scripts in Latin letters as their readers spell them, in the
names of tag pages and the ids of headings: राहत is rahat, not raht; ಕರ್ನಾಟಕ karnataka, not
krnatk."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from explainer.content.spelling.latin import slugify

from .helpers import run_cli, soup


def story(language: str, tags: str, heading: str, subheading: str) -> str:
    """Return an explainer in a language, with tags, a prose section's heading and a heading
    in its text."""
    return (f"---\ntitle: T\ndek: D.\npublished: 2024-05-01\nlanguage: {language}\n"
            f"tags: [{tags}]\n---\n\n--- prose\nheading: {heading}\n---\nपाठ.\n\n"
            f"## {subheading}\n\nपाठ.\n")


@pytest.mark.parametrize(("text", "slug"), [
    # Hindi: the a a consonant says, and the one Hindi leaves unsaid (समझना is samajhna)
    ("राहत कैसे पहुंच रही है", "rahat-kaise-pahunch-rahi-hai"),
    ("आपदा प्रबंधन", "apda-prabandhan"), ("असम", "asam"), ("सरकार", "sarkar"),
    ("जनता", "janta"), ("समझना", "samajhna"), ("बदलना", "badalna"), ("संगठन", "sangathan"),
    ("संबंध", "sambandh"), ("भारतीय", "bhartiya"), ("राष्ट्रीय", "rashtriya"),
    ("ज्ञान", "gyan"), ("क़ानून और ज़मीन", "qanun-aur-zamin"), ("छत्तीसगढ़", "chhattisgarh"),
    ("दुःख", "duhkh"), ("कृषि", "krishi"), ("भूकंप २०२५", "bhukamp-2025"), ("न", "na"),
    # Marathi
    ("महाराष्ट्र", "maharashtra"), ("मुंबईत पाऊस", "mumbait-paus"), ("निवडणूक", "nivadnuk"),
    ("पुणे", "pune"),
    # Nepali
    ("नेपाल", "nepal"), ("पहिरो", "pahiro"), ("निर्वाचन आयोग", "nirvachan-ayog"),
])
def test_devanagari_is_written_as_its_readers_spell_it(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(("text", "language", "slug"), [
    # Bengali: a last a said after two consonants, য as j, ং as ng, the khanda ta
    ("ঢাকায় বন্যা পরিস্থিতি", "bn", "dhakay-banya-paristhiti"), ("বাংলাদেশ", "bn", "bangladesh"),
    ("ভূমিকম্প", "bn", "bhumikampa"), ("যুদ্ধ", "bn", "juddha"), ("কলকাতা", "bn", "kalkata"),
    ("হঠাৎ", "bn", "hathat"), ("চাঁদ", "bn", "chand"),
    # Punjabi: the tippi and the bindi, the addak (ਵਿੱਚ vich, ਪੱਕਾ pakka), nukta letters
    ("ਪੰਜਾਬ ਵਿੱਚ ਹੜ੍ਹ", "pa", "panjab-vich-harh"), ("ਪੱਕਾ", "pa", "pakka"),
    ("ਚੰਡੀਗੜ੍ਹ", "pa", "chandigarh"), ("ਸ਼ਹਿਰ", "pa", "shahir"), ("ਖ਼ਬਰ", "pa", "khabar"),
    ("ਗਾਂ", "pa", "gan"),
    # Gujarati: a word's last a unsaid, the others said
    ("ગુજરાત ચૂંટણી", "gu", "gujarat-chuntani"), ("પાણી", "gu", "pani"),
    # Odia
    ("ଓଡ଼ିଶା ବନ୍ୟା", "or", "odisha-banya"), ("ଯାତ୍ରା", "or", "jatra"),
    # Tamil: no letters of its own for g, j, d, b; ழ as in Tamil
    ("தமிழ்நாடு வெள்ளம்", "ta", "tamilnadu-vellam"), ("என்று", "ta", "endru"),
    ("வெற்றி", "ta", "vetri"), ("கார்த்திக்", "ta", "karthik"), ("பட்டு", "ta", "pattu"),
    ("முதலமைச்சர் ஸ்டாலின்", "ta", "muthalamaichar-stalin"),
    # Telugu and Kannada: every a said
    ("తెలంగాణ ఎన్నికలు", "te", "telangana-ennikalu"), ("హైదరాబాద్", "te", "haidarabad"),
    ("ಕರ್ನಾಟಕ ಚುನಾವಣೆ", "kn", "karnataka-chunavane"), ("ಬೆಂಗಳೂರು", "kn", "bengaluru"),
    # Malayalam: ഴ zh, ത th, the chillus, കൊച്ചി kochi
    ("മഴക്കെടുതി കേരളം", "ml", "mazhakkeduthi-keralam"), ("ആലപ്പുഴ", "ml", "alappuzha"),
    ("തിരുവനന്തപുരം", "ml", "thiruvananthapuram"), ("കൊച്ചി", "ml", "kochi"),
    ("എന്റെ", "ml", "ente"), ("അവൻ", "ml", "avan"), ("കുമ്പളങ്ങി", "ml", "kumbalangi"),
    # Devanagari by its language: Nepali says a last a after two consonants, Hindi does not
    ("भूकम्प", "ne", "bhukampa"), ("भूकम्प", "hi", "bhukamp"), ("शेतकरी", "mr", "shetkari"),
    # ज्ञ as each language says it
    ("ज्ञान", "hi", "gyan"), ("ज्ञानेश्वर", "mr", "dnyaneshvar"), ("જ્ઞાન", "gu", "gnan"),
    ("फिर", "hi", "phir"), ("बालकनी", "hi", "balkani"),
    # A language of another script, or none: the script's most common one's rules
    ("ಕರ್ನಾಟಕ", "en", "karnataka"), ("ગુજરાત", "", "gujarat"), ("भूकम्प", "ta", "bhukamp"),
    ("Tamil Nadu: தமிழ்நாடு", "en-IN", "tamil-nadu-tamilnadu"),
    # A joiner of another script's word (Persian's) beside them is left to it
    ("भूकम्प می\u200cخواهم", "fa", "bhukamp-mykhwhm"),
])
def test_each_script_is_written_as_its_language_says_it(text: str, language: str,
                                                       slug: str) -> None:
    assert slugify(text, language) == slug


def test_hindi_marathi_and_nepali_pages_name_tags_and_headings_by_their_sounds(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "site.yml": "title: Desk\nlanguage: hi\n",
        "content/rahat.md": story("hi", "असम, आपदा प्रबंधन", "राहत कैसे पहुंच रही है", "सरकार"),
        "content/paus.md": story("mr", "महाराष्ट्र", "मुंबईत पाऊस", "निवडणूक"),
        "content/pahiro.md": story("ne", "नेपाल", "पहिरो", "निर्वाचन आयोग")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    # Latin letters do not spell Devanagari one for one (ā and a are both a): a short hash
    # of the tag follows its name, as docs/output.md says.
    pages = {path.relative_to(out).as_posix() for path in out.glob("**/tags/*.html")}
    assert {re.sub("-[0-9a-f]{8}", "-#", page) for page in pages} == {
        "tags/index.html", "tags/asam-#.html", "tags/apda-prabandhan-#.html",
        "mr/tags/index.html", "mr/tags/maharashtra-#.html",
        "ne/tags/index.html", "ne/tags/nepal-#.html"}
    for page, section, heading in (("rahat.html", "rahat-kaise-pahunch-rahi-hai", "sarkar"),
                                   ("mr/paus.html", "mumbait-paus", "nivadnuk"),
                                   ("ne/pahiro.html", "pahiro", "nirvachan-ayog")):
        html = soup(out / page)
        assert html.select_one(f"section#{section}") is not None, page
        assert html.select_one(f"section#{section} [id={heading}]") is not None, page


def test_tamil_bengali_and_nepali_pages_name_tags_and_headings_by_their_language(
        make_site: Callable[..., Path]) -> None:
    root = make_site({
        "site.yml": "title: Desk\nlanguage: hi\n",
        "content/bhukamp.md": story("hi", "भूकम्प", "राहत", "सरकार"),
        "content/vellam.md": story("ta", "தமிழ்நாடு, ಕರ್ನಾಟಕ", "தமிழ்நாடு வெள்ளம்", "என்று"),
        "content/banya.md": story("bn", "বাংলাদেশ, ভূমিকম্প", "ঢাকায় বন্যা পরিস্থিতি", "যুদ্ধ"),
        "content/bhukampa.md": story("ne", "भूकम्प", "भूकम्प", "निर्वाचन आयोग")})
    out = root / "public"
    result = run_cli("build", "--root", root, "--output", out)
    assert result.returncode == 0, result.stderr
    pages = {path.relative_to(out).as_posix() for path in out.glob("**/tags/*.html")}
    assert {re.sub("-[0-9a-f]{8}", "-#", page) for page in pages} == {
        "tags/index.html", "tags/bhukamp-#.html",
        "ta/tags/index.html", "ta/tags/tamilnadu-#.html", "ta/tags/karnataka-#.html",
        "bn/tags/index.html", "bn/tags/bangladesh-#.html", "bn/tags/bhumikampa-#.html",
        "ne/tags/index.html", "ne/tags/bhukampa-#.html"}
    for page, section, heading in (("ta/vellam.html", "tamilnadu-vellam", "endru"),
                                   ("bn/banya.html", "dhakay-banya-paristhiti", "juddha"),
                                   ("ne/bhukampa.html", "bhukampa", "nirvachan-ayog")):
        html = soup(out / page)
        assert html.select_one(f"section#{section}") is not None, page
        assert html.select_one(f"section#{section} [id={heading}]") is not None, page
