"""Seconds since this process started, for `--self-test`."""

import os
import time

_IMPORTED_AT = time.monotonic()


def seconds_since_start() -> float:
    """From the operating system where it tells (Linux), else from when crmdesk was
    first imported (which misses only the interpreter's own start)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            uptime_s = float(uptime.read().split()[0])
        return uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT
