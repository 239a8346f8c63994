"""What a list screen asks for: a search, a sort, ascending or not."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort_key: str = ""
    descending: bool = False
