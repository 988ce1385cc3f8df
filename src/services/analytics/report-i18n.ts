/** The report's languages: Chinese (default) and English. */
export type ReportLang = 'zh' | 'en'

/** Every label the HTML report shows, per language. */
export interface ReportText {
  readonly title: string
  readonly generated: string
  readonly summary: string
  readonly valid: string
  readonly tagged: string
  readonly share: string
  readonly ci: string
  readonly funnel: string
  readonly stage: string
  readonly kept: string
  readonly removed: string
  readonly reasons: string
  readonly months: string
  readonly month: string
  readonly total: string
  readonly changePp: string
  readonly changePct: string
  readonly platforms: string
  readonly platform: string
  readonly topN: (n: number) => string
  readonly spread: (min: string, minP: string, max: string, maxP: string) => string
  readonly above: (a50: number, a60: number, n: number) => string
  readonly breakdown: string
  readonly explicitViolence: string
  readonly stopHarassment: string
  readonly noConcreteAct: string
  readonly notAnalysed: string
  readonly ofTagged: string
  readonly behaviors: string
  readonly behavior: string
  readonly templates: string
  readonly templatesSummary: (clusters: number, complaints: number) => string
  readonly cluster: string
  readonly size: string
  readonly input: string
  readonly rejected: string
  readonly byField: string
  readonly duplicatesLine: (outOfOrder: string, late: string, held: string) => string
  readonly behaviorsBase: (analysed: string, tagged: string) => string
  readonly row: string
  readonly issues: string
  readonly warnings: string
  readonly method: string
  readonly methodText: readonly string[]
  readonly stages: Readonly<Record<string, string>>
  readonly reasonNames: Readonly<Record<string, string>>
  readonly behaviorNames: Readonly<Record<string, string>>
}

const ZH: ReportText = {
  title: '“暴力催收”投诉统计报告',
  generated: '生成时间',
  summary: '概览',
  valid: '有效金融投诉',
  tagged: '标记“暴力催收”',
  share: '占比',
  ci: '95% 置信区间',
  funnel: '数据清洗漏斗',
  stage: '步骤',
  kept: '保留',
  removed: '剔除',
  reasons: '剔除原因',
  months: '按月',
  month: '月份',
  total: '有效投诉',
  changePp: '占比环比（百分点）',
  changePct: '投诉量环比',
  platforms: '按平台',
  platform: '平台（投诉对象）',
  topN: (n) => `投诉量前 ${n} 的平台`,
  spread: (min, minP, max, maxP) => `占比从 ${min}（${minP}）到 ${max}（${maxP}）`,
  above: (a50, a60, n) => `${n} 家中 ${a50} 家超过 50%，${a60} 家超过 60%`,
  breakdown: '“暴力催收”投诉的构成',
  explicitViolence: '明确提到“暴力”',
  stopHarassment: '要求“停止骚扰/停止暴力催收”',
  noConcreteAct: '未描述任何具体催收行为',
  notAnalysed: '未分析',
  ofTagged: '占“暴力催收”投诉',
  behaviors: '被指控最多的行为',
  behavior: '行为',
  templates: '模板投诉（近似重复聚类）',
  templatesSummary: (c, n) => `${c} 个模板簇，共 ${n} 条投诉`,
  cluster: '模板簇',
  size: '条数',
  input: '输入文件',
  rejected: '无法读取的行',
  byField: '按字段',
  duplicatesLine: (o, l, h) =>
    `时间顺序：${o} 条晚于已读记录，其中 ${l} 条晚到超过 24 小时；24 小时去重最多同时保存 ${h} 个键。`,
  behaviorsBase: (a, t) =>
    a === t
      ? `基于全部 ${t} 条“暴力催收”投诉的文本分析。`
      : `抽样估计：基于 ${a} 条经文本分析的“暴力催收”投诉（共 ${t} 条），占比请结合置信区间阅读。`,
  row: '行号',
  issues: '问题',
  warnings: '提示',
  method: '方法',
  methodText: [
    '清洗步骤与零壹智库《“暴力催收”观察报告》（2025）一致：剔除非金融投诉和涉诉金额超过 20 万元的投诉；剔除 24 小时内投诉问题与投诉要求完全相同的重复投诉（默认按同一投诉人，不论投诉对象；无投诉人信息时按相同内容）。',
    '“暴力催收”标记：投诉问题（无则用标题）明确出现 恶意/非法/违法/违规/不当/暴力/强制催收，或 暴利催收、爆力催收、暴击催收（去除字间空格与符号后）。',
    '占比的置信区间为 Wilson 区间（95%），样本小的平台与月份请结合区间阅读。',
  ],
  stages: {
    read: '读取',
    period: '时间范围',
    financial: '非金融投诉',
    amount: '金额超过 20 万元',
    duplicate: '24 小时重复投诉',
  },
  reasonNames: {
    unreadable: '无法读取',
    before_period: '早于起始日期',
    after_period: '晚于截止日期',
    non_financial: '非金融投诉',
    amount_over_cap: '金额超过上限',
    amount_unknown: '金额未知',
    duplicate_24h: '24 小时内重复',
  },
  behaviorNames: {
    calls_excessive: '频繁来电（电话轰炸）',
    sms_bombing: '短信轰炸',
    contacts_third_parties: '联系亲友等第三方',
    contacts_employer: '联系单位、同事',
    address_book_exposure: '爆通讯录',
    threats: '威胁恐吓',
    insults: '辱骂',
    impersonating_authority: '冒充公检法',
    fabricated_legal_action: '虚构法律后果',
    visits: '上门催收',
    night_contact: '夜间催收',
  },
}

const EN: ReportText = {
  title: 'Abusive-collection (暴力催收) complaint statistics',
  generated: 'Generated',
  summary: 'Summary',
  valid: 'Valid financial complaints',
  tagged: 'Tagged 暴力催收',
  share: 'Share',
  ci: '95% confidence interval',
  funnel: 'Cleaning funnel',
  stage: 'Stage',
  kept: 'Kept',
  removed: 'Removed',
  reasons: 'Reasons',
  months: 'By month',
  month: 'Month',
  total: 'Valid complaints',
  changePp: 'Share change (points)',
  changePct: 'Volume change',
  platforms: 'By platform',
  platform: 'Platform (respondent)',
  topN: (n) => `The ${n} platforms with the most complaints`,
  spread: (min, minP, max, maxP) => `shares from ${min} (${minP}) to ${max} (${maxP})`,
  above: (a50, a60, n) => `${a50} of ${n} above 50%, ${a60} above 60%`,
  breakdown: 'What the tagged complaints say',
  explicitViolence: 'Say “暴力” (violence) explicitly',
  stopHarassment: 'Request “停止骚扰 / 停止暴力催收” (stop harassment)',
  noConcreteAct: 'Describe no concrete act',
  notAnalysed: 'not analysed',
  ofTagged: 'of tagged complaints',
  behaviors: 'Most alleged behaviours',
  behavior: 'Behaviour',
  templates: 'Template campaigns (near-duplicate clusters)',
  templatesSummary: (c, n) => `${c} clusters, ${n} complaints`,
  cluster: 'Cluster',
  size: 'Complaints',
  input: 'Input file',
  rejected: 'Rows that could not be read',
  byField: 'By field',
  duplicatesLine: (o, l, h) =>
    `Time order: ${o} records came after a later one, ${l} of them more than 24 hours late; the 24-hour duplicate rule held at most ${h} keys.`,
  behaviorsBase: (a, t) =>
    a === t
      ? `From the text analysis of all ${t} tagged complaints.`
      : `Sample estimate: from the text analysis of ${a} of the ${t} tagged complaints; read the shares with their intervals.`,
  row: 'Row',
  issues: 'Issues',
  warnings: 'Warnings',
  method: 'Method',
  methodText: [
    'Cleaning as in 零壹智库’s 2025 report on 暴力催收: non-financial complaints and disputed amounts over 200,000 yuan are dropped; so are complaints whose problem and request repeat within 24 hours (by default the same complainant whatever the respondent; the same text where no complainant is known).',
    'The 暴力催收 tag: the complaint problem (or the title) names 恶意/非法/违法/违规/不当/暴力/强制催收, or the misspellings 暴利催收, 爆力催收, 暴击催收, after removing spaces and symbols.',
    'Intervals are 95% Wilson score intervals; read small platforms and months with them.',
  ],
  stages: {
    read: 'Read',
    period: 'Period',
    financial: 'Non-financial',
    amount: 'Amount over 200,000 yuan',
    duplicate: '24-hour duplicates',
  },
  reasonNames: {
    unreadable: 'unreadable',
    before_period: 'before the period',
    after_period: 'after the period',
    non_financial: 'not financial',
    amount_over_cap: 'amount over the cap',
    amount_unknown: 'amount unknown',
    duplicate_24h: 'repeated within 24 hours',
  },
  behaviorNames: {
    calls_excessive: 'Excessive calls',
    sms_bombing: 'SMS bombing',
    contacts_third_parties: 'Contacting relatives and others',
    contacts_employer: 'Contacting the employer',
    address_book_exposure: 'Address-book exposure',
    threats: 'Threats',
    insults: 'Insults',
    impersonating_authority: 'Impersonating authorities',
    fabricated_legal_action: 'Invented legal consequences',
    visits: 'Home or workplace visits',
    night_contact: 'Contact at night',
  },
}

/** The labels of a language. */
export function reportText(lang: ReportLang): ReportText {
  return lang === 'en' ? EN : ZH
}
