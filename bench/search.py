"""Search-as-you-type at scale: p50/p95 of (count + first window) for many real terms.

    python bench/search.py DATABASE [--terms 60] [--seed 1]

Terms are cut from stored names and phone numbers: 1–2 characters (the LIKE path),
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
    print("| terms | count | p50 (ms) | p95 (ms) | max (ms) |")
    print("|---|---|---|---|---|")
    for label, words in terms(services, options.terms, options.seed).items():
        times = []
        for word in words:
            query = ListQuery(search=word, sort_key="name")
            started = time.perf_counter()
            services.customers.count(query)
            services.customers.page(query, 0, 100)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"| {label} | {len(times)} | {statistics.median(times):.1f} | {p95:.1f} "
            f"| {times[-1]:.1f} |"
        )
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
