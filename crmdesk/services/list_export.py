"""A list as shown on screen (its filter, columns and order) out to .xlsx or .csv."""

from collections.abc import Iterable, Sequence
from pathlib import Path

from crmdesk.io.table_writer import write_table
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext


class ListExport:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    @collector_held_off()
    def write(
        self,
        path: Path,
        keys: Sequence[str],
        headers: Sequence[str],
        rows: Iterable[Sequence],
        *,
        title: str,
        masked: bool = False,
    ) -> int:
        """Write ``rows`` (columns ``keys``, headed ``headers``); returns how many. Only
        roles that may export get here; personal columns are masked as the role says."""
        exported = self._ctx.exportable(keys, rows, masked=masked)
        return write_table(path, headers, exported, title=title)
