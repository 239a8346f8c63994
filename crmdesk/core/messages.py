"""Messages for users, written in English where the rule is, shown translated.

A Message is its English text (a ``str``: logs, the command line and tests read it as
before) that also keeps its template, with numbered places as in Qt's strings, and the
values for them, so the interface can translate the template and fill them in again.
``pyside6-lupdate -tr-function-alias QT_TR_NOOP+=Message`` collects the templates (in
the empty context) from core, io, services and storage, which do not import Qt.
"""

import re

_PLACE = re.compile(r"%(\d{1,2})")


class Message(str):
    template: str
    args: tuple

    def __new__(cls, template: str, *args: object) -> "Message":
        message = super().__new__(cls, fill(template, [str(arg) for arg in args]))
        message.template, message.args = template, args
        return message

    def __str__(self) -> str:
        return self  # str() of the message, or of an error raised with it, keeps it one


def fill(template: str, values: list[str]) -> str:
    """``template`` with %1, %2 … replaced by ``values`` in one pass, so a value holding
    "%1" stays as it is; %10 is place ten when there are ten values."""

    def value(place: re.Match) -> str:
        digits = place.group(1)
        for width in (2, 1):
            number = int(digits[:width])
            if len(digits) >= width and 1 <= number <= len(values):
                return values[number - 1] + digits[width:]
        return place.group(0)

    return _PLACE.sub(value, template)
