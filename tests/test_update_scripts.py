"""The scripts that vendor CLDR's data run with the project's own dependencies: only the one
that redraws the flags needs image libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .helpers import REPO

# Importing a script as running it does, with the libraries that only drawing flags needs made
# unimportable: each fails with the message that asks to install them, if it imports them.
WITHOUT_IMAGES = """
import sys
sys.modules.update(dict.fromkeys(("resvg_py", "vtracer", "PIL"), None))
sys.path.insert(0, "scripts")
import {script}
print({script}.CLDR_VERSION)
"""


@pytest.mark.parametrize("script", ["update_country_names", "update_quotes",
                                    "update_month_names"])
def test_a_cldr_script_needs_no_image_library(script: str) -> None:
    result = subprocess.run([sys.executable, "-B", "-c", WITHOUT_IMAGES.format(script=script)],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip()[:2].isdigit()
