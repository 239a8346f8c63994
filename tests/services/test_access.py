"""Graded access, enforced in the services on SQLite and PostgreSQL: a sales user's
every list, search, detail and edit is narrowed to their own and shared customers;
each role is refused what it may not do, whatever button a screen shows."""

from datetime import timedelta

import pytest

from crmdesk.core.activity import Activity
from crmdesk.core.changes import Entity
from crmdesk.core.contact import Contact
from crmdesk.core.enums import ChurnCause, UserRole
from crmdesk.core.errors import AccessDenied, DomainError, NotFoundError, SignInRequired
from crmdesk.core.imports import ImportKind
from crmdesk.core.listing import ListQuery
from crmdesk.core.timeline import TimelineKind
from crmdesk.core.views import SavedView
from crmdesk.io.tables import read_rows
from crmdesk.services.app_services import open_services
from crmdesk.services.reports import build_report
from crmdesk.storage.audit import history
from tests.conftest import FIXED_NOW
from tests.team import PASSWORDS, build_team

ALL = ListQuery()


@pytest.fixture
def team(services, database_target):
    built = build_team(services, database_target, lambda: FIXED_NOW)
    yield built
    built.close()


def _ids(rows, attribute="customer_id"):
    return {getattr(row, attribute) for row in rows}


def test_a_sales_user_lists_only_their_own_and_shared_customers(team, services):
    alice = team.sign_in("alice")
    assert _ids(alice.customers.page(ALL, 0, 500), "id") == team.alice_sees
    assert alice.customers.count(ALL) == len(team.alice_sees)
    everyones_activities = services.activities.page(ALL, 0, 10_000)
    mine = [row for row in everyones_activities if row.customer_id in team.alice_sees]
    assert mine and len(mine) < len(everyones_activities)
    assert alice.activities.count(ALL) == len(mine)
    assert _ids(alice.activities.page(ALL, 0, 10_000)) == _ids(mine)
    complaints = alice.complaints.page(ALL, 0, 10_000)
    assert _ids(complaints) <= team.alice_sees
    theirs = sum(
        row.customer_id in team.alice_sees for row in services.complaints.page(ALL, 0, 10_000)
    )
    assert alice.complaints.count(ALL) == theirs
    assert alice.complaints.statistics().total == theirs < services.complaints.statistics().total


def test_the_workbench_of_a_sales_user_shows_only_their_customers(team, services):
    bench = team.sign_in("alice").workbench.load(owner_only=False)
    shown = (
        bench.follow_ups
        + bench.quiet
        + bench.to_pause
        + bench.recent
        + bench.birthdays
        + bench.complaints_due
    )
    assert shown and _ids(shown) <= team.alice_sees
    everyone = services.workbench.load(owner_only=False)
    assert _ids(everyone.recent) - team.alice_sees  # there was something to hide


def test_search_finds_nothing_of_another_sales_users_customers(team, services):
    alice = team.sign_in("alice")
    for customer_id in sorted(team.bobs - {team.shared})[:4]:
        name = services.customers.get(customer_id).name
        assert customer_id in _ids(services.customers.page(ListQuery(search=name), 0, 50), "id")
        found = alice.customers.page(ListQuery(search=name), 0, 50)
        assert _ids(found, "id") <= team.alice_sees
    shared_name = services.customers.get(team.shared).name
    assert team.shared in _ids(alice.customers.page(ListQuery(search=shared_name), 0, 50), "id")


def test_another_sales_users_customer_cannot_be_read_or_changed(team, services):
    alice = team.sign_in("alice")
    theirs = max(team.bobs)
    stored = services.customers.get(theirs)
    activity = services.activities.page(ALL.with_filter("customer_id", theirs), 0, 1)
    attempts = [
        lambda: alice.customers.get(theirs),
        lambda: alice.customers.history(theirs),
        lambda: alice.activities.timeline(theirs, set(TimelineKind), 0, 50),
        lambda: alice.customers.update(stored),
        lambda: alice.customers.delete([theirs]),
        lambda: alice.contacts.add(Contact(customer_id=theirs, name="王小明")),
        lambda: alice.activities.log(
            Activity(customer_id=theirs, subject="电话回访", occurred_at=FIXED_NOW)
        ),
        lambda: alice.churn.mark_lost(theirs, ChurnCause.PRICE, None),
        lambda: alice.users.share(theirs, [team.ids["alice"]]),
    ]
    if activity:
        attempts.append(lambda: alice.activities.history(activity[0].id))
    for attempt in attempts:
        with pytest.raises(NotFoundError):
            attempt()
    assert alice.contacts.of_customer(theirs) == []
    assert alice.customers.sales(theirs) == []
    assert alice.follow_ups.of_customer(theirs) == []
    assert services.customers.get(theirs) == stored  # nothing of bob's changed


def test_a_sales_user_edits_their_own_and_shared_customers(team):
    alice = team.sign_in("alice")
    for customer_id in (min(team.alices), team.shared):
        logged = alice.activities.log(
            Activity(customer_id=customer_id, subject="拜访", occurred_at=FIXED_NOW)
        )
        assert logged.value.owner_id == team.ids["alice"]
        assert alice.activities.history(logged.value.id)[0].actor == "alice"


REFUSED = {
    UserRole.SALES: [
        lambda s, path: s.customer_export.export(path, "en"),
        lambda s, path: s.complaint_export.export(path, "en"),
        lambda s, path: s.list_export.write(path, ["name"], ["Name"], [["x"]], title="x"),
        lambda s, path: s.analytics.pyramid(),
        lambda s, path: s.analytics.distribution(),
        lambda s, path: s.lifetime.values(),
        lambda s, path: s.churn.warning(),
        lambda s, path: s.churn.lost(),
        lambda s, path: build_report(s, "complaints", None),
        lambda s, path: s.imports.importer(ImportKind.CUSTOMERS),
        lambda s, path: s.merges.find_duplicates(),
        lambda s, path: s.users.all(),
        lambda s, path: s.users.add("eve", "Eve", UserRole.ADMIN, "eve-pass-123"),
        lambda s, path: s.analytics.save_settings(s.analytics.settings()),
        lambda s, path: s.shared_settings.save(s.shared_settings.load()),
        lambda s, path: s.backups.back_up_now(),
        lambda s, path: s.demo.populate(1),
    ],
    UserRole.READ_ONLY: [
        lambda s, path: s.customer_export.export(path, "en"),
        lambda s, path: s.customers.create(s.customers.get(1)),
        lambda s, path: s.activities.log(
            Activity(customer_id=1, subject="x", occurred_at=FIXED_NOW)
        ),
        lambda s, path: s.customers.delete([1]),
        lambda s, path: s.analytics.apply_tiers(),
        lambda s, path: s.users.share(1, []),
        lambda s, path: s.imports.importer(ImportKind.CONTACTS),
    ],
    UserRole.MANAGER: [
        lambda s, path: s.users.add("eve", "Eve", UserRole.ADMIN, "eve-pass-123"),
        lambda s, path: s.users.set_role(1, UserRole.SALES),
        lambda s, path: s.shared_settings.save(s.shared_settings.load()),
        lambda s, path: s.customers.purge([1]),
        lambda s, path: s.backups.back_up_now(),
    ],
}
WHO = {UserRole.SALES: "alice", UserRole.READ_ONLY: "rita", UserRole.MANAGER: "mia"}


@pytest.mark.parametrize("role", list(REFUSED))
def test_each_role_is_refused_what_it_may_not_do(team, services, role, tmp_path):
    signed_in = team.sign_in(WHO[role])
    before = services.customers.count(ALL), services.activities.count(ALL)
    for number, attempt in enumerate(REFUSED[role]):
        path = tmp_path / f"out{number}.xlsx"
        with pytest.raises(AccessDenied, match=role.value):
            attempt(signed_in, path)
        assert not path.exists()
    assert (services.customers.count(ALL), services.activities.count(ALL)) == before


def test_a_reader_sees_every_customer_and_the_analytics(team, services):
    rita = team.sign_in("rita")
    assert rita.customers.count(ALL) == services.customers.count(ALL)
    assert len(rita.analytics.pyramid().ranked.ids) == len(services.analytics.pyramid().ranked.ids)
    assert rita.views.save("customers", SavedView("mine"))  # their own views are theirs


def test_a_managers_export_masks_phones_e_mails_and_id_numbers(team, services, tmp_path):
    admin_file, manager_file = tmp_path / "admin.xlsx", tmp_path / "manager.xlsx"
    written = services.customer_export.export(admin_file, "en")
    assert team.sign_in("mia").customer_export.export(manager_file, "en") == written
    unmasked, masked = read_rows(admin_file, None), read_rows(manager_file, None)
    header = [str(cell) for cell in unmasked[0]]
    personal = [header.index(h) for h in ("Mobile", "Phone", "E-mail", "ID number") if h in header]
    assert personal
    compared = 0
    for full, hidden in zip(unmasked[1:], masked[1:], strict=True):
        for index, (a, b) in enumerate(zip(full, hidden, strict=True)):
            if index not in personal:
                assert a == b
            elif a not in (None, ""):
                assert "*" in str(b) and b != a
                compared += 1
    assert compared
    services.customer_export.export(admin_file, "en", masked=True)
    assert read_rows(admin_file, None) == masked  # an administrator may choose to mask


def test_a_wrong_password_is_refused_and_repeated_failures_wait_longer(team):
    now = [FIXED_NOW]

    def attempt(password):
        return open_services(team.target, username="alice", password=password, clock=lambda: now[0])

    for _ in range(3):  # slips cost nothing
        with pytest.raises(SignInRequired, match="wrong"):
            attempt("nope")
    with pytest.raises(SignInRequired, match="try again in 1 s"):
        attempt(PASSWORDS["alice"])  # even the right one waits its turn
    now[0] += timedelta(seconds=1)
    with pytest.raises(SignInRequired, match="wrong"):
        attempt("nope")
    with pytest.raises(SignInRequired, match="try again in 2 s"):
        attempt(PASSWORDS["alice"])
    now[0] += timedelta(seconds=2)
    attempt(PASSWORDS["alice"]).close()
    with pytest.raises(SignInRequired, match="wrong"):
        attempt("nope")  # the count started again after the success
    with pytest.raises(SignInRequired, match="user name and password"):
        attempt(None)
    with pytest.raises(SignInRequired, match="wrong user name or password"):
        open_services(team.target, username="nobody", password="x", clock=lambda: now[0])


def test_the_last_administrator_who_can_sign_in_stays_one(team, services):
    admin = team.sign_in("tester")
    me = team.ids["tester"]
    for change in (
        lambda: admin.users.set_role(me, UserRole.MANAGER),
        lambda: admin.users.set_active(me, False),
    ):
        with pytest.raises(DomainError, match="last administrator"):
            change()
    admin.users.set_role(team.ids["mia"], UserRole.ADMIN)
    admin.users.set_role(me, UserRole.MANAGER)  # another admin can sign in now
    assert {u.username: u.role for u in admin.users.all()}["tester"] is UserRole.MANAGER


def test_user_changes_are_audited_with_who_made_them(team):
    admin = team.sign_in("tester")
    admin.users.set_role(team.ids["bob"], UserRole.READ_ONLY)
    admin.users.set_password(team.ids["bob"], "bob-new-pass")
    entries = admin.context.reading(history, Entity.USER, team.ids["bob"])
    assert {(e.actor, e.field) for e in entries} >= {("tester", "role"), ("tester", "password")}
    assert all("argon2" not in str(e.new_value) for e in entries)
    with pytest.raises(SignInRequired):
        open_services(team.target, username="bob", password=PASSWORDS["bob"])
    open_services(team.target, username="bob", password="bob-new-pass").close()


def test_a_short_password_is_refused(services):
    with pytest.raises(DomainError, match="8 characters"):
        services.users.add("sam", "Sam", UserRole.SALES, "short")


def test_any_user_changes_their_own_password(team):
    alice = team.sign_in("alice")
    with pytest.raises(DomainError, match="current password"):
        alice.users.change_my_password("wrong", "alice-new-pass")
    alice.users.change_my_password(PASSWORDS["alice"], "alice-new-pass")
    open_services(team.target, username="alice", password="alice-new-pass").close()


def test_without_sign_in_the_one_user_may_do_everything(services, tmp_path):
    assert not services.users.sign_in_is_on()
    assert services.context.access.signed_in is False
    services.demo.populate(3)
    assert services.customer_export.export(tmp_path / "all.csv", "en") == 3
    assert services.users.all()
