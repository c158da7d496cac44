"""The manual's screenshots: the command docs/design.md shows makes the pictures it shows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PIL import Image

from ..helpers import REPO
from ..manual import shell_commands
from .tools import chromium_path

DESIGN = REPO / "docs" / "design.md"
PICTURE = re.compile(r"\]\((screenshots/[^)]+\.png)\)")


def test_the_screenshot_command_makes_every_picture_the_design_page_shows(tmp_path: Path) -> None:
    text = DESIGN.read_text(encoding="utf-8")
    [command] = [c for c in shell_commands(text) if "scripts/screenshots.py" in c]
    shown = {Path(name).name for name in PICTURE.findall(text)}
    env = {**os.environ, "CHROMIUM": chromium_path(), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, *command.split()[1:], "--output", str(tmp_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert shown and shown <= {path.name for path in tmp_path.glob("*.png")}
    assert {width_of(tmp_path / name) for name in shown} == {390, 1280}


def width_of(picture: Path) -> int:
    """Return a PNG's width in pixels."""
    with Image.open(picture) as image:
        return image.width
