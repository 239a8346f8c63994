"""Customer-value analytics as pure functions over NumPy arrays (domain.md §5–7)."""
