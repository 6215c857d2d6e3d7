"""Word lists and sentence templates for the generated newsroom archive (English, Japanese,
Korean), kept apart from the generator in datasets.py. Written for this project."""

from __future__ import annotations

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
