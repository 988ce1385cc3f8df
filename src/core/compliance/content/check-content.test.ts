import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { checkContent } from './check-content.ts'
import type { ContentCategory } from './finding.ts'

// A hand-written syllable table for the characters the homophone rows use (stands in for pinyin-pro).
const SOUNDS: Record<string, string> = {
  坐: 'zuo',
  联: 'lian',
  系: 'xi',
  立: 'li',
  案: 'an',
  座: 'zuo',
  做: 'zuo',
  牢: 'lao',
  劳: 'lao',
  警: 'jing',
  井: 'jing',
  察: 'cha',
  查: 'cha',
  通: 'tong',
  讯: 'xun',
  迅: 'xun',
  录: 'lu',
  路: 'lu',
  传: 'chuan',
  船: 'chuan',
  票: 'piao',
  漂: 'piao',
  你: 'ni',
  要: 'yao',
  去: 'qu',
  了: 'le',
}
const pinyin = (c: string): string | undefined => SOUNDS[c]

const CASES: readonly {
  desc: string
  text: string
  audience?: 'debtor' | 'third_party'
  want: [ContentCategory, string][]
}[] = [
  { desc: 'find a threat', text: '再不还钱就弄死你', want: [['threat', '弄死']] },
  { desc: 'find an insult', text: '你这个老赖', want: [['insult', '老赖']] },
  {
    desc: 'find impersonated police',
    text: '我是派出所的民警',
    want: [
      ['impersonation', '派出所'],
      ['impersonation', '民警'],
    ],
  },
  {
    desc: 'find an invented criminal case',
    text: '你的案子已经立案了',
    want: [['fake_legal', '立案']],
  },
  {
    desc: 'find a false promise',
    text: '今天还清保证不上征信',
    want: [['false_promise', '保证不上征信']],
  },
  {
    desc: 'find a demand to borrow elsewhere',
    text: '你可以找朋友借一下先还上',
    want: [['borrow_elsewhere', '找朋友借']],
  },
  { desc: 'find an extra fee', text: '需另付催收费200元', want: [['extra_fee', '催收费']] },
  {
    desc: 'find address-book publication',
    text: '明天就爆你通讯录',
    want: [['address_book', '通讯录']],
  },
  {
    desc: 'find a threat despite spaces and symbols',
    text: '弄 * 死 你',
    want: [['threat', '弄 * 死']],
  },
  {
    desc: 'find a threat in full-width and traditional',
    text: '去你單位鬧',
    want: [['threat', '去你單位鬧']],
  },
  {
    desc: 'find an English threat in full-width letters',
    text: 'ＷＥ ＷＩＬＬ ＫＩＬＬ ＹＯＵ',
    want: [['threat', 'ＫＩＬＬ ＹＯＵ']],
  },
  {
    desc: 'not find a word inside a longer English word',
    text: 'Your skill you can trust',
    want: [],
  },
  {
    desc: 'find a misspelling that does not sound alike',
    text: '发到你通信录',
    want: [['address_book', '通信录']],
  },
  {
    desc: 'find debt facts told to a third party',
    text: '他欠款5000元',
    audience: 'third_party',
    want: [['debt_disclosure', '欠款']],
  },
  {
    desc: 'not flag debt facts told to the debtor',
    text: '您欠款5000元',
    audience: 'debtor',
    want: [],
  },
  {
    desc: 'pass a lawful reminder',
    text: '您的借款已逾期，逾期将按合同计收罚息，并可能按规定报送征信系统。',
    want: [],
  },
]

const SOUND_CASES: readonly { desc: string; text: string; want: [ContentCategory, string][] }[] = [
  { desc: 'find a homophone of 坐牢', text: '你要去座劳', want: [['fake_legal', '座劳']] },
  { desc: 'find pinyin letters for 坐牢', text: '你要去zuo牢', want: [['fake_legal', 'zuo牢']] },
  {
    desc: 'find a homophone of 警察 split by symbols',
    text: '井-查来了',
    want: [['impersonation', '井-查']],
  },
  { desc: 'find a homophone of 通讯录', text: '发你通迅路', want: [['address_book', '通迅路']] },
  { desc: 'find a homophone of 传票', text: '船漂已寄出', want: [['fake_legal', '船漂']] },
]

describe(checkContent.name, () => {
  for (const c of CASES) {
    it(`should ${c.desc}`, () => {
      const got = checkContent(c.text, c.audience ? { audience: c.audience } : {})
      assert.deepEqual(
        got.map((f) => [f.category, f.text]),
        c.want,
      )
      for (const f of got) {
        assert.equal(c.text.slice(f.start, f.end), f.text)
        assert.ok(f.rule.length > 0 && f.clause.length > 0)
      }
    })
  }

  for (const c of SOUND_CASES) {
    it(`should ${c.desc} when a pinyin function is given`, () => {
      const got = checkContent(c.text, { pinyin })
      assert.deepEqual(
        got.map((f) => [f.category, f.text]),
        c.want,
      )
      assert.ok(got.every((f) => f.match === 'homophone'))
    })
  }

  it('should not take one syllable for two (联系 is not 立案)', () => {
    assert.deepEqual(checkContent('请联系我们', { pinyin }), [])
  })

  it('should miss homophones without a pinyin function', () => {
    assert.deepEqual(checkContent('你要去座劳'), [])
  })

  it('should name the rule and clause of a disclosure', () => {
    const [f] = checkContent('他欠款', { audience: 'third_party' })
    assert.equal(f?.rule, 'debt-disclosure-to-third-party')
    assert.match(f?.clause ?? '', /GB\/T 45251-2025 5\.3/)
  })
})
