"""How Ukrainian writes counts and amounts: as Russian does, the patterns of both shared (see
eastslavic.py): "п'ять країн", "понад 30 держав", "18 км³", "1,5 млрд грн", "2,5 відсотка";
an adjective's "-ий" ("Каховський") is never a counted noun's, as it may be in Russian
("соглашений")."""

from __future__ import annotations

import dataclasses

from .eastslavic import COUNTING as RUSSIAN
from .eastslavicwords import ukrainian_plural

COUNTING = dataclasses.replace(RUSSIAN, language="uk", plural=ukrainian_plural)
