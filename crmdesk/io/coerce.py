"""Cell values as the field needs them, or a message saying what is wrong with the cell."""

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache

from crmdesk.core.messages import Message
from crmdesk.io.tables import Value
from crmdesk.io.vocabulary import Field, ValueType, choice_label, choice_of

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (with Excel's 1900 leap day)
EXACT_DIGITS = 15  # a double keeps 15 significant digits; Excel shows no more
_SEPARATORS = re.compile(r"[,，、;；/|]")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?")
_TWO_SIDED = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:[ T].*)?")
_CLOCK = re.compile(r"[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")
_TRUE = {"1", "true", "yes", "y", "是", "有", "√", "✓", "x"}
_FALSE = {"0", "false", "no", "n", "否", "无", "没有"}


class CellError(ValueError):
    """The message is shown next to the cell: what is wrong and what is expected."""


def coerce(field: Field, value: Value, *, day_first: bool = False):
    """The field's value from the cell's (None for an empty cell)."""
    return coercer(field, day_first)(value)


@cache
def coercer(field: Field, day_first: bool = False) -> Callable[[Value], object]:
    """``coerce`` for one field, looked up once for a whole column."""
    convert = _COERCERS[field.type]
    empty = () if field.type is ValueType.TAGS else None

    def coerced(value: Value):
        if value is None or (type(value) is str and not value.strip()):
            return empty
        return convert(field, value, day_first)

    return coerced


def _text(field: Field, value: Value, _day_first: bool) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value).strip()


def _identifier(field: Field, value: Value, _day_first: bool) -> str:
    """Codes and phones typed into Excel as numbers: 13800138000, never 13800138000.0."""
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError(
                Message("%1 is a fraction, not a number like a code or phone", repr(value))
            )
        digits = str(int(value))
        if len(digits) > EXACT_DIGITS:
            raise CellError(
                Message(
                    "%1 digits stored as a number: Excel has already lost the last ones;"
                    " format the column as text and type them again",
                    len(digits),
                )
            )
        return digits
    return _text(field, value, False)


def _date(field: Field, value: Value, day_first: bool) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float):
        if not 1 <= value < 2_958_466:  # Excel's 9999-12-31
            raise CellError(Message("%1 is not a date", repr(value)))
        return EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value).strip()
    if match := _YMD.fullmatch(text):
        year, month, day = match.groups()
    elif match := _TWO_SIDED.fullmatch(text):
        first, second, year = match.groups()
        day, month = (first, second) if day_first else (second, first)
    else:
        raise CellError(
            Message("%1 is not a date (2024-03-05, 2024/3/5 or 2024年3月5日)", repr(text))
        )
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        order = "day/month" if day_first else "month/day"
        raise CellError(Message("%1 is not a date (read as %2/year)", repr(text), order)) from None


def _datetime(field: Field, value: Value, day_first: bool) -> datetime:
    """A date and time; a date alone is taken as midnight."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, float) and 1 <= value < 2_958_466:
        return datetime.combine(EXCEL_EPOCH, datetime.min.time()) + timedelta(
            seconds=round(value * 86_400)
        )
    when = _date(field, value, day_first)
    clock = _CLOCK.search(value) if isinstance(value, str) else None
    if clock is None:
        return datetime.combine(when, datetime.min.time())
    hour, minute, second = (int(part or 0) for part in clock.groups())
    try:
        return datetime(when.year, when.month, when.day, hour, minute, second)
    except ValueError:
        raise CellError(Message("%1 has no such time of day", repr(value))) from None


def _integer(field: Field, value: Value, _day_first: bool) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().replace(",", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    raise CellError(Message("%1 is not a whole number", repr(value)))


def _money(field: Field, value: Value, _day_first: bool) -> Decimal:
    """Amounts as typed: ¥1,200.50, $ 3.5, 1 200, (negative) -80."""
    if isinstance(value, float):
        return Decimal(repr(value))  # the shortest text that reads back as this float
    text = re.sub(r"[¥￥$€£,，\s]|RMB|CNY|元", "", str(value), flags=re.IGNORECASE)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise CellError(Message("%1 is not an amount", repr(value))) from None
    if not amount.is_finite():
        raise CellError(Message("%1 is not an amount", repr(value)))
    return amount


def _boolean(field: Field, value: Value, _day_first: bool) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(field, value, False).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(Message("%1 is not yes or no (是/否)", repr(value)))


def _choice(field: Field, value: Value, _day_first: bool):
    member = choice_of(field.choices, _text(field, value, False))
    if member is None:
        allowed = ", ".join(choice_label(m, "zh") for m in field.choices)
        raise CellError(Message("%1 is not one of %2", repr(value), allowed))
    return member


def _tags(field: Field, value: Value, _day_first: bool) -> tuple[str, ...]:
    parts = _SEPARATORS.split(_text(field, value, False))
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


_COERCERS = {
    ValueType.TEXT: _text,
    ValueType.IDENTIFIER: _identifier,
    ValueType.DATE: _date,
    ValueType.DATETIME: _datetime,
    ValueType.INTEGER: _integer,
    ValueType.MONEY: _money,
    ValueType.BOOLEAN: _boolean,
    ValueType.CHOICE: _choice,
    ValueType.TAGS: _tags,
}
