"""A figure's clause reaches past a date set off by commas ("In the second round, on 5 July
2024, he won 10 million votes") and past a bracketed aside before it: what the clause said
before the aside (the round) still says which figure the number is held to, in every
language; an aside naming another round leaves the number to that round."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import run_cli


def story(summary: str, value: str, label: str, language: str) -> str:
    """Return an explainer in a language with a summary and one key figure."""
    return (f"---\ntitle: T\ndek: D.\npublished: 2024-08-01\nlanguage: {language}\n---\n\n"
            f"--- summary\n---\n{summary}\n\n--- figures\nfigures:\n"
            f"  - value: \"{value}\"\n    label: {label}\n---\n")


ENGLISH = ("16 million", "votes for Pezeshkian in the second round", "en")
FRENCH = ("16 millions", "voix de Pezeshkian au second tour", "fr")
PERSIAN = ("۱۶ میلیون", "آرای پزشکیان در دور دوم", "fa")


@pytest.mark.parametrize(("summary", "figure", "warned"), [
    ("In the second round, on 5 July 2024, Pezeshkian won 10 million votes.", ENGLISH,
     "10:53: warning: section 'summary' says '10 million votes' but the key figure 'votes for "
     "Pezeshkian in the second round' (line 14) says '16 million'"),
    ("In the first round, on 28 June 2024, Pezeshkian won 10 million votes.", ENGLISH, None),
    ("In the second round (a runoff) Pezeshkian won 10 million votes.", ENGLISH, "10:47: warning"),
    ("In the first round (a week earlier) Pezeshkian won 10 million votes.", ENGLISH, None),
    ("Au second tour, le 5 juillet 2024, Pezeshkian a obtenu 10 millions de voix.", FRENCH,
     "10:56: warning: section 'summary' says '10 millions de voix' but the key figure 'voix de "
     "Pezeshkian au second tour' (line 14) says '16 millions'"),
    ("Au premier tour, le 28 juin 2024, Pezeshkian a obtenu 10 millions de voix.", FRENCH, None),
    ("در دور دوم، ۱۵ تیر ۱۴۰۳، پزشکیان ۱۰ میلیون رأی آورد.", PERSIAN,
     "10:34: warning: section 'summary' says '۱۰ میلیون رأی' but the key figure 'آرای پزشکیان "
     "در دور دوم' (line 14) says '۱۶ میلیون'"),
    ("در دور نخست، ۷ تیر ۱۴۰۳، پزشکیان ۱۰ میلیون رأی آورد.", PERSIAN, None),
])
def test_a_date_between_commas_leaves_the_clause_whole(
        make_site: Callable[..., Path], summary: str, figure: tuple[str, str, str],
        warned: str | None) -> None:
    root = make_site({"content/a.md": story(summary, *figure)})
    result = run_cli("check", "--root", root, "--base-url", "https://example.org/")
    assert result.returncode == 0, result.stderr
    found = [line for line in result.stderr.splitlines() if ": warning: " in line]
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(f"content/a.md:{warned}"), found
