"""Complaints at scale: the Complaints page's first window (count and page), the
"overdue only" filter, the statistics of all complaints, and the workbench with its
complaints due.

    python bench/complaints.py DATABASE [--runs 20]

DATABASE: a `crmdesk demo --customers 100000` database (about 7 000 complaints); it is
only read.
"""

import argparse

from workbench import row, timed  # run as a script: bench/ is on the path

from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--runs", type=int, default=20)
    options = parser.parse_args()
    services = open_services(options.database)
    complaints = services.complaints
    newest = ListQuery(sort_key="received_at", descending=True)
    overdue = newest.with_filter("overdue", True)
    print(f"{complaints.count(ListQuery())} complaints")
    print("| measure | runs | p50 (ms) | p95 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    measures = {
        "complaint list: count + first 100, newest first": lambda: (
            complaints.count(newest),
            complaints.page(newest, 0, 100),
        ),
        "complaint list: overdue only": lambda: (
            complaints.count(overdue),
            complaints.page(overdue, 0, 100),
        ),
        "statistics of all complaints": complaints.statistics,
        "workbench, everyone's (with complaints due)": lambda: services.workbench.load(False),
    }
    for label, job in measures.items():
        print(row(label, timed(job, options.runs)))
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
