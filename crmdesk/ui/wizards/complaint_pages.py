"""The four pages of the complaint wizard (domain.md §4). Each shows its part of a
complaint and writes it back; the wizard saves and moves the complaint."""

from dataclasses import replace

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from crmdesk.core.complaint import Complaint
from crmdesk.core.enums import Channel, Compensation, ComplaintCause, ComplaintLevel
from crmdesk.ui.labels import category_label, step_title
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    FlagEditor,
    MoneyEditor,
    OwnerEditor,
    TextEditor,
)


class ComplaintPage(QWizardPage):
    """A page of the wizard: its step's title, and the complaint's state above the form."""

    def __init__(self, step: int, hint: str):
        super().__init__()
        self.step = step
        self.setTitle(step_title(step))
        self.hint = hint
        self.form = QFormLayout()
        self.state = QLabel()
        self.state.setObjectName("complaintState")
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.state)

    def show_complaint(self, complaint: Complaint) -> None:
        raise NotImplementedError

    def written(self, complaint: Complaint) -> Complaint:
        """``complaint`` with this page's fields as the user left them."""
        raise NotImplementedError


class ListenPage(ComplaintPage):
    def __init__(self, categories: tuple[str, ...], contacts, staff):
        super().__init__(1, self.tr("Take the complaint down in the customer's own words."))
        self.contact = QComboBox()
        self.contact.addItem("", None)
        for contact in contacts:
            self.contact.addItem(contact.name, contact.id)
        self.channel = ChoiceEditor(Channel, optional=False)
        self.received_at = QDateTimeEdit()
        self.received_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)
        self.category = QComboBox()
        for category in categories:
            self.category.addItem(category_label(category), category)
        self.level = ChoiceEditor(ComplaintLevel, optional=False)
        self.words = TextEditor(multiline=True)
        self.words.widget.setPlaceholderText(self.tr("What the customer said (required)"))
        self.handler = OwnerEditor()
        self.handler.set_choices([(user.id, user.display_name) for user in staff])
        for name, widget in (
            ("contact", self.contact),
            ("channel", self.channel.widget),
            ("receivedAt", self.received_at),
            ("category", self.category),
            ("level", self.level.widget),
            ("words", self.words.widget),
            ("handler", self.handler.widget),
        ):
            widget.setObjectName(f"complaint_{name}")
        when = QHBoxLayout()
        when.addWidget(self.received_at)
        when.addWidget(self.channel.widget)
        when.addStretch(1)
        kind = QHBoxLayout()
        kind.addWidget(self.category, 1)
        kind.addWidget(QLabel(self.tr("Level")))
        kind.addWidget(self.level.widget)
        self.form.addRow(self.tr("Received"), when)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Category"), kind)
        self.form.addRow(self.tr("Customer's words"), self.words.widget)
        self.form.addRow(self.tr("Handler"), self.handler.widget)

    def show_complaint(self, complaint: Complaint) -> None:
        self.contact.setCurrentIndex(max(self.contact.findData(complaint.contact_id), 0))
        self.channel.set_value(complaint.channel)
        self.received_at.setDateTime(QDateTime(complaint.received_at))
        if self.category.findData(complaint.category) < 0:  # since taken off the list
            self.category.addItem(category_label(complaint.category), complaint.category)
        self.category.setCurrentIndex(self.category.findData(complaint.category))
        self.level.set_value(complaint.level)
        self.words.set_value(complaint.customer_words)
        self.handler.set_value(complaint.handler_id)

    def written(self, complaint: Complaint) -> Complaint:
        return replace(
            complaint,
            contact_id=self.contact.currentData(),
            channel=self.channel.value(),
            received_at=self.received_at.dateTime().toPython().replace(second=0, microsecond=0),
            category=self.category.currentData(),
            level=self.level.value(),
            customer_words=self.words.value() or "",
            handler_id=self.handler.value(),
        )


class YesNoChoice(QHBoxLayout):
    """Two exclusive answers, or neither yet: value True, False or None."""

    changed = Signal()

    def __init__(self, yes: str, no: str, name: str):
        super().__init__()
        self.yes, self.no = QRadioButton(yes), QRadioButton(no)
        self.yes.setObjectName(f"{name}_yes")
        self.no.setObjectName(f"{name}_no")
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            self.group.addButton(button)
            self.addWidget(button)
        self.addStretch(1)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def set_value(self, value: bool | None) -> None:
        self.group.setExclusive(False)  # lets both be cleared for "not answered"
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)


class JudgePage(ComplaintPage):
    def __init__(self):
        super().__init__(2, self.tr("Record the key points and judge whether it stands."))
        self.key_points = TextEditor(multiline=True)
        self.stands = YesNoChoice(self.tr("It stands"), self.tr("It does not stand"), "stands")
        self.reason = TextEditor(multiline=True)
        self.reason.widget.setPlaceholderText(self.tr("Why it does or does not stand"))
        self.cause = ChoiceEditor(ComplaintCause)
        self.explanation = TextEditor(multiline=True)
        self.explanation.widget.setPlaceholderText(
            self.tr("What the customer is told; the complaint is then closed")
        )
        self.escalated = FlagEditor(self.tr("Escalated to a manager"))
        for name, widget in (
            ("keyPoints", self.key_points.widget),
            ("reason", self.reason.widget),
            ("cause", self.cause.widget),
            ("explanation", self.explanation.widget),
            ("escalated", self.escalated.widget),
        ):
            widget.setObjectName(f"complaint_{name}")
        self.form.addRow(self.tr("Key points"), self.key_points.widget)
        self.form.addRow(self.tr("Judgement"), self.stands)
        self.form.addRow(self.tr("Reason"), self.reason.widget)
        self.form.addRow(self.tr("Cause"), self.cause.widget)
        self.form.addRow(self.tr("Explanation to the customer"), self.explanation.widget)
        self.form.addRow("", self.escalated.widget)
        self.stands.group.buttonToggled.connect(lambda *_: self._follow_judgement())

    def _follow_judgement(self) -> None:
        """Not standing ends the complaint here, with the explanation."""
        self.explanation.widget.setEnabled(self.stands.value() is False)
        self.setFinalPage(self.stands.value() is False)
        self.completeChanged.emit()

    def nextId(self) -> int:
        return -1 if self.stands.value() is False else super().nextId()

    def show_complaint(self, complaint: Complaint) -> None:
        self.key_points.set_value(complaint.key_points)
        self.stands.set_value(complaint.stands)
        self.reason.set_value(complaint.validity_reason)
        self.cause.set_value(complaint.cause)
        self.explanation.set_value(complaint.explanation)
        self.escalated.set_value(complaint.escalated)
        self._follow_judgement()

    def written(self, complaint: Complaint) -> Complaint:
        return replace(
            complaint,
            key_points=self.key_points.value(),
            stands=self.stands.value(),
            validity_reason=self.reason.value(),
            cause=self.cause.value(),
            explanation=self.explanation.value(),
            escalated=self.escalated.value(),
        )


class SolvePage(ComplaintPage):
    def __init__(self):
        super().__init__(
            3, self.tr("Propose a workable solution and any compensation; note the answer.")
        )
        self.solution = TextEditor(multiline=True)
        self.compensation = ChoiceEditor(Compensation)
        self.amount = MoneyEditor()
        self.accepted = YesNoChoice(
            self.tr("The customer accepts"), self.tr("The customer declines"), "accepted"
        )
        for name, widget in (
            ("solution", self.solution.widget),
            ("compensation", self.compensation.widget),
            ("amount", self.amount.widget),
        ):
            widget.setObjectName(f"complaint_{name}")
        compensation = QHBoxLayout()
        compensation.addWidget(self.compensation.widget, 1)
        compensation.addWidget(QLabel(self.tr("Amount")))
        compensation.addWidget(self.amount.widget)
        self.form.addRow(self.tr("Solution"), self.solution.widget)
        self.form.addRow(self.tr("Compensation"), compensation)
        self.form.addRow(self.tr("Answer"), self.accepted)

    def show_complaint(self, complaint: Complaint) -> None:
        self.solution.set_value(complaint.solution)
        self.compensation.set_value(complaint.compensation)
        self.amount.set_value(complaint.compensation_amount)
        self.accepted.set_value(complaint.accepted)

    def written(self, complaint: Complaint) -> Complaint:
        return replace(
            complaint,
            solution=self.solution.value(),
            compensation=self.compensation.value(),
            compensation_amount=self.amount.value(),
            accepted=self.accepted.value(),
        )


SATISFACTION = (1, 2, 3, 4, 5)


class FollowUpPage(ComplaintPage):
    def __init__(self):
        super().__init__(
            4, self.tr("After the fix, ask how satisfied the customer is now; note the lessons.")
        )
        self.fixed = FlagEditor(self.tr("The fix is done"))
        self.follow_up_on = DateEditor()
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Not asked yet"), None)
        for score in SATISFACTION:
            self.satisfaction.addItem(self.tr("%1 of 5").replace("%1", str(score)), score)
        self.findings = TextEditor(multiline=True)
        self.findings.widget.setPlaceholderText(self.tr("Findings and learnings"))
        for name, widget in (
            ("fixed", self.fixed.widget),
            ("followUpOn", self.follow_up_on.widget),
            ("satisfaction", self.satisfaction),
            ("findings", self.findings.widget),
        ):
            widget.setObjectName(f"complaint_{name}")
        self.form.addRow("", self.fixed.widget)
        self.form.addRow(self.tr("Follow up on"), self.follow_up_on.widget)
        self.form.addRow(self.tr("Satisfaction now"), self.satisfaction)
        self.form.addRow(self.tr("Findings"), self.findings.widget)

    def show_complaint(self, complaint: Complaint) -> None:
        self.fixed.set_value(complaint.resolved_at is not None)
        self.follow_up_on.set_value(complaint.follow_up_on)
        score = self.satisfaction.findData(complaint.satisfaction)
        self.satisfaction.setCurrentIndex(max(score, 0))
        self.findings.set_value(complaint.findings)

    def written(self, complaint: Complaint) -> Complaint:
        return replace(
            complaint,
            follow_up_on=self.follow_up_on.value(),
            satisfaction=self.satisfaction.currentData(),
            findings=self.findings.value(),
        )
