"""Word banks and a small grammar for news stories unlike the explainer corpus's prose.

The sentences are built from parts (who, what they did, to what, why, with which numbers), so
that their words and lengths vary from one sentence to the next, as a wire story's do.
"""

from __future__ import annotations

import random

SUBJECTS = (
    "The finance ministry", "Regional governors", "A coalition of farmers' unions",
    "The central bank", "Port authorities", "Opposition lawmakers", "Hospital managers",
    "The electoral commission", "Aid workers", "Local businesses", "The state energy company",
    "Teachers' unions", "Customs officials", "The coast guard", "Independent auditors",
    "A parliamentary committee", "Mining companies", "The transport regulator",
    "Municipal councils", "The health ministry", "Fishing cooperatives", "Exporters",
    "The national statistics office", "Civil-society groups", "Insurance firms",
    "The defence ministry", "Water utilities", "Courts", "Landlords", "Railway unions",
)
VERBS = (
    "warned that", "said on Tuesday that", "confirmed that", "argued that", "estimated that",
    "told reporters that", "acknowledged that", "insisted that", "reported that",
    "wrote in a letter that", "disclosed that", "cautioned that", "announced that",
    "conceded that", "noted that", "claimed that", "predicted that", "complained that",
)
CLAIMS = (
    "the shortfall could reach {money} by the end of the year",
    "prices for basic goods had risen by {percent} since {month}",
    "about {count} {people} had been affected",
    "repairs to the {thing} would take at least {months} months",
    "the {thing} was running at {percent} of its capacity",
    "{count} {people} were still waiting for compensation",
    "the {plan} would not be ready before {next_year}",
    "a second tranche worth {money} had been delayed",
    "the number of {people} registered had doubled in {months} months",
    "it had spent {money} on the {thing} so far",
    "revenue from the {thing} fell {percent} in the last quarter",
    "the {plan} was underfunded by roughly {money}",
    "fewer than {count} {people} had received the promised payments",
    "the {thing} had been closed for {days} days",
    "inflation would stay above {percent} until {next_year}",
)
REASONS = (
    "because of the drought", "after weeks of protests", "despite repeated promises",
    "as fuel costs climbed", "while talks with lenders dragged on", "amid a row over contracts",
    "after a fire at the main depot", "since the floods in {month}", "as the currency weakened",
    "following an audit of the accounts", "before the rainy season", "after the strike ended",
    "under pressure from donors", "in the wake of the court ruling",
)
PEOPLE = (
    "households", "families", "workers", "patients", "pupils", "farmers", "residents",
    "passengers", "small businesses", "pensioners", "nurses", "drivers", "fishermen",
    "migrants", "voters", "tenants", "doctors", "traders",
)
THINGS = (
    "grain terminal", "northern railway", "water network", "power grid", "main hospital",
    "port", "refinery", "school-meals scheme", "ring road", "border crossing", "gas pipeline",
    "desalination plant", "housing programme", "airport extension", "pension fund",
)
PLANS = (
    "recovery plan", "reform package", "budget", "rescue deal", "reconstruction programme",
    "subsidy scheme", "debt agreement", "new tariff", "emergency fund", "investment strategy",
)
CONTEXT = (
    "The figures were not independently verified.",
    "Officials did not respond to requests for comment.",
    "Similar promises were made {years} years ago.",
    "The announcement came hours before the deadline.",
    "Critics say the timetable is unrealistic.",
    "The dispute has dragged on for months.",
    "It was not clear who would pay for the work.",
    "Markets barely moved on the news.",
    "The plan still needs the approval of parliament.",
    "Several ministers have resigned over the issue since {month}.",
    "Neither side gave details of the talks.",
    "The previous government had shelved a similar proposal.",
)
FIRST_NAMES = (
    "Adaeze", "Bruno", "Catalina", "Dmitri", "Esi", "Felipe", "Gulnara", "Hiroshi", "Ifeoma",
    "Jonas", "Karin", "Luis", "Mariam", "Nikolai", "Oksana", "Pedro", "Qiu", "Rania", "Sipho",
    "Thandiwe", "Umar", "Valeria", "Wei", "Ximena", "Yara", "Zoltan", "Aylin", "Bongani",
)
LAST_NAMES = (
    "Abubakar", "Bergstrom", "Castillo", "Demir", "Eze", "Ferreira", "Gonzaga", "Horvath",
    "Ibrahim", "Jovanovic", "Kiplagat", "Lopes", "Mahlangu", "Nguyen", "Oduya", "Petrov",
    "Quinteros", "Rossi", "Sato", "Tshabalala", "Uribe", "Varga", "Wojcik", "Xu", "Yildiz",
)
ROLES = (
    "an economist at the national university", "a spokesperson for the ministry",
    "the union's general secretary", "a senior official", "the mayor", "an opposition senator",
    "the company's chief executive", "a researcher who tracks the sector",
    "the head of a local charity", "a former minister", "a lawyer for the families",
)
SAYINGS = (
    "We have been patient for a long time, and patience is running out",
    "Nobody can say when the money will arrive",
    "This is the worst year we have had since {year}",
    "The numbers speak for themselves",
    "We need a plan that lasts longer than one budget",
    "People are tired of hearing about reforms that never happen",
    "It is a first step, but only a first step",
)
OUTLETS = (
    ("Daily Correspondent", "dailycorrespondent.example.com"),
    ("The Northern Observer", "observer.example.org"),
    ("Pan-Continental Press", "pcpress.example.net"),
    ("The Evening Bulletin", "bulletin.example.co.uk"),
    ("Market Watchdog", "watchdog.example.com"),
    ("Radio Horizon", "radiohorizon.example.org"),
)
SECTIONS = ("world", "business", "politics", "economy", "africa", "americas", "asia", "europe")
HEADINGS = (
    "What happened", "The numbers", "Who pays", "What comes next", "The background",
    "Reaction", "A long dispute", "Winners and losers", "What officials say",
    "The view from the ground", "Why it matters now", "The risks",
)
HEADLINES = (
    "{thing} repairs to cost {money}", "the {plan} explained", "{people} wait for payments",
    "why the {thing} closed", "{percent} rise in prices hits {people}",
    "lenders weigh a {money} deal", "inside the talks on the {plan}",
    "audit finds gaps in the {plan}", "{count} {people} affected, officials say",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
CURRENCIES = ("$", "$", "$", "€", "£")


def person(rng: random.Random) -> str:
    """Return a made-up full name."""
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def money(rng: random.Random) -> str:
    """Return an amount of money as a wire story writes it."""
    sign = rng.choice(CURRENCIES)
    if rng.random() < 0.5:
        return f"{sign}{rng.randrange(2, 95)}.{rng.randrange(1, 10)} billion"
    return f"{sign}{rng.randrange(15, 990)} million"


def slots(rng: random.Random, year: int) -> dict[str, str]:
    """Return fresh values for every slot of the grammar's patterns."""
    return {"money": money(rng), "percent": f"{rng.randrange(2, 60)}.{rng.randrange(10)}%",
            "count": f"{rng.randrange(1, 99)},{rng.randrange(1000):03d}",
            "people": rng.choice(PEOPLE), "thing": rng.choice(THINGS), "plan": rng.choice(PLANS),
            "month": rng.choice(MONTHS), "months": str(rng.randrange(3, 30)),
            "days": str(rng.randrange(4, 90)), "years": str(rng.randrange(2, 12)),
            "year": str(year - rng.randrange(2, 15)), "next_year": str(year + rng.randrange(1, 4))}


def sentence(rng: random.Random, year: int) -> str:
    """Return one sentence: short context, or a claim with or without its reason."""
    values = slots(rng, year)
    shape = rng.random()
    if shape < 0.2:
        return rng.choice(CONTEXT).format(**values)
    who = rng.choice(SUBJECTS)
    if shape < 0.35:
        who = f"{person(rng)}, {rng.choice(ROLES)},"
    text = f"{who} {rng.choice(VERBS)} {rng.choice(CLAIMS)}"
    if shape > 0.6:
        text += f" {rng.choice(REASONS)}"
    if shape > 0.85:
        text += f", and that {rng.choice(CLAIMS)}"
    return text.format(**values) + "."


def headline(rng: random.Random, year: int) -> str:
    """Return the headline of a report that a story links to."""
    text = rng.choice(HEADLINES).format(**slots(rng, year))
    return text[0].upper() + text[1:]


def saying(rng: random.Random, year: int) -> str:
    """Return a quotation with its attribution, in curly quotes."""
    words = rng.choice(SAYINGS).format(**slots(rng, year))
    return f"\u201c{words},\u201d said {person(rng)}, {rng.choice(ROLES)}."
