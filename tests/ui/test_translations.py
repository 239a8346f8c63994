"""zh_CN must be complete: every string in the code translated, enum labels included."""

import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication

from crmdesk.core.enums import CustomerStatus, Tier
from crmdesk.paths import resource
from crmdesk.ui import labels
from crmdesk.ui.i18n import compiled_catalog, install_translators

ROOT = Path(__file__).resolve().parents[2]
CATALOG = resource("translations", "crmdesk_zh_CN.ts")


# The layers below the interface write their messages to users as core.messages.Message,
# which lupdate collects as QT_TR_NOOP.
MESSAGE_ALIAS = ["-tr-function-alias", "QT_TR_NOOP+=Message"]


def ui_sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "crmdesk" / "ui").rglob("*.py"))] + [
        str(ROOT / "crmdesk" / "app.py")
    ]


def message_sources() -> list[str]:
    layers = ("core", "io", "services", "storage")
    return [str(p) for layer in layers for p in sorted((ROOT / "crmdesk" / layer).rglob("*.py"))]


def test_every_string_in_the_code_has_a_finished_translation(tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    refreshed = tmp_path / CATALOG.name
    shutil.copy(CATALOG, refreshed)
    subprocess.run(
        [
            lupdate,
            *ui_sources(),
            *message_sources(),
            *MESSAGE_ALIAS,
            *("-ts", str(refreshed), "-no-obsolete", "-silent"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in ElementTree.parse(refreshed).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not "".join(message.find("translation").itertext()).strip()  # numerus forms too
    ]
    assert unfinished == [], "untranslated — add them to " + CATALOG.name


def test_every_enum_value_has_a_label():
    for enum in labels.LABELLED_ENUMS:
        for member in enum:
            assert labels.label(member), f"{enum.__name__}.{member.name} has no label"


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_chinese_labels_and_pages_are_shown_in_chinese(chinese):
    assert compiled_catalog("zh_CN") is not None
    assert labels.label(CustomerStatus.PROSPECT) == "潜在客户"
    assert labels.label(Tier.VIP) == "VIP客户"
    assert QCoreApplication.translate("MainWindow", "Customers") == "客户"


def test_lists_in_a_chinese_cell_are_joined_with_the_enumeration_comma(chinese):
    from crmdesk.core.duplicate_finder import DuplicateMatch, FileRef
    from crmdesk.core.imports import CellProblem, PlannedRow, RowStatus
    from crmdesk.ui.models.duplicate_pairs_model import DuplicatePairsModel
    from crmdesk.ui.models.import_preview_model import PreviewModel

    pair = DuplicateMatch(
        FileRef(1, "C1", "张三"), FileRef(2, "C2", "张三"), 100, ("name", "phone")
    )
    duplicates = DuplicatePairsModel([pair])
    assert duplicates.data(duplicates.index(0, 4)) == "名称相同、电话相同"
    preview = PreviewModel()
    preview.field_names = {"name": "客户名称", "mobile": "手机"}
    changed = PlannedRow(2, RowStatus.UPDATE, changes={"name": ("a", "b"), "mobile": ("1", "2")})
    wrong = PlannedRow(
        3,
        RowStatus.ERROR,
        problems=(CellProblem(0, "name", "必填"), CellProblem(1, "mobile", "不是号码")),
    )
    preview.set_records([changed, wrong])
    assert preview.data(preview.index(0, 2)) == "客户名称、手机"
    assert preview.data(preview.index(1, 2)) == "客户名称：必填；手机：不是号码"


def test_problems_found_below_the_interface_are_shown_in_chinese(chinese):
    from crmdesk.core.contact_info import normalize_phone
    from crmdesk.core.imports import CellProblem, PlannedRow, RowStatus
    from crmdesk.io.coerce import CellError, coerce
    from crmdesk.io.vocabulary import Field, ValueType
    from crmdesk.ui.messages import shown
    from crmdesk.ui.models.import_preview_model import PreviewModel

    with pytest.raises(ValueError) as phone:
        normalize_phone("12345")
    assert shown(str(phone.value)) == "'12345' 不是有效的电话号码"
    with pytest.raises(CellError) as amount:
        coerce(Field("amount", ValueType.MONEY, ("金额", "Amount")), "十二块")
    preview = PreviewModel()
    preview.field_names = {"amount": "金额"}
    wrong = PlannedRow(
        4, RowStatus.ERROR, problems=(CellProblem(2, "amount", amount.value.args[0]),)
    )
    preview.set_records([wrong])
    assert preview.data(preview.index(0, 2)) == "金额：'十二块' 不是金额"
    assert shown("text from elsewhere") == "text from elsewhere"


def test_the_error_workbook_says_what_is_wrong_in_chinese(chinese, tmp_path):
    import openpyxl

    from crmdesk.core.contact_info import normalize_phone
    from crmdesk.core.imports import CellProblem, ImportPlan, PlannedRow, RowStatus
    from crmdesk.services.customer_export import write_error_workbook
    from crmdesk.ui.messages import shown

    with pytest.raises(ValueError) as phone:
        normalize_phone("12345")
    wrong = PlannedRow(2, RowStatus.ERROR, problems=(CellProblem(1, "mobile", str(phone.value)),))
    rows = [["名称", "手机号"], ["王伟", "12345"]]
    out = tmp_path / "errors.xlsx"
    write_error_workbook(out, rows, 0, ImportPlan([wrong]), "zh", shown)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["C2"].value == "手机号：'12345' 不是有效的电话号码"
    assert sheet["B2"].comment.text.startswith("'12345' 不是有效的电话号码")


def test_a_refusal_of_the_complaint_process_is_shown_in_chinese(chinese):
    from datetime import datetime

    from crmdesk.core.complaint import Complaint
    from crmdesk.core.complaint_flow import move
    from crmdesk.core.enums import ComplaintStatus
    from crmdesk.core.errors import DomainError
    from crmdesk.ui.messages import shown

    resolved = Complaint(number="TS-7", status=ComplaintStatus.RESOLVED)
    with pytest.raises(DomainError) as refused:
        move(resolved, ComplaintStatus.CLOSED, datetime(2026, 11, 24, 9, 0))
    assert str(refused.value) == (
        "Ask the customer how satisfied they are now before closing complaint TS-7"
    )
    assert shown(str(refused.value)) == "结案投诉 TS-7之前，请询问客户现在的满意度"


def test_an_enum_value_in_a_message_is_shown_by_its_label(chinese):
    from datetime import datetime

    from crmdesk.core.complaint import Complaint
    from crmdesk.core.complaint_flow import brought_to
    from crmdesk.core.enums import ComplaintStatus
    from crmdesk.core.errors import DomainError
    from crmdesk.ui.messages import shown

    kept = Complaint(received_at=datetime(2026, 11, 1, 9, 0))
    with pytest.raises(DomainError) as refused:
        brought_to(kept, ComplaintStatus.CANCELLED, None)
    assert "imported as cancelled;" in str(refused.value)
    assert shown(str(refused.value)) == (
        f"投诉不能以“{labels.label(ComplaintStatus.CANCELLED)}”状态导入；"
        "请以进行中状态导入，再在 crmdesk 中处理"
    )


def test_a_refused_save_lists_each_field_problem_in_chinese(chinese):
    from datetime import date

    from crmdesk.core.customer import Customer, validated
    from crmdesk.core.errors import ValidationError
    from crmdesk.ui.messages import error_text

    with pytest.raises(ValidationError) as refused:
        validated(Customer(name="", employees=-1), date(2026, 11, 24))
    assert error_text(refused.value).splitlines() == [
        "请填写名称",
        "不能为负数",
        "不适用于个人客户",
    ]


def test_enums_sharing_a_value_keep_their_own_labels():
    from crmdesk.core.enums import BuyingRole, Channel, CustomerSource, Gender

    assert labels.label(CustomerSource.OTHER) == "Other"
    assert labels.label(Gender.OTHER) == "Other gender"
    assert labels.label(BuyingRole.OTHER) == "Other role"
    assert labels.label(Channel.MEETING) != labels.label(CustomerSource.MEETING)


def test_no_tr_call_hides_inside_an_f_string():
    """lupdate does not look inside f-strings: a tr() there would never be translated."""
    import ast

    hidden = []
    for source in ui_sources():
        tree = ast.parse(Path(source).read_text(encoding="utf-8"))
        for joined in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in (n for n in ast.walk(joined) if isinstance(n, ast.Call)):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                if name in ("tr", "translate"):
                    hidden.append(f"{Path(source).name}:{call.lineno}")
    assert hidden == []


def test_the_charts_speak_chinese(chinese, qtbot, analytics):
    """Every title, axis label and band on the analytics charts is in Chinese: only
    numbers, the letters of ABC and RFM, and VIP may stay Latin."""
    import re

    latin_word = re.compile(r"[A-Za-z]{2,}")
    allowed = {"VIP", "RFM", "ABC"}
    analytics.tabs.setCurrentWidget(analytics.distribution_tab)
    qtbot.waitUntil(lambda: len(analytics.distribution_tab.figure.axes) > 1, timeout=20_000)
    texts = []
    for tab in (analytics.pyramid_tab, analytics.rfm_tab, analytics.distribution_tab):
        for axes in tab.figure.axes:
            texts += [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
            texts += [t.get_text() for t in axes.texts]
            texts += [t.get_text() for t in axes.get_yticklabels()]
    english = [t for t in texts if set(latin_word.findall(t)) - allowed]
    assert texts and english == []
