"""What spreadsheet headers and cells call our fields and choices, in Chinese and English.

The first two names of each are the Chinese and English headers exports write; the rest
are synonyms found in real lists. Matching ignores case, spaces and punctuation.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache, lru_cache

from crmdesk.core.enums import (
    BuyingRole,
    Channel,
    Compensation,
    ComplaintCause,
    ComplaintLevel,
    ComplaintStatus,
    CreditRating,
    CustomerKind,
    CustomerSource,
    CustomerStatus,
    Direction,
    Gender,
    LifecycleStage,
    MaritalStatus,
    Tier,
)
from crmdesk.core.satisfaction import Dimension, asked


class ValueType(Enum):
    TEXT = "text"
    IDENTIFIER = "identifier"  # codes, phones, ID numbers: text even when typed as numbers
    DATE = "date"
    DATETIME = "datetime"
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

# How rows of contacts, activities and sales name their customer: by code, or by a name
# that only one file has.
CUSTOMER_CODE = Field(
    "customer_code", ID, ("客户编号", "Customer code", "客户代码", "Code", "编号")
)
CUSTOMER_NAME = Field(
    "customer_name",
    T,
    ("客户名称", "Customer", "客户", "公司名称", "单位名称", "Company", "Customer name"),
)

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

CONTACT_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("name", T, ("联系人", "Contact", "联系人姓名", "姓名", "Name", "Contact name")),
    Field("title", T, ("职务", "Title", "职位", "Position", "Job title")),
    Field("department", T, ("部门", "Department", "Dept")),
    Field("buying_role", ValueType.CHOICE, ("采购角色", "Buying role", "角色", "Role"), BuyingRole),
    Field("mobile", ID, ("手机", "Mobile", "手机号", "手机号码", "移动电话", "Cell")),
    Field("phone", ID, ("电话", "Phone", "联系电话", "固定电话", "座机", "Telephone", "Tel")),
    Field("email", T, ("电子邮箱", "E-mail", "邮箱", "Email", "Mail")),
    Field("birthday", D, ("生日", "Birthday", "出生日期", "Date of birth")),
    Field("character", T, ("性格", "Character", "性格特点")),
    Field("hobbies", T, ("爱好", "Hobbies", "兴趣爱好", "兴趣")),
    Field("notes", T, ("备注", "Notes", "说明", "Remarks")),
    Field("is_primary", ValueType.BOOLEAN, ("主要联系人", "Primary", "首要联系人")),
)

ACTIVITY_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("occurred_at", ValueType.DATETIME, ("时间", "Date", "日期", "联系时间", "Time", "When")),
    Field("channel", ValueType.CHOICE, ("方式", "Channel", "联系方式", "渠道"), Channel),
    Field("direction", ValueType.CHOICE, ("方向", "Direction", "呼入呼出"), Direction),
    Field("subject", T, ("主题", "Subject", "事由", "标题")),
    Field("content", T, ("内容", "Content", "详细内容", "记录", "Details")),
    Field("outcome", T, ("结果", "Outcome", "处理结果", "Result")),
    Field("next_follow_up", D, ("下次回访", "Next follow-up", "回访日期", "下次联系", "Follow-up")),
    Field("contact_name", T, ("联系人", "Contact", "联系人姓名")),
)

TRANSACTION_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("occurred_on", D, ("交易日期", "Date", "日期", "成交日期", "购买日期", "Order date")),
    Field("amount", ValueType.MONEY, ("金额", "Amount", "交易金额", "成交金额", "销售额", "Total")),
    Field("gross_profit", ValueType.MONEY, ("毛利", "Gross profit", "利润", "Profit")),
    Field("product", T, ("产品", "Product", "商品", "产品名称", "Item")),
    Field("quantity", ValueType.MONEY, ("数量", "Quantity", "Qty")),
    Field("notes", T, ("备注", "Notes", "说明", "Remarks")),
)

COMPLAINT_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("received_at", ValueType.DATETIME, ("受理时间", "Received", "投诉时间", "日期", "Date")),
    Field("channel", ValueType.CHOICE, ("投诉渠道", "Channel", "渠道", "方式"), Channel),
    Field("category", T, ("投诉类别", "Category", "类别", "类型", "问题类型")),
    Field("level", ValueType.CHOICE, ("投诉级别", "Level", "级别", "严重程度"), ComplaintLevel),
    Field("customer_words", T, ("客户原话", "Customer's words", "投诉内容", "内容", "Complaint")),
    Field("key_points", T, ("要点", "Key points", "投诉要点")),
    Field("stands", ValueType.BOOLEAN, ("是否成立", "Stands", "成立")),
    Field("validity_reason", T, ("判定理由", "Reason", "理由")),
    Field("cause", ValueType.CHOICE, ("原因", "Cause", "投诉原因"), ComplaintCause),
    Field("explanation", T, ("对客户的解释", "Explanation", "解释")),
    Field("solution", T, ("解决方案", "Solution", "处理方案", "处理办法")),
    Field("compensation", ValueType.CHOICE, ("补偿方式", "Compensation", "补偿"), Compensation),
    Field("compensation_amount", ValueType.MONEY, ("补偿金额", "Compensation amount", "金额")),
    Field("accepted", ValueType.BOOLEAN, ("客户是否接受", "Accepted", "接受")),
    Field("status", ValueType.CHOICE, ("处理状态", "Status", "状态"), ComplaintStatus),
    Field("resolved_at", ValueType.DATETIME, ("解决时间", "Resolved", "处理完成时间")),
    Field("satisfaction", ValueType.INTEGER, ("处理后满意度", "Satisfaction", "满意度")),
    Field("findings", T, ("经验教训", "Findings", "改进措施")),
    Field("contact_name", T, ("联系人", "Contact", "联系人姓名")),
)

SURVEY_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("taken_on", D, ("调查日期", "Survey date", "日期", "Date")),
    Field("overall_score", ValueType.INTEGER, ("总体满意度", "Overall score", "总体评分")),
    Field("would_recommend", ValueType.BOOLEAN, ("愿意推荐", "Would recommend", "推荐")),
    Field("comment", T, ("意见", "Comments", "备注", "Comment")),
)
OPPORTUNITY_FIELDS = (
    CUSTOMER_CODE,
    CUSTOMER_NAME,
    Field("title", T, ("机会名称", "Title", "机会主题", "项目名称", "商机名称", "Opportunity")),
    Field("product", T, ("产品/说明", "Product", "产品", "说明", "Description")),
    Field("amount", ValueType.MONEY, ("预计金额", "Expected amount", "金额", "Amount")),
    Field("stage", T, ("销售阶段", "Stage", "阶段")),
    Field("probability", ValueType.INTEGER, ("成功概率", "Probability", "赢率", "概率")),
    Field("expected_close", D, ("预计成交日期", "Expected close", "预计签单日期", "Close date")),
    Field("source", ValueType.CHOICE, ("机会来源", "Source", "来源"), CustomerSource),
    Field("competitor", T, ("竞争对手", "Competitor")),
    Field("lost_reason", T, ("输单原因", "Lost reason", "丢单原因")),
    Field("next_step", T, ("下一步", "Next step", "下一步行动")),
    Field("opened_on", D, ("创建日期", "Opened", "发现日期")),
    Field("closed_on", D, ("结束日期", "Closed", "成交日期")),
    Field("contact_name", T, ("联系人", "Contact", "联系人姓名")),
)
# A survey sheet has two columns per question of the database's questionnaire.
EXPECTATION, PERCEPTION = "expectation:", "perception:"


def question_fields(dimensions: Iterable[Dimension]) -> tuple[Field, ...]:
    """Expectation a and perception b of each question asked, as columns."""
    return tuple(
        Field(
            prefix + d.code,
            ValueType.INTEGER,
            (f"{d.name_zh}{zh}", f"{d.name_en} {en}", f"{d.name_zh}({zh})"),
        )
        for d in asked(dimensions)
        for prefix, zh, en in (
            (EXPECTATION, "期望", "expectation"),
            (PERCEPTION, "感知", "perception"),
        )
    )


# The built-in complaint categories by name; a database's own are their own name.
_CATEGORY_NAMES = {
    "quality": ("质量问题", "Product quality", "质量", "Quality"),
    "late_delivery": ("延迟交货", "Late delivery", "延迟", "交货延迟", "Late"),
    "specification": ("规格不符", "Wrong specification", "规格", "Specification"),
    "packaging": ("包装问题", "Packaging", "包装"),
    "service": ("服务态度/水平", "Service attitude or level", "服务", "服务态度", "Service"),
    "billing": ("账单问题", "Billing", "账单", "发票", "Invoice"),
    "other": ("其他", "Other"),
}


def category_key(text: str) -> str:
    """The stored category a cell names: a built-in one by any of its names, else the
    text itself (a category the database added)."""
    wanted = folded(text)
    for key, names in _CATEGORY_NAMES.items():
        if wanted in {folded(name) for name in (key, *names)}:
            return key
    return text.strip()


def category_label_in(key: str, language: str) -> str:
    names = _CATEGORY_NAMES.get(key)
    return key if names is None else names[0 if language.startswith("zh") else 1]


# Which fields a sheet of each kind of import has (keys: core.imports.ImportKind values).
FIELDS_OF = {
    "customers": CUSTOMER_FIELDS,
    "contacts": CONTACT_FIELDS,
    "activities": ACTIVITY_FIELDS,
    "transactions": TRANSACTION_FIELDS,
    "complaints": COMPLAINT_FIELDS,
    "surveys": SURVEY_FIELDS,  # and the questionnaire's: see question_fields
    "opportunities": OPPORTUNITY_FIELDS,
}

# Keyed by enum first: members of different enums with the same value are equal.
_CHOICE_NAMES: dict[type[Enum], dict[Enum, tuple[str, ...]]] = {
    CustomerKind: {
        CustomerKind.INDIVIDUAL: ("个人客户", "Individual", "个人", "Person"),
        CustomerKind.ORGANIZATION: (
            "企业客户",
            "Organisation",
            "企业",
            "公司",
            "单位",
            "Organization",
        ),
    },
    CustomerStatus: {
        CustomerStatus.NON_CUSTOMER: ("非客户", "Non-customer"),
        CustomerStatus.PROSPECT: ("潜在客户", "Prospect"),
        CustomerStatus.TARGET: ("目标客户", "Target"),
        CustomerStatus.FIRST_TIME: ("初次购买", "First-time buyer", "新客户"),
        CustomerStatus.REPEAT: ("重复购买", "Repeat buyer", "老客户"),
        CustomerStatus.LOYAL: ("忠诚客户", "Loyal"),
        CustomerStatus.LOST: ("流失客户", "Lost", "流失"),
    },
    LifecycleStage: {
        LifecycleStage.ACQUISITION: ("考察期", "Acquisition"),
        LifecycleStage.GROWTH: ("形成期", "Growth"),
        LifecycleStage.MATURITY: ("稳定期", "Maturity"),
        LifecycleStage.DECLINE: ("退化期", "Decline"),
        LifecycleStage.TERMINATION: ("终止期", "Termination"),
    },
    CustomerSource: {
        CustomerSource.OLD_RECORDS: ("老客户资料", "Old customer records"),
        CustomerSource.REFERRAL: ("连锁介绍", "Referral", "介绍", "转介绍"),
        CustomerSource.OPINION_LEADER: ("光辉效应", "Opinion leader"),
        CustomerSource.MEETING: ("会议/展会", "Meeting or fair", "展会", "会议"),
        CustomerSource.SEARCH_ENGINE: ("搜索引擎", "Search engine"),
        CustomerSource.DIRECTORY: ("网络黄页", "Online directory", "黄页"),
        CustomerSource.WEB_INQUIRY: ("网上咨询", "Web inquiry"),
        CustomerSource.ADVERTISING: ("广告", "Advertising"),
        CustomerSource.OTHER: ("其他", "Other"),
    },
    Tier: {
        Tier.VIP: ("VIP客户", "VIP"),
        Tier.MAJOR: ("主要客户", "Major", "重要客户"),
        Tier.ORDINARY: ("普通客户", "Ordinary", "普通"),
        Tier.SMALL: ("小客户", "Small"),
    },
    Gender: {
        Gender.FEMALE: ("女", "Female", "F", "女性"),
        Gender.MALE: ("男", "Male", "M", "男性"),
        Gender.OTHER: ("其他", "Other"),
    },
    MaritalStatus: {
        MaritalStatus.SINGLE: ("未婚", "Single"),
        MaritalStatus.MARRIED: ("已婚", "Married"),
        MaritalStatus.DIVORCED: ("离异", "Divorced"),
        MaritalStatus.WIDOWED: ("丧偶", "Widowed"),
    },
    BuyingRole: {
        BuyingRole.DECISION_MAKER: ("决策者", "Decision maker", "决策人"),
        BuyingRole.INFLUENCER: ("影响者", "Influencer"),
        BuyingRole.PURCHASER: ("采购者", "Purchaser", "采购"),
        BuyingRole.USER: ("使用者", "User", "用户"),
        BuyingRole.OTHER: ("其他", "Other"),
    },
    Channel: {
        Channel.FACE_TO_FACE: ("面谈", "Face to face", "面对面"),
        Channel.VISIT: ("拜访", "Visit", "上门"),
        Channel.PHONE: ("电话", "Phone", "来电", "Call"),
        Channel.LETTER: ("信函", "Letter", "邮寄"),
        Channel.EMAIL: ("电子邮件", "E-mail", "邮件", "Email"),
        Channel.WEBSITE: ("网站", "Website", "网上"),
        Channel.MESSAGE: ("短信/即时消息", "Message", "短信", "微信", "QQ", "SMS"),
        Channel.MEETING: ("会议", "Meeting", "展会"),
    },
    ComplaintLevel: {
        ComplaintLevel.ORDINARY: ("一般", "Ordinary", "普通"),
        ComplaintLevel.SERIOUS: ("严重", "Serious"),
        ComplaintLevel.MAJOR: ("重大", "Major", "特别严重"),
    },
    ComplaintStatus: {
        ComplaintStatus.NEW: ("新投诉", "New", "待处理", "未处理"),
        ComplaintStatus.INVESTIGATING: ("调查中", "Investigating"),
        ComplaintStatus.REJECTED: ("不成立", "Rejected", "驳回"),
        ComplaintStatus.AWAITING_CUSTOMER: ("等待客户答复", "Awaiting customer", "待客户确认"),
        ComplaintStatus.IN_PROGRESS: ("处理中", "In progress"),
        ComplaintStatus.RESOLVED: ("已解决", "Resolved", "待回访"),
        ComplaintStatus.CLOSED: ("已关闭", "Closed", "已结案", "结案"),
        ComplaintStatus.DUPLICATE: ("重复投诉", "Duplicate", "重复"),
        ComplaintStatus.CANCELLED: ("已撤销", "Cancelled", "撤销"),
    },
    ComplaintCause: {
        ComplaintCause.PRODUCT: ("产品质量", "Product quality", "产品"),
        ComplaintCause.SERVICE: ("服务质量", "Service quality", "服务"),
        ComplaintCause.STAFF: ("员工", "Staff", "人员"),
        ComplaintCause.ENVIRONMENT: ("环境", "Environment"),
        ComplaintCause.MISUSE: ("使用不当", "Misuse"),
        ComplaintCause.EXPECTATIONS: ("期望过高", "Expectations too high"),
    },
    Compensation: {
        Compensation.REFUND: ("退款", "Refund", "退货退款"),
        Compensation.REPLACEMENT: ("换货", "Replacement", "更换"),
        Compensation.REPAIR: ("维修", "Repair", "返修"),
        Compensation.DISCOUNT: ("折扣", "Discount", "打折"),
        Compensation.GIFT: ("赠品", "Gift", "赠送"),
        Compensation.APOLOGY: ("道歉", "Apology", "赔礼道歉"),
    },
    Direction: {
        Direction.INBOUND: ("呼入", "Inbound", "来访", "客户来电", "In"),
        Direction.OUTBOUND: ("呼出", "Outbound", "去电", "主动联系", "Out"),
    },
}


def choice_names(member: StrEnum) -> tuple[str, ...]:
    """Chinese label, English label, then synonyms (credit ratings are their own label)."""
    return _CHOICE_NAMES.get(type(member), {}).get(member, (member.value, member.value))


def choice_label(member: StrEnum, language: str) -> str:
    names = choice_names(member)
    return names[0] if language.startswith("zh") else names[1]


@lru_cache(maxsize=4096)  # a column of 100 000 cells holds a handful of texts
def choice_of(enum: type[StrEnum], text: str) -> StrEnum | None:
    """The member ``text`` names: by stored value, label or synonym."""
    return _choices_by_name(enum).get(folded(text))


@cache
def _choices_by_name(enum: type[StrEnum]) -> dict[str, StrEnum]:
    return {
        folded(name): member
        for member in reversed(enum)  # the first member wins a name two share
        for name in (member.value, *choice_names(member))
    }


def field_named(fields: tuple[Field, ...], header: str) -> Field | None:
    wanted = folded(header)
    return _fields_by_name(fields).get(wanted) if wanted else None


@cache
def _fields_by_name(fields: tuple[Field, ...]) -> dict[str, Field]:
    """Folded key and names → field, the first field winning a name two share (folding
    every name for every header made a 16 384-column sheet take 26 s to map)."""
    return {folded(name): field for field in reversed(fields) for name in (field.key, *field.names)}
