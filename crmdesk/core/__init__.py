"""Plain-Python domain: enums, value objects, rules and errors (no Qt, no SQL, no I/O)."""
