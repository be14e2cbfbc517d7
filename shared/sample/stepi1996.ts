import { type RecordId, stableId } from '../model/ids';
import type { ItineraryItem } from '../model/itinerary';
import type { MemberInput, MemberRole } from '../model/member';
import type { LocalizedName } from '../model/text';
import type { TripInput } from '../model/trip';

/**
 * The sample trip, from the seed document (STEPI, "Science and Technology
 * Policy" vol. 7 no. 2, 1997): the training visit of 17 S&T officers from 13
 * Korean local governments to Japan, 20-29 October 1996. Member names are
 * role placeholders; the article names no one but the Fukuoka governor.
 */

/** Sample ids are derived, not random, so loading the sample twice (or on two devices) gives one trip. */
const CREATED = Date.UTC(1996, 8, 1);
const id = (name: string): RecordId => stableId(`sample:stepi-1996:${name}`, CREATED);

export const SAMPLE_TRIP_ID = id('trip');

export const sampleTrip: TripInput & { id: RecordId } = {
  id: SAMPLE_TRIP_ID,
  title: {
    ko: '일본 지자체 과학기술혁신체제 교육연수단',
    ja: '日本地方自治体科学技術革新体制研修団',
    en: 'Training visit: local S&T innovation systems in Japan',
  },
  languages: { home: 'ko', host: 'ja' },
  purpose: {
    lang: 'ko',
    text: '일본 지방자치단체의 과학기술 혁신체제에 대한 교육연수. 구마모토현, 후쿠오카현, 기후현, 가나가와현, 통상산업성, 과학기술청 방문(강연회 3회 포함).',
    translations: {
      ja: '日本の地方自治体における科学技術革新体制に関する研修。熊本県、福岡県、岐阜県、神奈川県、通商産業省、科学技術庁を訪問（講演会3回を含む）。',
    },
  },
  startDate: '1996-10-20',
  endDate: '1996-10-29',
  homeTimeZone: 'Asia/Seoul',
  destinationTimeZone: 'Asia/Tokyo',
  organiser: '과학기술정책관리연구소 (STEPI) 과학기술국제협력단',
};

interface SampleMember extends MemberInput {
  id: RecordId;
}

function person(key: string, role: MemberRole, name: string, nameForHosts: string, affiliation: string): SampleMember {
  return { id: id(`member:${key}`), name, nameForHosts, affiliation, role, email: '', phone: '' };
}

/** 13 local governments of 1996 with their names as Japanese hosts write them. */
const LOCAL_GOVERNMENTS: readonly [key: string, ko: string, ja: string, officers: number][] = [
  ['seoul', '서울특별시', 'ソウル特別市', 1],
  ['busan', '부산광역시', '釜山広域市', 1],
  ['daegu', '대구광역시', '大邱広域市', 1],
  ['incheon', '인천광역시', '仁川広域市', 1],
  ['gwangju', '광주광역시', '光州広域市', 1],
  ['daejeon', '대전광역시', '大田広域市', 1],
  ['gyeonggi', '경기도', '京畿道', 2],
  ['gangwon', '강원도', '江原道', 1],
  ['chungbuk', '충청북도', '忠清北道', 1],
  ['chungnam', '충청남도', '忠清南道', 1],
  ['jeonbuk', '전라북도', '全羅北道', 1],
  ['gyeongbuk', '경상북도', '慶尚北道', 1],
  ['jeju', '제주도', '済州道', 1],
];

export const sampleMembers: readonly SampleMember[] = [
  person('leader', 'organiser', 'STEPI 연수단장', 'STEPI 研修団長', 'STEPI 과학기술국제협력단'),
  person('coordinator', 'organiser', 'STEPI 연구원', 'STEPI 研究員', 'STEPI 과학기술국제협력단'),
  ...LOCAL_GOVERNMENTS.flatMap(([key, ko, ja, officers]) =>
    Array.from({ length: officers }, (_, i) => {
      const suffix = officers > 1 ? ` ${i + 1}` : '';
      return person(
        `${key}-${i + 1}`,
        'member',
        `${ko} 과학기술전문위원${suffix}`,
        `${ja} 科学技術専門委員${suffix}`,
        ko,
      );
    }),
  ),
  person('interpreter', 'interpreter', '통역', '通訳', 'STEPI'),
];

type SampleVisit = Pick<
  ItineraryItem,
  'id' | 'kind' | 'title' | 'date' | 'startTime' | 'endTime' | 'location' | 'host' | 'expectedAttendees'
>;

function visit(
  key: string,
  date: string,
  host: LocalizedName,
  location: string,
  times: [string, string] | null = null,
  expectedAttendees: number | null = null,
): SampleVisit {
  return {
    id: id(`visit:${key}`),
    kind: 'visit',
    title: host,
    date,
    startTime: times?.[0] ?? null,
    endTime: times?.[1] ?? null,
    location,
    host: { name: host, address: location, contacts: [] },
    expectedAttendees,
  };
}

/**
 * The six hosts of the seed. Only the Fukuoka visit's date and time are in
 * the article; the other days are a plausible order of travel.
 */
export const sampleVisits: readonly SampleVisit[] = [
  visit(
    'kumamoto',
    '1996-10-21',
    { ko: '구마모토현청', ja: '熊本県庁', en: 'Kumamoto Prefectural Government' },
    '熊本県熊本市',
  ),
  visit(
    'fukuoka',
    '1996-10-22',
    { ko: '후쿠오카현청', ja: '福岡県庁', en: 'Fukuoka Prefectural Government' },
    '福岡県福岡市',
    ['15:20', '16:10'],
    30,
  ),
  visit('gifu', '1996-10-24', { ko: '기후현청', ja: '岐阜県庁', en: 'Gifu Prefectural Government' }, '岐阜県岐阜市'),
  visit(
    'kanagawa',
    '1996-10-25',
    { ko: '가나가와현청', ja: '神奈川県庁', en: 'Kanagawa Prefectural Government' },
    '神奈川県横浜市',
  ),
  visit(
    'miti',
    '1996-10-28',
    { ko: '통상산업성', ja: '通商産業省', en: 'Ministry of International Trade and Industry' },
    '東京都千代田区霞が関',
  ),
  visit(
    'sta',
    '1996-10-28',
    { ko: '과학기술청', ja: '科学技術庁', en: 'Science and Technology Agency' },
    '東京都千代田区霞が関',
  ),
];
