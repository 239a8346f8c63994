"""Places a SQLite file should not live: sync folders and network shares.

A sync client copies the file while it is being written (and may bring back an old copy
over a newer one); a network file system's locks are not reliable enough for SQLite.
Either can corrupt the database or lose recent work.
"""

import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud drive",
    "mobile documents",  # iCloud on macOS
    "box sync",
    "nutstore",
    "坚果云",
    "baidunetdisk",
    "百度网盘",
    "synologydrive",
    "nextcloud",
    "owncloud",
)
NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afpfs", "9p"}


class RiskKind(StrEnum):
    SYNC_FOLDER = "sync_folder"
    NETWORK = "network"


@dataclass(frozen=True)
class Risk:
    kind: RiskKind
    where: str  # the sync folder, the share, or the network file system


def risky_location(path: Path) -> Risk | None:
    """Why ``path`` is a risky place for the database, or None."""
    resolved = path.expanduser().resolve()
    for part in resolved.parts:
        if any(folder in part.lower() for folder in SYNC_FOLDERS):
            return Risk(RiskKind.SYNC_FOLDER, part)
    text = str(path)  # as given: resolving may drop the leading // of a share
    if text.startswith(("\\\\", "//")):
        return Risk(RiskKind.NETWORK, text)
    if sys.platform == "win32" and _is_network_drive(resolved):
        return Risk(RiskKind.NETWORK, resolved.drive)
    file_system = _mount_type(resolved)
    if file_system in NETWORK_FILE_SYSTEMS:
        return Risk(RiskKind.NETWORK, file_system)
    return None


def _is_network_drive(path: Path) -> bool:
    """A mapped drive letter (Z:) that is really a share."""
    import ctypes

    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote


def _mount_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux; elsewhere None)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, kind = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3 and str(path).startswith(fields[1]) and len(fields[1]) > len(best):
            best, kind = fields[1], fields[2]
    return kind
