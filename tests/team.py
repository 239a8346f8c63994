"""A firm with sign-in on: an administrator (tester), a manager, two sales staff, a reader.

Demo customers are dealt to the two sales staff in turn; one of bob's is shared with
alice. Everyone signs in with their own password, as they would at the prompt.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import update

from crmdesk.core.complaint import Complaint
from crmdesk.core.enums import ComplaintLevel, UserRole
from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import Services, open_services
from crmdesk.storage.models import Customer

PASSWORDS = {
    "tester": "tester-pass-1",
    "mia": "manager-pass",
    "alice": "alice-pass-1",
    "bob": "bob-pass-12",
    "rita": "reader-pass",
}
ROLES = {
    "mia": UserRole.MANAGER,
    "alice": UserRole.SALES,
    "bob": UserRole.SALES,
    "rita": UserRole.READ_ONLY,
}


@dataclass
class Team:
    target: str
    clock: Callable
    ids: dict[str, int]
    alices: set[int]  # customers alice owns
    bobs: set[int]
    shared: int  # one of bob's, shared with alice
    opened: list[Services] = field(default_factory=list)

    def sign_in(self, name: str) -> Services:
        services = open_services(
            self.target, username=name, password=PASSWORDS[name], clock=self.clock
        )
        self.opened.append(services)
        return services

    @property
    def alice_sees(self) -> set[int]:
        return self.alices | {self.shared}

    def close(self) -> None:
        for services in self.opened:
            services.close()


def build_team(admin: Services, target: str, clock: Callable, customers: int = 24) -> Team:
    """``admin`` (signed in without sign-in on, so allowed everything) sets the firm up
    and switches sign-in on by giving the administrator a password."""
    admin.demo.populate(customers, 5)
    ids = {"tester": admin.context.actor.id}
    for name, role in ROLES.items():
        ids[name] = admin.users.add(name, name.title(), role, PASSWORDS[name]).id
    customer_ids = sorted(row.id for row in admin.customers.page(ListQuery(), 0, customers * 2))
    alices, bobs = set(customer_ids[::2]), set(customer_ids[1::2])
    with admin.context.db.write() as session:
        for owner, owned in (("alice", alices), ("bob", bobs)):
            session.execute(
                update(Customer).where(Customer.id.in_(owned)).values(owner_id=ids[owner])
            )
    shared = min(bobs)
    admin.users.share(shared, [ids["alice"]])
    for customer_id in (max(alices), max(bobs)):  # demo complaints are rare
        admin.complaints.save_step(
            Complaint(
                customer_id=customer_id,
                received_at=clock(),
                category="quality",
                level=ComplaintLevel.SERIOUS,
                customer_words="收到的货有裂缝",
            ),
            1,
        )
    admin.users.set_password(ids["tester"], PASSWORDS["tester"])  # sign-in is now on
    return Team(target, clock, ids, alices, bobs, shared)
