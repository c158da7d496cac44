"""Who a sentence speaks of, beside what the explainer is about: a part, or the story's whole.

A key figure whose label names no one ("CO2 emitted from fossil fuels in 2026", "officers set
to deploy") is the story's own: the world's emissions, the mission's officers. A sentence that
names a country or an organisation in the clause of its amount ("China emitted 12.1 billion
tonnes") speaks of that one's part, unless the label has a word made from its name ("policías
kenianos prometidos" of "Kenia"), or the one it names is what the explainer is about: a
country of the `lead` role, the only country of its list, or a country or organisation that
its title or dek names ("Kenya will deploy 1,200 officers" in a story on Kenya's mission).
"""

from __future__ import annotations

from dataclasses import dataclass

from .actornames import named, names_of
from .counting import Counting
from .levels import blank, title_case
from .model import Countries, Explainer, role_key
from .sentences import clause_at
from .textnames import capitalised, kin

LEAD = "lead"  # the fixed role of the country a story is about


@dataclass(frozen=True)
class Own:
    """What an explainer is about: the keys of its own countries and organisations, and the
    words of its title and dek."""

    keys: frozenset[str]
    words: str


def own_of(explainer: Explainer) -> Own:
    """Return what an explainer is about (see the module's docstring)."""
    lists = [s for s in explainer.sections if isinstance(s, Countries)]
    entries = [e for s in lists for e in s.entries]
    keys = {e.country.code for e in entries
            if role_key(e.role) == LEAD or len({o.country.code for o in entries}) == 1}
    keys |= {o.organisation.key or o.organisation.name for s in lists for o in s.organisations
             if role_key(o.role) == LEAD}
    words = f"{explainer.title}\n{explainer.dek}"
    keys |= named(words, explainer.language)
    return Own(frozenset(keys), words)


def speaks_of_part(text: str, offset: int, label: str, own: Own, counting: Counting) -> bool:
    """Tell whether the amount at offset, held against a figure whose label names no one,
    is a part's: its clause names countries or organisations, and none the explainer is
    about ("Kenya will send 1,200 officers to Haiti" in a story on Kenya's mission is its)."""
    clause = clause_at(text, offset)
    clause = blank(clause, [match.span() for match in counting.money(clause)])  # "US$", "$ CA"
    heading = title_case(clause) and not counting.capitalised_nouns  # no names, but words
    if heading or names_someone(label, counting):
        return False
    names = names_of(clause, counting.language)
    language = counting.language
    return bool(names) and not any(key in own.keys or kin([words], own.words, language) or
                                   kin([words], label, language) for key, words in names.items())


def names_someone(label: str, counting: Counting) -> bool:
    """Tell whether a label names someone: a capitalised word or one in capitals (not "CO2");
    in a language that capitalises every noun, a country's or an organisation's name."""
    if counting.capitalised_nouns:
        return bool(named(label, counting.language))
    return any(word.isalpha() for word in capitalised(label, first=True))
