<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="51"/>
        <source>a subject is required</source>
        <translation>请填写主题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="53"/>
        <location filename="../../crmdesk/core/customer.py" line="183"/>
        <location filename="../../crmdesk/core/opportunity.py" line="147"/>
        <location filename="../../crmdesk/core/views.py" line="52"/>
        <source>at most %1 characters</source>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="55"/>
        <location filename="../../crmdesk/core/complaint.py" line="138"/>
        <location filename="../../crmdesk/core/contact.py" line="51"/>
        <location filename="../../crmdesk/core/opportunity.py" line="143"/>
        <location filename="../../crmdesk/core/sale.py" line="39"/>
        <source>choose the customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="57"/>
        <source>a date and time is required</source>
        <translation>请填写日期和时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="61"/>
        <source>%1 is not a channel</source>
        <translation>%1 不是有效的联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="67"/>
        <source>%1 is not a direction</source>
        <translation>%1 不是有效的方向</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/activity.py" line="75"/>
        <source>cannot be before the activity itself</source>
        <translation>不能早于这次联系本身</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="113"/>
        <source>A complaint category is one line of at most %1 characters</source>
        <translation>投诉类别须为一行，最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="116"/>
        <source>%1 is a built-in complaint category already</source>
        <translation>%1 已是内置的投诉类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="127"/>
        <source>%1 is not one of the choices</source>
        <translation>%1 不在可选项中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="136"/>
        <source>take down what the customer said</source>
        <translation>请记下客户的原话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="140"/>
        <source>when the complaint came in is required</source>
        <translation>请填写投诉受理时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="144"/>
        <source>%1 is not a complaint category</source>
        <translation>%1 不是投诉类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="148"/>
        <location filename="../../crmdesk/core/satisfaction.py" line="172"/>
        <source>from 1 (very unhappy) to 5 (very happy)</source>
        <translation>请填 1（很不满意）到 5（很满意）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="153"/>
        <source>a positive amount, at most 2 decimals</source>
        <translation>请填正数金额，最多两位小数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="156"/>
        <source>a step from 1 to %1</source>
        <translation>步骤须为 1 到 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint.py" line="162"/>
        <source>cannot be before the complaint came in</source>
        <translation>不能早于投诉受理时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact.py" line="48"/>
        <location filename="../../crmdesk/core/customer.py" line="181"/>
        <source>a name is required</source>
        <translation>请填写名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact.py" line="54"/>
        <location filename="../../crmdesk/core/customer.py" line="201"/>
        <source>cannot be in the future</source>
        <translation>不能是将来的日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact.py" line="60"/>
        <source>%1 is not a role</source>
        <translation>%1 不是有效的角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact_info.py" line="64"/>
        <source>%1 is not a phone number</source>
        <translation>%1 不是电话号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact_info.py" line="66"/>
        <source>%1 is not a valid phone number</source>
        <translation>%1 不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/contact_info.py" line="84"/>
        <source>%1 is not an e-mail address: %2</source>
        <translation>%1 不是有效的电子邮箱（%2）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/customer.py" line="151"/>
        <source>does not apply to individual customers</source>
        <translation>不适用于个人客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/customer.py" line="152"/>
        <source>does not apply to organization customers</source>
        <translation>不适用于企业客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/customer.py" line="194"/>
        <location filename="../../crmdesk/io/coerce.py" line="157"/>
        <source>%1 is not one of %2</source>
        <translation>%1 不在可选项中（%2）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/customer.py" line="203"/>
        <location filename="../../crmdesk/core/sale.py" line="45"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/customer.py" line="207"/>
        <source>must be from 1 to 5</source>
        <translation>须为 1 到 5</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="63"/>
        <source>There is no stage %1 in the pipeline</source>
        <translation>销售流程中没有阶段 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="71"/>
        <source>The pipeline needs at least one open stage</source>
        <translation>销售流程至少需要一个进行中的阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="75"/>
        <source>Every stage needs a Chinese and an English name</source>
        <translation>每个阶段都需要中文名和英文名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="79"/>
        <source>Stage %1 is in the pipeline twice</source>
        <translation>阶段 %1 在销售流程中出现了两次</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="84"/>
        <source>won and lost are the closing stages; name open stages otherwise</source>
        <translation>“赢单”和“丢单”是结束阶段；进行中的阶段请另起名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="145"/>
        <source>a title is required</source>
        <translation>请填写标题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="149"/>
        <source>give the expected amount (0 or more)</source>
        <translation>请填写预计金额（0 或以上）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="151"/>
        <source>must be from 0 to 100%</source>
        <translation>须为 0 到 100%</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="155"/>
        <source>no stage %1 in the pipeline</source>
        <translation>销售流程中没有阶段 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="159"/>
        <source>give the date it is expected to close</source>
        <translation>请填写预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="162"/>
        <location filename="../../crmdesk/core/opportunity.py" line="199"/>
        <source>say why it was lost</source>
        <translation>请说明丢单原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="193"/>
        <source>Opportunity %1 is already at this stage</source>
        <translation>机会 %1 已处于这个阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/opportunity.py" line="196"/>
        <source>Opportunity %1 is won: its sale is recorded</source>
        <translation>机会 %1 已赢单：其销售已记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/sale.py" line="41"/>
        <source>a date is required</source>
        <translation>请填写日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/sale.py" line="43"/>
        <source>an amount is required</source>
        <translation>请填写金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="156"/>
        <source>say which customer answered</source>
        <translation>请说明是哪位客户作答</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="158"/>
        <source>give the day the survey was taken</source>
        <translation>请填写调查日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="160"/>
        <source>%1 is in the future</source>
        <translation>%1 是将来的日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="162"/>
        <source>answer at least one question</source>
        <translation>请至少回答一个问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="165"/>
        <source>is not a question of the questionnaire</source>
        <translation>不是问卷中的问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="169"/>
        <source>%1: %2 must be 1 to 5</source>
        <translation>%1：%2 须为 1 到 5</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="187"/>
        <source>needs a code of 1 to %1 characters</source>
        <translation>需要 1 到 %1 个字符的代码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="190"/>
        <source>the code %1 is used twice</source>
        <translation>代码 %1 重复使用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="193"/>
        <source>needs a Chinese and an English name</source>
        <translation>需要中文名和英文名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="195"/>
        <source>at least one question must be asked</source>
        <translation>至少要问一个问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/satisfaction.py" line="209"/>
        <source>from 1 to %1 months</source>
        <translation>须为 1 到 %1 个月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/sign_in.py" line="36"/>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/views.py" line="50"/>
        <source>a view needs a name</source>
        <translation>请为视图命名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="59"/>
        <source>%1 is a fraction, not a number like a code or phone</source>
        <translation>%1 是小数，不像编号或电话号码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="65"/>
        <source>%1 digits stored as a number: Excel has already lost the last ones; format the column as text and type them again</source>
        <translation>%1 位数字被存成了数值：Excel 已丢失末尾几位；请把该列设为文本格式后重新输入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="81"/>
        <source>%1 is not a date</source>
        <translation>%1 不是日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="91"/>
        <source>%1 is not a date (2024-03-05, 2024/3/5 or 2024年3月5日)</source>
        <translation>%1 不是日期（可写作 2024-03-05、2024/3/5 或 2024年3月5日）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="97"/>
        <source>%1 is not a date (read as %2/year)</source>
        <translation>%1 不是日期（按 %2/年 读取）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="116"/>
        <source>%1 has no such time of day</source>
        <translation>%1 不是有效的时刻</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="125"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="136"/>
        <location filename="../../crmdesk/io/coerce.py" line="138"/>
        <source>%1 is not an amount</source>
        <translation>%1 不是金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/io/coerce.py" line="150"/>
        <source>%1 is not yes or no (是/否)</source>
        <translation>%1 不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="109"/>
        <source>matches %1 files; match on code</source>
        <translation>匹配到 %1 个档案；请按客户编号匹配</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="114"/>
        <source>a file with it exists</source>
        <translation>已有相同的档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="118"/>
        <source>no file matches it</source>
        <translation>没有匹配的档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="162"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="176"/>
        <source>%1 was changed by someone else since the preview</source>
        <translation>预览之后，%1 已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="212"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="214"/>
        <source>%1 is already used by another file (perhaps one in the bin)</source>
        <translation>%1 已被另一个档案使用（可能在回收站中）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customer_import.py" line="216"/>
        <source>%1 is also the code of row %2</source>
        <translation>%1 也是第 %2 行的编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing.py" line="65"/>
        <source>the same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/importing.py" line="86"/>
        <source>%1 rows have errors (first: row %2, %3); fix them or skip them</source>
        <translation>%1 行有错误（第一处：第 %2 行，%3）；请修正或跳过这些行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/opportunity_import.py" line="34"/>
        <source>no stage %1 (the stages: %2)</source>
        <translation>没有阶段 %1（现有阶段：%2）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="155"/>
        <source>%1 can only be added by an import, not updated</source>
        <translation>%1 只能通过导入新增，不能更新</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="193"/>
        <source>give the customer&apos;s code or name</source>
        <translation>请填写客户编号或名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="200"/>
        <source>%1 customers are %2; give the code</source>
        <translation>有 %1 个客户%2；请填写客户编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="208"/>
        <source>no customer %1</source>
        <translation>没有客户%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="220"/>
        <source>no such contact at the customer</source>
        <translation>该客户没有这位联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="238"/>
        <source>no such contact to update</source>
        <translation>没有可更新的联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="245"/>
        <source>the contact exists</source>
        <translation>联系人已存在</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/record_import.py" line="318"/>
        <source>Row %1: %2 was changed by someone else since the preview</source>
        <translation>第 %1 行：预览之后，%2 已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/survey_import.py" line="35"/>
        <source>give both a and b, or neither</source>
        <translation>期望（a）与感知（b）须同时填写或都不填</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/users.py" line="50"/>
        <source>a user name is needed</source>
        <translation>请填写用户名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/users.py" line="74"/>
        <source>the current password is wrong</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/access.py" line="66"/>
        <source>%1 (%2) may not %3</source>
        <translation>%1（%2）无权%3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/codes.py" line="27"/>
        <source>Code mask %1 needs exactly one number field like {0000} and only the date fields {yyyy} {yy} {mm} {dd}</source>
        <translation>编号规则 %1 须恰有一个数字段（如 {0000}），日期段只能用 {yyyy} {yy} {mm} {dd}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="64"/>
        <source>Complaint %1 is %2 and cannot become %3; it can become: %4</source>
        <translation>投诉 %1 当前为 %2，不能改为 %3；可改为：%4</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="103"/>
        <source>complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="104"/>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="107"/>
        <source>the complaint</source>
        <translation>该投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="107"/>
        <source>The complaint</source>
        <translation>该投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="109"/>
        <source>Say why %1 is re-opened</source>
        <translation>请说明重新打开%1的原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="111"/>
        <source>Say why %1 is cancelled</source>
        <translation>请说明撤销%1的原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="115"/>
        <source>%1 can only be rejected once judged not to stand, with the reason</source>
        <translation>%1须先判定为不成立并写明理由，才能驳回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="119"/>
        <source>Write the explanation given to the customer before rejecting %1</source>
        <translation>驳回%1之前，请写下给客户的解释</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="123"/>
        <source>%1 must be judged to stand before a solution</source>
        <translation>%1须先判定为成立，才能提出解决方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="125"/>
        <source>Propose a solution for %1 first</source>
        <translation>请先为%1提出解决方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="127"/>
        <source>The customer has not accepted the solution to %1</source>
        <translation>客户尚未接受%1的解决方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="130"/>
        <source>%1 goes back to investigation only when the customer declines</source>
        <translation>只有客户拒绝方案时，%1才退回调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="134"/>
        <source>Ask the customer how satisfied they are now before closing %1</source>
        <translation>结案%1之前，请询问客户现在的满意度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="137"/>
        <source>Name the complaint that %1 duplicates</source>
        <translation>请指明%1与哪一条投诉重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="161"/>
        <source>A complaint cannot be imported as %1; import it open and change it in crmdesk</source>
        <translation>投诉不能以“%1”状态导入；请以进行中状态导入，再在 crmdesk 中处理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_flow.py" line="167"/>
        <source>It cannot be resolved before it came in</source>
        <translation>解决时间不能早于受理时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_sla.py" line="41"/>
        <source>No deadlines for %1 complaints</source>
        <translation>没有 %1 级投诉的处理时限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_sla.py" line="46"/>
        <source>The deadlines for %1 complaints must be whole hours from 1 to %2</source>
        <translation>%1 级投诉的处理时限须为 1 到 %2 的整数小时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_sla.py" line="54"/>
        <source>For %1 complaints the resolution deadline cannot come before the first response</source>
        <translation>%1 级投诉的解决时限不能早于首次响应时限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/complaint_sla.py" line="78"/>
        <source>The stored complaint deadlines are unreadable: %1</source>
        <translation>已保存的投诉处理时限无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/follow_up.py" line="42"/>
        <source>The follow-up interval for tier %1 must be a whole number of days from 1 to %2, not %3</source>
        <translation>等级 %1 的回访间隔须为 1 到 %2 的整数天，而不是 %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/follow_up.py" line="63"/>
        <source>The stored follow-up intervals are unreadable: %1</source>
        <translation>已保存的回访间隔无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/follow_up.py" line="100"/>
        <source>A follow-up is put off by at least one day</source>
        <translation>回访至少推迟一天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/merge.py" line="48"/>
        <source>These fields cannot be taken in a merge: %1</source>
        <comment>, </comment>
        <translation>合并时不能选取这些字段：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/core/merge.py" line="50"/>
        <source>A file cannot be merged with itself</source>
        <translation>档案不能与自身合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics.py" line="82"/>
        <source>The stored analytics settings are unreadable: %1</source>
        <translation>已保存的分析设置无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/analytics.py" line="120"/>
        <source>The period is a number of months, or 0 for all time</source>
        <translation>统计期为月数，0 表示全部时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/app_services.py" line="107"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/backups.py" line="75"/>
        <source>Backups are kept for database files only; a server has its own.</source>
        <translation>只为数据库文件保留备份；数据库服务器有自己的备份。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/churn.py" line="113"/>
        <source>%1 is already marked lost</source>
        <translation>%1 已标记为流失</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/churn.py" line="123"/>
        <source>%1 is not marked lost</source>
        <translation>%1 未标记为流失</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/complaints.py" line="171"/>
        <source>There is no complaint numbered %1</source>
        <translation>没有编号为 %1 的投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="49"/>
        <source>A code mask is at most %1 characters</source>
        <translation>编号规则最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="111"/>
        <source>Customer code %1 is longer than %2</source>
        <translation>客户编号 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="114"/>
        <source>Customer code %1 is already in use</source>
        <translation>客户编号 %1 已被使用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="159"/>
        <source>%1 was changed by someone else since; that change is kept</source>
        <translation>%1 此后已被他人修改；保留了那次修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/customers.py" line="222"/>
        <source>%1 is not in the bin; move it there first</source>
        <translation>%1 不在回收站中；请先移入回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/follow_ups.py" line="69"/>
        <source>The follow-up of %1 was changed by someone else; reload the list and try again</source>
        <translation>%1 的回访已被他人修改；请刷新列表后重试</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/follow_ups.py" line="75"/>
        <source>The follow-up of %1 is already done</source>
        <translation>%1 的回访已经完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/imports.py" line="80"/>
        <source>There is no import to undo</source>
        <translation>没有可撤销的导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/imports.py" line="143"/>
        <source>%1 was changed after the import, so it cannot be undone; nothing was changed</source>
        <translation>%1 在导入后被修改过，因此无法撤销；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/imports.py" line="160"/>
        <source>A row of the import was changed after it, so it cannot be undone; nothing was changed</source>
        <translation>导入的某一行在导入后被修改过，因此无法撤销；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/maintenance.py" line="39"/>
        <source>%1: backups are kept for database files only</source>
        <translation>%1：只为数据库文件保留备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/merges.py" line="35"/>
        <location filename="../../crmdesk/services/merges.py" line="41"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/merges.py" line="96"/>
        <source>This merge has already been undone</source>
        <translation>这次合并已经撤销过了</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/numbering.py" line="55"/>
        <source>%1 %2 was changed by someone else after you opened it; open it again to see their changes</source>
        <translation>您打开 %1 %2 之后，它已被他人修改；请重新打开以查看对方的修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/opportunities.py" line="59"/>
        <source>%1 opportunities are at stage %2; move them before removing it</source>
        <translation>有 %1 个机会处于阶段 %2；请先移走它们再删除该阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/opportunities.py" line="164"/>
        <source>Win an opportunity with Won…, which records its sale</source>
        <translation>请用“赢单…”完成机会，以记录其销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/progress.py" line="30"/>
        <source>Cancelled: nothing was written</source>
        <translation>已取消：未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/reports.py" line="166"/>
        <source>No lifetime forecast: %1</source>
        <translation>无法预测生命周期价值：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/shared_settings.py" line="84"/>
        <source>The database&apos;s settings were changed by someone else after you opened Settings; open it again to see theirs</source>
        <translation>您打开设置之后，数据库的设置已被他人修改；请重新打开以查看对方的设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/services/sign_in.py" line="28"/>
        <source>sign-in is on: give your user name and password</source>
        <translation>已启用登录：请输入用户名和密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/activities.py" line="25"/>
        <location filename="../../crmdesk/storage/complaints.py" line="46"/>
        <location filename="../../crmdesk/storage/opportunities.py" line="41"/>
        <source>The contact chosen does not belong to this customer</source>
        <translation>所选联系人不属于该客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/complaints.py" line="49"/>
        <source>There is no complaint %1 to be a duplicate of</source>
        <translation>没有可作为重复对象的投诉 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/customers.py" line="62"/>
        <source>Customer %1 is in the bin</source>
        <translation>客户 %1 在回收站中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/records.py" line="31"/>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 不存在</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/users.py" line="44"/>
        <source>there is no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/storage/users.py" line="104"/>
        <source>there is already a user named %1</source>
        <translation>已有名为 %1 的用户</translation>
    </message>
</context>
<context>
    <name>AccessCommands</name>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="26"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="29"/>
        <source>Change My &amp;Password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="38"/>
        <source>&amp;Share with…</source>
        <translation>共享给(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="77"/>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="92"/>
        <source>Change My Password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="104"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/access_commands.py" line="106"/>
        <source>Password not changed</source>
        <translation>密码未修改</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="18"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="22"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="23"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="25"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="27"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="28"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="31"/>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="35"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="51"/>
        <source>Search subject or customer</source>
        <translation>搜索主题或客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="60"/>
        <source>Activities</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="63"/>
        <source>Activities: %1</source>
        <translation>跟踪记录：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/activities_page.py" line="69"/>
        <source>No activities yet. Log a call from anywhere with Ctrl+L, or add one on a customer&apos;s Timeline.</source>
        <translation>还没有联系记录。在任何地方按 Ctrl+L 快速记录来电，或在客户档案的“跟踪记录”里添加。</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="44"/>
        <source>What was it about (required)</source>
        <translation>联系的事由（必填）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="49"/>
        <source>Suggested follow-up dates</source>
        <translation>建议的回访日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="72"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="80"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="81"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="82"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="83"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="84"/>
        <source>Next follow-up</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="91"/>
        <source>(nobody in particular)</source>
        <translation>（不指定）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="99"/>
        <source>No follow-up</source>
        <translation>不回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="108"/>
        <source>%1 · day %2 after first contact</source>
        <translation>%1 · 首次联系后第 %2 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="110"/>
        <source>%1 · every %2 days for this tier</source>
        <translation>%1 · 按客户等级每 %2 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_editor.py" line="152"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ActivityFilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="29"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="30"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="31"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="32"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="33"/>
        <source>Customer code or name</source>
        <translation>客户编号或名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/activity_filter_bar.py" line="34"/>
        <source>Outcome contains</source>
        <translation>结果包含</translation>
    </message>
</context>
<context>
    <name>AnalyticsOptionsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="38"/>
        <source>Analytics options</source>
        <translation>客户分析选项</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="43"/>
        <source>Name the tiers platinum, gold, iron and lead</source>
        <translation>等级名称使用白金、黄金、铁质、铅质</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="46"/>
        <source>Class A: the first … of value</source>
        <translation>A 类：价值累计的前 …</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="47"/>
        <source>Class B: the next … of value</source>
        <translation>B 类：其后价值的 …</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="49"/>
        <source>%1: share of customers</source>
        <translation>%1：客户占比</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="55"/>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="56"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="57"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="63"/>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="67"/>
        <source>Lifetime value: count purchases in</source>
        <translation>终生价值：购买次数的时间单位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="68"/>
        <source>Forecast over</source>
        <translation>预测期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="69"/>
        <source>Discount rate a year</source>
        <translation>年贴现率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="70"/>
        <source>Margin on revenue (forecasts, sales without gross profit)</source>
        <translation>毛利率（用于预测及未记毛利的交易）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/analytics_options_dialog.py" line="99"/>
        <source>Options not saved</source>
        <translation>选项未保存</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="38"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="39"/>
        <source>Potential loyalists</source>
        <translation>潜力忠诚客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="40"/>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="156"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="41"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="42"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="43"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="44"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="45"/>
        <source>Can&apos;t lose them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="46"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="47"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="48"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="68"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>最近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="68"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="72"/>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="157"/>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="73"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="74"/>
        <source>Store tiers on customers</source>
        <translation>将等级写入客户档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="77"/>
        <source>Give every customer the tier the pyramid puts it in; changes are dated</source>
        <translation>按金字塔结果给每个客户设定等级；每次变化都记录日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="80"/>
        <source>Options…</source>
        <translation>选项…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="83"/>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="86"/>
        <source>Sales in:</source>
        <translation>交易期间：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="88"/>
        <source>Value:</source>
        <translation>价值口径：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="95"/>
        <source>Open this page to compute.</source>
        <translation>打开此页面即开始计算。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="121"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="135"/>
        <source>Fitting the purchase models…</source>
        <translation>正在拟合购买模型…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="136"/>
        <source>Looking for customers at risk…</source>
        <translation>正在查找有流失风险的客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="153"/>
        <source>Customers by status</source>
        <translation>客户状态分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="154"/>
        <source>Customers by lifecycle stage</source>
        <translation>客户生命周期阶段分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="155"/>
        <source>New customers and revenue by month</source>
        <translation>每月新增客户与销售额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="158"/>
        <source>Activities by channel, last 12 months</source>
        <translation>近 12 个月各渠道互动次数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="163"/>
        <source>%1 customers, %2 of them lost.</source>
        <translation>共 %1 位客户，其中 %2 位已流失。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="197"/>
        <source>Pyramid and ABC</source>
        <translation>金字塔与 ABC</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="198"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="199"/>
        <source>Lifetime value</source>
        <translation>终生价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="200"/>
        <source>Churn warning</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="201"/>
        <source>Distribution</source>
        <translation>客户分布</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="202"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="203"/>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="204"/>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="227"/>
        <source>RFM: R × F, colour = mean M</source>
        <translation>RFM：R × F，颜色为平均 M</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="233"/>
        <source>Customers per segment</source>
        <translation>各细分客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="233"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="240"/>
        <source>%1 customers · A %2 · B %3 · C %4. Click a band or a class to list them.</source>
        <translation>共 %1 个客户 · A 类 %2 · B 类 %3 · C 类 %4。点击金字塔的层或 ABC 类别即可列出这些客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="248"/>
        <source>%1 customers bought in the period. Click a cell or a segment to list them.</source>
        <translation>期间内有 %1 个客户购买。点击格子或细分即可列出这些客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="281"/>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="282"/>
        <source>%1: %2 customers (%3), %4 of value</source>
        <translation>%1：%2 个客户（%3），贡献 %4 的价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="287"/>
        <source>ABC / Pareto</source>
        <translation>ABC 分析 / 帕累托</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="288"/>
        <source>%1 of customers bring %2 of value</source>
        <translation>%1 的客户带来 %2 的价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="289"/>
        <source>Share of customers (%)</source>
        <translation>客户占比（%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="290"/>
        <source>Cumulative share of value (%)</source>
        <translation>累计价值占比（%）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="307"/>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="340"/>
        <source>Tiers stored: %n customer(s) changed tier.</source>
        <translation>
            <numerusform>等级已写入：%n 个客户的等级有变化。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="352"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/analytics_page.py" line="358"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/board_model.py" line="51"/>
        <source>⚠ MAN · </source>
        <translation>⚠ MAN · </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/board_model.py" line="53"/>
        <source>closes %1</source>
        <translation>预计 %1 成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/board_model.py" line="55"/>
        <source>closed %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/board_model.py" line="69"/>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="25"/>
        <source>Edit %n customer(s)</source>
        <translation>
            <numerusform>编辑 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="36"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="37"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="38"/>
        <source>Tier (manual override)</source>
        <translation>客户等级（手动指定）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="39"/>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="40"/>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/bulk_edit_dialog.py" line="55"/>
        <source>Only ticked rows change. A ticked empty owner or tier override clears it.</source>
        <translation>只修改勾选的项目。勾选后留空的负责人或等级将被清除。</translation>
    </message>
</context>
<context>
    <name>ChurnModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="48"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="50"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="59"/>
        <source>Risk</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="61"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="63"/>
        <source>Suggested action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="67"/>
        <source>Lifetime value</source>
        <translation>终生价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="72"/>
        <source>Days since purchase</source>
        <translation>距上次购买（天）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="77"/>
        <source>Days without contact</source>
        <translation>未联系（天）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="99"/>
        <source>Lost on</source>
        <translation>流失时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="102"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/churn_model.py" line="103"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChurnOutcomeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="21"/>
        <source>Mark lost</source>
        <translation>标记为流失</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="21"/>
        <source>Mark won back</source>
        <translation>标记为已挽回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="29"/>
        <source>Why they left:</source>
        <translation>流失原因：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="33"/>
        <source>What happened, what was tried</source>
        <translation>发生了什么，做过哪些挽回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="33"/>
        <source>How they were won back</source>
        <translation>如何挽回的</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/churn_outcome_dialog.py" line="35"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ChurnPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="40"/>
        <source>Customers at risk</source>
        <translation>有流失风险的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="41"/>
        <source>Customers marked lost</source>
        <translation>已流失的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="43"/>
        <source>Open file</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="45"/>
        <source>Mark lost…</source>
        <translation>标记为流失…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="48"/>
        <source>Mark won back…</source>
        <translation>标记为已挽回…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="76"/>
        <source>%1 of %2 current customers at risk on %3. The most urgent first; hover over a row for the numbers behind it.</source>
        <translation>截至 %3，%2 位现实客户中有 %1 位存在流失风险。最紧急的排在前面；鼠标停在一行上可查看背后的数字。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="114"/>
        <source>Choose a customer in the list first.</source>
        <translation>请先在列表中选择一位客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="136"/>
        <source>Marked lost; it is on the customer&apos;s timeline.</source>
        <translation>已标记为流失，并记入客户的跟踪记录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/churn_panel.py" line="139"/>
        <source>Marked won back; it is on the customer&apos;s timeline.</source>
        <translation>已标记为挽回，并记入客户的跟踪记录。</translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/column_mapping_model.py" line="23"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/column_mapping_model.py" line="24"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/column_mapping_model.py" line="25"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/column_mapping_model.py" line="61"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/column_mapping_model.py" line="88"/>
        <source>(no header)</source>
        <translation>（无表头）</translation>
    </message>
</context>
<context>
    <name>ComplaintFilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="28"/>
        <source>Overdue only</source>
        <translation>仅看已超时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="31"/>
        <source>Handling</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="32"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="33"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="34"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="35"/>
        <source>Customer code or name</source>
        <translation>客户编号或名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_filter_bar.py" line="36"/>
        <source>A deadline has passed</source>
        <translation>有期限已过</translation>
    </message>
</context>
<context>
    <name>ComplaintLevel</name>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="111"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="112"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="113"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsBox</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="13"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="16"/>
        <source>First response within</source>
        <translation>首次响应时限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="17"/>
        <source>Resolved within</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="30"/>
        <source>e.g. Installation, Logistics</source>
        <translation>例如：安装，物流</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="32"/>
        <source>Categories of your own, besides the built-in ones, separated by commas</source>
        <translation>内置类别之外的自定义投诉类别，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="34"/>
        <source>More categories:</source>
        <translation>更多类别：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/complaint_settings_box.py" line="42"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>ComplaintStatisticsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="38"/>
        <source>Complaint statistics</source>
        <translation>投诉统计</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="40"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="46"/>
        <source>Save as Excel…</source>
        <translation>另存为 Excel…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="49"/>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="67"/>
        <source>Complaints by category (Pareto)</source>
        <translation>各类别投诉数（帕累托图）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="68"/>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="95"/>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="69"/>
        <source>By cause</source>
        <translation>按原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="70"/>
        <source>By status</source>
        <translation>按处理状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="71"/>
        <source>Received per month</source>
        <translation>每月受理数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="72"/>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="80"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="73"/>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="96"/>
        <source>Not judged yet</source>
        <translation>尚未判定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="81"/>
        <source>Median time to first response (hours)</source>
        <translation>首次响应时间中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="82"/>
        <source>Median time to resolution (hours, not counting the wait)</source>
        <translation>解决时间中位数（小时，不含等待客户时间）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="83"/>
        <source>First-response deadlines kept</source>
        <translation>首次响应按时率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="84"/>
        <source>Resolution deadlines kept</source>
        <translation>解决按时率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="85"/>
        <source>Satisfaction after handling (1–5)</source>
        <translation>处理后满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="86"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="87"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="88"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="89"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="90"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="91"/>
        <source>Status</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="92"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="93"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="94"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="116"/>
        <source>Save the statistics</source>
        <translation>保存统计</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="116"/>
        <source>complaints.xlsx</source>
        <translation>投诉统计.xlsx</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="128"/>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="142"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="132"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/complaint_statistics_dialog.py" line="132"/>
        <source>complaints.png</source>
        <translation>投诉统计.png</translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="83"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="109"/>
        <source>Complaint %1 — %2</source>
        <translation>投诉 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="110"/>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="118"/>
        <source>First response by %1: %2</source>
        <translation>首次响应期限 %1：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="121"/>
        <source>Resolution by %1: %2</source>
        <translation>解决期限 %1：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="184"/>
        <source>Saved. The complaint now awaits the customer&apos;s answer; its deadline waits too. Save and close, and resume when they answer.</source>
        <translation>已保存。投诉正在等待客户答复，期间解决期限暂停计时。请保存并关闭，客户答复后再继续。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="188"/>
        <source>Saved. The customer declined: propose another solution.</source>
        <translation>已保存。客户不接受：请提出其他解决方案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_wizard.py" line="195"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="25"/>
        <source>Number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="28"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="32"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="35"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="38"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="39"/>
        <source>Handling</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="42"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="49"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="54"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="75"/>
        <source>Search number, customer or their words</source>
        <translation>搜索编号、客户或投诉内容</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="81"/>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="85"/>
        <source>&amp;Statistics…</source>
        <translation>统计(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="87"/>
        <source>Charts and key figures of the complaints listed</source>
        <translation>列表中投诉的图表和关键指标</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="93"/>
        <source>Cancel the complaint…</source>
        <translation>撤销投诉…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="94"/>
        <source>Mark as a duplicate…</source>
        <translation>标记为重复投诉…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="95"/>
        <source>Re-open…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="97"/>
        <source>Open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="118"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="121"/>
        <source>Complaints: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="127"/>
        <source>No complaints. Take one down with New complaint…, from a customer file, or from the quick call log (Ctrl+L).</source>
        <translation>没有投诉。用“新建投诉…”、在客户档案中或在快速来电记录（Ctrl+L）里受理投诉。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="151"/>
        <source>Complaint %1 is %2: it cannot be changed this way.</source>
        <translation>投诉 %1 当前为“%2”，不能这样更改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="157"/>
        <source>Number of the original complaint:</source>
        <translation>原投诉的编号：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="159"/>
        <source>Why?</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/complaints_page.py" line="174"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="35"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="38"/>
        <source>%1 saved this record at %2, after you opened it.</source>
        <translation>在您打开之后，%1 于 %2 保存了这条记录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="48"/>
        <source>You both changed these; choose what to keep:</source>
        <translation>以下字段你们都改过，请选择保留哪一个：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="52"/>
        <source>Theirs: %1</source>
        <translation>对方的：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="57"/>
        <source>Yours: %1</source>
        <translation>您的：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="70"/>
        <source>Everything else either of you changed is kept. Save to store the result, or reload their version and drop your edits.</source>
        <translation>其余字段，无论谁改的都会保留。点“保存”存储合并结果，或重新载入对方的版本并放弃您的修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="78"/>
        <source>&amp;Save with these choices</source>
        <translation>按所选保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="81"/>
        <source>&amp;Reload their version</source>
        <translation>载入对方的版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/conflict_dialog.py" line="90"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="24"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="25"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="26"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="29"/>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="32"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="34"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="35"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="36"/>
        <source>Character</source>
        <translation>性格</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="37"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="38"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="40"/>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/contact_dialog.py" line="51"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="17"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="18"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="19"/>
        <source>Buying role</source>
        <translation>购买角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="20"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="21"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="22"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/contacts_model.py" line="23"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="40"/>
        <source>Save the customer first, then add its contacts.</source>
        <translation>请先保存客户档案，再添加联系人。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="41"/>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="43"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="45"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="79"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="80"/>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>要从此客户的联系人中删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/contacts_panel.py" line="114"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="31"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="32"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="33"/>
        <source>Stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="34"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="35"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="36"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="37"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="38"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="43"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="44"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/customer_filter_bar.py" line="48"/>
        <source>Not contacted for</source>
        <translation>未联系超过</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="96"/>
        <source>Details</source>
        <translation>详细资料</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="98"/>
        <source>Timeline</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="102"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="104"/>
        <source>Sales</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="107"/>
        <source>Opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="110"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="113"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="118"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="126"/>
        <source>New &amp;complaint…</source>
        <translation>新建投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="202"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="203"/>
        <source>The code is given when the file is saved.</source>
        <translation>保存档案时自动生成客户编号。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="206"/>
        <source>Code: %1</source>
        <translation>客户编号：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="237"/>
        <source>%1 (read only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="314"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="330"/>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="379"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="284"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="285"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="286"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="291"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="293"/>
        <source>These files may be the same customer:

%1

Create a new file anyway? Choose No to open the existing file instead.</source>
        <translation>以下档案可能是同一客户：

%1

仍要新建档案吗？选择“否”则打开已有档案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="46"/>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="363"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="425"/>
        <source>this customer</source>
        <translation>此客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="428"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_form.py" line="429"/>
        <source>Save the changes to %1 before closing?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="47"/>
        <source>How to reach</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="48"/>
        <source>Qualification (MAN)</source>
        <translation>客户资格（MAN 法则）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="49"/>
        <source>Person</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="50"/>
        <source>Organisation</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="54"/>
        <source>Money: can afford it</source>
        <translation>购买力（Money）：有能力购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="55"/>
        <source>Authority: decides on buying</source>
        <translation>决定权（Authority）：能决定购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="56"/>
        <source>Need: has a use for it</source>
        <translation>需求（Need）：有实际需要</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="83"/>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="86"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="92"/>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="98"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="102"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="105"/>
        <source>Tier (set by hand)</source>
        <translation>客户等级（手动指定）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="111"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="115"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="116"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="117"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="118"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="119"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="120"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="121"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="122"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="123"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="129"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="133"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="134"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="137"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="141"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="143"/>
        <source>Children and birthdays</source>
        <translation>子女及生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="145"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="146"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="147"/>
        <source>Income band</source>
        <translation>收入水平</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="148"/>
        <source>Blood type</source>
        <translation>血型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="149"/>
        <source>Temperament</source>
        <translation>性格气质</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="152"/>
        <source>Buying motives</source>
        <translation>购买动机</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="156"/>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="158"/>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="160"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="162"/>
        <source>Employees</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="164"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="167"/>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="172"/>
        <source>Sales ability</source>
        <translation>销售能力</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="174"/>
        <source>Performance</source>
        <translation>经营业绩</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="175"/>
        <source>Potential</source>
        <translation>发展潜力</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="176"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="178"/>
        <source>Trading terms</source>
        <translation>交易条件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="182"/>
        <source>Closeness of relationship (1–5)</source>
        <translation>关系密切程度（1–5）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="188"/>
        <source>Willingness to cooperate (1–5)</source>
        <translation>合作意愿（1–5）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="204"/>
        <source>Merged with</source>
        <translation>合并了</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="205"/>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="207"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/customer_fields.py" line="208"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="43"/>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="45"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="46"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="49"/>
        <source>Lifecycle stage</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="52"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="53"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="54"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="55"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="56"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="57"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="60"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="99"/>
        <source>Search name, pinyin (zs / zhangsan), code, phone or e-mail</source>
        <translation>搜索名称、拼音（zs / zhangsan）、编号、电话或邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="105"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="108"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="114"/>
        <source>Move to the &amp;bin</source>
        <translation>移到回收站(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="120"/>
        <source>&amp;Edit selected…</source>
        <translation>批量编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="123"/>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="126"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="130"/>
        <source>Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="133"/>
        <source>Show the customers moved to the bin</source>
        <translation>显示已移到回收站的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="138"/>
        <source>Delete for good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="170"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="188"/>
        <source>Showing the %1 customers of “%2” from Analytics.</source>
        <translation>正在显示客户分析中“%2”的 %1 个客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="248"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="251"/>
        <source>Customers: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="251"/>
        <source>In the bin: %1</source>
        <translation>回收站：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="256"/>
        <source>The bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="260"/>
        <source>No customer files yet. Press Ctrl+N to make one, or bring in a spreadsheet with File ▸ Import (Ctrl+I) or by dropping it on this window.</source>
        <translation>还没有客户档案。按 Ctrl+N 新建一个，或用“文件 ▸ 导入”（Ctrl+I）导入表格，也可以把表格文件拖到本窗口。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="299"/>
        <source>Edit %n customer(s)</source>
        <translation>
            <numerusform>编辑 %n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="314"/>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="317"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="362"/>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/customers_page.py" line="364"/>
        <source>Delete %1 customer files for good, with their contacts, activities, sales and complaints? Their personal data is erased from the change history too. This cannot be undone.</source>
        <translation>永久删除 %1 份客户档案及其联系人、联系记录、销售和投诉吗？其个人信息也会从修改记录中清除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <location filename="../../crmdesk/ui/demo_commands.py" line="50"/>
        <location filename="../../crmdesk/ui/demo_commands.py" line="77"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/demo_commands.py" line="52"/>
        <source>Add %1 demo customers with contacts, several years of activities and sales, to try crmdesk out? Your own lists can be imported later.</source>
        <translation>要添加 %1 个演示客户（含联系人、几年的跟踪记录和销售记录）来试用 crmdesk 吗？您自己的客户名单可以稍后导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/demo_commands.py" line="73"/>
        <source>Adding demo data…</source>
        <translation>正在添加演示数据…</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="16"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="24"/>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="26"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="25"/>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="29"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="33"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="11"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="12"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="13"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/duplicate_pairs_model.py" line="14"/>
        <source>similar name</source>
        <translation>名称相近</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/duplicates_dialog.py" line="41"/>
        <source>Possible duplicates</source>
        <translation>疑似重复客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/duplicates_dialog.py" line="48"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/duplicates_dialog.py" line="50"/>
        <source>Open both</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/duplicates_dialog.py" line="68"/>
        <source>Pairs of files that may be the same customer: %1</source>
        <translation>可能是同一客户的档案：%1 对</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/duplicates_dialog.py" line="72"/>
        <source>No likely duplicates left.</source>
        <translation>没有剩余的疑似重复客户。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="27"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/filter_bar.py" line="28"/>
        <source>Remove every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="258"/>
        <source>After the fix, ask how satisfied the customer is now; note the lessons.</source>
        <translation>问题解决后回访客户，了解现在的满意程度，并记录经验教训。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="260"/>
        <source>The fix is done</source>
        <translation>问题已处理完毕</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="263"/>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="265"/>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="267"/>
        <source>Findings and learnings</source>
        <translation>发现与改进</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="276"/>
        <source>Follow up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="277"/>
        <source>Satisfaction now</source>
        <translation>处理后满意度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="278"/>
        <source>Findings</source>
        <translation>经验教训</translation>
    </message>
</context>
<context>
    <name>FollowUpReminders</name>
    <message>
        <location filename="../../crmdesk/ui/reminders.py" line="40"/>
        <source>Follow-up due: %1</source>
        <translation>回访到期：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reminders.py" line="41"/>
        <source>%1 · due %2 · %3</source>
        <translation>%1 · %2 到期 · %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/reminders.py" line="49"/>
        <source>Follow-ups due</source>
        <translation>回访到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/reminders.py" line="50"/>
        <source>%n more follow-up(s) are due; see the workbench.</source>
        <translation>
            <numerusform>另有 %n 个回访到期，请查看工作台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="9"/>
        <source>Getting Started</source>
        <translation>入门指南</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="24"/>
        <source>1. Bring your customers in</source>
        <translation>1. 导入客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="26"/>
        <source>File ▸ Import (Ctrl+I), or drop a spreadsheet on the window: the wizard finds the header row, matches the columns, and shows every row as new, update or error before anything is written. File ▸ Undo Last Import takes it back. Ctrl+N makes one customer file.</source>
        <translation>“文件 ▸ 导入”（Ctrl+I），或把表格拖到窗口上：向导会找到表头行、匹配各列，并在写入之前把每一行标为新增、更新或错误。“文件 ▸ 撤销上次导入”可以整批撤回。Ctrl+N 新建一份客户档案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="33"/>
        <source>2. Every day: the workbench</source>
        <translation>2. 每天：工作台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="35"/>
        <source>The first page lists today&apos;s follow-ups, complaints close to their deadline, customers not contacted for too long and birthdays. Ctrl+L logs a call from anywhere: type part of a phone number or a name, then the note, then Ctrl+Enter.</source>
        <translation>第一页列出今天要跟进的客户、快到期的投诉、太久没有联系的客户和生日。在任何地方按 Ctrl+L 记录来电：输入电话号码或名称的一部分，再写记录，按 Ctrl+Enter 保存。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="42"/>
        <source>3. Complaints</source>
        <translation>3. 投诉处理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="44"/>
        <source>New complaint… on a customer file, or It is a complaint… in the call log, opens the four-step wizard: listen, record and judge, solution, follow-up. Deadlines turn amber, then red.</source>
        <translation>在客户档案中点“新建投诉…”，或在来电记录中点“这是投诉…”，打开四步向导：倾听、记录与判断、解决方案、跟踪回访。时限将到时变为橙色，超时变为红色。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="50"/>
        <source>4. Who matters, who is slipping away</source>
        <translation>4. 谁最重要，谁在流失</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="52"/>
        <source>The Analytics page ranks customers into the pyramid and ABC classes, scores RFM, forecasts lifetime value and lists the customers at risk of leaving, with the reasons. Click a band, cell or quadrant to list exactly those customers.</source>
        <translation>“客户分析”页把客户分入金字塔层级和 ABC 类，计算 RFM 评分，预测客户终身价值，并列出有流失风险的客户及原因。点击某一层、某个格子或象限，即可列出正是这些客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="59"/>
        <source>5. Excel out</source>
        <translation>5. 导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="61"/>
        <source>File ▸ Export List (Ctrl+E) writes the list as shown, with its search, filters, columns and order. Edit it and import it again in update mode: only the edited cells change.</source>
        <translation>“文件 ▸ 导出列表”（Ctrl+E）按当前显示导出列表，包括搜索、筛选、列和排序。修改后以更新方式再导入：只有改过的单元格会变化。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="67"/>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="69"/>
        <source>New customer file</source>
        <translation>新建客户档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="70"/>
        <source>Log a call</source>
        <translation>快速来电记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="71"/>
        <source>Search the list</source>
        <translation>搜索列表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="72"/>
        <source>Import / export</source>
        <translation>导入 / 导出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="73"/>
        <source>Undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="74"/>
        <source>Save / close a form</source>
        <translation>保存 / 关闭表单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/guide_dialog.py" line="75"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="30"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="32"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="36"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="39"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="40"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="14"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="15"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="16"/>
        <source>moved to the bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="17"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="18"/>
        <source>deleted for good</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="19"/>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/history_model.py" line="20"/>
        <source>merge undone</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/history_panel.py" line="29"/>
        <source>No change recorded yet. Each save of this file is listed here, with the values before and after.</source>
        <translation>尚无修改记录。本档案每次保存后都会列在这里，并注明修改前后的值。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/history_panel.py" line="33"/>
        <source>Restore this value</source>
        <translation>恢复此值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/history_panel.py" line="36"/>
        <source>Put the value from before the selected change back into the form; save to keep it.</source>
        <translation>把所选修改之前的值放回表单；保存后生效。</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="41"/>
        <source>Imported: %1 added, %2 updated. Undo it with File ▸ Undo Last Import.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条。可通过“文件 ▸ 撤销上次导入”撤销。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="54"/>
        <location filename="../../crmdesk/ui/import_commands.py" line="69"/>
        <source>Undo Last Import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="54"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="59"/>
        <source>Undo the import of %1 made by %2 at %3? %4 rows it added are removed and %5 rows it changed get their old values back.</source>
        <translation>撤销 %2 于 %3 导入的 %1？它新增的 %4 条记录将被删除，它修改的 %5 条记录将恢复原值。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="77"/>
        <source>The last import was undone.</source>
        <translation>已撤销上次导入。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/import_commands.py" line="79"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="45"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="48"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="49"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="50"/>
        <source>Activities</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="51"/>
        <source>Sales</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="52"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="53"/>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="54"/>
        <source>Sales opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="57"/>
        <source>Add new rows and update matching ones</source>
        <translation>新增并更新已有记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="58"/>
        <source>Only add new rows</source>
        <translation>只新增</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="59"/>
        <source>Only update matching rows</source>
        <translation>只更新已有记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="62"/>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="63"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="64"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="65"/>
        <source>Exact name</source>
        <translation>完全相同的名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="13"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="14"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="15"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="16"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="19"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="20"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="21"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="36"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="38"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/import_preview_model.py" line="41"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="75"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="85"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="154"/>
        <source>Record the key points and judge whether it stands.</source>
        <translation>记录要点，判定投诉是否成立。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="156"/>
        <source>It stands</source>
        <translation>成立</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="156"/>
        <source>It does not stand</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="158"/>
        <source>Why it does or does not stand</source>
        <translation>成立或不成立的理由</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="162"/>
        <source>What the customer is told; the complaint is then closed</source>
        <translation>向客户所作的解释；随后投诉即关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="164"/>
        <source>Escalated to a manager</source>
        <translation>已上报主管</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="173"/>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="174"/>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="175"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="176"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="177"/>
        <source>Explanation to the customer</source>
        <translation>对客户的解释</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="44"/>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="45"/>
        <source>Organisation</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="46"/>
        <source>Non-customer</source>
        <translation>非客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="47"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="48"/>
        <source>Target</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="49"/>
        <source>First-time buyer</source>
        <translation>初次购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="50"/>
        <source>Repeat buyer</source>
        <translation>重复购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="51"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="52"/>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="53"/>
        <source>Acquisition</source>
        <translation>考察期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="54"/>
        <source>Growth</source>
        <translation>形成期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="55"/>
        <source>Maturity</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="56"/>
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="57"/>
        <source>Termination</source>
        <translation>终止期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="58"/>
        <source>Old customer records</source>
        <translation>老客户资料</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="59"/>
        <source>Referral</source>
        <translation>连锁介绍</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="60"/>
        <source>Opinion leader</source>
        <translation>光辉效应</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="61"/>
        <source>Meeting or fair</source>
        <translation>会议/展会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="62"/>
        <source>Search engine</source>
        <translation>搜索引擎</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="63"/>
        <source>Online directory</source>
        <translation>网络黄页</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="64"/>
        <source>Web inquiry</source>
        <translation>网上咨询</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="65"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="66"/>
        <location filename="../../crmdesk/ui/labels.py" line="196"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="67"/>
        <source>VIP</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="68"/>
        <source>Major</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="69"/>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="70"/>
        <source>Small</source>
        <translation>小客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="71"/>
        <source>AAA</source>
        <translation>AAA</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="72"/>
        <source>AA</source>
        <translation>AA</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="73"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="74"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="75"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="76"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="77"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="78"/>
        <source>Other gender</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="79"/>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="80"/>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="81"/>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="82"/>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="83"/>
        <source>Decision maker</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="84"/>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="85"/>
        <source>Purchaser</source>
        <translation>采购</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="86"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="87"/>
        <source>Other role</source>
        <translation>其他角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="88"/>
        <source>Face to face</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="89"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="90"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="91"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="92"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="93"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="94"/>
        <source>SMS / chat</source>
        <translation>短信/即时通讯</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="95"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="96"/>
        <source>Inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="97"/>
        <source>Outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="98"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="99"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="100"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="101"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="102"/>
        <source>New</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="103"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="104"/>
        <source>Rejected (does not stand)</source>
        <translation>不成立（已驳回）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="105"/>
        <source>Awaiting customer</source>
        <translation>等待客户答复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="106"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="107"/>
        <source>Resolved, awaiting follow-up</source>
        <translation>已解决，待回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="108"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="109"/>
        <source>Duplicate</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="110"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="114"/>
        <source>Product quality (ours)</source>
        <translation>产品质量（我方）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="115"/>
        <source>Service quality (ours)</source>
        <translation>服务质量（我方）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="116"/>
        <source>Staff (ours)</source>
        <translation>员工（我方）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="117"/>
        <source>Environment (ours)</source>
        <translation>环境（我方）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="118"/>
        <source>Misuse (customer)</source>
        <translation>使用不当（客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="121"/>
        <source>Expectations too high (customer)</source>
        <translation>期望过高（客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="123"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="124"/>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="125"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="126"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="127"/>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="128"/>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="129"/>
        <source>Marked lost</source>
        <translation>标记流失</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="130"/>
        <source>Won back</source>
        <translation>已挽回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="131"/>
        <source>Went to a competitor</source>
        <translation>转向竞争对手</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="132"/>
        <source>Better value elsewhere</source>
        <translation>别处性价比更高</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="133"/>
        <source>Dissatisfied with us</source>
        <translation>对我们不满意</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="134"/>
        <source>Credit failure</source>
        <translation>信用问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="135"/>
        <source>Moved away</source>
        <translation>迁走</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="136"/>
        <source>Closed down</source>
        <translation>停业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="137"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="138"/>
        <source>Open complaint</source>
        <translation>投诉未解决</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="139"/>
        <source>Complaint badly handled</source>
        <translation>投诉处理不佳</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="140"/>
        <source>Satisfaction falling</source>
        <translation>满意度下降</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="143"/>
        <source>Buys out of habit, and less or late</source>
        <translation>惯性购买,且买得少或迟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="145"/>
        <source>Probably no longer buying</source>
        <translation>很可能已不再购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="146"/>
        <source>Purchase long overdue</source>
        <translation>购买间隔远超平常</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="147"/>
        <source>Spending less</source>
        <translation>消费减少</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="148"/>
        <source>No contact for long</source>
        <translation>长期未联系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="149"/>
        <source>Resolve the open complaint</source>
        <translation>先解决未结投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="150"/>
        <source>Apologise and make it good</source>
        <translation>致歉并补救</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="151"/>
        <source>Ask what disappointed them</source>
        <translation>了解哪里令其失望</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="152"/>
        <source>Give them a reason to stay</source>
        <translation>给客户留下的理由</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="153"/>
        <source>Call with a win-back offer</source>
        <translation>致电并提供挽回优惠</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="154"/>
        <source>Visit: why are they buying less?</source>
        <translation>拜访了解购买减少的原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="155"/>
        <source>Get back in touch</source>
        <translation>重新联系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="156"/>
        <source>Most valuable</source>
        <translation>贵宾型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="157"/>
        <source>Most growable</source>
        <translation>改进型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="158"/>
        <source>Maintain</source>
        <translation>保护型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="159"/>
        <source>Let go</source>
        <translation>放弃型</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="160"/>
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="161"/>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="162"/>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="163"/>
        <source>paused, awaiting the customer</source>
        <translation>暂停（等待客户）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="164"/>
        <source>met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="165"/>
        <source>failed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="166"/>
        <source>not counted</source>
        <translation>不计</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="167"/>
        <source>Core product</source>
        <translation>核心产品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="168"/>
        <source>Service support</source>
        <translation>服务支持</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="169"/>
        <source>Relationship</source>
        <translation>情感关系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="170"/>
        <source>Customer file</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="172"/>
        <source>After a complaint</source>
        <translation>投诉之后</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="173"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="174"/>
        <source>No loyalty</source>
        <translation>无忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="175"/>
        <source>Latent loyalty</source>
        <translation>潜在忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="176"/>
        <source>Inertial loyalty</source>
        <translation>惯性忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="177"/>
        <source>True loyalty</source>
        <translation>真正忠诚</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="178"/>
        <source>delighted</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="179"/>
        <source>expectation met</source>
        <translation>符合期望</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="180"/>
        <source>disappointed</source>
        <translation>未达期望</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="181"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="182"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="183"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="184"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="190"/>
        <source>Product quality</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="191"/>
        <source>Late delivery</source>
        <translation>延迟交货</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="192"/>
        <source>Wrong specification</source>
        <translation>规格不符</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="193"/>
        <source>Packaging</source>
        <translation>包装问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="194"/>
        <source>Service attitude or level</source>
        <translation>服务态度/水平</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="195"/>
        <source>Billing</source>
        <translation>账单问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="250"/>
        <source>Listen</source>
        <translation>倾听</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="251"/>
        <source>Record and judge</source>
        <translation>记录与判定</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="252"/>
        <source>Solution and compensation</source>
        <translation>解决方案与补偿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="171"/>
        <location filename="../../crmdesk/ui/labels.py" line="253"/>
        <source>Follow-up</source>
        <translation>跟踪回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="263"/>
        <source>Platinum</source>
        <translation>白金客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="264"/>
        <source>Gold</source>
        <translation>黄金客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="265"/>
        <source>Iron</source>
        <translation>铁质客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/labels.py" line="266"/>
        <source>Lead</source>
        <translation>铅质客户</translation>
    </message>
</context>
<context>
    <name>LifetimeTab</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="31"/>
        <source>Value quadrants: current against future value</source>
        <translation>客户价值矩阵：当前价值与未来价值</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="32"/>
        <source>Current value (past profit, present value)</source>
        <translation>当前价值（历史利润现值）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="33"/>
        <source>Future value (forecast over %n year(s))</source>
        <translation>
            <numerusform>未来价值（预测 %n 年）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="45"/>
        <source>%1 buyers · historical value %2 · future value %3.</source>
        <translation>%1 位购买客户 · 历史价值 %2 · 未来价值 %3。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="51"/>
        <source>No forecast yet: too few customers have bought twice.</source>
        <translation>暂无预测：重复购买的客户太少。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="53"/>
        <source>BG/NBD r %1, α %2, a %3, b %4 · Gamma-Gamma p %5, q %6, γ %7 (per %8).</source>
        <translation>BG/NBD r %1，α %2，a %3，b %4 · Gamma-Gamma p %5，q %6，γ %7（时间单位：%8）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="56"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="56"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="56"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/lifetime_tab.py" line="58"/>
        <source>Click a quadrant to list its customers.</source>
        <translation>点击象限可列出其中的客户。</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/list_page.py" line="165"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/list_page.py" line="180"/>
        <source>Export List</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/list_page.py" line="182"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/list_page.py" line="232"/>
        <source>Nothing matches. Clear the search or the filters to see everything.</source>
        <translation>没有符合条件的记录。清除搜索或筛选条件即可看到全部。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/list_page.py" line="233"/>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="59"/>
        <source>Take the complaint down in the customer&apos;s own words.</source>
        <translation>用客户自己的话记录投诉内容。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="73"/>
        <source>What the customer said (required)</source>
        <translation>客户的原话（必填）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="92"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="94"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="95"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="96"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="97"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="98"/>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>LoyaltyTab</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="32"/>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="33"/>
        <source>Buyers</source>
        <translation>购买客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="35"/>
        <source>Repeat-purchase rate</source>
        <translation>重复购买率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="40"/>
        <source>Retention rate</source>
        <translation>保持率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="45"/>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="48"/>
        <source>Relationship (months)</source>
        <translation>关系时长(月)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="53"/>
        <source>Complaints resolved to satisfaction</source>
        <translation>投诉满意解决率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="80"/>
        <source>Measures by:</source>
        <translation>指标细分:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="95"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="104"/>
        <source>Loyalty: attitude × behaviour</source>
        <translation>忠诚:态度 × 行为</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="105"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="106"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="107"/>
        <source>Repeat buying</source>
        <translation>重复购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="108"/>
        <source>Attitude (satisfaction, would recommend)</source>
        <translation>态度(满意度、愿意推荐)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="111"/>
        <source>Still buying, by month of first purchase</source>
        <translation>按首次购买月份的留存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="112"/>
        <source>Months since the first purchase</source>
        <translation>首次购买后的月数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="113"/>
        <source>No purchases yet</source>
        <translation>尚无购买</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="125"/>
        <source>%1 buyers not surveyed have no type yet · repeat-purchase rate %2 · retention %3 · churn %4. Click a type to list its customers.</source>
        <translation>%1 位购买客户尚未调查,暂无类型 · 重复购买率 %2 · 保持率 %3 · 流失率 %4。点击类型列出其客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/loyalty_tab.py" line="133"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="95"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="110"/>
        <source>Workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="125"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="131"/>
        <source>Activities</source>
        <translation>跟踪记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="137"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="143"/>
        <source>Pipeline</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="152"/>
        <source>Analytics</source>
        <translation>客户分析</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="200"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="226"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="232"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="235"/>
        <source>&amp;Export List…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="238"/>
        <source>&amp;Log a Call…</source>
        <translation>快速来电记录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="244"/>
        <source>U&amp;ndo Last Import…</source>
        <translation>撤销上次导入(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="250"/>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="253"/>
        <source>Load &amp;demo data…</source>
        <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="258"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="268"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="274"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="276"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="281"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="284"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="290"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="301"/>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="306"/>
        <source>&amp;About crmdesk</source>
        <translation>关于 crmdesk(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/main_window.py" line="315"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="350"/>
        <source>About crmdesk</source>
        <translation>关于 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="354"/>
        <source>crmdesk %1
Desktop customer-relationship manager.

Database: %2</source>
        <translation>crmdesk %1
桌面客户关系管理软件。

数据库：%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="394"/>
        <source>Logged: %1</source>
        <translation>已记录：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/main_window.py" line="419"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="193"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="195"/>
        <source>Columns were matched by their headers; change any that is wrong.</source>
        <translation>已按表头匹配各列；如有不对请修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="212"/>
        <source>Dates like 05/03/2024 are &amp;day/month/year</source>
        <translation>05/03/2024 这样的日期按“日/月/年”读取(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="213"/>
        <source>&amp;Create customers the file names but we lack</source>
        <translation>为文件中不存在的客户新建档案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="214"/>
        <source>&amp;Load mapping…</source>
        <translation>载入映射(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="216"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>保存映射(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="219"/>
        <source>Header &amp;row:</source>
        <translation>表头所在行(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="226"/>
        <source>&amp;Mode:</source>
        <translation>导入方式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="227"/>
        <source>Match &amp;on:</source>
        <translation>匹配依据(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="264"/>
        <source>Load mapping</source>
        <translation>载入映射</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="264"/>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="278"/>
        <source>Mappings (*.json)</source>
        <translation>映射模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="278"/>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="293"/>
        <source>Match at least one column to a field.</source>
        <translation>请至少为一列选择对应的字段。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="29"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="33"/>
        <source>Keep this file:</source>
        <translation>保留此档案：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="49"/>
        <source>Contacts, activities and sales of both files stay with the file kept, tags are joined, and the other file goes to the bin. Edit ▸ Undo takes the merge back.</source>
        <translation>两个档案的联系人、活动和交易都归入保留的档案，标签合并，另一个档案移入回收站。可用“编辑 ▸ 撤销”取消合并。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="57"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="92"/>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="93"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="104"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/merge_dialog.py" line="113"/>
        <source>The other file adds no values to this one.</source>
        <translation>另一个档案没有可补充的内容。</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="93"/>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="103"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="104"/>
        <source>&amp;Name shown:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="105"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="108"/>
        <source>Without a password the user owns customers but cannot sign in. An administrator with a password turns sign-in on for everyone.</source>
        <translation>没有密码的用户可以负责客户，但不能登录。为管理员设置密码后，所有人都需要登录。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="122"/>
        <source>Give the user a name to sign in with.</source>
        <translation>请填写用于登录的用户名。</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="42"/>
        <source>New opportunity…</source>
        <translation>新建机会…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="44"/>
        <source>Won…</source>
        <translation>赢单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="46"/>
        <source>Lost…</source>
        <translation>输单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="68"/>
        <source>Number</source>
        <translation>机会编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="69"/>
        <source>Opportunity</source>
        <translation>机会名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="70"/>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="77"/>
        <source>Probability</source>
        <translation>成功概率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="80"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="84"/>
        <source>Closed</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="88"/>
        <source>Lost reason / next step</source>
        <translation>输单原因 / 下一步</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="102"/>
        <source>Save the file to open opportunities.</source>
        <translation>保存档案后即可新建销售机会。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunities_panel.py" line="127"/>
        <source>⚠ A prospect not yet qualified: MAN lacks %1. Confirm Money, Authority and Need on the Details tab before investing in a deal.</source>
        <translation>⚠ 尚未合格的潜在客户:MAN 缺少 %1。请先在“资料”页确认购买力、决定权和需求,再投入跟单。</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="43"/>
        <source>Money</source>
        <translation>购买力</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="44"/>
        <source>Authority</source>
        <translation>决定权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="45"/>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="65"/>
        <source>Opportunity %1</source>
        <translation>销售机会 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="67"/>
        <source>New opportunity</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="75"/>
        <source>Customer code or part of the name</source>
        <translation>客户编号或名称的一部分</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="89"/>
        <source>the stage&apos;s</source>
        <translation>按阶段默认</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="100"/>
        <source>Find the customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="101"/>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="104"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="105"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="106"/>
        <source>Title</source>
        <translation>机会名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="107"/>
        <source>Product / description</source>
        <translation>产品/说明</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="108"/>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="109"/>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="110"/>
        <source>Win probability</source>
        <translation>成功概率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="111"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="112"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="113"/>
        <source>Source</source>
        <translation>机会来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="114"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="115"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="198"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="200"/>
        <source>Not a qualified prospect yet (MAN): no %1 confirmed on the file.</source>
        <translation>尚不是合格的潜在客户(MAN):档案中未确认%1。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/opportunity_dialog.py" line="239"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OpportunityFilterBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="38"/>
        <source>Open only</source>
        <translation>仅进行中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="41"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="42"/>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="43"/>
        <source>Expected to close in</source>
        <translation>预计成交月份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="44"/>
        <source>Customer tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/opportunity_filter_bar.py" line="45"/>
        <source>Leave out the won and the lost</source>
        <translation>不含赢单和输单</translation>
    </message>
</context>
<context>
    <name>OpportunityMoves</name>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="21"/>
        <source>Price too high</source>
        <translation>价格太高</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="22"/>
        <source>Went to a competitor</source>
        <translation>转向竞争对手</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="23"/>
        <source>Budget cancelled</source>
        <translation>预算取消</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="24"/>
        <source>Needs changed</source>
        <translation>需求变化</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="25"/>
        <source>No decision made</source>
        <translation>迟迟没有决策</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="37"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="38"/>
        <source>Why was it lost?</source>
        <translation>为什么输单?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="50"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="51"/>
        <source>Opportunity %1 is won. Record its sale of %2 on the customer&apos;s file now?</source>
        <translation>机会 %1 已赢单。现在就在客户档案中记录这笔 %2 的交易吗?</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/opportunity_moves.py" line="111"/>
        <source>Not moved to %1</source>
        <translation>未能移到“%1”</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="37"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="40"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="41"/>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="43"/>
        <source>At least %n characters.</source>
        <translation>至少 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="66"/>
        <source>A password needs at least %n characters.</source>
        <translation>密码至少需要 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/password_dialogs.py" line="73"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="82"/>
        <source>Move to the next stage</source>
        <translation>移到下一阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="83"/>
        <source>Move to the previous stage</source>
        <translation>移回上一阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="157"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="158"/>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="42"/>
        <source>Number</source>
        <translation>机会编号</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="43"/>
        <source>Opportunity</source>
        <translation>机会名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="46"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="51"/>
        <source>Stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="56"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="63"/>
        <source>Probability</source>
        <translation>成功概率</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="70"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="77"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="81"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="82"/>
        <source>Source</source>
        <translation>机会来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="85"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="110"/>
        <source>Search number, opportunity, product or customer</source>
        <translation>搜索编号、机会名称、产品或客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="125"/>
        <source>&amp;New opportunity…</source>
        <translation>新建机会(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="129"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="129"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="210"/>
        <source>Opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="213"/>
        <source>Opportunities: %1</source>
        <translation>销售机会:%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/pipeline_page.py" line="219"/>
        <source>No opportunities yet. Open one with New opportunity…, or from a customer file&apos;s Opportunities tab.</source>
        <translation>还没有销售机会。点“新建机会…”,或在客户档案的“销售机会”页新建。</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="28"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="29"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="33"/>
        <source>Win rate by:</source>
        <translation>赢单率按:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="47"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="55"/>
        <source>Open: %1 opportunities, %2 in all, %3 weighted by probability</source>
        <translation>进行中:%1 个机会,合计 %2,按概率加权 %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="64"/>
        <source>No deal won or lost yet</source>
        <translation>还没有赢单或输单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="65"/>
        <source>%1 · %2 won · %3 days</source>
        <translation>%1 · 赢 %2 · %3 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="66"/>
        <source>Won of those closed (%)</source>
        <translation>已结束中赢单比例(%)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="72"/>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="73"/>
        <source>No opportunities yet</source>
        <translation>还没有销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="74"/>
        <source>%1: %2 · %3</source>
        <translation>%1:%2 · %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="77"/>
        <source>Forecast by expected close month</source>
        <translation>按预计成交月份的预测</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="78"/>
        <source>No open opportunities</source>
        <translation>没有进行中的机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="79"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="80"/>
        <source>Weighted by probability</source>
        <translation>按概率加权</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="82"/>
        <source>Win rate and cycle by owner</source>
        <translation>各负责人的赢单率与周期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="83"/>
        <source>Win rate and cycle by source</source>
        <translation>各来源的赢单率与周期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="85"/>
        <source>Why deals were lost</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="86"/>
        <source>No deal lost</source>
        <translation>没有输单</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="87"/>
        <source>Opportunities</source>
        <translation>机会数</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_tab.py" line="93"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="303"/>
        <source>Check the rows</source>
        <translation>检查每一行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="307"/>
        <source>All rows</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="322"/>
        <source>&amp;Skip the rows with errors</source>
        <translation>跳过有错误的行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="324"/>
        <source>Save rows with &amp;errors…</source>
        <translation>保存错误行(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="328"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="343"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="359"/>
        <source>New: %1   Update: %2   Unchanged: %3   Errors: %4</source>
        <translation>新增：%1   更新：%2   无变化：%3   错误：%4</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="375"/>
        <source>Save rows with errors</source>
        <translation>保存错误行</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="422"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="435"/>
        <source>Cancelled: nothing written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/questionnaire_model.py" line="17"/>
        <source>Asked</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/questionnaire_model.py" line="18"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/questionnaire_model.py" line="19"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/questionnaire_model.py" line="20"/>
        <source>About</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="52"/>
        <source>Quick call log</source>
        <translation>快速来电记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="58"/>
        <source>Phone number or name</source>
        <translation>电话号码或名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="81"/>
        <source>New customer&apos;s name</source>
        <translation>新客户名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="82"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="95"/>
        <source>It is a &amp;complaint…</source>
        <translation>这是投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="99"/>
        <source>Take it down as a complaint of this customer, in the complaint wizard</source>
        <translation>在投诉向导中将其记录为该客户的投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="162"/>
        <source>New customer “%1”…</source>
        <translation>新建客户“%1”…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="179"/>
        <source>A new customer file will be opened.</source>
        <translation>将为其新建客户档案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="202"/>
        <source>Customer: %1 %2</source>
        <translation>客户：%1 %2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="213"/>
        <source>This completes the follow-up due %1 (“%2”)</source>
        <translation>本次联系完成 %1 到期的回访（“%2”）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="268"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/quick_log_dialog.py" line="268"/>
        <source>Type the new customer&apos;s name.</source>
        <translation>请输入新客户的名称。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="24"/>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="25"/>
        <source>While working</source>
        <translation>工作期间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="26"/>
        <source>Taken by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="28"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="29"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="30"/>
        <source>Damaged file set aside</source>
        <translation>另存的损坏文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="41"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="43"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="45"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="56"/>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="106"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="59"/>
        <source>Backups are taken on closing, every 30 minutes while you work, and before every import, restore and upgrade; each is checked when taken. Restoring puts the chosen one in place of the database; what is there now is backed up first, so a restore can be undone by restoring that.</source>
        <translation>关闭时、工作期间每 30 分钟，以及每次导入、恢复和升级之前都会自动备份，每份备份都经过检查。恢复会用所选备份替换当前数据库；替换前会先备份当前数据，因此恢复也可以再恢复回来。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="71"/>
        <source>No backups yet. The first is taken when crmdesk closes.</source>
        <translation>还没有备份。第一份备份会在 crmdesk 关闭时生成。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="73"/>
        <source>A server database is backed up on the server, not here.</source>
        <translation>服务器数据库由服务器负责备份，不在这里。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="75"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="79"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="108"/>
        <source>Put the backup taken %1 in place of the database? Everything changed since then is replaced (and kept in a backup of its own).</source>
        <translation>用 %1 的备份替换当前数据库吗？此后的所有修改都会被替换（并另存为一份备份）。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/restore_dialog.py" line="122"/>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="33"/>
        <source>Restored. What was there before is kept in %1</source>
        <translation>已恢复。恢复前的数据保存在 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="42"/>
        <source>This database is also open in another crmdesk; changes are shared.</source>
        <translation>此数据库也在另一个 crmdesk 中打开；双方的修改会共享。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="47"/>
        <source>inside the sync folder %1</source>
        <translation>位于同步文件夹 %1 中</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="49"/>
        <source>on a network share (%1)</source>
        <translation>位于网络共享上（%1）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="53"/>
        <source>Risky place for a database</source>
        <translation>数据库存放位置有风险</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="55"/>
        <source>The database %1 is %2. Sync programs and network shares can damage a database that is being written or bring back an old copy. Move it to a local folder (Settings ▸ Database), or use a server for a team.</source>
        <translation>数据库 %1 %2。同步软件和网络共享可能在写入时损坏数据库，或用旧副本覆盖新数据。请把它移到本机文件夹（设置 ▸ 数据库），团队使用请改用服务器。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="69"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="71"/>
        <source>The integrity check found problems: %1

Restore it from a backup now?</source>
        <translation>完整性检查发现问题：%1

现在从备份恢复吗？</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="91"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/safety_commands.py" line="98"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="12"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="13"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="15"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="19"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="21"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="25"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="50"/>
        <source>No sales yet.</source>
        <translation>尚无交易。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/sales_panel.py" line="53"/>
        <source>Sales: %1 · total %2 · last on %3</source>
        <translation>交易：%1 笔 · 合计 %2 · 最近一次 %3</translation>
    </message>
</context>
<context>
    <name>SatisfactionPanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="39"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="40"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="51"/>
        <source>Taken on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="53"/>
        <source>Overall c</source>
        <translation>总体 c</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="55"/>
        <source>Overall (1–5)</source>
        <translation>总体评分(1–5)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="59"/>
        <source>Would recommend</source>
        <translation>愿意推荐</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="60"/>
        <source>How</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="61"/>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="84"/>
        <source>New survey…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="86"/>
        <source>Delete survey…</source>
        <translation>删除调查…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="116"/>
        <source>Save the file to record surveys.</source>
        <translation>保存档案后即可记录调查。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="144"/>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="155"/>
        <source>Delete survey</source>
        <translation>删除调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="145"/>
        <source>Delete the survey of %1? This cannot be undone.</source>
        <translation>删除 %1 的调查?此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="171"/>
        <source>Loyalty: not known until the customer has been surveyed</source>
        <translation>忠诚度:客户接受调查后才能判断</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="173"/>
        <source>Loyalty: %1</source>
        <translation>忠诚度:%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="186"/>
        <source>Buying for %1 months · complaints resolved to satisfaction: %2</source>
        <translation>已购买 %1 个月 · 投诉满意解决率:%2</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="210"/>
        <source>Latest survey: expectation and perception</source>
        <translation>最近一次调查:期望与感知</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="211"/>
        <source>Expectation a</source>
        <translation>期望 a</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="212"/>
        <source>Perception b</source>
        <translation>感知 b</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="213"/>
        <source>No survey yet</source>
        <translation>尚无调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_panel.py" line="220"/>
        <source>Overall c = %1</source>
        <translation>总体 c = %1</translation>
    </message>
</context>
<context>
    <name>SatisfactionSettingsBox</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="45"/>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="60"/>
        <source>and would recommend us</source>
        <translation>且愿意推荐我们</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="66"/>
        <source>Ask VIP customers every (months):</source>
        <translation>VIP 客户调查间隔(月):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="67"/>
        <source>Loyal behaviour looks back (months):</source>
        <translation>忠诚行为回看期(月):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="68"/>
        <source>…and needs at least this many repeat purchases:</source>
        <translation>…且至少重复购买次数:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="69"/>
        <source>…at intervals varying by at most:</source>
        <translation>…购买间隔波动不超过:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_settings_box.py" line="70"/>
        <source>Loyal attitude: satisfaction c at least</source>
        <translation>忠诚态度:满意度 c 不低于</translation>
    </message>
</context>
<context>
    <name>SatisfactionTab</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="22"/>
        <source>All surveyed customers</source>
        <translation>全部已调查客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="29"/>
        <source>Customers:</source>
        <translation>客户:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="63"/>
        <source>No customer has a %1 yet.</source>
        <translation>还没有客户填写%1。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="67"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="77"/>
        <source>Expectation and perception by question</source>
        <translation>各问题的期望与感知</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="78"/>
        <source>Expectation a</source>
        <translation>期望 a</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="79"/>
        <source>Perception b</source>
        <translation>感知 b</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="80"/>
        <source>No survey yet</source>
        <translation>尚无调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="86"/>
        <source>No customer here has been surveyed yet.</source>
        <translation>这里的客户尚未接受调查。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/satisfaction_tab.py" line="89"/>
        <source>%1 customers surveyed (latest survey each) · overall c = Σb / Σa = %2</source>
        <translation>已调查 %1 位客户(各取最近一次)· 总体 c = Σb / Σa = %2</translation>
    </message>
</context>
<context>
    <name>SatisfactionWords</name>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="12"/>
        <source>%1 repeat purchase(s) in %2 months (at least %3)</source>
        <translation>%2 个月内重复购买 %1 次(至少 %3 次)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="15"/>
        <source>Time between purchases varies by %1 (at most %2)</source>
        <translation>购买间隔波动 %1(不超过 %2)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="18"/>
        <source>Satisfaction c = %1 in the latest survey (at least %2)</source>
        <translation>最近一次调查满意度 c = %1(不低于 %2)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="21"/>
        <source>Would recommend us: %1</source>
        <translation>愿意推荐我们:%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="25"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="26"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/satisfaction_words.py" line="27"/>
        <source>not asked</source>
        <translation>未询问</translation>
    </message>
</context>
<context>
    <name>SavedViewsBar</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="26"/>
        <source>Saved views: search, filters, columns and sort</source>
        <translation>已保存的视图：搜索、筛选、列和排序</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="30"/>
        <source>Save view as…</source>
        <translation>保存视图为…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="31"/>
        <source>Delete this view</source>
        <translation>删除此视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="33"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="45"/>
        <source>(no saved view)</source>
        <translation>（未选视图）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="60"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/saved_views_bar.py" line="60"/>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="50"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="53"/>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="60"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="61"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="62"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="70"/>
        <source>A database file, or a server address such as postgresql+psycopg://user@server/crm for a team. Empty: the default file.</source>
        <translation>数据库文件，或团队共用的服务器地址，例如 postgresql+psycopg://user@server/crm。留空则使用默认文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="81"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="84"/>
        <source>Language and database take effect the next time crmdesk starts.</source>
        <translation>语言和数据库的更改在下次启动 crmdesk 时生效。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="92"/>
        <source>{0000}: the number, as many digits as zeros; {yyyy} {yy} {mm} {dd}: the date the code is given (numbers restart when it changes); anything else is kept as typed. Example: KH{yyyy}{0000}</source>
        <translation>{0000}：流水号，位数与 0 的个数相同；{yyyy} {yy} {mm} {dd}：编号生成的日期（日期部分变化时流水号重新开始）；其他字符原样保留。例如：KH{yyyy}{0000}</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="100"/>
        <source>Customer codes:</source>
        <translation>客户编号：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="102"/>
        <source>Follow up every:</source>
        <translation>回访间隔：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="104"/>
        <source>This database (for everyone who opens it)</source>
        <translation>此数据库（对所有使用者生效）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="115"/>
        <source>Codes, follow-ups, complaints</source>
        <translation>编号、回访、投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="116"/>
        <source>Satisfaction and loyalty</source>
        <translation>满意度与忠诚度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="117"/>
        <source>Pipeline stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="160"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="174"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="177"/>
        <source>The next follow-up is suggested this many days ahead, and a customer not contacted for longer is listed as quiet on the workbench.</source>
        <translation>下次回访默认安排在这么多天之后；超过这么多天未联系的客户会在工作台上列为久未联系。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="193"/>
        <source>Needs exactly one number field such as {0000}.</source>
        <translation>需要且只能有一个流水号字段，例如 {0000}。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="196"/>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="202"/>
        <source>Choose or create a database file</source>
        <translation>选择或新建数据库文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/settings_dialog.py" line="204"/>
        <source>crmdesk database (*.db);;All files (*)</source>
        <translation>crmdesk 数据库 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/share_dialog.py" line="28"/>
        <source>Share Customer</source>
        <translation>共享客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/share_dialog.py" line="56"/>
        <source>Who besides its owner may see and work on %1:</source>
        <translation>除负责人外，还有谁可以查看和处理 %1：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/share_dialog.py" line="86"/>
        <source>Not shared</source>
        <translation>未共享</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="32"/>
        <source>Sign in to crmdesk</source>
        <translation>登录 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="44"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="45"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="49"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="53"/>
        <source>This database asks everyone to sign in.</source>
        <translation>此数据库要求所有人登录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="75"/>
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>失败次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/sign_in_dialog.py" line="77"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>SolvePage</name>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="214"/>
        <source>Propose a workable solution and any compensation; note the answer.</source>
        <translation>提出可行的解决方案和补偿，并记录客户的答复。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="220"/>
        <source>The customer accepts</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="220"/>
        <source>The customer declines</source>
        <translation>客户不接受</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="230"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="232"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="233"/>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/wizards/complaint_pages.py" line="234"/>
        <source>Answer</source>
        <translation>客户答复</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="103"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="105"/>
        <source>.xlsx, .xls or .csv (UTF-8 or GB18030); title rows above the header are fine.</source>
        <translation>.xlsx、.xls 或 .csv（UTF-8 或 GB18030）；表头上方可以有标题行。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="111"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="120"/>
        <source>&amp;What to import:</source>
        <translation>导入内容(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="121"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="122"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="130"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="145"/>
        <source>Choose a file.</source>
        <translation>请选择文件。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="147"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/dialogs/import_wizard.py" line="179"/>
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>已读取 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="60"/>
        <source>Amount %1</source>
        <translation>金额 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="64"/>
        <source>Weighted %1</source>
        <translation>加权 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/pipeline_board.py" line="66"/>
        <source>showing %1 of them</source>
        <translation>显示其中 %1 个</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/stages_model.py" line="14"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/stages_model.py" line="15"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/stages_model.py" line="16"/>
        <source>Probability (%)</source>
        <translation>成功概率(%)</translation>
    </message>
</context>
<context>
    <name>StagesSettingsBox</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/stages_settings_box.py" line="18"/>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/stages_settings_box.py" line="20"/>
        <source>Remove stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/stages_settings_box.py" line="21"/>
        <source>Only a stage no opportunity is at can be removed</source>
        <translation>只有没有机会处于该阶段时才能删除</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/stages_settings_box.py" line="25"/>
        <source>…then Won (100%) and Lost (0%)</source>
        <translation>……最后是赢单(100%)和输单(0%)</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <location filename="../../crmdesk/app.py" line="64"/>
        <source>%1

Restore the newest backup, taken %2? The damaged file is kept aside.</source>
        <translation>%1

恢复 %2 的最新备份吗？损坏的文件会另外保存。</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="60"/>
        <source>Satisfaction survey: %1</source>
        <translation>满意度调查:%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="63"/>
        <source>Expectation a and perception b, 1 (low) to 5 (high)</source>
        <translation>期望 a 与感知 b,1(低)到 5(高)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="68"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="68"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="68"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="72"/>
        <source>In the customer&apos;s words</source>
        <translation>用客户自己的话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="78"/>
        <source>Taken on:</source>
        <translation>调查日期:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="79"/>
        <source>Overall c = Σb / Σa:</source>
        <translation>总体 c = Σb / Σa:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="80"/>
        <source>Overall satisfaction (1–5):</source>
        <translation>总体满意度(1–5):</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="81"/>
        <source>Would recommend us:</source>
        <translation>愿意推荐我们:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="82"/>
        <source>Comments:</source>
        <translation>意见:</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="98"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="167"/>
        <source>%1: give both a and b, from 1 to 5</source>
        <translation>%1:请同时填写 a 和 b(1 到 5)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="172"/>
        <source>Answer at least one question.</source>
        <translation>请至少回答一个问题。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/survey_dialog.py" line="174"/>
        <source>The survey cannot be taken on a day still to come.</source>
        <translation>调查日期不能晚于今天。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="136"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="141"/>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="150"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="152"/>
        <source>Open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="155"/>
        <source>Follow-up %1 (%2)</source>
        <translation>回访 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="162"/>
        <source>Sale</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="180"/>
        <source>Took in %1</source>
        <translation>并入了 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="182"/>
        <source>Merged into %1</source>
        <translation>已并入 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="187"/>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="196"/>
        <source>Complaint %1: %2 saved</source>
        <translation>投诉 %1：已保存“%2”</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="200"/>
        <source>Complaint %1: %2 → %3</source>
        <translation>投诉 %1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/models/timeline_model.py" line="207"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="43"/>
        <source>Nothing on the timeline yet. Add an activity below, or log a call (Ctrl+L).</source>
        <translation>跟踪记录里还没有内容。在下方添加联系记录，或按 Ctrl+L 记录来电。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="55"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="57"/>
        <source>Activities</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="58"/>
        <source>Sales</source>
        <translation>交易</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="59"/>
        <source>Status and tier changes</source>
        <translation>状态与等级变化</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="60"/>
        <source>Merges</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="61"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="62"/>
        <source>Lost and won back</source>
        <translation>流失与挽回</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="72"/>
        <source>Save the customer first, then log what happens with it.</source>
        <translation>请先保存客户，再记录与其往来。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="76"/>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="149"/>
        <source>Log activity</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="80"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="82"/>
        <source>Edit selected</source>
        <translation>编辑所选</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="84"/>
        <source>Delete selected…</source>
        <translation>删除所选…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="148"/>
        <source>New activity</source>
        <translation>新联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="166"/>
        <source>Edit activity</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="167"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="185"/>
        <source>Delete activity</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/widgets/timeline_panel.py" line="186"/>
        <source>Delete the activity “%1”? This cannot be undone.</source>
        <translation>删除联系记录“%1”？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../crmdesk/ui/undo.py" line="74"/>
        <source>New customer %1</source>
        <translation>新建客户 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/undo.py" line="106"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="29"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="29"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="37"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="39"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="41"/>
        <source>Can sign in</source>
        <translation>可登录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="43"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="51"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="54"/>
        <source>Administrators manage users, settings and backups; managers see every customer, export and analyse; sales staff see their own customers and those shared with them; read-only users look without changing anything.</source>
        <translation>管理员管理用户、设置和备份；经理可查看所有客户、导出和分析；销售人员只能看到自己负责的客户和共享给他们的客户；只读用户只能查看，不能修改。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="68"/>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="70"/>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="72"/>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="110"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="76"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="110"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="130"/>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/users_dialog.py" line="160"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="14"/>
        <source>Welcome to crmdesk</source>
        <translation>欢迎使用 crmdesk</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="17"/>
        <source>The database is empty. Bring in your customer list from Excel, or try crmdesk out on demo data first.</source>
        <translation>数据库是空的。可以从 Excel 导入您的客户名单，也可以先用演示数据试一试。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="27"/>
        <source>Try it with demo data</source>
        <translation>用演示数据试一试</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="29"/>
        <source>%1 made-up customers with contacts, several years of activities, sales and complaints.</source>
        <translation>%1 个虚构客户，含联系人以及几年的联系记录、销售和投诉。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="36"/>
        <source>Import my customer list…</source>
        <translation>导入我的客户名单…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="37"/>
        <source>From an .xlsx, .xls or .csv file; the columns are matched for you.</source>
        <translation>支持 .xlsx、.xls 或 .csv 文件，各列会自动匹配。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="42"/>
        <source>Start with an empty database</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="43"/>
        <source>Make customer files one by one with Ctrl+N.</source>
        <translation>用 Ctrl+N 逐个新建客户档案。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/dialogs/welcome_dialog.py" line="61"/>
        <source>Read the getting-started guide</source>
        <translation>阅读入门指南</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="43"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="44"/>
        <source>%n day(s) overdue</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="54"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="86"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="57"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="89"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="102"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="124"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="129"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="145"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="154"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="239"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="58"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="59"/>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="61"/>
        <source>Assigned to</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="103"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="125"/>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="105"/>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="135"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="130"/>
        <source>Status</source>
        <translation>客户状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="88"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="90"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="91"/>
        <source>Handling</source>
        <translation>处理状态</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="109"/>
        <source>Never surveyed</source>
        <translation>从未调查</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="111"/>
        <source>Complaint closed %1</source>
        <translation>投诉已于 %1 关闭</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="112"/>
        <source>Last surveyed %1</source>
        <translation>上次调查 %1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="126"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="132"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="141"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="144"/>
        <source>Opportunity</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="147"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="152"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="155"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="156"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="179"/>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="180"/>
        <source>Everyone&apos;s</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="182"/>
        <source>Log a call…</source>
        <translation>快速来电记录…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="234"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="237"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="258"/>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="260"/>
        <source>Log the follow-up call or visit; the follow-up is then done</source>
        <translation>记录这次回访的电话或拜访，回访随即完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="264"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="266"/>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="270"/>
        <source>Reassign</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="273"/>
        <source>Survey…</source>
        <translation>满意度调查…</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="275"/>
        <source>Take down how satisfied the customer is, asked on this call</source>
        <translation>记录本次回访中客户的满意度</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="299"/>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="310"/>
        <source>Complaints with a deadline within a day: %1</source>
        <translation>一天内到期的投诉：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="313"/>
        <source>Follow-ups due today and overdue: %1</source>
        <translation>今日到期及逾期回访：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="315"/>
        <source>Not contacted for longer than their tier allows: %1</source>
        <translation>超过等级联系周期未联系的客户：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="319"/>
        <source>Prospects with 12 or more contacts and no purchase — pause?: %1</source>
        <translation>联系 12 次以上仍未购买的潜在客户（建议暂停）：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="322"/>
        <source>Birthdays in the next 7 days: %1</source>
        <translation>未来 7 天生日：%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="324"/>
        <source>Ask how satisfied they are (after a complaint, VIPs): %1</source>
        <translation>待做满意度调查(投诉之后、VIP):%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="328"/>
        <source>Opportunities past their expected close: %1</source>
        <translation>已过预计成交日期的机会:%1</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="331"/>
        <source>Recent activities</source>
        <translation>最近联系记录</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="345"/>
        <source>Nothing due. A follow-up is set with the next contact date when a call or visit is logged (Ctrl+L).</source>
        <translation>没有到期的跟进。记录来电或拜访（Ctrl+L）时填写下次联系日期，即可安排跟进。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="348"/>
        <source>No complaint deadline within a day.</source>
        <translation>一天内没有到期的投诉。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="349"/>
        <source>Every customer has been contacted within their tier&apos;s interval.</source>
        <translation>所有客户都在其等级要求的间隔内联系过。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="350"/>
        <source>No prospect without a purchase after 12 contacts.</source>
        <translation>没有联系 12 次以上仍未购买的潜在客户。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="351"/>
        <source>No birthdays in the next 7 days.</source>
        <translation>未来 7 天没有生日。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="353"/>
        <source>No survey due. One is asked for after a complaint is closed, and of VIP customers every few months (Settings).</source>
        <translation>暂无待做调查。投诉关闭后,以及 VIP 客户每隔几个月(见设置),都会提示调查。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="356"/>
        <source>No open opportunity is past its expected close.</source>
        <translation>没有超过预计成交日期的进行中机会。</translation>
    </message>
    <message>
        <location filename="../../crmdesk/ui/pages/workbench_page.py" line="357"/>
        <source>No activities yet.</source>
        <translation>还没有联系记录。</translation>
    </message>
</context>
</TS>
