"""A bad `--days` typed at the command line is one clear line and the usage, never a traceback,
and nothing is changed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_A_NUMBER = "argument --days: must be a whole number of days, not “abc”."


def run(*args):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tx_portal.settings.test"}
    return subprocess.run(  # noqa: S603  # nosec B603: our own manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("command", "value", "message"),
    [
        ("purge_comment_ips", "abc", NOT_A_NUMBER),
        ("purge_comment_ips", "-1", "argument --days: must be 1 or more, not -1."),
        ("send_review_digest", "abc", NOT_A_NUMBER),
        ("send_review_digest", "-1", "argument --days: must be 0 or more, not -1."),
    ],
)
def test_bad_days_get_a_clear_error_and_no_traceback(command, value, message):
    result = run(command, "--days", value)
    assert result.returncode == 2
    assert f"manage.py {command}: error: {message}" in result.stderr
    assert "usage: manage.py" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
