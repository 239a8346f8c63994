"""The fields of one activity, with the next follow-up offered from the cadence and the
customer's tier. Used inline on the timeline and in the quick call log."""

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from crmdesk.core.activity import Activity
from crmdesk.core.contact import Contact
from crmdesk.core.enums import Channel, Direction
from crmdesk.core.errors import DomainError, FieldError, ValidationError
from crmdesk.core.follow_up import FollowUpSuggestion, SuggestionBasis
from crmdesk.ui.formatting import format_date
from crmdesk.ui.messages import error_text, shown
from crmdesk.ui.widgets.field_editors import (
    ERROR_STYLE,
    ChoiceEditor,
    DateEditor,
    TextEditor,
)


class ActivityEditor(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._activity = Activity()
        self.occurred_at = QDateTimeEdit()
        self.occurred_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_at.setCalendarPopup(True)
        self.channel = ChoiceEditor(Channel, optional=False)
        self.direction = ChoiceEditor(Direction, optional=False)
        self.contact = QComboBox()
        self.subject = TextEditor()
        self.subject.widget.setPlaceholderText(self.tr("What was it about (required)"))
        self.content = TextEditor(multiline=True)
        self.outcome = TextEditor()
        self.follow_up = DateEditor()
        self.suggestions = QComboBox()
        self.suggestions.setToolTip(self.tr("Suggested follow-up dates"))
        self.suggestions.activated.connect(self._suggestion_chosen)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        for name, widget in (
            ("occurredAt", self.occurred_at),
            ("channel", self.channel.widget),
            ("direction", self.direction.widget),
            ("contact", self.contact),
            ("subject", self.subject.widget),
            ("content", self.content.widget),
            ("outcome", self.outcome.widget),
            ("followUp", self.follow_up.widget),
            ("followUpSuggestions", self.suggestions),
        ):
            widget.setObjectName(f"activity_{name}")

        how = QHBoxLayout()
        how.setContentsMargins(0, 0, 0, 0)
        for widget in (self.occurred_at, self.channel.widget, self.direction.widget):
            how.addWidget(widget)
        how.addWidget(QLabel(self.tr("Contact")))
        how.addWidget(self.contact, 1)
        follow = QHBoxLayout()
        follow.setContentsMargins(0, 0, 0, 0)
        follow.addWidget(self.follow_up.widget)
        follow.addWidget(self.suggestions, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("When"), how)
        form.addRow(self.tr("Subject"), self.subject.widget)
        form.addRow(self.tr("Notes"), self.content.widget)
        form.addRow(self.tr("Outcome"), self.outcome.widget)
        form.addRow(self.tr("Next follow-up"), follow)
        form.addRow(self.error)
        self.set_contacts([])

    def set_contacts(self, contacts: list[Contact]) -> None:
        chosen = self.contact.currentData()
        self.contact.clear()
        self.contact.addItem(self.tr("(nobody in particular)"), None)
        for contact in contacts:
            self.contact.addItem(contact.name, contact.id)
        self.contact.setCurrentIndex(max(self.contact.findData(chosen), 0))

    def set_suggestions(self, offered: list[FollowUpSuggestion], apply_first: bool) -> None:
        """Offer these dates; ``apply_first`` puts the default one in the date field."""
        self.suggestions.clear()
        self.suggestions.addItem(self.tr("No follow-up"), None)
        for suggestion in offered:
            self.suggestions.addItem(self._describe(suggestion), suggestion.due_on)
        if apply_first and offered:
            self.suggestions.setCurrentIndex(1)
            self.follow_up.set_value(offered[0].due_on)

    def _describe(self, suggestion: FollowUpSuggestion) -> str:
        if suggestion.basis is SuggestionBasis.CADENCE:
            text = self.tr("%1 · day %2 after first contact")
        else:
            text = self.tr("%1 · every %2 days for this tier")
        return text.replace("%1", format_date(suggestion.due_on)).replace(
            "%2", str(suggestion.days)
        )

    def _suggestion_chosen(self, index: int) -> None:
        self.follow_up.set_value(self.suggestions.itemData(index))

    def show_activity(self, activity: Activity, now: datetime) -> None:
        """Edit ``activity``; a new one starts at ``now``."""
        self._activity = activity
        self.occurred_at.setDateTime(QDateTime(activity.occurred_at or now))
        self.channel.set_value(activity.channel)
        self.direction.set_value(activity.direction)
        self.contact.setCurrentIndex(max(self.contact.findData(activity.contact_id), 0))
        self.subject.set_value(activity.subject)
        self.content.set_value(activity.content)
        self.outcome.set_value(activity.outcome)
        self.follow_up.set_value(activity.next_follow_up)
        self.suggestions.setCurrentIndex(0 if activity.next_follow_up is None else -1)
        self.show_errors([])

    def activity(self) -> Activity:
        """The activity as edited (not yet validated)."""
        return replace(
            self._activity,
            occurred_at=self.occurred_at.dateTime().toPython().replace(second=0, microsecond=0),
            channel=self.channel.value(),
            direction=self.direction.value(),
            contact_id=self.contact.currentData(),
            subject=self.subject.value() or "",
            content=self.content.value(),
            outcome=self.outcome.value(),
            next_follow_up=self.follow_up.value(),
        )

    def show_refusal(self, error: Exception) -> None:
        """Why a save was refused: wrong fields under the form, anything else in a box.
        Errors that are not refusals are raised again."""
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        elif isinstance(error, DomainError):
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
        else:
            raise error

    def show_errors(self, errors: list[FieldError]) -> None:
        self.error.setText("\n".join(shown(error.message) for error in errors))
        self.error.setVisible(bool(errors))
