"""Moving an opportunity to another stage, from the board, the list or a customer
file: a win asks whether to record its sale, a loss asks why; then the service moves
it and everyone hears what changed."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from crmdesk.core.errors import DomainError
from crmdesk.core.opportunity import Stage, StageOutcome, stage_of
from crmdesk.services.app_services import Services
from crmdesk.ui.formatting import format_money
from crmdesk.ui.labels import stage_name
from crmdesk.ui.messages import error_text
from crmdesk.ui.worker import DbWorker

CONTEXT = "OpportunityMoves"
# What people usually say; the user may type another.
COMMON_LOST_REASONS = (
    QT_TRANSLATE_NOOP("OpportunityMoves", "Price too high"),
    QT_TRANSLATE_NOOP("OpportunityMoves", "Went to a competitor"),
    QT_TRANSLATE_NOOP("OpportunityMoves", "Budget cancelled"),
    QT_TRANSLATE_NOOP("OpportunityMoves", "Needs changed"),
    QT_TRANSLATE_NOOP("OpportunityMoves", "No decision made"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_lost_reason(parent: QWidget) -> str | None:
    reasons = [_tr(reason) for reason in COMMON_LOST_REASONS]
    reason, given = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("OpportunityMoves", "Lost"),
        QCoreApplication.translate("OpportunityMoves", "Why was it lost?"),
        reasons,
        0,
        True,
    )
    return reason.strip() if given and reason.strip() else None


def ask_record_sale(parent: QWidget, opportunity) -> bool | None:
    """True to record the sale, False to win without it, None to leave it open."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("OpportunityMoves", "Won"),
        QCoreApplication.translate(
            "OpportunityMoves",
            "Opportunity %1 is won. Record its sale of %2 on the customer's file now?",
        )
        .replace("%1", opportunity.number)
        .replace("%2", format_money(opportunity.amount)),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def move_opportunity(
    parent: QWidget,
    services: Services,
    worker: DbWorker,
    opportunity_id: int,
    to: str,
    on_moved: Callable[[object], None],
) -> None:
    """Read the opportunity as it is now, ask what the move needs, move it;
    ``on_moved(outcome)`` follows a move made, a refusal is shown."""
    pipeline = services.opportunities
    worker.submit(
        lambda: (pipeline.get(opportunity_id), pipeline.stages()),
        lambda found: _ask_and_move(parent, services, worker, *found, to, on_moved),
        owner=parent,
    )


def _ask_and_move(parent, services, worker, opportunity, stages, to: str, on_moved) -> None:
    stage: Stage = stage_of(stages, to)
    options: dict = {}
    if stage.outcome is StageOutcome.LOST:
        reason = ask_lost_reason(parent)
        if reason is None:
            return
        options["lost_reason"] = reason
    elif stage.outcome is StageOutcome.WON and opportunity.stage != to:
        record = ask_record_sale(parent, opportunity)
        if record is None:
            return
        options["record_sale"] = record
    pipeline = services.opportunities
    worker.submit(
        lambda: pipeline.move(opportunity, to, **options),
        on_moved,
        lambda error: _refused(parent, error, stage),
        owner=parent,
    )


def _refused(parent: QWidget, error: Exception, stage: Stage) -> None:
    if not isinstance(error, DomainError):
        raise error
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("OpportunityMoves", "Not moved to %1").replace(
            "%1", stage_name(stage)
        ),
        error_text(error),
    )
