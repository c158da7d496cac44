"""Bounds and other acts beside a day in Arabic, Hebrew, Persian, Urdu, Hindi, Bengali,
Swahili, Vietnamese, Thai and Amharic (see otherdays.py).

Several of these write a bound after its day: Hindi's "26 जून से" (since), "1 जुलाई तक"
(until), Urdu's "26 جون سے", Bengali's "২৬ জুন থেকে", Amharic's "ከ 26 ጁን ጀምሮ". A word of
these scripts goes on past what Python's \\w reads, with its marks of vowels ("कहां", where,
is "कहा", said, and a mark): a word ends where neither a letter nor a mark follows. Arabic
and Hebrew join "and" and "that" to the word after ("وبدأت", "שהחלו"), and Swahili its
persons and tenses to a verb ("walianza", they began; not "kwanza", first).
"""

from __future__ import annotations

from ..counting.plain import word_marks
from .dayacts import OtherDays, unspaced

IN_WORD = rf"[\w{word_marks()}]"
END = rf"(?!{IN_WORD})"  # where a word ends: "कहा", said, not "कहां", where
# An unread year after the day: Urdu's "26 جون، 2024".
YEAR_AFTER = r"(?:[,\u060c]?\s*\d{4})?"
# The persons and tenses Swahili joins before a verb: "ali-", "wali-", "ime-", "ku-".
SW = r"(?:(?:a|u|i|wa|ya|zi|li|ki|vi|tu|m)(?:li|me|ta|na|ki)|ku)"


def suffixed(before: str, after: str, *kinds: str) -> OtherDays:
    """Return the words of a language written with spaces whose bounds may follow the day
    ("26 जून से"), each word matched as it begins, in a script whose vowels are marks too."""
    return OtherDays(rf"(?<!{IN_WORD})(?:{before})\s*\Z" if before else "",
                     rf"{YEAR_AFTER}\s*(?:{after}){END}" if after else "",
                     tuple(rf"(?<!{IN_WORD})(?:{kind})" for kind in kinds))


# By language: the words before a bound, those after it; then those of starting, of
# reporting, of planning. "According to" is the event's day (see otherdays.py): not Arabic's
# "وفقا", Persian's "به گزارش", Swahili's "kwa mujibu wa", Vietnamese's "theo".
SOUTH = {
    "ar": suffixed(r"[وف]?(?:منذ|حتى|لغاية|إلى\s+غاية|إلى|بحلول|قبل|بعد|من"
                   r"|(?:اعتبار|ابتداء|بدء)[اً\u064b]*\s+من)(?:\s+(?:يوم|تاريخ))?\s+",
                   "",
                   r"[وف]?(?:بد[أء]|يبدأ|تبدأ|انطلق|انطلاق|أطلق|إطلاق|باشر|شرع|استأنف"
                   r"|استئناف)",
                   rf"[وف]?(?:أعلن|يعلن|تعلن|إعلان|قال(?:ت|وا)?{END}|يقول|تقول|صرح|صرّح|أكد|أكّد"
                   rf"|يؤكد|تؤكد|أفاد|ذكر(?:ت|وا)?{END}|أوضح|أشار|نقلت)",
                   r"[وف]?(?:من\s+المقرر|من\s+المتوقع|(?:ال)?مقرر|(?:ال)?متوقع|يتوقع|تتوقع"
                   r"|توقع|يعتزم|تعتزم|يخطط|تخطط|خطة|(?:ال)?مزمع)"),
    "he": suffixed(r"(?:(?:מאז|עד|לפני|אחרי|לאחר)\s+(?:ה[-־])?"
                   r"|(?:נכון\s+|החל\s+|עד\s+)?(?:ל|מ)ה?[-־])",
                   "",
                   rf"[וש]?(?:החלו?|החלה|התחיל(?:ו|ה)?|מתחיל|השיק(?:ו|ה)?|חידש(?:ו|ה)?){END}",
                   rf"[וש]?(?:הודיע(?:ו|ה)?|אמר(?:ו|ה)?|מסר(?:ו|ה)|אישר(?:ו|ה)?"
                   rf"|הכריז(?:ו|ה)?|דיווחו|דיווחה|ציין|ציינה|הצהיר(?:ו|ה)?){END}",
                   rf"[וש]?(?:מתוכננ?(?:ת|ים|ות)?|תוכננ(?:ה|ו)?|מתכננ?(?:ת|ים)?|צפוי(?:ה|ים|ות)?"
                   rf"|אמור(?:ה|ים|ות)?|עתיד(?:ה|ים|ות)?|נקבע(?:ה|ו)?){END}"),
    "fa": suffixed(r"(?:از|تا)(?:\s+(?:تاریخ|روز|زمان))?\s+", "",
                   r"آغاز|شروع|راه[\u200c\s]?اندازی|از\s+سر\s+گرفت|کلید\s+خورد",
                   r"اعلام|گفت(?:ه|ند)?(?![\w\u200c])|می[\u200c\s]?گوید|تأیید|تایید|اظهار"
                   r"|خبر\s+داد|گزارش\s+(?:داد|کرد)|افزود",
                   r"قرار\s+(?:است|بود|شد)|مقرر|پیش[\u200c\s]?بینی|برنامه[\u200c\s]?ریزی"
                   r"|انتظار|در\s+نظر\s+(?:است|بود)"),
    "ur": suffixed("", r"سے|تک|کے\s+بعد|کے\s+پہلے",
                   r"شروع|آغاز",
                   rf"اعلان|کہا{END}|بتایا|تصدیق|اطلاع\s+دی",
                   r"متوقع|توقع|منصوبہ|طے\s+(?:تھا|ہے|شدہ|پایا)|شیڈول"),
    "hi": suffixed("", r"से|तक|के\s+बाद|के\s+पहले|के\s+पश्चात",
                   r"शुरू|शुरुआत|आरंभ|प्रारंभ|लॉन्च",
                   rf"घोषणा|ऐलान|कहा{END}|बताया|पुष्टि|जानकारी\s+दी|बयान\s+(?:जारी|दिया)",
                   r"उम्मीद|अपेक्षा|योजना|निर्धारित|तय\s+(?:है|था|थी|किया)|संभावना"
                   r"|प्रस्तावित"),
    "bn": suffixed("", r"থেকে|হতে|পর্যন্ত|নাগাদ|অবধি|এর\s+(?:মধ্যে|আগে|পরে?)",
                   r"শুরু|আরম্ভ|চালু",
                   rf"ঘোষণা|বলেন{END}|বলেছেন|বলেছে{END}|জানান|জানিয়ে|জানা[য\u09df]"
                   r"|নিশ্চিত\s+কর",
                   r"পরিকল্পনা|নির্ধারিত|কথা\s+(?:ছিল|র|আছে)|প্রত্যাশা|আশা\s+করা|সম্ভাবনা"),
    "sw": suffixed(r"(?:tangu|hadi|mpaka|kufikia|kuanzia|kutoka|kabla\s+ya|baada\s+ya)"
                   r"(?:\s+(?:tarehe|siku\s+ya))?\s+", "",
                   rf"{SW}(?:anza|zindua|rejea){END}|uzinduzi",
                   rf"{SW}(?:sema|tangaza|thibitisha|eleza|ripoti|arifu){END}|tangazo",
                   rf"{SW}(?:tarajiwa|tarajia|pangwa|pangiwa|kusudia){END}"),
    "vi": suffixed(r"(?:(?:kể\s+)?từ|tính\s+(?:đến|tới)|cho\s+(?:đến|tới)|đến\s+hết|trước|sau"
                   r"|chậm\s+nhất(?:\s+là)?|muộn\s+nhất(?:\s+là)?)(?:\s+(?:ngày|hôm))?\s+",
                   r"trở\s+đi|trở\s+lại\s+đây|đến\s+nay",
                   r"bắt\s+đầu|khởi\s+động|khởi\s+công|phát\s+động|nối\s+lại|ra\s+mắt",
                   rf"thông\s+báo|tuyên\s+bố|cho\s+biết|nói{END}|xác\s+nhận|công\s+bố"
                   r"|khẳng\s+định|đưa\s+tin|phát\s+biểu",
                   r"dự\s+kiến|kế\s+hoạch|dự\s+định|lên\s+lịch|lịch\s+trình"),
    # Thai writes no space between words: its words are matched wherever they are, but ณ
    # ("as at") alone, not as the last letter of ประมาณ ("about").
    "th": unspaced(r"(?:(?:นับ)?ตั้งแต่|จนถึง|จนกระทั่ง|ภายใน|(?<![\u0e01-\u0e4e])ณ|ก่อน|หลัง(?:จาก)?|นับจาก)"
                   r"\s*(?:วันที่)?",
                   r"เป็นต้นไป|เป็นต้นมา",
                   r"เริ่ม|เปิดตัว|ดำเนินการต่อ",
                   r"ประกาศ|กล่าว|เปิดเผย|ยืนยัน|แถลง|รายงานว่า|ระบุว่า",
                   r"มีกำหนด|กำหนดการ|คาดว่า|วางแผน|ตามแผน|เตรียม"),
    "am": suffixed(r"(?:እስከ|ከ)\s+", r"(?:ቀን\s*)?(?:ጀምሮ|ወዲህ|ድረስ|በፊት|በኋላ|አንስቶ)",
                   r"ጀመረ|ጀመሩ|ጀምሯል|ጀምረዋል|የጀመረ|መጀመሩ",
                   r"አስታወ|አስታው|ተናገረ|ተናግረ|ተናግሯል|ብለዋል|ብሏል|ገልጸ|ገልፀ|ገልጿል|ገለጸ|ገለፀ"
                   r"|አረጋግ|አረጋገ|ዘግቧል|ዘግበዋል|ዘገበ",
                   r"ይጠበቃል|ይጠበቅ|ታቅዷል|ታቅዶ|የታቀደ|ዕቅድ|እቅድ|ቀጠሮ|መርሃ\s*ግብር"),
}
