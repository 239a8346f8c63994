"""Numbered records (complaints, opportunities) out to .xlsx or .csv, in the columns
and words their import reads back, with each record's number first."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from crmdesk.core.complaint import Complaint
from crmdesk.core.opportunity import Opportunity, stage_of
from crmdesk.io.table_writer import write_table
from crmdesk.io.vocabulary import COMPLAINT_FIELDS, OPPORTUNITY_FIELDS, Field, category_label_in
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.services.customer_export import cell_writer
from crmdesk.services.opportunities import stored_stages
from crmdesk.storage.models import Complaint as ComplaintRow
from crmdesk.storage.models import Opportunity as OpportunityRow
from crmdesk.storage.records import numbered_chunk

_CHUNK = 1000


@dataclass(frozen=True)
class ExportKind:
    title: str
    number_header: dict[str, str]  # language → header
    fields: tuple[Field, ...]
    # (session, after id, limit) → [(record, customer code, name, contact name)]
    chunk: Callable
    # (record, language, lookups) → cells written in words rather than as stored
    worded: Callable[[object, str, dict], dict] = lambda _record, _language, _lookups: {}
    # What ``worded`` needs from the database, read once (the stages, say).
    lookups: Callable[[Session], dict] = lambda _session: {}


COMPLAINTS = ExportKind(
    "Complaints",
    {"zh": "投诉编号", "en": "Number"},
    COMPLAINT_FIELDS,
    lambda session, after, limit: numbered_chunk(session, ComplaintRow, Complaint, after, limit),
    lambda c, language, _lookups: {"category": category_label_in(c.category, language)},
)
OPPORTUNITIES = ExportKind(
    "Opportunities",
    {"zh": "机会编号", "en": "Number"},
    OPPORTUNITY_FIELDS,
    lambda session, after, limit: numbered_chunk(
        session, OpportunityRow, Opportunity, after, limit
    ),
    lambda o, language, stages: {"stage": stage_of(stages["stages"], o.stage).name(language)},
    lambda session: {"stages": stored_stages(session)},
)


class NumberedExport:
    def __init__(self, context: ServiceContext, kind: ExportKind):
        self._ctx, self._kind = context, kind

    def headers(self, language: str) -> list[str]:
        number = self._kind.number_header["zh" if language.startswith("zh") else "en"]
        return [number, *(field.header(language) for field in self._kind.fields)]

    def rows(self, language: str) -> Iterator[list]:
        writers = [(f.key, cell_writer(f, language)) for f in self._kind.fields]
        lookups = self._ctx.reading(self._kind.lookups)
        last = 0
        while True:
            chunk = self._ctx.reading(self._kind.chunk, last, _CHUNK)
            for record, code, name, contact in chunk:
                known = {
                    "customer_code": code,
                    "customer_name": name,
                    "contact_name": contact,
                    **self._kind.worded(record, language, lookups),
                }
                yield [
                    record.number,
                    *(
                        known[key] if key in known else write(getattr(record, key))
                        for key, write in writers
                    ),
                ]
            if len(chunk) < _CHUNK:
                return
            last = chunk[-1][0].id

    @collector_held_off()
    def export(self, path: Path, language: str) -> int:
        """Write every record to ``path`` (.xlsx or .csv); returns how many."""
        rows = self._ctx.exportable((), self.rows(language))  # no personal fields
        return write_table(path, self.headers(language), rows, title=self._kind.title)
