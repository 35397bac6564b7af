"""Build the demo agency shipped with hhdesk: resources/demo/demo-agency.json.

Usage: python scripts/make_demo.py [OUTPUT.json]

The demo is built in a throw-away data folder through the services (exactly what a user's actions would
do), exported with the interchange document, and then made reproducible: every timestamp is replaced by a
fixed time derived from 2026-11-02, so running the script twice gives a byte-identical file. Every person
and company in it is fictional; e-mail addresses use example.com / example.cn and phone numbers use
ranges reserved for fiction.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hhdesk.core.interchange import export_data
from hhdesk.core.money import Salary, parse_salary, parse_salary_range
from hhdesk.core.paths import DB_FILENAME
from hhdesk.core.records import (
    CandidateInput,
    CompanyInput,
    ContactInput,
    KeyFacts,
    PositionInput,
    ScreenInput,
    SkillRequirementInput,
)
from hhdesk.core.services import Services, build_services

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "demo" / "demo-agency.json"

BASE = datetime(2026, 11, 2, 9, 0, 0)
EXPORTED_AT = "2026-11-16T10:00:00+00:00"  # the form export_document writes (UTC)
TIMESTAMP_KEYS = ("created_at", "updated_at", "started_at", "ended_at", "at", "imported_at")

SETTINGS = {
    "agency_name": "Bridge & Bamboo Search 桥竹猎头",
    "consultant_name": "Mia Zhou 周敏",
    "phone_region": "CN",
}

# --------------------------------------------------------------------------------------------------
# Client companies and their positions. Skills: (name, weight 1-5, must-have).
# --------------------------------------------------------------------------------------------------
COMPANIES: list[dict[str, Any]] = [
    {
        "company": CompanyInput(
            name="上海澜汇金融科技有限公司",
            aliases="澜汇金融, Lanhui Fintech",
            contacts=(ContactInput("周佳怡", "招聘经理", "+86 138 0000 0201", "jiayi.zhou@lanhui.example.cn", "zjy_hr"),
                      ContactInput("陈昊", "CTO", "+86 139 0000 0202", "hao.chen@lanhui.example.cn",
                                   notes="技术终面；周三下午方便")),
            industry="金融科技 / 支付",
            city="上海",
            size="500-1000 人",
            website="https://www.lanhui-fintech.example.cn",
            address="上海市浦东新区世纪大道 100 号（示例地址）",
            culture="技术驱动、合规优先：所有系统上线前都要经过风控与合规双重评审。"
                    "团队习惯用数据说话，周会上讨论的是指标而不是职级。",
            core_values="客户资金安全第一；长期主义；对结果负责。",
            leadership_style="CTO 出身于大型银行核心系统团队，管理风格稳健、重流程，"
                             "但对技术方案给予团队很大自主权；一线经理多为技术骨干提拔。",
            atmosphere="节奏比互联网大厂稍慢，季度末和大促前会加班，平时 10 点到 7 点为主。"
                       "工程师氛围浓厚，内部技术分享每两周一次。",
            notes="HR 对接人：人才招聘经理 Vivian；付费方式为年薪 20%，保证期 3 个月。",
        ),
        "positions": [
            dict(
                title="高级后端工程师（支付清结算）",
                city="上海",
                work_mode="hybrid",
                budget="35k-50k×15",
                min_years=5, max_years=10,
                skills=[("Java", 5, True), ("Spring Boot", 4, False), ("MySQL", 3, False), ("Kafka", 3, False),
                        ("Distributed Systems", 4, False), ("Payments", 2, False)],
                description="负责跨境支付清结算核心链路的设计与开发，包括对账、资金流水与结算批处理；"
                            "参与系统从单体向微服务的拆分，保障日均千万级交易的一致性与可用性。",
                selling_points="核心业务线，直接向支付技术总监汇报；新加坡子公司筹建中，有海外轮岗机会；"
                               "15 薪 + 年度调薪。",
                benefits="六险一金（补充公积金 12%）、补充商业医疗、每周两天远程、年度体检。",
            ),
            dict(
                title="风控模型专家",
                city="上海",
                work_mode="onsite",
                budget="4万-6万×14",
                min_years=6, max_years=12,
                skills=[("Credit Risk", 5, True), ("Machine Learning", 5, True), ("Python", 4, False),
                        ("SQL", 3, False), ("Spark", 2, False)],
                description="搭建消费信贷贷前、贷中评分卡与反欺诈模型体系，负责模型开发、监控与迭代；"
                            "与产品和策略团队合作，把模型效果转化为可量化的坏账率下降。",
                selling_points="新组建的模型团队，负责人位置，可带 3–5 人；数据基础好，拥有完整的征信与行为数据。",
                benefits="六险一金、年终奖 2–4 个月、弹性上班时间。",
            ),
        ],
    },
    {
        "company": CompanyInput(
            name="深圳极芯智能硬件有限公司",
            aliases="极芯智能, Jixin",
            contacts=(ContactInput("林晓彤", "HRBP", "+86 137 0000 0203", "xt.lin@jixin.example.cn"),),
            industry="消费电子 / 智能硬件",
            city="深圳",
            size="200-500 人",
            website="https://www.jixin-hw.example.cn",
            address="深圳市南山区科技园（示例地址）",
            culture="产品导向、快速迭代：一款新品从立项到量产通常不超过 9 个月。"
                    "工程师需要下产线、跑工厂，离用户和供应链都很近。",
            core_values="做用户真正愿意买单的产品；品质不妥协；小团队、大责任。",
            leadership_style="创始人是硬件工程师出身，亲自参加每周的产品评审；决策快、要求高，对结果而非工时考核。",
            atmosphere="创业公司氛围，沟通扁平、直接，新品量产前会有集中加班；团队平均年龄 30 岁左右。",
            notes="刚完成 C 轮融资，今年计划扩招研发 40 人。",
        ),
        "positions": [
            dict(
                title="嵌入式软件工程师（可穿戴）",
                city="深圳",
                work_mode="onsite",
                budget="25k-38k×13",
                min_years=3, max_years=8,
                skills=[("C", 5, True), ("RTOS", 4, True), ("Embedded Linux", 3, False),
                        ("Bluetooth Low Energy", 4, False), ("Python", 1, False)],
                description="负责智能手表与耳机的固件开发，包括低功耗蓝牙协议栈适配、传感器驱动与功耗优化；"
                            "配合硬件与测试团队完成新品从 EVT 到量产的软件交付。",
                selling_points="产品远销欧美，能完整参与一款爆品的全周期；期权激励；技术路线自主。",
                benefits="五险一金、免费班车、季度产品内购。",
            ),
        ],
    },
    {
        "company": CompanyInput(
            name="杭州云织电商科技有限公司",
            contacts=(ContactInput("沈嘉", "人力资源总监", "+86 136 0000 0204", "jia.shen@yunzhi.example.cn",
                                   "shenjia88"),),
            industry="电子商务",
            city="杭州",
            size="1000-5000 人",
            website="https://www.yunzhi-ec.example.cn",
            address="杭州市余杭区未来科技城（示例地址）",
            culture="用户第一、数据驱动：每个需求都要讲清楚对 GMV 或体验的影响。"
                    "内部推崇“今天最好的表现是明天最低的要求”。",
            core_values="客户第一；拥抱变化；诚信；团队合作。",
            leadership_style="事业部制，业务负责人权限较大；管理上强调目标拆解和周报复盘，晋升以绩效和项目结果为准。",
            atmosphere="节奏快、机会多，大促期间（618、双 11）强度高；年轻团队，内部转岗灵活。",
            notes="对候选人稳定性要求高：近 3 年跳槽超过 2 次的慎推。",
        ),
        "positions": [
            dict(
                title="前端技术专家（交易平台）",
                city="杭州",
                work_mode="hybrid",
                budget="40k-60k×16",
                min_years=6, max_years=12,
                skills=[("TypeScript", 5, True), ("React", 5, True), ("Node.js", 3, False), ("Webpack", 2, False),
                        ("Performance Optimization", 3, False)],
                description="负责交易链路（商品详情、购物车、下单）的前端架构与性能优化，推动组件库和低代码平台建设，"
                            "带领 4–6 人的前端小组。",
                selling_points="日活千万级的核心页面，技术影响力大；16 薪；有机会参与开源项目。",
                benefits="六险一金、无息购房贷款、年度旅游。",
            ),
            dict(
                title="数据分析经理（用户增长）",
                city="杭州",
                work_mode="onsite",
                budget="3万-4.2万×14",
                min_years=5, max_years=10,
                skills=[("SQL", 5, True), ("Python", 3, False), ("A/B Testing", 4, False), ("Tableau", 2, False),
                        ("E-commerce", 3, False)],
                description="建立用户增长的指标体系与实验平台分析规范，主导拉新、促活与复购的 A/B 实验设计和归因分析，"
                            "向增长负责人输出策略建议。",
                selling_points="直接参与公司级增长战略；数据团队技术栈成熟；可带 2 名分析师。",
                benefits="六险一金、年终奖、内部培训体系。",
            ),
        ],
    },
    {
        "company": CompanyInput(
            name="北京深言智能科技有限公司",
            aliases="深言智能, DeepWords AI",
            contacts=(ContactInput("赵一凡", "联合创始人 / COO", "+86 135 0000 0205", "yifan@deepwords.example.cn"),),
            industry="人工智能 / 大模型",
            city="北京",
            size="100-200 人",
            website="https://www.shenyan-ai.example.cn",
            address="北京市海淀区中关村（示例地址）",
            culture="研究与工程并重：论文和上线效果同样被认可。内部鼓励开放讨论，任何人都可以在周五的技术会上挑战方案。",
            core_values="求真；开放；把前沿技术做成好用的产品。",
            leadership_style="创始团队来自知名高校实验室，管理扁平，技术负责人直接带项目；目标透明，OKR 全员公开。",
            atmosphere="学术气氛浓、节奏快，工程师自驱力强；算力资源充足，办公环境安静。",
            notes="B 轮后现金充裕；对候选人学历与论文有偏好，但不是硬门槛。",
        ),
        "positions": [
            dict(
                title="大模型算法工程师",
                city="北京",
                work_mode="onsite",
                budget="5万-8万×15",
                min_years=3, max_years=8,
                skills=[("PyTorch", 5, True), ("Python", 4, True), ("Natural Language Processing", 4, False),
                        ("Deep Learning", 4, False), ("Distributed Training", 3, False)],
                description="负责行业大模型的继续预训练、指令微调与对齐（RLHF/DPO），以及评测体系建设；"
                            "与工程团队合作优化推理性能。",
                selling_points="千卡级算力；成果可发表；期权丰厚。",
                benefits="六险一金、免费三餐、租房补贴。",
            ),
            dict(
                title="机器学习平台工程师（MLOps）",
                city="北京",
                work_mode="hybrid",
                budget="40k-55k×15",
                min_years=4, max_years=10,
                skills=[("Kubernetes", 5, True), ("Python", 4, False), ("Go", 3, False), ("Docker", 3, False),
                        ("Distributed Training", 2, False)],
                description="建设训练与推理平台：GPU 集群调度、训练任务编排、模型发布与监控；"
                            "提升集群利用率与研发效率。",
                selling_points="从 0 到 1 搭建平台，技术选型自主；与算法团队紧密协作。",
                benefits="六险一金、免费三餐、每周一天远程。",
            ),
            dict(
                title="AI 产品经理（企业服务）",
                city="北京",
                work_mode="hybrid",
                budget="35k-50k×14",
                min_years=4, max_years=9,
                skills=[("Product Management", 5, True), ("Artificial Intelligence", 4, False),
                        ("B2B SaaS", 4, False), ("SQL", 2, False)],
                description="负责面向金融与制造行业客户的大模型应用产品，从需求调研、方案设计到上线和客户成功；"
                            "与销售一起参与重点客户交付。",
                selling_points="新产品线，直接向 CEO 汇报；客户均为行业头部企业。",
                benefits="六险一金、免费三餐、期权。",
            ),
        ],
    },
    {
        "company": CompanyInput(
            name="Northfield Consumer Brands (Shanghai) Co., Ltd.",
            aliases="Northfield, 诺菲尔德",
            contacts=(ContactInput("Grace Walsh", "Talent Acquisition Lead APAC", "+86 21 5000 0206",
                                   "grace.walsh@northfield.example.com"),
                      ContactInput("David Liu", "VP E-commerce China", "+86 138 0000 0207",
                                   "david.liu@northfield.example.com", notes="Hiring manager; prefers e-mail")),
            industry="Consumer goods (FMCG)",
            city="Shanghai",
            size="5000+ globally, 800 in China",
            website="https://www.northfield-brands.example.com",
            address="Jing'an District, Shanghai (sample address)",
            culture="A 120-year-old European household and personal-care group with a consumer-obsessed, "
                    "process-driven culture. Decisions are made in cross-functional teams and documented; "
                    "China is the group's second-largest market and has growing autonomy.",
            core_values="Act with integrity; put the consumer at the heart; win together.",
            leadership_style="Matrix organisation: China leaders report locally to the GM and functionally to "
                             "regional heads in Singapore. Managers are coaching-oriented and invest in development "
                             "plans; expect formal quarterly reviews.",
            atmosphere="Professional and international; English is the working language for leadership meetings. "
                       "Good work-life balance, with busier peaks around 618 and Double 11.",
            notes="Retained search for the e-commerce role; "
                  "HR partner prefers candidates with Tmall flagship experience.",
        ),
        "positions": [
            dict(
                title="Head of E-commerce, China",
                city="Shanghai",
                work_mode="hybrid",
                budget="60k-80k×13",
                min_years=10, max_years=16,
                skills=[("E-commerce", 5, True), ("Team Leadership", 4, True), ("Tmall Operations", 4, False),
                        ("Digital Marketing", 3, False), ("P&L Management", 3, False)],
                description="Own the China online business (Tmall, JD, Douyin) with full P&L responsibility, "
                            "lead a team of 12, and build the omnichannel roadmap with the regional digital team.",
                selling_points="Board-level visibility; the online channel is 45% of China sales and growing; "
                               "regional career path.",
                benefits="13th-month salary, bonus up to 30%, private medical, 15 days annual leave.",
            ),
            dict(
                title="Regional Data Engineering Lead, APAC",
                city="Singapore",
                work_mode="remote",
                budget="$120k-150k/yr",
                min_years=7, max_years=12,
                skills=[("Spark", 5, True), ("Python", 4, False), ("SQL", 4, True), ("Airflow", 3, False),
                        ("AWS", 3, False), ("dbt", 2, False)],
                description="Lead the APAC data platform team (5 engineers across Shanghai, Singapore and Sydney), "
                            "consolidating sales-out, e-commerce and media data into one lakehouse on AWS.",
                selling_points="Fully remote within APAC; greenfield platform with executive sponsorship.",
                benefits="Annual bonus 15%, home-office allowance, regional health cover.",
            ),
        ],
    },
]

# --------------------------------------------------------------------------------------------------
# Candidates: all fictional. (key, input); the key lets the screens below refer to them.
# --------------------------------------------------------------------------------------------------


def _cand(name: str, email: str, phone: str, city: str, title: str, company: str, years: float,
          skills: list[str], notes: str) -> CandidateInput:
    return CandidateInput(full_name=name, email=email, phone=phone, city=city, current_title=title,
                          current_company=company, years_experience=years, skills=tuple(skills), notes=notes)


CANDIDATES: list[CandidateInput] = [
    # --- Chinese candidates ---------------------------------------------------------------------
    _cand("李浩然", "haoran.li@example.cn", "+86 138 0000 0101", "上海", "高级 Java 工程师", "星衡支付科技",
          7, ["Java", "Spring Boot", "MySQL", "Kafka", "Redis", "Distributed Systems"],
          "在星衡支付负责清算系统 4 年，做过日终对账重构。LinkedIn 主动投递。"),
    _cand("王静怡", "jingyi.wang@example.cn", "+86 138 0000 0102", "上海", "风控建模负责人", "禾川消费金融",
          8, ["Python", "机器学习", "Credit Risk", "SQL", "SAS", "Scorecard"],
          "统计学硕士，带过 4 人团队；熟悉央行征信数据。"),
    _cand("吴俊杰", "junjie.wu@example.cn", "+86 138 0000 0103", "杭州", "Go 开发工程师", "闻溪网络",
          6, ["Go", "MySQL", "Kafka", "Redis", "Kubernetes", "Docker"],
          "后端背景，最近一年在做容器平台；不会 Java。"),
    _cand("陈子轩", "zixuan.chen@example.cn", "+86 138 0000 0104", "深圳", "嵌入式软件工程师", "拓岚电子",
          5, ["C", "C++", "RTOS", "Bluetooth Low Energy", "Embedded Linux"],
          "做过两代 TWS 耳机固件，了解功耗优化。"),
    _cand("黄晓峰", "xiaofeng.huang@example.cn", "+86 138 0000 0105", "东莞", "固件技术经理", "启岳智造",
          9, ["C", "RTOS", "ARM Cortex-M", "PCB Design", "Team Leadership"],
          "资深固件，带 6 人小组；家在东莞，可以考虑深圳。"),
    _cand("刘思雨", "siyu.liu@example.cn", "+86 138 0000 0106", "杭州", "前端架构师", "闻溪网络",
          8, ["TypeScript", "React", "Node.js", "Webpack", "Performance Optimization", "GraphQL"],
          "主导过公司组件库建设，GitHub 上有 2k star 的开源项目。"),
    _cand("徐可欣", "kexin.xu@example.cn", "+86 138 0000 0107", "杭州", "高级数据分析师", "骏途物流科技",
          5, ["SQL", "Python", "A/B Testing", "Tableau", "用户增长"],
          "物流行业数据分析，做过运费定价实验；想转到电商。"),
    _cand("张博文", "bowen.zhang@example.cn", "+86 138 0000 0108", "北京", "算法研究员", "云汐科技",
          5, ["Python", "PyTorch", "NLP", "深度学习", "Transformers", "Distributed Training"],
          "博士，ACL 两篇一作；参与过百亿参数模型预训练。"),
    _cand("杨梦琪", "mengqi.yang@example.cn", "+86 138 0000 0109", "北京", "NLP 算法工程师", "知渡信息",
          3, ["Python", "TensorFlow", "自然语言处理", "知识图谱"],
          "硕士毕业 3 年，做搜索问答；没有 PyTorch 项目经验。"),
    _cand("赵一鸣", "yiming.zhao@example.cn", "+86 138 0000 0110", "北京", "高级平台工程师（SRE）", "澄泓云计算",
          6, ["Kubernetes", "Go", "Docker", "Prometheus", "Python"],
          "负责 2000 节点的 K8s 集群，做过 GPU 调度插件。"),
    _cand("孙立伟", "liwei.sun@example.cn", "+86 138 0000 0111", "北京", "高级产品经理", "澄泓云计算",
          7, ["Product Management", "B2B SaaS", "SQL", "人工智能", "项目管理"],
          "企业服务 PM，做过智能客服产品，从 0 到 1 签下 30+ 客户。"),
    _cand("马嘉怡", "jiayi.ma@example.cn", "+86 138 0000 0112", "上海", "电商总监", "黛澜美妆集团",
          11, ["E-commerce", "Tmall Operations", "Digital Marketing", "Team Leadership", "P&L Management",
               "直播电商"],
          "天猫旗舰店从 2 亿做到 9 亿 GMV；英语可作为工作语言。"),
    _cand("朱天宇", "tianyu.zhu@example.cn", "+86 138 0000 0113", "广州", "Java 开发工程师", "粤信软件",
          2, ["Java", "Spring Boot", "MySQL", "Vue"],
          "毕业两年，外包项目为主；学习意愿强。"),
    _cand("郭振宇", "zhenyu.guo@example.cn", "+86 138 0000 0114", "深圳", "硬件工程师", "拓岚电子",
          10, ["PCB Design", "Analog Circuits", "C", "Supply Chain"],
          "硬件出身，写过一些单片机程序；对产品经理方向感兴趣。"),
    _cand("林书瑶", "shuyao.lin@example.cn", "+86 138 0000 0115", "杭州", "电商运营经理", "禾木家居",
          6, ["E-commerce", "Tmall Operations", "直播电商", "Digital Marketing", "SQL", "Team Leadership"],
          "家居品类运营，团队 5 人；想去外企。"),
    # --- English-named candidates ---------------------------------------------------------------
    _cand("Marcus Tan", "marcus.tan@example.com", "+1 415 555 0101", "Singapore", "Backend Engineer",
          "Tidewell Payments", 4, ["Java", "Spring Boot", "PostgreSQL", "AWS", "Payments"],
          "Singaporean, Mandarin conversational; open to Shanghai for the right role."),
    _cand("Rachel Goldberg", "rachel.goldberg@example.com", "+1 415 555 0102", "Hong Kong", "Quantitative Analyst",
          "Meridale Capital", 5, ["Python", "Machine Learning", "SQL", "Time Series", "R"],
          "Markets background, no lending or credit-risk experience."),
    _cand("Kenji Mori", "kenji.mori@example.com", "+1 415 555 0103", "Shenzhen", "Firmware Engineer",
          "Corvane Robotics", 3, ["C", "Embedded Linux", "Python", "ROS"],
          "Robotics firmware on Linux; has not worked with an RTOS."),
    _cand("Chloe Dubois", "chloe.dubois@example.com", "+1 415 555 0104", "Shanghai", "Senior Front-end Engineer",
          "Sablecrest Cloud", 6, ["JavaScript", "Vue", "TypeScript", "CSS", "Figma"],
          "French, in Shanghai for 5 years; HSK 5."),
    _cand("Ben Hollis", "ben.hollis@example.com", "+1 415 555 0105", "Sydney", "Lead Full-stack Engineer",
          "Ostrander Labs", 10, ["TypeScript", "React", "Node.js", "GraphQL", "AWS"],
          "Strong React lead, remote-first; has visited Hangzhou for a client project."),
    _cand("Emma Lindqvist", "emma.lindqvist@example.com", "+1 415 555 0106", "Shanghai", "Consumer Insights Manager",
          "Fernbrook Foods", 7, ["SQL", "Power BI", "Consumer Insights", "E-commerce", "Excel"],
          "Swedish, 4 years in China; moving from insights into e-commerce analytics."),
    _cand("Priya Raman", "priya.raman@example.com", "+1 415 555 0107", "Singapore", "Machine Learning Engineer",
          "Kestrel Vision", 6, ["Python", "PyTorch", "Deep Learning", "Computer Vision", "CUDA"],
          "Computer-vision specialist; interested in moving to language models."),
    _cand("Oliver Brandt", "oliver.brandt@example.com", "+1 415 555 0108", "Shanghai", "DevOps Lead",
          "Halvorsen Retail Group", 9, ["K8s", "Terraform", "AWS", "Docker", "Python"],
          "German, spouse relocating to Beijing in spring."),
    _cand("Sophie Marchand", "sophie.marchand@example.com", "+1 415 555 0109", "Shanghai", "Product Manager",
          "Sablecrest Cloud", 5, ["Product Management", "AI", "User Research", "Figma"],
          "Built an AI writing assistant for enterprise customers; French and English, basic Mandarin."),
    _cand("Hannah Okafor", "hannah.okafor@example.com", "+1 415 555 0110", "Shanghai", "Senior Brand Manager",
          "Brackenridge Consumer Co.", 8, ["Brand Management", "Digital Marketing", "Consumer Insights",
                                           "Team Leadership"],
          "Classic brand-marketing track; little hands-on e-commerce operations."),
    _cand("Daniel Whitmore", "daniel.whitmore@example.com", "+1 415 555 0111", "Singapore", "Staff Data Engineer",
          "Pelion Data", 9, ["Python", "Spark", "SQL", "Airflow", "AWS", "dbt"],
          "British, 6 years in APAC; led a team of 4."),
    _cand("Lucas Ferreira", "lucas.ferreira@example.com", "+1 415 555 0112", "Shanghai", "Data Engineer",
          "Fernbrook Foods", 4, ["Python", "SQL", "Airflow", "GCP", "Kafka"],
          "Brazilian; streaming pipelines, no Spark in production."),
    _cand("Nathan Price", "nathan.price@example.com", "+1 415 555 0113", "Shanghai", "Engineering Manager",
          "Tidewell Payments", 12, ["Java", "Distributed Systems", "Kafka", "Team Leadership", "AWS"],
          "Managed 20 engineers; wants to stay hands-on but seniority may be above most openings."),
    _cand("Aisha Karimova", "aisha.karimova@example.com", "+1 415 555 0114", "Beijing", "Research Scientist",
          "Ostrander Labs", 2, ["Python", "PyTorch", "Natural Language Processing", "Reinforcement Learning"],
          "PhD from a Beijing university, fluent Mandarin; two years in industry."),
    _cand("Ivy Nakamura", "ivy.nakamura@example.com", "+1 415 555 0115", "Hong Kong", "Risk Analytics Manager",
          "Meridale Capital", 8, ["Credit Risk", "SQL", "SAS", "Python", "Machine Learning"],
          "Retail-credit scorecards in Hong Kong; would consider Shanghai only for a lead role."),
]

# --------------------------------------------------------------------------------------------------
# Phone screens: (candidate name, position title, screen details).
# --------------------------------------------------------------------------------------------------
SCREENS: list[tuple[str, str, dict[str, Any]]] = [
    ("李浩然", "高级后端工程师（支付清结算）", dict(
        job_search_direction="支付或金融科技方向的后端技术岗，希望承担更大的系统设计职责。",
        relevant_experience="4 年清算系统经验，主导日终对账重构，把对账时长从 3 小时降到 40 分钟；"
                            "熟悉 Kafka 消息一致性方案。",
        doubts_explained="他担心澜汇的系统老旧，已说明正在做微服务拆分，正需要有经验的人。",
        candidate_questions="团队规模？是否需要值夜班？新加坡轮岗的条件？",
        facts=dict(current_status="employed", notice_days=30,
                   reasons_for_change="现公司业务收缩，清算团队减员，晋升通道受阻。",
                   next_company_requirements="核心业务、技术有挑战；年包涨幅 20% 以上；不接受 996。",
                   main_skills="Java, Spring Boot, Kafka, 分布式事务, 对账系统",
                   current_salary="32k×15", expected_salary="40k×15", bottom_line="37k×15",
                   willing_to_relocate=False, interview_availability="下周二、周四晚上 7 点后"),
        candidate_qa={"schedule": ("是否需要值夜班？", "清算窗口期每季度轮值一次，有调休。"),
                      "other": ("新加坡轮岗的条件？", "入职满一年、绩效 B+ 以上可申请。")},
        intention="interested", outcome="recommend",
        assessment="李浩然技术扎实，清结算业务理解深入，对账重构项目成果可量化，与岗位高度匹配。"
                   "沟通清晰、稳定性好（现公司 4 年），期望薪资在预算范围内，建议尽快安排技术面。",
        notes="下周二、周四晚上 7 点后方便面试。",
    )),
    ("王静怡", "风控模型专家", dict(
        job_search_direction="信贷风控建模负责人，希望带团队。",
        relevant_experience="8 年消费金融风控，搭建过贷前 A 卡与反欺诈模型，模型上线后首逾率下降 1.2 个百分点。",
        doubts_explained="询问团队是否从零开始，已说明有 2 名建模师，数据平台已就绪。",
        candidate_questions="模型团队向谁汇报？是否有预算招人？",
        facts=dict(current_status="employed", notice_days=60,
                   reasons_for_change="现公司转型助贷，自营信贷业务缩减，模型团队影响力下降。",
                   next_company_requirements="持牌或合规背景好的平台；负责人岗位；可带团队。",
                   main_skills="Python, 机器学习, Credit Risk, 评分卡, SQL",
                   current_salary="4.5万×14", expected_salary="5.5万×14", bottom_line="5万×14",
                   willing_to_relocate=False, interview_availability="工作日午休时间，可请假半天"),
        intention="interested", outcome="recommend",
        assessment="王静怡风控建模经验完整，既懂模型又懂业务指标，带过团队，符合负责人定位。"
                   "期望在预算内；离职需 60 天交接，需提前与客户确认到岗时间。",
        notes="",
    )),
    ("黄晓峰", "嵌入式软件工程师（可穿戴）", dict(
        job_search_direction="嵌入式技术管理或架构岗位，希望回到深圳。",
        relevant_experience="9 年固件开发，熟悉 Cortex-M 与 FreeRTOS，带 6 人小组做过两款量产手环。",
        doubts_explained="岗位为一线工程师而非经理，他表示可以接受，但更看重职级。",
        candidate_questions="未来是否有管理岗位？期权怎么给？",
        facts=dict(current_status="employed", notice_days=30,
                   reasons_for_change="家庭原因希望回深圳；现公司产品线单一。",
                   next_company_requirements="职级不低于现在；年包不低于 60 万。",
                   main_skills="C, RTOS, ARM Cortex-M, 低功耗设计",
                   current_salary="38k×13", expected_salary="48k×13", bottom_line="45k×13",
                   willing_to_relocate=True),
        intention="considering", outcome="talent_pool",
        outcome_reason="期望薪资明显高于预算上限，且更适合技术经理岗位；客户下季度可能开固件架构师职位，先入库。",
        assessment="黄晓峰技术深度不错，量产经验丰富，但资历高于本岗位要求，期望薪资超出预算约 25%。"
                   "建议保持联系，待客户开出固件架构师或经理岗位时优先推荐。",
        notes="底线 45k×13 不要透露给客户。",
    )),
    ("Daniel Whitmore", "Regional Data Engineering Lead, APAC", dict(
        job_search_direction="Data platform leadership, ideally remote within APAC.",
        relevant_experience="Leads a team of 4 at Pelion Data; migrated a 200 TB warehouse to a Spark lakehouse "
                            "on AWS and introduced dbt and Airflow standards.",
        doubts_explained="Asked whether 'remote' really means remote; confirmed two trips a year to Shanghai.",
        candidate_questions="Reporting line to the regional CIO? Budget for tooling?",
        facts=dict(current_status="employed", notice_days=60,
                   reasons_for_change="Pelion was acquired; the platform is being merged into the parent's stack "
                                      "and his scope is shrinking.",
                   next_company_requirements="Team lead role, remote-friendly, modern cloud stack.",
                   main_skills="Spark, Python, SQL, Airflow, dbt, AWS",
                   current_salary="$135k/yr", expected_salary="$150k/yr", bottom_line="$140k/yr",
                   willing_to_relocate=False),
        intention="interested", outcome="recommend",
        assessment="Daniel has exactly the lakehouse migration experience the client needs and already manages "
                   "a distributed team. Expectation is at the top of the budget but his bottom line fits; "
                   "recommend for the first round with the regional CIO.",
        notes="Prefers calls before 11:00 Singapore time.",
    )),
    ("Chloe Dubois", "前端技术专家（交易平台）", dict(
        job_search_direction="Senior front-end role in a product company; open to Hangzhou.",
        relevant_experience="Six years of front-end work, the last three on a Vue 3 + TypeScript admin console; "
                            "no production React.",
        doubts_explained="Explained that the client's stack is React-only and that they expect the lead to review "
                         "React code from day one.",
        candidate_questions="Would they train her on React? Is English enough day-to-day?",
        facts=dict(current_status="employed", notice_days=30,
                   reasons_for_change="Wants a larger consumer-facing product after years on internal tools.",
                   next_company_requirements="Modern stack, international colleagues, hybrid work.",
                   main_skills="Vue, TypeScript, JavaScript, CSS",
                   current_salary="42k×13", expected_salary="50k×13", bottom_line="46k×13",
                   willing_to_relocate=True),
        intention="interested", outcome="not_suitable",
        outcome_reason="No production React experience, which is a must-have, and the team works in Chinese.",
        assessment="Chloe is a capable Vue/TypeScript engineer with good product sense, but this role needs a React "
                   "lead who can work in Chinese every day. Not suitable here; worth keeping in mind for "
                   "international teams using Vue.",
        notes="",
    )),
    ("Ben Hollis", "前端技术专家（交易平台）", dict(
        job_search_direction="Staff or lead engineer, remote-first.",
        relevant_experience="Ten years full-stack; leads React/TypeScript teams and rebuilt a checkout flow that "
                            "cut page load by 40%.",
        doubts_explained="Client requires hybrid work in Hangzhou; he would only consider a move for a "
                         "sponsored relocation package.",
        candidate_questions="Visa sponsorship? Relocation budget? Would a six-month remote trial be possible?",
        facts=dict(current_status="employed", notice_days=28,
                   reasons_for_change="Current company is cutting the product he leads.",
                   next_company_requirements="Remote or fully sponsored relocation; technical leadership.",
                   main_skills="React, TypeScript, Node.js, Performance Optimization",
                   current_salary="$140k/yr", expected_salary="$160k/yr",
                   bottom_line="$150k/yr", willing_to_relocate=False),
        intention="considering", outcome="talent_pool",
        outcome_reason="Strong skills, but he will not relocate to Hangzhou and the client does not hire remotely.",
        assessment="Ben is one of the strongest React leads we have spoken to this year and his checkout "
                   "performance work is directly relevant. The blocker is location, not ability; keep him for "
                   "remote APAC openings.",
        notes="Salary in USD equivalent of his AUD package.",
    )),
]


def _budget(text: str) -> tuple[Salary | None, Salary | None]:
    parsed = parse_salary_range(text)
    return (parsed.low, parsed.high) if parsed else (None, None)


def build(services: Services) -> None:
    """Create the whole demo agency through the services."""
    services.settings.set(SETTINGS)

    positions: dict[str, int] = {}
    for entry in COMPANIES:
        company = services.companies.save_company(entry["company"])
        for spec in entry["positions"]:
            low, high = _budget(spec["budget"])
            record = services.companies.save_position(PositionInput(
                company_id=company.id, title=spec["title"], city=spec["city"], work_mode=spec["work_mode"],
                budget_min=low, budget_max=high, min_years=spec["min_years"], max_years=spec["max_years"],
                skills=tuple(SkillRequirementInput(name, weight, must) for name, weight, must in spec["skills"]),
                description=spec["description"], selling_points=spec["selling_points"],
                benefits=spec["benefits"]))
            positions[record.title] = record.id

    candidates: dict[str, int] = {}
    for data in CANDIDATES:
        candidates[data.full_name] = services.candidates.save(data).id

    for index, (name, title, spec) in enumerate(SCREENS):
        raw = dict(spec["facts"])
        facts = KeyFacts(
            current_status=raw["current_status"], notice_days=raw["notice_days"],
            reasons_for_change=raw["reasons_for_change"],
            next_company_requirements=raw["next_company_requirements"], main_skills=raw["main_skills"],
            current_salary=parse_salary(raw["current_salary"]),
            expected_salary=parse_salary(raw["expected_salary"]),
            bottom_line=parse_salary(raw["bottom_line"]),
            willing_to_relocate=raw["willing_to_relocate"],
            interview_availability=raw.get("interview_availability", ""))
        started, ended = _screen_times(index)
        services.screens.record(ScreenInput(
            candidate_id=candidates[name], position_id=positions[title],
            identity_confirmed=True, introduced=True, purpose_explained=True, convenient=True,
            job_search_direction=spec["job_search_direction"], relevant_experience=spec["relevant_experience"],
            doubts_explained=spec["doubts_explained"], candidate_questions=spec["candidate_questions"],
            candidate_qa=spec.get("candidate_qa", {}),
            facts=facts, intention=spec["intention"], outcome=spec["outcome"],
            outcome_reason=spec.get("outcome_reason", ""), assessment=spec["assessment"], notes=spec["notes"],
            started_at=started, ended_at=ended))


# --------------------------------------------------------------------------------------------------
# Fixed timestamps
# --------------------------------------------------------------------------------------------------


def _at(days: float, minutes: int = 0) -> datetime:
    return BASE + timedelta(days=days, minutes=minutes)


def _screen_times(index: int) -> tuple[datetime, datetime]:
    """Two calls a day from day 9 on, at 10:00 and 15:00, lasting 18-38 minutes."""
    started = _at(9 + index // 2, 60 + 300 * (index % 2))
    return started, started + timedelta(minutes=18 + 4 * index)


def fix_timestamps(document: dict[str, Any]) -> None:
    """Replace every run-dependent time in the exported document with a fixed, plausible one."""
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    iso = datetime.isoformat

    def stamp(table: str, when: Any) -> None:
        for i, row in enumerate(tables.get(table, [])):
            value = when(i, row)
            for key in ("created_at", "updated_at"):
                if key in row:
                    row[key] = iso(value)

    stamp("company", lambda i, _row: _at(0, 15 * i))
    stamp("contact", lambda i, _row: _at(0, 120 + 5 * i))
    stamp("position", lambda i, _row: _at(1, 25 * i))
    stamp("candidate", lambda i, _row: _at(2 + i // 5, 40 * (i % 5)))

    call_end: dict[tuple[int, int | None], datetime] = {}
    screen_end: dict[int, str] = {}
    for i, row in enumerate(tables.get("phone_screen", [])):
        started, ended = _screen_times(i)
        row["started_at"], row["ended_at"] = iso(started), iso(ended)
        call_end[(row["candidate_id"], row["position_id"])] = ended
        screen_end[row["id"]] = iso(ended)
    for i, row in enumerate(tables.get("fact_confirmation", [])):
        row["at"] = screen_end.get(row["screen_id"]) or iso(_at(20, i))

    last_call: dict[int, datetime] = {}
    for (candidate_id, _position_id), ended in call_end.items():
        last_call[candidate_id] = max(ended, last_call.get(candidate_id, ended))
    for row in tables.get("candidate", []):
        if row["id"] in last_call:
            row["updated_at"] = iso(last_call[row["id"]])

    entry_time: dict[int, str] = {}
    for i, row in enumerate(tables.get("pipeline_entry", [])):
        when = call_end.get((row["candidate_id"], row["position_id"]), _at(20, i))
        row["updated_at"] = entry_time[row["id"]] = iso(when)
    for i, row in enumerate(tables.get("pipeline_event", [])):
        row["at"] = entry_time.get(row["entry_id"], iso(_at(20, i)))
    for i, row in enumerate(tables.get("activity", [])):
        row["at"] = iso(call_end.get((row["candidate_id"], row["position_id"]), _at(20, i)))
    created = {row["id"]: row.get("created_at") for row in tables.get("candidate", [])}
    for i, row in enumerate(tables.get("resume_file", [])):
        row["imported_at"] = created.get(row["candidate_id"]) or iso(_at(2, i))

    # Anything a later schema adds with one of these names still gets a fixed value.
    handled = {"company", "contact", "position", "candidate", "phone_screen", "pipeline_entry", "pipeline_event",
               "activity", "resume_file", "fact_confirmation"}
    for name, rows in tables.items():
        if name in handled:
            continue
        for i, row in enumerate(rows):
            for key in TIMESTAMP_KEYS:
                if row.get(key) is not None:
                    row[key] = iso(_at(20, i))
    document["exported_at"] = EXPORTED_AT


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        print(f"usage: {Path(__file__).name} [OUTPUT.json]", file=sys.stderr)
        return 2
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hhdesk-demo-") as tmp:
        data_dir = Path(tmp)
        # An explicit URL: never build the demo in a shared database named by HHDESK_DATABASE_URL.
        services = build_services(data_dir, url=f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}")
        try:
            build(services)
            counts = export_data(services.engine, output)
        finally:
            services.close()
    document = json.loads(output.read_text(encoding="utf-8"))
    fix_timestamps(document)
    output.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {output}")
    for table, count in counts.items():
        print(f"  {table:<16} {count:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
