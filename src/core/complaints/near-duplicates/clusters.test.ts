import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sharedText } from './clusters.ts'

// Expected texts are the sentences written by hand to be common to the members.
describe(sharedText.name, () => {
  const cases = [
    {
      desc: 'keep the sentences every copy has, whatever the platform and amounts',
      members: [
        {
          platform: '拍拍贷',
          text: '本人在拍拍贷借款3820元。催收员每天打20多个电话。要求停止骚扰。我很难过。',
        },
        {
          platform: '美团借钱',
          text: '本人在美团借钱借款1200元。催收员每天打30多个电话。要求停止骚扰。',
        },
        {
          platform: '京东借钱',
          text: '催收员每天打20多个电话。本人在京东借钱借款500元。要求停止骚扰！',
        },
      ],
      want: '本人在拍拍贷借款3820元。催收员每天打20多个电话。要求停止骚扰。',
    },
    {
      desc: 'keep a sentence most copies share and drop one only the first has',
      members: [
        { text: '催收爆通讯录。[姓名1]骂我。家人很害怕。我去报警了。' },
        { text: '催收爆通讯录。[姓名1]骂我。' },
        { text: '催收爆通讯录。家人很害怕。' },
        { text: '催收爆通讯录。别的话。' },
      ],
      want: '催收爆通讯录。[姓名1]骂我。家人很害怕。',
    },
    {
      desc: 'give nothing when the members share no sentence',
      members: [{ text: '利息太高。' }, { text: '催收打电话。' }],
      want: '',
    },
    { desc: 'give nothing for no members', members: [], want: '' },
  ]
  for (const { desc, members, want } of cases) {
    it(`should ${desc}`, () => assert.equal(sharedText(members), want))
  }

  it('should ask a larger share of members when the quorum is higher', () => {
    const members = [{ text: '甲。乙。' }, { text: '甲。乙。' }, { text: '甲。' }, { text: '甲。' }]
    assert.equal(sharedText(members, 0.5), '甲。乙。')
    assert.equal(sharedText(members, 0.75), '甲。')
  })
})
