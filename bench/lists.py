"""List queries at scale: count and first/deep windows of the customer and activity
lists, per sort and search, on a database built by `crmdesk demo`.

    python bench/lists.py DATABASE [--repeat 5]

Prints a Markdown table of median milliseconds.
"""

import argparse
import statistics
import time

from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services

CUSTOMER_QUERIES = [
    ("customers, sorted by name (pinyin)", ListQuery(sort_key="name")),
    ("customers, sorted by code", ListQuery(sort_key="code")),
    ("customers, sorted by updated (no index)", ListQuery(sort_key="updated_at", descending=True)),
    ("customers, search `zs` (initials)", ListQuery(search="zs", sort_key="name")),
    ("customers, search `王伟` (2 characters)", ListQuery(search="王伟", sort_key="name")),
    ("customers, search `1380013` (phone)", ListQuery(search="1380013", sort_key="name")),
]
ACTIVITY_QUERIES = [
    ("activities, newest first", ListQuery()),
    ("activities, search `报价`", ListQuery(search="报价")),
]


def median_ms(repeat: int, call, *args) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call(*args)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    services = open_services(options.database)
    print("| query | rows | count (ms) | first 200 (ms) | rows 50 000–50 199 (ms) |")
    print("|---|---|---|---|---|")
    for service, queries in (
        (services.customers, CUSTOMER_QUERIES),
        (services.activities, ACTIVITY_QUERIES),
    ):
        for label, query in queries:
            rows = service.count(query)
            count = median_ms(options.repeat, service.count, query)
            first = median_ms(options.repeat, service.page, query, 0, 200)
            deep_ms = median_ms(options.repeat, service.page, query, 50_000, 200)
            deep = f"{deep_ms:.0f}" if rows > 50_200 else "–"
            print(f"| {label} | {rows:,} | {count:.0f} | {first:.0f} | {deep} |")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
