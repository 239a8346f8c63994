import pytest

from crmdesk.core.enums import CustomerStatus
from crmdesk.core.errors import ValidationError
from crmdesk.core.views import SavedView
from crmdesk.services.app_services import open_services
from tests.conftest import FIXED_NOW

VIEW = SavedView(
    "北京的老客户",
    search="张",
    filters=(("status", CustomerStatus.LOYAL), ("region", "北京"), ("not_contacted_days", 30)),
    columns=("name", "code", "phone"),
    sort_key="updated_at",
    descending=True,
)


def test_a_saved_view_comes_back_whole(services):
    assert services.views.save("customers", VIEW) == [VIEW]
    assert services.views.views("customers") == [VIEW]
    assert services.views.views("activities") == []


def test_saving_under_the_same_name_replaces_and_delete_removes(services):
    services.views.save("customers", VIEW)
    services.views.save("customers", SavedView("北京的老客户", search="李"))
    services.views.save("customers", SavedView("A view"))
    assert [(v.name, v.search) for v in services.views.views("customers")] == [
        ("A view", ""),
        ("北京的老客户", "李"),
    ]
    assert [v.name for v in services.views.delete("customers", "A view")] == ["北京的老客户"]


def test_views_belong_to_their_user(services, database_target):
    services.views.save("customers", VIEW)
    other = open_services(database_target, username="li", clock=lambda: FIXED_NOW)
    try:
        assert other.views.views("customers") == []
    finally:
        other.close()


def test_a_view_needs_a_name(services):
    with pytest.raises(ValidationError, match="name"):
        services.views.save("customers", SavedView("  "))
