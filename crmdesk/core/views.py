"""Saved list views: a search, filters, the visible columns in order and the sort,
kept by name for one user."""

import json
from dataclasses import dataclass

from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.messages import Message

VIEW_NAME_MAX = 64


@dataclass(frozen=True)
class SavedView:
    name: str
    search: str = ""
    filters: tuple[tuple[str, object], ...] = ()
    columns: tuple[str, ...] = ()  # visible column keys, left to right
    sort_key: str = ""
    descending: bool = False

    def to_json(self) -> str:
        return json.dumps(
            {
                "search": self.search,
                "filters": [[name, value] for name, value in self.filters],
                "columns": list(self.columns),
                "sort_key": self.sort_key,
                "descending": self.descending,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, name: str, text: str) -> "SavedView":
        data = json.loads(text)
        return cls(
            name=name,
            search=data.get("search", ""),
            filters=tuple((n, v) for n, v in data.get("filters", [])),
            columns=tuple(data.get("columns", [])),
            sort_key=data.get("sort_key", ""),
            descending=bool(data.get("descending", False)),
        )


def checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError([FieldError("name", Message("a view needs a name"))])
    if len(name) > VIEW_NAME_MAX:
        raise ValidationError([FieldError("name", Message("at most %1 characters", VIEW_NAME_MAX))])
    return name
