"""Importing what belongs to a customer (contacts, activities, sales): each row names its
customer by code, or by a name only one file has; unknown customers are errors unless
the user chose to create them. Contacts can also be updated, matched on customer and
name; activities and sales are only ever added."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from crmdesk.core.access import Permission
from crmdesk.core.activity import Activity
from crmdesk.core.activity import validated as validated_activity
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.contact import Contact
from crmdesk.core.contact import changed_fields as contact_changes
from crmdesk.core.contact import validated as validated_contact
from crmdesk.core.customer import Customer
from crmdesk.core.customer import validated as validated_customer
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import DomainError, ValidationError
from crmdesk.core.imports import (
    CellProblem,
    ImportKind,
    ImportMode,
    ImportOptions,
    ImportPlan,
    ImportResult,
    MatchOn,
    PlannedRow,
    RowStatus,
)
from crmdesk.core.messages import Message
from crmdesk.core.sale import Sale, validated_sale
from crmdesk.io.mapping import ColumnMapping
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import ACTIVITY_FIELDS, CONTACT_FIELDS, TRANSACTION_FIELDS, Field
from crmdesk.services.bulk_work import collector_held_off
from crmdesk.services.context import ServiceContext
from crmdesk.services.customers import CustomerService
from crmdesk.services.importing import (
    ReadRow,
    as_text_changes,
    error_row,
    filled,
    invalid_row,
    kind_from_name,
    read_rows,
    record_import,
    refuse_errors,
    rows_to_write,
)
from crmdesk.services.progress import (
    CancelFlag,
    Progress,
    ProgressTracker,
    never_cancelled,
    no_progress,
)
from crmdesk.storage import contacts, search
from crmdesk.storage.bulk import insert_rows_returning_ids
from crmdesk.storage.matching import contact_ids_by_name, ids_by_key
from crmdesk.storage.models import Activity as ActivityRow
from crmdesk.storage.models import Contact as ContactRow
from crmdesk.storage.models import Transaction as TransactionRow

NEW_CUSTOMER = -1  # stands for a customer the commit creates first


@dataclass(frozen=True)
class RecordKind:
    kind: ImportKind
    entity: Entity
    fields: tuple[Field, ...]
    model: type
    # (field values, customer id, today, lookups) → the validated value, or ValidationError
    build: Callable[[dict, int, date, dict], object]
    updatable: bool = False  # matched on customer + name (contacts)
    actor_field: str | None = None  # set to whoever imports, unless the sheet says
    # What build needs from the database, read once per plan (e.g. the categories).
    lookups: Callable[[Session], dict] = lambda _session: {}
    # Columns the database defines (a survey's questions), after ``fields``.
    more_fields: Callable[[Session], tuple[Field, ...]] = lambda _session: ()
    # At commit, in its transaction: the records made ready to insert (numbers given),
    # then what follows their insert (their history), given the new ids.
    prepare: Callable[[Session, ServiceContext, list], list] = lambda _s, _c, records: records
    inserted: Callable[[Session, ServiceContext, list, list[int]], None] = (
        lambda _s, _c, _records, _ids: None
    )


@dataclass(frozen=True)
class ChildRow:
    """A planned row's value: the record, and the customer to create for it, if any."""

    record: object
    new_customer: tuple[str | None, str | None] | None = None  # (code, name)


def _values(values: dict, record_type) -> dict:
    names = record_type.__dataclass_fields__
    return {key: value for key, value in values.items() if key in names}


CONTACTS = RecordKind(
    ImportKind.CONTACTS,
    Entity.CONTACT,
    CONTACT_FIELDS,
    ContactRow,
    lambda values, customer_id, today, _lookups: validated_contact(
        Contact(customer_id=customer_id, **_values(values, Contact)), today
    ),
    updatable=True,
)
ACTIVITIES = RecordKind(
    ImportKind.ACTIVITIES,
    Entity.ACTIVITY,
    ACTIVITY_FIELDS,
    ActivityRow,
    actor_field="owner_id",
    build=lambda values, customer_id, _today, _lookups: validated_activity(
        Activity(customer_id=customer_id, **_values(values, Activity))
    ),
)
TRANSACTIONS = RecordKind(
    ImportKind.TRANSACTIONS,
    Entity.TRANSACTION,
    TRANSACTION_FIELDS,
    TransactionRow,
    lambda values, customer_id, _today, _lookups: validated_sale(
        Sale(customer_id=customer_id, **_values(values, Sale))
    ),
)


class RecordImport:
    def __init__(
        self, record_kind: RecordKind, context: ServiceContext, customer_service: CustomerService
    ):
        self._spec, self._ctx, self._customers = record_kind, context, customer_service
        self.kind = record_kind.kind

    @property
    def fields(self) -> tuple[Field, ...]:
        """The columns a sheet of this kind has, as this database defines them."""
        return self._spec.fields + self._ctx.reading(self._spec.more_fields)

    @collector_held_off()
    def plan(
        self, rows: list[list[Value]], mapping: ColumnMapping, options: ImportOptions
    ) -> ImportPlan:
        """What each data row would do, without writing anything."""
        if options.mode is not ImportMode.CREATE and not self._spec.updatable:
            raise DomainError(Message("%1 can only be added by an import, not updated", self.kind))
        read = read_rows(rows, mapping, self.fields, options)
        with self._ctx.db.read() as session:
            by_code = ids_by_key(session, MatchOn.CODE, _wanted(read, "customer_code"))
            by_name = ids_by_key(session, MatchOn.NAME, _wanted(read, "customer_name"))
            planned = [self._resolved(row, by_code, by_name, mapping, options) for row in read]
            # Contacts named by the rows: a contact sheet's own names (to update them) or an
            # activity sheet's contact column; a kind has one or the other, so one read.
            named = contact_ids_by_name(
                session,
                [
                    (row.key, row.values.get("name") or row.values.get("contact_name"))
                    for row in read
                    if isinstance(row.key, int) and row.key > 0
                ],
            )
            stored = contacts.values_by_id(session, named.values()) if self._spec.updatable else {}
            lookups = self._spec.lookups(session)
        return ImportPlan(
            [
                p or self._planned(r, named, stored, lookups, mapping, options)
                for p, r in zip(planned, read, strict=True)
            ]
        )

    def _resolved(self, row: ReadRow, by_code, by_name, mapping, options) -> PlannedRow | None:
        """Finds the row's customer (row.key: an id, or NEW_CUSTOMER); an error row if
        it cannot be found and may not be created."""
        if row.problems:
            return error_row(row.line, *row.problems)
        code, name = row.values.get("customer_code"), row.values.get("customer_name")
        if code:
            found, field, what = by_code.get(code, []), "customer_code", f"with code {code}"
        elif name:
            found, field, what = by_name.get(name, []), "customer_name", f"named {name}"
        else:
            return error_row(
                row.line,
                CellProblem(None, "customer_code", Message("give the customer's code or name")),
            )
        column = mapping.column_of(field)
        if len(found) > 1:
            return error_row(
                row.line,
                CellProblem(
                    column, field, Message("%1 customers are %2; give the code", len(found), what)
                ),
            )
        if found:
            row.key = found[0]
        elif options.create_missing:
            row.key = NEW_CUSTOMER
        else:
            return error_row(row.line, CellProblem(column, field, Message("no customer %1", what)))
        return None

    def _planned(self, row: ReadRow, named, stored, lookups, mapping, options) -> PlannedRow:
        values = dict(row.values)
        customer_id = row.key
        if contact_name := values.pop("contact_name", None):
            contact_id = named.get((customer_id, contact_name))
            if contact_id is None:
                column = mapping.column_of("contact_name")
                return error_row(
                    row.line,
                    CellProblem(column, "contact_name", Message("no such contact at the customer")),
                )
            values["contact_id"] = contact_id
        if self._spec.actor_field:
            values.setdefault(self._spec.actor_field, self._ctx.actor.id)
        try:
            record = self._spec.build(values, customer_id, self._ctx.now().date(), lookups)
        except ValidationError as invalid:
            return invalid_row(row.line, invalid, mapping)
        new_customer = None
        if customer_id == NEW_CUSTOMER:
            new_customer = (values.get("customer_code"), values.get("customer_name"))
        match = named.get((customer_id, values.get("name"))) if self._spec.updatable else None
        if match is None:
            if options.mode is ImportMode.UPDATE:
                return error_row(
                    row.line,
                    CellProblem(
                        mapping.column_of("name"), "name", Message("no such contact to update")
                    ),
                )
            return PlannedRow(row.line, RowStatus.NEW, ChildRow(record, new_customer))
        if options.mode is ImportMode.CREATE:
            return error_row(
                row.line,
                CellProblem(mapping.column_of("name"), "name", Message("the contact exists")),
            )
        before = stored[match]
        given = filled(_values(values, Contact))
        after = replace(before, **{name: getattr(record, name) for name in given})
        changes = contact_changes(before, after)
        status = RowStatus.UPDATE if changes else RowStatus.UNCHANGED
        return PlannedRow(row.line, status, ChildRow(after), match, changes)

    @collector_held_off()
    def commit(
        self,
        plan: ImportPlan,
        *,
        source: str = "",
        skip_errors: bool = False,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> Outcome[ImportResult]:
        """All planned rows in one transaction, or (on an error, a conflict or Cancel)
        none; missing customers are created first."""
        refuse_errors(plan, skip_errors)
        new, changed = rows_to_write(plan)
        tracker = ProgressTracker(len(new) + len(changed), progress, cancelled)
        with self._ctx.writing(Permission.IMPORT) as session:
            made = self._create_customers(session, [row.value for row in new])
            records = [_with_customer(row.value, made) for row in new]
            records = self._spec.prepare(session, self._ctx, records)
            created = insert_rows_returning_ids(
                session,
                self._spec.model.__table__,
                (_columns(self.kind, record) for record in records),
                tracker.advance,
            )
            self._spec.inserted(session, self._ctx, records, created)
            trail = self._ctx.audit(session)
            trail.record_many(self._spec.entity, created, AuditAction.CREATE)
            updated = {}
            for planned in changed:
                updated[planned.existing_id] = self._update_contact(session, planned, trail)
                tracker.advance(1)
            touched = {r.customer_id for r in records} | {
                r.value.record.customer_id for r in changed
            }
            if self.kind is ImportKind.CONTACTS:
                search.refresh(session, sorted(touched))  # contact names are searchable
            batch_id = record_import(
                self._ctx, session, self.kind, source, created, updated, made.values()
            )
        result = ImportResult(
            batch_id, created, list(updated), len(plan.errors()), list(made.values())
        )
        changes = ChangeSet.of(self._spec.entity, created + list(updated))
        return Outcome(result, changes | ChangeSet.of(Entity.CUSTOMER, touched))

    def _create_customers(self, session, rows: list[ChildRow]) -> dict:
        """One new file per distinct (code, name) the rows name; (code, name) → id."""
        wanted = list(dict.fromkeys(row.new_customer for row in rows if row.new_customer))
        today = self._ctx.now().date()
        values = [
            validated_customer(
                Customer(code=code, name=name or code, kind=kind_from_name(name or code)), today
            )
            for code, name in wanted
        ]
        ids = self._customers.add_many(session, values, lambda _: None)
        return dict(zip(wanted, ids, strict=True))

    def _update_contact(self, session, planned: PlannedRow, trail) -> dict:
        row = contacts.load(session, planned.existing_id)
        if row.version != planned.value.record.version:
            raise DomainError(
                Message(
                    "Row %1: %2 was changed by someone else since the preview",
                    planned.line,
                    row.name,
                )
            )
        contacts.write_fields(session, row, planned.value.record)
        trail.record(Entity.CONTACT, row.id, AuditAction.UPDATE, planned.changes)
        return as_text_changes(planned.changes)


def _wanted(read: list[ReadRow], key: str) -> list[str]:
    return [row.values[key] for row in read if not row.problems and row.values.get(key)]


def _with_customer(row: ChildRow, made: dict) -> object:
    if row.new_customer is None:
        return row.record
    return replace(row.record, customer_id=made[row.new_customer])


def _columns(kind: ImportKind, record) -> dict:
    names = [name for name in record.__dataclass_fields__ if name not in _SYSTEM_FIELDS]
    columns = {name: getattr(record, name) for name in names}
    if kind is ImportKind.CONTACTS:
        columns["name_pinyin"] = contacts.name_pinyin(record.name)
    return columns


_SYSTEM_FIELDS = {"id", "version", "created_at", "updated_at"}
