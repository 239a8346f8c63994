"""Satisfaction surveys and loyalty through the services, on SQLite and PostgreSQL:
recording (and refusing) a survey, a customer's loyalty type changing with a survey,
segment gap charts, surveys imported from a real workbook, surveys due on the
workbench, and survey satisfaction feeding the churn warning."""

from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

from crmdesk.analytics.choices import Reason
from crmdesk.core.changes import Entity
from crmdesk.core.customer import Customer
from crmdesk.core.enums import (
    AuditAction,
    Channel,
    ComplaintLevel,
    ComplaintStatus,
    CustomerStatus,
    LoyaltyType,
    SegmentBy,
    SurveySource,
    Tier,
)
from crmdesk.core.errors import NotFoundError, ValidationError
from crmdesk.core.imports import ImportKind, ImportMode, ImportOptions, MatchOn, RowStatus
from crmdesk.core.satisfaction import Survey
from crmdesk.io.mapping import guess_mapping
from crmdesk.io.tables import read_rows
from crmdesk.storage.audit import history
from crmdesk.storage.models import Complaint, Transaction
from crmdesk.storage.models import Survey as SurveyRow
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
HAPPY = {"product_quality": (4, 5), "delivery": (3, 4), "trust": (4, 4)}  # c = 13 / 11
UNHAPPY = {"product_quality": (5, 3), "delivery": (4, 2)}  # c = 5 / 9


def customer(services, name, **fields) -> int:
    return services.customers.create(Customer(name=name, **fields)).value.id


def buy(services, customer_id, *days_ago) -> None:
    with services.context.db.write() as session:
        for days in days_ago:
            session.add(
                Transaction(
                    customer_id=customer_id,
                    occurred_on=TODAY - timedelta(days=days),
                    amount=Decimal("100"),
                )
            )


def stored_c(services, customer_id) -> list[float | None]:
    """The overall c kept on each of the customer's survey rows, oldest first."""
    with services.context.db.read() as session:
        return list(
            session.scalars(
                select(SurveyRow.overall_c)
                .where(SurveyRow.customer_id == customer_id)
                .order_by(SurveyRow.id)
            )
        )


def survey(customer_id, answers, days_ago=0, recommend=True) -> Survey:
    return Survey(
        customer_id=customer_id,
        taken_on=TODAY - timedelta(days=days_ago),
        answers=answers,
        would_recommend=recommend,
    )


def test_a_survey_is_stored_with_who_took_it_and_a_bad_one_is_refused_whole(services):
    who = customer(services, "华信科技")
    outcome = services.satisfaction.record(survey(who, HAPPY))
    assert outcome.changes.touches(Entity.SURVEY)
    [stored] = services.satisfaction.surveys_of(who)
    assert stored.answers == HAPPY
    assert stored.recorded_by == "tester"
    assert stored_c(services, who) == [pytest.approx(13 / 11)]
    with pytest.raises(ValidationError) as refused:
        services.satisfaction.record(survey(who, {"price": (0, 3), "delivery": (3, 3)}))
    assert refused.value.fields() == {"price"}
    assert len(services.satisfaction.surveys_of(who)) == 1


def test_the_customer_gap_chart_is_its_latest_survey(services):
    who = customer(services, "华信科技")
    services.satisfaction.record(survey(who, HAPPY, days_ago=200))
    services.satisfaction.record(survey(who, UNHAPPY, days_ago=10))
    gaps = services.satisfaction.customer_gaps(who)
    assert set(gaps.gaps) == {"product_quality", "delivery"}
    assert gaps.overall.c == pytest.approx(5 / 9)


def test_a_survey_turns_a_regular_buyer_from_unknown_to_a_loyalty_type(services):
    who = customer(services, "华信科技", status=CustomerStatus.REPEAT)
    buy(services, who, 270, 180, 90, 5)
    before = services.loyalty.of_customer(who)
    assert before.loyalty.type is None
    assert before.loyalty.behaviour_high
    services.satisfaction.record(survey(who, UNHAPPY))
    assert services.loyalty.of_customer(who).loyalty.type is LoyaltyType.INERTIAL
    services.satisfaction.record(survey(who, HAPPY))
    after = services.loyalty.of_customer(who)
    assert after.loyalty.type is LoyaltyType.TRUE
    assert after.measures.repeat_rate == 1


def test_a_survey_entered_by_mistake_is_deleted_and_its_answers_stay_in_the_audit_trail(
    services,
):
    who = customer(services, "华信科技", status=CustomerStatus.REPEAT)
    buy(services, who, 270, 180, 90, 5)
    services.satisfaction.record(survey(who, UNHAPPY, days_ago=30))
    mistaken = services.satisfaction.record(survey(who, HAPPY)).value
    assert services.loyalty.of_customer(who).loyalty.type is LoyaltyType.TRUE
    changes = services.satisfaction.delete(mistaken)
    assert changes.touches(Entity.SURVEY) and changes.touches(Entity.CUSTOMER)
    assert [s.answers for s in services.satisfaction.surveys_of(who)] == [UNHAPPY]
    assert services.loyalty.of_customer(who).loyalty.type is LoyaltyType.INERTIAL
    with services.context.db.read() as session:
        trail = history(session, Entity.SURVEY, mistaken)
    removed = {h.field: h.old_value for h in trail if h.action is AuditAction.DELETE}
    assert removed["taken_on"] == TODAY.isoformat() and "product_quality" in removed["answers"]
    with pytest.raises(NotFoundError):
        services.satisfaction.delete(mistaken)


def test_segment_gaps_and_the_loyalty_overview(services):
    north = customer(services, "北方", region="华北")
    south = customer(services, "南方", region="华南")
    buy(services, north, 300, 200, 100)
    buy(services, south, 3)
    services.satisfaction.record(survey(north, HAPPY))
    services.satisfaction.record(survey(south, UNHAPPY, recommend=False))
    assert services.satisfaction.segment_values(SegmentBy.REGION) == ["华北", "华南"]
    gaps = services.satisfaction.segment_gaps(SegmentBy.REGION, "华南")
    assert gaps.surveyed == 1
    assert gaps.overall.c == pytest.approx(5 / 9)
    everyone = services.satisfaction.segment_gaps()
    assert everyone.overall.c == pytest.approx((13 + 5) / (11 + 9))
    overview = services.loyalty.overview(SegmentBy.REGION)
    assert overview.types[LoyaltyType.TRUE] == [north]
    assert overview.types[LoyaltyType.NONE] == [south]
    assert dict(overview.by_segment)["华南"].buyers == 1
    assert sum(c.size for c in overview.cohorts) == 2  # both first bought within 12 months


def workbook(tmp_path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "surveys.xlsx"
    book.save(path)
    return read_rows(path)


def test_surveys_import_with_a_column_pair_per_question(services, tmp_path):
    who = customer(services, "顶峰贸易", code="KH-1")
    importer = services.imports.importer(ImportKind.SURVEYS)
    assert "expectation:staff_attitude" in [f.key for f in importer.fields]
    cells = workbook(
        tmp_path,
        [
            [
                "客户编号",
                "调查日期",
                "产品质量期望",
                "产品质量感知",
                "交货期望",
                "交货感知",
                "愿意推荐",
            ],
            ["KH-1", datetime(2026, 3, 1), 4, 5, 3, 3, "是"],
            ["KH-1", datetime(2026, 3, 2), 4, None, None, None, "否"],
            ["KH-9", datetime(2026, 3, 2), 4, 4, None, None, None],
        ],
    )
    plan = importer.plan(
        cells, guess_mapping(cells, importer.fields), ImportOptions(ImportMode.CREATE, MatchOn.CODE)
    )
    assert [row.status for row in plan.rows] == [RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR]
    assert "perception:product_quality" in plan.rows[1].summary()
    result = services.imports.commit(ImportKind.SURVEYS, plan, skip_errors=True).value
    [stored] = services.satisfaction.surveys_of(who)
    assert stored.answers == {"product_quality": (4, 5), "delivery": (3, 3)}
    assert stored.source is SurveySource.IMPORT and stored.would_recommend is True
    assert stored_c(services, who) == [pytest.approx(8 / 7)]
    assert len(result.created) == 1
    services.imports.undo_last()
    assert services.satisfaction.surveys_of(stored.customer_id) == []


def test_a_closed_complaint_and_a_vip_not_asked_for_long_make_a_survey_due(services):
    complained = customer(services, "投诉客户")
    vip = customer(services, "大客户", tier_override=Tier.VIP, status=CustomerStatus.REPEAT)
    closed_at = FIXED_NOW - timedelta(days=3)
    with services.context.db.write() as session:
        session.add(
            Complaint(
                number="TS2026-0001",
                customer_id=complained,
                channel=Channel.PHONE,
                received_at=closed_at - timedelta(days=5),
                category="quality",
                level=ComplaintLevel.ORDINARY,
                customer_words="坏了",
                status=ComplaintStatus.CLOSED,
                satisfaction=4,
                closed_at=closed_at,
                first_response_due=closed_at,
                resolution_due=closed_at,
            )
        )
    due = services.workbench.load(owner_only=False)
    assert [(d.customer_id, d.since) for d in due.surveys_due] == [
        (complained, closed_at.date()),
        (vip, None),
    ]
    services.satisfaction.record(survey(complained, HAPPY))
    services.satisfaction.record(survey(vip, HAPPY, days_ago=200))  # over 6 months ago
    due = services.workbench.load(owner_only=False)
    assert [d.customer_id for d in due.surveys_due] == [vip]
    assert due.surveys_due[0].since == TODAY - timedelta(days=200)


def test_falling_survey_satisfaction_puts_a_customer_on_the_churn_warning(services):
    who = customer(services, "华信科技", status=CustomerStatus.REPEAT)
    buy(services, who, 120, 90, 60, 30, 2)
    services.satisfaction.record(survey(who, HAPPY, days_ago=100))
    assert who not in [row.risk.customer_id for row in services.churn.warning().rows]
    services.satisfaction.record(replace(survey(who, UNHAPPY), taken_on=TODAY))
    [row] = [row for row in services.churn.warning().rows if row.risk.customer_id == who]
    assert Reason.FALLING_SATISFACTION in row.risk.reasons


def test_the_questionnaire_is_shared_settings_and_retired_questions_keep_answers(services):
    shared = services.shared_settings.load()
    renamed = replace(shared.questionnaire[0], name_en="Quality of goods")
    kept = (renamed, *shared.questionnaire[1:3])  # the rest left out: retired
    services.shared_settings.save(replace(shared, questionnaire=kept))
    asked = [d for d in services.satisfaction.questionnaire() if d.active]
    assert [d.name_en for d in asked] == ["Quality of goods", "Price", "Delivery"]
    assert len(services.satisfaction.questionnaire()) == len(shared.questionnaire)
    who = customer(services, "华信科技")
    with pytest.raises(ValidationError):  # a retired question is not asked any more
        services.satisfaction.record(survey(who, {"trust": (4, 4)}))
