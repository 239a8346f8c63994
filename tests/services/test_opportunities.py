"""Opportunities through the service, on SQLite and PostgreSQL, with the clock fixed
at 2026-03-15 10:30."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerSource, CustomerStatus, LifecycleStage, Tier
from crmdesk.core.errors import ConflictError, DomainError, ValidationError
from crmdesk.core.listing import ListQuery
from crmdesk.core.opportunity import Opportunity
from crmdesk.services.opportunities import OPEN_ONLY, STALLED


@pytest.fixture
def prospect(services):
    return services.customers.create(Customer(name="星河贸易", man_money=True)).value


def opened(services, customer, **fields) -> Opportunity:
    given = {
        "customer_id": customer.id,
        "title": "年度框架采购",
        "amount": Decimal("200000"),
        "expected_close": date(2026, 4, 30),
        **fields,
    }
    return services.opportunities.save(Opportunity(**given)).value


def test_a_new_opportunity_is_numbered_dated_and_in_its_history(services, prospect):
    deal = opened(services, prospect, owner_id=services.context.actor.id)
    assert (deal.number, deal.opened_on, deal.stage) == (
        "SJ2026-0001",
        date(2026, 3, 15),
        "initial",
    )
    assert opened(services, prospect).number == "SJ2026-0002"
    (first,) = services.opportunities.history(deal.id)
    assert (first.from_stage, first.to_stage, first.probability) == (None, "initial", 10)


def test_winning_records_the_sale_and_makes_the_prospect_a_customer(services, prospect):
    pipeline = services.opportunities
    deal = opened(services, prospect, product="激光打印机")
    deal = pipeline.move(deal, "negotiation").value
    won = pipeline.move(deal, "won")
    assert won.value.stage == "won" and won.value.closed_on == date(2026, 3, 15)
    (sale,) = services.customers.sales(prospect.id)
    assert (sale.amount, sale.product, sale.occurred_on) == (
        Decimal("200000.00"),
        "激光打印机",
        date(2026, 3, 15),
    )
    assert won.value.sale_id == sale.id
    customer = services.customers.get(prospect.id)
    assert (customer.status, customer.lifecycle_stage) == (
        CustomerStatus.FIRST_TIME,
        LifecycleStage.GROWTH,
    )
    history = [(c.from_stage, c.to_stage, c.probability) for c in pipeline.history(deal.id)]
    assert history == [
        (None, "initial", 10),
        ("initial", "negotiation", 70),
        ("negotiation", "won", 100),
    ]
    with pytest.raises(DomainError, match="won"):
        pipeline.move(won.value, "lost", lost_reason="改主意")


def test_a_win_can_leave_the_sale_to_be_entered_later(services, prospect):
    won = services.opportunities.move(opened(services, prospect), "won", record_sale=False)
    assert won.value.sale_id is None
    assert services.customers.sales(prospect.id) == []
    assert services.customers.get(prospect.id).status is CustomerStatus.FIRST_TIME


def test_losing_asks_why_and_changes_nothing_without_it(services, prospect):
    pipeline = services.opportunities
    deal = opened(services, prospect)
    with pytest.raises(ValidationError):
        pipeline.move(deal, "lost")
    assert pipeline.get(deal.id).stage == "initial"
    lost = pipeline.move(deal, "lost", lost_reason="价格太高").value
    assert (lost.lost_reason, lost.closed_on) == ("价格太高", date(2026, 3, 15))
    assert pipeline.history(deal.id)[-1].note == "价格太高"
    assert services.customers.get(prospect.id).status is CustomerStatus.PROSPECT


def test_the_form_cannot_win_a_deal_or_overwrite_a_newer_version(services, prospect):
    pipeline = services.opportunities
    deal = opened(services, prospect)
    with pytest.raises(DomainError, match="Won"):
        pipeline.save(replace(deal, stage="won"))
    pipeline.save(replace(deal, title="两年框架采购"))
    with pytest.raises(ConflictError):
        pipeline.save(replace(deal, amount=Decimal(1)))


def test_totals_per_stage_are_weighted_by_probability(services, prospect):
    opened(services, prospect, amount=Decimal("100000"), stage="proposal")
    opened(services, prospect, amount=Decimal("50000"), stage="proposal", probability=80)
    opened(services, prospect, amount=Decimal("10000"))
    totals = services.opportunities.totals(ListQuery())
    assert (totals["proposal"].count, totals["proposal"].amount) == (2, Decimal("150000"))
    assert totals["proposal"].weighted == Decimal("90000.00")  # 50 000 + 40 000
    assert totals["initial"].weighted == Decimal("1000.00")


def test_the_list_filters_by_owner_stage_close_month_tier_and_stalled(services, prospect):
    me = services.context.actor.id
    other = services.customers.create(Customer(name="远大机械", tier_override=Tier.VIP)).value
    opened(services, prospect, owner_id=me, expected_close=date(2026, 3, 1))
    opened(services, other, stage="needs", expected_close=date(2026, 4, 10))
    lost = opened(services, other, expected_close=date(2026, 2, 1))
    services.opportunities.move(lost, "lost", lost_reason="预算取消")
    pipeline = services.opportunities

    def titles_of(**filters) -> list[str]:
        query = ListQuery()
        for name, value in filters.items():
            query = query.with_filter(name, value)
        return [(r.customer, r.stage) for r in pipeline.page(query, 0, 50)]

    assert titles_of(owner_id=me) == [("星河贸易", "initial")]
    assert titles_of(stage="needs") == [("远大机械", "needs")]
    assert titles_of(close_month="2026-04") == [("远大机械", "needs")]
    assert titles_of(tier="vip") == [("远大机械", "lost"), ("远大机械", "needs")]
    assert titles_of(**{OPEN_ONLY: True}) == [("星河贸易", "initial"), ("远大机械", "needs")]
    assert titles_of(**{STALLED: True}) == [("星河贸易", "initial")]  # due 1 March
    assert pipeline.count(ListQuery().with_filter(STALLED, True)) == 1


def test_the_summary_counts_the_funnel_forecast_win_rates_and_lost_reasons(services, prospect):
    pipeline = services.opportunities
    for amount, close in ((100000, date(2026, 4, 2)), (40000, date(2026, 5, 9))):
        opened(services, prospect, amount=Decimal(amount), stage="proposal", expected_close=close)
    won = opened(services, prospect, source=CustomerSource.REFERRAL)
    pipeline.move(won, "won")
    for reason in ("价格太高", "价格太高", "选了竞争对手"):
        pipeline.move(opened(services, prospect), "lost", lost_reason=reason)
    summary = pipeline.summary()
    funnel = {f.stage.code: (f.count, f.amount) for f in summary.funnel}
    assert funnel["proposal"] == (2, Decimal("140000"))
    assert funnel["won"] == (1, Decimal("200000"))
    assert [(m.month, m.weighted) for m in summary.forecast] == [
        ("2026-04", Decimal("50000.00")),
        ("2026-05", Decimal("20000.00")),
    ]
    assert summary.lost_reasons == (("价格太高", 2), ("选了竞争对手", 1))
    (everyone,) = summary.by_owner
    assert (everyone.won, everyone.lost, everyone.rate) == (1, 3, 0.25)
    assert everyone.average_cycle_days == 0
    by_source = {r.key: r.rate for r in summary.by_source}
    assert by_source == {"referral": 1.0, "": 0.0}


def test_man_is_reported_for_a_prospect(services, prospect):
    assert services.opportunities.unqualified(prospect.id) == "AN"


def test_the_workbench_lists_open_deals_past_their_expected_close(services, prospect):
    me = services.context.actor.id
    late = opened(services, prospect, owner_id=me, expected_close=date(2026, 3, 1))
    opened(services, prospect, owner_id=me)  # closes next month
    lost = opened(services, prospect, expected_close=date(2026, 2, 1))
    services.opportunities.move(lost, "lost", lost_reason="预算取消")
    everyone = services.workbench.load(owner_only=False)
    assert ([o.id for o in everyone.stalled], everyone.stalled_total) == ([late.id], 1)
    other = services.customers.create(Customer(name="远大机械")).value
    opened(services, other, expected_close=date(2026, 3, 10))  # nobody's
    assert services.workbench.load(owner_only=True).stalled_total == 1


def test_the_stages_are_the_databases_own_and_one_in_use_stays(services, prospect):
    from crmdesk.core.opportunity import Stage, open_stages

    store = services.shared_settings
    seen = store.load()
    visit = Stage("visit", "拜访", "Visit", 20)
    renamed = (
        visit,
        *(replace(s, probability=s.probability + 5) for s in open_stages(seen.stages)),
    )
    store.save(replace(seen, stages=renamed), seen=seen)
    assert [s.code for s in services.opportunities.stages()][:2] == ["visit", "initial"]
    deal = opened(services, prospect, stage="visit")
    assert services.opportunities.totals(ListQuery())["visit"].weighted == Decimal("40000.00")
    assert services.opportunities.history(deal.id)[0].probability == 20
    current = store.load()
    with pytest.raises(DomainError, match="1 opportunities are at stage Visit"):
        store.save(replace(current, stages=current.stages[1:]), seen=current)
    assert services.opportunities.stages()[0].code == "visit"
