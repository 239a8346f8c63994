"""Narrowing every ORM query to the customers a restricted user may see.

A session whose ``info`` names a user (see ``Database.narrow_to``) gets extra WHERE
criteria on every SELECT, UPDATE and DELETE that touches a customer or a record
belonging to one: the user's own customers and those shared with them. Lists,
search, detail views, timelines and edits are all covered at once, whatever screen or
command asked — a missing check in one service cannot leak another's customers.
Only whole-firm analytics read through Core; the services refuse those to such users.
"""

from sqlalchemy import event, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from crmdesk.storage.models import (
    Activity,
    ChurnEvent,
    Complaint,
    Contact,
    Customer,
    Opportunity,
    Survey,
    Transaction,
    customer_shares,
)

VISIBLE_TO = "crmdesk_visible_to"
_customers = Customer.__table__

# Records that belong to one customer, each through its customer_id.
OWNED_BY_A_CUSTOMER = (
    Contact,
    Activity,
    Transaction,
    Complaint,
    ChurnEvent,
    Survey,
    Opportunity,
)


def shared_with(user_id: int):
    """The ids of the customers shared with ``user_id``."""
    return select(customer_shares.c.customer_id).where(customer_shares.c.user_id == user_id)


def visible_customer_ids(user_id: int):
    """The ids of the customers ``user_id`` owns or has been shared (a Core select, so
    that it is not itself narrowed again)."""
    return select(_customers.c.id).where(
        or_(_customers.c.owner_id == user_id, _customers.c.id.in_(shared_with(user_id)))
    )


@event.listens_for(Session, "do_orm_execute")
def _narrow(state: ORMExecuteState) -> None:
    user_id = state.session.info.get(VISIBLE_TO)
    if user_id is None or state.is_column_load or state.is_relationship_load:
        return
    if not (state.is_select or state.is_update or state.is_delete):
        return
    customers = with_loader_criteria(
        Customer,
        lambda customer: or_(customer.owner_id == user_id, customer.id.in_(shared_with(user_id))),
        include_aliases=True,
    )
    owned = [
        with_loader_criteria(
            model,
            lambda record: record.customer_id.in_(visible_customer_ids(user_id)),
            include_aliases=True,
        )
        for model in OWNED_BY_A_CUSTOMER
    ]
    state.statement = state.statement.options(customers, *owned)
