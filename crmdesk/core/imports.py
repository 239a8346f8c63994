"""An import planned row by row before anything is written: what each row would do."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    CONTACTS = "contacts"
    ACTIVITIES = "activities"
    TRANSACTIONS = "transactions"
    COMPLAINTS = "complaints"
    SURVEYS = "surveys"
    OPPORTUNITIES = "opportunities"


class ImportMode(StrEnum):
    CREATE = "create"  # new files only; a row matching an existing file is an error
    UPDATE = "update"  # existing files only; a row matching none is an error
    UPSERT = "upsert"  # update what matches, create the rest


class MatchOn(StrEnum):
    CODE = "code"
    PHONE = "phone"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class ImportOptions:
    mode: "ImportMode"
    match_on: "MatchOn"
    day_first: bool = False  # 05/03/2024 is 5 March, not May 3
    create_missing: bool = False  # rows naming an unknown customer make a new file


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class CellProblem:
    column: int | None  # None when the problem is the row's, not one cell's
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


@dataclass(frozen=True)
class PlannedRow:
    line: int  # the row number the spreadsheet shows (1-based)
    status: RowStatus
    value: object = None  # what will be stored (a core value) for NEW and UPDATE
    existing_id: int | None = None
    changes: dict[str, tuple] = field(default_factory=dict)  # field → (before, after)
    problems: tuple[CellProblem, ...] = ()

    def summary(self) -> str:
        if self.status is RowStatus.ERROR:
            return "; ".join(map(str, self.problems))
        if self.status is RowStatus.UPDATE:
            return ", ".join(self.changes)
        return ""


@dataclass(frozen=True)
class ImportPlan:
    rows: list[PlannedRow]

    def counts(self) -> dict[RowStatus, int]:
        found = Counter(row.status for row in self.rows)
        return {status: found.get(status, 0) for status in RowStatus}

    def errors(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status is RowStatus.ERROR]

    def to_write(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.status in (RowStatus.NEW, RowStatus.UPDATE)]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int  # for undo
    created: list[int]
    updated: list[int]
    skipped_errors: int
    created_customers: list[int] = field(default_factory=list)  # for unknown names


@dataclass(frozen=True)
class ImportBatchInfo:
    """The last import, as the undo command describes it."""

    id: int
    kind: ImportKind
    file_name: str
    created_at: datetime
    actor: str
    created: int
    updated: int
