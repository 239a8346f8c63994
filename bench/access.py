"""Graded access on a large database: what narrowing a sales user's queries to their
own and shared customers costs, next to an administrator's unnarrowed ones.

    python bench/access.py DATABASE [--runs 5] [--share 1000]

DATABASE (a `crmdesk demo --customers 100000` file) is copied first. In the copy a
sales user is given every tenth customer and ``--share`` more are shared with them,
then sign-in is switched on. Prints a Markdown table of medians.
"""

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, update

from crmdesk.core.enums import UserRole
from crmdesk.core.listing import ListQuery
from crmdesk.core.sign_in import hash_password
from crmdesk.services.app_services import open_services
from crmdesk.storage.models import Customer, User, customer_shares

PASSWORD = "bench-pass-1"


def timed(job) -> float:
    began = time.perf_counter()
    job()
    return time.perf_counter() - began


def set_up(database: Path, shared: int) -> None:
    admin = open_services(database, username="bench-admin")
    try:
        seller = admin.users.add("bench-sales", "Bench Sales", UserRole.SALES, PASSWORD)
        with admin.context.db.write() as session:
            ids = session.scalars(select(Customer.id).order_by(Customer.id)).all()
            owned = ids[::10]
            session.execute(
                update(Customer).where(Customer.id.in_(owned)).values(owner_id=seller.id)
            )
            session.execute(
                customer_shares.insert(),
                [{"customer_id": i, "user_id": seller.id} for i in ids[1::10][:shared]],
            )
            session.execute(
                update(User)
                .where(User.username == "bench-admin")
                .values(password_hash=hash_password(PASSWORD), role=UserRole.ADMIN)
            )
    finally:
        admin.close()


def measure(database: Path, username: str, runs: int) -> dict[str, list[float]]:
    services = open_services(database, username=username, password=PASSWORD)
    by_name = ListQuery(sort_key="name")
    searched = ListQuery(search="有限公司")
    steps = {
        "customer list: first page (by code)": lambda: services.customers.page(ListQuery(), 0, 100),
        "customer list: first page (by name)": lambda: services.customers.page(by_name, 0, 100),
        "customer list: count": lambda: services.customers.count(ListQuery()),
        "search 有限公司: first page": lambda: services.customers.page(searched, 0, 100),
        "activities: first page (newest)": lambda: services.activities.page(
            ListQuery(sort_key="occurred_at", descending=True), 0, 100
        ),
        "activities: count": lambda: services.activities.count(ListQuery()),
        "workbench (everyone's)": lambda: services.workbench.load(owner_only=False),
    }
    try:
        timings = {name: [timed(job) for _ in range(runs)] for name, job in steps.items()}
        seen = services.customers.count(ListQuery()), services.activities.count(ListQuery())
        return timings, seen
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--share", type=int, default=1000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crmdesk-access-") as folder:
        database = Path(folder) / "crm.db"
        shutil.copy(options.database, database)
        set_up(database, options.share)
        admin, admin_sees = measure(database, "bench-admin", options.runs)
        sales, sales_sees = measure(database, "bench-sales", options.runs)
    for who, (customers, activities) in (("administrator", admin_sees), ("sales", sales_sees)):
        print(f"{who} sees {customers:,} customers and {activities:,} activities")
    print()
    print("| query | administrator, median (s) | sales user, median (s) | sales runs (s) |")
    print("|---|---|---|---|")
    for name in admin:
        runs = ", ".join(f"{r:.3f}" for r in sales[name])
        print(
            f"| {name} | {statistics.median(admin[name]):.3f} | "
            f"{statistics.median(sales[name]):.3f} | {runs} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
