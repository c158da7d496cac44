"""The forms of a verb that Spanish and Portuguese stems make one, as prose tells in the past
what a timeline's title says in the present: a participle ("llegados", "chegados") and the
present ("llegan", "chega"), so "migrantes llegados" tells of "Llegan 14.976 migrantes"; and
the nouns of a participle's form that no stem, French and Italian ones too, reads as a verb."""

from __future__ import annotations

import re

# A regular participle, in its four forms once a plural's "s" is gone and its accents:
# "llegado", "llegada", "chegado", "recibido", "recibida"; after a stem of three letters.
PARTICIPLE = re.compile(r"(?<=\w{3})[ai]d[ao]\Z")

# Nouns that have a participle's form but a sense of their own, which would meet another
# word's stem if read as a verb's: "partido" is a party, not "parte"; "estado" a state, not
# "este"; "tratado" a treaty, not "trata"; "mercado" a market, "pasado" the past. Written
# without accents, as the stems compare them ("decada").
NOUNS = {
    "es": frozenset((
        "partido partida estado tratado mercado pasado senado soldado abogado marido sentido "
        "vestido apellido helado cunado decada"
    ).split()),
    "pt": frozenset((
        "partido partida estado tratado mercado passado senado soldado advogado marido "
        "sentido vestido apelido cunhado decada"
    ).split()),
    # French and Italian stems (french.py, italian.py) take the participle off a word as
    # written, before a plural's ending: their nouns are listed in both numbers. "armée" is an
    # army, not "arme"; "assemblée" no "assemble"; "partito" a party, not "parte".
    "fr": frozenset((
        "armée armées année années assemblée assemblées entrée entrées durée durées idée idées "
        "musée musées lycée lycées marée marées fusée fusées mosquée mosquées vallée vallées "
        "journée journées soirée soirées pensée pensées"
    ).split()),
    "it": frozenset((
        "partito partiti partita partite mercato mercati senato senati stato stati soldato "
        "soldati deputato deputati sindacato sindacati mandato mandati risultato risultati "
        "attentato attentati reato reati trattato trattati candidato candidati dato dati "
        "avvocato avvocati magistrato magistrati minuto minuti istituto istituti contributo "
        "contributi rifiuto rifiuti"
    ).split()),
}

# The third person plural of Spanish verbs, in the present and the preterite, once a stem's
# last vowel is gone: "llegan", "comen", "llegaron", "crecieron", so that they meet "llega"
# and "llegó". A noun in "-án", "-ano", "-ana" or "-en" loses the same ending in each of its
# forms ("alemán", "alemana", "alemanes"; "origen", "orígenes").
SPANISH_PLURAL = re.compile(r"(?<=\w{3})(?:aron|ieron|an|en)\Z")
# The preterite in the third person singular of verbs in -er and -ir: "creció", "recibió".
SPANISH_PRETERITE = re.compile(r"(?<=\w{3})ió\Z")
# The "i" a verb in -iar keeps before its ending, once it is gone: "anuncia" and "anunció",
# as "cambia" and "cambió", meet at "anunc" as "recibe" and "recibió" do at "recib".
SPANISH_GLIDE = re.compile(r"(?<=\w{3}[^aeiou\W])i\Z")
# A Spanish verb's stressed "e" and "o" become "ie" and "ue" in the present: "cierra" as
# "cerró", "aprueba" as "aprobó", "vuelve" as "volvió"; read as "e" and "o" in the last
# syllable of a stem, as every form of a word has it. Not the "u" that makes a "g" or a
# "q" hard ("guerra").
SPANISH_DIPHTHONG = re.compile(r"(?<![gq])([ui])e(?=[^aeiou\W]*\Z)")
# A preterite in "-ió" or "-ieron", and the verbs in -ir whose stem it raises to "u" or "i" where
# the present has "ue" or "ie" ("murió", "muere"; "sintió", "siente"): the stem read as the
# present's, once its diphthong is folded. Only "morir" and "dormir" raise an "o".
SPANISH_PAST = re.compile(r"(?<=\w{3})(?:ió|ieron)\Z")
SPANISH_RAISED = {
    "mur": "mor", "durm": "dorm", "sint": "sent", "consint": "consent", "mint": "ment",
    "prefir": "prefer", "refir": "refer", "transfir": "transfer", "sugir": "suger",
    "requir": "requer", "adquir": "adquer", "convirt": "convert", "advirt": "advert",
    "invirt": "invert", "divirt": "divert", "hir": "her", "arrepint": "arrepent"}


def spanish_verb_stem(stem: str, past: bool) -> str:
    """Return a Spanish stem with its last diphthong folded, and a preterite's raised stem
    as its present's: 'aprueb' gives 'aprob', 'mur' (of 'murió', past) 'mor'."""
    stem = SPANISH_DIPHTHONG.sub(lambda found: "o" if found[1] == "u" else "e", stem)
    return SPANISH_RAISED.get(stem, stem) if past else stem


# The endings of a Portuguese verb in the third person, past and present plural: "chegou",
# "morreu", "pediu", "chegaram", "venceram", as "chegam" and "vencem" (not "homem", too short
# to be a verb's).
PORTUGUESE_PAST = re.compile(r"(?<=\w{3})(?:ou|eu|iu|[aei]ram)\Z|(?<=\w{4})[ae]m\Z")


def without_participle(word: str, language: str) -> str:
    """Return a lowercased singular word without the ending of a participle, unless it is a
    noun of that form: 'llegado' gives 'lleg', 'estado' stays."""
    return word if word in NOUNS[language] else PARTICIPLE.sub("", word)


# Italian participles not in "-ato", "-ito" or "-uto", once their last vowel is gone, and the
# stem of their present: "si è aperto" tells of "Si apre il conclave", "è stato eletto" of
# "viene eletto" ("elegge"), "è morto" of "Muore"; not those that are nouns of their own
# too ("messa", "corso", "successo", "giunta", "nato" as "NATO").
ITALIAN_PARTICIPLES = {
    "apert": "apr", "copert": "copr", "scopert": "scopr", "offert": "offr", "soffert": "soffr",
    "mort": "muor", "elett": "elegg", "rielett": "rielegg", "scelt": "scegl", "chius": "chiud",
    "pres": "prend", "ripres": "riprend", "sospes": "sospend", "difes": "difend",
    "promess": "promett", "dimess": "dimett", "vint": "vinc", "uccis": "uccid", "decis": "decid",
    "conclus": "conclud", "esplos": "esplod", "rimast": "riman", "raggiunt": "raggiung",
    "scritt": "scriv", "chiest": "chied", "rispost": "rispond", "accolt": "accogl",
    "spent": "spegn", "acces": "accend", "pers": "perd", "espress": "esprim",
    "discuss": "discut", "dett": "dic"}
