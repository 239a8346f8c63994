"""The satisfaction questionnaire as an editable table: whether each question is
asked, and its Chinese and English names. Questions are retired, never deleted, so
the surveys that answered them keep their names."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt

from crmdesk.core.enums import SurveyGroup
from crmdesk.core.satisfaction import Dimension
from crmdesk.ui.labels import label
from crmdesk.ui.models.windowed_table_model import ROOT, Index

CONTEXT = "QuestionnaireModel"
HEADERS = (
    QT_TRANSLATE_NOOP("QuestionnaireModel", "Asked"),
    QT_TRANSLATE_NOOP("QuestionnaireModel", "Chinese"),
    QT_TRANSLATE_NOOP("QuestionnaireModel", "English"),
    QT_TRANSLATE_NOOP("QuestionnaireModel", "About"),
)
ASKED, NAME_ZH, NAME_EN, GROUP = range(4)


class QuestionnaireModel(QAbstractTableModel):
    def __init__(self, questions: tuple[Dimension, ...], parent=None):
        super().__init__(parent)
        self._questions = list(questions)

    def questions(self) -> tuple[Dimension, ...]:
        return tuple(self._questions)

    def add(self, group: SurveyGroup) -> int:
        """A new question about ``group``, named by the user next; returns its row."""
        taken = {q.code for q in self._questions}
        number = next(n for n in range(len(taken) + 1, len(taken) + 1000) if f"q{n}" not in taken)
        row = len(self._questions)
        self.beginInsertRows(ROOT, row, row)
        self._questions.append(Dimension(f"q{number}", group, "", ""))
        self.endInsertRows()
        return row

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ASKED:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (NAME_ZH, NAME_EN):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        question = self._questions[index.row()]
        column = index.column()
        if column == ASKED and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.active else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {NAME_ZH: question.name_zh, NAME_EN: question.name_en}.get(
                column, label(question.group) if column == GROUP else None
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        question = self._questions[index.row()]
        column = index.column()
        if column == ASKED and role == Qt.ItemDataRole.CheckStateRole:
            changed = replace(question, active=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif column in (NAME_ZH, NAME_EN) and role == Qt.ItemDataRole.EditRole:
            name = "name_zh" if column == NAME_ZH else "name_en"
            changed = replace(question, **{name: str(value).strip()})
        else:
            return False
        self._questions[index.row()] = changed
        self.dataChanged.emit(index, index, [role])
        return True
