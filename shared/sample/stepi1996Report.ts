/**
 * The organiser's own texts of the sample trip's report, from the seed: what
 * the delegation learned under each of the six checklist questions (drawn
 * from its record of the discussion with the governor of Fukuoka, section
 * III.2), the Fukuoka visit's summary, and the evaluation and what should
 * follow (section IV). In Korean, as the seed is written.
 */

export interface SampleFinding {
  /** The checklist question's template key. */
  question: string;
  text: string;
}

export const sampleFindings: readonly SampleFinding[] = [
  {
    question: 'central-government',
    text: '일본에서도 중앙과 지방의 관계가 아직 긴밀하지 않고, 과학기술의 성격상 지역성이 없다고 보아 지역 과학기술 진흥을 위한 중앙과 지방의 역할이 명확히 구분되어 있지 않다. 현청은 중소기업의 연구계획서를 총괄해 제안서를 만들어 중소기업청의 보조금을 확보하며, 국도 정비 등에 중앙의 자금을 얼마나 끌어내느냐가 핵심이고 그 중요 요소는 중앙에의 인맥이다.',
  },
  {
    question: 'administration',
    text: '현의 업무 가운데 과학기술에는 예산의 1/4~1/5 정도의 비중을 두며, 현재 과학기술심의회와 함께 지침을 만들고 있다.',
  },
  {
    question: 'policy',
    text: [
      '지자체의 역할은 지역산업의 진흥이며, 고용확보 등의 대책과 함께 산업기술의 실용화 촉진과 연구에 초점을 맞춘다. 지역산업 진흥 방안은',
      '- 첫째, 산·학 공동연구와 기술자문',
      '- 둘째, 중소기업청의 활용',
      '- 셋째, 벤처기업 육성과 신사업 전환 시 주식구매, risk money 보조를 통한 기술의 기업화 지원',
      '11월을 과학의 달로 정해 지속적인 캠페인으로 연구·기술개발의 중요성을 홍보한다.',
    ].join('\n'),
  },
  {
    question: 'budget',
    text: '후쿠오카현은 총예산 1조 6천억 엔에 재정자립도가 50%밖에 되지 않아 공단 개발에 어려움이 많다. 재정의 일부 지원은 지엽적인 문제이고, 중앙의 자금을 끌어내는 것이 관건이다.',
  },
  {
    question: 'infrastructure',
    text: '외지기업 유치에는 단기적인 인센티브보다 토지가격, 용수, 교통, 우수한 인력 등 경쟁의 조건을 조성하는 것이 관건이다. 현은 기초적인 infrastructure를 정비하며, 공단의 분양가를 낮추기보다 입지조건을 좋게 만드는 데 초점을 둔다.',
  },
  {
    question: 'universities',
    text: '큐슈지역에는 27개 대학, 리서치파크, 공업기술센터가 있으며, 현은 이들 사이의 산·학 공동연구와 기술자문을 촉진하는 시책을 편다.',
  },
];

/** The Fukuoka visit as the seed sums it up. */
export const sampleFukuokaSummary =
  "후꾸오까 현청사, '96. 10. 22 15:20~16:10, 연수단 등 30명 참석. 후쿠오카현 지사와의 토론에서 과학기술에 대한 의견(지자체의 역할, 중앙과 지방의 관계, 지역산업 진흥 방안, 과학의 달)과 지역경쟁력과 정책결정에 대한 의견(경쟁의 조건, 재정자립도와 중앙 자금, 과학기술 예산의 비중, 공단 분양가, 개방체제에서의 경쟁)을 들었다.";

/** Section IV of the seed: the evaluation, then what should follow. */
export const sampleEvaluation: readonly string[] = [
  [
    '중앙정부 차원의 국제협력 사업과는 별도로 지방자치단체가 직접 외국 지방자치단체와 과학기술협력 방안을 모색하였다는 점은 획기적이다. 산업구조 또는 자원환경 특성이 유사한 지방간의 기술협력을 통하여 지자체는 국제화를 추진할 수 있을 뿐만 아니라, 문화교류 수준에 머물고 있는 협력을 실질적인 과학기술협력으로 발전시킬 계기가 되었다.',
    '당면과제로는 첫째, 지방간 사업이 자매결연 지방의 대학간 교류로 출발하고 있어 지방자치단체의 공식적인 채널을 통한 과학기술협력으로 발전되어야 한다. 둘째, 지역내 중소기업에의 기술이전을 위해서는 조사연구 초기단계에서부터 기업이 참여해야 한다. 셋째, 일본 연수단 파견은 과학기술협력채널의 다양화와 과학기술 마인드 확산에 기여하였으나, 연수결과가 지방자치단체의 정책에 직접 반영될 수 있는 후속조치가 필요하다.',
  ].join('\n'),
  [
    '지방간 협력사업은 지자체의 과학기술혁신체제 구축에 가시적 성과가 도출될 수 있도록 지속적으로 추진하며, 대상국을 일본, EU에 더해 중국(省 단위)과 미국(주정부)으로 넓힌다.',
    '일본 연수단 파견사업은 지방의 과학기술마인드 확산을 위해 향후 3년간 지속적으로 추진하고, 그동안의 연수결과를 하나의 보고서로 만들어 일본 지방의 과학기술혁신체제와 한국에의 정책적 함의를 정리한다.',
  ].join('\n'),
];
