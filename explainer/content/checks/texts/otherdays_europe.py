"""The words for bounds and other acts (see otherdays.py) of languages of Europe and Turkish.

Several of them write a bound after its day, as a case ending or a word: Hungarian's "június
27-ig" (until), "június 27-től" (from), "június 27. óta" (since); Finnish's "27. kesäkuuta
alkaen" (from), "1. heinäkuuta mennessä" (by); Turkish's "27 Haziran'dan beri" (since), "1
Temmuz'a kadar" (until). A stem is no shorter than its language's common words that begin
alike: Russian's "сообщ" (reported) is not "сообщество" (community), Hungarian's
"megerősítette" (confirmed) not "megerősítés" (reinforcement), Swedish's "planera" (to plan)
not "planet" (the plane), Greek's "σχεδιάζ" (to plan) not "σχεδόν" (almost).

Each table is built by dayacts.bounded(); otherdays.py's table merges these.
"""

from __future__ import annotations

from .dayacts import bounded

# Each Greek vowel, with its accents, as a pattern matches it whichever it carries.
GREEK_VOWELS = {vowel: f"[{forms}]" for forms in ("αά", "εέ", "ηή", "ιίϊΐ", "οό", "υύϋΰ", "ωώ")
                for vowel in forms}


def toneless(pattern: str) -> str:
    """Return a Greek pattern (with no [...] of its own) whose vowels match with their accents
    or without them."""
    return "".join(GREEK_VOWELS.get(char, char) for char in pattern)


# Romanian's comma below (ș, ț) and the cedilla (ş, ţ) that older keyboards type instead.
S, T = "[șş]", "[țţ]"
# Norwegian Bokmål, tagged "nb" or "no".
NORWEGIAN = bounded(
    r"(?:siden|fra|fra\s+og\s+med|f\.o\.m\.|til\s+og\s+med|t\.o\.m\.|fram\s+til|frem\s+til"
    r"|inntil|til|etter|før|innen|senest|per|pr\.)(?:\s+den)?", "",
    r"begynte|begynner|innledet|innleder|startet|starter|påbegyn|lanserte|gjenopptok"
    r"|satte\s+i\s+gang",
    r"kunngjor|kunngjør|meldte|melder|sa(?!\w)|sier|sies|bekreft|rapporter|fortalte"
    r"|forklarte|uttalte|opplyste|opplyser",
    r"planlagt|planlegg|etter\s+planen|ventes|forvent|skulle(?!\w)|berammet|tidsplan")

# By language: the words before a bound, those after it; then those of starting, of reporting,
# of planning.
EUROPE = {
    "ru": bounded(
        r"с|со|с\s+момента|от|к|до|после|начиная\s+с|по\s+состоянию\s+на|не\s+позднее"
        r"|вплоть\s+до|по", "",
        r"начал(?:и|а|ся|ась|ись|ось)?(?!\w)|начина|приступ|запуст|запуск|стартова|возобнов",
        r"объяв|заяв|сообщ(?!еств)|подтверд|сказал|говорит|отметил|уточнил|доложил",
        r"планир|запланир|ожида|должн[ыао]?\s+был|намеч|предполага|по\s+плану"),
    "uk": bounded(
        r"з|із|зі|від|до|після|починаючи\s+з|станом\s+на|не\s+пізніше|аж\s+до|по", "",
        r"поча(?:в|ла|ли|ло|лися|вся)(?!\w)|розпоча|розпочина|почина|запуст|стартува|віднов",
        r"оголос|заяв|повідом|підтверд|сказа(?:в|ла|ли)(?!\w)|зазнач|розповіл",
        r"план(?:у|ов)|заплан|очіку|передбача|наміч|за\s+планом"),
    "pl": bounded(
        r"(?:od|do|po|przed|począwszy\s+od|aż\s+do|najpóźniej\s+do|(?:według\s+)?stanu\s+na"
        r"|stan\s+na|na\s+dzień|z\s+dniem)(?:\s+dnia)?", "",
        r"rozpoczę|rozpoczyna|zaczę|zaczyna|zaczął|zainicjow|uruchomi|wznowi",
        r"ogłosi|ogłasza|oświadczy|poinformow|informuje|potwierdzi|potwierdza|powiedzia"
        r"|przekaza[łl]|poda(?:ł|ła|li|je)(?!\w)|oznajmi|zakomunikow",
        r"planow|zaplanow|oczekiw|spodziew|przewidy|przewidzian"
        r"|(?:mia(?:ł|ła|ło|ły)|mieli)\s+(?:\w+\s+)?\w+[ćc](?!\w)"),
    "cs": bounded(
        r"(?:od|ode|do|po|před|k|ke|počínaje|až\s+do|nejpozději\s+do|s\s+účinností\s+od)"
        r"(?:\s+dne)?", "",
        r"zahájil|zahájen|začal|začín|započ|spusti|spustil|obnovil|rozběhl",
        r"oznámi|oznamuj|prohlási|prohlašuj|uvedl|sdělil|potvrdi|potvrzuj|řekl|informoval"
        r"|informuje|ohlási",
        r"plánov|naplánov|očekáv|předpoklád|harmonogram"),
    "ro": bounded(
        r"(?:de\s+la|din|până\s+(?:la|pe|în)|până|începând\s+(?:cu|de\s+la|din)|după"
        r"|înainte\s+de|cel\s+târziu\s+(?:la|pe)|cu\s+începere\s+(?:de\s+la|din))"
        r"(?:\s+data\s+de)?", "",
        r"(?:a|au|s-a|s-au)\s+(?:început|demarat|lansat|reluat|pornit)|încep(?:e|ea|eau)"
        r"(?!\w)|demar|lans[aeă]",
        rf"anun{T}|declar|afirm|confirm|(?:a|au)\s+spus|spune|(?:a|au)\s+precizat"
        rf"|(?:a|au)\s+transmis|comunicat|informat",
        rf"urma(?:u)?\s+să|planific|programat|prevăzut|preconiz|a{S}tept|era\s+prevăzut"),
    # A Greek verb's accent moves as it is inflected (ανακοίνωσε, ανακοινώθηκε): its stems
    # match with or without their accents. A plan is also θα and a verb in the past (θα
    # έφταναν, θα γινόταν: were to), not in the future (θα φτάσουν, θα φτάσουμε).
    "el": bounded(*map(toneless, (
        r"(?:από|έως|ως|μέχρι|μετά\s+από|μετά|πριν\s+από|πριν|έως\s+και|μέχρι\s+και"
        r"|από\s+και\s+μετά)(?:\s+(?:τις|την|τη))?", "",
        r"ξεκίν|άρχισ|αρχίζ|έναρξη|εγκαινί|ξανάρχισ|επανέλαβ|επαναλαμβ",
        r"ανακοίν|ανήγγειλε|δήλωσ|δηλών|επιβεβαί|είπε|ανέφερ|αναφέρ|γνωστοποί"
        r"|έκανε\s+γνωστό|ενημέρωσ",
        r"αναμέν|προγραμματ|σχεδιά|σχεδίαζ|σχέδιο|σχέδια|προβλέπ|επρόκειτο"
        r"|θα\s+\w+(?:αν|(?<!ουμ)(?<!ετ)ε)(?!\w)"))),
    # After a day's figure: "-ig", "-éig", "-jéig" (until), "-től", "-tól", "-étől", "-jétől"
    # (from), and words after its point or its ending: "27. óta", "1-je óta" (since).
    "hu": bounded(
        "",
        r"-(?:j?[éá])?(?:ig|től|tól)|(?:\.|-j?[eaéá])?\s+(?:óta|után|előtt|kezdve|bezárólag)"
        r"|-(?:j?e|j?a|)i\s+állapot",
        r"megkezd|elkezd|kezdt|kezdi|kezdőd|elindult|elindít|beindít|újraind|megindult",
        r"bejelent|jelentette|közölt|közli|nyilatkoz|megerősített|megerősítette|mondta"
        r"|tájékoztat|hangsúlyozt|beszámolt|számolt\s+be|tudatt",
        r"terve|tervez|tervb|várhatóan|várható|várták|várják|ütemez|kellett\s+volna"
        r"|előirányz"),
    "fi": bounded(
        r"ennen|viimeistään",
        r"\s+(?:alkaen|lähtien|asti|saakka|mennessä|jälkeen)",
        r"aloitt|aloitti|aloittivat|alkoi|alkoivat|käynnist|ryhtyi",
        r"ilmoitt|ilmoitti|ilmoitus|kertoi|kertoivat|kertoo|tiedott|tiedotti|vahvisti"
        r"|vahvistivat|vahvistettiin|sanoi|sanoivat|sanoo|totesi|julkist",
        r"suunnitel|aikataulu|odotet|(?:on|oli|ovat|olivat)\s+määrä"),
    # After a day's month or year, its case ending, then the word: "27 Haziran'dan beri"
    # (since), "1 Temmuz'a kadar" (until), "1 Temmuz itibarıyla" (as of).
    # After the day, its ending or "tarih" (date) with its own: "27 Haziran'dan beri", "1
    # Temmuz tarihine kadar", "27 Haziran tarihinden itibaren"; a plan is also a verb's
    # future in the past, "-ecekti", "-acaklardı" (was to, were to).
    "tr": bounded(
        "",
        r"(?:['’](?:d[ae]n|t[ae]n|y?[ae]|n[ae]))?(?:\s+tarih(?:ine|inden|i))?"
        r"\s+(?:beri|itibaren|itibarıyla|itibariyle|bu\s+yana|kadar|sonra|önce|dek|değin)",
        r"başla(?!r)|başlat|devreye\s+gir|faaliyete\s+geç",
        r"açıkla|duyurdu|duyurul|bildirdi|bildiril|dedi(?!\w)|söyledi|doğruladı|teyit"
        r"|ilan\s+e[td]|aktardı",
        r"plan|beklen|öngör|programlan|takvim|\w+[ae]c[ae]k(?:t[ıiuü]|l[ae]rd[ıi])(?!\w)"),
    "sv": bounded(
        r"(?:sedan|från|från\s+och\s+med|fr\.o\.m\.|till\s+och\s+med|t\.o\.m\.|fram\s+till"
        r"|till|efter|före|innan|senast|per|inför)(?:\s+den)?", "",
        r"började|börjar|inledde|inleds|inleddes|startade|startar|påbörja|lanserade"
        r"|återupptog|drog\s+igång|satte\s+igång",
        r"meddela|tillkännag|uppg(?:av|er|avs)(?!\w)|sa(?:de)?(?!\w)|säger|sägs|bekräfta"
        r"|rapportera|berättade|förklarade|kungjorde|aviserade",
        r"planera|enligt\s+planen|väntas|väntades|beräknas|beräknades|förväntas|förväntades"
        r"|skulle(?!\w)|schemalag|tidsplan"),
    "da": bounded(
        r"(?:siden|fra|fra\s+og\s+med|f\.o\.m\.|til\s+og\s+med|t\.o\.m\.|frem\s+til|indtil"
        r"|til|efter|før|inden|senest|per|pr\.)(?:\s+den)?", "",
        r"begyndte|begynder|indledte|indleder|startede|starter|påbegynd|lancerede|genoptog",
        r"meddel|bekendtgjor|annoncer|oplys(?:er|te|tes)(?!\w)|sagde|siger|siges|bekræft"
        r"|rapporter|fortalte|forklarede|udtalte",
        r"planlagt|planlægg|efter\s+planen|ventes|ventedes|forvent|skulle(?!\w)|berammet"
        r"|tidsplan"),
    "nb": NORWEGIAN,
    "no": NORWEGIAN,
}
