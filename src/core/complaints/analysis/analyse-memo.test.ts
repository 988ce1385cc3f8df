import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { analyseComplaint } from './analyse.ts'

// Short titles and requests are remembered; fields over 64 characters are always scanned. The
// same words followed by a neutral sentence long enough to skip the memory must give the same
// analysis (labels, evidence spans and quotes, claims), warm or cold.
const PAD = '。' + '谢谢您'.repeat(25)

describe(`${analyseComplaint.name} (short fields remembered)`, () => {
  const CASES = [
    {
      desc: 'give a title the same labels as an unremembered one',
      input: {
        title: '催收天天打电话威胁我。',
        text: '我借了三千元，逾期十天。',
        requests: '停止骚扰。',
      },
    },
    {
      desc: 'replay request labels after the text already found some of them',
      input: {
        title: '暴力催收。',
        text: '催收员辱骂我，还打给我妈。要求停止骚扰，协商还款。',
        requests: '停止骚扰，协商还款，减免罚息。',
      },
    },
    {
      desc: 'keep a threat found in the title when the text asserts the act',
      input: {
        title: '说要上门找我家人。',
        text: '昨天他们打给我老婆，一天打了二十多个电话。',
        requests: '赔偿精神损失，道歉。',
      },
    },
    {
      desc: 'not count a negated act in the requests',
      input: {
        title: '利息太高。',
        text: '手续费乱收费。',
        requests: '没有骚扰家人，只求退还服务费。',
      },
    },
  ]
  for (const { desc, input } of CASES) {
    it(`should ${desc}`, () => {
      const want = analyseComplaint({
        ...input,
        title: input.title + PAD,
        requests: input.requests + PAD,
      })
      assert.deepEqual(analyseComplaint(input), want)
      assert.deepEqual(analyseComplaint(input), want)
    })
  }
})
