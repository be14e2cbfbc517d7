import type { CardFields } from '@shared/people/card/readCard';

/**
 * Business cards as the delegation is handed them, to be drawn by Chromium
 * with Noto CJK (cardsPhoto.ts): horizontal and vertical Japanese, a Korean
 * and an English side, a bilingual one, at two sizes, one lying askew on a
 * table. Each with the fields a reader should propose.
 */

export type Side = 'ja' | 'ko' | 'en';

export interface Card {
  id: string;
  side: Side;
  /** The card's body, inside a box of the card's size. */
  html: string;
  width: number;
  height: number;
  /** Degrees the card lies turned on the table, photographed with the table around it. */
  turned?: number;
  /** Pixels of the photo to a pixel of the card's layout: a phone's photo of a card is some 2,000 pixels across. */
  scale: number;
  expected: Partial<Record<keyof CardFields, string>>;
}

const SANS_JP = "'Noto Sans CJK JP'";
const SERIF_JP = "'Noto Serif CJK JP'";

/** 91 × 55 mm, the Japanese card's size, at 10 and 8 pixels a millimetre. */
const LANDSCAPE = { width: 910, height: 550 };
const SMALL = { width: 728, height: 440 };

const prefecture = {
  email: 'yamada-t@pref.fukuoka.lg.jp',
  phone: '092-643-3000',
  fax: '092-643-3001',
};

export const CARDS: readonly Card[] = [
  {
    id: 'prefecture, horizontal',
    side: 'ja',
    scale: 2,
    ...LANDSCAPE,
    html: `<div style="font-family:${SANS_JP};padding:48px 56px">
      <div style="font-size:26px">福岡県</div>
      <div style="font-size:21px;margin-top:8px">商工部 新産業振興課</div>
      <div style="font-size:21px">課長</div>
      <div style="font-size:16px;margin-top:22px;letter-spacing:6px">やまだ　たろう</div>
      <div style="font-size:54px">山田　太郎</div>
      <div style="position:absolute;left:56px;bottom:40px;font-size:18px;line-height:1.6">
        〒812-8577 福岡県福岡市博多区東公園7番7号<br>TEL ${prefecture.phone}　FAX ${prefecture.fax}<br>
        E-mail ${prefecture.email}</div></div>`,
    expected: {
      name: '山田太郎',
      reading: 'やまだたろう',
      organisation: '福岡県',
      department: '商工部新産業振興課',
      title: '課長',
      address: '〒812-8577 福岡県福岡市博多区東公園7番7号',
      ...prefecture,
    },
  },
  {
    id: 'prefecture, Korean side',
    side: 'ko',
    scale: 2,
    ...LANDSCAPE,
    html: `<div style="font-family:'Noto Sans CJK KR';padding:48px 56px">
      <div style="font-size:26px">후쿠오카현</div>
      <div style="font-size:21px;margin-top:8px">상공부 신산업진흥과 과장</div>
      <div style="font-size:54px;margin-top:40px">야마다 다로</div>
      <div style="position:absolute;left:56px;bottom:40px;font-size:18px;line-height:1.6">
        (우) 812-8577 일본 후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7<br>
        전화 +81-92-643-3000　팩스 +81-92-643-3001<br>이메일 ${prefecture.email}</div></div>`,
    expected: {
      name: '야마다 다로',
      organisation: '후쿠오카현',
      department: '상공부 신산업진흥과',
      title: '과장',
      address: '(우) 812-8577 일본 후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7',
      email: prefecture.email,
      phone: '+81-92-643-3000',
      fax: '+81-92-643-3001',
    },
  },
  {
    id: 'prefecture, English side',
    side: 'en',
    scale: 2,
    ...LANDSCAPE,
    html: `<div style="font-family:${SANS_JP};padding:48px 56px">
      <div style="font-size:26px">Fukuoka Prefectural Government</div>
      <div style="font-size:19px;margin-top:8px">Commerce, Industry and Labor Department</div>
      <div style="font-size:19px">Section Chief, New Industry Promotion Division</div>
      <div style="font-size:46px;margin-top:36px">Taro YAMADA</div>
      <div style="position:absolute;left:56px;bottom:40px;font-size:18px;line-height:1.5">
        7-7 Higashi-koen, Hakata-ku,<br>Fukuoka 812-8577, Japan<br>
        Tel: +81-92-643-3000　Fax: +81-92-643-3001<br>${prefecture.email}</div></div>`,
    expected: {
      name: 'Taro YAMADA',
      romanised: 'Taro YAMADA',
      organisation: 'Fukuoka Prefectural Government',
      department: 'Commerce, Industry and Labor Department, New Industry Promotion Division',
      title: 'Section Chief',
      address: '7-7 Higashi-koen, Hakata-ku, Fukuoka 812-8577, Japan',
      email: prefecture.email,
      phone: '+81-92-643-3000',
      fax: '+81-92-643-3001',
    },
  },
  {
    id: 'university, bilingual',
    side: 'ja',
    scale: 2,
    ...LANDSCAPE,
    html: `<div style="font-family:${SERIF_JP};padding:44px 60px">
      <div style="font-size:24px">国立大学法人 九州大学</div>
      <div style="font-size:19px;margin-top:6px">大学院工学研究院 機械工学部門</div>
      <div style="font-size:19px">准教授 博士(工学)</div>
      <div style="font-size:50px;margin-top:20px">佐藤 花子</div>
      <div style="font-size:22px">Hanako SATO</div>
      <div style="position:absolute;right:60px;bottom:36px;font-size:16px;line-height:1.55">
        〒819-0395 福岡市西区元岡744<br>Tel: +81 92 802 3000 / Fax: +81 92 802 3001<br>
        Mobile: 090-1234-5678<br>sato.hanako@mech.kyushu-u.ac.jp</div></div>`,
    expected: {
      name: '佐藤花子',
      romanised: 'Hanako SATO',
      organisation: '国立大学法人九州大学',
      department: '大学院工学研究院機械工学部門',
      title: '准教授博士(工学)',
      address: '〒819-0395 福岡市西区元岡744',
      email: 'sato.hanako@mech.kyushu-u.ac.jp',
      phone: '+81-92-802-3000',
      fax: '+81-92-802-3001',
      mobile: '090-1234-5678',
    },
  },
  {
    id: 'city, vertical',
    side: 'ja',
    scale: 2,
    width: 550,
    height: 910,
    html: `<div style="font-family:${SERIF_JP}">
      <div style="position:absolute;right:56px;top:56px;height:500px;writing-mode:vertical-rl">
        <div style="font-size:26px">北九州市</div>
        <div style="font-size:20px;margin-right:12px">産業経済局 企業立地支援課</div>
        <div style="font-size:20px">係長</div>
        <div style="font-size:56px;margin-right:40px">中村　健一</div></div>
      <div style="position:absolute;left:40px;bottom:44px;font-size:15px;line-height:1.6">
        〒803-8501 北九州市小倉北区城内1番1号<br>TEL 093-582-2065<br>FAX 093-591-2566<br>
        kenichi-nakamura@city.kitakyushu.lg.jp</div></div>`,
    expected: {
      name: '中村健一',
      organisation: '北九州市',
      department: '産業経済局企業立地支援課',
      title: '係長',
      address: '〒803-8501 北九州市小倉北区城内1番1号',
      email: 'kenichi-nakamura@city.kitakyushu.lg.jp',
      phone: '093-582-2065',
      fax: '093-591-2566',
    },
  },
  {
    id: 'company, small, turned',
    side: 'ja',
    scale: 1.5,
    ...SMALL,
    turned: 2,
    html: `<div style="font-family:${SANS_JP};padding:34px 40px">
      <div style="font-size:22px">株式会社テクノソフト</div>
      <div style="font-size:16px;margin-top:6px">開発本部 第二開発部</div>
      <div style="font-size:16px">主任研究員</div>
      <div style="font-size:42px;margin-top:22px">鈴木 一郎</div>
      <div style="position:absolute;left:40px;bottom:30px;font-size:14px;line-height:1.55">
        〒100-0005 東京都千代田区丸の内1-1-1 丸の内ビル5F<br>TEL 03-1234-5678　FAX 03-1234-5679<br>
        携帯 090-8765-4321<br>ichiro.suzuki@technosoft.co.jp</div></div>`,
    expected: {
      name: '鈴木一郎',
      organisation: '株式会社テクノソフト',
      department: '開発本部第二開発部',
      title: '主任研究員',
      address: '〒100-0005 東京都千代田区丸の内1-1-1丸の内ビル5F',
      email: 'ichiro.suzuki@technosoft.co.jp',
      phone: '03-1234-5678',
      fax: '03-1234-5679',
      mobile: '090-8765-4321',
    },
  },
  {
    id: 'institute, small, centred',
    side: 'ja',
    scale: 1.5,
    ...SMALL,
    html: `<div style="font-family:${SANS_JP};text-align:center;padding-top:34px">
      <div style="font-size:17px">国立研究開発法人 産業技術総合研究所</div>
      <div style="font-size:15px;margin-top:4px">エネルギー・環境領域</div>
      <div style="font-size:15px">上席研究員</div>
      <div style="font-size:13px;margin-top:18px;letter-spacing:4px">タカハシ　ナオキ</div>
      <div style="font-size:40px">高橋　直樹</div>
      <div style="font-size:13px;margin-top:26px;line-height:1.6">〒305-8560 茨城県つくば市梅園1-1-1<br>
        TEL 029-861-2000<br>n.takahashi@aist.go.jp</div></div>`,
    expected: {
      name: '高橋直樹',
      reading: 'タカハシナオキ',
      organisation: '国立研究開発法人産業技術総合研究所',
      department: 'エネルギー・環境領域',
      title: '上席研究員',
      address: '〒305-8560 茨城県つくば市梅園1-1-1',
      email: 'n.takahashi@aist.go.jp',
      phone: '029-861-2000',
    },
  },
];
