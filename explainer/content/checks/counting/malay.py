"""How Malay writes counts and amounts: as Indonesian does ("lima negara", "82 daripada 222
kerusi", "RM2.5 bilion", "peratus" beside "%"; see indonesian.py), with the numbers of
Malaysia and Singapore, 1,000 and 2.5, rewritten as Indonesian's before they are read (Brunei's
1.000 and 2,5 are already), as CLDR says each region writes them."""

from __future__ import annotations

import dataclasses

from .indonesian import COUNTING as INDONESIAN

COUNTING = dataclasses.replace(INDONESIAN, language="ms", numbers_as="id")
