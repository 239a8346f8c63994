"""Automatic codes from a mask such as ``C{000000}`` or ``KH{yyyy}{0000}``.

``{0…0}`` is the sequence number zero-padded to that width; ``{yyyy}``, ``{yy}``, ``{mm}``
and ``{dd}`` are the date the code is issued. Everything else is literal.
"""

import re
from datetime import date

from crmdesk.core.errors import DomainError
from crmdesk.core.messages import Message

_FIELD = re.compile(r"\{([^{}]*)\}")
_DATE_PARTS = {"yyyy": "%Y", "yy": "%y", "mm": "%m", "dd": "%d"}

DEFAULT_CUSTOMER_MASK = "C{000000}"


class CodeMask:
    def __init__(self, mask: str):
        fields = _FIELD.findall(mask)
        counters = [f for f in fields if f and set(f) == {"0"}]
        unknown = [f for f in fields if f not in _DATE_PARTS and f not in counters]
        if len(counters) != 1 or unknown:
            raise DomainError(
                Message(
                    "Code mask %1 needs exactly one number field like {0000} and only the date "
                    "fields {yyyy} {yy} {mm} {dd}",
                    repr(mask),
                )
            )
        self.mask = mask
        self.width = len(counters[0])

    def format(self, number: int, issued_on: date) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in _DATE_PARTS:
                return issued_on.strftime(_DATE_PARTS[name])
            return str(number).zfill(self.width)

        return _FIELD.sub(replace, self.mask)

    def sequence_name(self, issued_on: date) -> str:
        """Numbers restart whenever the date part of the code changes (e.g. each year)."""
        date_only = _FIELD.sub(
            lambda m: (
                issued_on.strftime(_DATE_PARTS[m.group(1)]) if m.group(1) in _DATE_PARTS else "#"
            ),
            self.mask,
        )
        return date_only
