from dataclasses import replace

import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.core.errors import DomainError
from crmdesk.core.follow_up import TierCadence
from crmdesk.services.app_services import open_services
from crmdesk.services.shared_settings import SharedSettings


def test_defaults_until_something_is_saved(services):
    assert services.shared_settings.load() == SharedSettings()


def test_a_new_code_mask_applies_to_new_files_only(services):
    first = services.customers.create(Customer(name="张三")).value
    settings = services.shared_settings
    settings.save(replace(settings.load(), code_mask=" KH{yyyy}{0000} "))
    assert settings.load().code_mask == "KH{yyyy}{0000}"
    assert services.customers.create(Customer(name="李四")).value.code == "KH20260001"
    assert services.customers.get(first.id).code == "C000001"


@pytest.mark.parametrize("wrong", ["KH{yyyy}", "C{00}{00}", "C{abc}{000}"])
def test_a_refused_mask_stores_nothing_else_either(services, wrong):
    cadence = TierCadence({Tier.VIP: 7, Tier.MAJOR: 14, Tier.ORDINARY: 30, Tier.SMALL: 60})
    with pytest.raises(DomainError, match="number field"):
        services.shared_settings.save(SharedSettings(code_mask=wrong, cadence=cadence))
    assert services.shared_settings.load() == SharedSettings()


def test_the_tier_intervals_are_kept_for_everyone(services, database_target):
    cadence = TierCadence({Tier.VIP: 7, Tier.MAJOR: 14, Tier.ORDINARY: 30, Tier.SMALL: 60})
    services.shared_settings.save(SharedSettings(cadence=cadence))
    other = open_services(database_target, username="someone_else")
    try:
        assert other.shared_settings.load().cadence == cadence
        assert other.follow_ups.cadence() == cadence
    finally:
        other.close()
