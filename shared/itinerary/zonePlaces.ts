/**
 * The places delegations visit, by country and time zone, named as organisers
 * type them: [Korean, Japanese, English, ...other spellings]. Loaded only when
 * a time-zone field is used (zones.ts is imported on demand), so its size
 * never weighs on the first screen.
 *
 * A country's names find every zone of its cities: one zone names the zone
 * (일본 → Asia/Tokyo), several ask for a city (미국).
 */
export type PlaceNames = readonly [ko: string, ja: string, en: string, ...others: string[]];

export interface Country {
  names: PlaceNames;
  /** The country's cities by IANA zone; the first zone's first city is its capital or best-known. */
  zones: Readonly<Record<string, readonly PlaceNames[]>>;
}

const japan: readonly PlaceNames[] = [
  ['도쿄', '東京', 'Tokyo'],
  ['오사카', '大阪', 'Osaka'],
  ['교토', '京都', 'Kyoto'],
  ['후쿠오카', '福岡', 'Fukuoka'],
  ['요코하마', '横浜', 'Yokohama'],
  ['나고야', '名古屋', 'Nagoya'],
  ['삿포로', '札幌', 'Sapporo'],
  ['고베', '神戸', 'Kobe'],
  ['히로시마', '広島', 'Hiroshima'],
  ['센다이', '仙台', 'Sendai'],
  ['구마모토', '熊本', 'Kumamoto'],
  ['기후', '岐阜', 'Gifu'],
  ['가와사키', '川崎', 'Kawasaki'],
  ['기타큐슈', '北九州', 'Kitakyushu'],
  ['사카이', '堺', 'Sakai'],
  ['하마마쓰', '浜松', 'Hamamatsu'],
  ['히메지', '姫路', 'Himeji'],
  ['쓰쿠바', 'つくば', 'Tsukuba'],
  ['하코다테', '函館', 'Hakodate'],
  ['시모노세키', '下関', 'Shimonoseki'],
  ['아오모리', '青森', 'Aomori'],
  ['모리오카', '盛岡', 'Morioka'],
  ['아키타', '秋田', 'Akita'],
  ['야마가타', '山形', 'Yamagata'],
  ['후쿠시마', '福島', 'Fukushima'],
  ['미토', '水戸', 'Mito'],
  ['우쓰노미야', '宇都宮', 'Utsunomiya', '우츠노미야'],
  ['마에바시', '前橋', 'Maebashi'],
  ['사이타마', 'さいたま', 'Saitama', '埼玉'],
  ['지바', '千葉', 'Chiba', '치바'],
  ['니가타', '新潟', 'Niigata'],
  ['도야마', '富山', 'Toyama'],
  ['가나자와', '金沢', 'Kanazawa'],
  ['후쿠이', '福井', 'Fukui'],
  ['고후', '甲府', 'Kofu'],
  ['나가노', '長野', 'Nagano'],
  ['시즈오카', '静岡', 'Shizuoka'],
  ['쓰', '津', 'Tsu'],
  ['오쓰', '大津', 'Otsu', '오츠'],
  ['나라', '奈良', 'Nara'],
  ['와카야마', '和歌山', 'Wakayama'],
  ['돗토리', '鳥取', 'Tottori'],
  ['마쓰에', '松江', 'Matsue', '마츠에'],
  ['오카야마', '岡山', 'Okayama'],
  ['야마구치', '山口', 'Yamaguchi'],
  ['도쿠시마', '徳島', 'Tokushima'],
  ['다카마쓰', '高松', 'Takamatsu', '다카마츠'],
  ['마쓰야마', '松山', 'Matsuyama', '마츠야마'],
  ['고치', '高知', 'Kochi'],
  ['사가', '佐賀', 'Saga'],
  ['나가사키', '長崎', 'Nagasaki'],
  ['오이타', '大分', 'Oita'],
  ['미야자키', '宮崎', 'Miyazaki'],
  ['가고시마', '鹿児島', 'Kagoshima'],
  ['나하', '那覇', 'Naha'],
  // Prefectures named otherwise than their capitals.
  ['홋카이도', '北海道', 'Hokkaido'],
  ['이와테', '岩手', 'Iwate'],
  ['미야기', '宮城', 'Miyagi'],
  ['이바라키', '茨城', 'Ibaraki'],
  ['도치기', '栃木', 'Tochigi'],
  ['군마', '群馬', 'Gunma'],
  ['가나가와', '神奈川', 'Kanagawa'],
  ['이시카와', '石川', 'Ishikawa'],
  ['야마나시', '山梨', 'Yamanashi'],
  ['아이치', '愛知', 'Aichi'],
  ['미에', '三重', 'Mie'],
  ['시가', '滋賀', 'Shiga'],
  ['효고', '兵庫', 'Hyogo'],
  ['시마네', '島根', 'Shimane'],
  ['가가와', '香川', 'Kagawa'],
  ['에히메', '愛媛', 'Ehime'],
  ['오키나와', '沖縄', 'Okinawa'],
];

const korea: readonly PlaceNames[] = [
  ['서울', 'ソウル', 'Seoul'],
  ['부산', '釜山', 'Busan', 'Pusan'],
  ['인천', '仁川', 'Incheon'],
  ['대구', '大邱', 'Daegu'],
  ['대전', '大田', 'Daejeon'],
  ['광주', '光州', 'Gwangju'],
  ['울산', '蔚山', 'Ulsan'],
  ['세종', '世宗', 'Sejong'],
  ['수원', '水原', 'Suwon'],
  ['성남', '城南', 'Seongnam'],
  ['창원', '昌原', 'Changwon'],
  ['청주', '清州', 'Cheongju'],
  ['전주', '全州', 'Jeonju'],
  ['춘천', '春川', 'Chuncheon'],
  ['포항', '浦項', 'Pohang'],
  ['경주', '慶州', 'Gyeongju'],
  ['여수', '麗水', 'Yeosu'],
  ['강릉', '江陵', 'Gangneung'],
  ['제주', '済州', 'Jeju'],
  ['경기', '京畿', 'Gyeonggi'],
  ['강원', '江原', 'Gangwon'],
  ['충청북도', '忠清北道', 'North Chungcheong', '충북'],
  ['충청남도', '忠清南道', 'South Chungcheong', '충남'],
  ['전라북도', '全羅北道', 'North Jeolla', '전북'],
  ['전라남도', '全羅南道', 'South Jeolla', '전남'],
  ['경상북도', '慶尚北道', 'North Gyeongsang', '경북'],
  ['경상남도', '慶尚南道', 'South Gyeongsang', '경남'],
];

const china: readonly PlaceNames[] = [
  ['베이징', '北京', 'Beijing', '북경', 'Peking'],
  ['상하이', '上海', 'Shanghai', '상해'],
  ['선전', '深圳', 'Shenzhen'],
  ['광저우', '広州', 'Guangzhou', '广州'],
  ['톈진', '天津', 'Tianjin'],
  ['항저우', '杭州', 'Hangzhou'],
  ['난징', '南京', 'Nanjing'],
  ['쑤저우', '蘇州', 'Suzhou', '苏州'],
  ['칭다오', '青島', 'Qingdao', '青岛'],
  ['다롄', '大連', 'Dalian', '大连'],
  ['선양', '瀋陽', 'Shenyang', '沈阳'],
  ['우한', '武漢', 'Wuhan', '武汉'],
  ['청두', '成都', 'Chengdu'],
  ['충칭', '重慶', 'Chongqing', '重庆'],
  ['시안', '西安', "Xi'an", 'Xian'],
  ['하얼빈', 'ハルビン', 'Harbin', '哈爾浜'],
];

/** Delegations' destinations, nearest first: the order suggestions follow when they match alike. */
export const COUNTRIES: readonly Country[] = [
  { names: ['한국', '韓国', 'Korea', '대한민국', '大韓民国', 'South Korea'], zones: { 'Asia/Seoul': korea } },
  { names: ['일본', '日本', 'Japan'], zones: { 'Asia/Tokyo': japan } },
  { names: ['중국', '中国', 'China'], zones: { 'Asia/Shanghai': china } },
  {
    names: ['대만', '台湾', 'Taiwan', '타이완', '臺灣'],
    zones: {
      'Asia/Taipei': [
        ['타이베이', '台北', 'Taipei', '타이페이', '臺北'],
        ['가오슝', '高雄', 'Kaohsiung'],
        ['타이중', '台中', 'Taichung'],
        ['타이난', '台南', 'Tainan'],
        ['신주', '新竹', 'Hsinchu'],
      ],
    },
  },
  { names: ['홍콩', '香港', 'Hong Kong'], zones: { 'Asia/Hong_Kong': [['홍콩', '香港', 'Hong Kong']] } },
  { names: ['마카오', 'マカオ', 'Macau', '澳門'], zones: { 'Asia/Macau': [['마카오', 'マカオ', 'Macau', '澳門']] } },
  {
    names: ['몽골', 'モンゴル', 'Mongolia'],
    zones: { 'Asia/Ulaanbaatar': [['울란바토르', 'ウランバートル', 'Ulaanbaatar']] },
  },
  {
    names: ['싱가포르', 'シンガポール', 'Singapore'],
    zones: { 'Asia/Singapore': [['싱가포르', 'シンガポール', 'Singapore']] },
  },
  {
    names: ['태국', 'タイ', 'Thailand'],
    zones: {
      'Asia/Bangkok': [
        ['방콕', 'バンコク', 'Bangkok'],
        ['치앙마이', 'チェンマイ', 'Chiang Mai'],
      ],
    },
  },
  {
    names: ['베트남', 'ベトナム', 'Vietnam', 'Viet Nam'],
    zones: {
      'Asia/Ho_Chi_Minh': [
        ['하노이', 'ハノイ', 'Hanoi'],
        ['호찌민', 'ホーチミン', 'Ho Chi Minh City', '호치민', 'Saigon'],
        ['다낭', 'ダナン', 'Da Nang'],
      ],
    },
  },
  {
    names: ['인도네시아', 'インドネシア', 'Indonesia'],
    zones: {
      'Asia/Jakarta': [
        ['자카르타', 'ジャカルタ', 'Jakarta'],
        ['반둥', 'バンドン', 'Bandung'],
      ],
      'Asia/Makassar': [['발리', 'バリ', 'Bali', '덴파사르', 'Denpasar']],
    },
  },
  {
    names: ['말레이시아', 'マレーシア', 'Malaysia'],
    zones: { 'Asia/Kuala_Lumpur': [['쿠알라룸푸르', 'クアラルンプール', 'Kuala Lumpur']] },
  },
  { names: ['필리핀', 'フィリピン', 'Philippines'], zones: { 'Asia/Manila': [['마닐라', 'マニラ', 'Manila']] } },
  {
    names: ['인도', 'インド', 'India'],
    zones: {
      'Asia/Kolkata': [
        ['뉴델리', 'ニューデリー', 'New Delhi', '델리', 'Delhi'],
        ['뭄바이', 'ムンバイ', 'Mumbai'],
        ['벵갈루루', 'ベンガルール', 'Bengaluru', 'Bangalore'],
      ],
    },
  },
  {
    names: ['영국', 'イギリス', 'United Kingdom', 'UK', '英国', 'Britain'],
    zones: {
      'Europe/London': [
        ['런던', 'ロンドン', 'London'],
        ['맨체스터', 'マンチェスター', 'Manchester'],
        ['에든버러', 'エディンバラ', 'Edinburgh'],
        ['케임브리지', 'ケンブリッジ', 'Cambridge'],
        ['옥스퍼드', 'オックスフォード', 'Oxford'],
      ],
    },
  },
  { names: ['아일랜드', 'アイルランド', 'Ireland'], zones: { 'Europe/Dublin': [['더블린', 'ダブリン', 'Dublin']] } },
  {
    names: ['프랑스', 'フランス', 'France'],
    zones: {
      'Europe/Paris': [
        ['파리', 'パリ', 'Paris'],
        ['리옹', 'リヨン', 'Lyon'],
        ['스트라스부르', 'ストラスブール', 'Strasbourg'],
        ['툴루즈', 'トゥールーズ', 'Toulouse'],
      ],
    },
  },
  {
    names: ['독일', 'ドイツ', 'Germany', 'Deutschland'],
    zones: {
      'Europe/Berlin': [
        ['베를린', 'ベルリン', 'Berlin'],
        ['뮌헨', 'ミュンヘン', 'Munich', 'München'],
        ['프랑크푸르트', 'フランクフルト', 'Frankfurt'],
        ['함부르크', 'ハンブルク', 'Hamburg'],
        ['슈투트가르트', 'シュトゥットガルト', 'Stuttgart'],
        ['쾰른', 'ケルン', 'Cologne', 'Köln'],
        ['드레스덴', 'ドレスデン', 'Dresden'],
      ],
    },
  },
  {
    names: ['네덜란드', 'オランダ', 'Netherlands'],
    zones: {
      'Europe/Amsterdam': [
        ['암스테르담', 'アムステルダム', 'Amsterdam'],
        ['로테르담', 'ロッテルダム', 'Rotterdam'],
        ['헤이그', 'ハーグ', 'The Hague', 'Den Haag'],
        ['에인트호번', 'アイントホーフェン', 'Eindhoven'],
      ],
    },
  },
  { names: ['벨기에', 'ベルギー', 'Belgium'], zones: { 'Europe/Brussels': [['브뤼셀', 'ブリュッセル', 'Brussels']] } },
  {
    names: ['룩셈부르크', 'ルクセンブルク', 'Luxembourg'],
    zones: { 'Europe/Luxembourg': [['룩셈부르크', 'ルクセンブルク', 'Luxembourg']] },
  },
  {
    names: ['핀란드', 'フィンランド', 'Finland'],
    zones: { 'Europe/Helsinki': [['헬싱키', 'ヘルシンキ', 'Helsinki']] },
  },
  {
    names: ['스웨덴', 'スウェーデン', 'Sweden'],
    zones: { 'Europe/Stockholm': [['스톡홀름', 'ストックホルム', 'Stockholm']] },
  },
  { names: ['노르웨이', 'ノルウェー', 'Norway'], zones: { 'Europe/Oslo': [['오슬로', 'オスロ', 'Oslo']] } },
  {
    names: ['덴마크', 'デンマーク', 'Denmark'],
    zones: { 'Europe/Copenhagen': [['코펜하겐', 'コペンハーゲン', 'Copenhagen']] },
  },
  {
    names: ['오스트리아', 'オーストリア', 'Austria'],
    zones: { 'Europe/Vienna': [['빈', 'ウィーン', 'Vienna', 'Wien']] },
  },
  {
    names: ['스위스', 'スイス', 'Switzerland'],
    zones: {
      'Europe/Zurich': [
        ['취리히', 'チューリッヒ', 'Zurich', 'Zürich'],
        ['제네바', 'ジュネーブ', 'Geneva'],
        ['베른', 'ベルン', 'Bern'],
        ['바젤', 'バーゼル', 'Basel'],
        ['로잔', 'ローザンヌ', 'Lausanne'],
      ],
    },
  },
  {
    names: ['이탈리아', 'イタリア', 'Italy'],
    zones: {
      'Europe/Rome': [
        ['로마', 'ローマ', 'Rome', 'Roma'],
        ['밀라노', 'ミラノ', 'Milan', 'Milano'],
      ],
    },
  },
  {
    names: ['스페인', 'スペイン', 'Spain'],
    zones: {
      'Europe/Madrid': [
        ['마드리드', 'マドリード', 'Madrid'],
        ['바르셀로나', 'バルセロナ', 'Barcelona'],
      ],
    },
  },
  { names: ['포르투갈', 'ポルトガル', 'Portugal'], zones: { 'Europe/Lisbon': [['리스본', 'リスボン', 'Lisbon']] } },
  {
    names: ['체코', 'チェコ', 'Czechia', 'Czech Republic'],
    zones: { 'Europe/Prague': [['프라하', 'プラハ', 'Prague']] },
  },
  { names: ['폴란드', 'ポーランド', 'Poland'], zones: { 'Europe/Warsaw': [['바르샤바', 'ワルシャワ', 'Warsaw']] } },
  {
    names: ['미국', 'アメリカ', 'United States', 'USA', 'US', '米国', 'America'],
    zones: {
      'America/New_York': [
        ['뉴욕', 'ニューヨーク', 'New York'],
        ['워싱턴', 'ワシントン', 'Washington', 'Washington, D.C.'],
        ['보스턴', 'ボストン', 'Boston'],
        ['필라델피아', 'フィラデルフィア', 'Philadelphia'],
        ['애틀랜타', 'アトランタ', 'Atlanta'],
      ],
      'America/Chicago': [
        ['시카고', 'シカゴ', 'Chicago'],
        ['휴스턴', 'ヒューストン', 'Houston'],
        ['댈러스', 'ダラス', 'Dallas'],
        ['오스틴', 'オースティン', 'Austin'],
      ],
      'America/Denver': [['덴버', 'デンバー', 'Denver']],
      'America/Phoenix': [['피닉스', 'フェニックス', 'Phoenix']],
      'America/Los_Angeles': [
        ['샌프란시스코', 'サンフランシスコ', 'San Francisco'],
        ['로스앤젤레스', 'ロサンゼルス', 'Los Angeles', 'LA'],
        ['시애틀', 'シアトル', 'Seattle'],
        ['샌디에이고', 'サンディエゴ', 'San Diego'],
        ['새너제이', 'サンノゼ', 'San Jose', '산호세'],
      ],
      'Pacific/Honolulu': [['호놀룰루', 'ホノルル', 'Honolulu', '하와이', 'ハワイ', 'Hawaii']],
    },
  },
  {
    names: ['캐나다', 'カナダ', 'Canada'],
    zones: {
      'America/Toronto': [
        ['토론토', 'トロント', 'Toronto'],
        ['오타와', 'オタワ', 'Ottawa'],
        ['몬트리올', 'モントリオール', 'Montreal', 'Montréal'],
      ],
      'America/Vancouver': [['밴쿠버', 'バンクーバー', 'Vancouver']],
    },
  },
  {
    names: ['호주', 'オーストラリア', 'Australia'],
    zones: {
      'Australia/Sydney': [
        ['시드니', 'シドニー', 'Sydney'],
        ['캔버라', 'キャンベラ', 'Canberra'],
      ],
      'Australia/Melbourne': [['멜버른', 'メルボルン', 'Melbourne']],
    },
  },
];
