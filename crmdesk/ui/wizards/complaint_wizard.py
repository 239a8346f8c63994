"""The complaint wizard: listen → record and judge → solution and compensation →
follow-up. Each Next saves its step (and the moves it makes) before going on; Save and
close keeps the complaint where it is, to be resumed later from the same step."""

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from crmdesk.core.complaint import Complaint
from crmdesk.core.complaint_sla import resolution_state, response_state
from crmdesk.core.enums import ComplaintStatus
from crmdesk.core.errors import DomainError
from crmdesk.services.app_services import Services
from crmdesk.ui.formatting import format_datetime
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.wizards.complaint_pages import (
    ComplaintPage,
    FollowUpPage,
    JudgePage,
    ListenPage,
    SolvePage,
)
from crmdesk.ui.worker import DbWorker

LAST_STEP = 4


@dataclass(frozen=True)
class ComplaintFile:
    """Everything the wizard shows, read before it opens."""

    complaint: Complaint
    customer: str  # code and name
    contacts: list
    categories: tuple[str, ...]
    staff: list


def load_complaint_file(
    services: Services,
    complaint_id: int | None = None,
    customer_id: int | None = None,
    words: str = "",
) -> ComplaintFile:
    """An existing complaint, or a new one for ``customer_id`` with the customer's
    ``words`` already taken down (from the quick call log). Runs on the DB thread."""
    if complaint_id is not None:
        complaint = services.complaints.get(complaint_id)
    else:
        complaint = Complaint(
            customer_id=customer_id,
            received_at=services.context.now().replace(second=0, microsecond=0),
            customer_words=words,
            handler_id=services.context.actor.id,
        )
    customer = services.customers.get(complaint.customer_id)
    return ComplaintFile(
        complaint,
        f"{customer.code} {customer.name}",
        services.contacts.of_customer(customer.id),
        services.complaints.categories(),
        services.customers.owners(),
    )


class ComplaintWizard(QWizard):
    saved = Signal(object)  # the Outcome of each save

    def __init__(
        self, services: Services, worker: DbWorker, opened: ComplaintFile, parent: QWidget = None
    ):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._customer = opened.customer
        self.complaint = opened.complaint
        self._step_saved = False  # the current step is stored: Next/Finish may go on
        self.setObjectName("complaintWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save and close"))
        self.customButtonClicked.connect(lambda _which: self.save_and_close())
        self.pages: dict[int, ComplaintPage] = {
            1: ListenPage(opened.categories, opened.contacts, opened.staff),
            2: JudgePage(),
            3: SolvePage(),
            4: FollowUpPage(),
        }
        for step, page in self.pages.items():
            self.setPage(step, page)
            page.show_complaint(self.complaint)
        self.setStartId(self.complaint.step)
        self._show_state()
        self.resize(720, 560)

    # the complaint as the pages have it

    def _written(self, resume_at: int) -> Complaint:
        complaint = self.complaint
        for page in self.pages.values():
            complaint = page.written(complaint)
        return replace(complaint, step=resume_at)

    def _show_state(self) -> None:
        complaint = self.complaint
        title = (
            self.tr("Complaint %1 — %2")
            .replace("%1", complaint.number or self.tr("(new)"))
            .replace("%2", self._customer)
        )
        self.setWindowTitle(title)
        parts = [label(complaint.status)] if complaint.number else []
        if complaint.first_response_due is not None:
            now = self._services.context.now()
            parts += [
                self.tr("First response by %1: %2")
                .replace("%1", format_datetime(complaint.first_response_due))
                .replace("%2", label(response_state(complaint, now))),
                self.tr("Resolution by %1: %2")
                .replace("%1", format_datetime(complaint.resolution_due))
                .replace("%2", label(resolution_state(complaint, now))),
            ]
        for page in self.pages.values():
            page.setSubTitle(page.hint)
            page.state.setText(" · ".join(parts))

    # saving

    def validateCurrentPage(self) -> bool:
        """Next and Finish save the step first; the wizard goes on once it is stored."""
        if self._step_saved:
            self._step_saved = False
            return True
        step = self.currentId()
        finishing = self.currentPage().isFinalPage() or step == LAST_STEP
        self._save(step, min(step + 1, LAST_STEP), finishing, self._went_on)
        return False

    def save_and_close(self) -> None:
        step = self.currentId()
        self._save(step, step, False, lambda _outcome: self.accept_saved())

    def accept_saved(self) -> None:
        self._step_saved = True
        self.accept()

    def _save(self, step: int, resume_at: int, finishing: bool, then) -> None:
        complaint = self._written(resume_at if not finishing else step)
        fixed = self.pages[LAST_STEP].fixed.value()
        complaints = self._services.complaints
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def job():
            return complaints.save_step(complaint, step, fixed=fixed, finishing=finishing)

        def done(outcome) -> None:
            self.complaint = outcome.value
            self._show_state()
            self.saved.emit(outcome)
            then(outcome)

        self._worker.submit(job, done, self._failed, owner=self)

    def _went_on(self, outcome) -> None:
        status = ComplaintStatus(outcome.value.status)
        step = self.currentId()
        if status in (ComplaintStatus.REJECTED, ComplaintStatus.CLOSED):
            self.accept_saved()
        elif step == 3 and status is not ComplaintStatus.IN_PROGRESS:
            self._waiting_for_the_customer(status)
        elif step < LAST_STEP:
            self._step_saved = True
            self.next()
        else:
            self.accept_saved()

    def _waiting_for_the_customer(self, status: ComplaintStatus) -> None:
        """The solution is saved but the customer has not accepted it: stay here."""
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        if status is ComplaintStatus.AWAITING_CUSTOMER:
            text = self.tr(
                "Saved. The complaint now awaits the customer's answer; its deadline waits "
                "too. Save and close, and resume when they answer."
            )
        else:
            text = self.tr("Saved. The customer declined: propose another solution.")
        self.pages[3].state.setText(text)

    def _failed(self, error: Exception) -> None:
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)
        if not isinstance(error, DomainError):
            raise error
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))


def open_complaint_wizard(
    services: Services, worker: DbWorker, parent: QWidget, publish, **which
) -> None:
    """Read the complaint (or the customer, for a new one), then show the wizard, which
    ``publish``es the changes of each save. ``which``: complaint_id, or customer_id and
    perhaps words."""

    def show(opened: ComplaintFile) -> None:
        wizard = ComplaintWizard(services, worker, opened, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.saved.connect(lambda outcome: publish(outcome.changes))
        wizard.open()

    worker.submit(lambda: load_complaint_file(services, **which), show)
