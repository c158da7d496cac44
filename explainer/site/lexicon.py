"""The strings tables a site can use, and the words of each language made from them: the
project's tables laid over explainer's (see words.py for how a text is looked up)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..content.encodings import utf8_text
from ..content.languages import ENGLISH, cldr_locale, is_english, tag_slip
from ..content.model import Teaser
from ..content.sources import NONCHARACTER, first_of, invisible_error
from ..errors import ContentError, Problem
from ..hashing import digest
from ..inputs import CONFIG, STRINGS, Inputs
from .strings import (
    Table,
    Text,
    check_table,
    english,
    lookup_tags,
    missing_keys,
    package_tables,
    read_table,
    table_language,
)
from .words import LIST, Words


@dataclass(eq=False)
class Lexicon:
    """Every strings table a site can use: explainer's, with the project's laid over them."""

    project: Mapping[str, Table]  # the project's tables, by language
    problems: tuple[Problem, ...] = ()
    digest: str = ""  # of the project's tables; explainer's are part of its fingerprint
    made: dict[str, Words] = field(default_factory=dict, repr=False)

    def words(self, language: str) -> Words:
        """Return the words of a language (made once per language)."""
        found = self.made.get(language)
        if found is None:
            texts: dict[str, Text] = {}
            in_english: set[str] = set()  # texts no table of the language has
            for table in reversed(self.tables(language)):
                texts.update(table.texts)
                (in_english.update if is_english(table.language) else
                 in_english.difference_update)(table.texts)
            locale = cldr_locale(language)
            if locale is not None and LIST in in_english:
                # No table of the language parts a list: CLDR does ("، " in Pashto).
                middle = locale.list_patterns["standard"]["middle"]
                texts[LIST] = middle.removeprefix("{0}").removesuffix("{1}")
                in_english.discard(LIST)
            found = self.made[language] = Words(language, texts,  # type: ignore[arg-type]
                                                locale or cldr_locale(ENGLISH),
                                                frozenset(in_english))
        return found

    def tables(self, language: str) -> list[Table]:
        """Return the tables a language's texts are looked up in, the first one first."""
        shipped = package_tables()
        return [table for tag in lookup_tags(language)
                for table in (self.project.get(tag), shipped.get(tag)) if table is not None]

    def report(self, site_language: str, explainers: Iterable[Teaser]) -> list[Problem]:
        """Return the problems of the project's tables, and warn about each language the
        pages are written in whose words would be English."""
        problems = list(self.problems)
        languages = {site_language: CONFIG}  # each with the first file that asks for it
        for explainer in explainers:
            languages.setdefault(explainer.language, explainer.display_path)
        for language, where in languages.items():
            own = [t for t in self.tables(language) if not is_english(t.language)]
            if not is_english(language) and not own:
                problems.append(Problem(where, None, None, f"there is no strings table for "
                                        f"'{language}': pages in {language} show English words",
                                        f"add {STRINGS}/{language}.yml; docs/languages.md says "
                                        "how", severity="warning"))
        slip = tag_slip(site_language)  # an explainer's is warned of at its field
        if slip is not None:
            problems.append(Problem(CONFIG, None, None, *slip, severity="warning"))
        return problems


def load_lexicon(inputs: Inputs) -> Lexicon:
    """Read the project's strings tables and check them against explainer's English one."""
    project: dict[str, Table] = {}
    problems: list[Problem] = []
    paths = inputs.under(STRINGS)
    contents = {path: inputs.path(path).read_bytes() for path in paths}
    for path, data in contents.items():
        language = table_language(path)
        if language is None:
            problems.append(Problem(path, None, None, "not a strings table; it is ignored",
                                    f"name it after its language, such as {STRINGS}/fr.yml or "
                                    f"{STRINGS}/pt-BR.yml", severity="warning"))
            continue
        text = table_text(path, data, problems)
        if text is None:
            continue
        table, found = read_table(path, text, language)
        project[language] = table
        problems += [*found, *check_table(table, english())]
    lexicon = Lexicon(project, (), digest(*(part for path, data in contents.items()
                                            for part in (path, data))))
    for language, table in project.items():
        if not is_english(language):
            broader = [t for t in lexicon.tables(language)[1:] if not is_english(t.language)]
            implied = (LIST,) if cldr_locale(language) is not None else ()  # see words()
            problems += missing_keys(table, broader, english(), implied)
    lexicon.problems = tuple(problems)
    return lexicon


def table_text(path: str, data: bytes, problems: list[Problem]) -> str | None:
    """Return a project's table as text, or None, noting in problems why it cannot be read."""
    try:
        text = utf8_text(data, path)
    except ContentError as exc:
        problems += exc.problems
        return None
    noncharacter = first_of(NONCHARACTER, text)
    if noncharacter:
        problems += invisible_error(text, noncharacter, path).problems
        return None
    return text
