"""Customer satisfaction (客户满意, domain.md §6): c = b / a, perceived performance b
over expectation a, each asked on a 1–5 scale for the dimensions of a questionnaire.

c > 1 delights, c = 1 meets the expectation, c < 1 disappoints. A survey's overall c
is Σb / Σa over the dimensions answered (the mean perception over the mean
expectation), so a dimension that matters little to the customer weighs little."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol, TypeVar

from crmdesk.core.enums import SurveyGroup, SurveySource
from crmdesk.core.errors import FieldError, ValidationError
from crmdesk.core.messages import Message

SCALE = range(1, 6)
CODE_MAX = 32


@dataclass(frozen=True)
class Dimension:
    """One question of the questionnaire, asked as expectation and perception."""

    code: str  # stable: answers are kept under it, so a renamed question keeps them
    group: SurveyGroup
    name_zh: str
    name_en: str
    active: bool = True

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en


def asked(dimensions: Iterable["Dimension"]) -> tuple["Dimension", ...]:
    """The questions still asked (a retired one keeps its old answers, takes no new)."""
    return tuple(d for d in dimensions if d.active)


G = SurveyGroup
DEFAULT_DIMENSIONS = (
    Dimension("product_quality", G.CORE_PRODUCT, "产品质量", "Product quality"),
    Dimension("price", G.CORE_PRODUCT, "价格", "Price"),
    Dimension("delivery", G.CORE_PRODUCT, "交货", "Delivery"),
    Dimension("staff_attitude", G.SERVICE_SUPPORT, "服务态度", "Staff attitude"),
    Dimension("responsiveness", G.SERVICE_SUPPORT, "响应速度", "Responsiveness"),
    Dimension("complaint_handling", G.SERVICE_SUPPORT, "投诉处理", "Complaint handling"),
    Dimension("trust", G.RELATIONSHIP, "信任与沟通", "Trust and communication"),
)


@dataclass(frozen=True)
class Survey:
    id: int | None = None
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    customer_id: int | None = None
    taken_on: date | None = None
    answers: dict[str, tuple[int, int]] = field(default_factory=dict)  # code → (a, b)
    overall_score: int | None = None  # 1–5: how satisfied overall, asked on its own
    would_recommend: bool | None = None
    comment: str | None = None
    source: SurveySource = SurveySource.FORM
    complaint_id: int | None = None  # the complaint it followed, if any
    recorded_by: str | None = None


class Verdict(StrEnum):
    DELIGHTED = "delighted"  # c > 1
    MET = "met"  # c = 1
    DISAPPOINTED = "disappointed"  # c < 1


@dataclass(frozen=True)
class Gap:
    """Expectation a and perception b (means, for more than one answer) and c = b / a."""

    expectation: float
    perception: float
    answers: int = 1

    @property
    def c(self) -> float:
        return self.perception / self.expectation

    @property
    def verdict(self) -> Verdict:
        # Compared as a against b, not c against 1: 4/4 is met, whatever the rounding.
        if abs(self.perception - self.expectation) < 1e-9:
            return Verdict.MET
        return Verdict.DELIGHTED if self.perception > self.expectation else Verdict.DISAPPOINTED


def overall(surveys: Iterable[Survey]) -> Gap | None:
    """Σb / Σa over every answer of ``surveys``: one survey's overall c, or a group's;
    None without an answer."""
    return overall_of_answers(pair for survey in surveys for pair in survey.answers.values())


def overall_c(answers: Mapping[str, Sequence[int]]) -> float | None:
    """A survey's c = Σb / Σa of its {code: (a, b)} answers; None without one."""
    gap = overall_of_answers(answers.values())
    return gap.c if gap else None


def overall_of_answers(answers: Iterable[tuple[int, int]]) -> Gap | None:
    """Σb / Σa over (a, b) ``answers``; None without one."""
    pairs = list(answers)
    if not pairs:
        return None
    return Gap(
        sum(a for a, _ in pairs) / len(pairs), sum(b for _, b in pairs) / len(pairs), len(pairs)
    )


class _OfCustomer(Protocol):
    @property
    def customer_id(self) -> int: ...


S = TypeVar("S", bound=_OfCustomer)


def latest_per_customer(found: Iterable[S]) -> dict[int, S]:
    """Each customer's latest survey (or survey score), of surveys listed oldest first."""
    return {survey.customer_id: survey for survey in found}


def mean_gaps(surveys: Iterable[Survey], dimensions: Sequence[Dimension]) -> dict[str, Gap]:
    """Per dimension answered in ``surveys``: the mean a, mean b and their c (the gap
    chart of a customer or a segment). Dimensions in questionnaire order."""
    sums: dict[str, list[int]] = {}
    for survey in surveys:
        for code, (a, b) in survey.answers.items():
            total = sums.setdefault(code, [0, 0, 0])
            total[0] += a
            total[1] += b
            total[2] += 1
    order = [d.code for d in dimensions] + sorted(set(sums) - {d.code for d in dimensions})
    return {
        code: Gap(sums[code][0] / sums[code][2], sums[code][1] / sums[code][2], sums[code][2])
        for code in order
        if code in sums
    }


def validated(survey: Survey, dimensions: Sequence[Dimension], today: date) -> Survey:
    """The survey if every answer is on the scale and names a question of the
    questionnaire; ValidationError names each question that is wrong."""
    names = {d.code: d.name_en for d in dimensions}
    errors = []
    if survey.customer_id is None:
        errors.append(FieldError("customer_id", Message("say which customer answered")))
    if survey.taken_on is None:
        errors.append(FieldError("taken_on", Message("give the day the survey was taken")))
    elif survey.taken_on > today:
        errors.append(FieldError("taken_on", Message("%1 is in the future", survey.taken_on)))
    if not survey.answers:
        errors.append(FieldError("answers", Message("answer at least one question")))
    for code, pair in survey.answers.items():
        if code not in names:
            errors.append(FieldError(code, Message("is not a question of the questionnaire")))
            continue
        for what, score in zip(("expectation", "perception"), pair, strict=True):
            if score not in SCALE:
                errors.append(FieldError(code, Message("%1: %2 must be 1 to 5", names[code], what)))
    if survey.overall_score is not None and survey.overall_score not in SCALE:
        errors.append(
            FieldError("overall_score", Message("from 1 (very unhappy) to 5 (very happy)"))
        )
    if errors:
        raise ValidationError(errors)
    return survey


def checked_dimensions(dimensions: Sequence[Dimension]) -> tuple[Dimension, ...]:
    """The questionnaire if every question has a code, both names and a code of its
    own, and at least one is asked; ValidationError otherwise."""
    errors, seen = [], set()
    for position, dimension in enumerate(dimensions, start=1):
        where = f"question {position}"
        if not dimension.code or len(dimension.code) > CODE_MAX:
            errors.append(
                FieldError(where, Message("needs a code of 1 to %1 characters", CODE_MAX))
            )
        elif dimension.code in seen:
            errors.append(FieldError(where, Message("the code %1 is used twice", dimension.code)))
        seen.add(dimension.code)
        if not dimension.name_zh.strip() or not dimension.name_en.strip():
            errors.append(FieldError(where, Message("needs a Chinese and an English name")))
    if not any(d.active for d in dimensions):
        errors.append(FieldError("dimensions", Message("at least one question must be asked")))
    if errors:
        raise ValidationError(errors)
    return tuple(dimensions)


VIP_SURVEY_MONTHS = 6  # a VIP customer is asked again this often, by default
ASK_AFTER_COMPLAINT_DAYS = 30  # a complaint closed this recently asks for a survey
MAX_SURVEY_MONTHS = 60


def checked_survey_months(months: int) -> int:
    if not 1 <= months <= MAX_SURVEY_MONTHS:
        raise ValidationError(
            [FieldError("vip_survey_months", Message("from 1 to %1 months", MAX_SURVEY_MONTHS))]
        )
    return months
