"""What spreadsheet headers and cells call our fields and choices, in Chinese and English.

The first two names of each are the Chinese and English headers exports write; the rest
are synonyms found in real lists. Matching ignores case, spaces and punctuation.
"""

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum, StrEnum

from crmdesk.core.enums import (
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Gender,
    LifecycleStage,
    MaritalStatus,
    Tier,
)


class ValueType(Enum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # codes, phones, ID numbers: text even when typed as numbers
    DATE = "date"
    INTEGER = "integer"
    MONEY = "money"
    BOOLEAN = "boolean"
    CHOICE = "choice"
    TAGS = "tags"


@dataclass(frozen=True)
class Field:
    key: str
    type: ValueType
    names: tuple[str, ...]
    choices: type[StrEnum] | None = None

    def header(self, language: str) -> str:
        return self.names[0] if language.startswith("zh") else self.names[1]


def folded(text: str) -> str:
    """A header or choice as compared: NFKC, lower case, no spaces or punctuation."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


T, ID, D = ValueType.TEXT, ValueType.IDENTIFIER, ValueType.DATE

CUSTOMER_FIELDS = (
    Field("code", ID, ("客户编号", "Code", "编号", "客户代码", "代码", "Customer code", "No")),
    Field(
        "name",
        T,
        ("客户名称", "Name", "名称", "公司名称", "姓名", "客户", "单位名称", "Company", "Customer"),
    ),
    Field("kind", ValueType.CHOICE, ("客户类型", "Kind", "类型", "Type"), CustomerKind),
    Field("status", ValueType.CHOICE, ("客户状态", "Status", "状态"), CustomerStatus),
    Field(
        "lifecycle_stage",
        ValueType.CHOICE,
        ("生命周期", "Lifecycle stage", "阶段", "Stage"),
        LifecycleStage,
    ),
    Field("source", ValueType.CHOICE, ("客户来源", "Source", "来源"), CustomerSource),
    Field("tier_override", ValueType.CHOICE, ("客户等级", "Tier", "等级", "级别"), Tier),
    Field("credit_rating", ValueType.CHOICE, ("信用等级", "Credit rating", "信用"), CreditRating),
    Field("mobile", ID, ("手机", "Mobile", "手机号", "手机号码", "移动电话", "Cell", "Cellphone")),
    Field("phone", ID, ("电话", "Phone", "联系电话", "固定电话", "座机", "Telephone", "Tel")),
    Field("fax", ID, ("传真", "Fax")),
    Field("email", T, ("电子邮箱", "E-mail", "邮箱", "Email", "Mail", "电子邮件")),
    Field("website", T, ("网站", "Website", "网址", "主页", "Web", "URL")),
    Field("address", T, ("地址", "Address", "联系地址", "通讯地址", "公司地址")),
    Field("region", T, ("地区", "Region", "城市", "所在地区", "省份", "City", "Area")),
    Field("postal_code", ID, ("邮政编码", "Postal code", "邮编", "Zip", "Postcode")),
    Field("tags", ValueType.TAGS, ("标签", "Tags", "Tag")),
    Field("notes", T, ("备注", "Notes", "说明", "Remarks", "Comment")),
    Field("man_money", ValueType.BOOLEAN, ("有购买力", "Money")),
    Field("man_authority", ValueType.BOOLEAN, ("有决定权", "Authority")),
    Field("man_need", ValueType.BOOLEAN, ("有需求", "Need")),
    Field("gender", ValueType.CHOICE, ("性别", "Gender", "Sex"), Gender),
    Field("birthday", D, ("生日", "Birthday", "出生日期", "Date of birth", "DOB")),
    Field("id_number", ID, ("身份证号", "ID number", "身份证", "身份证号码", "证件号码")),
    Field(
        "marital_status", ValueType.CHOICE, ("婚姻状况", "Marital status", "婚姻"), MaritalStatus
    ),
    Field("employer", T, ("工作单位", "Employer", "单位")),
    Field("position", T, ("职务", "Position", "职位", "Title", "Job title")),
    Field("industry", T, ("行业", "Industry", "所属行业")),
    Field("employees", ValueType.INTEGER, ("员工人数", "Employees", "人数", "规模")),
    Field("founded_on", D, ("成立日期", "Founded", "成立时间")),
    Field("business_scope", T, ("经营范围", "Business scope")),
)

_CHOICE_NAMES: dict[Enum, tuple[str, ...]] = {
    CustomerKind.INDIVIDUAL: ("个人客户", "Individual", "个人", "Person"),
    CustomerKind.ORGANIZATION: ("企业客户", "Organisation", "企业", "公司", "单位", "Organization"),
    CustomerStatus.NON_CUSTOMER: ("非客户", "Non-customer"),
    CustomerStatus.PROSPECT: ("潜在客户", "Prospect"),
    CustomerStatus.TARGET: ("目标客户", "Target"),
    CustomerStatus.FIRST_TIME: ("初次购买", "First-time buyer", "新客户"),
    CustomerStatus.REPEAT: ("重复购买", "Repeat buyer", "老客户"),
    CustomerStatus.LOYAL: ("忠诚客户", "Loyal"),
    CustomerStatus.LOST: ("流失客户", "Lost", "流失"),
    LifecycleStage.ACQUISITION: ("考察期", "Acquisition"),
    LifecycleStage.GROWTH: ("形成期", "Growth"),
    LifecycleStage.MATURITY: ("稳定期", "Maturity"),
    LifecycleStage.DECLINE: ("退化期", "Decline"),
    LifecycleStage.TERMINATION: ("终止期", "Termination"),
    CustomerSource.OLD_RECORDS: ("老客户资料", "Old customer records"),
    CustomerSource.REFERRAL: ("连锁介绍", "Referral", "介绍", "转介绍"),
    CustomerSource.OPINION_LEADER: ("光辉效应", "Opinion leader"),
    CustomerSource.MEETING: ("会议/展会", "Meeting or fair", "展会", "会议"),
    CustomerSource.SEARCH_ENGINE: ("搜索引擎", "Search engine"),
    CustomerSource.DIRECTORY: ("网络黄页", "Online directory", "黄页"),
    CustomerSource.WEB_INQUIRY: ("网上咨询", "Web inquiry"),
    CustomerSource.ADVERTISING: ("广告", "Advertising"),
    CustomerSource.OTHER: ("其他", "Other"),
    Tier.VIP: ("VIP客户", "VIP"),
    Tier.MAJOR: ("主要客户", "Major", "重要客户"),
    Tier.ORDINARY: ("普通客户", "Ordinary", "普通"),
    Tier.SMALL: ("小客户", "Small"),
    Gender.FEMALE: ("女", "Female", "F", "女性"),
    Gender.MALE: ("男", "Male", "M", "男性"),
    Gender.OTHER: ("其他", "Other"),
    MaritalStatus.SINGLE: ("未婚", "Single"),
    MaritalStatus.MARRIED: ("已婚", "Married"),
    MaritalStatus.DIVORCED: ("离异", "Divorced"),
    MaritalStatus.WIDOWED: ("丧偶", "Widowed"),
}


def choice_names(member: StrEnum) -> tuple[str, ...]:
    """Chinese label, English label, then synonyms (credit ratings are their own label)."""
    return _CHOICE_NAMES.get(member, (member.value, member.value))


def choice_label(member: StrEnum, language: str) -> str:
    names = choice_names(member)
    return names[0] if language.startswith("zh") else names[1]


def choice_of(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The member ``text`` names: by stored value, label or synonym."""
    wanted = folded(text)
    for member in enum:
        if wanted in {folded(name) for name in (member.value, *choice_names(member))}:
            return member
    return None


def field_named(fields: tuple[Field, ...], header: str) -> Field | None:
    wanted = folded(header)
    if not wanted:
        return None
    for field in fields:
        if wanted == folded(field.key) or wanted in {folded(n) for n in field.names}:
            return field
    return None
