"""Taking down a satisfaction survey: for each question of the questionnaire, what the
customer expected (a) and what they got (b) on 1–5, with c = b / a shown as it is
typed; then the overall score, whether they would recommend us, and their words."""

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.enums import SurveySource
from crmdesk.core.errors import ValidationError
from crmdesk.core.satisfaction import Dimension, Gap, Survey, asked, overall
from crmdesk.services.app_services import Services
from crmdesk.ui.i18n import sheet_language
from crmdesk.ui.labels import label
from crmdesk.ui.messages import error_text
from crmdesk.ui.satisfaction_words import c_text
from crmdesk.ui.worker import DbWorker

NOT_ASKED = 0  # a spin box's lowest value: the question was not asked


def _score_box(name: str) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(NOT_ASKED, 5)
    box.setSpecialValueText("—")
    return box


class SurveyDialog(QDialog):
    recorded = Signal(object)  # the Outcome of recording

    def __init__(
        self,
        services: Services,
        worker: DbWorker,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        source: SurveySource = SurveySource.FORM,
        complaint_id: int | None = None,
    ):
        super().__init__(parent)
        self._services, self._worker = services, worker
        self._customer_id, self._source, self._complaint_id = customer_id, source, complaint_id
        self._boxes: dict[str, tuple[QSpinBox, QSpinBox, QLabel]] = {}
        self._names: dict[str, str] = {}  # question code → its name on screen
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Satisfaction survey: %1").replace("%1", customer_name))
        self.taken_on = QDateEdit(objectName="takenOn", calendarPopup=True)
        self.taken_on.setDate(QDate(services.context.now().date()))
        self.questions = QGroupBox(self.tr("Expectation a and perception b, 1 (low) to 5 (high)"))
        self._grid = QGridLayout(self.questions)
        self.overall_c = QLabel(objectName="overallC")
        self.overall_score = _score_box("overallScore")
        self.recommend = QComboBox(objectName="wouldRecommend")
        choices = ((self.tr("Not asked"), None), (self.tr("Yes"), True), (self.tr("No"), False))
        for text, value in choices:
            self.recommend.addItem(text, value)
        self.comment = QPlainTextEdit(objectName="surveyComment")
        self.comment.setPlaceholderText(self.tr("In the customer's words"))
        self.comment.setMaximumHeight(80)
        self.error = QLabel(objectName="surveyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e")
        form = QFormLayout()
        form.addRow(self.tr("Taken on:"), self.taken_on)
        form.addRow(self.tr("Overall c = Σb / Σa:"), self.overall_c)
        form.addRow(self.tr("Overall satisfaction (1–5):"), self.overall_score)
        form.addRow(self.tr("Would recommend us:"), self.recommend)
        form.addRow(self.tr("Comments:"), self.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the questionnaire has arrived
        layout = QVBoxLayout(self)
        layout.addWidget(self.questions, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        worker.submit(services.satisfaction.questionnaire, self.show_questions, owner=self)

    def show_questions(self, questionnaire: tuple[Dimension, ...]) -> None:
        language = sheet_language()
        for column, text in enumerate((self.tr("Question"), "a", "b", "c = b / a")):
            self._grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        for row, dimension in enumerate(asked(questionnaire), start=1):
            expectation = _score_box(f"a_{dimension.code}")
            perception = _score_box(f"b_{dimension.code}")
            c = QLabel(objectName=f"c_{dimension.code}")
            for box in (expectation, perception):
                box.valueChanged.connect(self._update_c)
            name = QLabel(f"{dimension.name(language)} <small>({label(dimension.group)})</small>")
            for column, widget in enumerate((name, expectation, perception, c)):
                self._grid.addWidget(widget, row, column)
            self._boxes[dimension.code] = (expectation, perception, c)
            self._names[dimension.code] = dimension.name(language)
        self.buttons.setEnabled(True)
        self._update_c()

    def answers(self) -> dict[str, tuple[int, int]]:
        """The questions given both scores (one given alone is caught on saving)."""
        return {
            code: (a.value(), b.value())
            for code, (a, b, _c) in self._boxes.items()
            if a.value() != NOT_ASKED or b.value() != NOT_ASKED
        }

    def _update_c(self) -> None:
        for a, b, c_label in self._boxes.values():
            complete = a.value() != NOT_ASKED and b.value() != NOT_ASKED
            c_label.setText(c_text(Gap(a.value(), b.value())) if complete else "")
        whole = {code: pair for code, pair in self.answers().items() if NOT_ASKED not in pair}
        gap = overall([Survey(answers=whole)])
        self.overall_c.setText(c_text(gap) if gap else "—")

    def survey(self) -> Survey:
        score = self.overall_score.value()
        return Survey(
            customer_id=self._customer_id,
            taken_on=self.taken_on.date().toPython(),
            answers=self.answers(),
            overall_score=None if score == NOT_ASKED else score,
            would_recommend=self.recommend.currentData(),
            comment=self.comment.toPlainText().strip() or None,
            source=self._source,
            complaint_id=self._complaint_id,
        )

    def save(self) -> None:
        survey = self.survey()
        self.buttons.setEnabled(False)
        self._worker.submit(
            lambda: self._services.satisfaction.record(survey),
            self._saved,
            self._refused,
            owner=self,
        )

    def _saved(self, outcome) -> None:
        self.recorded.emit(outcome)
        self.accept()

    def _refused(self, error: Exception) -> None:
        """The dialog stays open, saying what to put right in the user's language."""
        self.buttons.setEnabled(True)
        if not isinstance(error, ValidationError):
            self.error.setText(error_text(error))
            return
        lines = []
        for problem in error.errors:
            if problem.field in self._names:
                lines.append(
                    self.tr("%1: give both a and b, from 1 to 5").replace(
                        "%1", self._names[problem.field]
                    )
                )
            elif problem.field == "answers":
                lines.append(self.tr("Answer at least one question."))
            elif problem.field == "taken_on":
                lines.append(self.tr("The survey cannot be taken on a day still to come."))
            else:
                lines.append(str(problem))
        self.error.setText("\n".join(lines))
