/**
 * Lending platforms for generated complaints: relative complaint volume and the share of their
 * complaints the report's rule tags (REPORT.md §2: 30%–90%, 28 of 40 above 50%, 19 above 60%;
 * 美团借钱 83.9%, 京东借钱 76.7%, 支付宝借钱 a little above 50%; small platforms 80%–90%). The
 * names of the report's examples are kept; the other names are invented for the generator.
 */
export interface GeneratedPlatform {
  readonly name: string
  readonly weight: number
  readonly taggedShare: number
}

/** The generator's platforms (40), largest first. */
export const PLATFORMS: readonly GeneratedPlatform[] = [
  { name: '美团借钱', weight: 60, taggedShare: 0.839 },
  { name: '京东借钱', weight: 55, taggedShare: 0.767 },
  { name: '支付宝借钱', weight: 70, taggedShare: 0.52 },
  { name: '分期乐', weight: 45, taggedShare: 0.62 },
  { name: '臻心贷', weight: 35, taggedShare: 0.71 },
  { name: '恒小花', weight: 33, taggedShare: 0.68 },
  { name: '拍拍贷', weight: 32, taggedShare: 0.58 },
  { name: '易得花', weight: 30, taggedShare: 0.66 },
  { name: '安逸花', weight: 28, taggedShare: 0.45 },
  { name: '招联金融', weight: 27, taggedShare: 0.41 },
  { name: '度小满', weight: 26, taggedShare: 0.48 },
  { name: '360借条', weight: 26, taggedShare: 0.46 },
  { name: '微粒贷', weight: 25, taggedShare: 0.33 },
  { name: '洋钱罐', weight: 22, taggedShare: 0.59 },
  { name: '信用飞', weight: 20, taggedShare: 0.58 },
  { name: '你我贷', weight: 19, taggedShare: 0.57 },
  { name: '桔多多', weight: 18, taggedShare: 0.69 },
  { name: '省呗', weight: 17, taggedShare: 0.42 },
  { name: '中邮消费金融', weight: 16, taggedShare: 0.38 },
  { name: '马上消费', weight: 16, taggedShare: 0.47 },
  { name: '宜人贷', weight: 15, taggedShare: 0.43 },
  { name: '小赢卡贷', weight: 14, taggedShare: 0.57 },
  { name: '还呗', weight: 13, taggedShare: 0.65 },
  { name: '众安贷', weight: 12, taggedShare: 0.44 },
  { name: '借钱呗', weight: 11, taggedShare: 0.72 },
  { name: '好分期', weight: 10, taggedShare: 0.74 },
  { name: '有钱花', weight: 10, taggedShare: 0.36 },
  { name: '乐享借', weight: 9, taggedShare: 0.51 },
  { name: '晋商消费金融', weight: 8, taggedShare: 0.3 },
  { name: '榕树贷款', weight: 8, taggedShare: 0.56 },
  { name: '小花钱包', weight: 7, taggedShare: 0.77 },
  { name: '闪银', weight: 6, taggedShare: 0.79 },
  { name: '豆豆钱', weight: 5, taggedShare: 0.81 },
  { name: '蚂蚁分期宝', weight: 4, taggedShare: 0.55 },
  { name: '即刻贷', weight: 3, taggedShare: 0.85 },
  { name: '速借宝', weight: 3, taggedShare: 0.88 },
  { name: '米来花', weight: 2, taggedShare: 0.9 },
  { name: '惠借', weight: 2, taggedShare: 0.83 },
  { name: '急用钱', weight: 2, taggedShare: 0.86 },
  { name: '云易借', weight: 2, taggedShare: 0.8 },
]

/**
 * Other financial respondents (banks' card centres, insurers, payment apps): the report's share
 * (49.3%) is of all financial complaints, and these are tagged far less often.
 */
export const OTHER_FINANCIAL: readonly GeneratedPlatform[] = [
  { name: '某商业银行信用卡中心', weight: 60, taggedShare: 0.22 },
  { name: '某股份制银行信用卡', weight: 50, taggedShare: 0.2 },
  { name: '某财产保险', weight: 40, taggedShare: 0.05 },
  { name: '某支付平台', weight: 40, taggedShare: 0.08 },
  { name: '某城商行', weight: 30, taggedShare: 0.15 },
  { name: '某汽车金融', weight: 20, taggedShare: 0.35 },
]

/** Respondents of non-financial complaints, which the report's first step drops. */
export const NON_FINANCIAL: readonly string[] = [
  '某电商平台',
  '某快递公司',
  '某外卖平台',
  '某手机品牌',
]

/** Monthly multipliers of the tagged share, Jan–Jun 2025: steady, rising from March to June. */
export const MONTH_FACTORS: readonly number[] = [0.97, 0.95, 0.97, 1.0, 1.03, 1.07]
