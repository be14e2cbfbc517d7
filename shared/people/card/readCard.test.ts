import { describe, expect, it } from 'vitest';
import type { OcrLine } from './ocrLines';
import { type CardFields, readCard } from './readCard';

/** A line as tesseract.js returns it: text, confidence 0–100, box. */
const line = (text: string, confidence: number, [x0, y0, x1, y1]: [number, number, number, number]): OcrLine => ({
  text,
  confidence,
  bbox: { x0, y0, x1, y1 },
});

const values = (fields: CardFields) =>
  Object.fromEntries(Object.entries(fields).map(([field, proposal]) => [field, proposal?.value ?? null]));

/** A horizontal Japanese card as the Japanese model read it (spaces between characters, circled digits, a lost dot). */
const horizontal = [
  line('福 岡 県\n', 96, [51, 58, 133, 84]),
  line('商 工 部 新 産 業 振 興 課\n', 94, [51, 97, 252, 119]),
  line('課 長\n\n', 95, [51, 130, 93, 151]),
  line('山 田 太 郎\n\n', 95, [56, 192, 327, 245]),
  line('〒⑧①②-⑧⑤⑦⑦ 福 岡 県 福 岡 市 博 多 区 東 公 園 ⑦ 番 ⑦ 号\n', 95, [53, 280, 460, 300]),
  line('TEL 0⑨②-⑥④③-③000 FAX 0⑨②-⑥④③-③00①\n', 92, [51, 312, 396, 327]),
  line('E-mail yamada-t@preffukuoka.lg.jp\n\n', 52, [52, 339, 385, 361]),
];

describe('reading a card', () => {
  it('proposes every field of a horizontal Japanese card', () => {
    expect(values(readCard(horizontal))).toEqual({
      name: '山田太郎',
      reading: null,
      romanised: null,
      organisation: '福岡県',
      department: '商工部新産業振興課',
      title: '課長',
      email: 'yamada-t@preffukuoka.lg.jp',
      phone: '092-643-3000',
      fax: '092-643-3001',
      mobile: null,
      address: '〒812-8577 福岡県福岡市博多区東公園7番7号',
    });
  });

  it('doubts an e-mail address whose domain lost a dot, and takes the Latin model’s reading of it', () => {
    const doubted = readCard(horizontal);
    expect(doubted.email?.confidence).toBeLessThan(0.3);
    expect(doubted.name?.confidence).toBeGreaterThan(0.8);
    const reread = readCard([...horizontal, line('E-mail yamada-t@pref.fukuoka.lg.jp\n', 90, [52, 339, 385, 361])]);
    expect(reread.email).toEqual({ value: 'yamada-t@pref.fukuoka.lg.jp', confidence: 0.86, lines: [7] });
  });

  it('reads a vertical card, and proposes no number where the kanji numerals were misread', () => {
    const vertical = [
      line('福岡 県\n', 91, [467, 51, 493, 133]),
      line('商工 部 新 産業 振興 課 課長\n\n', 83, [434, 50, 455, 303]),
      line('山田 太朗\n\n', 71, [328, 53, 384, 348]),
      line('〒 和 八 一 二 ー 和 八 五 七 七 福 岡 市 博多 区 東 公 園 七 番 七 号\n', 80, [259, 53, 278, 495]),
      line('電話 〇 九 ニ ー 六 四 三 1! 三 OOO\n\n', 79, [230, 51, 249, 334]),
    ];
    expect(values(readCard(vertical))).toMatchObject({
      name: '山田太朗',
      organisation: '福岡県',
      department: '商工部新産業振興課',
      title: '課長',
      phone: null,
      fax: null,
    });
    expect(readCard(vertical).address?.value).toContain('福岡市博多区東公園七番七号');
  });

  it('reads a Korean side: a Japanese host’s name, unit and address in Hangul', () => {
    const korean = [
      line('후 쿠 오 카 현\n\n', 93, [51, 58, 176, 84]),
      line('상공부 신 산 업 진 흥 과 과장\n\n', 90, [51, 97, 282, 119]),
      line('야마다 다로\n\n', 96, [53, 160, 317, 212]),
      line(
        '( 우 ) 812-8577 일본 후 쿠 오 카 현 후 쿠 오 카 시 하 카 타 구 히 가 시 코엔 7-7\n\n',
        93,
        [52, 248, 612, 270],
      ),
      line('전화 +81-92-643-3000 팩스 +81-92-643-3001\n\n', 54, [51, 277, 444, 297]),
      line("이메일 /307303-[(@'[『 아 [40<40(<3.18]0\n", 0, [52, 307, 380, 329]),
      line('O|H|Q yamada-t@pref.fukuoka.lg.jp\n', 88, [52, 307, 380, 329]),
    ];
    expect(values(readCard(korean))).toEqual({
      name: '야마다 다로',
      reading: null,
      romanised: null,
      organisation: '후쿠오카현',
      department: '상공부 신산업진흥과',
      title: '과장',
      email: 'yamada-t@pref.fukuoka.lg.jp',
      phone: '+81-92-643-3000',
      fax: '+81-92-643-3001',
      mobile: null,
      address: '(우) 812-8577 일본 후쿠오카현 후쿠오카시하카타구히가시 코엔 7-7',
    });
  });

  it('reads an English side, the address on two lines', () => {
    const english = [
      line('Fukuoka Prefectural Government', 93, [50, 50, 420, 80]),
      line('Commerce, Industry and Labor Department', 91, [50, 90, 480, 112]),
      line('Section Chief, New Industry Promotion Division', 90, [50, 120, 540, 142]),
      line('Taro YAMADA', 96, [50, 180, 330, 230]),
      line('7-7 Higashi-koen, Hakata-ku,', 92, [50, 270, 360, 290]),
      line('Fukuoka 812-8577, Japan', 93, [50, 295, 330, 315]),
      line('Tel: +81-92-643-3000 Fax: +81-92-643-3001', 91, [50, 330, 520, 350]),
      line('yamada-t@pref.fukuoka.lg.jp', 90, [50, 360, 360, 380]),
    ];
    expect(values(readCard(english))).toEqual({
      name: 'Taro YAMADA',
      reading: null,
      romanised: 'Taro YAMADA',
      organisation: 'Fukuoka Prefectural Government',
      department: 'Commerce, Industry and Labor Department, New Industry Promotion Division',
      title: 'Section Chief',
      email: 'yamada-t@pref.fukuoka.lg.jp',
      phone: '+81-92-643-3000',
      fax: '+81-92-643-3001',
      mobile: null,
      address: '7-7 Higashi-koen, Hakata-ku, Fukuoka 812-8577, Japan',
    });
  });

  it('reads a bilingual card with a reading over the name, its Latin spelling and a degree after the rank', () => {
    const bilingual = [
      line('国 立 大 学 法 人 九 州 大 学\n\n', 96, [90, 89, 333, 111]),
      line('大 学 院 工 学 研 究 院 機 械 工 学 部 門\n\n', 92, [89, 122, 371, 141]),
      line('准 教 授 博 士 ( 工 学 )\n\n', 90, [89, 151, 245, 172]),
      line('さ と う は な こ\n', 80, [92, 185, 220, 200]),
      line('佐 藤 花 子\n\n', 96, [89, 210, 297, 257]),
      line('Hanako SATO\n\n', 91, [90, 294, 225, 313]),
      line('〒⑧①⑨-0③⑨⑤ 福 岡 市 西 区 元 岡 ⑦④④\n\n', 91, [91, 324, 342, 341]),
      line('Tel: +⑧① ⑨② 802 3000 / Fax: +81 92 802 3001\n\n', 92, [89, 351, 437, 368]),
      line('携 帯 0⑨0-①②③④-⑤⑥⑦⑧', 88, [89, 372, 300, 390]),
      line('sato.hanako@mech.kyushu-u.ac.jp\n', 67, [89, 396, 383, 416]),
    ];
    expect(values(readCard(bilingual))).toEqual({
      name: '佐藤花子',
      reading: 'さとうはなこ',
      romanised: 'Hanako SATO',
      organisation: '国立大学法人九州大学',
      department: '大学院工学研究院機械工学部門',
      title: '准教授博士(工学)',
      email: 'sato.hanako@mech.kyushu-u.ac.jp',
      phone: '+81-92-802-3000',
      fax: '+81-92-802-3001',
      mobile: '090-1234-5678',
      address: '〒819-0395 福岡市西区元岡744',
    });
  });

  it('keeps noise out: stray marks are no name, a number without a label is a telephone', () => {
    const noisy = [
      line('| ー 」\n', 12, [20, 10, 60, 70]),
      line('株 式 会 社 テ ク ノ ソ フ ト\n', 88, [50, 60, 330, 90]),
      line('開 発 本 部\n', 85, [50, 100, 170, 122]),
      line('主 任 研 究 員\n', 86, [50, 130, 190, 152]),
      line('ロ ロ\n', 20, [400, 140, 430, 160]),
      line('鈴 木 一 郎\n', 93, [50, 180, 300, 230]),
      line('〒100-0005\n', 90, [50, 260, 190, 280]),
      line('東 京 都 千 代 田 区 丸 の 内 1 - 1 - 1 丸 の 内 ビ ル 5F\n', 88, [50, 284, 480, 304]),
      line('03-1234-5678\n', 89, [50, 310, 210, 330]),
      line('E-mail: suzuki@technosoft co.jp\n', 70, [50, 336, 400, 356]),
    ];
    const fields = readCard(noisy);
    expect(values(fields)).toMatchObject({
      name: '鈴木一郎',
      organisation: '株式会社テクノソフト',
      department: '開発本部',
      title: '主任研究員',
      phone: '03-1234-5678',
      address: '〒100-0005 東京都千代田区丸の内1-1-1丸の内ビル5F',
      email: 'suzuki@technosoftco.jp',
    });
    expect(fields.email?.confidence).toBeLessThan(0.3);
    expect(fields.phone?.confidence).toBeLessThan(fields.name?.confidence ?? 0);
  });

  it('proposes nothing from nothing', () => {
    expect(Object.values(readCard([])).every((proposal) => proposal === null)).toBe(true);
  });
});
