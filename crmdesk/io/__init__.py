"""Spreadsheets and CSV files in and out: reading, column mapping, type coercion and
safe writing. Plain Python (no Qt, no database)."""
