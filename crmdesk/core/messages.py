"""Messages for users, written in English where the rule is, shown translated.

A Message is its English text (a ``str``: logs, the command line and tests read it as
before) that also keeps its template, with numbered places as in Qt's strings, and the
values for them, so the interface can translate the template and fill them in again.
``pyside6-lupdate -tr-function-alias QT_TR_NOOP+=Message`` collects the templates (in
the empty context) from core, io, services and storage, which do not import Qt.
"""


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
    """``template`` with %1, %2 … replaced by ``values``; %10 before %1."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", values[number - 1])
    return template
