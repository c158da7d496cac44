"""CLDR's other names of territories (short forms and variants), which Babel leaves out.

Written by scripts/update_country_names.py from cldr-localenames-full 48.2.0 (Unicode
License v3, see explainer/data/LICENSE-CLDR); do not edit by hand. By language, then by
territory code: the kind of name CLDR gives ("short", "variant", ...) and the name.
"""

CLDR_VERSION = "48.2.0"
ALTERNATIVES: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "BA": {"short": "Bosnia"},
        "CC": {"short": "Cocos Islands"},
        "CD": {"variant": "Congo (DRC)"},
        "CG": {"variant": "Congo (Republic)"},
        "CI": {"variant": "Ivory Coast"},
        "CV": {"variant": "Cabo Verde"},
        "CZ": {"variant": "Czech Republic"},
        "FK": {"variant": "Falkland Islands (Islas Malvinas)"},
        "GB": {"short": "UK"},
        "HK": {"short": "Hong Kong"},
        "IO": {"chagos": "Chagos Archipelago"},
        "MM": {"short": "Myanmar"},
        "MO": {"short": "Macao"},
        "NZ": {"variant": "Aotearoa New Zealand"},
        "PN": {"short": "Pitcairn"},
        "PS": {"short": "Palestine"},
        "SZ": {"variant": "Swaziland"},
        "TL": {"variant": "East Timor"},
        "TR": {"variant": "Turkey"},
        "UN": {"short": "UN"},
        "US": {"short": "US"},
    },
}
