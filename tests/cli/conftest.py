import os
import subprocess
import sys

import pytest


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m crmdesk` as a user would, with its own config and data folders."""

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        env = {**os.environ, "CRMDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("CRMDESK_DB", None)
        return subprocess.run(
            [sys.executable, "-m", "crmdesk", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
        )

    return run
