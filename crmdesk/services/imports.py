"""Every kind of import in one place, and undoing the last one."""

from sqlalchemy import delete, exists, select

from crmdesk.core.access import Permission
from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.enums import AuditAction
from crmdesk.core.errors import ConflictError, DomainError
from crmdesk.core.imports import ImportBatchInfo, ImportKind, ImportPlan, ImportResult
from crmdesk.core.messages import Message
from crmdesk.services.backups import BackupService
from crmdesk.services.complaint_import import COMPLAINTS
from crmdesk.services.context import ServiceContext
from crmdesk.services.customer_import import CustomerImport
from crmdesk.services.customers import CustomerService
from crmdesk.services.opportunity_import import OPPORTUNITIES
from crmdesk.services.record_import import ACTIVITIES, CONTACTS, TRANSACTIONS, RecordImport
from crmdesk.services.survey_import import SURVEYS
from crmdesk.storage import contacts, customers, import_batches, search
from crmdesk.storage.audit import as_text, reverted
from crmdesk.storage.models import (
    Activity,
    Complaint,
    Contact,
    Customer,
    Opportunity,
    Survey,
    Transaction,
)

_ENTITIES = {
    ImportKind.CUSTOMERS: (Entity.CUSTOMER, Customer),
    ImportKind.CONTACTS: (Entity.CONTACT, Contact),
    ImportKind.ACTIVITIES: (Entity.ACTIVITY, Activity),
    ImportKind.TRANSACTIONS: (Entity.TRANSACTION, Transaction),
    ImportKind.COMPLAINTS: (Entity.COMPLAINT, Complaint),
    ImportKind.SURVEYS: (Entity.SURVEY, Survey),
    ImportKind.OPPORTUNITIES: (Entity.OPPORTUNITY, Opportunity),
}
_CHUNK = 500


class ImportService:
    def __init__(
        self, context: ServiceContext, customer_service: CustomerService, backups: BackupService
    ):
        self._ctx = context
        self._backups = backups
        self._importers = {
            ImportKind.CUSTOMERS: CustomerImport(context, customer_service),
            **{
                spec.kind: RecordImport(spec, context, customer_service)
                for spec in (CONTACTS, ACTIVITIES, TRANSACTIONS, COMPLAINTS, SURVEYS, OPPORTUNITIES)
            },
        }

    def importer(self, kind: ImportKind) -> CustomerImport | RecordImport:
        self._ctx.require(Permission.IMPORT)
        return self._importers[kind]

    def commit(self, kind: ImportKind, plan: ImportPlan, **options) -> Outcome[ImportResult]:
        """Write ``plan`` (see the importers' ``commit``), after a backup of the database
        as it was, so even an import that was not wanted can be taken back whole."""
        self._backups.take("before-import")
        return self.importer(kind).commit(plan, **options)

    def last(self) -> ImportBatchInfo | None:
        """The newest import that can still be undone."""
        with self._ctx.db.read() as session:
            row = import_batches.last_batch(session)
            return import_batches.info(row) if row else None

    def undo_last(self) -> ChangeSet:
        """Remove the rows the last import inserted and give the rows it updated their
        old values back (fields changed by someone since keep that change). Refused,
        changing nothing, if a file it created has been worked on since."""
        with self._ctx.writing(Permission.IMPORT) as session:
            batch = import_batches.last_batch(session)
            if batch is None:
                raise DomainError(Message("There is no import to undo"))
            kind = ImportKind(batch.kind)
            entity, model = _ENTITIES[kind]
            trail = self._ctx.audit(session)
            restored = self._restore(session, kind, import_batches.updated_of(batch), trail)
            created = import_batches.created_of(batch)
            made = import_batches.created_customers_of(batch)
            if kind is ImportKind.CUSTOMERS:
                self._remove_customers(session, created, trail)
            else:
                _refuse_if_edited(session, model, created)
                touched = _customers_of(session, model, created)
                _delete(session, model, created)
                trail.record_many(entity, created, AuditAction.DELETE)
                self._remove_customers(session, made, trail)
                if kind is ImportKind.CONTACTS:
                    search.refresh(session, sorted(touched - set(made)))
            batch.undone_at = self._ctx.now()
        changes = ChangeSet.of(entity, created + restored)
        return changes | ChangeSet.of(Entity.CUSTOMER, made)

    def _restore(self, session, kind: ImportKind, updated: dict, trail) -> list[int]:
        access = {
            ImportKind.CUSTOMERS: (customers.load, customers.to_customer, customers.write_fields),
            ImportKind.CONTACTS: (contacts.load, contacts.to_contact, contacts.write_fields),
        }
        if not updated:
            return []
        load, to_value, write = access[kind]
        entity = _ENTITIES[kind][0]
        for record_id, text_changes in updated.items():
            row = load(session, record_id)
            current = to_value(row)
            old = reverted(current, text_changes)
            changes = {
                name: (getattr(current, name), getattr(old, name))
                for name in text_changes
                if as_text(getattr(current, name)) != as_text(getattr(old, name))
            }
            if changes:
                write(session, row, old)
                trail.record(entity, record_id, AuditAction.UPDATE, changes)
        return list(updated)

    def _remove_customers(self, session, customer_ids: list[int], trail) -> None:
        """Files an import made go for good, unless someone has worked on one since."""
        for start in range(0, len(customer_ids), _CHUNK):
            chunk = customer_ids[start : start + _CHUNK]
            edited = session.scalar(
                select(Customer.name).where(Customer.id.in_(chunk), Customer.version > 1).limit(1)
            )
            if edited is None:
                edited = next(
                    (
                        name
                        for child in customers.OWNED.values()
                        if (name := _name_with_children(session, child, chunk))
                    ),
                    None,
                )
            if edited is not None:
                raise ConflictError(
                    Message(
                        "%1 was changed after the import, so it cannot be undone; nothing was "
                        "changed",
                        edited,
                    )
                )
            search.forget(session, chunk)
            _delete(session, Customer, chunk)
        trail.record_many(Entity.CUSTOMER, customer_ids, AuditAction.PURGE)


def _refuse_if_edited(session, model, ids: list[int]) -> None:
    """Rows an import added that someone has changed since stay: the undo is refused."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        if session.scalar(select(model.id).where(model.id.in_(chunk), model.version > 1).limit(1)):
            raise ConflictError(
                Message(
                    "A row of the import was changed after it, so it cannot be undone; "
                    "nothing was changed"
                )
            )


def _name_with_children(session, child, customer_ids: list[int]) -> str | None:
    return session.scalar(
        select(Customer.name)
        .where(
            Customer.id.in_(customer_ids),
            exists().where(child.customer_id == Customer.id),
        )
        .limit(1)
    )


def _customers_of(session, model, ids: list[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found.update(session.scalars(select(model.customer_id).where(model.id.in_(chunk))))
    return found


def _delete(session, model, ids: list[int]) -> None:
    for start in range(0, len(ids), _CHUNK):
        session.execute(delete(model).where(model.id.in_(ids[start : start + _CHUNK])))
