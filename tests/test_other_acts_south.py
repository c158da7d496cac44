"""A bound, a report or a plan beside a day is not the event's day, in Arabic, Hebrew,
Persian, Urdu, Hindi, Bengali, Swahili, Vietnamese, Thai and Amharic.

Beside the timeline's "First Kenyan police arrive in Port-au-Prince" (25 June), each story,
built by the command line, says in its language what a newsroom writes: a sentence of "not"
gives a bound, the day of a report or of a plan, or of another act, and is not warned of; each
sentence of "event" gives the arrival another day and is, though it may hold a word that
begins like one of those ("Mwanza", "אמריקאים", "कहां").
"""

from __future__ import annotations

import pytest

from .helpers import run_cli, write_project
from .test_cjk_dates import day_warnings, story

ARRIVE = "2024-06-25"
# By language: the event's title; sentences that give no day of it; sentences that give it one
# the timeline does not.
STORIES: dict[str, tuple[str, list[str], list[str]]] = {
    "ar": ("أول عناصر الشرطة الكينية تصل إلى بورت أو برنس", [
        "منذ 26 يونيو، تصل عناصر الشرطة الكينية تباعا إلى بورت أو برنس.",
        "اعتبارا من 1 يوليو، وصل نحو 400 من عناصر الشرطة الكينية إلى بورت أو برنس.",
        "في 26 يونيو، أعلن روتو أن أول عناصر الشرطة الكينية تصل إلى بورت أو برنس.",
        "وقالت الحكومة في 27 يونيو إن أول عناصر الشرطة الكينية وصلت إلى بورت أو برنس.",
        "من المقرر أن تصل أول عناصر الشرطة الكينية إلى بورت أو برنس في 27 يونيو.",
        "في 26 يونيو، بدأت عناصر الشرطة الكينية دورياتها في بورت أو برنس.",
    ], [
        "وصلت أول عناصر الشرطة الكينية إلى بورت أو برنس في 26 يونيو.",
        "في 24 يونيو 2024، وصلت أول عناصر الشرطة الكينية إلى بورت أو برنس.",
    ]),
    "he": ("השוטרים הקנייתים הראשונים מגיעים לפורט או פרנס", [
        "מאז ה-26 ביוני מגיעים השוטרים הקנייתים הראשונים לפורט או פרנס.",
        "נכון ל-1 ביולי, השוטרים הקנייתים הראשונים מגיעים לפורט או פרנס מדי שבוע.",
        "ב-26 ביוני הודיע רוטו כי השוטרים הקנייתים הראשונים מגיעים לפורט או פרנס.",
        "השוטרים הקנייתים הראשונים מגיעים לפורט או פרנס, אמרה הממשלה ב-27 ביוני.",
        "השוטרים הקנייתים הראשונים צפויים להגיע לפורט או פרנס ב-27 ביוני.",
        "ב-26 ביוני החלו השוטרים הקנייתים הראשונים לסייר בפורט או פרנס.",
    ], [
        "השוטרים הקנייתים הראשונים הגיעו לפורט או פרנס ב-26 ביוני.",
        "השוטרים הקנייתים הראשונים, בליווי יועצים אמריקאים, הגיעו לפורט או פרנס ב-24 ביוני "
        "2024.",
    ]),
    "fa": ("نخستین نیروهای پلیس کنیا به پورتو پرنس می‌رسند", [
        "از ۲۶ ژوئن، نخستین نیروهای پلیس کنیا به پورتو پرنس می‌رسند.",
        "تا ۱ ژوئیه، حدود ۴۰۰ نیروی پلیس کنیا به پورتو پرنس رسیده بودند.",
        "روتو روز ۲۶ ژوئن اعلام کرد که نخستین نیروهای پلیس کنیا به پورتو پرنس رسیده‌اند.",
        "دولت کنیا روز ۲۷ ژوئن گفت نخستین نیروهای پلیس کنیا به پورتو پرنس رسیده‌اند.",
        "قرار است نخستین نیروهای پلیس کنیا روز ۲۷ ژوئن به پورتو پرنس برسند.",
        "نیروهای پلیس کنیا روز ۲۶ ژوئن گشت‌زنی در پورتو پرنس را آغاز کردند.",
    ], [
        "نخستین نیروهای پلیس کنیا روز ۲۶ ژوئن به پورتو پرنس رسیدند.",
        "در ۲۴ ژوئن ۲۰۲۴، پس از گفت‌وگو با روتو، نخستین نیروهای پلیس کنیا به پورتو پرنس "
        "رسیدند.",
    ]),
    "ur": ("کینیا کی پولیس کا پہلا دستہ پورٹ او پرنس پہنچ گیا", [
        "26 جون سے کینیا کی پولیس کا پہلا دستہ پورٹ او پرنس میں گشت کر رہا ہے۔",
        "1 جولائی تک کینیا کی پولیس کے تقریباً 400 اہلکار پورٹ او پرنس پہنچ گئے تھے۔",
        "26 جون کو روٹو نے اعلان کیا کہ کینیا کی پولیس کا پہلا دستہ پورٹ او پرنس پہنچ گیا۔",
        "حکومت نے 27 جون کو بتایا کہ کینیا کی پولیس کا پہلا دستہ پورٹ او پرنس پہنچ گیا ہے۔",
        "توقع ہے کہ کینیا کی پولیس کا پہلا دستہ 27 جون کو پورٹ او پرنس پہنچے گا۔",
    ], [
        "کینیا کی پولیس کا پہلا دستہ 26 جون کو پورٹ او پرنس پہنچ گیا۔",
        "24 جون 2024 کو کینیا کی پولیس کا پہلا دستہ پورٹ او پرنس پہنچ گیا۔",
    ]),
    "hi": ("केन्या पुलिस का पहला दल पोर्ट-ओ-प्रिंस पहुंचा", [
        "26 जून से केन्या पुलिस का पहला दल पोर्ट-ओ-प्रिंस में गश्त कर रहा है।",
        "1 जुलाई तक केन्या पुलिस के लगभग 400 जवान पोर्ट-ओ-प्रिंस पहुंच चुके थे।",
        "26 जून को रूटो ने घोषणा की कि केन्या पुलिस का पहला दल पोर्ट-ओ-प्रिंस पहुंचा।",
        "सरकार ने 27 जून को बताया कि केन्या पुलिस का पहला दल पोर्ट-ओ-प्रिंस पहुंचा है।",
        "केन्या पुलिस के पहले दल के 27 जून को पोर्ट-ओ-प्रिंस पहुंचने की उम्मीद थी।",
        "26 जून को केन्या पुलिस ने पोर्ट-ओ-प्रिंस में गश्त शुरू की।",
    ], [
        "केन्या पुलिस का पहला दल 26 जून को पोर्ट-ओ-प्रिंस पहुंचा।",
        "केन्या पुलिस का पहला दल 24 जून 2024 को पोर्ट-ओ-प्रिंस पहुंचा, कहां से वह सीधे "
        "हवाई अड्डे गया।",
    ]),
    "bn": ("কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে পৌঁছাল", [
        "২৬ জুন থেকে কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে টহল দিচ্ছে।",
        "১ জুলাই পর্যন্ত কেনিয়ার পুলিশের প্রায় ৪০০ সদস্য পোর্ট-অ-প্রিন্সে পৌঁছেছেন।",
        "২৬ জুন রুটো ঘোষণা করেন যে কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে পৌঁছেছে।",
        "সরকার ২৭ জুন জানায়, কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে পৌঁছেছে।",
        "কেনিয়ার পুলিশের প্রথম দলের ২৭ জুন পোর্ট-অ-প্রিন্সে পৌঁছানোর কথা ছিল।",
        "২৬ জুন কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে টহল শুরু করে।",
    ], [
        "কেনিয়ার পুলিশের প্রথম দল ২৬ জুন পোর্ট-অ-প্রিন্সে পৌঁছায়।",
        "২৪ জুন ২০২৪ কেনিয়ার পুলিশের প্রথম দল পোর্ট-অ-প্রিন্সে পৌঁছায়।",
    ]),
    "sw": ("Polisi wa kwanza wa Kenya wawasili Port-au-Prince", [
        "Tangu tarehe 26 Juni, polisi wa kwanza wa Kenya wanashika doria Port-au-Prince.",
        "Kufikia tarehe 1 Julai, polisi wa kwanza wa Kenya walikuwa wamewasili Port-au-Prince.",
        "Tarehe 26 Juni, Rais Ruto alitangaza kwamba polisi wa kwanza wa Kenya wamewasili "
        "Port-au-Prince.",
        "Polisi wa kwanza wa Kenya wamewasili Port-au-Prince, serikali ilisema tarehe 27 Juni.",
        "Polisi wa kwanza wa Kenya walitarajiwa kuwasili Port-au-Prince tarehe 27 Juni.",
        "Tarehe 26 Juni, polisi wa kwanza wa Kenya walianza doria Port-au-Prince.",
    ], [
        "Polisi wa kwanza wa Kenya waliwasili Port-au-Prince tarehe 26 Juni.",
        "Tarehe 24 Juni 2024, polisi wa kwanza wa Kenya waliwasili Port-au-Prince kutoka "
        "Mwanza.",
    ]),
    "vi": ("Cảnh sát Kenya đầu tiên đến Port-au-Prince", [
        "Từ ngày 26 tháng 6, cảnh sát Kenya đầu tiên tuần tra tại Port-au-Prince.",
        "Tính đến ngày 1 tháng 7, khoảng 400 cảnh sát Kenya đã đến Port-au-Prince.",
        "Ngày 26 tháng 6, ông Ruto thông báo cảnh sát Kenya đầu tiên đã đến Port-au-Prince.",
        "Chính phủ cho biết ngày 27 tháng 6 rằng cảnh sát Kenya đầu tiên đã đến Port-au-Prince.",
        "Cảnh sát Kenya đầu tiên dự kiến đến Port-au-Prince vào ngày 27 tháng 6.",
        "Ngày 26 tháng 6, cảnh sát Kenya đầu tiên bắt đầu tuần tra Port-au-Prince.",
    ], [
        "Cảnh sát Kenya đầu tiên đến Port-au-Prince vào ngày 26 tháng 6.",
        "Ngày 24 tháng 6 năm 2024, cảnh sát Kenya đầu tiên đến Port-au-Prince.",
    ]),
    "th": ("ตำรวจเคนยาชุดแรก เดินทางถึงกรุงปอร์โตแปรงซ์", [
        "ตั้งแต่วันที่ 26 มิถุนายน ตำรวจเคนยาชุดแรก เดินทางถึงกรุงปอร์โตแปรงซ์ ทุกสัปดาห์",
        "เมื่อวันที่ 26 มิถุนายน ประธานาธิบดีรูโตประกาศว่า ตำรวจเคนยาชุดแรก "
        "เดินทางถึงกรุงปอร์โตแปรงซ์ แล้ว",
        "ตำรวจเคนยาชุดแรก มีกำหนด เดินทางถึงกรุงปอร์โตแปรงซ์ ในวันที่ 27 มิถุนายน",
    ], [
        "ตำรวจเคนยาชุดแรก เดินทางถึงกรุงปอร์โตแปรงซ์ เมื่อวันที่ 26 มิถุนายน",
        "ตำรวจเคนยาชุดแรก เดินทางถึงกรุงปอร์โตแปรงซ์ เมื่อวันที่ 24 มิถุนายน 2567",
    ]),
    "am": ("የመጀመሪያው የኬንያ ፖሊስ ቡድን ፖርት-ኦ-ፕሪንስ ደረሰ", [
        "ከ 26 ጁን ጀምሮ የመጀመሪያው የኬንያ ፖሊስ ቡድን ፖርት-ኦ-ፕሪንስ ውስጥ እየተዘዋወረ ነው።",
        "እስከ 1 ጁላይ ድረስ የኬንያ ፖሊስ ቡድን አባላት ፖርት-ኦ-ፕሪንስ ደርሰዋል።",
        "ሩቶ 26 ጁን የመጀመሪያው የኬንያ ፖሊስ ቡድን ፖርት-ኦ-ፕሪንስ መድረሱን አስታውቀዋል።",
        "የመጀመሪያው የኬንያ ፖሊስ ቡድን 27 ጁን ፖርት-ኦ-ፕሪንስ ይደርሳል ተብሎ ይጠበቅ ነበር።",
    ], [
        "የመጀመሪያው የኬንያ ፖሊስ ቡድን 26 ጁን ፖርት-ኦ-ፕሪንስ ደረሰ።",
        "የመጀመሪያው የኬንያ ፖሊስ ቡድን 24 ጁን 2024 ፖርት-ኦ-ፕሪንስ ደረሰ።",
    ]),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Check every story once; return what the check wrote on its standard error, where each
    warning is listed in full."""
    files = {}
    for language, (title, others, wrong) in STORIES.items():
        for name, sentences in (("not", others), ("event", wrong)):
            files[f"content/{language}-{name}.md"] = story(
                language, ((ARRIVE, title),), sentences, [])[0]
    root = write_project(tmp_path_factory.mktemp("south") / "site", files)
    result = run_cli("check", "--root", root)
    assert result.returncode == 0, result.stderr
    return result.stderr


@pytest.mark.parametrize("language", list(STORIES))
def test_a_bound_a_report_or_a_plan_is_no_warning(built: str, language: str) -> None:
    assert day_warnings(built, f"{language}-not") == []


@pytest.mark.parametrize("language", list(STORIES))
def test_a_day_the_event_is_given_otherwise_is_still_warned_of(built: str,
                                                                language: str) -> None:
    title, _, wrong = STORIES[language]
    found = day_warnings(built, f"{language}-event")
    assert [sentence for _, sentence in found] == wrong
    assert all(f"the timeline dates '{title}' {ARRIVE}" in line for line, _ in found)
