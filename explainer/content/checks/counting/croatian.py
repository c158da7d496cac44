"""How Croatian writes counts and amounts (see southslavic.py): "dvanaest zemalja", "u četiri
države", "više od 30 država", "još devet zemalja", "27 država članica EU", "2,5 posto", "1.000
ljudi", "2,5 milijuna eura", "1,2 milijarde kuna"; "porasla je za 2 posto" is a change, "s 4 na
3,5 posto" a level and the next, "od 3 do 4 posto" a range. "županija" is a county, not a
country: "u 21 županiji" is a count of counties."""

from __future__ import annotations

from .southslavic import Words, counting
from .southslavicwords import CONTINUED, NUMBER_WORDS

# The words both languages share; serbian.py adds its own to them.
SCALES = {"tis.": 1e3, "tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "mil.": 1e6, "mln.": 1e6,
          "milijun": 1e6, "milijuna": 1e6, "milijuni": 1e6, "mlrd.": 1e9, "mld.": 1e9,
          "milijarda": 1e9, "milijarde": 1e9, "milijardi": 1e9, "milijardu": 1e9,
          "bilijun": 1e12, "bilijuna": 1e12}
SCALE_WORDS = (r"tis\.|tisuć[aeu]|mil\.|mln\.|milijun(?:a|i)?|mlrd\.|mld\.|milijard[aeiu]|"
               r"bilijun(?:a)?")
CURRENCIES = {"kuna": "HRK", "kune": "HRK", "kn": "HRK", "euro": "EUR", "eura": "EUR",
              "eure": "EUR", "eurima": "EUR", "€": "EUR", "$": "USD", "dolar": "USD",
              "dolara": "USD", "dolari": "USD", "£": "GBP", "funti": "GBP", "¥": "JPY",
              "dinar": "RSD", "dinara": "RSD", "din.": "RSD"}
QUALIFIERS = {
    "više od": "more", "preko": "more", "iznad": "more", "najmanje": "at least",
    "barem": "at least", "bar": "at least", "minimalno": "at least", "manje od": "fewer",
    "ispod": "fewer", "gotovo": "nearly", "skoro": "nearly", "blizu": "nearly",
    "nešto manje od": "nearly", "do": "up to", "najviše": "up to", "maksimalno": "up to",
    "oko": "about", "otprilike": "about", "približno": "about", "oko gotovo": "about"}
STOP_WORDS = frozenset(
    "i a u na s sa za od do iz o po pri prema kroz preko pod nad pred među između k ka bez "
    "te ili ni niti da je su bio bila bilo bili bile bit će će bi ne se si što koji koja koje "
    "kojeg kojem kojim kojih kojima gdje kada kad kao već još samo više manje nego ali ipak "
    "tih tim taj ta to ti te njegov njezin njihov njih on ona oni one mu joj ih ga "
    "mil mlrd tis posto".split())
MORE = r"još"
OTHER = r"drug(?:e|ih|im|ima)|ostal(?:e|ih|im|ima)"
MEMBER = r"članic(?:a|e|ama)"
NOUNS = r"zemalja|zemlj(?:e|i|u|ama)|držav(?:a|e|i|u|ama)"
COUNTRY_NOUNS = ("zemlje", "zemalja", "države", "država")
BESIDE = r"osim|uz|pored|izuzev|ne\s+računajući"
PERCENT = r"posto(?!\w)|postot(?:ak|ka|aka)?(?!\w|\s+bod|nih\s+bod)|%"
CHANGE = (r"porast|porasl|rast|povećan|poveća|povećal|smanj|pa(?:la|o|li|le)|pad|skoči|"
          r"skoč|narasl|poskupj|pojeftin|ojač|oslab|ubrza|uspor")
EARLIER = (r"prvotno|isprva|najprije|ranije|prethodn\w*|prije\s+toga|očekiva\w*|procjen\w*|"
           r"prognoz\w*|anket\w*|predlož\w*")
LATER = r"kasnije|zatim|potom|sada|sad|danas|u\s+međuvremenu|otada|od\s+tada"
FORESEEN = r"može|mogu|mogao|mogla|vjerojatno|vjerojatnije|prijeti|predviđ\w*|bit\s+će|će"
ABBREVIATIONS = r"tis|mil|mln|mlrd|mld|tzv|tj|npr|odn|god|br|sv|dr|prof|mr|ing|min|sl|din|kn"

WORDS = Words(
    language="hr", locales=("hr",), number_words=NUMBER_WORDS, continued=CONTINUED,
    pointing_back=("te", "tih", "tim", "tima", "ove", "ovih", "obje", "oba", "obiju", "sve",
                   "svih", "ostale", "naše", "naših", "njihove", "svoje", "svojih", "prve",
                   "posljednje"),
    more=MORE, other=OTHER, member=MEMBER, nouns=NOUNS, country_nouns=COUNTRY_NOUNS,
    beside=BESIDE, scales=SCALES, scale_words=SCALE_WORDS, currencies=CURRENCIES,
    short_currencies=r"kn|din\.|(?-i:USD|EUR|HRK|RSD)",
    money_hints=("$", "€", "£", "¥", "kun", "kn", "eur", "dolar", "dinar", "din.", "funt",
                 "franak", "jen", "juan", "usd", "hrk", "rsd"),
    percent_words=PERCENT, change=CHANGE, added=r"dodatn(?:ih|e|a)|daljnj(?:ih|e)",
    qualifiers=QUALIFIERS, between=r"između", to=r"do", from_level=r"s|sa",
    earlier=EARLIER, later=LATER, counted_from=r"iz", foreseen=FORESEEN,
    abbreviations=ABBREVIATIONS, stop_words=STOP_WORDS,
    openers=frozenset("svih sve samo ukupno već danas".split()))

COUNTING = counting(WORDS)
