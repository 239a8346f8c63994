"""Messages from the layers below, shown in the interface's language.

core, io, services and storage write their messages to users as core.messages.Message:
English text that keeps its template and values. Here the template is translated and
the values filled in again, each in the reader's words (an enum value by its label).
"""

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from crmdesk.core.errors import ValidationError
from crmdesk.core.messages import Message, fill
from crmdesk.ui.labels import LABELLED_ENUMS, label


def shown(text: str) -> str:
    """``text`` in the interface's language if it is a Message; other text as it is."""
    if not isinstance(text, Message):
        return text
    values = [_value(arg) for arg in text.args]
    return fill(QCoreApplication.translate("", text.template), values)


def error_text(error: BaseException) -> str:
    """Why something was refused: each field's problem on a line of its own, or the
    error's message."""
    if isinstance(error, ValidationError):
        return "\n".join(shown(problem.message) for problem in error.errors)
    return shown(str(error))


def _value(arg: object) -> str:
    if isinstance(arg, StrEnum) and type(arg) in LABELLED_ENUMS:
        return label(arg)
    return shown(str(arg))
