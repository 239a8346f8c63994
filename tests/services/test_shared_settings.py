from dataclasses import replace

import pytest

from crmdesk.core.customer import Customer
from crmdesk.core.enums import Tier
from crmdesk.core.errors import ConflictError, DomainError
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


def test_complaint_deadlines_and_categories_are_kept(services):
    from crmdesk.core.complaint_sla import SlaPolicy, SlaTerms
    from crmdesk.core.enums import ComplaintLevel

    policy = SlaPolicy({**SlaPolicy().terms, ComplaintLevel.MAJOR: SlaTerms(2, 12)})
    wanted = SharedSettings(complaint_sla=policy, complaint_categories=(" 安装", "物流", "安装"))
    services.shared_settings.save(wanted)
    stored = services.shared_settings.load()
    assert (stored.complaint_sla, stored.complaint_categories) == (policy, ("安装", "物流"))
    assert services.complaints.categories()[-2:] == ("安装", "物流")
    assert services.complaints.policy() == policy


@pytest.mark.parametrize(
    ("names", "why"), [(("quality",), "built-in"), (("x" * 51,), "at most 50")]
)
def test_a_category_that_cannot_be_one_is_refused(services, names, why):
    with pytest.raises(DomainError, match=why):
        services.shared_settings.save(SharedSettings(complaint_categories=names))
    assert services.shared_settings.load() == SharedSettings()


def test_a_category_taken_off_the_list_stays_on_its_complaints(services):
    from dataclasses import replace as changed

    from crmdesk.core.complaint import Complaint

    services.shared_settings.save(SharedSettings(complaint_categories=("安装",)))
    customer = services.customers.create(Customer(name="客户")).value
    draft = Complaint(customer_id=customer.id, customer_words="装歪了", category="安装")
    complaint = services.complaints.save_step(draft, 1).value
    services.shared_settings.save(SharedSettings())
    again = services.complaints.save_step(changed(complaint, key_points="重装"), 1).value
    assert again.category == "安装"


def test_settings_saved_by_someone_else_meanwhile_are_not_overwritten(services):
    seen = services.shared_settings.load()
    theirs = replace(seen, code_mask="KH{0000}")
    services.shared_settings.save(theirs, seen=seen)
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.shared_settings.save(replace(seen, code_mask="C{00000}"), seen=seen)
    assert services.shared_settings.load() == theirs
