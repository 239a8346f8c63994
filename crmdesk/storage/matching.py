"""Finding the stored customers an imported row means, by code, phone, e-mail or name."""

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core.imports import MatchOn
from crmdesk.storage.models import Customer

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
