"""Use cases: each call is one unit of work and returns what it changed."""
