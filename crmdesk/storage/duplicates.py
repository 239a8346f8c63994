"""Finding files that are probably the same party as a new one."""

from collections.abc import Iterator

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.customer import Customer as CustomerValue
from crmdesk.core.duplicate_finder import PartyKeys
from crmdesk.core.duplicates import DuplicateHint, name_key
from crmdesk.storage.models import Customer
from crmdesk.storage.search import matches

CANDIDATES = 200  # name candidates compared in Python, at most


def likely_duplicates(session: Session, value: CustomerValue) -> list[DuplicateHint]:
    """Live files sharing a phone number or e-mail with ``value`` (already normalised),
    or whose name is the same once width, case and legal form are set aside."""
    hints: dict[int, DuplicateHint] = {}
    phones = [p for p in (value.mobile, value.phone) if p]
    conditions = []
    if phones:
        conditions.append(("phone", or_(Customer.mobile.in_(phones), Customer.phone.in_(phones))))
    if value.email:
        conditions.append(("email", func.lower(Customer.email) == value.email.lower()))
    for reason, condition in conditions:
        for row in session.execute(
            select(Customer.id, Customer.code, Customer.name)
            .where(condition, Customer.deleted_at.is_(None), Customer.id != (value.id or 0))
            .limit(20)
        ):
            hints.setdefault(row.id, DuplicateHint(row.id, row.code, row.name, reason))
    key = name_key(value.name)
    if key:
        for row in session.execute(
            select(Customer.id, Customer.code, Customer.name)
            .where(
                matches(session, key),
                Customer.deleted_at.is_(None),
                Customer.id != (value.id or 0),
            )
            .limit(CANDIDATES)
        ):
            if name_key(row.name) == key:
                hints.setdefault(row.id, DuplicateHint(row.id, row.code, row.name, "name"))
    return list(hints.values())


def party_keys(session: Session) -> Iterator[tuple[str, PartyKeys]]:
    """(code, keys) of every live file, for the whole-database duplicate finder."""
    rows = session.execute(
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            Customer.kind,
            Customer.mobile,
            Customer.phone,
            Customer.email,
            Customer.birthday,
            Customer.region,
        )
        .where(Customer.deleted_at.is_(None))
        .execution_options(yield_per=5000)
    )
    for r in rows:
        phones = tuple(p for p in (r.mobile, r.phone) if p)
        yield r.code, PartyKeys(r.id, r.name, r.kind, phones, r.email, r.birthday, r.region)
