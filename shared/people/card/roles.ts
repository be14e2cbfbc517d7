import type { CardLine } from './cardLines';
import {
  ENGLISH_ORGANISATION,
  ENGLISH_TITLE,
  ENGLISH_UNIT,
  HEAD_OF_UNIT,
  JAPANESE_ORGANISATION,
  JAPANESE_PLACE,
  JAPANESE_PLACE_FIRST,
  JAPANESE_TITLE,
  JAPANESE_UNIT,
  KOREAN_ORGANISATION,
  KOREAN_TITLE,
  KOREAN_UNIT,
  TITLE_QUALIFIER,
} from './roleWords';

/**
 * A line's parts by what they say: the organisation, the department, the
 * title, or none of these (a name, perhaps). Japanese is written without
 * spaces, so a line such as 商工部新産業振興課課長 is parted at the words that
 * end each part; Korean is parted at its spaces, English at its commas.
 */

export type Role = 'organisation' | 'department' | 'title' | 'other';

export interface Part {
  role: Role;
  text: string;
  /** How surely the words say what the part is. */
  certainty: number;
}

const part = (role: Role, text: string, certainty: number): Part[] => (text ? [{ role, text, certainty }] : []);

/** What comes before a rank: an organisation, a department or both (福岡県商工部, 九州大学大学院工学研究院). */
function japaneseUnits(text: string): Part[] {
  if (!text) return [];
  if (JAPANESE_PLACE.test(text)) return part('organisation', text, 0.75);
  const unit = JAPANESE_UNIT.test(text);
  const placeFirst = JAPANESE_PLACE_FIRST.exec(text)?.[0] ?? '';
  const organisations = [...text.matchAll(new RegExp(JAPANESE_ORGANISATION.source, 'g'))];
  const lastOrganisation = organisations.at(-1);
  // An organisation's word that ends the line names it; one inside, followed by a unit, ends it where the unit begins.
  const cut = lastOrganisation ? lastOrganisation.index + lastOrganisation[0].length : placeFirst.length;
  if (!unit) return part(cut ? 'organisation' : 'other', text, cut ? 0.85 : 0.5);
  if (cut === text.length) return part('organisation', text, 0.85);
  return [...part('organisation', text.slice(0, cut), 0.8), ...part('department', text.slice(cut), 0.8)];
}

function japaneseParts(text: string): Part[] {
  const rank = JAPANESE_TITLE.exec(text);
  if (!rank) return japaneseUnits(text);
  let before = text.slice(0, rank.index);
  const title = rank[0];
  const after = text.slice(rank.index + title.length);
  // 新産業振興課長: the head of the 新産業振興課, as 課長 of the unit whose name runs into it.
  if (HEAD_OF_UNIT.test(title) && before && !JAPANESE_UNIT.test(before)) {
    before += title.charAt(0);
  }
  const qualified = TITLE_QUALIFIER.test(after);
  return [
    ...japaneseUnits(before),
    ...part('title', qualified ? title + after : title, 0.9),
    ...(qualified ? [] : part('other', after.trim(), 0.5)),
  ];
}

function koreanPart(text: string): Part[] {
  if (KOREAN_TITLE.test(text)) return part('title', text, 0.9);
  if (KOREAN_ORGANISATION.test(text)) return part('organisation', text, 0.8);
  if (KOREAN_UNIT.test(text)) return part('department', text, 0.75);
  return part('other', text, 0.5);
}

function englishPart(text: string): Part[] {
  if (ENGLISH_TITLE.test(text)) return part('title', text, 0.85);
  if (ENGLISH_UNIT.test(text)) return part('department', text, 0.8);
  if (ENGLISH_ORGANISATION.test(text)) return part('organisation', text, 0.85);
  return part('other', text, 0.5);
}

/**
 * Neighbouring parts of one role as one, and words of none with the part
 * after them: 商工部 新産業振興課; 山田 太郎; Commerce, Industry and Labor
 * Department (parted at its comma).
 */
function joined(parts: readonly Part[], separator: string): Part[] {
  const all: Part[] = [];
  for (const next of parts) {
    const last = all.at(-1);
    if (last && (last.role === next.role || (last.role === 'other' && next.role !== 'title'))) {
      all[all.length - 1] = {
        role: next.role,
        text: last.text + separator + next.text,
        certainty: Math.max(last.certainty, next.certainty),
      };
    } else all.push(next);
  }
  return all;
}

const english = (text: string) => joined(text.split(/\s*,\s*/).flatMap(englishPart), ', ');

/** Japanese, and Latin letters beside it (山田太郎 Taro YAMADA), each read by its own words. */
const JAPANESE_OR_NOT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・()]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々・]+/gu;

const latin = (run: string) => /^\p{ASCII}*$/u.test(run);

/** A line's parts in the order they are written; Japanese and Latin letters beside it never one part. */
export function partsOf(line: CardLine): Part[] {
  const { text } = line;
  if (/\p{Script=Hangul}/u.test(text)) return joined(text.split(' ').flatMap(koreanPart), ' ');
  const runs = (text.match(JAPANESE_OR_NOT) ?? []).map((run) => run.trim()).filter(Boolean);
  const scripts = runs.reduce<string[][]>((all, run) => {
    const last = all.at(-1);
    if (last?.[0] !== undefined && latin(last[0]) === latin(run)) last.push(run);
    else all.push([run]);
    return all;
  }, []);
  return scripts.flatMap((same) =>
    same.every(latin) ? english(same.join(' ')) : joined(same.flatMap(japaneseParts), ' '),
  );
}
