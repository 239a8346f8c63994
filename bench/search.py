"""Search-as-you-type at scale: p50/p95 of the first window (what the list repaints
from), of the count (shown after it) and of both, for many real terms.

    python bench/search.py DATABASE [--terms 60] [--seed 1]

Terms are cut from stored names and phone numbers: 1–2 characters (the gram index),
3–4 characters and 7-digit phone fragments (the trigram path).
"""

import argparse
import random
import statistics
import time

from sqlalchemy import select

from crmdesk.core.listing import ListQuery
from crmdesk.services.app_services import open_services
from crmdesk.storage.models import Customer


def terms(services, count: int, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with services.context.db.read() as session:
        rows = session.execute(select(Customer.name, Customer.mobile).limit(20_000)).all()
    picked = rng.sample(rows, count * 3)
    names = [name for name, _ in picked]
    mobiles = [m for _, m in picked if m]

    def cut(text: str, size: int) -> str:
        start = rng.randrange(0, max(len(text) - size, 0) + 1)
        return text[start : start + size]

    return {
        "1–2 characters": [cut(n, rng.choice((1, 2))) for n in names[:count]],
        "3–4 characters": [cut(n, rng.choice((3, 4))) for n in names[count : 2 * count]],
        "phone fragment (7 digits)": [cut(m[3:], 7) for m in mobiles[:count]],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--terms", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    services = open_services(options.database)
    print("| terms | n | first window p50 (ms) | count p50 (ms) | both p50 (ms) | both p95 (ms) |")
    print("|---|---|---|---|---|---|")
    for label, words in terms(services, options.terms, options.seed).items():
        window, counting, both = [], [], []
        for word in words:
            query = ListQuery(search=word, sort_key="name")
            started = time.perf_counter()
            services.customers.page(query, 0, 100)
            paged = time.perf_counter()
            services.customers.count(query)
            done = time.perf_counter()
            window.append((paged - started) * 1000)
            counting.append((done - paged) * 1000)
            both.append((done - started) * 1000)
        both.sort()
        p95 = both[int(len(both) * 0.95) - 1]
        print(
            f"| {label} | {len(both)} | {statistics.median(window):.1f} "
            f"| {statistics.median(counting):.1f} | {statistics.median(both):.1f} | {p95:.1f} |"
        )
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
