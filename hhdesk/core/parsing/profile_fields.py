"""City, skills and languages in resume text."""

from __future__ import annotations

import re
import unicodedata

from hhdesk.core.languages import LANGUAGE_RE, SPELLING_TO_LANGUAGE
from hhdesk.core.parsing.sections import normalise_lines, sections
from hhdesk.core.skills import SkillVocabulary, default_vocabulary

__all__ = ["MAX_SKILLS", "find_city", "find_city_in", "find_languages", "find_skills"]

MAX_SKILLS = 25

# Chinese name → (pinyin / English spellings). The Chinese name is what the field holds for these.
_CN_CITIES: dict[str, tuple[str, ...]] = {
    "北京": ("Beijing", "Peking"), "上海": ("Shanghai",), "广州": ("Guangzhou", "Canton"),
    "深圳": ("Shenzhen",), "杭州": ("Hangzhou",), "南京": ("Nanjing",), "苏州": ("Suzhou",),
    "成都": ("Chengdu",), "重庆": ("Chongqing",), "武汉": ("Wuhan",), "西安": ("Xi'an", "Xian"),
    "天津": ("Tianjin",), "长沙": ("Changsha",), "郑州": ("Zhengzhou",), "青岛": ("Qingdao",),
    "厦门": ("Xiamen",), "宁波": ("Ningbo",), "无锡": ("Wuxi",), "合肥": ("Hefei",), "济南": ("Jinan",),
    "大连": ("Dalian",), "沈阳": ("Shenyang",), "福州": ("Fuzhou",), "东莞": ("Dongguan",),
    "佛山": ("Foshan",), "珠海": ("Zhuhai",), "昆明": ("Kunming",), "哈尔滨": ("Harbin",),
    "长春": ("Changchun",), "石家庄": ("Shijiazhuang",), "南昌": ("Nanchang",), "贵阳": ("Guiyang",),
    "南宁": ("Nanning",), "太原": ("Taiyuan",), "兰州": ("Lanzhou",), "海口": ("Haikou",),
    "乌鲁木齐": ("Urumqi",), "呼和浩特": ("Hohhot",), "香港": ("Hong Kong",), "澳门": ("Macau", "Macao"),
    "台北": ("Taipei",), "常州": ("Changzhou",), "温州": ("Wenzhou",), "嘉兴": ("Jiaxing",),
    "绍兴": ("Shaoxing",), "烟台": ("Yantai",), "徐州": ("Xuzhou",), "南通": ("Nantong",),
    "惠州": ("Huizhou",), "中山": ("Zhongshan",), "泉州": ("Quanzhou",), "洛阳": ("Luoyang",),
}
_WORLD_CITIES = (
    "New York", "NYC", "San Francisco", "Los Angeles", "Seattle", "Boston", "Chicago", "Austin", "Atlanta",
    "Mountain View", "Palo Alto", "Menlo Park", "Cupertino", "San Jose", "San Diego", "Washington",
    "Silicon Valley", "London", "Paris", "Berlin", "Munich", "Hamburg", "Bremen", "Bonn", "Amsterdam",
    "Dublin", "Zurich", "Geneva", "Stockholm", "Madrid", "Barcelona", "Milan", "Rome", "Vienna", "Prague",
    "Warsaw", "Moscow", "Istanbul", "Dubai", "Tel Aviv", "Tokyo", "Osaka", "Seoul", "Singapore", "Bangkok",
    "Kuala Lumpur", "Jakarta", "Manila", "Mumbai", "Bangalore", "Bengaluru", "Delhi", "New Delhi",
    "Hyderabad", "Pune", "Chennai", "Sydney", "Melbourne", "Toronto", "Vancouver", "Montreal", "Gotham",
    "Mexico City", "Sao Paulo", "São Paulo", "Buenos Aires", "Cairo", "Lagos", "Nairobi", "Johannesburg",
    "Pittsburgh", "Philadelphia", "Denver", "Portland", "Miami", "Dallas", "Houston", "Cambridge",
)
_SPELLING_TO_CITY = {s.casefold(): zh for zh, spellings in _CN_CITIES.items() for s in spellings}
_SPELLING_TO_CITY.update({c.casefold(): c for c in _WORLD_CITIES})
_SPELLING_TO_CITY["nyc"] = "New York"
_CITY_ZH = re.compile("|".join(sorted(_CN_CITIES, key=len, reverse=True)))
_CITY_LATIN = re.compile(
    r"(?i)(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in sorted(_SPELLING_TO_CITY, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_CITY_LABEL = re.compile(
    r"(?im)^.*?(?:现居(?:住)?(?:地|城市)?|所在(?:地|城市)|居住地|现住址|目前所在地|期望(?:工作)?(?:城市|地点)|"
    r"工作地点|location|address|based in|current city|城市|地址)\s*[:：]?\s*(?P<value>.+)$"
)
_TOP_LINES = 12

_LANGUAGE_SPELLING = SPELLING_TO_LANGUAGE
_LANGUAGE_RE = LANGUAGE_RE
# Words that make a language mention a statement of ability, not a course or a topic.
_LEVEL = re.compile(
    r"(?i)native|fluent|proficien|business|conversational|basic|intermediate|advanced|mother tongue|bilingual|"
    r"working|professional|elementary|limited|[abc][12]\b|cet|ielts|toefl|jlpt|n[1-5]\b|hsk|母语|流利|熟练|精通|"
    r"良好|一般|基础|四级|六级|八级|专八|专四|读写|听说|口语|日常|商务|雅思|托福"
)


def find_city_in(text: str) -> str | None:
    """The first known city named in ``text`` (Chinese cities come back in Chinese), or ``None``."""
    zh = _CITY_ZH.search(text)
    latin = _CITY_LATIN.search(text)
    if zh and (latin is None or zh.start() <= latin.start()):
        return zh.group()
    if latin:
        return _SPELLING_TO_CITY[latin.group().casefold()]
    return None


def find_city(text: str) -> str | None:
    """The candidate's city: a 现居/所在地/Location/Address line first, else the first city in the top lines
    (the header block, where resumes put where the person lives)."""
    norm = unicodedata.normalize("NFKC", text)
    for match in _CITY_LABEL.finditer(norm):
        city = find_city_in(match.group("value"))
        if city is not None:
            return city
    lines = [line for line in norm.splitlines() if line.strip()]
    for line in lines[:_TOP_LINES]:
        if len(line) > 120:
            continue
        city = find_city_in(line)
        if city is not None:
            return city
    return None


def find_skills(text: str, vocabulary: SkillVocabulary | None = None) -> tuple[str, ...]:
    """Canonical skills the resume names: from its skills sections when it has any, else the whole text;
    skills-section mentions first, at most :data:`MAX_SKILLS`."""
    vocab = vocabulary or default_vocabulary()
    lines = normalise_lines(text)
    skill_text = "\n".join(
        "\n".join(lines[s.first : s.last]) for s in sections(lines) if s.kind in ("skills", "languages")
    )
    found = vocab.suggest(skill_text) if skill_text.strip() else []
    if len(found) < 3:
        found = list(dict.fromkeys([*found, *vocab.suggest(text)]))
    return tuple(found[:MAX_SKILLS])


def find_languages(text: str) -> tuple[str, ...]:
    """Spoken languages the resume claims (English, Mandarin, 粤语 → Cantonese …), names only, in order.

    A language counts in a languages section or on a line that also states a level (fluent, 母语, CET-6 …);
    'Chinese Literature' or a 'Japanese client' elsewhere does not.
    """
    lines = normalise_lines(text)
    in_section = set()
    for section in sections(lines):
        if section.kind == "languages" or "language" in lines[section.heading_line].casefold():
            in_section.update(range(section.first, section.last))
    found: dict[str, None] = {}
    for index, line in enumerate(lines):
        if not line:
            continue
        labelled = re.match(r"(?i)\s*(?:languages?|语言(?:能力)?|外语)\s*[:：]", line) is not None
        for match in _LANGUAGE_RE.finditer(line):
            if index in in_section or labelled or _LEVEL.search(line):
                found.setdefault(_LANGUAGE_SPELLING[match.group().casefold()])
    return tuple(found)
