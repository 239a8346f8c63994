"""The settings kept in the database and shared by everyone who opens it, read and
saved together so the settings dialog changes them in one transaction."""

from dataclasses import dataclass, field

from crmdesk.analytics.loyalty import LoyaltyRules
from crmdesk.core.access import Permission
from crmdesk.core.codes import DEFAULT_CUSTOMER_MASK
from crmdesk.core.complaint import checked_categories
from crmdesk.core.complaint_sla import SlaPolicy
from crmdesk.core.errors import ConflictError
from crmdesk.core.follow_up import TierCadence
from crmdesk.core.messages import Message
from crmdesk.core.opportunity import DEFAULT_STAGES, Stage, checked_stages, stages_to_text
from crmdesk.core.satisfaction import (
    DEFAULT_DIMENSIONS,
    VIP_SURVEY_MONTHS,
    Dimension,
    checked_dimensions,
    checked_survey_months,
)
from crmdesk.services.complaints import (
    EXTRA_CATEGORIES_SETTING,
    SLA_SETTING,
    stored_extra_categories,
    stored_policy,
)
from crmdesk.services.context import ServiceContext
from crmdesk.services.customers import CODE_MASK_SETTING, checked_code_mask
from crmdesk.services.follow_ups import TIER_CADENCE_SETTING, stored_cadence
from crmdesk.services.loyalty import LOYALTY_SETTING, stored_loyalty_rules
from crmdesk.services.opportunities import STAGES_SETTING, refuse_stages_in_use, stored_stages
from crmdesk.services.satisfaction import SURVEY_MONTHS_SETTING, stored_survey_months
from crmdesk.storage.settings_store import get_setting, set_setting
from crmdesk.storage.surveys import questionnaire, save_questionnaire


@dataclass(frozen=True)
class SharedSettings:
    code_mask: str = DEFAULT_CUSTOMER_MASK
    cadence: TierCadence = field(default_factory=TierCadence)
    complaint_sla: SlaPolicy = field(default_factory=SlaPolicy)
    complaint_categories: tuple[str, ...] = ()  # added to the built-in ones
    questionnaire: tuple[Dimension, ...] = DEFAULT_DIMENSIONS
    loyalty: LoyaltyRules = field(default_factory=LoyaltyRules)
    vip_survey_months: int = VIP_SURVEY_MONTHS
    stages: tuple[Stage, ...] = DEFAULT_STAGES


class SharedSettingsService:
    def __init__(self, context: ServiceContext):
        self._ctx = context

    def load(self) -> SharedSettings:
        with self._ctx.db.read() as session:
            return self._read(session)

    @staticmethod
    def _read(session) -> SharedSettings:
        return SharedSettings(
            code_mask=get_setting(session, CODE_MASK_SETTING, DEFAULT_CUSTOMER_MASK),
            cadence=stored_cadence(session),
            complaint_sla=stored_policy(session),
            complaint_categories=stored_extra_categories(session),
            questionnaire=questionnaire(session),
            loyalty=stored_loyalty_rules(session),
            vip_survey_months=stored_survey_months(session),
            stages=stored_stages(session),
        )

    def save(self, settings: SharedSettings, seen: SharedSettings | None = None) -> None:
        """Store every setting, or none if one of them is refused — or if they are no
        longer the ``seen`` ones the user started from (someone saved in between)."""
        mask = checked_code_mask(settings.code_mask)
        categories = checked_categories(settings.complaint_categories)
        dimensions = checked_dimensions(settings.questionnaire)
        rules = settings.loyalty.checked()
        survey_months = checked_survey_months(settings.vip_survey_months)
        stages = checked_stages(settings.stages)
        with self._ctx.writing(Permission.SHARED_SETTINGS) as session:
            if seen is not None and self._read(session) != seen:
                raise ConflictError(
                    Message(
                        "The database's settings were changed by someone else after you opened "
                        "Settings; open it again to see theirs"
                    )
                )
            set_setting(session, CODE_MASK_SETTING, mask)
            set_setting(session, TIER_CADENCE_SETTING, settings.cadence.to_text())
            set_setting(session, SLA_SETTING, settings.complaint_sla.to_text())
            set_setting(session, EXTRA_CATEGORIES_SETTING, "\n".join(categories))
            save_questionnaire(session, dimensions)
            set_setting(session, LOYALTY_SETTING, rules.to_text())
            set_setting(session, SURVEY_MONTHS_SETTING, str(survey_months))
            refuse_stages_in_use(session, stages)
            set_setting(session, STAGES_SETTING, stages_to_text(stages))
