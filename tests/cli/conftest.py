import os
import subprocess
import sys

import pytest

_PER_TEST = {"CRMDESK_DB", "CRMDESK_PASSWORD"}  # never taken from the caller's shell


@pytest.fixture
def run_cli(tmp_path):
    """Run `python -m crmdesk` as a user would, with its own config and data folders."""

    def run(
        *args: str, timeout: float = 120, env: dict | None = None, input: str | None = None
    ) -> subprocess.CompletedProcess:
        """``env``: extra variables; ``input``: what is typed on stdin (none by default)."""
        inherited = {k: v for k, v in os.environ.items() if k not in _PER_TEST}
        home = {"CRMDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
        full_env = {**inherited, **home, **(env or {})}
        stdin = {"input": input} if input is not None else {"stdin": subprocess.DEVNULL}
        return subprocess.run(
            [sys.executable, "-m", "crmdesk", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=full_env,
            **stdin,
        )

    return run
