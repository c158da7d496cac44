"""The words of a span between two events (see spanlanguages.py) of the languages of Asia:
Vietnamese, Indonesian, Korean, Japanese, Chinese, Hindi and Persian."""

from __future__ import annotations

from ..counting.hindiwords import NUMBER_WORDS as HINDI_NUMBERS
from .spanwords import AFTER, BEFORE, SpanWords, forms

# Korean's words of a count of days in one: "이틀" (two days), "보름" (fifteen days).
KOREAN_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
               "여드레": 8, "아흐레": 9, "열흘": 10, "보름": 15}
# The particles that make a Korean word its clause's subject, object or place: "비크람은",
# "발사를", "남극에".
KOREAN_PARTICLES = ("은", "는", "이", "가", "을", "를", "에", "에서", "에게", "와", "과", "도",
                    "로", "만", "께서")
ASIA_SPANS = {
    "vi": SpanWords(
        {},
        {**forms("day", "ngày"), **forms("week", "tuần"), **forms("month", "tháng"),
         **forms("year", "năm")},
        {"sau khi": AFTER, "sau": AFTER, "kể từ khi": AFTER, "kể từ": AFTER,
         "trước khi": BEFORE, "trước": BEFORE},
        {"sau": AFTER, "sau đó": AFTER, "trước đó": BEFORE},
        ("khoảng", "gần", "chừng"), ("so với",),
        # "tháng 8 năm sau" is August of the next year, no eight years later.
        ("hơn", "chưa đầy", "chưa tới", "ít nhất", "trong", "trong vòng", "những", "các",
         "tháng", "ngày")),
    "id": SpanWords(
        {},
        {**forms("day", "hari", "sehari"), **forms("week", "minggu", "pekan", "seminggu",
                                                   "sepekan"),
         **forms("month", "bulan", "sebulan"), **forms("year", "tahun", "setahun")},
        {"setelah": AFTER, "sesudah": AFTER, "usai": AFTER, "pasca": AFTER, "sejak": AFTER,
         "sebelum": BEFORE},
        {"kemudian": AFTER, "setelahnya": AFTER, "sebelumnya": BEFORE},
        ("sekitar", "hampir", "kurang lebih"), ("dari", "daripada"),
        ("lebih dari", "kurang dari", "setidaknya", "sedikitnya", "dalam", "selama"),
        ("sehari", "seminggu", "sepekan", "sebulan", "setahun")),
    # Korean writes a count in figures onto its unit ("40일 뒤"), some spans of days in one
    # word ("사흘 만에", three days on; "열흘 뒤인 14일"), its "after" with an ending ("뒤인").
    "ko": SpanWords(
        {"한": 1},
        {**forms("day", "일", "날"), **forms("week", "주", "주일"),
         **forms("month", "개월", "달"), **forms("year", "년"), **forms("day", *KOREAN_DAYS)},
        {}, {**forms(AFTER, *(word + ending for word in ("뒤", "후") for ending in
                              ("", "에", "인", "엔"))), "만에": AFTER, "만인": AFTER,
             **forms(BEFORE, "전", "전에", "전인", "앞서")},
        ("약", "거의"), fused=KOREAN_DAYS, spacing=r"\s*", before_unit=r"(?<![^\W\d_])",
        named_before=KOREAN_PARTICLES),
    # Japanese writes a span with no space: "3日後", "その2週間後", "約40日後に"; an event it is
    # measured from named before the count with "から" ("地震から約7か月後").
    "ja": SpanWords(
        {"一": 1},
        {**forms("day", "日", "日間"), **forms("week", "週間", "週"),
         **forms("month", "か月", "カ月", "ヶ月", "ケ月", "ヵ月", "箇月"),
         **forms("year", "年", "年間")},
        {}, {"後": AFTER, "前": BEFORE}, ("約", "およそ", "ほぼ"),
        spacing="", before_count=r"(?<![\d,.])", before_unit="", after_link="",
        joins_before=("から", "の"), parted_by=("は", "が", "を", "に", "で", "も", "、")),
    # Persian names the event after its link ("سه روز پس از زلزله"), or says "بعد" (later)
    # alone ("دو هفته بعد"); its counts in figures are Persian digits as often ("۱۰ روز بعد").
    "fa": SpanWords(
        {},
        {**forms("day", "روز"), **forms("week", "هفته"), **forms("month", "ماه"),
         **forms("year", "سال")},
        {"پس از": AFTER, "بعد از": AFTER, "قبل از": BEFORE, "پیش از": BEFORE},
        {"بعد": AFTER, "قبل": BEFORE, "پیش": BEFORE},
        ("حدود", "حدودا", "حدوداً", "تقریبا", "تقریباً", "نزدیک به", "قریب به"),
        (),
        ("بیش از", "بیشتر از", "کمتر از", "دست‌کم", "دست کم", "حداقل", "ظرف", "طی", "در",
         "در عرض", "تا", "این", "آن", "نخستین", "اولین", "آخرین")),
    # Chinese writes a span with no space, in Simplified or Traditional characters: "三天后",
    # "两周后", "10天后", "一个月后", "三天後"; not a date's day, "8月14日后", nor an ordinal's,
    # "第三天后", nor some days, "数天后", "几天后".
    "zh": SpanWords(
        {"一": 1},
        {**forms("day", "天", "日"), **forms("week", "周", "週", "星期", "个星期", "個星期",
                                            "礼拜", "禮拜", "个礼拜", "個禮拜"),
         **forms("month", "个月", "個月", "箇月"), **forms("year", "年")},
        {}, {**forms(AFTER, "后", "後", "之后", "之後", "以后", "以後"),
             **forms(BEFORE, "前", "之前", "以前")},
        ("约", "約", "大约", "大約", "近", "将近", "將近", "接近", "差不多"),
        spacing="", before_count=r"(?<![\d,.第数數几幾月])", before_unit="", after_link=""),
    # Hindi names the event before the count, joined by "के" or "से" ("मतगणना के पाँच दिन
    # बाद", five days after the count; "मतगणना से तीन दिन पहले"), or says "बाद" (later) alone
    # ("तीन दिन बाद, 4 जून को"); a number with the candrabindu as with the anusvara ("पाँच").
    "hi": SpanWords(
        {word.replace("\u0902", "\u0901"): n for word, n in HINDI_NUMBERS.items()},
        {**forms("day", "दिन", "दिनों"), **forms("week", "हफ्ते", "हफ़्ते", "सप्ताह"),
         **forms("month", "महीने", "महीनों", "माह"), **forms("year", "साल", "सालों", "वर्ष",
                                                            "वर्षों")},
        {}, {"बाद": AFTER, "पहले": BEFORE}, ("लगभग", "क़रीब", "करीब", "तकरीबन", "तक़रीबन"),
        joins_before=("के", "से")),
}

