"""What a list screen asks for: a search, filters, a sort, ascending or not."""

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort_key: str = ""
    descending: bool = False
    in_bin: bool = False  # list what was deleted instead of what is live
    # (name, value) pairs; each list knows its own filter names. A tuple, so the query
    # stays hashable and comparable.
    filters: tuple[tuple[str, object], ...] = ()

    def filter_value(self, name: str, default: object = None) -> object:
        return dict(self.filters).get(name, default)

    def with_filter(self, name: str, value: object) -> "ListQuery":
        """This query with ``name`` set to ``value`` (None or "" removes it)."""
        kept = tuple((n, v) for n, v in self.filters if n != name)
        added = () if value in (None, "") else ((name, value),)
        return replace(self, filters=kept + added)
