<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgencySettingsDialog</name>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="38"/>
        <source>Same as the window</source>
        <translation>与界面语言一致</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="90"/>
        <source>Agency settings saved.</source>
        <translation>机构设置已保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="107"/>
        <source>Choose the agency&apos;s logo</source>
        <translation>选择机构 Logo</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="107"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="125"/>
        <source>No logo</source>
        <translation>无 Logo</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="125"/>
        <source>Not an image</source>
        <translation>不是图片文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/agency_settings_dialog.py" line="132"/>
        <source>Brand colour</source>
        <translation>品牌色</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="6"/>
        <source>Agency settings</source>
        <translation>机构设置</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="8"/>
        <source>Printed on every recommendation report: the header carries the logo, the agency and the consultant; the footer the contact line. Set once, kept in your database.</source>
        <translation>每份推荐报告都会印上这些信息：页眉是 Logo、机构名称和顾问姓名，页脚是联系方式。设置一次即可，保存在您的数据库中。</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="11"/>
        <source>&amp;Agency name</source>
        <translation>机构名称(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="13"/>
        <source>&amp;Consultant</source>
        <translation>顾问(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="14"/>
        <source>Your name as clients know it</source>
        <translation>客户所熟悉的您的姓名</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="15"/>
        <source>Contact &amp;line</source>
        <translation>联系方式(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="16"/>
        <source>+86 21 5555 0000 · hello@agency.cn · agency.cn</source>
        <translation>+86 21 5555 0000 · hello@agency.cn · agency.cn</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="17"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="21"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="21"/>
        <source>A PNG or JPEG image, up to 5 MB</source>
        <translation>PNG 或 JPEG 图片，不超过 5 MB</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="22"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="26"/>
        <source>Brand c&amp;olour</source>
        <translation>品牌色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="29"/>
        <source>#1F3A5F</source>
        <translation>#1F3A5F</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="31"/>
        <source>Pick…</source>
        <translation>选取…</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="35"/>
        <source>Report &amp;language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="37"/>
        <source>Phone &amp;region</source>
        <translation>电话所属地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/agency_settings_dialog.ui" line="38"/>
        <source>The country numbers without a +country code belong to, e.g. CN, HK, SG</source>
        <translation>不带 +国家代码的电话号码所属的国家/地区，如 CN、HK、SG</translation>
    </message>
</context>
<context>
    <name>CandidateForm</name>
    <message>
        <location filename="../../hhdesk/ui/candidate_form.py" line="36"/>
        <source>(No resume file for this candidate.)</source>
        <translation>（该候选人没有简历文件。）</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="8"/>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="10"/>
        <source>&amp;E-mail</source>
        <translation>邮箱(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="12"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="14"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="16"/>
        <source>Current &amp;title</source>
        <translation>目前职位(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="18"/>
        <source>Current c&amp;ompany</source>
        <translation>目前公司(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="20"/>
        <source>&amp;Years of experience</source>
        <translation>工作年限(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="21"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="22"/>
        <source>&amp;Skills</source>
        <translation>技能(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="23"/>
        <source>Comma-separated, e.g. Python, Kubernetes, 财务分析</source>
        <translation>用逗号分隔，如 Python, Kubernetes, 财务分析</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="35"/>
        <source>&amp;Save profile</source>
        <translation>保存资料(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_form.ui" line="38"/>
        <source>Resume text</source>
        <translation>简历原文</translation>
    </message>
</context>
<context>
    <name>CandidateHistory</name>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="107"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="114"/>
        <location filename="../../hhdesk/ui/candidate_history.py" line="198"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="115"/>
        <source>never (from the resume / profile)</source>
        <translation>从未确认（来自简历/资料）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="137"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="137"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="139"/>
        <source>Current status</source>
        <translation>目前状态</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="140"/>
        <source>Reasons for changing</source>
        <translation>换工作原因</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="141"/>
        <source>Requirements for the next company</source>
        <translation>对下一家公司的要求</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="143"/>
        <source>Main skills</source>
        <translation>主要技能</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="144"/>
        <source>Current salary</source>
        <translation>目前薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="145"/>
        <source>Expected salary</source>
        <translation>期望薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="146"/>
        <source>Bottom line (private)</source>
        <translation>可接受底线（仅内部）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="147"/>
        <source>Willing to relocate</source>
        <translation>是否愿意异地</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="148"/>
        <source>Interview availability</source>
        <translation>可面试时间</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="154"/>
        <source>Serving notice (%1 days)</source>
        <translation>离职通知期中（%1 天）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="155"/>
        <source>Serving notice</source>
        <translation>离职通知期中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="157"/>
        <source>Not employed since %1</source>
        <translation>%1 起已离职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="158"/>
        <source>Not employed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="160"/>
        <source>Employed (%1 days notice)</source>
        <translation>在职（离职通知期 %1 天）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="161"/>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="163"/>
        <source>Available now</source>
        <translation>随时到岗</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="173"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="175"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="177"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="179"/>
        <source>in 1 day</source>
        <translation>1 天后</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="179"/>
        <source>in %1 days</source>
        <translation>%1 天后</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="181"/>
        <source>1 day ago</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="181"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="183"/>
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="183"/>
        <source>%1 months ago</source>
        <translation>%1 个月前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="184"/>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="184"/>
        <source>%1 years ago</source>
        <translation>%1 年前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="237"/>
        <source>Stage: %1 → %2</source>
        <translation>阶段：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="239"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="242"/>
        <source>call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="242"/>
        <source>follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="243"/>
        <source>interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="244"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="244"/>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="245"/>
        <source>Reminder: %1 (%2)</source>
        <translation>提醒：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="249"/>
        <source>Recommendation report</source>
        <translation>推荐报告</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="251"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="254"/>
        <source>Resume imported</source>
        <translation>已导入简历</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="254"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="254"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="255"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="263"/>
        <source>call back at %1</source>
        <translation>%1 回电</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="264"/>
        <source>Call not convenient — call back later</source>
        <translation>不方便通话 — 稍后回电</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="265"/>
        <source>Phone screen — %1</source>
        <translation>电话初筛 — %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="265"/>
        <source>Phone screen</source>
        <translation>电话初筛</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="280"/>
        <source>Intention</source>
        <translation>意向</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="286"/>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="289"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="290"/>
        <source>Asked about the location</source>
        <translation>问了工作地点</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="290"/>
        <source>Asked about the schedule</source>
        <translation>问了工作时间</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="291"/>
        <source>Asked about the salary</source>
        <translation>问了薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="291"/>
        <source>Asked about the benefits</source>
        <translation>问了福利</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="292"/>
        <source>Asked about something else</source>
        <translation>问了其他问题</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="298"/>
        <source>“%1” — answered: %2</source>
        <translation>“%1” — 已回答：%2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="300"/>
        <source>“%1” — not answered yet</source>
        <translation>“%1” — 尚未回答</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="302"/>
        <source>Answered: %1</source>
        <translation>已回答：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="305"/>
        <source>The candidate&apos;s questions</source>
        <translation>候选人的提问</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="312"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="315"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_history.py" line="316"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="9"/>
        <source>Key facts</source>
        <translation>关键信息</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="23"/>
        <source>Fact</source>
        <translation>信息项</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="24"/>
        <source>Current value</source>
        <translation>当前内容</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="25"/>
        <source>Last confirmed</source>
        <translation>最近确认</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="30"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="41"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="42"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="43"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../forms/candidate_history.ui" line="48"/>
        <source>No calls or events yet. Screen the candidate on the phone to start the history.</source>
        <translation>还没有通话或事件记录。给候选人做一次电话初筛，历史记录就从这里开始。</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="30"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="30"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="30"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="31"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidate_list_model.py" line="31"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="58"/>
        <source>Any city</source>
        <translation>不限城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="59"/>
        <source>Any stage</source>
        <translation>不限阶段</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="68"/>
        <source>&amp;Profile</source>
        <translation>资料(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="69"/>
        <source>P&amp;hone screen</source>
        <translation>电话初筛(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="71"/>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="121"/>
        <source>Unfinished call with %1 restored (started %2).</source>
        <translation>已恢复与 %1 未完成的通话（开始于 %2）。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="124"/>
        <source>%1 more unfinished calls are kept with their candidates.</source>
        <translation>另有 %1 个未完成的通话，保存在各自的候选人名下。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="179"/>
        <source>Review of imported resumes: %1 of %2. Check the fields against the highlighted resume text, correct them, then confirm.</source>
        <translation>核对导入的简历：第 %1 份，共 %2 份。对照简历中高亮的文字检查各字段，更正后确认。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="182"/>
        <source>Review of imported resumes: %1 of %2. %3: %4. Correct or complete the fields from it (or merge them), then confirm.</source>
        <translation>核对导入的简历：第 %1 份，共 %2 份。%3：%4。据此更正或补充各字段（或合并字段），然后确认。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="203"/>
        <source>Review finished.</source>
        <translation>核对完成。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="238"/>
        <source>Fields taken from the new resume; confirm to save them.</source>
        <translation>已采用新简历中的字段；确认后即保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="276"/>
        <source>Not in any position&apos;s pipeline yet: pick a position on the Match tab.</source>
        <translation>尚未进入任何职位的流程：请在“匹配”页选择一个职位。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="281"/>
        <source>Recommend %1</source>
        <translation>推荐 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="282"/>
        <source>For which position?</source>
        <translation>推荐哪个职位？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="320"/>
        <source>1 candidate</source>
        <translation>1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="320"/>
        <source>%1 candidates</source>
        <translation>%1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="412"/>
        <source>The call could not be saved as a draft.</source>
        <translation>通话未能保存为草稿。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="418"/>
        <source>Throw away everything typed for this call?</source>
        <translation>放弃本次通话中输入的所有内容？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="424"/>
        <source>Call discarded.</source>
        <translation>已放弃本次通话。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="435"/>
        <source>Profile saved.</source>
        <translation>资料已保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="445"/>
        <source>These key facts were not captured: %1.

Save and end the call anyway?</source>
        <translation>以下关键信息尚未记录：%1。

仍要保存并结束通话吗？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="446"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="456"/>
        <source>Call ended: a reminder to call back at %1 was set.</source>
        <translation>通话已结束：已设置 %1 回电提醒。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/candidates_page.py" line="458"/>
        <source>Phone screen saved.</source>
        <translation>电话初筛已保存。</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="12"/>
        <source>Search names, titles, companies, skills and resume text (Ctrl+F) — 销售, 张伟, pyth…</source>
        <translation>搜索姓名、职位、公司、技能和简历内容 (Ctrl+F) — 销售, 张伟, pyth…</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="15"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="16"/>
        <source>Has skills: Python, SQL</source>
        <translation>具备技能：Python, SQL</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="17"/>
        <source>any years</source>
        <translation>不限年限</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="17"/>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="17"/>
        <source> yrs</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="18"/>
        <source>Pipeline stage</source>
        <translation>流程阶段</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="31"/>
        <source>Drop resumes (PDF, DOCX, TXT, RTF) or a folder anywhere on the window to add candidates; drop on an open candidate to add a resume to that person.</source>
        <translation>将简历（PDF、DOCX、TXT、RTF）或文件夹拖放到窗口任意位置即可添加候选人；拖放到已打开的候选人上，则为此人添加一份简历。</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="37"/>
        <source>No candidate selected. Drop a resume on the window or pick someone from the list.</source>
        <translation>未选择候选人。请将简历拖放到窗口，或从列表中选择一位。</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="46"/>
        <source>&amp;Recommend…</source>
        <translation>推荐(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="46"/>
        <source>Preview and send a recommendation report for a position this candidate is considered for</source>
        <translation>为此候选人正在考虑的职位预览并发送推荐报告</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="47"/>
        <source>&amp;Match to open positions</source>
        <translation>匹配开放职位(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="47"/>
        <source>Rank the open positions for this candidate on the Match tab</source>
        <translation>在“匹配”页为此候选人排列开放职位</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="59"/>
        <source>&amp;Merge fields…</source>
        <translation>合并字段(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="59"/>
        <source>Compare the profile with the new resume and take the fields you choose</source>
        <translation>对比资料与新简历，采用您选择的字段</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="60"/>
        <source>Not the same person: separate</source>
        <translation>不是同一人：拆分</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="60"/>
        <source>Make this resume a new candidate of its own instead of a version of this person&apos;s resume</source>
        <translation>将这份简历建为一位新的候选人，而不是此人简历的新版本</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="61"/>
        <source>‹ Pre&amp;vious</source>
        <translation>‹ 上一份(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="62"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="63"/>
        <source>&amp;Confirm and next</source>
        <translation>确认并下一份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/candidates_page.ui" line="63"/>
        <source>Ctrl+Enter: save the profile as corrected and go to the next imported resume</source>
        <translation>Ctrl+Enter：保存更正后的资料，转到下一份导入的简历</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="93"/>
        <source>The company</source>
        <translation>该公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="93"/>
        <source>The position</source>
        <translation>该职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="120"/>
        <source>Unsaved edits undone.</source>
        <translation>已撤销未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="195"/>
        <source>on hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="195"/>
        <source>filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="195"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="197"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="229"/>
        <source>&amp;Positions of %1</source>
        <translation>%1 的职位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="230"/>
        <source>&amp;Positions (select a company)</source>
        <translation>职位（请先选择客户）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="278"/>
        <source>Company saved.</source>
        <translation>客户已保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="297"/>
        <source>Position saved.</source>
        <translation>职位已保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="322"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="323"/>
        <source>1 position</source>
        <translation>1 个职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="323"/>
        <source>%1 positions</source>
        <translation>%1 个职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="324"/>
        <source>1 contact</source>
        <translation>1 位联系人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="324"/>
        <source>%1 contacts</source>
        <translation>%1 位联系人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="326"/>
        <source>This also deletes %1. Phone screens stay on the candidates.</source>
        <translation>这将同时删除 %1。电话初筛记录仍保留在候选人名下。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="342"/>
        <source>Delete the position %1?</source>
        <translation>删除职位 %1？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="343"/>
        <source>This also deletes %1; its %2 stay on the candidates without a position.</source>
        <translation>这将同时删除 %1；相关的 %2仍保留在候选人名下，但不再关联职位。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="345"/>
        <source>1 phone screen</source>
        <translation>1 次电话初筛</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="345"/>
        <source>%1 phone screens</source>
        <translation>%1 次电话初筛</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="353"/>
        <source>1 pipeline entry</source>
        <translation>1 条流程记录</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="353"/>
        <source>%1 pipeline entries</source>
        <translation>%1 条流程记录</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="375"/>
        <source>No known skills found in the description.</source>
        <translation>描述中没有找到已知技能。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="379"/>
        <source>1 skill added.</source>
        <translation>已添加 1 项技能。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/companies_page.py" line="379"/>
        <source>%1 skills added.</source>
        <translation>已添加 %1 项技能。</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="12"/>
        <source>Filter companies by name, industry or city (Ctrl+F)</source>
        <translation>按名称、行业或城市筛选客户 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="26"/>
        <source>New &amp;company</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="26"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="27"/>
        <source>Delete company</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="31"/>
        <source>&amp;Positions of the selected company</source>
        <translation>所选客户的职位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="35"/>
        <source>New p&amp;osition</source>
        <translation>新建职位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="36"/>
        <source>Delete position</source>
        <translation>删除职位</translation>
    </message>
    <message>
        <location filename="../../forms/companies_page.ui" line="45"/>
        <source>No company selected.

Press Ctrl+N to record a new client, or pick one from the list.</source>
        <translation>未选择客户。

按 Ctrl+N 录入新客户，或从列表中选择一个。</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../hhdesk/ui/company_form.py" line="51"/>
        <source>New company</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/company_form.py" line="109"/>
        <source>Looks like an existing company: %1</source>
        <translation>与已有客户相似：%1</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="9"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>e.g. 阿里巴巴 / Northwind Foods</source>
        <translation>如：阿里巴巴 / Northwind Foods</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>Other na&amp;mes</source>
        <translation>其他名称(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>Alibaba, 阿里 — for recognising duplicates</source>
        <translation>Alibaba, 阿里 — 用于识别重复客户</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>Si&amp;ze</source>
        <translation>规模(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>&amp;Website</source>
        <translation>网站(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="16"/>
        <source>Internal: how we won the account, fee terms, anything else</source>
        <translation>内部信息：如何拿下的客户、服务费条款等</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>What to tell candidates</source>
        <translation>向候选人介绍的内容</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>C&amp;ulture</source>
        <translation>企业文化(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>How work gets done: pace, decisions, what is rewarded</source>
        <translation>做事方式：节奏、如何决策、鼓励什么</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>Core &amp;values</source>
        <translation>核心价值观(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>&amp;Leadership style</source>
        <translation>领导风格(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>The hiring manager and the people above</source>
        <translation>用人经理及其上级</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>&amp;Atmosphere</source>
        <translation>团队氛围(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>Office, hours, team mood</source>
        <translation>办公环境、工作时间、团队氛围</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="22"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="31"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="32"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="33"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="34"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="35"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="36"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="41"/>
        <source>Add con&amp;tact</source>
        <translation>添加联系人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="42"/>
        <source>Remove contact</source>
        <translation>移除联系人</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="54"/>
        <source>Re&amp;vert</source>
        <translation>撤销修改(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="54"/>
        <source>Esc: undo unsaved edits</source>
        <translation>Esc：撤销未保存的修改</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="55"/>
        <source>&amp;Save company</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="55"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../hhdesk/ui/company_table_model.py" line="18"/>
        <source>Company</source>
        <translation>客户公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/company_table_model.py" line="18"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/company_table_model.py" line="18"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/company_table_model.py" line="18"/>
        <source>Open positions</source>
        <translation>开放职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/company_table_model.py" line="19"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="27"/>
        <location filename="../../hhdesk/core/services/skills.py" line="51"/>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="30"/>
        <source>The agency&apos;s name is printed on every report: enter it.</source>
        <translation>每份报告都会印上机构名称：请填写。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="34"/>
        <source>Write the colour as #RRGGBB, e.g. #1F3A5F.</source>
        <translation>颜色请写成 #RRGGBB 格式，例如 #1F3A5F。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="40"/>
        <source>Use a two-letter country code such as CN, HK, SG or US.</source>
        <translation>请使用两个字母的国家或地区代码，如 CN、HK、SG 或 US。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="44"/>
        <source>Reports are in English (en) or Chinese (zh).</source>
        <translation>报告语言只能是英文 (en) 或中文 (zh)。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="57"/>
        <source>Cannot read the logo: {reason}.</source>
        <translation>无法读取 Logo：{reason}。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="60"/>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo 必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/branding.py" line="62"/>
        <source>The logo is larger than 5 MB.</source>
        <translation>Logo 超过 5 MB。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/money.py" line="97"/>
        <location filename="../../hhdesk/core/money.py" line="127"/>
        <location filename="../../hhdesk/core/services/_mapping.py" line="39"/>
        <source>A salary must be more than zero.</source>
        <translation>薪资必须大于零。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/money.py" line="108"/>
        <source>{months} monthly payments a year is not plausible (1–24).</source>
        <translation>一年发 {months} 个月薪不合理（应为 1–24）。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/money.py" line="112"/>
        <location filename="../../hhdesk/core/money.py" line="120"/>
        <source>“{text}” is not a salary: write e.g. 25000, 25k, 2.5万 or 30k×14.</source>
        <translation>“{text}”不是有效的薪资：请写成 25000、25k、2.5万 或 30k×14 等形式。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/money.py" line="129"/>
        <source>The minimum is larger than the maximum.</source>
        <translation>最低值大于最高值。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/money.py" line="141"/>
        <source>Enter one figure here, not a range.</source>
        <translation>此处请填写一个数值，不要填范围。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="39"/>
        <source>file is damaged or not an RTF document</source>
        <translation>文件已损坏或不是 RTF 文档</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="71"/>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="74"/>
        <source>LibreOffice could not convert this .doc file</source>
        <translation>LibreOffice 无法转换此 .doc 文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="82"/>
        <source>antiword could not read this .doc file</source>
        <translation>antiword 无法读取此 .doc 文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="85"/>
        <source>Legacy .doc files need LibreOffice or antiword installed; save it as DOCX or PDF.</source>
        <translation>旧版 .doc 文件需要安装 LibreOffice 或 antiword；请将其另存为 DOCX 或 PDF。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/extra_formats.py" line="100"/>
        <source>image-only PDF: no text layer; OCR is not available (install tesseract with chi_sim)</source>
        <translation>纯图片 PDF：没有文字层，且无法进行 OCR（请安装带 chi_sim 的 tesseract）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/resume_parser.py" line="94"/>
        <source>could not analyse resume text ({error})</source>
        <translation>无法分析简历文字（{error}）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="69"/>
        <source>file is too complex to read</source>
        <translation>文件过于复杂，无法读取</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="72"/>
        <source>could not read file ({error})</source>
        <translation>无法读取文件（{error}）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="76"/>
        <source>file contains no text</source>
        <translation>文件中没有文字</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="84"/>
        <source>image-only PDF: no text layer; OCR is not available</source>
        <translation>纯图片 PDF：没有文字层，且无法进行 OCR</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="91"/>
        <source>OCR of the scanned PDF failed ({error})</source>
        <translation>扫描版 PDF 的 OCR 识别失败（{error}）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="93"/>
        <source>image-only PDF: OCR found no text</source>
        <translation>纯图片 PDF：OCR 未识别出文字</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="108"/>
        <source>unsupported file type {suffix}; use PDF, DOCX, TXT or RTF</source>
        <translation>不支持的文件类型 {suffix}；请使用 PDF、DOCX、TXT 或 RTF</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="115"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="117"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="122"/>
        <source>cannot access file: {reason}</source>
        <translation>无法访问文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="124"/>
        <source>file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="127"/>
        <source>file is larger than {megabytes} MB</source>
        <translation>文件超过 {megabytes} MB</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="129"/>
        <source>no permission to read this file</source>
        <translation>没有读取此文件的权限</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="138"/>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="226"/>
        <source>cannot open file: {reason}</source>
        <translation>无法打开文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="143"/>
        <source>file is an image, not a {expected}</source>
        <translation>文件是图片，不是 {expected}</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="145"/>
        <source>file is a PDF, not a {expected}; rename it to .pdf</source>
        <translation>文件是 PDF，不是 {expected}；请将扩展名改为 .pdf</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="147"/>
        <source>file is a legacy Word .doc or a password-protected document, not a DOCX</source>
        <translation>文件是旧版 Word .doc 或受密码保护的文档，不是 DOCX</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="148"/>
        <source>file is damaged or not a {expected}</source>
        <translation>文件已损坏或不是 {expected}</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="164"/>
        <source>PDF is encrypted or password-protected</source>
        <translation>PDF 已加密或受密码保护</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="166"/>
        <source>PDF is damaged and cannot be read</source>
        <translation>PDF 已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="178"/>
        <source>file is a ZIP archive but not a Word document</source>
        <translation>文件是 ZIP 压缩包，但不是 Word 文档</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="182"/>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="209"/>
        <source>DOCX is damaged and cannot be read</source>
        <translation>DOCX 已损坏，无法读取</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="199"/>
        <source>DOCX unpacks to far more than its size (zip bomb); refused</source>
        <translation>DOCX 解压后远大于文件本身（压缩炸弹），已拒绝</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="248"/>
        <source>text file is damaged ({encoding} with errors)</source>
        <translation>文本文件已损坏（{encoding} 编码有错误）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/parsing/text_extract.py" line="251"/>
        <source>file is binary, not a text file</source>
        <translation>文件是二进制文件，不是文本文件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/_mapping.py" line="44"/>
        <source>A salary is per month (1–24 payments a year) or per year.</source>
        <translation>薪资按月（一年发 1–24 个月）或按年计算。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/_mapping.py" line="51"/>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/_mapping.py" line="54"/>
        <source>{label} is longer than {max_len} characters.</source>
        <translation>{label}超过 {max_len} 个字符。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/_mapping.py" line="68"/>
        <source>Years must be between 0 and 60.</source>
        <translation>年限必须在 0 到 60 之间。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="103"/>
        <location filename="../../hhdesk/core/services/candidates.py" line="113"/>
        <location filename="../../hhdesk/core/services/candidates.py" line="130"/>
        <location filename="../../hhdesk/core/services/candidates.py" line="176"/>
        <location filename="../../hhdesk/core/services/matching.py" line="226"/>
        <location filename="../../hhdesk/core/services/matching.py" line="296"/>
        <location filename="../../hhdesk/core/services/pipeline.py" line="48"/>
        <location filename="../../hhdesk/core/services/reports.py" line="193"/>
        <location filename="../../hhdesk/core/services/screen_drafts.py" line="40"/>
        <location filename="../../hhdesk/core/services/screens.py" line="118"/>
        <source>Candidate {id} does not exist.</source>
        <translation>候选人 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="149"/>
        <source>Cannot read the file: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="156"/>
        <source>This file was imported before.</source>
        <translation>此文件之前已导入过。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="168"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="169"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="170"/>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="191"/>
        <source>added as a new resume version ({reason})</source>
        <translation>已作为新版本简历添加（{reason}）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="192"/>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/candidates.py" line="207"/>
        <location filename="../../hhdesk/core/services/candidates.py" line="225"/>
        <source>That resume does not belong to this candidate any more.</source>
        <translation>该简历已不属于此候选人。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="134"/>
        <source>Company name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="139"/>
        <source>Other names are longer than {limit} characters.</source>
        <translation>其他名称超过 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="154"/>
        <source>Contact {number} has no name.</source>
        <translation>联系人 {number} 没有填写姓名。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="212"/>
        <source>Position title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="218"/>
        <source>Maximum years is less than minimum years.</source>
        <translation>最高年限小于最低年限。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="223"/>
        <source>Budget minimum and maximum must use the same currency and period.</source>
        <translation>预算的最低值和最高值必须使用相同的币种和计薪周期。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="226"/>
        <source>Budget minimum is larger than the maximum.</source>
        <translation>预算最低值大于最高值。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="230"/>
        <source>Priority is high, normal or low.</source>
        <translation>优先级只能是高、普通或低。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="232"/>
        <source>Headcount must be between 1 and 999.</source>
        <translation>招聘人数必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="238"/>
        <source>Match weights: {problem}.</source>
        <translation>匹配权重：{problem}。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="241"/>
        <source>A fee is 0–100 % of the package, or a fixed amount.</source>
        <translation>服务费为年薪总包的 0–100%，或一个固定金额。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="244"/>
        <source>The target date is before the date the position opened.</source>
        <translation>目标日期早于职位开放日期。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="292"/>
        <source>Company {id} does not exist.</source>
        <translation>客户 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="299"/>
        <location filename="../../hhdesk/core/services/matching.py" line="394"/>
        <location filename="../../hhdesk/core/services/pipeline.py" line="50"/>
        <location filename="../../hhdesk/core/services/reports.py" line="191"/>
        <location filename="../../hhdesk/core/services/screens.py" line="122"/>
        <source>Position {id} does not exist.</source>
        <translation>职位 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="312"/>
        <source>Weight of {name!r} must be 1 to 5.</source>
        <translation>{name!r} 的权重必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/companies.py" line="314"/>
        <source>{name!r} is listed twice.</source>
        <translation>{name!r} 重复列出了。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/reminders.py" line="51"/>
        <source>Reminder {id} does not exist.</source>
        <translation>提醒 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/reports.py" line="133"/>
        <source>Choose at least one candidate for the shortlist.</source>
        <translation>请至少为候选名单选择一位候选人。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screen_drafts.py" line="37"/>
        <source>The draft is too large to store.</source>
        <translation>草稿太大，无法保存。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="80"/>
        <source>Notice period must be 0 to 365 days.</source>
        <translation>离职通知期必须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="84"/>
        <source>“Not employed since” cannot be in the future.</source>
        <translation>“离职日期”不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="86"/>
        <source>The call cannot end before it started.</source>
        <translation>通话结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="88"/>
        <source>The call-back time is in the past.</source>
        <translation>回电时间已经过去。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="90"/>
        <source>The follow-up date is in the past.</source>
        <translation>跟进日期已经过去。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="94"/>
        <source>Say why the candidate is not suitable.</source>
        <translation>请说明候选人为何不合适。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="96"/>
        <source>Describe the “other” reason.</source>
        <translation>请说明“其他”原因。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/screens.py" line="224"/>
        <source>That resume doubt belongs to someone else.</source>
        <translation>该简历疑点属于其他候选人。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/skills.py" line="45"/>
        <source>Enter the alias.</source>
        <translation>请输入别名。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/skills.py" line="47"/>
        <source>Enter the skill the alias stands for.</source>
        <translation>请输入该别名所代表的技能。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/services/skills.py" line="59"/>
        <source>“{alias}” already stands for {owner}.</source>
        <translation>“{alias}”已代表 {owner}。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/validation.py" line="29"/>
        <source>“{value}” is not an e-mail address: {problem}</source>
        <translation>“{value}”不是有效的邮箱地址：{problem}</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/validation.py" line="46"/>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/core/validation.py" line="64"/>
        <source>“{value}” is not a website address (e.g. www.example.com).</source>
        <translation>“{value}”不是有效的网址（例如 www.example.com）。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="17"/>
        <location filename="../../hhdesk/ui/dialogs.py" line="25"/>
        <source>hhdesk</source>
        <translation>hhdesk</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="49"/>
        <source>Welcome to hhdesk</source>
        <translation>欢迎使用 hhdesk</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="50"/>
        <source>Your database is empty. Would you like to explore hhdesk with a demo agency (companies, positions and 30 candidates), or start with an empty database?</source>
        <translation>数据库是空的。要先用一个演示机构（含客户、职位和 30 位候选人）体验 hhdesk，还是从空数据库开始？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="52"/>
        <source>Load the demo agency</source>
        <translation>载入演示机构</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="53"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="89"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="90"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="108"/>
        <source>Suggested skills</source>
        <translation>建议添加的技能</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/dialogs.py" line="110"/>
        <source>Skills found in the description. Untick those the position does not need:</source>
        <translation>在描述中找到以下技能。请取消勾选该职位不需要的：</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="23"/>
        <source>%1%2 per year</source>
        <translation>%1%2/年</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../hhdesk/ui/import_progress.py" line="20"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_progress.py" line="27"/>
        <source>Importing %1 file(s)…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_progress.py" line="36"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_progress.py" line="47"/>
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../hhdesk/ui/import_summary_dialog.py" line="24"/>
        <source>New candidate</source>
        <translation>新候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_summary_dialog.py" line="24"/>
        <source>Added to existing candidate</source>
        <translation>已添加到现有候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_summary_dialog.py" line="25"/>
        <source>Already imported, skipped</source>
        <translation>已导入过，跳过</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_summary_dialog.py" line="25"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/import_summary_dialog.py" line="46"/>
        <source>%1 files: %2 new, %3 added to existing candidates, %4 skipped, %5 failed.</source>
        <translation>共 %1 个文件：新建 %2 个，添加到现有候选人 %3 个，跳过 %4 个，失败 %5 个。</translation>
    </message>
    <message>
        <location filename="../../forms/import_summary_dialog.ui" line="6"/>
        <source>Import summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../forms/import_summary_dialog.ui" line="17"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../forms/import_summary_dialog.ui" line="18"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../forms/import_summary_dialog.ui" line="19"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="44"/>
        <source>&amp;Companies &amp;&amp; positions</source>
        <translation>客户与职位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="45"/>
        <source>Ca&amp;ndidates</source>
        <translation>候选人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="46"/>
        <source>&amp;Match</source>
        <translation>匹配(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="67"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="84"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="114"/>
        <source>Import resumes</source>
        <translation>导入简历</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="115"/>
        <source>Resumes (*.pdf *.docx *.doc *.txt *.rtf)</source>
        <translation>简历 (*.pdf *.docx *.doc *.txt *.rtf)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="121"/>
        <source>Still opening the database — drop the files again in a moment.</source>
        <translation>仍在打开数据库 — 请稍后再拖放文件。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="125"/>
        <source>No resume files (PDF, DOCX, TXT) in what was dropped.</source>
        <translation>拖放的内容中没有简历文件（PDF、DOCX、TXT）。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="143"/>
        <source>%1 of %2 files imported, %3 failed.</source>
        <translation>已导入 %1/%2 个文件，%3 个失败。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="161"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="180"/>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="181"/>
        <source>hhdesk data (*.json)</source>
        <translation>hhdesk 数据 (*.json)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="188"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="233"/>
        <source>About hhdesk</source>
        <translation>关于 hhdesk</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/main_window.py" line="234"/>
        <source>hhdesk %1 — job orders, resumes, phone screens, matching and recommendation reports for headhunters.</source>
        <translation>hhdesk %1 — 为猎头顾问打造：职位需求、简历、电话初筛、人岗匹配和推荐报告。</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>hhdesk</source>
        <translation>hhdesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="30"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="37"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="46"/>
        <source>&amp;Import resumes…</source>
        <translation>导入简历(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="47"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="50"/>
        <source>&amp;Export data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="54"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="57"/>
        <source>&amp;Skill vocabulary…</source>
        <translation>技能词库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="60"/>
        <source>&amp;Reminders…</source>
        <translation>提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="61"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="64"/>
        <source>&amp;Agency settings…</source>
        <translation>机构设置(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="67"/>
        <source>&amp;About hhdesk</source>
        <translation>关于 hhdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/app.py" line="142"/>
        <source>The database in %1 could not be opened: %2</source>
        <translation>无法打开 %1 中的数据库：%2</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="89"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="89"/>
        <source>Experience</source>
        <translation>经验</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="90"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="90"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="91"/>
        <source>Education &amp; languages</source>
        <translation>学历与语言</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="92"/>
        <source>Availability</source>
        <translation>到岗</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/formatting.py" line="92"/>
        <source>Culture fit</source>
        <translation>文化契合度</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="32"/>
        <source>Sourced</source>
        <translation>已寻访</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="32"/>
        <source>Screened</source>
        <translation>已初筛</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="33"/>
        <source>Shortlisted</source>
        <translation>已入围</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="34"/>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="35"/>
        <source>Interview</source>
        <translation>面试中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="35"/>
        <source>Offer</source>
        <translation>已发Offer</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="36"/>
        <source>Placed</source>
        <translation>已入职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="36"/>
        <source>Rejected</source>
        <translation>不合适</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="37"/>
        <source>Talent pool</source>
        <translation>人才库</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="58"/>
        <source>Any stage</source>
        <translation>不限阶段</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="59"/>
        <source>Not in the pipeline</source>
        <translation>未进入流程</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="114"/>
        <source>Open positions for %1</source>
        <translation>适合 %1 的开放职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="162"/>
        <source>Ranking…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="181"/>
        <source>1 candidate</source>
        <translation>1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="181"/>
        <source>%1 candidates</source>
        <translation>%1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="193"/>
        <source>No candidate passes these filters.</source>
        <translation>没有候选人符合这些筛选条件。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="194"/>
        <source>No candidates yet: drop resumes on the window.</source>
        <translation>还没有候选人：请把简历拖放到窗口上。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="210"/>
        <source>No open positions to match.</source>
        <translation>没有可匹配的开放职位。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="216"/>
        <source>The ranking can be ordered by match or by name.</source>
        <translation>排名只能按匹配度或姓名排序。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="256"/>
        <location filename="../../forms/match_page.ui" line="53"/>
        <source>Pick a position to rank candidates.</source>
        <translation>选择一个职位来为候选人排名。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="261"/>
        <source>%1: %2 / 100</source>
        <translation>%1：%2 / 100</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="262"/>
        <source>%1% of the score rests on known facts.</source>
        <translation>评分中有 %1% 基于已知信息。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="264"/>
        <source>Capped at %1 while a must-have is missing.</source>
        <translation>缺少必备技能，总分上限为 %1。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="266"/>
        <source>Stage: %1.</source>
        <translation>阶段：%1。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="276"/>
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="289"/>
        <source>Has: %1</source>
        <translation>具备：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="293"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="295"/>
        <source>★ must-have</source>
        <translation>★ 必备</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="324"/>
        <source>Shortlisted.</source>
        <translation>已加入候选名单。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="324"/>
        <source>Already shortlisted.</source>
        <translation>已在候选名单中。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="383"/>
        <source>No open positions yet: create one on the Companies tab.</source>
        <translation>还没有开放职位：请在“客户与职位”页新建。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="412"/>
        <source>No one is shortlisted for this position yet: select a candidate and press Ctrl+L.</source>
        <translation>此职位的候选名单还是空的：选择一位候选人后按 Ctrl+L。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_page.py" line="424"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="8"/>
        <source>‹ &amp;Back to the ranking</source>
        <translation>‹ 返回排名(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="9"/>
        <source>&amp;Position</source>
        <translation>职位(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="18"/>
        <source>&amp;Minimum</source>
        <translation>最低分(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="19"/>
        <source>any score</source>
        <translation>不限分数</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="19"/>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="20"/>
        <source>Pipeline stage for this position</source>
        <translation>此职位的流程阶段</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="21"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="22"/>
        <source>Must-&amp;haves met</source>
        <translation>满足必备项(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="66"/>
        <source>Criterion</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="67"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="68"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="79"/>
        <source>Add to &amp;shortlist</source>
        <translation>加入候选名单(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="79"/>
        <source>Move this candidate to &quot;shortlisted&quot; for the position (Ctrl+L)</source>
        <translation>将此候选人在该职位的阶段改为“已入围” (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="80"/>
        <source>Open positions for this &amp;candidate</source>
        <translation>为此人匹配职位(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="86"/>
        <source>Recommendation report</source>
        <translation>推荐报告</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="88"/>
        <source>Start &amp;anonymous</source>
        <translation>默认匿名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="88"/>
        <source>Open the preview with the anonymous options ticked</source>
        <translation>打开预览时默认勾选匿名选项</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="90"/>
        <source>Shortlist re&amp;port…</source>
        <translation>候选名单报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="90"/>
        <source>One PDF with every shortlisted candidate for this position, a comparison table first</source>
        <translation>将此职位所有入围候选人合成一份 PDF，开头附对比表</translation>
    </message>
    <message>
        <location filename="../../forms/match_page.ui" line="91"/>
        <source>&amp;Recommend…</source>
        <translation>推荐(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>MatchWeightsBox</name>
    <message>
        <location filename="../../hhdesk/ui/match_weights_box.py" line="39"/>
        <location filename="../../hhdesk/ui/match_weights_box.py" line="82"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MergeFieldsDialog</name>
    <message>
        <location filename="../../forms/merge_fields_dialog.ui" line="6"/>
        <source>Merge the new resume into this candidate</source>
        <translation>将新简历合并到此候选人</translation>
    </message>
    <message>
        <location filename="../../forms/merge_fields_dialog.ui" line="8"/>
        <source>Tick the fields to take from the new resume. Unticked fields keep what is on the profile now.</source>
        <translation>勾选要采用新简历内容的字段。未勾选的字段保留资料中现有的内容。</translation>
    </message>
    <message>
        <location filename="../../forms/merge_fields_dialog.ui" line="16"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../forms/merge_fields_dialog.ui" line="17"/>
        <source>On the profile now</source>
        <translation>资料中现有</translation>
    </message>
    <message>
        <location filename="../../forms/merge_fields_dialog.ui" line="18"/>
        <source>From the new resume (tick to use)</source>
        <translation>新简历中（勾选即采用）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="13"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="13"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="14"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="14"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="15"/>
        <source>Current title</source>
        <translation>目前职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="16"/>
        <source>Current company</source>
        <translation>目前公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="17"/>
        <source>Years of experience</source>
        <translation>工作年限</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/merge_fields_dialog.py" line="18"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../hhdesk/ui/pdf_pages.py" line="58"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>PhoneScreenForm</name>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="132"/>
        <source>No position (talent-pool call)</source>
        <translation>不针对职位（人才库通话）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="191"/>
        <source>Pick a position to see the matching degree as you talk.</source>
        <translation>选择职位，即可边聊边看匹配度。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="210"/>
        <source>None found in the resume.</source>
        <translation>简历中未发现疑点。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="218"/>
        <source>The candidate&apos;s explanation</source>
        <translation>候选人的解释</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="235"/>
        <source>A general call: no position to present.</source>
        <translation>一般通话：没有要介绍的职位。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="240"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="241"/>
        <source>Culture</source>
        <translation>企业文化</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="241"/>
        <source>Core values</source>
        <translation>核心价值观</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="242"/>
        <source>Leadership style</source>
        <translation>领导风格</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="242"/>
        <source>Atmosphere</source>
        <translation>团队氛围</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="243"/>
        <source>The position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="244"/>
        <source>Key points</source>
        <translation>职位要点</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="245"/>
        <source>Selling points</source>
        <translation>职位亮点</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="245"/>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Benefits</source>
        <translation>福利</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="246"/>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="247"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="256"/>
        <source>Matching degree: %1 / 100 — %2</source>
        <translation>匹配度：%1 / 100 — %2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="393"/>
        <source>current</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="393"/>
        <source>expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="394"/>
        <source>bottom line</source>
        <translation>底线</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="399"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="405"/>
        <source>Read as: %1</source>
        <translation>识别为：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="409"/>
        <source>Call: not started</source>
        <translation>通话：未开始</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="415"/>
        <source>● Call %1</source>
        <translation>● 通话 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="422"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen.py" line="423"/>
        <source>Still to ask: %1</source>
        <translation>还需询问：%1</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="9"/>
        <source>The call timer starts with the first thing you tick or type</source>
        <translation>勾选或输入第一项内容时，通话开始计时</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>1  Opening (Alt+1)</source>
        <translation>1  开场 (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>&amp;Identity confirmed</source>
        <translation>已确认身份(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Introduced &amp;myself</source>
        <translation>已自我介绍(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Explained the &amp;purpose</source>
        <translation>已说明来意(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Con&amp;venient to talk</source>
        <translation>方便通话(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Not convenient — call &amp;back at</source>
        <translation>不方便 — 回电时间(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Remind me and &amp;end the call</source>
        <translation>设置提醒并结束通话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>2  The pitch (Alt+2)</source>
        <translation>2  职位介绍 (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>P&amp;osition</source>
        <translation>职位(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Present the &amp;salary as</source>
        <translation>薪资介绍方式(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Pick a position above: what to say about the company and the role appears here.</source>
        <translation>在上方选择职位：这里会显示要向候选人介绍的公司和职位内容。</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>3  Questions (Alt+3)</source>
        <translation>3  了解情况 (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Job-search &amp;direction</source>
        <translation>求职方向(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>What is the candidate looking for?</source>
        <translation>候选人想找什么样的机会？</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Relevant e&amp;xperience</source>
        <translation>相关经验(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Experience that matters for this position</source>
        <translation>与此职位相关的经验</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Doubts in the resume</source>
        <translation>简历疑点</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Other doubts</source>
        <translation>其他疑点</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Anything else in the resume to clear up, and the answer</source>
        <translation>简历中其他需要澄清的地方，以及候选人的回答</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>4  The candidate&apos;s questions (Alt+4)</source>
        <translation>4  候选人的提问 (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>What they asked</source>
        <translation>候选人的问题</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>What you answered</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="22"/>
        <source>Salary does not fit</source>
        <translation>薪资不匹配</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="23"/>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="24"/>
        <source>Skills do not match</source>
        <translation>技能不匹配</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="25"/>
        <source>Experience level</source>
        <translation>经验层级不符</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="26"/>
        <source>Motivation / intention</source>
        <translation>动机 / 意向</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="27"/>
        <source>Culture fit</source>
        <translation>文化契合度</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="28"/>
        <source>Other (say why)</source>
        <translation>其他（请说明）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="29"/>
        <source>The full budget range</source>
        <translation>完整预算区间</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="30"/>
        <source>Up to the maximum</source>
        <translation>只说上限</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="31"/>
        <source>“Competitive” (no figure)</source>
        <translation>“有竞争力”（不报数字）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="32"/>
        <source>Do not mention salary</source>
        <translation>不提薪资</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="33"/>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="34"/>
        <source>Serving notice</source>
        <translation>离职通知期中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="35"/>
        <source>Available now</source>
        <translation>随时到岗</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="36"/>
        <source>Not employed</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="37"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="38"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="38"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="39"/>
        <source>Interested</source>
        <translation>感兴趣</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="40"/>
        <source>Considering</source>
        <translation>考虑中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="41"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="42"/>
        <source>Recommend to the client</source>
        <translation>推荐给客户</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="43"/>
        <source>Keep in talent pool</source>
        <translation>放入人才库</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="44"/>
        <source>Not suitable</source>
        <translation>不合适</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="54"/>
        <source>Reason…</source>
        <translation>原因…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="81"/>
        <source>Competitive, depending on experience</source>
        <translation>有竞争力，视经验而定</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/phone_screen_choices.py" line="83"/>
        <source>Up to %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Schedule</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>5  Key facts (Alt+5)</source>
        <translation>5  关键信息 (Alt+5)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Current &amp;status</source>
        <translation>目前状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>notice: unknown</source>
        <translation>通知期：未知</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source> days notice</source>
        <translation> 天通知期</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>since</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>&amp;Reasons for changing</source>
        <translation>换工作原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Requirements for the &amp;next company</source>
        <translation>对下一家公司的要求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Main s&amp;kills</source>
        <translation>主要技能(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Comma-separated; completes from the skill vocabulary</source>
        <translation>用逗号分隔；根据技能词库自动补全</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>C&amp;urrent salary</source>
        <translation>目前薪资(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>e.g. 28k×13</source>
        <translation>如 28k×13</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Ex&amp;pected salary</source>
        <translation>期望薪资(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>e.g. 35k×14</source>
        <translation>如 35k×14</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Acceptable &amp;bottom line</source>
        <translation>可接受底线(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Never printed in reports</source>
        <translation>绝不会打印到报告中</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Willing to re&amp;locate</source>
        <translation>是否愿意异地(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Interview &amp;availability</source>
        <translation>可面试时间(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>e.g. weekday evenings, from 3 Dec</source>
        <translation>如：工作日晚上，12 月 3 日起</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>6  Intention and next step (Alt+6)</source>
        <translation>6  意向与下一步 (Alt+6)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>&amp;Intention</source>
        <translation>意向(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Ou&amp;tcome</source>
        <translation>结论(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Why not suitable (a reason from the list, or say why)</source>
        <translation>为何不合适（从列表选择原因，或自行说明）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Remind me on</source>
        <translation>提醒我于</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>&amp;Assessment for the client</source>
        <translation>给客户的评估(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="18"/>
        <source>Why this candidate: strengths, motivation, risks</source>
        <translation>为什么推荐此人：优势、动机、风险</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="25"/>
        <source>Call &amp;notes</source>
        <translation>通话笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="26"/>
        <source>Free notes at any time (Alt+N) — internal, never printed</source>
        <translation>随时记录 (Alt+N) — 仅内部使用，不会打印</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="38"/>
        <source>Discard this call…</source>
        <translation>放弃本次通话…</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="38"/>
        <source>Throw away what was typed for this call (the draft)</source>
        <translation>丢弃本次通话已输入的内容（草稿）</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="40"/>
        <source>Save and &amp;end call</source>
        <translation>保存并结束通话(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/phone_screen_form.ui" line="40"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>PositionForm</name>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="129"/>
        <source>On-site</source>
        <translation>现场办公</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="129"/>
        <source>Hybrid</source>
        <translation>混合办公</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="130"/>
        <source>Remote</source>
        <translation>远程办公</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="131"/>
        <source>Open</source>
        <translation>招聘中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="131"/>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="132"/>
        <source>Filled</source>
        <translation>已招满</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="132"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="133"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="133"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="133"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="134"/>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="134"/>
        <source>High school</source>
        <translation>高中</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="135"/>
        <source>Associate degree</source>
        <translation>大专</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="135"/>
        <source>Bachelor</source>
        <translation>本科</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="136"/>
        <source>Master</source>
        <translation>硕士</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="136"/>
        <source>PhD</source>
        <translation>博士</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="137"/>
        <source>% of package</source>
        <translation>年薪百分比</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="137"/>
        <source>Fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="201"/>
        <source>A percentage fee is at most 100 %.</source>
        <translation>按百分比收取的服务费不能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="323"/>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="358"/>
        <source>New position</source>
        <translation>新职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="372"/>
        <source>No budget entered.</source>
        <translation>未填写薪资预算。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="374"/>
        <source>Read as %1</source>
        <translation>识别为 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="377"/>
        <source>Read as %1 to %2</source>
        <translation>识别为 %1 至 %2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="462"/>
        <location filename="../../hhdesk/ui/position_form.py" line="504"/>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="502"/>
        <source>A skill needs a name; use Remove skill to take it off the list.</source>
        <translation>技能名称不能为空；要从列表中去掉，请用“移除技能”。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="549"/>
        <source> (%1 a year)</source>
        <translation>（年薪 %1）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/position_form.py" line="550"/>
        <source> (%1 to %2 a year)</source>
        <translation>（年薪 %1 至 %2）</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="9"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="29"/>
        <source>The job</source>
        <translation>职位信息</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="32"/>
        <source>&amp;Title *</source>
        <translation>职位名称(&amp;T) *</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="33"/>
        <source>e.g. Senior Backend Engineer / 高级后端工程师</source>
        <translation>如：高级后端工程师 / Senior Backend Engineer</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="35"/>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="36"/>
        <source>e.g. Platform Engineering / 财务部</source>
        <translation>如：财务部 / Platform Engineering</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="37"/>
        <source>Cit&amp;y / location</source>
        <translation>城市 / 地点(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="38"/>
        <source>e.g. Shanghai, Zhangjiang / 上海张江</source>
        <translation>如：上海张江 / Shanghai, Zhangjiang</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="39"/>
        <source>&amp;Work mode</source>
        <translation>办公方式(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="41"/>
        <source>Sc&amp;hedule</source>
        <translation>工作时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="42"/>
        <source>Working hours, e.g. 9:30–18:30 Mon–Fri / 大小周</source>
        <translation>工作时间，如：周一至周五 9:30–18:30 / 大小周</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="43"/>
        <source>Head&amp;count</source>
        <translation>招聘人数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="44"/>
        <source>How many people the client wants to hire for this position</source>
        <translation>客户此职位要招的人数</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="45"/>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="49"/>
        <source>P&amp;riority</source>
        <translation>优先级(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="54"/>
        <source>&amp;Opened</source>
        <translation>接单日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="57"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="57"/>
        <source>The day the client gave us the position</source>
        <translation>客户把职位委托给我们的日期</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="61"/>
        <source>Targ&amp;et date</source>
        <translation>目标日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="61"/>
        <source>Tick to set the date the client wants the position filled by</source>
        <translation>勾选后设置客户希望此职位招到人的日期</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="62"/>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="70"/>
        <source>Pay and our fee</source>
        <translation>薪资与服务费</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="73"/>
        <source>Salary &amp;budget</source>
        <translation>薪资预算(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="76"/>
        <source>e.g. 30k-45k×14, 2.5万-3.5万, 400k-600k/yr</source>
        <translation>如：30k-45k×14、2.5万-3.5万、400k-600k/yr</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="76"/>
        <source>Type it the way the client says it: 25000, 25k, 2.5万, 30k×14, 30,000 – 45,000 or 400k-600k/yr</source>
        <translation>按客户的说法填写：25000、25k、2.5万、30k×14、30,000 – 45,000 或 400k-600k/yr</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="77"/>
        <source>Budget currency</source>
        <translation>预算币种</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="77"/>
        <source>Currency of the budget, unless the text names one (¥, $, €, HK$, £)</source>
        <translation>预算的币种（文字中写明了币种时以文字为准：¥、$、€、HK$、£）</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="81"/>
        <source>&amp;Fee</source>
        <translation>服务费(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="84"/>
        <source>Fee kind</source>
        <translation>服务费类型</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="85"/>
        <source>Fee</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="85"/>
        <source>Our fee: a percentage of the annual package or a fixed amount; “—” when not agreed yet</source>
        <translation>我们的服务费：年薪的百分比或固定金额；尚未谈定时为“—”</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="85"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="90"/>
        <source>Be&amp;nefits</source>
        <translation>福利(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="91"/>
        <source>Bonus, stock, insurance, meals, housing… / 六险一金</source>
        <translation>奖金、股票、保险、餐补、住房… / 六险一金</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="97"/>
        <source>The pitch</source>
        <translation>职位介绍</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="100"/>
        <source>Se&amp;lling points</source>
        <translation>职位亮点(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="101"/>
        <source>What to say on the phone</source>
        <translation>电话里怎么介绍这个职位</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="112"/>
        <source>Requirements</source>
        <translation>任职要求</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="117"/>
        <source>Re&amp;quired skills</source>
        <translation>技能要求(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="119"/>
        <source>Remo&amp;ve skill</source>
        <translation>移除技能(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="119"/>
        <source>Remove the selected skills (Delete)</source>
        <translation>移除所选技能 (Delete)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="124"/>
        <source>e.g. Python or 财务分析 — Enter adds it</source>
        <translation>如 财务分析，回车添加</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="125"/>
        <source>Weight of the new skill</source>
        <translation>新技能的权重</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="125"/>
        <source>How much this skill counts when matching: 1 nice to have … 5 essential</source>
        <translation>此技能在匹配中的分量：1 锦上添花 … 5 至关重要</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="125"/>
        <source>weight </source>
        <translation>权重 </translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="126"/>
        <source>&amp;Must-have</source>
        <translation>必备(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="126"/>
        <source>A candidate without this skill is not a match</source>
        <translation>没有此技能的候选人即不匹配</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="127"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="127"/>
        <source>Add the skill to the list (Enter)</source>
        <translation>将技能加入列表 (Enter)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="133"/>
        <source>Required skills</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="140"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="141"/>
        <source>Weight (1–5)</source>
        <translation>权重 (1–5)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="142"/>
        <source>Must-have</source>
        <translation>必备</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="146"/>
        <source>Years of e&amp;xperience</source>
        <translation>工作年限(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="149"/>
        <source>Minimum years</source>
        <translation>最少年限</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="149"/>
        <source>Minimum years of experience; “any” for no minimum</source>
        <translation>最少工作年限；“不限”表示没有下限</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="149"/>
        <location filename="../../forms/position_form.ui" line="151"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="150"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="151"/>
        <source>Maximum years</source>
        <translation>最多年限</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="151"/>
        <source>Maximum years of experience; “any” for no maximum</source>
        <translation>最多工作年限；“不限”表示没有上限</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="152"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="157"/>
        <source>Educat&amp;ion</source>
        <translation>学历(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="158"/>
        <source>The lowest degree the client accepts</source>
        <translation>客户可接受的最低学历</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="159"/>
        <source>Lan&amp;guages</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="160"/>
        <source>e.g. English (fluent), 普通话</source>
        <translation>如：英语（流利）、普通话</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="167"/>
        <source>Matching weights</source>
        <translation>匹配权重</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="168"/>
        <source>How much each criterion counts in this position&apos;s matching degree; 0 ignores it.</source>
        <translation>各维度在此职位匹配度中所占的分量；0 表示不计入。</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="172"/>
        <location filename="../../forms/position_form.ui" line="175"/>
        <location filename="../../forms/position_form.ui" line="178"/>
        <location filename="../../forms/position_form.ui" line="181"/>
        <location filename="../../forms/position_form.ui" line="184"/>
        <location filename="../../forms/position_form.ui" line="187"/>
        <location filename="../../forms/position_form.ui" line="190"/>
        <source>Share of the matching degree: this weight divided by the sum of all the weights</source>
        <translation>在匹配度中的占比：此权重除以所有权重之和</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="191"/>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="191"/>
        <source>Give every criterion its default weight again</source>
        <translation>将所有维度恢复为默认权重</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="198"/>
        <source>Job description</source>
        <translation>职位描述</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="202"/>
        <source>Descri&amp;ption</source>
        <translation>职位描述(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="204"/>
        <source>Suggest s&amp;kills</source>
        <translation>提取技能(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="204"/>
        <source>Find known skills in the description and add them to the requirements</source>
        <translation>从职位描述中找出已知技能，加入技能要求</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="207"/>
        <source>Paste the job description here (中文 or English)</source>
        <translation>在此粘贴职位描述（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="226"/>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="226"/>
        <source>Go back to the position as it was loaded (Esc)</source>
        <translation>恢复为载入时的职位内容 (Esc)</translation>
    </message>
    <message>
        <location filename="../../forms/position_form.ui" line="227"/>
        <source>&amp;Save position</source>
        <translation>保存职位(&amp;S)</translation>
    </message>
</context>
<context>
    <name>PositionRankingModel</name>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="168"/>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="168"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="168"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="168"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="169"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="169"/>
        <source>Key reason</source>
        <translation>关键原因</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="98"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="178"/>
        <source>No breakdown yet</source>
        <translation>暂无评分明细</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="68"/>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="68"/>
        <source>Title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="68"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="68"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="69"/>
        <source>Key reason</source>
        <translation>关键原因</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/match_models.py" line="160"/>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
</context>
<context>
    <name>ReminderButton</name>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="57"/>
        <source>1 reminder due</source>
        <translation>1 条提醒到期</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="57"/>
        <source>%1 reminders due</source>
        <translation>%1 条提醒到期</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="94"/>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="94"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="94"/>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="106"/>
        <source>Nothing to follow up. Call-backs and follow-ups set on phone screens appear here.</source>
        <translation>没有需要跟进的事项。在电话初筛中设置的回电和跟进会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/reminders.py" line="107"/>
        <source>%1 open: %2 overdue, %3 in the next 24 hours.</source>
        <translation>%1 条未完成：%2 条已逾期，%3 条在 24 小时内到期。</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="6"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="18"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="19"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="20"/>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="21"/>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="22"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="27"/>
        <source>&amp;Open candidate</source>
        <translation>打开候选人(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="27"/>
        <source>Enter or double-click</source>
        <translation>Enter 或双击</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="28"/>
        <source>Mark &amp;done</source>
        <translation>标为已完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="28"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../forms/reminders_dialog.ui" line="30"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="129"/>
        <location filename="../../hhdesk/ui/report_preview.py" line="267"/>
        <source>Rendering…</source>
        <extracomment>the PDF shown in the preview (what Print and Open use) and the options it was made with</extracomment>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="131"/>
        <source>Shortlist report</source>
        <translation>候选名单报告</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="133"/>
        <location filename="../../hhdesk/ui/report_preview.py" line="225"/>
        <source>Recommendation report — %1</source>
        <translation>推荐报告 — %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="226"/>
        <source>1 candidate</source>
        <translation>1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="226"/>
        <source>%1 candidates</source>
        <translation>%1 位候选人</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="238"/>
        <source>The report cannot be prepared: %1</source>
        <translation>无法准备报告：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="239"/>
        <location filename="../../hhdesk/ui/report_preview.py" line="318"/>
        <source>Nothing to preview.</source>
        <translation>没有可预览的内容。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="245"/>
        <location filename="../../forms/report_preview.ui" line="54"/>
        <source>Not sent to this client before.</source>
        <translation>此前未发给过该客户。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="248"/>
        <source>Already sent to %1:</source>
        <translation>已发给过 %1：</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="254"/>
        <source> (anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="306"/>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="306"/>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="316"/>
        <source>The preview could not be made.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="321"/>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="352"/>
        <source>Save shortlist report</source>
        <translation>保存候选名单报告</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="352"/>
        <source>Save recommendation report</source>
        <translation>保存推荐报告</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="353"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="359"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="390"/>
        <source>Already sent to %1: %2 (last on %3). Send again?</source>
        <translation>已发给过 %1：%2（最近一次在 %3）。要再次发送吗？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="392"/>
        <source>Already sent to %1 on %2 (position %3). Send again?</source>
        <translation>已于 %2 发给过 %1（职位：%3）。要再次发送吗？</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="395"/>
        <source>That makes %1 times.</source>
        <translation>这将是第 %1 次。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="404"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="412"/>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="437"/>
        <source>Preparing the pages for the printer…</source>
        <translation>正在为打印机准备页面…</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="451"/>
        <source>1 page sent to the printer.</source>
        <translation>已将 1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="452"/>
        <source>%1 pages sent to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="461"/>
        <source>The report could not be printed: %1</source>
        <translation>无法打印报告：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="472"/>
        <source>The preview could not be written to a temporary file: %1</source>
        <translation>无法将预览写入临时文件：%1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/report_preview.py" line="475"/>
        <source>No application to show PDF files was found. The copy is at %1</source>
        <translation>没有找到可以打开 PDF 文件的程序。副本位于 %1</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="6"/>
        <source>Recommendation report</source>
        <translation>推荐报告</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="23"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="27"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="31"/>
        <source>&amp;Anonymous</source>
        <translation>匿名(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="31"/>
        <source>Hide the name, phone, e-mail and address: the client sees a reference such as Candidate HH-0042.</source>
        <translation>隐藏姓名、电话、邮箱和地址：客户只看到一个编号，如“候选人 HH-0042”。</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="32"/>
        <source>Include current &amp;employer</source>
        <translation>显示目前雇主(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="32"/>
        <source>Only for anonymous reports: whether the client may see where the candidate works now.</source>
        <translation>仅用于匿名报告：是否让客户看到候选人目前在哪家公司。</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="33"/>
        <source>&amp;Describe the employer as</source>
        <translation>雇主描述为(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="34"/>
        <source>a leading logistics company</source>
        <translation>一家领先的物流公司</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="40"/>
        <source>Sections</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="42"/>
        <source>Candidate &amp;snapshot</source>
        <translation>候选人概况(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="43"/>
        <source>Consultant&apos;s assess&amp;ment</source>
        <translation>顾问评估(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="44"/>
        <source>Matc&amp;h</source>
        <translation>匹配分析(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="45"/>
        <source>&amp;Career history</source>
        <translation>工作经历(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="46"/>
        <source>Education &amp;&amp; s&amp;kills</source>
        <translation>教育与技能(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="52"/>
        <source>Sent before</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="79"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="101"/>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="101"/>
        <source>Save the PDF and record that it was sent to this client (Ctrl+S)</source>
        <translation>保存 PDF，并记录已发给该客户 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="102"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="102"/>
        <source>Print the pages shown (Ctrl+P)</source>
        <translation>打印显示的页面 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="103"/>
        <source>&amp;Open in viewer</source>
        <translation>在阅读器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="103"/>
        <source>Open a temporary copy in the system&apos;s PDF viewer; nothing is recorded</source>
        <translation>用系统的 PDF 阅读器打开一份临时副本；不做任何记录</translation>
    </message>
    <message>
        <location filename="../../forms/report_preview.ui" line="105"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SalaryBandChart</name>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="240"/>
        <source>Current</source>
        <translation>目前</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="240"/>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="240"/>
        <source>Bottom line</source>
        <translation>底线</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="245"/>
        <source> (above budget)</source>
        <translation>（超出预算）</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="273"/>
        <source>Budget %1 – %2</source>
        <translation>预算 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="274"/>
        <source>Budget from %1</source>
        <translation>预算 %1 起</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="274"/>
        <source>Budget up to %1</source>
        <translation>预算最高 %1</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/charts.py" line="283"/>
        <source>No salary figures yet</source>
        <translation>暂无薪资数据</translation>
    </message>
</context>
<context>
    <name>SkillVocabularyDialog</name>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="21"/>
        <source>tech</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="22"/>
        <source>data &amp; ai</source>
        <translation>数据与 AI</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="23"/>
        <source>cloud &amp; devops</source>
        <translation>云计算与运维</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="24"/>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="25"/>
        <source>finance</source>
        <translation>财务金融</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="26"/>
        <source>hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="27"/>
        <source>hr</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="28"/>
        <source>languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="29"/>
        <source>management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="30"/>
        <source>manufacturing</source>
        <translation>生产制造</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="31"/>
        <source>sales &amp; marketing</source>
        <translation>销售与市场</translation>
    </message>
    <message>
        <location filename="../../hhdesk/ui/skill_vocabulary_dialog.py" line="82"/>
        <source>Skill vocabulary (%1 skills)</source>
        <translation>技能词库（%1 项技能）</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="6"/>
        <source>Skill vocabulary</source>
        <translation>技能词库</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="8"/>
        <source>The skills hhdesk recognises in resumes, positions and phone screens, with the other ways people write them. Add your own spellings or new skills below; they are kept in your database.</source>
        <translation>hhdesk 在简历、职位和电话初筛中能识别的技能，以及它们的其他写法。可在下方添加您自己的写法或新技能；它们会保存在您的数据库中。</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="9"/>
        <source>Find a skill or spelling…</source>
        <translation>查找技能或写法…</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="19"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="20"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="21"/>
        <source>Other spellings</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="26"/>
        <source>Add a spelling or a new skill</source>
        <translation>添加写法或新技能</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="28"/>
        <source>&amp;Written as</source>
        <translation>写法(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="29"/>
        <source>e.g. 大模型</source>
        <translation>如：大模型</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="30"/>
        <source>&amp;means the skill</source>
        <translation>对应技能(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="31"/>
        <source>e.g. Large Language Models (or a new skill)</source>
        <translation>如：Large Language Models（或一项新技能）</translation>
    </message>
    <message>
        <location filename="../../forms/skill_vocabulary_dialog.ui" line="32"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
</TS>
