"""The site model: frozen dataclasses that templates receive.

Data flows one way: source files -> these objects -> templates -> output files. Every URL and
output path is computed once, here, when the objects are made. The model is in five modules,
from the smallest parts up; import its names from here.
"""

from .basics import PREHISTORY, Clock, Extra, FuzzyDate, Link, Section, TextMap, frozen
from .explainer import Change, Explainer, Place, Teaser, Use
from .involved import (
    CATCH_ALL,
    MAP_VIEWS,
    ROLES,
    Countries,
    Country,
    CountryEntry,
    Organisation,
    OrganisationEntry,
    Part,
    RoleGroup,
    RoleNote,
    flag_path,
    role_key,
)
from .sections import (
    Embed,
    Figure,
    Figures,
    Image,
    Picture,
    Prose,
    Question,
    Questions,
    Quote,
    Sources,
    Summary,
    Takeaway,
    Takeaways,
    Timeline,
    TimelineEvent,
    TimelineYear,
    WhyItMatters,
)
from .site import PAGE_SIZE, Config, Masthead, Media, Rendition, Share, Site

__all__ = [
    "CATCH_ALL", "Change", "Clock", "Config", "Countries", "Country", "CountryEntry", "Embed",
    "Explainer", "Extra", "Figure", "Figures", "FuzzyDate", "Image", "Link", "MAP_VIEWS",
    "Masthead", "Media",
    "Organisation", "OrganisationEntry", "PAGE_SIZE", "PREHISTORY", "Part", "Picture", "Place",
    "Prose", "Question", "Questions", "Quote",
    "ROLES",
    "Rendition", "RoleGroup", "RoleNote", "Section", "Share", "Site", "Sources",
    "Summary", "Takeaway", "Takeaways", "Teaser", "TextMap", "Timeline", "TimelineEvent",
    "TimelineYear", "Use", "WhyItMatters", "flag_path", "frozen", "role_key",
]

# Classes are named after the model, not the module that holds them: template errors show
# authors "'explainer.content.model.Quote object' has no attribute ...", and the cache's pickles
# do not depend on which file a class sits in.
for _class in [value for value in globals().values() if isinstance(value, type)]:
    _class.__module__ = __name__
