from crmdesk.core.customer import Customer
from crmdesk.core.enums import CustomerKind


def org(name, **fields):
    return Customer(kind=CustomerKind.ORGANIZATION, name=name, **fields)


def test_likely_duplicates_by_phone_email_and_name(services):
    huawei = services.customers.create(org("华为技术有限公司", phone="0755-28780808")).value
    acme = services.customers.create(org("ACME Trading Co., Ltd.", email="Sales@Acme.com")).value
    services.customers.create(org("华为终端有限公司"))
    hints = services.customers.likely_duplicates
    (by_phone,) = hints(org("某某公司", phone="+86 755 2878 0808"))
    assert (by_phone.customer_id, by_phone.reason) == (huawei.id, "phone")
    (by_mail,) = hints(org("Other", email="sales@acme.com"))
    assert (by_mail.customer_id, by_mail.reason) == (acme.id, "email")
    (by_name,) = hints(org("华为技术（集团）股份有限公司"))
    assert (by_name.customer_id, by_name.reason) == (huawei.id, "name")
    assert [h.customer_id for h in hints(org("Acme Trading Ltd"))] == [acme.id]
    assert hints(org("全新的客户")) == []


def test_files_in_the_bin_are_not_duplicates(services):
    old = services.customers.create(Customer(name="张三", mobile="13800138000")).value
    services.customers.delete([old.id])
    assert services.customers.likely_duplicates(Customer(name="张三丰", mobile="13800138000")) == []
