"""Find duplicates over the whole database: wall time and what was found.

python bench/duplicates.py DATABASE
"""

import argparse
import collections
import time

from crmdesk.services.app_services import open_services


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    options = parser.parse_args()
    services = open_services(options.database)
    started = time.perf_counter()
    found = services.merges.find_duplicates()
    elapsed = time.perf_counter() - started
    reasons = collections.Counter(", ".join(m.reasons) for m in found)
    print(f"{len(found)} pairs in {elapsed:.1f} s")
    for reason, count in reasons.most_common():
        print(f"  {reason}: {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
