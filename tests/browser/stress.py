"""Explainers that push the layout: the longest names, titles, numbers and addresses."""

from __future__ import annotations

from ..helpers import REPO

FIXTURES = REPO / "tests" / "fixtures"

# Sixty entries: the longest state names first, one under a long label, and organisations.
COUNTRIES = (
    "Saint Vincent and the Grenadines", "Democratic Republic of the Congo",
    "Central African Republic", "Bosnia and Herzegovina", "Saint Kitts and Nevis",
    "Papua New Guinea", "Sao Tome and Principe", "Trinidad and Tobago", "Antigua and Barbuda",
    "Federated States of Micronesia", "Equatorial Guinea", "Dominican Republic",
    "United Arab Emirates", "Marshall Islands", "Solomon Islands", "Guinea-Bissau",
    "Liechtenstein", "Turkmenistan", "Kyrgyzstan", "Mozambique", "Madagascar", "Mauritania",
    "Switzerland", "Netherlands", "Philippines", "Afghanistan", "Azerbaijan", "Bangladesh",
    "Luxembourg", "Montenegro", "North Macedonia", "Seychelles", "South Africa", "South Sudan",
    "Saint Lucia", "El Salvador", "Sierra Leone", "New Zealand", "Costa Rica", "Timor-Leste",
    "Kazakhstan", "Uzbekistan", "Tajikistan", "Cambodia", "Zimbabwe", "Botswana", "Eswatini",
    "Mongolia", "Paraguay", "Uruguay", "Venezuela", "Argentina", "Indonesia", "Malaysia",
    "Portugal",
)
LONG_LABEL = "United Kingdom of Great Britain and Northern Ireland"
ORGANISATIONS = ("European Union", "African Union",
                 "Economic Community of West African States (ECOWAS)",
                 "International Committee of the Red Cross (ICRC)")
LONG_URL = ("https://example.org/" + "reports/annual-assessment-of-multinational-security-"
            "support-missions-" * 2 + "appendix-with-country-by-country-figures-2024.pdf")
TITLE = ("Sixty countries and four organisations sign a multinational agreement on police "
         "cooperation, training and funding across three continents")
DEK = ("The accord, negotiated over forty rounds of talks since 2019, commits its signatories "
       "to shared budgets, joint command and annual reviews of every mission")


def _country_entries() -> str:
    entries = [f'  - name: "{name}"\n    role: party\n' for name in COUNTRIES]
    entries.append(f'  - name: United Kingdom\n    label: "{LONG_LABEL}"\n    role: party\n'
                   "    note: Signed in the name of all four nations of the kingdom\n")
    entries += [f'  - organisation: "{org}"\n    role: mediator\n' for org in ORGANISATIONS]
    return "--- countries\ncountries:\n" + "".join(entries) + "---\n\n"


def _timeline() -> str:
    events = []
    for i in range(40):
        year, month = 2019 + i // 8, 1 + i % 12
        fuzzy = "    approximate: true\n" if i % 3 == 0 else ""
        date = f"{year}-{month:02d}" if i % 2 else f"{year}"
        events.append(
            f"  - date: {date}\n{fuzzy}    title: Round {i + 1} of the negotiations on the "
            "multinational police cooperation agreement ends without a final text\n"
            "    text: Delegations from every continent met again to discuss budgets.\n"
            f"    source: {LONG_URL}?round={i + 1}\n")
    return "--- timeline\nevents:\n" + "".join(events) + "---\n\n"


def _figures() -> str:
    values = ("$1,234,567,890,123", "12,345,678,901 tonnes of CO2 equivalent",
              "98.7654321 per cent", "4,000,000,000,000 cubic metres")
    items = "".join(f'  - value: "{v}"\n    label: counted by the signatories in 2024\n'
                    for v in values)
    return "--- figures\nfigures:\n" + items + "---\n\n"


def _quote() -> str:
    words = ("We have agreed to work together because no country can keep its people safe "
             "alone, and ") * 16
    return ("--- quote\ntext: >-\n  " + words.strip() + " so we sign.\n"
            "speaker: Maria Fernanda Espinosa Garcés de la Torre\n"
            "role: Chair of the negotiating committee and former foreign minister\n---\n\n")


def _sources() -> str:
    return (f"--- sources\nsources:\n  - title: Annual assessment\n    url: {LONG_URL}\n"
            f"    publisher: Example\n  - {LONG_URL}?page=2\n---\n")


def stress_story() -> str:
    """Return an explainer with every section kind at its longest."""
    takeaways = "".join(f"  - Point {i + 1}, the signatories agree to share the cost of "
                        "training officers for missions abroad.\n" for i in range(12))
    return (f"---\ntitle: {TITLE}\ndek: {DEK}\npublished: 2024-05-23\n"
            "tags: [Police, Multinational cooperation]\n---\n\n"
            "--- summary\n---\nThe agreement was signed after years of talks.\n\n"
            "--- takeaways\ntakeaways:\n" + takeaways + "---\n\n"
            + _figures() + _quote() + _country_entries() + _timeline() + _sources())


def bare_story() -> str:
    """Return an explainer with neither countries nor a timeline."""
    return ("---\ntitle: A short explainer\ndek: Only words\npublished: 2024-05-23\n---\n\n"
            "--- summary\n---\nNothing but a summary and a source.\n\n" + _sources())


def german_story() -> str:
    """Return a German explainer whose title is one long compound."""
    return ("---\ntitle: Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung"
            "sreform\ndek: Der Bundestag berät die Reform\npublished: 2024-05-23\nlanguage: de\n"
            "---\n\n--- summary\n---\nDer Bundestag berät die Reform.\n")


def stress_files() -> dict[str, str]:
    """Return the content files of the stress project, Arabic and Chinese stories included."""
    return {
        "content/stress.md": stress_story(),
        "content/bare.md": bare_story(),
        "content/reform.md": german_story(),
        "content/cairo-summit.md": (FIXTURES / "arabic" / "cairo-summit.md").read_text("utf-8"),
        "content/chinese.md": (FIXTURES / "languages" / "chinese.md").read_text("utf-8"),
    }
