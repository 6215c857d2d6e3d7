"""Seeded newsroom archives for the benchmarks: a realistic store of any size, built fast.

`build_store(path, n_articles, seed)` writes a Copydesk store holding a multi-year archive of
English, Japanese and Korean articles (roughly 50/30/20 %), spread over the nine standard sections,
with a few thousand tags, one revision per article, mixed statuses and five years of dates.

The schema comes from the app itself (`open_store` runs the migrations); the rows are then
bulk-inserted with plain `sqlite3` in one transaction. The full-text columns are made with the
app's own `index_text` and the stored counts with `text_stats`, so the file is what Copydesk
would have written had every article been typed in.

`cached_store(n, seed)` builds once under `benchmarks/.cache/` and reuses the file afterwards;
benchmarks that write take a `writable_copy(...)` of it.

Run `python -m benchmarks.datasets --articles 50000` to build (or reuse) the cached store and
print its build time and size.
"""

from __future__ import annotations

import argparse
import os
import queue
import random
import re
import shutil
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor_app.core.store import migrations  # noqa: E402
from editor_app.core.store.engine import open_store  # noqa: E402
from editor_app.core.store.search import index_text  # noqa: E402
from editor_app.core.text import TextStats, slugify, text_stats  # noqa: E402

# Bump when the generated content changes, so stale cached stores are rebuilt.
DATASET_VERSION = 2
CACHE_DIR = Path(__file__).resolve().parent / ".cache"
# The archive ends here (fixed, so a seed always gives the same file); it spans five years.
ARCHIVE_END = datetime(2026, 10, 30, 18, 0, 0)
ARCHIVE_DAYS = 5 * 365

SECTIONS = ("News", "Politics", "World", "Society", "Business", "Culture", "Science", "Technology", "Sports")
SECTION_WEIGHTS = (20, 16, 13, 10, 14, 8, 6, 8, 5)
LANGS = ("en", "ja", "ko")
LANG_WEIGHTS = (50, 30, 20)
STATUSES = ("publish", "draft", "pending", "future", "private", "trash")
STATUS_WEIGHTS = (80, 9, 4, 1.5, 2.5, 3)
SITE_NAME = "The Harbour Ledger"

# --------------------------------------------------------------------------- vocabularies
# Keywords per section; the first ones of each list come up more often than the last ones.
KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "News": ("fire", "flood", "storm", "police", "court ruling", "investigation", "evacuation",
                 "rescue", "power outage", "landslide"),
        "Politics": ("election", "parliament", "cabinet", "coalition", "ballot", "campaign", "budget bill",
                     "opposition", "referendum", "by-election"),
        "World": ("summit", "ceasefire", "embassy", "sanctions", "refugees", "border", "treaty",
                  "trade talks", "diplomats", "alliance"),
        "Society": ("housing", "schools", "hospitals", "pensions", "childcare", "elderly care", "commuters",
                    "volunteers", "rents", "welfare"),
        "Business": ("inflation", "interest rates", "exports", "shares", "earnings", "central bank", "wages",
                     "startups", "merger", "supply chain"),
        "Culture": ("festival", "museum", "film", "novel", "exhibition", "concert", "theatre", "award",
                    "orchestra", "gallery"),
        "Science": ("researchers", "climate", "vaccine", "telescope", "study", "fossil", "genome",
                    "earthquake", "ocean", "species"),
        "Technology": ("semiconductor", "artificial intelligence", "data centre", "smartphone", "software",
                       "cybersecurity", "battery", "robot", "satellite", "broadband"),
        "Sports": ("baseball", "football", "marathon", "Olympics", "championship", "coach", "striker",
                   "pitcher", "tournament", "stadium"),
    },
    "ja": {
        "News": ("火災", "大雨", "台風", "交通事故", "警察", "裁判所", "捜査", "避難", "救助", "停電"),
        "Politics": ("選挙", "国会", "首相", "連立政権", "投票", "選挙戦", "予算案", "野党", "憲法改正", "内閣"),
        "World": ("首脳会談", "停戦", "大使館", "制裁", "難民", "国境", "条約", "通商交渉", "外交", "同盟"),
        "Society": ("住宅", "学校", "病院", "年金", "保育", "介護", "通勤", "ボランティア", "家賃", "福祉"),
        "Business": ("物価上昇", "金利", "輸出", "株価", "決算", "日本銀行", "賃金", "新興企業", "合併", "供給網"),
        "Culture": ("祭り", "美術館", "映画", "小説", "展覧会", "演奏会", "舞台", "文学賞", "管弦楽団", "画廊"),
        "Science": ("研究者", "気候変動", "ワクチン", "望遠鏡", "化石", "遺伝子", "地震", "海洋", "生物多様性",
                    "宇宙"),
        "Technology": ("半導体", "人工知能", "データセンター", "スマートフォン", "ソフトウェア", "サイバー攻撃",
                       "電池", "ロボット", "人工衛星", "通信網"),
        "Sports": ("野球", "サッカー", "マラソン", "五輪", "選手権", "監督", "投手", "大会", "競技場", "代表"),
    },
    "ko": {
        "News": ("화재", "폭우", "태풍", "교통사고", "경찰", "법원", "수사", "대피", "구조", "정전"),
        "Politics": ("선거", "국회", "대통령", "여당", "투표", "선거운동", "예산안", "야당", "개헌", "내각"),
        "World": ("정상회담", "휴전", "대사관", "제재", "난민", "국경", "조약", "통상협상", "외교", "동맹"),
        "Society": ("주택", "학교", "병원", "연금", "보육", "돌봄", "출퇴근", "자원봉사", "월세", "복지"),
        "Business": ("경제", "물가", "금리", "수출", "주가", "실적", "한국은행", "임금", "스타트업", "공급망"),
        "Culture": ("축제", "미술관", "영화", "소설", "전시회", "공연", "연극", "문학상", "오케스트라", "화랑"),
        "Science": ("연구진", "기후변화", "백신", "망원경", "화석", "유전자", "지진", "해양", "생물다양성", "우주"),
        "Technology": ("반도체", "인공지능", "데이터센터", "스마트폰", "소프트웨어", "사이버공격", "배터리", "로봇",
                       "인공위성", "통신망"),
        "Sports": ("야구", "축구", "마라톤", "올림픽", "선수권", "감독", "투수", "대회", "경기장", "대표팀"),
    },
}

# Places: the first entries (the capitals) are the most frequent.
PLACES = {
    "en": ("London", "Tokyo", "New York", "Seoul", "Manchester", "Sydney", "Toronto", "Dublin", "Osaka",
           "Chicago", "Edinburgh", "Auckland", "Singapore", "Cardiff", "Boston", "Melbourne", "Vancouver",
           "Leeds", "Busan", "Wellington"),
    "ja": ("東京", "大阪", "横浜", "名古屋", "京都", "札幌", "福岡", "神戸", "仙台", "広島", "那覇", "新潟",
           "金沢", "熊本", "静岡"),
    "ko": ("서울", "부산", "인천", "대구", "대전", "광주", "울산", "수원", "세종", "제주", "창원", "전주"),
}
ORGS = {
    "en": ("the government", "the city council", "the health ministry", "the central bank", "the university",
           "the union", "the regulator", "the police", "the trade association", "the statistics office",
           "the transport authority", "the opposition party"),
    "ja": ("政府", "文部科学省", "経済産業省", "厚生労働省", "日本銀行", "都庁", "市役所", "県警", "研究所",
           "大学", "労働組合", "業界団体"),
    "ko": ("정부", "교육부", "산업통상자원부", "보건복지부", "한국은행", "서울시", "시청", "경찰청", "연구원",
           "대학", "노동조합", "업계 단체"),
}
FIRST_NAMES = {
    "en": ("Sarah", "James", "Maria", "David", "Aisha", "Daniel", "Emma", "Hiroshi", "Laura", "Michael", "Priya",
           "Thomas", "Olivia", "Kwame", "Elena", "Robert", "Fatima", "Lucas", "Grace", "Samuel", "Nina", "Omar",
           "Rachel", "Peter", "Chloe", "Martin", "Sofia", "Adam", "Yuki", "Helen", "Carlos", "Julia", "Mark",
           "Anna", "Ben", "Ines", "Victor", "Zoe", "Leo", "Ruth"),
    "ja": ("健太", "翔太", "大輔", "直樹", "拓也", "美咲", "陽子", "恵", "裕子", "真由美", "浩", "誠", "聡", "和也",
           "達也", "彩", "優子", "明美", "隆", "修", "由美", "智子", "亮", "剛", "愛", "舞", "翼", "蓮", "葵",
           "陽菜"),
    "ko": ("민준", "서연", "지훈", "수빈", "현우", "지민", "영호", "은지", "동현", "하은", "성민", "예진", "준호",
           "미영", "태현", "소영", "재원", "유진", "상훈", "혜진", "경수", "나연", "우진", "다은", "종현", "보람",
           "승우", "가은", "도윤", "서준"),
}
LAST_NAMES = {
    "en": ("Thompson", "Nakamura", "Garcia", "Okafor", "Patel", "Schmidt", "Walker", "Chen", "Rossi", "Kim",
           "Murphy", "Haddad", "Fischer", "Morgan", "Silva", "Novak", "Bennett", "Ito", "Lindqvist", "Mensah",
           "Dubois", "Clarke", "Romero", "Park", "Hughes", "Kowalski", "Reyes", "Foster", "Sato", "Ward", "Price",
           "Jensen", "Costa", "Bailey", "Moreau", "Evans", "Tanaka", "Lopez", "Ahmed", "Byrne"),
    "ja": ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
           "山口", "松本", "井上", "木村", "林", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下",
           "中島", "前田", "藤田", "小川"),
    "ko": ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"),
}
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ja": tuple(f"{m}月" for m in range(1, 13)),
    "ko": tuple(f"{m}월" for m in range(1, 13)),
}
SLOT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "trend": ("risen", "fallen", "climbed", "slipped", "edged up", "dropped"),
        "adj": ("serious", "unprecedented", "manageable", "difficult", "encouraging", "fragile"),
        "outcome": ("be approved", "be delayed", "face fresh scrutiny", "go ahead as planned", "be reviewed"),
        "title_trend": ("rises", "falls", "slows", "surges", "stalls"),
    },
    "ja": {
        "trend": ("増えた", "減った", "上昇した", "低下した", "伸びた"),
        "adj": ("深刻な", "重要な", "難しい", "避けて通れない", "喫緊の"),
        "outcome": ("承認される", "先送りされる", "見直される", "予定通り進む"),
        "title_trend": ("増", "減", "上昇", "低下"),
    },
    "ko": {
        "trend": ("증가했다", "감소했다", "늘었다", "줄었다", "상승했다"),
        "adj": ("심각한", "중요한", "어려운", "시급한", "복잡한"),
        "outcome": ("승인될", "연기될", "재검토될", "예정대로 추진될"),
        "title_trend": ("증가", "감소", "상승", "하락"),
    },
}

# Sentence templates. Slots: {kw} and {kw2} (section keywords), {place}, {org}, {person}, {day},
# {month}, {num}, {bignum}, {age} and the SLOT_WORDS above. In Korean, {kw|을를} picks the particle
# that fits the word's last syllable.
SENTENCES = {
    "en": (
        "{Org} said on {day} that the {kw} plan would {outcome}.",
        "Officials in {place} expect decisions on {kw} to {outcome} by {month}.",
        "According to {org}, spending linked to {kw} has {trend} by {num} percent over the past year.",
        "Residents of {place} told reporters they were worried about {kw} and the rising cost of living.",
        "Figures released on {day} showed that {kw} had {trend} for the third month in a row.",
        "Critics argue that the proposal does little to address {kw}, while supporters call it a first step.",
        "{person}, who has followed {kw} for more than a decade, described the situation as {adj}.",
        "The decision follows weeks of debate over {kw} in {place}.",
        "Analysts warned that {kw} could weigh on {kw2} well into next year.",
        "A spokesperson for {org} declined to comment on the {kw} talks.",
        "More than {bignum} people gathered in {place} on {day}, many of them to hear about {kw}.",
        "The {kw} programme is expected to cost about {num} million dollars, {org} said.",
        "{person} is due to meet officials in {place} later this month to discuss {kw}.",
        "Talks on {kw} are set to resume on {day}, a senior official said.",
        "It was not immediately clear how the change would affect {kw2}.",
        "Local media in {place} reported that interest in {kw} had {trend} sharply since {month}.",
        "\"We have to be honest about {kw},\" {person} said, adding that the next months would be {adj}.",
        "The latest report links {kw} to {kw2}, although the authors caution against drawing firm conclusions.",
        "Some {num} percent of those surveyed in {place} said {kw} was their main concern.",
        "The {org_plain} is to publish a fuller review of {kw} in {month}.",
    ),
    "ja": (
        "{place}の{org}は{day}、{kw}について新たな方針を発表した。",
        "関係者によると、{kw}をめぐる協議は{month}まで続く見通しだ。",
        "{person}氏は記者団に対し、「{kw}は{adj}課題だ」と述べた。",
        "{place}では{kw}への関心が高まっており、住民からは不安の声も上がっている。",
        "{org}の発表によると、{kw}に関連する支出は前年同期比で{num}%{trend}。",
        "専門家は、{kw}が{kw2}に与える影響を注視する必要があると指摘している。",
        "{day}午前、{place}で{kw}に関する説明会が開かれ、約{bignum}人が参加した。",
        "政府は{kw}の対策として、{num}億円の予算を計上する方針だ。",
        "{kw}をめぐっては、与野党の間で意見が分かれている。",
        "{place}市内に住む会社員の男性（{age}）は「{kw}の影響を実感している」と話した。",
        "{org}は今後、{kw2}についても調査を進めるとしている。",
        "今回の決定について、{person}氏は「慎重に判断した結果だ」と説明した。",
        "{kw}の計画は{month}にも{outcome}見通しで、関係者の注目が集まっている。",
        "調査では、{place}の回答者の{num}%が{kw}を最大の関心事に挙げた。",
    ),
    "ko": (
        "{place}시는 {day} {kw}에 관한 새로운 대책을 발표했다.",
        "관계자에 따르면 {kw|을를} 둘러싼 논의는 {month}까지 이어질 전망이다.",
        "{person} 씨는 기자들에게 \"{kw|은는} 매우 {adj} 문제\"라고 말했다.",
        "{place}에서는 {kw}에 대한 관심이 높아지면서 주민들의 우려도 커지고 있다.",
        "{org}에 따르면 {kw} 관련 지출은 지난해 같은 기간보다 {num}% {trend}.",
        "전문가들은 {kw|이가} {kw2}에 미칠 영향을 주의 깊게 지켜봐야 한다고 지적했다.",
        "{day} 오전 {place}에서 {kw} 관련 설명회가 열려 약 {bignum}명이 참석했다.",
        "정부는 {kw} 대책으로 {num}억 원의 예산을 편성할 방침이다.",
        "{kw|을를} 두고 여야의 의견이 엇갈리고 있다.",
        "{place}에 사는 회사원 {person}({age}) 씨는 \"{kw}의 영향을 실감하고 있다\"고 말했다.",
        "{org|은는} 앞으로 {kw2}에 대해서도 조사를 이어갈 계획이라고 밝혔다.",
        "이번 결정에 대해 {person} 씨는 \"신중하게 판단한 결과\"라고 설명했다.",
        "{kw} 계획은 {month} 중 {outcome} 것으로 보여 관계자들의 관심이 쏠리고 있다.",
        "조사에서 {place} 응답자의 {num}%가 {kw|을를} 가장 큰 관심사로 꼽았다.",
    ),
}
# Sentences that carry the archive's recurring terms into stories of any section (about one story in eight).
RECURRING = {
    "en": (
        "Economists say inflation remains the biggest risk for households in {place}.",
        "The election has dominated conversation in {place} for weeks.",
        "Inflation eased slightly in {month}, but prices for food and energy stayed high.",
        "Voters in {place} will have the final say at the next election.",
    ),
    "ja": (
        "東京の経済界では、次の選挙の行方に関心が集まっている。",
        "東京都内の物価上昇は{month}も続いた。",
        "選挙を前に、各党は{kw}に関する公約を相次いで発表した。",
        "東京や大阪などの大都市圏では、{kw}への対応が急がれている。",
    ),
    "ko": (
        "경제 전문가들은 {kw|이가} 서울 등 수도권 경제에 부담이 될 수 있다고 내다봤다.",
        "서울의 경제 상황은 {month}에도 크게 달라지지 않았다.",
        "다음 선거를 앞두고 각 정당은 경제 공약을 잇달아 내놓았다.",
        "서울과 부산 등 대도시에서는 {kw} 대응이 시급하다는 목소리가 나온다.",
    ),
}
HEADLINES = {
    "en": (
        "{Place} braces for {kw} as concerns over {kw2} grow",
        "{Org} says {kw} plan will {outcome}",
        "What the {kw} debate means for {place}",
        "{Kw} {title_trend} in {place}, figures show",
        "{person} calls for a new approach to {kw}",
        "Inside the {kw} fight that divided {place}",
        "{Kw}: five questions after a {adj} week",
    ),
    "ja": (
        "{place}で{kw}、{kw2}にも影響",
        "{kw}めぐり{org}が新方針",
        "{person}氏、{kw}で見解示す",
        "{kw}関連支出、前年比{num}%{title_trend}",
        "{place}の{kw}、{month}にも結論",
    ),
    "ko": (
        "{place}, {kw} 대책 발표",
        "{kw} 둘러싼 논란 확산…{kw2}에도 영향",
        "{org}, {kw} 관련 조사 착수",
        "{kw} 관련 지출 전년 대비 {num}% {title_trend}",
        "{person} 씨 \"{kw}, 지금이 고비\"",
    ),
}
SUBHEADS = {
    "en": ("What happens next", "Background", "Reaction in {place}", "The numbers", "A wider debate"),
    "ja": ("今後の焦点", "背景", "{place}の反応", "数字で見る{kw}"),
    "ko": ("향후 전망", "배경", "{place}의 반응", "숫자로 본 {kw}"),
}

_SLOT = re.compile(r"\{(\w+)(?:\|(\w)(\w))?\}")


def _has_final_consonant(word: str) -> bool:
    last = word[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    return False


@dataclass(frozen=True)
class _Vocab:
    lang: str
    keywords: dict[str, tuple[str, ...]]
    kw_weights: tuple[float, ...]

    def keyword(self, rng: random.Random, section: str) -> str:
        return rng.choices(self.keywords[section], cum_weights=self.kw_weights)[0]

    def fill(
        self, template: str, rng: random.Random, section: str, focus: str | None = None, home: str | None = None
    ) -> str:
        """A template with its slots filled; {kw} is the story's focus keyword and {place} nearly
        always its dateline when those are given."""
        lang = self.lang
        own = self.keywords[section]
        chosen: dict[str, str] = {}

        def value(name: str) -> str:
            key = name.lower()
            if key in chosen:
                return chosen[key]
            if key == "kw":
                out = focus or rng.choices(own, cum_weights=self.kw_weights)[0]
            elif key == "kw2":
                # Stories stay on topic: a second keyword mostly comes from the same section.
                out = self.keyword(rng, section if rng.random() < 0.75 else rng.choice(SECTIONS))
            elif key == "place":
                places = PLACES[lang]
                out = home if home and rng.random() < 0.98 else places[min(int(rng.expovariate(0.35)), len(places) - 1)]
            elif key in ("org", "org_plain"):
                out = rng.choice(ORGS[lang])
                if key == "org_plain" and out.startswith("the "):
                    out = out[4:]
            elif key == "person":
                first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
                out = f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first
            elif key == "day":
                out = rng.choice(DAYS[lang])
            elif key == "month":
                out = rng.choice(MONTHS[lang])
            elif key == "num":
                out = str(rng.randint(2, 60))
            elif key == "bignum":
                out = f"{rng.randint(2, 90) * 100:,}" if lang == "en" else str(rng.randint(2, 90) * 100)
            elif key == "age":
                out = str(rng.randint(22, 78))
            else:
                out = rng.choice(SLOT_WORDS[lang][key])
            chosen[key] = out
            return out

        def sub(m: re.Match[str]) -> str:
            name, with_final, without_final = m.group(1), m.group(2), m.group(3)
            word = value(name)
            if name[0].isupper():
                word = word[0].upper() + word[1:]
            if with_final:
                word += with_final if _has_final_consonant(word) else without_final
            return word

        return _SLOT.sub(sub, template)


def _vocab(lang: str) -> _Vocab:
    weights = [1.0 / (i + 1) ** 0.7 for i in range(10)]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    return _Vocab(lang, KEYWORDS[lang], tuple(cum))


@dataclass(frozen=True)
class _Pool:
    """Sentences with what the app derives from them, worked out once per sentence.

    `index_text` and `text_stats` are compositional over these sentences: every sentence ends in
    punctuation that is neither CJK nor a word character, and sentences are joined by spaces, blank
    lines or nothing, so no CJK run or word ever spans two of them. A body's index text and counts
    are therefore the joins and sums of its sentences' (checked against the real functions on a
    sample of articles while building).
    """

    sentences: tuple[str, ...]
    lengths: tuple[int, ...]  # English: words; Japanese and Korean: characters
    indexed: tuple[str, ...]
    words: tuple[int, ...]
    cjk: tuple[int, ...]

    @classmethod
    def of(cls, lang: str, sentences: list[str]) -> _Pool:
        stats = [text_stats(s) for s in sentences]
        return cls(
            tuple(sentences),
            tuple(_length(lang, s) for s in sentences),
            tuple(index_text(s) for s in sentences),
            tuple(st.words for st in stats),
            tuple(st.cjk_chars for st in stats),
        )


def _length(lang: str, sentence: str) -> int:
    return len(sentence.split()) if lang == "en" else len(sentence)


RECURRING_SHARE = 0.12
HOME_PLACES = 6  # datelines: the first places of each language's list
_PoolKey = tuple[str, str, int, int]  # (language, section, focus keyword index, dateline index)


class _Pools(dict[_PoolKey, "_Pool"]):
    """Ready-made sentences per language, section, focus keyword and dateline: templates filled
    once and reused across articles, made on first use from their own seeded generator (so the
    archive does not depend on the order pools are first asked for). Section "*" holds the
    recurring-term sentences."""

    def __init__(self, seed: int, per_pool: int = 40) -> None:
        super().__init__()
        self.seed = seed
        self.per_pool = per_pool
        self.vocabs = {lang: _vocab(lang) for lang in LANGS}

    def __missing__(self, key: _PoolKey) -> _Pool:
        lang, section, focus, home = key
        rng = random.Random(f"{self.seed}/{lang}/{section}/{focus}/{home}")
        vocab = self.vocabs[lang]
        if section == "*":
            out = [vocab.fill(rng.choice(RECURRING[lang]), rng, rng.choice(SECTIONS)) for _ in range(100)]
        else:
            kw, place = KEYWORDS[lang][section][focus], PLACES[lang][home]
            out = [vocab.fill(rng.choice(SENTENCES[lang]), rng, section, kw, place) for _ in range(self.per_pool)]
        pool = self[key] = _Pool.of(lang, out)
        return pool


# --------------------------------------------------------------------------- tags
def _tag_names(rng: random.Random) -> dict[str, list[str]]:
    """A few thousand tags per archive: topics, places, organisations and people, per language."""
    tags: dict[str, list[str]] = {}
    for lang in LANGS:
        names: list[str] = []
        for section in SECTIONS:
            names.extend(KEYWORDS[lang][section])
        names.extend(PLACES[lang])
        people = [(f, la) for f in FIRST_NAMES[lang] for la in LAST_NAMES[lang]]
        rng.shuffle(people)
        budget = {"en": 1300, "ja": 700, "ko": 420}[lang]
        for first, last in people[:budget]:
            names.append(f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first)
        if lang == "en":
            names.extend(o[4:].title() if o.startswith("the ") else o for o in ORGS[lang])
        else:
            names.extend(ORGS[lang])
        tags[lang] = names
    return tags


@dataclass
class _TagTable:
    ids: dict[str, int]
    by_lang: dict[str, list[str]]  # names, most used first
    cum_weights: dict[str, list[float]]


def _tag_table(rng: random.Random) -> tuple[_TagTable, list[tuple[int, str, str, int, int]]]:
    rows: list[tuple[int, str, str, int, int]] = []
    ids: dict[str, int] = {}
    slugs: set[str] = set()
    by_lang: dict[str, list[str]] = {}
    cum: dict[str, list[float]] = {}
    for lang, names in _tag_names(rng).items():
        kept: list[str] = []
        for name in names:
            slug = slugify(name)
            if not slug or slug in slugs or name in ids:
                continue
            slugs.add(slug)
            ids[name] = len(rows) + 1
            rows.append((ids[name], name, slug, 1, 10_000 + len(rows)))
            kept.append(name)
        # Keywords and places first: they are tagged far more often than any one person.
        head, tail = kept[:120], kept[120:]
        rng.shuffle(tail)
        by_lang[lang] = head + tail
        total = 0.0
        cum[lang] = []
        for i in range(len(by_lang[lang])):
            total += 1.0 / (i + 1) ** 0.9
            cum[lang].append(total)
    return _TagTable(ids, by_lang, cum), rows


# --------------------------------------------------------------------------- articles
@dataclass
class _Article:
    pk: int
    id: str
    lang: str
    section_id: int
    extra_section_id: int | None
    status: str
    title: str
    dek: str
    body: _Body
    byline: str
    tags: list[str]
    created: datetime
    updated: datetime
    scheduled: datetime | None
    published: datetime | None
    remote_id: int | None
    dirty: bool


def _stamp(value: datetime | None) -> str | None:
    """A datetime as SQLAlchemy's SQLite dialect stores it."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class _Body:
    text: str
    indexed: str  # equal to index_text(text)
    words: int  # equal to text_stats(text).words
    cjk_chars: int  # equal to text_stats(text).cjk_chars


def _body(
    rng: random.Random, lang: str, pool: _Pool, second: _Pool, recurring: _Pool | None, vocab: _Vocab, section: str
) -> _Body:
    words = int(rng.triangular(300, 2000, 650))
    target = words if lang == "en" else words * 2  # about two CJK characters per English word
    joiner = " " if lang != "ja" else ""
    paragraphs: list[str] = []
    indexed: list[str] = []
    n_words = n_cjk = size = 0
    n_pool, n_second = len(pool.sentences), len(second.sentences)
    while size < target:
        if paragraphs and len(paragraphs) % 6 == 5 and rng.random() < 0.5:
            head = "## " + vocab.fill(rng.choice(SUBHEADS[lang]), rng, section)
            stats = text_stats(head)
            paragraphs.append(head)
            indexed.append(index_text(head))
            n_words += stats.words
            n_cjk += stats.cjk_chars
        sentences: list[str] = []
        sentences_indexed: list[str] = []
        for _ in range(rng.randint(2, 5)):
            if recurring is not None and size > target // 3:
                src, i, recurring = recurring, rng.randrange(len(recurring.sentences)), None
            elif rng.random() < 0.8:
                src, i = pool, rng.randrange(n_pool)
            else:
                src, i = second, rng.randrange(n_second)
            sentences.append(src.sentences[i])
            sentences_indexed.append(src.indexed[i])
            size += src.lengths[i]
            n_words += src.words[i]
            n_cjk += src.cjk[i]
        paragraphs.append(joiner.join(sentences))
        indexed.append(joiner.join(sentences_indexed))
    return _Body("\n\n".join(paragraphs) + "\n", "\n\n".join(indexed) + "\n", n_words, n_cjk)


def _articles(
    rng: random.Random, n: int, pools: _Pools, tags: _TagTable
) -> Iterator[_Article]:
    vocabs = {lang: _vocab(lang) for lang in LANGS}
    start = ARCHIVE_END - timedelta(days=ARCHIVE_DAYS)
    # Creation times in order, so the integer keys follow the archive's history.
    offsets = sorted(rng.random() * ARCHIVE_DAYS * 86400 for _ in range(n))
    remote = 0
    for pk, offset in enumerate(offsets, start=1):
        lang = rng.choices(LANGS, weights=LANG_WEIGHTS)[0]
        sec_index = rng.choices(range(len(SECTIONS)), weights=SECTION_WEIGHTS)[0]
        section = SECTIONS[sec_index]
        extra = None
        if rng.random() < 0.15:
            extra = rng.randrange(len(SECTIONS))
            extra = None if extra == sec_index else extra + 1
        status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        created = start + timedelta(seconds=offset)
        if rng.random() < 0.06:  # a later correction or follow-up edit
            updated = created + (ARCHIVE_END - created) * rng.random()
        else:
            updated = min(created + timedelta(seconds=rng.expovariate(1 / 7200)), ARCHIVE_END)
        scheduled = published = None
        if status == "future":
            scheduled = ARCHIVE_END + timedelta(hours=rng.randint(2, 24 * 14))
        elif status == "publish":
            published = updated
        vocab = vocabs[lang]
        focus = rng.choices(range(10), cum_weights=vocab.kw_weights)[0]
        keyword = KEYWORDS[lang][section][focus]
        home = min(int(rng.expovariate(0.3)), HOME_PLACES - 1)
        if rng.random() < 0.85:
            second = pools[(lang, section, rng.randrange(10), home)]
        else:
            second = pools[(lang, rng.choice(SECTIONS), rng.randrange(10), home)]
        recurring = pools[(lang, "*", 0, 0)] if rng.random() < RECURRING_SHARE else None
        names = tags.by_lang[lang]
        chosen = [keyword]
        for _ in range(rng.randint(0, 4)):
            chosen.append(rng.choices(names, cum_weights=tags.cum_weights[lang])[0])
        chosen = sorted({c for c in chosen if c in tags.ids})
        synced = status != "draft" or rng.random() < 0.5
        if synced:
            remote += 1
        first, last = rng.choice(FIRST_NAMES[lang]), rng.choice(LAST_NAMES[lang])
        byline = f"{first} {last}" if lang == "en" else f"{last}{first}" if lang == "ja" else last + first
        yield _Article(
            pk=pk,
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            lang=lang,
            section_id=sec_index + 1,
            extra_section_id=extra,
            status=status,
            title=vocab.fill(rng.choice(HEADLINES[lang]), rng, section, keyword, PLACES[lang][home]),
            dek=vocab.fill(rng.choice(SENTENCES[lang]), rng, section, keyword, PLACES[lang][home]),
            body=_body(rng, lang, pools[(lang, section, focus, home)], second, recurring, vocab, section),
            byline=byline,
            tags=chosen,
            created=created,
            updated=updated,
            scheduled=scheduled,
            published=published,
            remote_id=100_000 + remote if synced else None,
            dirty=(not synced) or rng.random() < 0.003,
        )


# --------------------------------------------------------------------------- writing
_BATCH = 1000


_Rows = tuple[list[tuple[object, ...]], ...]


def _rows(batch: Sequence[_Article], tag_ids: dict[str, int]) -> _Rows:
    """The rows of one batch of articles, per table (see `_write` for the order)."""
    articles: list[tuple[object, ...]] = []
    sections: list[tuple[object, ...]] = []
    article_tags: list[tuple[object, ...]] = []
    revisions: list[tuple[object, ...]] = []
    fts: list[tuple[object, ...]] = []
    outbox: list[tuple[object, ...]] = []
    for a in batch:
        body = a.body.text
        if a.pk % 250 == 1:  # the shortcut in _Body must agree with the app's own functions
            stats = text_stats(body)
            if (index_text(body), stats.words, stats.cjk_chars) != (a.body.indexed, a.body.words, a.body.cjk_chars):
                raise AssertionError(f"article {a.pk}: precomputed index text or counts differ from the app's")
        created, updated = _stamp(a.created), _stamp(a.updated)
        site = 1 if a.remote_id is not None else None
        articles.append((
            a.pk, a.id, site, a.remote_id, a.title, a.dek, body, slugify(a.title), a.byline, a.lang, a.status,
            a.section_id, created, updated, _stamp(a.scheduled), _stamp(a.published),
            updated if site else None, int(a.dirty), TextStats(a.body.words, a.body.cjk_chars).count, a.body.cjk_chars,
        ))
        sections.append((a.id, a.section_id, 0))
        if a.extra_section_id is not None:
            sections.append((a.id, a.extra_section_id, 1))
        article_tags.extend((a.id, tag_ids[t]) for t in a.tags)
        revisions.append((a.id, updated, "created" if a.updated == a.created else "manual", a.title, a.dek, body))
        fts.append((a.pk, index_text(a.title), index_text(a.dek), a.body.indexed, index_text(" ".join(a.tags))))
        if a.dirty:
            outbox.append((site, "article.save", a.id, "{}", "pending", 0, "", updated, updated))
    return articles, sections, article_tags, revisions, fts, outbox


def _write(db: sqlite3.Connection, rows: _Rows) -> None:
    articles, sections, article_tags, revisions, fts, outbox = rows
    db.executemany(
        "INSERT INTO articles (pk, id, site_id, remote_id, title, dek, body, slug, byline, lang, status, "
        "primary_section_id, created_at, updated_at, scheduled_at, published_at, remote_modified_gmt, dirty, "
        "word_count, cjk_chars) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        articles,
    )
    db.executemany("INSERT INTO article_sections (article_id, section_id, position) VALUES (?,?,?)", sections)
    db.executemany("INSERT INTO article_tags (article_id, tag_id) VALUES (?,?)", article_tags)
    db.executemany(
        "INSERT INTO revisions (article_id, created_at, reason, title, dek, body) VALUES (?,?,?,?,?,?)", revisions
    )
    db.executemany("INSERT INTO article_fts (rowid, title, dek, body, tags) VALUES (?,?,?,?,?)", fts)
    db.executemany(
        "INSERT INTO outbox (site_id, kind, entity, payload, state, attempts, last_error, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        outbox,
    )


def _produced(articles: Iterator[_Article], tag_ids: dict[str, int]) -> Iterator[_Rows]:
    """Batches of rows, generated in a second thread: SQLite releases the GIL while it stores and
    indexes a batch, so the next one is written meanwhile (same rows, same order, as one thread)."""
    out: queue.Queue[_Rows | BaseException | None] = queue.Queue(maxsize=3)
    stop = threading.Event()

    def put(item: _Rows | BaseException | None) -> bool:
        while not stop.is_set():
            try:
                out.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            batch: list[_Article] = []
            for article in articles:
                batch.append(article)
                if len(batch) == _BATCH:
                    if not put(_rows(batch, tag_ids)):
                        return
                    batch = []
            if batch and not put(_rows(batch, tag_ids)):
                return
            put(None)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(exc)

    worker = threading.Thread(target=produce, name="archive-rows", daemon=True)
    worker.start()
    try:
        while (item := out.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def build_store(
    path: Path, n_articles: int = 50_000, seed: int = 2026, *, progress: Callable[[int], None] | None = None
) -> Path:
    """Write a seeded archive of `n_articles` to a new store at `path` (which must not exist yet)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path}: already exists; build_store only writes new stores")
    open_store(path).close()  # the app's own schema, through its migrations

    rng = random.Random(seed)
    pools = _Pools(seed)
    tags, tag_rows = _tag_table(rng)
    start = _stamp(ARCHIVE_END - timedelta(days=ARCHIVE_DAYS + 30))

    db = sqlite3.connect(path, isolation_level=None)
    try:
        # A bulk load into a fresh file: no rollback journal, nothing to protect yet.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO sites (id, name, base_url, username, role, state, state_message, created_at) "
            "VALUES (1, ?, 'https://news.example.com', 'desk', 'editor', 'unknown', '', ?)",
            (SITE_NAME, start),
        )
        db.executemany(
            "INSERT INTO sections (id, name, slug, parent_id, description, site_id, remote_id, position) "
            "VALUES (?, ?, ?, NULL, '', 1, ?, ?)",
            [(i + 1, name, slugify(name), 2 + i, i) for i, name in enumerate(SECTIONS)],
        )
        db.executemany("INSERT INTO tags (id, name, slug, site_id, remote_id) VALUES (?,?,?,?,?)", tag_rows)
        done = 0
        for rows in _produced(_articles(rng, n_articles, pools, tags), tags.ids):
            _write(db, rows)
            done += len(rows[0])
            if progress:
                progress(done)
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode = WAL")  # as the app leaves its stores
        db.execute("ANALYZE")
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()
    return path


def cache_path(n_articles: int = 50_000, seed: int = 2026) -> Path:
    return CACHE_DIR / f"archive-{n_articles}-seed{seed}-d{DATASET_VERSION}-s{migrations.LATEST}.sqlite"


def cached_store(n_articles: int = 50_000, seed: int = 2026, *, verbose: bool = False) -> Path:
    """The store for (n_articles, seed), built on first use and kept in `benchmarks/.cache/`.

    Treat it as read-only: benchmarks that write use `writable_copy`.
    """
    target = cache_path(n_articles, seed)
    if target.exists():
        return target
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = target.with_name(f"{target.name}.building-{os.getpid()}")
    for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
        leftover.unlink(missing_ok=True)
    began = time.perf_counter()
    if verbose:
        print(f"building a {n_articles:,}-article store (seed {seed}) in {CACHE_DIR.name}/ ...", file=sys.stderr)
    build_store(scratch, n_articles, seed)
    os.replace(scratch, target)  # whole files only: an interrupted build is never picked up
    for stale in CACHE_DIR.glob(f"archive-{n_articles}-seed{seed}-d*-s*.sqlite"):
        if stale != target:  # an older dataset or schema version of this archive
            stale.unlink(missing_ok=True)
    if verbose:
        size = target.stat().st_size / 2**20
        print(f"built in {time.perf_counter() - began:.1f} s, {size:,.0f} MiB", file=sys.stderr)
    return target


def writable_copy(dest_dir: Path, n_articles: int = 50_000, seed: int = 2026) -> Path:
    """A private copy of the cached store in `dest_dir`, for benchmarks that write."""
    source = cached_store(n_articles, seed)
    dest = Path(dest_dir) / source.name
    shutil.copyfile(source, dest)
    return dest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, help="write a fresh store here instead of using the cache")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    if args.out:
        path = build_store(args.out, args.articles, args.seed)
    else:
        path = cache_path(args.articles, args.seed)
        fresh = not path.exists()
        cached_store(args.articles, args.seed)
        if not fresh:
            print(f"reusing {path}")
    elapsed = time.perf_counter() - began
    db = sqlite3.connect(path)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "revisions", "tags", "article_tags", "article_sections")
    }
    langs = dict(db.execute("SELECT lang, count(*) FROM articles GROUP BY lang").fetchall())
    db.close()
    print(f"{path}: {path.stat().st_size / 2**20:,.0f} MiB in {elapsed:.1f} s")
    print("  " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print("  languages: " + ", ".join(f"{k} {v:,}" for k, v in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
