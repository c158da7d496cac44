"""Names of countries and organisations: resolving what an explainer writes to a country or an
organisation (countries.py), with their names in every language from CLDR and ISO 3166,
and the roles they are listed under."""
