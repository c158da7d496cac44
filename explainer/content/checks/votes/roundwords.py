"""The words, by language, that name a round of a two-round vote (see rounds.py): the first
round, and the second, or run-off, as newsrooms write them, with the case endings and the
inflections of the languages that have them ("ikinci turdaki", "w drugiej turze")."""

from __future__ import annotations

# Turkish "tur" with its case endings: "turda", "turdaki", "turdan", "turunda".
TUR = r"tur(?:u?n?(?:da|daki|dan|a)|u|un)?"
# By language: the words of the first round, then of the second; each a regular expression.
ROUNDS: dict[str, tuple[str, str]] = {
    "en": (r"(?:first|1st|opening)[\s-]+(?:round|ballot)",
           r"(?:second|2nd)[\s-]+(?:round|ballot)|run[\s-]?offs?"),
    "fr": (r"(?:premier|1er)\s+tour(?:\s+de\s+scrutin)?",
           r"(?:second|deuxième|2nd|2e)\s+tour(?:\s+de\s+scrutin)?"),
    "es": (r"primera\s+vuelta", r"segunda\s+vuelta|balotaje|ballotage"),
    "pt": (r"primeiro\s+turno|primeira\s+volta", r"segundo\s+turno|segunda\s+volta"),
    "de": (r"erst\w*\s+Wahlg[aä]ng\w*", r"zweit\w*\s+Wahlg[aä]ng\w*|Stichwahl\w*"),
    "it": (r"primo\s+turno", r"secondo\s+turno|ballottaggi\w*"),
    "pl": (r"pierwsz\w*\s+tur(?:a|y|ze|ę|ą)", r"drug\w*\s+tur(?:a|y|ze|ę|ą)|dogrywk\w*"),
    "tr": (rf"(?:ilk|birinci)\s+{TUR}", rf"ikinci\s+{TUR}"),
    "nl": (r"eerste\s+(?:stem)?ronde", r"tweede\s+(?:stem)?ronde"),
}
