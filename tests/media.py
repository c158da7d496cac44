"""The media fixture: an explainer with a lead picture, a picture in its flow, an embed, two
updates and a correction (tests/fixtures/media), and pictures made for tests."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image

from .helpers import REPO, run_cli, write_project

FIXTURE = REPO / "tests" / "fixtures" / "media"
SLUG = "river-barrier"
BASE = "https://example.org/rivers/"
# 2026-12-01 12:00 UTC: a day after the fixture's newest change.
EPOCH = "1796126400"


def media_project(root: Path, files: dict[str, str | bytes] | None = None) -> Path:
    """Write the media fixture with the repository's theme, and more files."""
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    return write_project(root, files)


def build_media(folder: Path) -> tuple[Path, str]:
    """Build the media fixture in a folder with a base URL; return its site and messages."""
    root = media_project(folder / "site")
    result = run_cli("build", "--root", root, "--base-url", BASE,
                     env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 0, result.stderr
    return root / "public", result.stderr


def jpeg(width: int, height: int, colour: tuple[int, int, int] = (40, 90, 140)) -> bytes:
    """Return a JPEG of one colour, with a band so that it is not all flat."""
    image = Image.new("RGB", (width, height), colour)
    image.paste((230, 220, 200), (0, height // 2, width, height // 2 + max(1, height // 10)))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


EXPLAINER = """\
---
title: A picture test
dek: A dek.
published: 2024-06-26
{front}---

--- summary
---
Something happened.
{sections}"""


def explainer(front: str = "", sections: str = "") -> str:
    """Return an explainer with more front matter lines and sections."""
    return EXPLAINER.format(front=front, sections=sections)
