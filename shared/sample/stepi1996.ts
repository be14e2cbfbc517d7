import type { HostPerson } from '../model/host';
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

/** The fixed id of a record of the sample trip. */
export const sampleId = id;

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
    reviewed: { ja: true },
  },
  startDate: '1996-10-20',
  endDate: '1996-10-29',
  homeTimeZone: 'Asia/Seoul',
  destinationTimeZone: 'Asia/Tokyo',
  organiser: {
    ko: '과학기술정책관리연구소 (STEPI) 과학기술국제협력단',
    ja: '科学技術政策管理研究所（STEPI）科学技術国際協力団',
    en: 'STEPI, International S&T Cooperation Team',
  },
};

interface SampleMember extends MemberInput {
  id: RecordId;
}

function person(
  key: string,
  role: MemberRole,
  name: string,
  nameForHosts: string,
  affiliation: LocalizedName,
): SampleMember {
  return { id: id(`member:${key}`), name, nameForHosts, affiliation, role, email: '', phone: '' };
}

const STEPI_TEAM: LocalizedName = { ko: 'STEPI 과학기술국제협력단', ja: 'STEPI 科学技術国際協力団' };

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
  person('leader', 'organiser', 'STEPI 연수단장', 'STEPI 研修団長', STEPI_TEAM),
  person('coordinator', 'organiser', 'STEPI 연구원', 'STEPI 研究員', STEPI_TEAM),
  ...LOCAL_GOVERNMENTS.flatMap(([key, ko, ja, officers]) =>
    Array.from({ length: officers }, (_, i) => {
      const suffix = officers > 1 ? ` ${i + 1}` : '';
      return person(`${key}-${i + 1}`, 'member', `${ko} 과학기술전문위원${suffix}`, `${ja} 科学技術専門委員${suffix}`, {
        ko,
        ja,
      });
    }),
  ),
  person('interpreter', 'interpreter', '통역', '通訳', { ko: 'STEPI', ja: 'STEPI' }),
];

export type SampleItem = Pick<
  ItineraryItem,
  | 'id'
  | 'kind'
  | 'title'
  | 'date'
  | 'startTime'
  | 'endDate'
  | 'endTime'
  | 'timeZone'
  | 'endTimeZone'
  | 'location'
  | 'host'
  | 'expectedAttendees'
>;

const TOKYO = 'Asia/Tokyo';
const SEOUL = 'Asia/Seoul';

interface When {
  date: string;
  start?: string;
  end?: string;
  endDate?: string;
  zone?: string;
  endZone?: string;
}

function item(
  key: string,
  kind: ItineraryItem['kind'],
  title: LocalizedName,
  when: When,
  location: LocalizedName = {},
): SampleItem {
  return {
    id: id(`item:${key}`),
    kind,
    title,
    date: when.date,
    startTime: when.start ?? null,
    endDate: when.endDate ?? null,
    endTime: when.end ?? null,
    timeZone: when.zone ?? TOKYO,
    endTimeZone: when.endZone ?? null,
    location,
    host: null,
    expectedAttendees: null,
  };
}

function visit(
  key: string,
  name: Required<LocalizedName>,
  address: LocalizedName,
  when: When,
  { expectedAttendees = null, contacts = [] }: { expectedAttendees?: number | null; contacts?: HostPerson[] } = {},
): SampleItem {
  return { ...item(key, 'visit', {}, when), host: { name, address, contacts }, expectedAttendees };
}

/** The seed names him only by office. */
export const FUKUOKA_GOVERNOR: HostPerson = {
  name: {},
  title: { ko: '후쿠오카현 지사', ja: '福岡県知事', en: 'Governor of Fukuoka Prefecture' },
  contact: '',
};

/**
 * The ten days: the six hosts of the seed and its three lectures, with the
 * travel and lodging between them. The Fukuoka meeting (22 October,
 * 15:20-16:10, about 30 people, with the governor) is as the article gives
 * it; the order of the other stops is a plausible route, and the lecture
 * topics follow the themes the article reports.
 */
export const sampleItinerary: readonly SampleItem[] = [
  item(
    'flight-out',
    'travel',
    { ko: '김포 → 후쿠오카 (항공)', ja: '金浦 → 福岡（航空便）', en: 'Gimpo to Fukuoka (flight)' },
    { date: '1996-10-20', start: '10:00', end: '11:20', zone: SEOUL, endZone: TOKYO },
    { ko: '김포공항', ja: '金浦空港' },
  ),
  item(
    'train-kumamoto',
    'travel',
    { ko: '후쿠오카 → 구마모토 (열차)', ja: '福岡 → 熊本（特急）', en: 'Fukuoka to Kumamoto (train)' },
    { date: '1996-10-20', start: '14:00', end: '15:40' },
    { ko: '하카타역', ja: '博多駅' },
  ),
  item(
    'hotel-kumamoto',
    'lodging',
    { ko: '구마모토 숙박', ja: '熊本 宿泊', en: 'Hotel in Kumamoto' },
    { date: '1996-10-20', start: '17:00', endDate: '1996-10-21', end: '08:30' },
    { ko: '구마모토시', ja: '熊本市' },
  ),
  visit(
    'kumamoto',
    { ko: '구마모토현청', ja: '熊本県庁', en: 'Kumamoto Prefectural Government' },
    { ko: '구마모토현 구마모토시 스이젠지 6-18-1', ja: '熊本県熊本市水前寺6-18-1' },
    { date: '1996-10-21', start: '10:00', end: '12:00' },
  ),
  item(
    'lecture-1',
    'lecture',
    {
      ko: '강연 1: 일본의 지역 과학기술 진흥 정책',
      ja: '講演1：日本の地域科学技術振興政策',
      en: 'Lecture 1: Regional S&T promotion policy in Japan',
    },
    { date: '1996-10-21', start: '14:00', end: '16:00' },
    { ko: '구마모토시', ja: '熊本市' },
  ),
  item(
    'train-fukuoka',
    'travel',
    { ko: '구마모토 → 후쿠오카 (열차)', ja: '熊本 → 福岡（特急）', en: 'Kumamoto to Fukuoka (train)' },
    { date: '1996-10-21', start: '17:00', end: '18:30' },
    { ko: '구마모토역', ja: '熊本駅' },
  ),
  item(
    'hotel-fukuoka',
    'lodging',
    { ko: '후쿠오카 숙박 (2박)', ja: '福岡 宿泊（2泊）', en: 'Hotel in Fukuoka (2 nights)' },
    { date: '1996-10-21', start: '19:00', endDate: '1996-10-23', end: '08:00' },
    { ko: '후쿠오카시', ja: '福岡市' },
  ),
  item(
    'lecture-2',
    'lecture',
    {
      ko: '강연 2: 산학 공동연구와 리서치파크',
      ja: '講演2：産学共同研究とリサーチパーク',
      en: 'Lecture 2: University-industry research and research parks',
    },
    { date: '1996-10-22', start: '10:00', end: '12:00' },
    { ko: '후쿠오카시', ja: '福岡市' },
  ),
  visit(
    'fukuoka',
    { ko: '후쿠오카현청', ja: '福岡県庁', en: 'Fukuoka Prefectural Government' },
    { ko: '후쿠오카현 후쿠오카시 하카타구 히가시코엔 7-7', ja: '福岡県福岡市博多区東公園7-7' },
    { date: '1996-10-22', start: '15:20', end: '16:10' },
    { expectedAttendees: 30, contacts: [FUKUOKA_GOVERNOR] },
  ),
  item(
    'to-gifu',
    'travel',
    { ko: '후쿠오카 → 기후 (신칸센)', ja: '福岡 → 岐阜（新幹線）', en: 'Fukuoka to Gifu (Shinkansen)' },
    { date: '1996-10-23', start: '09:00', end: '13:00' },
    { ko: '하카타역', ja: '博多駅' },
  ),
  item(
    'hotel-gifu',
    'lodging',
    { ko: '기후 숙박', ja: '岐阜 宿泊', en: 'Hotel in Gifu' },
    { date: '1996-10-23', start: '15:00', endDate: '1996-10-24', end: '08:30' },
    { ko: '기후시', ja: '岐阜市' },
  ),
  visit(
    'gifu',
    { ko: '기후현청', ja: '岐阜県庁', en: 'Gifu Prefectural Government' },
    { ko: '기후현 기후시 야부타미나미 2-1-1', ja: '岐阜県岐阜市薮田南2-1-1' },
    {
      date: '1996-10-24',
      start: '10:00',
      end: '12:00',
    },
  ),
  item(
    'to-yokohama',
    'travel',
    { ko: '기후 → 요코하마 (신칸센)', ja: '岐阜 → 横浜（新幹線）', en: 'Gifu to Yokohama (Shinkansen)' },
    { date: '1996-10-24', start: '14:00', end: '17:00' },
    { ko: '기후역', ja: '岐阜駅' },
  ),
  item(
    'hotel-yokohama',
    'lodging',
    { ko: '요코하마 숙박 (2박)', ja: '横浜 宿泊（2泊）', en: 'Hotel in Yokohama (2 nights)' },
    { date: '1996-10-24', start: '18:00', endDate: '1996-10-26', end: '09:00' },
    { ko: '요코하마시', ja: '横浜市' },
  ),
  visit(
    'kanagawa',
    { ko: '가나가와현청', ja: '神奈川県庁', en: 'Kanagawa Prefectural Government' },
    { ko: '가나가와현 요코하마시 나카구 니혼오도리 1', ja: '神奈川県横浜市中区日本大通1' },
    { date: '1996-10-25', start: '10:00', end: '12:00' },
  ),
  item(
    'lecture-3',
    'lecture',
    {
      ko: '강연 3: 가나가와 사이언스파크와 지역 기술혁신',
      ja: '講演3：かながわサイエンスパークと地域の技術革新',
      en: 'Lecture 3: Kanagawa Science Park and regional innovation',
    },
    { date: '1996-10-25', start: '14:00', end: '16:00' },
    { ko: '가와사키시 다카쓰구', ja: '川崎市高津区' },
  ),
  item(
    'to-tokyo',
    'travel',
    { ko: '요코하마 → 도쿄', ja: '横浜 → 東京', en: 'Yokohama to Tokyo' },
    { date: '1996-10-26', start: '10:00', end: '11:00' },
  ),
  item(
    'hotel-tokyo',
    'lodging',
    { ko: '도쿄 숙박 (3박)', ja: '東京 宿泊（3泊）', en: 'Hotel in Tokyo (3 nights)' },
    { date: '1996-10-26', start: '12:00', endDate: '1996-10-29', end: '08:00' },
    { ko: '도쿄도 지요다구', ja: '東京都千代田区' },
  ),
  item('free-day', 'free', { ko: '자유 일정', ja: '自由行動', en: 'Free day' }, { date: '1996-10-27' }),
  visit(
    'miti',
    { ko: '통상산업성', ja: '通商産業省', en: 'Ministry of International Trade and Industry' },
    { ko: '도쿄도 지요다구 가스미가세키 1-3-1', ja: '東京都千代田区霞が関1-3-1' },
    { date: '1996-10-28', start: '10:00', end: '11:30' },
  ),
  visit(
    'sta',
    { ko: '과학기술청', ja: '科学技術庁', en: 'Science and Technology Agency' },
    { ko: '도쿄도 지요다구 가스미가세키 2-2-1', ja: '東京都千代田区霞が関2-2-1' },
    { date: '1996-10-28', start: '14:00', end: '15:30' },
  ),
  item(
    'debrief',
    'meeting',
    { ko: '연수단 정리 회의', ja: '研修団まとめ会議', en: 'Delegation debrief' },
    { date: '1996-10-28', start: '18:00', end: '20:00' },
    { ko: '도쿄도 지요다구', ja: '東京都千代田区' },
  ),
  item(
    'flight-home',
    'travel',
    { ko: '나리타 → 김포 (항공)', ja: '成田 → 金浦（航空便）', en: 'Narita to Gimpo (flight)' },
    { date: '1996-10-29', start: '11:00', end: '13:30', endZone: SEOUL },
    { ko: '나리타공항', ja: '成田空港' },
  ),
];
