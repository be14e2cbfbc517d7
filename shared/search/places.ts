import { foldNames, hangulRuns } from './names';
import { foldPlain } from './normalize';

/**
 * Japanese place names found inside plain Korean text, so that a note that
 * spells one the old way (후꾸오까현은, as the seed does) is found by the
 * standard spelling and the other way round. Japan's 47 prefectures, the
 * cities and regions delegations travel to, in today's standard spelling
 * (the fold brings the others to it). Its own list, Hangul only: the list
 * of places by time zone (shared/itinerary/zonePlaces.ts) is loaded only
 * when a time zone is typed, and search opens from every screen.
 *
 * A name is taken only at the start of a word (Korean writes a place before
 * its particles and suffixes: 후꾸오까현은) and of two syllables or more, so
 * that ordinary words are left alone.
 */
const NAMES = [
  // The prefectures.
  '홋카이도 아오모리 이와테 미야기 아키타 야마가타 후쿠시마 이바라키 도치기 군마 사이타마 지바 도쿄 가나가와',
  '니가타 도야마 이시카와 후쿠이 야마나시 나가노 기후 시즈오카 아이치 미에 시가 교토 오사카 효고 나라 와카야마',
  '돗토리 시마네 오카야마 히로시마 야마구치 도쿠시마 가가와 에히메 고치 후쿠오카 사가 나가사키 구마모토 오이타',
  '미야자키 가고시마 오키나와',
  // Cities.
  '삿포로 센다이 요코하마 가와사키 나고야 고베 기타큐슈 하코다테 가나자와 하마마쓰 시모노세키 쓰쿠바 히메지',
  '나하 모리오카 미토 우쓰노미야 마에바시 고후 오쓰 마쓰에 다카마쓰 마쓰야마 사카이 닛코 가마쿠라 벳푸 구루메',
  // Regions.
  '규슈 시코쿠 혼슈 간사이 간토 도호쿠 호쿠리쿠 주고쿠 긴키 도카이',
].join(' ');

/** Each place's names fold, as a word's start is folded. */
const PLACES: ReadonlySet<string> = new Set(
  NAMES.split(' ')
    .map((name) => foldNames(foldPlain(name), true).text)
    .filter((folded) => folded.length >= 2),
);
const LONGEST = Math.max(...Array.from(PLACES, (place) => place.length));

/** Where place names stand in a text's names fold, as [start, end) pairs: the longest name at each word's start. */
export function placeSpans(namesText: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const [start, end] of hangulRuns(namesText)) {
    for (let length = Math.min(LONGEST, end - start); length >= 2; length -= 1) {
      if (PLACES.has(namesText.slice(start, start + length))) {
        spans.push([start, start + length]);
        break;
      }
    }
  }
  return spans;
}
