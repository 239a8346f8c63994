"""Data → matplotlib Figures: pure, testable with Agg, never pyplot."""
