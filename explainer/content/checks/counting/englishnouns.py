"""The verb an English action noun names: "withdrawals" are what customers "withdraw", an
"approval" what a board "approves", a "settlement" what parties "settle", an "election" whom
voters "elect", "clearance" what a regulator "clears". A label of the noun and a sentence of the
verb speak of one thing. Only the endings of actions are read (-al, -ment, -ion, -ance), and
only after a root of five letters at least that a verb ends in: an adjective's "-al"
("national", "critical", "natural") names no act, nor does a short root ("signal", "trial",
"payment", "section"), and a few nouns whose root is another word are left whole
("production" is no "product", "department" no "depart")."""

from __future__ import annotations

import re

# The endings of the stem of an action noun ("withdrawal", "settlement", "election",
# "clearance", whose stem is "clearanc"), after a root a verb ends so: "-al" after "aw", "ew",
# "ay", "v" or "s" ("withdraw", "renew", "betray", "approv", "propos", "dismiss"); "-ion" after
# "ct", "pt", "st", "nt" or "at" ("elect", "adopt", "suggest", "prevent", "donat").
ACTION = re.compile(r"(?P<root>\w{3,}(?:aw|ew|ay)|\w{4,}[vs])al$|(?P<made>\w{5,})ment$"
                    r"|(?P<done>\w{3,}(?:ct|pt|st|nt|at))ion$|(?P<given>\w{5,})anc$")
# Nouns whose root is a word of another meaning: a "product" is not produced, a "department"
# does not depart, a "statement" is no "state", an "apartment" no "apart", "importance" no
# "imports", a "question" no "quest", a "convention" no "convent"; prices' "inflation" is not
# what a balloon or a count is when "inflated", nor "vigilance" a "vigil".
OTHER_ROOTS = frozenset("production productions department departments statement statements "
                        "apartment apartments importanc question questions convention "
                        "conventions inflation inflations vigilanc".split())


def verb_of(stem: str) -> tuple[str, ...]:
    """Return the stem of the verb an action noun's stem names ("withdrawal" gives
    "withdraw"), or nothing."""
    found = ACTION.match(stem)
    if found is None or stem in OTHER_ROOTS:
        return ()
    root = next(part for part in found.groups() if part)
    return (root if found["done"] or found["root"] else root.removesuffix("e"),)
