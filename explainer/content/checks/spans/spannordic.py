"""The words of a span between two events (see spanlanguages.py) of Swedish, Danish and
Norwegian (Bokmål): "40 dagar efter uppskjutningen", "14 dage senere", "tre uker tidligere"."""

from __future__ import annotations

from .spanwords import AFTER, BEFORE, SpanWords, forms

NORWEGIAN = SpanWords(
    {"en": 1, "ett": 1, "et": 1},
    {**forms("day", "dag", "dager", "døgn"), **forms("week", "uke", "uker"),
     **forms("month", "måned", "måneder"), **forms("year", "år")},
    {"etter": AFTER, "før": BEFORE},
    {"senere": AFTER, "tidligere": BEFORE},
    ("omkring", "cirka", "nesten", "snaue", "snaut", "knapt"), ("enn",),
    ("mer enn", "over", "mindre enn", "minst", "innen", "i løpet av", "de", "disse", "første",
     "siste"))

NORDIC_SPANS = {
    "sv": SpanWords(
        {"en": 1, "ett": 1},
        {**forms("day", "dag", "dagar", "dygn"), **forms("week", "vecka", "veckor"),
         **forms("month", "månad", "månader"), **forms("year", "år")},
        {"efter": AFTER, "före": BEFORE, "innan": BEFORE},
        {"senare": AFTER, "tidigare": BEFORE},
        ("omkring", "ungefär", "cirka", "nästan", "knappt", "drygt"), ("än",),
        ("mer än", "över", "mindre än", "minst", "inom", "under", "de", "dessa", "första",
         "sista")),
    "da": SpanWords(
        {"en": 1, "et": 1},
        {**forms("day", "dag", "dage", "døgn"), **forms("week", "uge", "uger"),
         **forms("month", "måned", "måneder"), **forms("year", "år")},
        {"efter": AFTER, "før": BEFORE, "inden": BEFORE},
        {"senere": AFTER, "tidligere": BEFORE},
        ("omkring", "cirka", "næsten", "knap", "knapt"), ("end",),
        ("mere end", "over", "mindre end", "mindst", "inden for", "i løbet af", "de", "disse",
         "første", "sidste")),
    "nb": NORWEGIAN,
    "no": NORWEGIAN,
}
