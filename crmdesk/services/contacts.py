"""The people at a customer (人脉): add, edit, remove, each audited."""

from crmdesk.core.changes import ChangeSet, Entity, Outcome
from crmdesk.core.contact import Contact, changed_fields, validated
from crmdesk.core.enums import AuditAction
from crmdesk.services.context import ServiceContext
from crmdesk.services.editing import RecordAccess, save_edit
from crmdesk.storage import contacts, customers, search
from crmdesk.storage.models import Contact as ContactRow

CONTACT_RECORDS = RecordAccess(
    entity=Entity.CONTACT,
    load=contacts.load,
    to_value=contacts.to_contact,
    write=contacts.write_fields,
    changed=changed_fields,
    describe=lambda contact: contact.name,
)


class ContactService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def of_customer(self, customer_id: int) -> list[Contact]:
        return self._ctx.reading(contacts.of_customer, customer_id)

    def add(self, contact: Contact) -> Outcome[Contact]:
        value = validated(contact, self._ctx.now().date())
        with self._ctx.writing() as session:
            customers.load(session, value.customer_id)  # refuses a missing or binned file
            row = ContactRow()
            contacts.write_fields(session, row, value)
            stored = contacts.to_contact(row)
            self._ctx.audit(session).record(
                Entity.CONTACT, row.id, AuditAction.CREATE, changed_fields(Contact(), stored)
            )
        return Outcome(stored, self._changed(stored))

    def update(self, contact: Contact) -> Outcome[Contact]:
        value = validated(contact, self._ctx.now().date())
        stored, changed = save_edit(self._ctx, CONTACT_RECORDS, value)
        return Outcome(stored, self._changed(stored) if changed else ChangeSet())

    def remove(self, contact_id: int) -> ChangeSet:
        with self._ctx.writing() as session:
            row = contacts.load(session, contact_id)
            stored = contacts.to_contact(row)
            self._ctx.audit(session).record(
                Entity.CONTACT, contact_id, AuditAction.DELETE, changed_fields(stored, Contact())
            )
            session.delete(row)
            session.flush()
            search.refresh(session, [stored.customer_id])
        return self._changed(stored)

    @staticmethod
    def _changed(contact: Contact) -> ChangeSet:
        return ChangeSet.of(Entity.CONTACT, [contact.id]) | ChangeSet.of(
            Entity.CUSTOMER, [contact.customer_id]
        )
