"""Refuse files that are not what they claim, or that would explode when parsed, before
any parser sees them (pitfalls.md: a 1 GB zip bomb took a parser 421 s and 1.7 GB)."""

import zipfile
from enum import StrEnum
from pathlib import Path

from crmdesk.core.errors import DomainError

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
MAX_FILE_BYTES = 500 * 2**20
MAX_UNPACKED_BYTES = 1 * 2**30
MAX_MEMBER_RATIO = 200  # sheet XML packs 10–30×; a bomb packs thousands×
MAX_MEMBERS = 10_000


class FileRejected(DomainError):
    """The file cannot be read as a table; the message names it and says why."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path.name}: {reason}")


class Format(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    CSV = "csv"


def checked_format(path: Path) -> Format:
    """The file's real format, after checking it is safe to parse."""
    if not path.is_file():
        raise FileRejected(path, "no such file")
    size = path.stat().st_size
    if size == 0:
        raise FileRejected(path, "the file is empty")
    if size > MAX_FILE_BYTES:
        raise FileRejected(path, f"larger than {MAX_FILE_BYTES // 2**20} MB")
    with path.open("rb") as file:
        head = file.read(8)
    if head.startswith(XLSX_MAGIC):
        _check_zip(path)
        return Format.XLSX
    if head == OLE_MAGIC:
        if path.suffix.lower() == ".xlsx":
            raise FileRejected(path, "the workbook is password-protected; save it without one")
        return Format.XLS
    if path.suffix.lower() in (".csv", ".txt"):
        return Format.CSV
    raise FileRejected(path, "not an Excel workbook (.xlsx, .xls) or a CSV file")


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    # NotImplementedError: a zip "version needed" newer than Python reads (fuzzing found it)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as error:
        raise FileRejected(path, f"the workbook is damaged ({error})") from None
    if len(members) > MAX_MEMBERS:
        raise FileRejected(path, f"the workbook holds {len(members)} parts; refused")
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise FileRejected(path, "the workbook unpacks to more than 1 GB; refused")
    for member in members:
        if member.file_size > 2**20 and member.file_size > MAX_MEMBER_RATIO * max(
            member.compress_size, 1
        ):
            raise FileRejected(
                path, f"part {member.filename} is packed {MAX_MEMBER_RATIO}× or more; refused"
            )
