"""Numbers read as the explainer's region writes them, as CLDR says: Mexico's 1,250 and 2.5,
Spain's 1.250 and 2,5, Switzerland's 1'250, India's 12,50,000."""

from __future__ import annotations

import pytest

from .test_checks import FRONT, stated, warnings_of


def front(tag: str) -> str:
    """Return the front matter of an explainer in the given language."""
    return FRONT.replace("\n---\n", f"\nlanguage: {tag}\n---\n", 1)


def figures(*items: tuple[str, str]) -> str:
    """Return a figures section of (value, label) items."""
    return "\n--- figures\nfigures:\n" + "".join(
        f'  - value: "{value}"\n    label: {label}\n' for value, label in items) + "---\n"


POLICE = ("policías kenianos listos para desplegarse", "aportados por Chile a la misión")
MEXICAN = figures(("1250", POLICE[0]), ("2.5 millones de dólares", POLICE[1]))
SPANISH = figures(("1.250", POLICE[0]), ("2,5 millones de dólares", POLICE[1]))


@pytest.mark.parametrize("tag", ["es-MX", "es-419", "es-US"])
@pytest.mark.parametrize(("text", "said"), [
    ("Unos 1,250 policías kenianos están listos para desplegarse.", []),
    ("Chile aportó 2.5 millones de dólares a la misión.", []),
    ("Hay 1,500 policías kenianos listos para desplegarse.", ["'1,500 policías'"]),
    ("Chile aportó 3.5 millones de dólares a la misión.", ["'3.5 millones de dólares'"]),
    # Spain's 1.250 is 1.25 in Mexico: read neither way.
    ("Hay 1.500 policías kenianos listos para desplegarse.", []),
])
def test_numbers_as_latin_america_writes_them(tag: str, text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + MEXICAN
    assert stated(warnings_of(body, front(tag))) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Unos 1.250 policías kenianos están listos para desplegarse.", []),
    ("Chile aportó 2,5 millones de dólares a la misión.", []),
    ("Hay 1.500 policías kenianos listos para desplegarse.", ["'1.500 policías'"]),
    ("Chile aportó 3,5 millones de dólares a la misión.", ["'3,5 millones de dólares'"]),
])
def test_numbers_as_spain_writes_them(text: str, said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + SPANISH
    assert stated(warnings_of(body, front("es"))) == said


@pytest.mark.parametrize(("tag", "items", "text", "said"), [
    # Switzerland parts thousands with an apostrophe, straight or typographer's; its German
    # marks decimals with a point, its French with a comma.
    ("de-CH", [("1'250", "kenianische Polizisten im Einsatz"),
               ("2.5 Millionen Franken", "Beitrag der Schweiz an die Mission")],
     "Im Einsatz sind 1’250 kenianische Polizisten; der Beitrag der Schweiz an die Mission "
     "beträgt 2.5 Millionen Franken.", []),
    ("de-CH", [("1'250", "kenianische Polizisten im Einsatz"),
               ("2.5 Millionen Franken", "Beitrag der Schweiz an die Mission")],
     "Im Einsatz sind 1'500 kenianische Polizisten; der Beitrag der Schweiz an die Mission "
     "beträgt 3.5 Millionen Franken.",
     ["'1'500 kenianische Polizisten'", "'3.5 Millionen Franken'"]),
    ("fr-CH", [("1'250", "policiers kényans déployés en Haïti")],
     "Au total, 1’250 policiers kényans sont déployés en Haïti.", []),
    ("fr-CH", [("1'250", "policiers kényans déployés en Haïti")],
     "Au total, 1\u202f250 policiers kényans sont déployés en Haïti.", []),
    ("fr-CH", [("1'250", "policiers kényans déployés en Haïti")],
     "Au total, 1'500 policiers kényans sont déployés en Haïti.", ["'1'500 policiers'"]),
    # India groups lakhs: 12,50,000 is 1,250,000.
    ("en-IN", [("12,50,000", "voters registered in Kerala")],
     "There are 12,50,000 voters registered in Kerala.", []),
    ("en-IN", [("12,50,000", "voters registered in Kerala")],
     "There are 15,00,000 voters registered in Kerala.", ["'15,00,000 voters'"]),
    # South Africa parts thousands with a space and marks decimals with a comma.
    ("en-ZA", [("2,5 million", "people displaced by the floods")],
     "The floods displaced 2,5 million people.", []),
    ("en-ZA", [("2,5 million", "people displaced by the floods")],
     "The floods displaced 3,5 million people.", ["'3,5 million people'"]),
])
def test_numbers_as_a_region_writes_them(tag: str, items: list[tuple[str, str]], text: str,
                                          said: list[str]) -> None:
    body = f"--- summary\n---\n{text}\n" + figures(*items)
    assert stated(warnings_of(body, front(tag))) == said
