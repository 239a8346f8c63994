"""Words the demo data is made of, in Chinese and English."""

from crmdesk.core.enums import CustomerStatus, LifecycleStage

INDUSTRIES_ZH = (
    "制造业",
    "批发零售",
    "信息技术",
    "建筑工程",
    "物流运输",
    "餐饮酒店",
    "医疗健康",
    "教育培训",
    "金融服务",
    "房地产",
    "农业",
    "文化传媒",
)
INDUSTRIES_EN = (
    "Manufacturing",
    "Wholesale",
    "IT Services",
    "Construction",
    "Logistics",
    "Hospitality",
    "Healthcare",
    "Education",
    "Finance",
    "Real Estate",
)
# English-speaking customers' cities, with the start of a local landline and how many
# digits follow it.
REGION_PHONES_EN = {
    "London": ("+44207", 7),
    "Singapore": ("+6563", 6),
    "Hong Kong": ("+85223", 6),
    "New York": ("+1212", 7),
    "Sydney": ("+6129", 7),
    "Toronto": ("+1416", 7),
    "Berlin": ("+4930", 8),
}
COMPANY_SUFFIXES_EN = ("Ltd", "Trading Co.", "Group", "Holdings", "Industries", "& Partners")
SUBJECTS_ZH = (
    "电话回访",
    "产品介绍",
    "报价跟进",
    "上门拜访",
    "合同洽谈",
    "售后回访",
    "需求调研",
    "节日问候",
    "样品寄送",
    "付款提醒",
)
SUBJECTS_EN = (
    "Follow-up call",
    "Product demo",
    "Quote follow-up",
    "Site visit",
    "Contract talks",
    "After-sales check",
    "Needs review",
    "Season's greetings",
)
OUTCOMES_ZH = ("客户有兴趣", "需再次联系", "已发报价", "暂无需求", "约定拜访", "已成交")
OUTCOMES_EN = ("Interested", "Call again", "Quote sent", "No need now", "Visit booked", "Won")
PRODUCTS_ZH = ("办公桌椅", "打印耗材", "网络设备", "软件服务", "维修保养", "包装材料")
PRODUCTS_EN = (
    "Office chairs",
    "Printer supplies",
    "Network gear",
    "Software plan",
    "Maintenance",
    "Packaging",
)
TITLES_ZH = ("总经理", "采购经理", "财务主管", "技术总监", "行政专员")
TITLES_EN = ("Managing Director", "Purchasing Manager", "Finance Lead", "CTO", "Office Manager")
STAFF = (
    ("zhang.wei", "张伟"),
    ("li.na", "李娜"),
    ("wang.fang", "王芳"),
    ("liu.yang", "刘洋"),
    ("chen.jing", "陈静"),
    ("emma.clark", "Emma Clark"),
)
CN_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "158",
    "159",
    "186",
    "187",
    "188",
    "189",
)
MAIL_DOMAINS_ZH = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com")

# Share of each status among demo customers.
STATUS_WEIGHTS = {
    CustomerStatus.PROSPECT: 0.2,
    CustomerStatus.TARGET: 0.08,
    CustomerStatus.FIRST_TIME: 0.2,
    CustomerStatus.REPEAT: 0.3,
    CustomerStatus.LOYAL: 0.12,
    CustomerStatus.LOST: 0.08,
    CustomerStatus.NON_CUSTOMER: 0.02,
}
BUYING_STATUSES = frozenset(
    {CustomerStatus.FIRST_TIME, CustomerStatus.REPEAT, CustomerStatus.LOYAL, CustomerStatus.LOST}
)
STAGE_BY_STATUS = {
    CustomerStatus.PROSPECT: LifecycleStage.ACQUISITION,
    CustomerStatus.TARGET: LifecycleStage.ACQUISITION,
    CustomerStatus.NON_CUSTOMER: LifecycleStage.ACQUISITION,
    CustomerStatus.FIRST_TIME: LifecycleStage.GROWTH,
    CustomerStatus.REPEAT: LifecycleStage.MATURITY,
    CustomerStatus.LOYAL: LifecycleStage.MATURITY,
    CustomerStatus.LOST: LifecycleStage.TERMINATION,
}
# Phone calls dominate, then e-mail, visits, chat.
CHANNEL_WEIGHTS = (0.08, 0.12, 0.45, 0.02, 0.15, 0.04, 0.1, 0.04)  # in Channel order

# Complaints: how often each category comes up, what customers say, and the cause
# on the firm's side a complaint of that category usually has.
COMPLAINT_CATEGORY_WEIGHTS = {
    "quality": 0.3,
    "late_delivery": 0.2,
    "specification": 0.1,
    "packaging": 0.1,
    "service": 0.15,
    "billing": 0.1,
    "other": 0.05,
}
COMPLAINT_WORDS_ZH = {
    "quality": ("收到的货有裂缝", "用了两天就坏了", "颜色和样品差很多"),
    "late_delivery": ("说好周一到，现在还没到", "催了三次还没发货"),
    "specification": ("尺寸不对，装不上", "型号发错了"),
    "packaging": ("外箱破了，里面受潮", "包装太简陋，磕坏了"),
    "service": ("客服态度很差", "师傅上门迟到两个小时", "电话一直没人接"),
    "billing": ("发票金额开错了", "多扣了一笔费用"),
    "other": ("送货员把车停在消防通道", "宣传和实际不符"),
}
COMPLAINT_WORDS_EN = {
    "quality": ("The unit arrived cracked", "It broke after two days", "Colour is off"),
    "late_delivery": ("Promised for Monday, still not here", "Chased three times, not shipped"),
    "specification": ("Wrong size, does not fit", "You sent the wrong model"),
    "packaging": ("Box was torn and the goods got wet", "Poor packing, it arrived dented"),
    "service": ("Your support was rude", "The engineer came two hours late"),
    "billing": ("The invoice amount is wrong", "We were charged twice"),
    "other": ("The courier blocked our fire lane", "Not as advertised"),
}
COMPLAINT_CAUSES = {
    "quality": "product",
    "late_delivery": "service",
    "specification": "product",
    "packaging": "product",
    "service": "staff",
    "billing": "service",
    "other": "environment",
}
COMPLAINT_LEVEL_WEIGHTS = (0.6, 0.3, 0.1)  # in ComplaintLevel order
