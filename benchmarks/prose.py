"""Word banks and sentence patterns that make plausible news prose for the benchmark corpus."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pycountry

FIRST_NAMES = (
    "Amina", "Carlos", "Chen", "Daniel", "Elena", "Fatima", "Grace", "Hassan", "Ines", "James",
    "Kofi", "Laila", "Marta", "Nadia", "Omar", "Pablo", "Priya", "Rosa", "Samuel", "Tomas",
    "Ulrike", "Victor", "Wanjiru", "Yusuf", "Zanele", "Ana", "Farid", "Mei", "Olga", "Tariq",
)
LAST_NAMES = (
    "Achieng", "Alvarez", "Baptiste", "Bianchi", "Dlamini", "Haddad", "Ivanova", "Kamau",
    "Kowalski", "Lindqvist", "Mensah", "Moreau", "Nakamura", "Novak", "Okafor", "Osei", "Patel",
    "Quispe", "Rahman", "Reyes", "Santos", "Silva", "Tanaka", "Toure", "Van Dijk", "Wong",
    "Yilmaz", "Zhou", "Costa", "Mwangi",
)
ORGANISATIONS = (
    "the United Nations", "the African Union", "the European Union", "the World Bank",
    "the Red Cross", "the Security Council", "the Commonwealth",
    "the Organization of American States",
)
PUBLISHERS = (
    ("The Harbour Times", "harbourtimes.example.org"), ("Continental Wire", "wire.example.com"),
    ("The Meridian", "meridian.example.net"), ("Global Desk", "globaldesk.example.org"),
    ("The Daily Ledger", "ledger.example.com"), ("Coastline Review", "coastline.example.net"),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
POSTS = ("Foreign minister", "Interior minister", "President", "Prime minister",
         "Ambassador to the United Nations", "Finance minister", "Defence minister")
# Dependent territories and uninhabited lands: real explainers rarely list them as actors.
TERRITORIES = set(
    "AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF "
    "MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split())


@dataclass(frozen=True)
class Theme:
    """What a story is about: its tag, the effort it explains, and words to talk about it."""

    tag: str
    mission: str
    topics: tuple[str, ...]
    actions: tuple[str, ...]

    @property
    def a_mission(self) -> str:
        """Return the mission with its indefinite article."""
        return ("an " if self.mission[0] in "aeiou" else "a ") + self.mission


THEMES = (
    Theme("Security", "police mission", ("armed gangs", "the collapse of policing", "kidnappings"),
          ("restore order", "train local police", "secure the main ports")),
    Theme("Climate", "climate fund", ("coastal flooding", "the long drought", "failed harvests"),
          ("protect the coastline", "pay for adaptation", "phase out coal")),
    Theme("Trade", "trade pact", ("high tariffs", "blocked grain exports", "customs delays"),
          ("lower tariffs", "reopen the border crossings", "settle the dispute")),
    Theme("Health", "vaccination drive",
          ("the cholera outbreak", "empty clinics", "drug shortages"),
          ("vaccinate children", "rebuild clinics", "train nurses")),
    Theme("Energy", "power deal", ("rolling blackouts", "fuel prices", "an ageing grid"),
          ("repair the grid", "build solar farms", "cut fuel imports")),
    Theme("Migration", "resettlement plan", ("crowded camps", "dangerous sea crossings",
                                             "a backlog of asylum claims"),
          ("resettle families", "process claims faster", "open legal routes")),
    Theme("Elections", "election monitoring mission", ("disputed results", "voter intimidation",
                                            "a boycott by the opposition"),
          ("monitor the vote", "train poll workers", "audit the voter rolls")),
    Theme("Diplomacy", "peace process",
          ("the border dispute", "the ceasefire", "prisoner exchanges"),
          ("agree a ceasefire", "exchange prisoners", "reopen embassies")),
)
TAGS = tuple(theme.tag for theme in THEMES) + ("Aid", "Economy", "Human rights", "Regional")

SENTENCES = (
    "Officials in {host} say the situation has worsened sharply since {year}, blaming {topic}, "
    "and that the {mission} is meant to change that.",
    "**{person}**, who speaks for the government of {lead}, said the first teams would {action} "
    "within weeks.",
    "{funder} has pledged **{money}** towards the {mission}, most of it for equipment and "
    "salaries.",
    "Critics in {host} worry that outside help could sideline local institutions that have "
    "struggled with {topic} for years.",
    "The plan was first discussed at a meeting convened by {org} in {month} {year}.",
    "Diplomats from {partner} describe the effort as overdue but fragile.",
    "Under the agreement, {lead} will {action}, while {partner} provides logistics and training.",
    "Analysts note that similar efforts in the past faltered once international attention moved "
    "elsewhere.",
    "Local groups in {host} have asked for regular public reports on how the money is spent.",
    "About {number} staff are expected to take part in the first phase, according to officials.",
    "The government of {host} says it needs help to {action} before the rainy season.",
    "{Org} has warned that the crisis could spill over into neighbouring states if nothing is "
    "done about {topic}.",
    "Supporters argue the {mission} gives {host} breathing space to rebuild its own capacity.",
    "Opposition politicians in {lead} have questioned the cost and asked parliament to vote on it.",
    "A review of the first six months is due in {month} {next_year}.",
    "**{person}**, a researcher who has studied {topic} for a decade, called the timetable "
    "*ambitious*.",
    "Some of the funding depends on {host} meeting conditions on transparency and human rights.",
    "The first convoy reached the capital of {host} after delays blamed on {topic}.",
    "Officials from {partner} said their contribution would go to efforts to {action}.",
    "Earlier attempts to {action} collapsed amid disputes over command and funding.",
    "The [text of the agreement]({url}) sets out who reports to whom, and for how long.",
    "Residents interviewed in recent weeks described daily life shaped by {topic}.",
    "Neither side has said what happens if the {mission} misses its first targets.",
    "{lead} has taken part in similar efforts before, but none on this scale.",
    "Aid agencies say they are ready to expand their work once conditions allow.",
    "The cost of the first year is put at **{money}**, shared among the partners.",
    "Parliament in {host} approved the arrangement by a narrow margin in {month}.",
    "Observers from {org} will monitor progress and publish their findings every quarter.",
)
HEADINGS = (
    "What was agreed", "Who is taking part", "Why now", "What it costs", "What critics say",
    "What happens next", "How {host} got here", "The risks ahead", "What {host} wants",
    "The view from {lead}",
)
# The questions readers ask of a story, answered in a paragraph each.
QUESTIONS = (
    "Who pays for the {mission}?", "What does {host} gain from it?",
    "Why did {host} ask {lead} for help?", "How many staff will {lead} send?",
    "What could go wrong?", "When does the {mission} start?", "Who else is taking part?",
)
QUOTES = (
    "We cannot {action} alone, and we will not pretend otherwise.",
    "This is a test of whether neighbours can act together when it matters.",
    "Every month we wait, the damage done by {topic} gets harder to undo.",
    "The money is welcome, but what people need is to see results on the ground.",
    "Nobody should expect this to be quick or cheap.",
)
EVENTS = (
    "{Org} calls for international help", "{lead} offers to lead {a_mission}",
    "{funder} pledges {money}", "The first teams arrive in {host}",
    "Parliament in {host} approves the plan", "Talks open in {partner}",
    "A first progress report is published", "Donors meet to discuss funding",
)
FULL_NAMES = {"Congo": "Republic of the Congo"}


def state_names() -> list[str]:
    """Return country names a reader would recognise, as pycountry spells them, sorted."""
    names = {getattr(c, "common_name", None) or c.name
             for c in pycountry.countries if c.alpha_2 not in TERRITORIES}
    # 'Congo' alone may mean either Congo, which a build refuses: write the one pycountry means
    # in full, in the same place in the list, so that the corpus draws the same countries.
    return [FULL_NAMES.get(n, n) for n in sorted(n for n in names if "," not in n and "(" not in n)]


class Voice:
    """Write sentences about one story, drawn from one RNG.

    names maps 'lead', 'host' and 'funder' to country names; partners are the other countries.
    """

    def __init__(self, rng: random.Random, theme: Theme, names: dict[str, str],
                 partners: list[str], year: int, url: str) -> None:
        self.rng = rng
        self.theme = theme
        self.names = names
        self.partners = partners or [names["lead"]]
        self.year = year
        self.url = url
        # One pledge and one head count per story, so that prose, takeaways and key figures
        # agree the way a careful newsroom's do (the editorial checks compare them).
        self.pledge = f"${rng.randrange(5, 900)} million"
        self.staff = f"{rng.randrange(120, 4000):,}"

    def person(self) -> str:
        """Return a made-up full name."""
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def money(self) -> str:
        """Return the story's pledge, as a newsroom writes it."""
        return self.pledge

    def fill(self, pattern: str) -> str:
        """Fill a pattern's slots with this story's names and fresh random details."""
        org = self.rng.choice(ORGANISATIONS)
        return pattern.format(
            **self.names, partner=self.rng.choice(self.partners), org=org,
            Org=org[0].upper() + org[1:], person=self.person(), money=self.money(),
            mission=self.theme.mission, a_mission=self.theme.a_mission,
            topic=self.rng.choice(self.theme.topics),
            action=self.rng.choice(self.theme.actions), year=self.year - self.rng.randrange(4),
            next_year=self.year + 1, month=self.rng.choice(MONTHS),
            number=self.staff, url=self.url)

    def sentence(self) -> str:
        """Return one sentence of prose."""
        return self.fill(self.rng.choice(SENTENCES))

    def paragraph(self, sentences: int) -> str:
        """Return a paragraph of the given number of sentences, none repeated."""
        return self.paragraphs(1, sentences, sentences)[0]

    def paragraphs(self, count: int, low: int = 3, high: int = 5) -> list[str]:
        """Return count paragraphs of low to high sentences each, no sentence used twice."""
        sizes = [self.rng.randint(low, high) for _ in range(count)]
        patterns = iter(self.rng.sample(SENTENCES, sum(sizes)))
        return [" ".join(self.fill(next(patterns)) for _ in range(size)) for size in sizes]
