"""What a list screen asks for: a search, a sort, ascending or not."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort_key: str = ""
    descending: bool = False
    in_bin: bool = False  # list what was deleted instead of what is live
