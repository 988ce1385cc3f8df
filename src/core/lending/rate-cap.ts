import type { PlainDate } from './dates.ts'
import { lprOn } from './lpr.ts'
import type { LprFixing } from './lpr.ts'
import { formatPercent } from './money.ts'
import type { Ppm } from './money.ts'

/** Who lent: a licensed institution (bank, 消费金融公司, 小贷…) or a private lender. */
export type LenderKind = 'licensed' | 'private'

/** One rate line a loan is checked against, with its legal basis and the verdict. */
export interface RateLine {
  readonly id: 'R-RATE-1' | 'R-RATE-5' | 'R-RATE-6'
  readonly clause: string
  /** The limit in ppm, or null when it is unknown (no LPR for the contract date). */
  readonly limit: Ppm | null
  /** Whether this line binds this lender kind (R-RATE-4: 4×LPR does not bind licensed lenders). */
  readonly binding: boolean
  readonly exceeded: boolean | null
  readonly message: string
}

/** The rate assessment of one loan: every line, and the worst verdict over binding lines. */
export interface RateAssessment {
  readonly apr: Ppm
  readonly lines: readonly RateLine[]
  readonly verdict: 'within' | 'above_binding_cap' | 'unknown'
}

const P24 = 240_000
const P36 = 360_000

/**
 * Checks an APR (ppm, from computeApr) against the 4 × one-year LPR line at the contract date
 * (R-RATE-1), the 24% line (R-RATE-5) and the 36% line (R-RATE-6), explaining each in Chinese.
 */
export function assessRate(
  apr: Ppm,
  contractDate: PlainDate,
  lender: LenderKind,
  table?: readonly LprFixing[],
): RateAssessment {
  const lpr = lprOn(contractDate, table)
  const cap4 = lpr ? lpr.fixing.oneYear * 4 : null
  const shown = formatPercent(apr)
  const lines: RateLine[] = [
    {
      id: 'R-RATE-1',
      clause: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定 第二十五条',
      limit: cap4,
      binding: lender === 'private',
      exceeded: cap4 === null ? null : apr > cap4,
      message:
        cap4 === null || !lpr
          ? `合同日期 ${contractDate} 早于已知 LPR 数据，无法计算四倍 LPR 上限`
          : `年化 ${shown}，合同成立日（${contractDate}）一年期 LPR ${formatPercent(lpr.fixing.oneYear)}（${lpr.fixing.from} 起）× 4 = ${formatPercent(cap4)}` +
            (apr > cap4 ? '，超过上限' : '，未超过上限') +
            (lpr.confirmed ? '' : '（该日期晚于已确认的 LPR 数据，假定利率未变）') +
            (lender === 'private' ? '' : '；持牌金融机构不适用民间借贷四倍 LPR 规则，仅供参考'),
    },
    {
      id: 'R-RATE-5',
      clause: '最高人民法院关于进一步加强金融审判工作的若干意见（法发〔2017〕22号）',
      limit: P24,
      binding: lender === 'licensed',
      exceeded: apr > P24,
      message: `年化 ${shown}${apr > P24 ? '超过' : '未超过'} 24%：超过部分借款人可请求法院调减（利息、复利、罚息、违约金和其他费用合计）`,
    },
    {
      id: 'R-RATE-6',
      clause: '2015 年民间借贷司法解释第二十六条；整治办函〔2017〕141号',
      limit: P36,
      binding: true,
      exceeded: apr > P36,
      message: `年化 ${shown}${apr > P36 ? '超过' : '未超过'} 36%：超过 36% 的综合资金成本不得发放`,
    },
  ]
  const binding = lines.filter((l) => l.binding)
  const verdict = binding.some((l) => l.exceeded === true)
    ? 'above_binding_cap'
    : binding.some((l) => l.exceeded === null)
      ? 'unknown'
      : 'within'
  return { apr, lines, verdict }
}
