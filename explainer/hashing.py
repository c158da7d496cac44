"""Content hashes: they name the files a build wrote and every entry of the build cache."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def digest(*parts: bytes | str) -> str:
    """Return a hex hash of some parts, each length-prefixed so that no two lists collide."""
    return digest_of(parts)


def digest_of(parts: Iterable[bytes | str]) -> str:
    """Return digest(*parts) of parts that come one by one, and need not all be in memory."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "little"))
        hashed.update(data)
    return hashed.hexdigest()[:32]
