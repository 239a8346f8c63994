"""A sales opportunity's form: which customer (found by code or name when it is not
given), what is being sold, for how much, at which open stage and how likely, when
it should close, who works it. A prospect without MAN is flagged at the top; won
and lost are reached with Won… and Lost…, not here."""

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import CustomerSource
from crmdesk.core.errors import DomainError
from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import Opportunity, Stage, open_stages
from crmdesk.services.app_services import Services
from crmdesk.ui.labels import stage_name
from crmdesk.ui.messages import error_text
from crmdesk.ui.widgets.field_editors import (
    ChoiceEditor,
    DateEditor,
    MoneyEditor,
    OwnerEditor,
    TextEditor,
)
from crmdesk.ui.worker import DbWorker

MATCHES = 10
TYPING_PAUSE_MS = 200
DEFAULT_CLOSE_DAYS = 30
MAN_WORDS = {
    "M": QT_TRANSLATE_NOOP("OpportunityDialog", "Money"),
    "A": QT_TRANSLATE_NOOP("OpportunityDialog", "Authority"),
    "N": QT_TRANSLATE_NOOP("OpportunityDialog", "Need"),
}


class OpportunityDialog(QDialog):
    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        opportunity: Opportunity,
        customer_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._opportunity = opportunity
        self.saved: Opportunity | None = None
        self.outcome = None
        self.setObjectName("opportunityDialog")
        self.setWindowTitle(
            self.tr("Opportunity %1").replace("%1", opportunity.number)
            if opportunity.number
            else self.tr("New opportunity")
        )
        self.warning = QLabel(objectName="manWarning", wordWrap=True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold")
        self.warning.hide()

        self.customer = QComboBox(objectName="customer")
        self.lookup = QLineEdit(objectName="customerLookup")
        self.lookup.setPlaceholderText(self.tr("Customer code or part of the name"))
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._search)
        self.lookup.textEdited.connect(lambda _text: self._typing.start())
        self.customer.currentIndexChanged.connect(lambda _i: self._customer_chosen())
        self.title = TextEditor()
        self.title.widget.setObjectName("title")
        self.product = TextEditor()
        self.amount = MoneyEditor(maximum=1e11)
        self.amount.widget.setObjectName("amount")
        self.stage = QComboBox(objectName="stage")
        self.probability = QSpinBox(objectName="probability")
        self.probability.setRange(-1, 100)
        self.probability.setSuffix(" %")
        self.probability.setSpecialValueText(self.tr("the stage's"))
        self.expected_close = DateEditor()
        self.expected_close.widget.setObjectName("expectedClose")
        self.owner = OwnerEditor()
        self.source = ChoiceEditor(CustomerSource)
        self.contact = QComboBox(objectName="contact")
        self.competitor = TextEditor()
        self.next_step = TextEditor(multiline=True)

        form = QFormLayout()
        if opportunity.customer_id is None:
            form.addRow(self.tr("Find the customer"), self.lookup)
            form.addRow(self.tr("Customer"), self.customer)
        else:
            self.customer.addItem(customer_name, opportunity.customer_id)
            form.addRow(self.tr("Customer"), QLabel(customer_name, objectName="customerName"))
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Title"), self.title.widget)
        form.addRow(self.tr("Product / description"), self.product.widget)
        form.addRow(self.tr("Expected amount"), self.amount.widget)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Win probability"), self.probability)
        form.addRow(self.tr("Expected close"), self.expected_close.widget)
        form.addRow(self.tr("Owner"), self.owner.widget)
        form.addRow(self.tr("Source"), self.source.widget)
        form.addRow(self.tr("Competitor"), self.competitor.widget)
        form.addRow(self.tr("Next step"), self.next_step.widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self._show(opportunity)
        opportunities, customers = services.opportunities, services.customers
        worker.submit(
            lambda: (opportunities.stages(), customers.owners()), self._choices_arrived, owner=self
        )
        if opportunity.customer_id is not None:
            self._customer_chosen()

    def _show(self, o: Opportunity) -> None:
        today = self._services.context.now().date()
        self.title.set_value(o.title)
        self.product.set_value(o.product)
        self.amount.set_value(o.amount if o.id else None)
        self.probability.setValue(-1 if o.probability is None else o.probability)
        close = o.expected_close or today + timedelta(days=DEFAULT_CLOSE_DAYS)
        self.expected_close.widget.setDate(QDate(close))
        self.owner.set_value(o.owner_id or self._services.context.actor.id)
        self.source.set_value(o.source)
        self.competitor.set_value(o.competitor)
        self.next_step.set_value(o.next_step)

    def _choices_arrived(self, found) -> None:
        stages, users = found
        shown: tuple[Stage, ...] = open_stages(stages)
        if not any(s.code == self._opportunity.stage for s in shown):  # closed: as it is
            shown = tuple(s for s in stages if s.code == self._opportunity.stage)
        for stage in shown:
            self.stage.addItem(f"{stage_name(stage)} ({stage.probability}%)", stage.code)
        self.stage.setCurrentIndex(max(self.stage.findData(self._opportunity.stage), 0))
        self.owner.set_choices([(user.id, user.display_name) for user in users])

    def _search(self) -> None:
        text = self.lookup.text().strip()
        if not text:
            return
        customers = self._services.customers
        self._worker.submit(
            lambda: customers.page(ListQuery(search=text), 0, MATCHES),
            self._matches_arrived,
            owner=self,
        )

    def _matches_arrived(self, rows) -> None:
        self.customer.clear()
        for row in rows:
            self.customer.addItem(f"{row.name} ({row.code})", row.id)

    def _customer_chosen(self) -> None:
        """The chosen customer's contacts to pick from, and whether MAN is missing."""
        customer_id = self.customer.currentData()
        self.contact.clear()
        self.contact.addItem("", None)
        self.warning.hide()
        if customer_id is None:
            return
        services = self._services
        self._worker.submit(
            lambda: (
                services.contacts.of_customer(customer_id),
                services.opportunities.unqualified(customer_id),
            ),
            self._customer_arrived,
            owner=self,
        )

    def _customer_arrived(self, found) -> None:
        contacts, missing = found
        for contact in contacts:
            self.contact.addItem(contact.name, contact.id)
        self.contact.setCurrentIndex(max(self.contact.findData(self._opportunity.contact_id), 0))
        if missing:
            # A list separator: "、" in Chinese.
            lacking = self.tr(", ").join(self.tr(MAN_WORDS[letter]) for letter in missing)
            self.warning.setText(
                self.tr("Not a qualified prospect yet (MAN): no %1 confirmed on the file.").replace(
                    "%1", lacking
                )
            )
            self.warning.show()

    def chosen(self) -> Opportunity:
        probability = self.probability.value()
        return replace(
            self._opportunity,
            customer_id=self.customer.currentData(),
            contact_id=self.contact.currentData(),
            title=self.title.value() or "",
            product=self.product.value(),
            amount=self.amount.value(),
            stage=self.stage.currentData() or self._opportunity.stage,
            probability=None if probability < 0 else probability,
            expected_close=self.expected_close.value(),
            owner_id=self.owner.value(),
            source=self.source.value(),
            competitor=self.competitor.value(),
            next_step=self.next_step.value(),
        )

    def save(self) -> None:
        """Stored off the GUI thread; the dialog closes once it is, or says why not."""
        chosen = self.chosen()
        opportunities = self._services.opportunities
        self._worker.submit(
            lambda: opportunities.save(chosen), self._saved, self._refused, owner=self
        )

    def _saved(self, outcome) -> None:
        self.outcome, self.saved = outcome, outcome.value
        self.accept()

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            raise error
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))


def show_opportunity_dialog(
    parent, services: Services, worker: DbWorker, opportunity: Opportunity, name: str
) -> OpportunityDialog:
    """The form, not modal; a save is published through the parent's ``changed``."""
    dialog = OpportunityDialog(services, worker, opportunity, name, parent)
    dialog.accepted.connect(lambda: parent.changed.emit(dialog.outcome.changes))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_opportunity_dialog(parent, services: Services, worker: DbWorker, opportunity_id: int):
    """The form of a stored opportunity, once it has been read."""

    def read():
        opportunity = services.opportunities.get(opportunity_id)
        return opportunity, services.customers.get(opportunity.customer_id).name

    worker.submit(
        read, lambda found: show_opportunity_dialog(parent, services, worker, *found), owner=parent
    )
