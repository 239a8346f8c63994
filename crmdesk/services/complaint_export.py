"""Complaints out to .xlsx or .csv, in the columns and words the complaint import reads
back, with each complaint's number first."""

from collections.abc import Iterator
from pathlib import Path

from crmdesk.io.table_writer import write_table
from crmdesk.io.vocabulary import COMPLAINT_FIELDS, category_label_in
from crmdesk.services.context import ServiceContext
from crmdesk.services.customer_export import cell_writer
from crmdesk.storage import complaints

_CHUNK = 1000
NUMBER_HEADER = {"zh": "投诉编号", "en": "Number"}


class ComplaintExport:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def headers(self, language: str) -> list[str]:
        number = NUMBER_HEADER["zh" if language.startswith("zh") else "en"]
        return [number, *(field.header(language) for field in COMPLAINT_FIELDS)]

    def rows(self, language: str) -> Iterator[list]:
        writers = [(f.key, cell_writer(f, language)) for f in COMPLAINT_FIELDS]
        last = 0
        while True:
            chunk = self._ctx.reading(complaints.export_chunk, last, _CHUNK)
            for complaint, code, name, contact in chunk:
                known = {
                    "customer_code": code,
                    "customer_name": name,
                    "contact_name": contact,
                    "category": category_label_in(complaint.category, language),
                }
                yield [
                    complaint.number,
                    *(
                        known[key] if key in known else write(getattr(complaint, key))
                        for key, write in writers
                    ),
                ]
            if len(chunk) < _CHUNK:
                return
            last = chunk[-1][0].id

    def export(self, path: Path, language: str) -> int:
        """Write every complaint to ``path`` (.xlsx or .csv); returns how many."""
        rows = self._ctx.exportable((), self.rows(language))  # no personal fields
        return write_table(path, self.headers(language), rows, title="Complaints")
