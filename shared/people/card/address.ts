import type { CardLine } from './cardLines';
import { type Proposal, propose } from './proposal';

/**
 * A card's postal address: Japanese (〒812-8577 福岡県福岡市博多区東公園7-7,
 * the postal code on a line of its own or not, a building on the next), Korean
 * (서울특별시 중구 세종대로 110, or a Japanese host's in Hangul: 일본 후쿠오카현
 * 후쿠오카시 …) or English (7-7 Higashi-koen, Hakata-ku, / Fukuoka 812-8577, Japan).
 */

const PREFECTURE =
  /北海道|東京都|(?:京都|大阪)府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県/;
/** A prefecture alone is an organisation (福岡県), with a municipality after it an address. */
const PREFECTURE_AND_CITY = new RegExp(`(?:${PREFECTURE.source}).*[市区町村郡]`);
/** A municipality and something of a street address after it: 福岡市博多区東公園7-7, 元岡744, 七番七号. */
const JAPANESE_STREET = /[\p{Script=Han}ヶ]{1,6}[市区町村郡].*(?:\d|丁目|番|号)/u;
const KOREAN_REGION =
  /(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)\S*\s|일본\s|\S+현\s/;
/** A Korean street address: a road and its number (세종대로 110, 가름로 370), or a ward and a block. */
const KOREAN_STREET = /\S+(?:로|길)\s?\d+|\S+[시군구]\s.*\d/;
/** A country after a postal code or a comma, a ward or city the Japanese way (Hakata-ku): not Japan in an organisation's name. */
const ENGLISH_PLACE = /(?:,|\d)\s*(?:japan|korea)\.?$|-(?:ku|shi|cho|machi|gun|ken)\b|\bprefecture\b|\bward\b/i;
const POSTAL = /〒\s*\d{3}-?\d{4}|\b\d{3}-\d{4}\b|\(우\)\s*\d{5}|우편번호\s*\d{5}/;
/** What continues an address on the next line: a building, a floor, a number. */
const CONTINUED = /\d|丁目|番|号|ビル|階|館|棟|floor|bldg|building|층|호|동/i;
const LABEL = /^(?:住所|所在地|주소|address)\s*:?\s*/i;
/** What is not an address however it looks: an e-mail, a web address, a telephone line. */
const NOT_ADDRESS = /@|www\.|https?:|(?:^|[^a-z])(?:tel|fax)(?![a-z])|電話|전화|팩스/i;

function placeIn(text: string): boolean {
  return (
    JAPANESE_STREET.test(text) ||
    PREFECTURE_AND_CITY.test(text) ||
    (KOREAN_REGION.test(`${text} `) && KOREAN_STREET.test(text)) ||
    ENGLISH_PLACE.test(text)
  );
}

/** How surely a line is (part of) an address: a postal code and a place, or either. */
function certaintyOf(line: CardLine): number {
  if (NOT_ADDRESS.test(line.text)) return 0;
  const postal = POSTAL.test(line.text);
  const place = placeIn(line.text);
  return postal && place ? 0.95 : place ? 0.8 : postal ? 0.6 : 0;
}

/**
 * The lines around `at` that continue the address: its postal code on the line
 * before, or the street before an English line with the postal code, and a
 * building after. Lines `lines` left out (a telephone's) end it.
 */
function extent(lines: readonly CardLine[], at: number): CardLine[] {
  const found = lines[at];
  if (!found) return [];
  const taken = [found];
  const before = lines[at - 1];
  const postalBefore = before && POSTAL.test(before.text) && !POSTAL.test(found.text);
  const streetBefore = before && /[,、]\s*$/.test(before.text);
  if (before?.index === found.index - 1 && !NOT_ADDRESS.test(before.text) && (postalBefore || streetBefore)) {
    taken.unshift(before);
  }
  for (let next = at + 1; next < lines.length && taken.length < 3; next++) {
    const line = lines[next];
    const adjacent = line?.index === (taken.at(-1)?.index ?? 0) + 1;
    const follows = line && !NOT_ADDRESS.test(line.text) && (certaintyOf(line) > 0 || CONTINUED.test(line.text));
    if (!line || !adjacent || !follows || POSTAL.test(line.text)) break;
    taken.push(line);
  }
  return taken;
}

/** The postal code as Japanese writes it, 〒 and a space before the rest. */
function tidy(text: string): string {
  return text
    .replace(LABEL, '')
    .replace(/〒\s*(\d{3})-?(\d{4})\s*/, '〒$1-$2 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The surest address among `lines` (a card's, less its contacts), with the lines that continue it. */
export function findAddress(lines: readonly CardLine[]): Proposal | null {
  let at = -1;
  let certainty = 0;
  lines.forEach((line, index) => {
    const found = certaintyOf(line);
    if (found > certainty) [at, certainty] = [index, found];
  });
  if (at < 0) return null;
  const taken = extent(lines, at);
  // A postal code alone on its line takes the place from the line after it.
  const whole = taken.length > 1 && certainty < 0.8 ? 0.9 : certainty;
  return propose(tidy(taken.map((line) => line.text).join(' ')), whole, taken);
}
