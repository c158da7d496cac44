# ruff: noqa: E501  (sentences of prose are kept whole, one a line)
"""Word banks of news prose in Japanese and Chinese, for the benchmark's corpora in other
languages (benchmarks/foreign.py; Arabic and Russian are in benchmarks/tongues_rtl.py).

Each bank follows the English one (benchmarks/prose.py): eight themes, each with its effort,
three things wrong and three things to do, then sentence patterns whose slots the story fills
with its countries' names as CLDR writes them in the language, people, organisations, money
and, now and then, a rare name (a city, a language, a currency, from CLDR) so that the corpus's
vocabulary keeps growing with its size, as a newsroom's does. A noun that a language inflects
is given in each form a pattern asks for ({topic} and {topic_1}).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tongue:
    """A language's words for the benchmark's stories."""

    code: str
    gap: str  # between sentences
    themes: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]  # tag, mission, ...
    sentences: tuple[str, ...]
    titles: tuple[str, ...]
    dek: str
    headings: tuple[str, ...]
    quotes: tuple[str, ...]
    events: tuple[str, ...]
    takeaways: tuple[str, ...]
    figures: tuple[str, ...]  # labels: money, staff, countries, months, share
    units: tuple[str, ...]  # money, months, staff note, money note
    posts: tuple[str, ...]
    organisations: tuple[str, ...]
    publishers: tuple[str, ...]
    given: tuple[str, ...]
    family: tuple[str, ...]
    person: str  # how a full name is written from {given} and {family}
    tags: tuple[str, ...]
    timelines: tuple[str, ...]
    notes: tuple[str, ...]  # the country list's note, the timeline's
    links: tuple[str, ...]
    review: str


JA = Tongue(
    code="ja", gap="",
    themes=(
        ("治安", "警察派遣団", ("武装集団の拡大", "治安の崩壊", "相次ぐ誘拐事件"),
         ("秩序を回復する", "地元警察を訓練する", "主要港を確保する")),
        ("気候", "気候基金", ("沿岸部の洪水", "長引く干ばつ", "農作物の不作"),
         ("海岸線を守る", "適応策に資金を出す", "石炭火力を段階的に廃止する")),
        ("貿易", "貿易協定", ("高い関税", "穀物輸出の停止", "税関での遅れ"),
         ("関税を引き下げる", "国境の検問所を再開する", "紛争を解決する")),
        ("保健", "予防接種事業", ("コレラの流行", "閉鎖された診療所", "医薬品の不足"),
         ("子どもに予防接種を行う", "診療所を再建する", "看護師を育成する")),
        ("エネルギー", "電力協定", ("計画停電", "燃料価格の高騰", "老朽化した送電網"),
         ("送電網を修理する", "太陽光発電所を建設する", "燃料輸入を減らす")),
        ("移民", "再定住計画", ("過密な難民キャンプ", "危険な海上渡航", "難民申請の滞留"),
         ("家族を再定住させる", "申請を迅速に処理する", "合法的な移動経路を開く")),
        ("選挙", "選挙監視団", ("開票結果への異議", "有権者への脅迫", "野党のボイコット"),
         ("投票を監視する", "投票所の職員を訓練する", "有権者名簿を監査する")),
        ("外交", "和平プロセス", ("国境紛争", "停戦の破綻", "捕虜交換の停滞"),
         ("停戦に合意する", "捕虜を交換する", "大使館を再開する")),
    ),
    sentences=(
        "{host}の当局者によると、状況は{year}年以降急速に悪化しており、{topic}が原因だという。",
        "{lead}政府の報道官を務める{person}氏は、最初の部隊が数週間以内に{action}と述べた。",
        "{funder}は{mission}に{money}を拠出すると表明し、その大半は装備と給与に充てられる。",
        "{host}では、外部からの支援が{topic}に長年取り組んできた地元の機関を脇に追いやるとの懸念も出ている。",
        "この計画は{year}年{month}に{org}が開いた会合で初めて話し合われた。",
        "{partner}の外交官は、今回の取り組みを遅すぎたが壊れやすいものだと評した。",
        "合意に基づき、{lead}が{action}一方、{partner}は物資の輸送と訓練を担う。",
        "専門家は、過去の同様の取り組みが国際的な関心の低下とともに行き詰まったと指摘する。",
        "{host}の市民団体は、資金の使い道について定期的な報告を求めている。",
        "当局者によると、第1段階には約{number}人が参加する見通しだ。",
        "{host}政府は、雨季が始まる前に{action}ための支援が必要だとしている。",
        "{org}は、{topic}に手を打たなければ危機が近隣諸国に広がりかねないと警告した。",
        "{city}で取材に応じた住民は、{topic}に左右される日々の暮らしについて語った。",
        "{lead}の野党議員は費用を疑問視し、議会での採決を求めている。",
        "最初の6か月の検証は{next_year}年{month}に予定されている。",
        "{topic}を10年にわたり研究してきた{person}氏は、日程について「野心的だ」と話した。",
        "資金の一部は、{host}が透明性と人権に関する条件を満たすことが前提となる。",
        "最初の車列は、{topic}による遅れの末に{host}の首都に到着した。",
        "{partner}の当局者は、拠出金を{action}取り組みに充てると説明した。",
        "これまでの{action}試みは、指揮権と資金をめぐる対立で頓挫してきた。",
        "{city}出身の{person}氏は{language}で演説し、協力を呼びかけた。",
        "{mission}が最初の目標を達成できなかった場合にどうなるのか、双方とも明らかにしていない。",
        "初年度の費用は{money}とされ、参加国で分担する。",
        "援助団体は、条件が整い次第{city}周辺で活動を広げる用意があるとしている。",
        "{host}の議会は{month}、僅差でこの取り決めを承認した。",
        "{org}の監視団は進捗を見守り、四半期ごとに報告を公表する。",
        "{currency}の下落で、{host}の輸入品の価格は大きく上がった。",
    ),
    titles=("{lead}が{host}で{mission}を主導", "{lead}と{host}、{mission}で合意",
            "{host}の{mission}は何を意味するのか", "{host}はなぜ{lead}に{mission}を求めたのか"),
    dek="{lead}と{host}、そして協力国は{topic}にどう対処し、費用を誰が負担するのか。",
    headings=("合意の内容", "参加する国々", "なぜ今なのか", "費用", "批判の声", "今後の見通し",
              "{host}がここに至るまで", "待ち受けるリスク", "{host}が望むもの", "{lead}の見方"),
    quotes=("私たちだけで{action}ことはできず、そうでないふりをするつもりもない。",
            "これは、隣国同士が肝心な時に協力できるかどうかの試金石だ。",
            "1か月待つごとに、{topic}による被害は取り返しがつかなくなる。",
            "資金はありがたいが、人々が必要としているのは現場での成果だ。",
            "これが早く、安く済むと期待すべきではない。"),
    events=("{org}が国際支援を要請", "{lead}が{mission}の主導を申し出る", "{funder}が{money}を拠出表明",
            "最初の部隊が{host}に到着", "{host}の議会が計画を承認", "{partner}で協議が始まる",
            "最初の進捗報告書が公表される", "援助国が資金について協議"),
    takeaways=("{lead}が{host}での{mission}を主導する。", "{funder}は支援のため{money}の拠出を表明した。",
               "ほかの{joining}か国が人員または資金で取り組みを支える。"),
    figures=("{funder}の拠出額", "第1段階で見込まれる人員", "参加・支援するほかの国の数",
             "第1段階の予定期間", "危機にさらされる{host}の予算の割合"),
    units=("{n}百万ドル", "{n}か月", "約{n}人", "{n}百万ドルを拠出"),
    posts=("外相", "内相", "大統領", "首相", "国連大使", "財務相", "国防相"),
    organisations=("国際連合", "アフリカ連合", "欧州連合", "世界銀行", "赤十字国際委員会",
                   "国連安全保障理事会", "英連邦", "米州機構"),
    publishers=("港湾タイムズ", "大陸通信", "子午線新聞", "グローバル・デスク", "日刊台帳", "沿岸評論"),
    given=("翔太", "美咲", "健一", "由美", "大輔", "さくら", "拓也", "愛", "直樹", "恵", "浩二",
           "陽子", "誠", "麻衣", "隆", "千尋", "悠人", "真由美", "修", "彩花", "亮", "和子",
           "智也", "葵", "勇気", "奈々", "剛", "香織", "蓮", "結衣"),
    family=("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
            "山崎", "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "小川", "岡田"),
    person="{family}{given}",
    tags=("援助", "経済", "人権", "地域"),
    timelines=("年表", "これまでの経緯", "主な出来事"),
    notes=("派遣国は人員を、支援国は資金や装備を提供する。正式な名簿は{org}が管理している。",),
    links=("{host}、{topic}への支援を要請", "{action}計画の内幕", "{funder}が{money}を拠出",
           "{lead}が得るもの"),
    review="{mission}の検証",
)

ZH = Tongue(
    code="zh", gap="",
    themes=(
        ("安全", "警察特派团", ("武装团伙坐大", "治安崩溃", "绑架事件频发"),
         ("恢复秩序", "培训当地警察", "保障主要港口安全")),
        ("气候", "气候基金", ("沿海洪灾", "长期干旱", "粮食歉收"),
         ("保护海岸线", "为适应措施提供资金", "逐步淘汰煤电")),
        ("贸易", "贸易协定", ("高额关税", "粮食出口受阻", "海关延误"),
         ("降低关税", "重新开放边境口岸", "解决贸易争端")),
        ("卫生", "疫苗接种行动", ("霍乱疫情", "诊所停摆", "药品短缺"),
         ("为儿童接种疫苗", "重建诊所", "培训护士")),
        ("能源", "电力协议", ("轮流停电", "燃料价格上涨", "电网老化"),
         ("修复电网", "建设太阳能电站", "减少燃料进口")),
        ("移民", "重新安置计划", ("难民营拥挤", "危险的海上偷渡", "庇护申请积压"),
         ("重新安置家庭", "加快审理申请", "开辟合法途径")),
        ("选举", "选举观察团", ("选举结果争议", "恐吓选民", "反对派抵制"),
         ("监督投票", "培训投票站工作人员", "核查选民名册")),
        ("外交", "和平进程", ("边界争端", "停火破裂", "战俘交换停滞"),
         ("达成停火", "交换战俘", "重开使馆")),
    ),
    sentences=(
        "{host}官员表示，自{year}年以来局势急剧恶化，原因是{topic}，而{mission}正是为了扭转这一局面。",
        "{lead}政府发言人{person}说，首批人员将在几周内着手{action}。",
        "{funder}承诺向{mission}提供{money}，其中大部分用于装备和薪酬。",
        "{host}国内有人担心，外部援助可能使多年来应对{topic}的本地机构被边缘化。",
        "该计划最早是在{org}于{year}年{month}召开的会议上讨论的。",
        "来自{partner}的外交官认为这一行动来得太迟，而且基础脆弱。",
        "根据协议，{lead}将负责{action}，{partner}则提供后勤和培训。",
        "分析人士指出，过去类似的努力在国际关注转移后往往半途而废。",
        "{host}的民间团体要求定期公开资金使用情况。",
        "据官员介绍，第一阶段预计约有{number}人参与。",
        "{host}政府表示，需要外部帮助才能在雨季到来之前{action}。",
        "{org}警告说，如果不解决{topic}，危机可能蔓延到邻国。",
        "在{city}接受采访的居民讲述了受{topic}影响的日常生活。",
        "{lead}的反对派议员质疑其费用，并要求议会表决。",
        "对前六个月的评估定于{next_year}年{month}进行。",
        "研究{topic}十年的学者{person}称这一时间表“雄心勃勃”。",
        "部分资金取决于{host}能否满足透明度和人权方面的条件。",
        "由于{topic}造成的延误，首个车队才抵达{host}首都。",
        "{partner}官员说，他们的捐款将用于{action}。",
        "此前{action}的尝试都因指挥权和资金纠纷而失败。",
        "来自{city}的{person}用{language}发表讲话，呼吁各方合作。",
        "双方都没有说明，如果{mission}未能实现首批目标将会怎样。",
        "第一年的费用估计为{money}，由各伙伴国分担。",
        "援助机构表示，一旦条件允许，就准备扩大在{city}周边的工作。",
        "{host}议会于{month}以微弱多数批准了这一安排。",
        "{org}的观察员将监督进展，并每季度公布调查结果。",
        "{currency}贬值使{host}进口商品价格大幅上涨。",
    ),
    titles=("{lead}在{host}牵头{mission}", "{lead}与{host}就{mission}达成一致",
            "{host}的{mission}意味着什么", "{host}为何请求{lead}开展{mission}"),
    dek="{lead}、{host}及其伙伴打算如何应对{topic}，费用由谁承担。",
    headings=("协议内容", "参与国", "为何是现在", "费用几何", "批评者怎么说", "下一步",
              "{host}如何走到今天", "未来的风险", "{host}想要什么", "{lead}的看法"),
    quotes=("我们无法独自{action}，也不会假装可以。", "这是对邻国能否在关键时刻携手行动的考验。",
            "每多等一个月，{topic}造成的损害就更难挽回。", "资金固然受欢迎，但人们需要的是看到实际成果。",
            "谁都不应指望这会又快又省钱。"),
    events=("{org}呼吁国际援助", "{lead}提出牵头{mission}", "{funder}承诺提供{money}",
            "首批人员抵达{host}", "{host}议会批准该计划", "{partner}开启谈判",
            "首份进展报告发布", "捐助方开会讨论资金"),
    takeaways=("{lead}将在{host}牵头{mission}。", "{funder}已承诺提供{money}予以支持。",
               "另有{joining}个国家提供人员或资金支持。"),
    figures=("{funder}承诺的金额", "第一阶段预计人员", "参与或支持的其他国家数量",
             "第一阶段计划时长", "{host}预算中受影响的比例"),
    units=("{n}百万美元", "{n}个月", "约{n}人", "承诺提供{n}百万美元"),
    posts=("外交部长", "内政部长", "总统", "总理", "常驻联合国代表", "财政部长", "国防部长"),
    organisations=("联合国", "非洲联盟", "欧洲联盟", "世界银行", "红十字国际委员会", "联合国安理会",
                   "英联邦", "美洲国家组织"),
    publishers=("港湾时报", "大陆通讯社", "子午线报", "环球编辑部", "每日账簿", "海岸评论"),
    given=("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
           "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文博", "子涵", "雨桐",
           "浩然", "欣怡", "志强", "海燕"),
    family=("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹"),
    person="{family}{given}",
    tags=("援助", "经济", "人权", "地区"),
    timelines=("大事记", "来龙去脉", "关键日期"),
    notes=("派遣国提供人员，支持国提供资金或装备。正式名单由{org}保管。",),
    links=("{host}就{topic}寻求援助", "{action}计划内幕", "{funder}承诺提供{money}", "{lead}能得到什么"),
    review="{mission}评估",
)
