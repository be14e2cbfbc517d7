/**
 * The words that tell an organisation, a department and a title on business
 * cards in Japanese, Korean and English: the places and ranks of Japanese and
 * Korean prefectures, cities, ministries, universities, institutes and firms.
 */

const words = (list: string) => list.trim().split(/\s+/).join('|');

/** Ranks, longest first where one holds another (主任研究員 before 研究員). */
const JAPANESE_TITLES = words(`
  代表取締役社長 代表取締役 取締役 執行役員 副社長 社長 会長 専務 常務 副理事長 理事長 理事 監事
  副知事 知事 副市長 市長 町長 村長 区長 議長 センター長 グループ長 チーム長 学部長 研究科長
  局長 次長 部長 課長 室長 係長 所長 館長 院長 学長 校長 総長 班長
  主任研究員 上席研究員 主席研究員 特別研究員 研究員 主任 主査 主事 主幹 参事 審議官 調整官 専門官 専門員
  技師 係員 准教授 助教授 教授 助教 講師 顧問 マネージャー マネジャー ディレクター リーダー コーディネーター`);
const JAPANESE_TITLE_BEFORE = '副|主任|上席|主席|首席|総括|統括|特任|客員|名誉|専任|兼';
const JAPANESE_TITLE_AFTER = '補佐|代理|心得';

/** A Japanese rank with what may stand around it: 課長補佐, 特任准教授, 副所長. */
export const JAPANESE_TITLE = new RegExp(
  `(?:${JAPANESE_TITLE_BEFORE})*(?:${JAPANESE_TITLES})(?:${JAPANESE_TITLE_AFTER})?`,
);
/** Ranks named after the unit they head: 新産業振興課長 is the head of the 新産業振興課. */
export const HEAD_OF_UNIT = /^(?:部|課|室|係|局|所)長/;
/** What may follow a rank and belongs to it: a degree. */
export const TITLE_QUALIFIER = /^(?:[\s・,、/]*(?:博[士土]|修士|\([^)]*\)|Ph\.?\s?D\.?))*$/;

export const JAPANESE_ORGANISATION = new RegExp(
  words(`
  株式会社 有限会社 合同会社 \\(株\\) \\(有\\) 大学校 大学(?!院) 高等専門学校 研究所 研究開発法人 法人 機構 財団 協会 組合
  公社 公団 事業団 振興会 会議所 銀行 病院 委員会 学園 学校 製作所 ホールディングス
  県庁 都庁 府庁 道庁 市役所 区役所 役場 省 庁 センター`),
);
/** A prefecture or city on its own heads a card from a local government: 福岡県, 北九州市. */
export const JAPANESE_PLACE = /^\p{Script=Han}{2,3}[県府都道市町村]$/u;
/** The same at the start of a line that goes on with a department: 福岡県商工部. */
export const JAPANESE_PLACE_FIRST = /^\p{Script=Han}{1,3}[県府都道市町村](?=.)/u;
export const JAPANESE_UNIT = new RegExp(
  `(?:${words(`部門 本部 事務局 事業部 研究部 研究院 研究科 研究室 学部 学科 講座 専攻 領域 グループ チーム ユニット 支店 営業所 担当 センター
  部 課 室 係 局 科 班`)})$`,
);

const KOREAN_TITLES = words(`
  부지사 지사 부시장 시장 국장 부장 과장 팀장 실장 소장 원장 센터장 본부장 단장 처장 주임 계장 주무관 사무관 서기관
  선임연구원 책임연구원 수석연구원 연구원 부연구위원 연구위원 전문위원 위원 연구관 연구사
  부교수 조교수 교수 강사 대표이사 이사 부사장 사장 부회장 회장 상무 전무 매니저 대리 사원 총장 학장 박사`);
export const KOREAN_TITLE = new RegExp(`^(?:${KOREAN_TITLES})$`);
export const KOREAN_ORGANISATION = new RegExp(
  `${words(`대학교 대학 연구소 재단 공사 공단 진흥원 주식회사 \\(주\\) 위원회 협회 은행 병원 회사 기구 조합
  시청 도청 구청 군청 현청`)}|\\S{2,}연구원$|\\S{2,}[현시도]$`,
);
export const KOREAN_UNIT = new RegExp(
  `(?:${words('본부 연구실 학과 학부 담당관 사업단 연구단 그룹 센터 부 과 실 계 국 팀 처 단')})$`,
);

export const ENGLISH_TITLE = new RegExp(
  `\\b(?:${words(`Governor Mayor Director Director-General Manager Chief Head President CEO CTO Chairman Chairperson
  Professor Lecturer Researcher Scientist Fellow Engineer Officer Coordinator Specialist Counsellor Counselor
  Advisor Adviser Secretary Administrator Staff Principal Dean`)})\\b`,
  'i',
);
export const ENGLISH_UNIT =
  /\b(?:Department|Division|Section|Bureau|Office|Laboratory|Lab|Faculty|Graduate School|School of|Unit|Team|Group)\b/i;
export const ENGLISH_ORGANISATION = new RegExp(
  `\\b(?:${words(`University Institute Corporation Corp\\.? Co\\.,?\\s?Ltd\\.? Ltd\\.? Inc\\.? Government Prefectural
  Prefecture Ministry Agency Center Centre Foundation Association Organization Organisation Bank Hospital Council
  Authority Company`)}|City\\s(?:of|Hall))`,
  'i',
);
