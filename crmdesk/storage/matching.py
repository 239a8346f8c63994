"""Finding the stored customers an imported row means, by code, phone, e-mail or name."""

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.imports import MatchOn
from crmdesk.storage.models import Contact, Customer

_CHUNK = 500


def _condition(match_on: MatchOn, keys: list[str]):
    if match_on is MatchOn.CODE:
        return Customer.code.in_(keys), (Customer.code,)
    if match_on is MatchOn.EMAIL:
        email = func.lower(Customer.email)
        return email.in_(keys), (email,)
    if match_on is MatchOn.NAME:
        return Customer.name.in_(keys), (Customer.name,)
    return or_(Customer.mobile.in_(keys), Customer.phone.in_(keys)), (
        Customer.mobile,
        Customer.phone,
    )


def ids_by_key(session: Session, match_on: MatchOn, keys: Iterable[str]) -> dict[str, list[int]]:
    """Each key → the ids of the files (not in the bin) it matches."""
    wanted = sorted(set(keys))
    found: dict[str, list[int]] = defaultdict(list)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        condition, columns = _condition(match_on, chunk)
        statement = select(Customer.id, *columns).where(condition, Customer.deleted_at.is_(None))
        for customer_id, *values in session.execute(statement.order_by(Customer.id)):
            for value in values:
                if value in chunk and customer_id not in found[value]:
                    found[value].append(customer_id)
    return found


def contact_ids_by_name(
    session: Session, wanted: Iterable[tuple[int, str | None]]
) -> dict[tuple[int, str], int]:
    """(customer id, contact name) → the contact's id, for the pairs that exist (the
    first contact, when a customer has two of one name)."""
    pairs = {(customer_id, name) for customer_id, name in wanted if name}
    customer_ids = sorted({customer_id for customer_id, _ in pairs})
    found: dict[tuple[int, str], int] = {}
    for start in range(0, len(customer_ids), _CHUNK):
        chunk = customer_ids[start : start + _CHUNK]
        rows = session.execute(
            select(Contact.customer_id, Contact.name, Contact.id)
            .where(Contact.customer_id.in_(chunk))
            .order_by(Contact.id)
        )
        for customer_id, name, contact_id in rows:
            if (customer_id, name) in pairs:
                found.setdefault((customer_id, name), contact_id)
    return found
