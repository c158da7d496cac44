"""Arabic's words of a span of time between two events (see spanlanguages.py): its link comes
before the count ("بعد ثلاثة أيام من وصول العاصفة", three days after the storm's arrival), the
event named after "من" or "على"; said without them ("وبعد ثلاثة أيام"), a span is measured from
the sentence before. Its numbers in words are those of counting/arabicwords.py; a unit in the
dual counts two ("بعد يومين من", two days after), one alone counts one ("بعد أسبوع من").

Hebrew's link comes after the count, as English's does ("שלושה ימים לאחר הבחירות", three days
after the election; "שבוע מאוחר יותר", a week later), or "כעבור" before it measures the span from
the sentence before ("כעבור שלושה ימים"); its duals count two ("יומיים", two days)."""

from __future__ import annotations

from .spanwords import AFTER, BEFORE, SpanWords, forms

# The duals of Arabic's units of time, each a count of two.
ARABIC_DUALS = {word: 2 for word in ("يومين", "يومان", "أسبوعين", "أسبوعان", "اسبوعين",
                                     "شهرين", "شهران", "عامين", "عامان", "سنتين", "سنتان")}
ARABIC_SPANS = {
    "ar": SpanWords(
        {},
        {**forms("day", "يوم", "يوما", "يوماً", "أيام", "ايام", "يومين", "يومان"),
         **forms("week", "أسبوع", "اسبوع", "أسبوعا", "أسبوعاً", "أسابيع", "اسابيع", "أسبوعين",
                 "أسبوعان", "اسبوعين"),
         **forms("month", "شهر", "شهرا", "شهراً", "أشهر", "اشهر", "شهور", "شهرين", "شهران"),
         **forms("year", "عام", "عاما", "عاماً", "أعوام", "اعوام", "عامين", "عامان", "سنة",
                 "سنوات", "سنتين", "سنتان")},
        {"بعد": AFTER, "وبعد": AFTER, "قبل": BEFORE, "وقبل": BEFORE},
        {"بعد": AFTER, "وبعد": AFTER, "قبل": BEFORE, "وقبل": BEFORE},
        ("نحو", "حوالي", "حوالى", "قرابة", "زهاء"),
        lone=("يوم", "أسبوع", "اسبوع", "شهر", "عام", "سنة"), fused=ARABIC_DUALS,
        names_after=("من", "على")),
    "he": SpanWords(
        {},
        {**forms("day", "יום", "ימים", "יומיים"), **forms("week", "שבוע", "שבועות", "שבועיים"),
         **forms("month", "חודש", "חודשים", "חודשיים"), **forms("year", "שנה", "שנים", "שנתיים")},
        {"אחרי": AFTER, "לאחר": AFTER, "לפני": BEFORE},
        {"מאוחר יותר": AFTER, "לאחר מכן": AFTER, "אחר כך": AFTER, "קודם לכן": BEFORE,
         "לפני כן": BEFORE},
        ("כ", "בערך", "כמעט", "בסביבות"), (),
        ("יותר מ", "פחות מ", "לפחות", "במשך", "תוך", "בתוך", "במהלך", "הראשונים",
         "האחרונים"),
        ("יום", "שבוע", "חודש", "שנה"),
        fused={"יומיים": 2, "שבועיים": 2, "חודשיים": 2, "שנתיים": 2}, leads={"כעבור": AFTER}),
}
