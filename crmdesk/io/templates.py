"""Empty import sheets: the headers a kind of import reads, with drop-down lists for
fields that take one of a set of values, so what people type is what we read."""

from pathlib import Path

from crmdesk.io.vocabulary import Field, ValueType, choice_label
from crmdesk.io.xlsx_writer import save_workbook, size_columns

TEMPLATE_ROWS = 2000  # rows the drop-downs cover
_YES_NO = {"zh": ("是", "否"), "en": ("Yes", "No")}


def write_template(path: Path, fields: tuple[Field, ...], language: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    zh = language.startswith("zh")
    book = Workbook()
    sheet = book.active
    sheet.title = "导入" if zh else "Import"
    lists = book.create_sheet("选项" if zh else "Choices")
    lists.sheet_state = "hidden"  # the drop-downs' values; a list in the rule is capped at 255
    headers = [field.header(language) for field in fields]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    size_columns(sheet, headers, [])
    for column, field in enumerate(fields, start=1):
        choices = _choices(field, "zh" if zh else "en")
        if not choices:
            continue
        letter = get_column_letter(column)
        for row, label in enumerate(choices, start=1):
            lists.cell(row=row, column=column, value=label).data_type = "s"
        # No leading "=": the file format stores the formula bare, as Excel writes it.
        source = f"{quote_sheetname(lists.title)}!${letter}$1:${letter}${len(choices)}"
        rule = DataValidation(type="list", formula1=source, allow_blank=True)
        rule.error = "请从列表中选择" if zh else "Pick a value from the list"
        rule.showErrorMessage = True
        sheet.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
    save_workbook(book, path)


def _choices(field: Field, language: str) -> list[str]:
    if field.type is ValueType.CHOICE:
        return [choice_label(member, language) for member in field.choices]
    if field.type is ValueType.BOOLEAN:
        return list(_YES_NO[language])
    return []
