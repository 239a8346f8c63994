"""A sales opportunity (销售机会, domain.md §8): a deal being worked from first contact
to won or lost, its stages and their win probabilities, and the MAN gate before it."""

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from crmdesk.core.diff import field_changes
from crmdesk.core.enums import CustomerSource, CustomerStatus, LifecycleStage
from crmdesk.core.errors import DomainError, FieldError, ValidationError
from crmdesk.core.messages import Message

OPPORTUNITY_MASK = "SJ{yyyy}-{0000}"
TITLE_MAX = 200


class StageOutcome(StrEnum):
    OPEN = "open"
    WON = "won"  # 赢单
    LOST = "lost"  # 输单


@dataclass(frozen=True)
class Stage:
    """A step of the pipeline with the win probability (percent) it stands for."""

    code: str
    name_zh: str
    name_en: str
    probability: int
    outcome: StageOutcome = StageOutcome.OPEN

    @property
    def is_open(self) -> bool:
        return self.outcome is StageOutcome.OPEN

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


WON = Stage("won", "赢单", "Won", 100, StageOutcome.WON)
LOST = Stage("lost", "输单", "Lost", 0, StageOutcome.LOST)
DEFAULT_STAGES = (
    Stage("initial", "初步接触", "Initial contact", 10),
    Stage("needs", "需求确认", "Needs confirmed", 30),
    Stage("proposal", "方案报价", "Proposal and quote", 50),
    Stage("negotiation", "谈判", "Negotiation", 70),
    WON,
    LOST,
)


def open_stages(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
    return tuple(stage for stage in stages if stage.is_open)


def stage_of(stages: tuple[Stage, ...], code: str) -> Stage:
    for stage in stages:
        if stage.code == code:
            return stage
    raise DomainError(Message("There is no stage %1 in the pipeline", repr(code)))


def checked_stages(stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
    """The open stages in order, each named in both languages with a probability from
    0 to 100, then Won (100%) and Lost (0%), which every pipeline ends with."""
    opened = open_stages(stages)
    if not opened:
        raise DomainError(Message("The pipeline needs at least one open stage"))
    codes, names = set(), set()
    for stage in opened:
        if not stage.name_zh.strip() or not stage.name_en.strip():
            raise DomainError(Message("Every stage needs a Chinese and an English name"))
        if not 0 <= stage.probability <= 100:
            raise DomainError(f"Stage {stage.name_en}: the probability must be 0–100%")
        if stage.code in codes or stage.name_zh in names or stage.name_en in names:
            raise DomainError(Message("Stage %1 is in the pipeline twice", stage.name_en))
        codes.add(stage.code)
        names.update((stage.name_zh, stage.name_en))
    if {WON.code, LOST.code} & codes:
        raise DomainError(
            Message("won and lost are the closing stages; name open stages otherwise")
        )
    stripped = (replace(s, name_zh=s.name_zh.strip(), name_en=s.name_en.strip()) for s in opened)
    return (*stripped, WON, LOST)


def stages_to_text(stages: tuple[Stage, ...]) -> str:
    return json.dumps([asdict(stage) for stage in open_stages(stages)], ensure_ascii=False)


def stages_from_text(text: str) -> tuple[Stage, ...]:
    opened = tuple(Stage(**{**raw, "outcome": StageOutcome.OPEN}) for raw in json.loads(text))
    return (*opened, WON, LOST)


@dataclass(frozen=True)
class Opportunity:
    id: int | None = None
    version: int = 0
    number: str | None = None
    customer_id: int | None = None
    contact_id: int | None = None
    title: str = ""
    product: str | None = None
    amount: Decimal = Decimal(0)
    stage: str = DEFAULT_STAGES[0].code
    probability: int | None = None  # the owner's judgement; None takes the stage's
    expected_close: date | None = None
    owner_id: int | None = None
    source: CustomerSource | None = None
    competitor: str | None = None
    lost_reason: str | None = None
    next_step: str | None = None
    opened_on: date | None = None
    closed_on: date | None = None
    sale_id: int | None = None  # the transaction its win recorded


ALL_FIELDS = tuple(f.name for f in fields(Opportunity) if f.name not in {"id", "version"})


def probability(given: int | None, stage: Stage) -> int:
    """Won is 100% and lost 0% whatever was said; an open stage's own probability
    unless the owner ``given`` theirs."""
    if not stage.is_open or given is None:
        return stage.probability
    return given


def weighted(amount: Decimal, percent: int) -> Decimal:
    """The amount as likely to come in: amount × probability."""
    return (amount * percent / 100).quantize(Decimal("0.01"))


def validated(opportunity: Opportunity, stages: tuple[Stage, ...], today: date) -> Opportunity:
    """The opportunity with its text trimmed; ValidationError names every wrong field."""
    errors: list[FieldError] = []
    title = (opportunity.title or "").strip()
    if opportunity.customer_id is None:
        errors.append(FieldError("customer_id", Message("choose the customer")))
    if not title:
        errors.append(FieldError("title", Message("a title is required")))
    elif len(title) > TITLE_MAX:
        errors.append(FieldError("title", Message("at most %1 characters", TITLE_MAX)))
    if opportunity.amount is None or opportunity.amount < 0:
        errors.append(FieldError("amount", Message("give the expected amount (0 or more)")))
    if opportunity.probability is not None and not 0 <= opportunity.probability <= 100:
        errors.append(FieldError("probability", Message("must be from 0 to 100%")))
    stage = next((s for s in stages if s.code == opportunity.stage), None)
    if stage is None:
        errors.append(
            FieldError("stage", Message("no stage %1 in the pipeline", repr(opportunity.stage)))
        )
    elif stage.is_open and opportunity.expected_close is None:
        errors.append(
            FieldError("expected_close", Message("give the date it is expected to close"))
        )
    elif stage.outcome is StageOutcome.LOST and not (opportunity.lost_reason or "").strip():
        errors.append(FieldError("lost_reason", Message("say why it was lost")))
    if errors:
        raise ValidationError(errors)
    closed = stage is not None and not stage.is_open
    return replace(
        opportunity,
        title=title,
        **{name: _trimmed(getattr(opportunity, name)) for name in _TEXT},
        probability=None if closed else opportunity.probability,
        opened_on=opportunity.opened_on or today,
        closed_on=(opportunity.closed_on or today) if closed else None,
    )


_TEXT = ("product", "competitor", "lost_reason", "next_step")


def _trimmed(text: str | None) -> str | None:
    return (text or "").strip() or None


def moved(
    opportunity: Opportunity,
    to: Stage,
    today: date,
    lost_reason: str | None = None,
) -> Opportunity:
    """The opportunity in stage ``to``. A new stage brings its own probability; a
    lost deal says why; a won deal has its sale and stays won; a lost one can be
    taken up again."""
    if opportunity.stage == to.code:
        raise DomainError(Message("Opportunity %1 is already at this stage", opportunity.number))
    if opportunity.stage == WON.code:
        raise DomainError(
            Message("Opportunity %1 is won: its sale is recorded", opportunity.number)
        )
    if to.outcome is StageOutcome.LOST and not (lost_reason or "").strip():
        raise ValidationError([FieldError("lost_reason", Message("say why it was lost"))])
    return replace(
        opportunity,
        stage=to.code,
        probability=None,
        closed_on=None if to.is_open else today,
        lost_reason=((lost_reason or "").strip() or None)
        if to.outcome is StageOutcome.LOST
        else None,
    )


# MAN (domain.md §1): a prospect is worth an opportunity once it has Money, Authority
# and Need; customers who have bought have shown all three.
NOT_YET_BUYING = (CustomerStatus.NON_CUSTOMER, CustomerStatus.PROSPECT, CustomerStatus.TARGET)


def missing_man(status: CustomerStatus, money: bool, authority: bool, need: bool) -> str:
    """The MAN letters a not-yet-buying customer lacks ("" when qualified or buying)."""
    if status not in NOT_YET_BUYING:
        return ""
    flags = zip("MAN", (money, authority, need), strict=True)
    return "".join(letter for letter, has in flags if not has)


def after_win(
    status: CustomerStatus, stage: LifecycleStage
) -> tuple[CustomerStatus, LifecycleStage]:
    """A won deal makes a prospect a current customer (现实客户), buying for the first
    time and past acquisition (domain.md §2); other customers stay as they are."""
    if status not in NOT_YET_BUYING:
        return status, stage
    grown = LifecycleStage.GROWTH if stage is LifecycleStage.ACQUISITION else stage
    return CustomerStatus.FIRST_TIME, grown


def changed_fields(before: Opportunity, after: Opportunity) -> dict[str, tuple]:
    return field_changes(before, after, ALL_FIELDS)


def month_of(day: date | datetime) -> str:
    return f"{day.year:04d}-{day.month:02d}"
