"""A throwaway PostgreSQL server for the tests, started from the installed binaries.

CI installs Debian's postgresql package; where it is not installed the PostgreSQL
variants of the tests are skipped with that reason.
"""

import getpass
import os
import shutil
import socket
import subprocess
import tempfile
from glob import glob
from pathlib import Path


def _binaries() -> Path | None:
    for folder in sorted(glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """initdb + pg_ctl in a temporary folder, listening on loopback only."""

    def __init__(self):
        self.bin = _binaries()
        if self.bin is None:
            raise FileNotFoundError(
                "PostgreSQL is not installed (Debian: apt-get install postgresql)"
            )
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
        # PostgreSQL refuses to run as root; CI runs as root, so use the postgres account.
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.user = "postgres" if self.run_as else getpass.getuser()
        if self.run_as:
            shutil.chown(self.folder, "postgres")

    def _run(self, *args: str) -> None:
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> "PostgresServer":
        data = self.folder / "data"
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.folder / "server.log"),
            "start",
        )
        self._run(
            str(self.bin / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            self.user,
            "crm_test",
        )
        return self

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/crm_test"

    def stop(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"
        )
        shutil.rmtree(self.folder, ignore_errors=True)
