import type { TranslatableText } from '../model/text';

/**
 * The seed's record of the delegation's discussion with the governor of
 * Fukuoka (22 October 1996, 15:20-16:10), as Q&A notes. The article gives
 * the governor's answers; the questions are those its headings and
 * sentences answer. Times are spread over the meeting.
 */
const ko = (text: string): TranslatableText => ({ lang: 'ko', text, translations: {} });

export interface SampleQa {
  key: string;
  time: string;
  /** Which sample member asked (an index into the roster's local-government members). */
  asker: number;
  question: TranslatableText;
  answer: TranslatableText;
  /** Keys of the checklist questions it helps answer. */
  checklist: string[];
}

export const sampleFukuokaQa: readonly SampleQa[] = [
  {
    key: 'role',
    time: '15:22',
    asker: 0,
    question: ko('과학기술에 대해 지자체는 어떤 역할을 해야 한다고 보는가?'),
    answer: ko(
      '지역산업의 진흥이 중요한 만큼 고용확보 등 여러 가지 대책이 필요하며, 산업기술의 중요성을 인식해서 실용화 촉진이나 연구에 초점이 맞추어져야 한다.',
    ),
    checklist: ['policy'],
  },
  {
    key: 'centre',
    time: '15:26',
    asker: 1,
    question: ko('지역 과학기술 진흥에서 중앙과 지방의 역할은 어떻게 나뉘어 있는가?'),
    answer: ko(
      [
        '일본도 중앙과 지방의 관계가 아직 긴밀하지 않고, 과학기술의 성격상 지역성이 없다고 보아 역할이 명확히 구분되어 있지 않다. 지역산업 진흥 방안으로는',
        '- 첫째, 산·학 공동연구와 기술자문: 큐슈에는 27개 대학, 리서치파크, 공업기술센터가 있으며 이들 간의 협력을 촉진하는 시책.',
        '- 둘째, 중소기업청 활용: 현청이 중소기업의 연구계획서를 모아 제안서를 만들어 중소기업청 보조금을 확보.',
        '- 셋째, 벤처기업 육성: 신사업 전환 시 주식 구매와 리스크 머니 보조로 기술의 기업화를 지원.',
        '외지기업 유치는 중요하나 단기적 인센티브는 효과적이지 못하다. 토지가격, 용수, 교통, 우수한 인력 등 경쟁의 조건을 얼마나 잘 조성하느냐가 관건이며, 현은 기초적인 인프라를 정비한다.',
      ].join('\n'),
    ),
    checklist: ['central-government', 'universities', 'infrastructure'],
  },
  {
    key: 'why',
    time: '15:33',
    asker: 2,
    question: ko('지자체 차원에서 과학기술이 필요한 이유는 무엇인가?'),
    answer: ko(
      '지역 중소기업의 성공 여부는 부품산업의 경쟁력이 결정하므로 과학기술의 발전 없이는 어렵다. 앞으로의 산업은 지속 가능한 지역개발이어야 하며 환경친화형 산업이 기본이 되어야 한다.',
    ),
    checklist: ['policy'],
  },
  {
    key: 'campaign',
    time: '15:38',
    asker: 3,
    question: ko('과학기술의 중요성을 주민에게 어떻게 알리는가?'),
    answer: ko(
      '후쿠오카현은 11월을 과학의 달로 정하고 지속적인 캠페인 행사로 연구·기술개발의 중요성을 홍보한다. 일을 추진할 때는 여론을 크게 의식하지 않고 소신을 갖고 끝까지 밀고 나가며, 모든 일에 용기를 갖고 임하라고 당부했다.',
    ),
    checklist: ['policy'],
  },
  {
    key: 'rural',
    time: '15:44',
    asker: 4,
    question: ko('농촌지역은 외지기업 유치가 어려운데, 타개책은 무엇인가?'),
    answer: ko(
      [
        '가장 중요한 것은 경쟁의 조건이다. 재정 일부 지원은 지엽적이며 다른 현에서도 가능하다. 토지가격, 용수, 교통, 노동력, 인프라 등 모든 조건이 갖추어져야 한다.',
        '후쿠오카현은 총예산 1조 6천억 엔에 재정자립도가 50%밖에 되지 않아 공단 개발이 어렵다. 핵심은 국도 정비를 위해 중앙의 자금을 얼마나 끌어내느냐이고, 그 중요 요소는 중앙의 인맥이다.',
      ].join('\n'),
    ),
    checklist: ['budget', 'central-government', 'infrastructure'],
  },
  {
    key: 'budget',
    time: '15:51',
    asker: 5,
    question: ko('현의 업무 가운데 과학기술의 비중은? 연구개발 예산은 따로 확보하는가?'),
    answer: ko(
      '지역 경쟁력과 고용효과를 높이기 위한 산업진흥은 반드시 필요하며, 과학기술 예산은 1/4~1/5 정도의 비중을 둔다. 현재 과학기술심의회와 함께 지침을 만들고 있다.',
    ),
    checklist: ['budget', 'administration'],
  },
  {
    key: 'land',
    time: '15:57',
    asker: 6,
    question: ko('공단 조성 시 분양가에 대해서는 어떻게 보는가?'),
    answer: ko(
      '공단 값을 낮추는 것보다 입지조건을 좋게 만드는 것이 무엇보다 중요하다. 아직도 비용 절감과 고용 문제로 많은 고민을 하고 있다.',
    ),
    checklist: ['infrastructure'],
  },
  {
    key: 'competition',
    time: '16:03',
    asker: 7,
    question: ko('한국과 일본 모두 개방체제를 맞았는데, 경쟁에서 어떻게 이길 수 있는가?'),
    answer: ko(
      '중국인 40명을 고용할 돈으로 일본인 1명을 고용하는 조건이라 경쟁은 어렵지만, 두뇌를 이용해 종합적인 기술을 개발하고 서비스의 질을 높이면 이길 수 있다. 모든 사람을 설득해 이끄는 것도 중요하지만 리더십을 갖고 적극적으로 이끄는 인재가 중요하다.',
    ),
    checklist: ['policy'],
  },
];

export interface SampleAnswer {
  /** Index into the roster's local-government members. */
  member: number;
  question: string;
  text: string;
}

/** A few members' answers to the checklist after the Fukuoka meeting, in Korean. */
export const sampleFukuokaAnswers: readonly SampleAnswer[] = [
  {
    member: 0,
    question: 'central-government',
    text: '중앙과 지방의 관계가 아직 긴밀하지 않고 역할 구분도 명확하지 않음. 현청이 중소기업 연구계획서를 모아 중소기업청 보조금을 확보하는 방식으로 중앙 자금을 활용.',
  },
  {
    member: 0,
    question: 'budget',
    text: '총예산 1조 6천억 엔, 재정자립도 50%. 과학기술 예산은 현 예산의 1/4~1/5 정도. 중앙 자금을 끌어내는 데에는 중앙의 인맥이 중요하다고 함.',
  },
  {
    member: 1,
    question: 'budget',
    text: '연구개발 예산은 산업진흥 예산 안에서 운영. 과학기술심의회와 지침을 작성 중.',
  },
  {
    member: 1,
    question: 'universities',
    text: '큐슈에 27개 대학, 리서치파크, 공업기술센터. 현은 이들 사이의 산학 공동연구와 기술자문을 촉진.',
  },
  {
    member: 2,
    question: 'infrastructure',
    text: '현은 기초 인프라(국도, 용수, 공단) 정비에 집중. 분양가보다 입지조건 개선이 우선.',
  },
];

export const sampleFukuokaMinutes = {
  discussion: ko(
    [
      '- 지자체의 과학기술 역할: 지역산업 진흥, 고용 확보, 실용화 촉진',
      '- 중앙·지방 역할 구분이 명확하지 않음',
      '- 지역산업 진흥 수단: 산학 공동연구, 중소기업청 활용, 벤처기업 육성',
      '- 경쟁 조건(토지, 용수, 교통, 인력)과 기초 인프라 정비가 관건',
      '- 과학기술 예산은 현 예산의 1/4~1/5, 과학기술심의회 지침 작성 중',
    ].join('\n'),
  ),
  decisions: ko('- 과학의 달(11월) 행사 자료를 요청하기로 함'),
};
