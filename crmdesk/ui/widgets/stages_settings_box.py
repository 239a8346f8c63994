"""The database's pipeline stages in Settings: names in both languages and the win
probability each stands for; Won and Lost close every pipeline."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from crmdesk.core.opportunity import Stage
from crmdesk.ui.models.stages_model import StagesModel


class StagesSettingsBox(QWidget):
    def __init__(self, stages: tuple[Stage, ...], parent=None):
        super().__init__(parent)
        self.model = StagesModel(stages, self)
        self.table = QTableView(objectName="stages")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("Add stage"), objectName="addStage")
        add.clicked.connect(self.add_stage)
        remove = QPushButton(self.tr("Remove stage"), objectName="removeStage")
        remove.setToolTip(self.tr("Only a stage no opportunity is at can be removed"))
        remove.clicked.connect(self.remove_stage)
        buttons = QHBoxLayout()
        buttons.addWidget(
            QLabel(self.tr("…then Won (100%) and Lost (0%)"), objectName="closingStages"), 1
        )
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def stages(self) -> tuple[Stage, ...]:
        return self.model.stages()

    def add_stage(self) -> None:
        row = self.model.add(self.table.currentIndex().row())
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_stage(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
