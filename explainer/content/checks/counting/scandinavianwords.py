"""The words in which Swedish, Danish and Norwegian (Bokmål) differ, one table each, for
scandinavian.py: their numbers in words, their nouns for countries, their word for "other",
the words that point back at things just named, their krona, their stop words and the forms
of their verbs of figures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .commas import POINT_OR_SPACE, SPACES


@dataclass(frozen=True)
class Tongue:
    """What one Scandinavian language writes its own way."""

    tag: str
    groups: str  # what parts a number's thousands: CLDR's, and a space of any width
    units: Mapping[str, int]  # 2 to 19: "en", "ett" are articles too, so a count starts at two
    tens: Mapping[str, int]
    hundred: str
    thousand: str
    joined: str  # how a unit and a ten make one word: "{ten}{unit}" or "{unit}og{ten}"
    ones: tuple[str, ...]  # the one a ten takes: "tjugoett" or "tjugoen", "enogtyve"
    countries: tuple[str, ...]  # the nouns that count countries, in the plural
    other: str  # "nio andra länder", "ni andre lande"
    pointing_back: tuple[str, ...]  # "de fyra länderna", "disse fire lande"
    krona: Mapping[str, str]  # the crown, as written, lowercased -> its code
    percent: str  # the word of a percentage, a pattern
    stop_words: str
    # The forms of the verbs of figures (sell, buy, kill, injure, evacuate) and their nouns,
    # one act a line, whose vowels change or whose endings no stem takes off: "solgte" is
    # "salget"'s act. The first form is the stem they share.
    acts: tuple[str, ...] = ()
    # The words that say a figure is a threshold: "mandat som krävs för egen majoritet",
    # "fyraprocentsspärren", "sperregrensen på 4 prosent".
    needed: str = ""


SWEDISH = Tongue(
    tag="sv", groups=SPACES,
    units={"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
           "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
           "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19},
    tens={"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
          "åttio": 80, "nittio": 90},
    hundred="hundra", thousand="tusen", joined="{ten}{unit}", ones=("en", "ett"),
    countries=("länder", "medlemsländer", "grannländer", "stater", "medlemsstater",
               "nationer"),
    other=r"(?:andra|ytterligare)", pointing_back=("de", "dessa", "båda", "alla", "våra"),
    krona={"kronor": "SEK", "kr": "SEK", "kr.": "SEK", "krona": "SEK"},
    percent=r"procent(?!enhet)", stop_words=(
        "och eller men att som är var har hade den det de en ett i på av till från med för "
        "om under efter över vid mot utan sedan när där här inte också även nu så han hon "
        "vi ni man sig sin sitt sina hans hennes deras dess alla andra denna detta dessa "
        "skulle ska kan kunde måste vill blir blev har mer än mindre enligt"),
    acts=("försäljning försäljningen försäljningar sälja säljer säljs sålde såldes sålt sålts",
          "köp köpet köpa köper köps köpte köptes köpt köpts",
          "döda dödar dödas dödade dödades dödad dödat dödats",
          "skada skadan skador skadorna skadar skadas skadade skadades skadad skadat skadats",
          "evakuera evakuerar evakueras evakuerade evakuerades evakuerad evakuerat evakuerats "
          "evakuering evakueringen evakueringar"),
    needed="krävs krävdes kräver krävde behövs behövdes behöver nödvändig nödvändiga "
           "nödvändigt spärr spärren spärrgräns spärrgränsen fyraprocentsspärr "
           "fyraprocentsspärren tröskel tröskeln minimum")

DANISH = Tongue(
    tag="da", groups=POINT_OR_SPACE,
    units={"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9,
           "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
           "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19},
    tens={"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
          "halvfjerds": 70, "firs": 80, "halvfems": 90},
    hundred="hundrede", thousand="tusind", joined="{unit}og{ten}", ones=("en",),
    countries=("lande", "medlemslande", "nabolande", "stater", "medlemsstater", "nationer"),
    other=r"(?:andre|yderligere)", pointing_back=("de", "disse", "begge", "alle", "vores"),
    krona={"kroner": "DKK", "kr": "DKK", "kr.": "DKK", "krone": "DKK"},
    percent=r"(?:procent(?!point)|pct\.?)", stop_words=(
        "og eller men at som er var har havde den det de en et i på af til fra med for om "
        "under efter over ved mod uden siden når hvor her ikke også nu så han hun vi man "
        "sig sin sit sine hans hendes deres dets alle andre denne dette disse skulle skal "
        "kan kunne må vil bliver blev mere end mindre ifølge"),
    acts=("salg salget salgs salgene sælge sælger sælges solgte solgtes solgt",
          "køb købet købe køber købes købte købtes købt",
          "drab drabet drabene dræbe dræber dræbes dræbte dræbtes dræbt",
          "sår såret sårene såre sårer såres sårede såredes",
          "evakuere evakuerer evakueres evakuerede evakueredes evakueret evakuering "
          "evakueringen evakueringer"),
    needed="kræves krævedes kræver krævede behøves behøver nødvendig nødvendige "
           "nødvendigt spærregrænse spærregrænsen tærskel tærsklen minimum")

NORWEGIAN = Tongue(
    tag="nb", groups=SPACES,
    units={"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
           "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
           "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19},
    tens={"tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70,
          "åtti": 80, "nitti": 90},
    hundred="hundre", thousand="tusen", joined="{ten}{unit}", ones=("en", "ett"),
    # A neuter noun: "fire land" is four countries, as "fire medlemsland" is.
    countries=("land", "medlemsland", "naboland", "stater", "medlemsstater", "nasjoner"),
    other=r"(?:andre|ytterligere)", pointing_back=("de", "disse", "begge", "alle", "våre"),
    krona={"kroner": "NOK", "kr": "NOK", "kr.": "NOK", "krone": "NOK"},
    percent=r"prosent(?!poeng)", stop_words=(
        "og eller men at som er var har hadde den det de en et ei i på av til fra med for om "
        "under etter over ved mot uten siden når hvor her ikke også nå så han hun vi man "
        "seg sin sitt sine hans hennes deres dets alle andre denne dette disse skulle skal "
        "kan kunne må vil blir ble mer enn mindre ifølge"),
    acts=("salg salget salgs salgene selge selger selges solgte solgt",
          "kjøp kjøpet kjøpe kjøper kjøpes kjøpte kjøpt",
          "drap drapet drapene drepe dreper drepes drepte drept",
          "skade skaden skader skadene skades skadet skadde skadd skadede",
          "evakuere evakuerer evakueres evakuerte evakuert evakuering evakueringen "
          "evakueringer"),
    needed="kreves krevdes krever krevde trengs trengtes trenger nødvendig nødvendige "
           "nødvendigt sperregrense sperregrensen terskel terskelen minimum")


def act_stems(tongue: Tongue) -> dict[str, str]:
    """Return each form of a verb of figures, and of its nouns, with the stem they share."""
    return {form: forms.split()[0] for forms in tongue.acts for form in forms.split()}


def number_words(tongue: Tongue) -> dict[str, int]:
    """Return a language's numbers in words, its tens and units joined in one word as it
    joins them: Swedish "tjugofem", Norwegian "tjuefem", Danish "femogtyve" (25)."""
    found = dict(tongue.units) | dict(tongue.tens) | {tongue.hundred: 100, tongue.thousand: 1000}
    units = {one: 1 for one in tongue.ones} | {
        unit: n for unit, n in tongue.units.items() if n < 10}
    return found | {tongue.joined.format(ten=ten, unit=unit): n + m
                    for unit, n in units.items() for ten, m in tongue.tens.items()}
