"""The satisfaction and loyalty settings of a database: the questionnaire, how often a
VIP customer is asked, and the limits the loyalty types are judged by."""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.analytics.loyalty import LoyaltyRules
from crmdesk.core.enums import SurveyGroup
from crmdesk.core.satisfaction import MAX_SURVEY_MONTHS, Dimension
from crmdesk.ui.labels import label
from crmdesk.ui.models.questionnaire_model import NAME_ZH, QuestionnaireModel


def _spin(name: str, low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class SatisfactionSettingsBox(QWidget):
    def __init__(
        self, questions: tuple[Dimension, ...], rules: LoyaltyRules, vip_months: int, parent=None
    ):
        super().__init__(parent)
        self.model = QuestionnaireModel(questions, self)
        self.table = QTableView(objectName="questionnaire")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_group = QComboBox(objectName="newQuestionGroup")
        for group in SurveyGroup:
            self.new_group.addItem(label(group), group)
        add = QPushButton(self.tr("Add question"), objectName="addQuestion")
        add.clicked.connect(self.add_question)
        adding = QHBoxLayout()
        adding.addStretch(1)
        adding.addWidget(self.new_group)
        adding.addWidget(add)

        self.vip_months = _spin("vipSurveyMonths", 1, MAX_SURVEY_MONTHS, vip_months)
        self.window = _spin("loyaltyWindow", 1, 120, rules.window_months)
        self.repeats = _spin("loyaltyRepeats", 1, 100, rules.min_repeat_purchases)
        self.variation = _spin("loyaltyVariation", 1, 500, round(rules.max_gap_variation * 100))
        self.variation.setSuffix(" %")
        self.min_c = QDoubleSpinBox(objectName="loyaltyMinC", decimals=2, singleStep=0.05)
        self.min_c.setRange(0.2, 5.0)
        self.min_c.setValue(rules.min_satisfaction)
        self.recommend = QCheckBox(self.tr("and would recommend us"), objectName="loyaltyRecommend")
        self.recommend.setChecked(rules.recommend_needed)
        attitude = QHBoxLayout()
        attitude.addWidget(self.min_c)
        attitude.addWidget(self.recommend, 1)
        form = QFormLayout()
        form.addRow(self.tr("Ask VIP customers every (months):"), self.vip_months)
        form.addRow(self.tr("Loyal behaviour looks back (months):"), self.window)
        form.addRow(self.tr("…and needs at least this many repeat purchases:"), self.repeats)
        form.addRow(self.tr("…at intervals varying by at most:"), self.variation)
        form.addRow(self.tr("Loyal attitude: satisfaction c at least"), attitude)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addLayout(form)

    def add_question(self) -> None:
        row = self.model.add(self.new_group.currentData())
        index = self.model.index(row, NAME_ZH)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def questions(self) -> tuple[Dimension, ...]:
        return self.model.questions()

    def rules(self) -> LoyaltyRules:
        return LoyaltyRules(
            window_months=self.window.value(),
            min_repeat_purchases=self.repeats.value(),
            max_gap_variation=self.variation.value() / 100,
            min_satisfaction=round(self.min_c.value(), 2),
            recommend_needed=self.recommend.isChecked(),
        )
