"""The test run fails when a test leaves something in the checkout, and only then."""

from __future__ import annotations

import subprocess

import pytest

WRITES_INTO_THE_TREE = """
from pathlib import Path

def test_leaves_a_file_behind():
    Path("left-behind.txt").write_text("oops")
"""

WRITES_INTO_TMP_PATH = """
def test_writes_where_it_should(tmp_path):
    (tmp_path / "fine.txt").write_text("fine")
"""


@pytest.fixture
def checkout(pytester: pytest.Pytester) -> pytest.Pytester:
    """Return a pytester folder that is a git checkout with some files of its own."""
    subprocess.run(["git", "init", "-q", str(pytester.path)], check=True)
    (pytester.path / ".gitignore").write_text("*.log\n", encoding="utf-8")
    (pytester.path / "old.log").write_text("there before the run\n", encoding="utf-8")
    return pytester


def test_a_file_left_in_the_checkout_fails_the_run(checkout: pytest.Pytester) -> None:
    checkout.makepyfile(test_writes=WRITES_INTO_THE_TREE)
    result = checkout.runpytest("-p", "tests.cleantree")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*the tests changed the working tree*",
                                 "    left-behind.txt", "hint: a test must write under tmp_path*"])


def test_an_ignored_file_changed_in_the_checkout_fails_the_run(
        checkout: pytest.Pytester) -> None:
    checkout.makepyfile(test_writes=WRITES_INTO_THE_TREE.replace(
        '"left-behind.txt").write_text("oops")', '"old.log").write_text("rewritten, longer")'))
    result = checkout.runpytest("-p", "tests.cleantree")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["    old.log"])


def test_tests_that_write_to_tmp_path_pass(checkout: pytest.Pytester) -> None:
    checkout.makepyfile(test_writes=WRITES_INTO_TMP_PATH)
    result = checkout.runpytest("-p", "tests.cleantree")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.OK
    assert "changed the working tree" not in result.stdout.str()
