import type { Behavior, Issue, Request } from '../labels.ts'

/**
 * Sentence pools of the generator, written for the project (paraphrasing the conduct REPORT.md
 * §1–2 describes). Slots in braces are filled per complaint: {calls} {msgs} {people} {days}
 * {hour} {rel} {work} {auth} {platform} {amount} {date} {name} {overdue}.
 */
export const BEHAVIOR_PHRASES: Readonly<Record<Behavior, readonly string[]>> = {
  calls_excessive: [
    '每天打{calls}个电话催收',
    '一天打了{calls}多个电话轮番轰炸',
    '电话不停地打，一天{calls}通，根本没法正常工作',
    '连续{days}天电话轰炸',
    '用不同的号码轮流给我打电话，一天好几十个',
    '频繁打电话，挂了又打',
    '每天从早到晚不停地打我电话',
  ],
  sms_bombing: [
    '短信轰炸，一天发{msgs}条',
    '每天收到{msgs}条催收短信',
    '给我发了上百条短信',
    '验证码轰炸，手机一直响',
    '短信一条接一条地发，一天几十条',
  ],
  contacts_third_parties: [
    '打电话给我的{rel}',
    '联系我的{rel}，说我欠钱不还',
    '骚扰我的{rel}',
    '给我的紧急联系人打电话，还说了我欠款的事',
    '把我欠款的事告诉了我{rel}',
    '找到我{rel}让他们帮我还钱',
  ],
  contacts_employer: [
    '打电话到我{work}',
    '联系我的领导和同事',
    '给我单位打电话说我欠钱',
    '打到{work}前台，弄得全公司都知道了',
  ],
  address_book_exposure: [
    '爆了我的通讯录',
    '给我通讯录里的{people}个人群发短信',
    '把我的欠款信息发给了通讯录里所有人',
    '通讯录里的朋友都接到了催收电话',
  ],
  threats: [
    '威胁说要上门找我',
    '恐吓我说要让我家人不得安宁',
    '威胁我如果不还就爆通讯录',
    '扬言要让我身败名裂',
    '说不还钱就让我好看',
    '恐吓我出门小心点',
  ],
  insults: ['辱骂我', '骂我是老赖', '说话难听，满口脏话骂人', '侮辱我的人格', '骂我全家'],
  impersonating_authority: [
    '冒充{auth}的人给我打电话',
    '自称是{auth}工作人员',
    '假冒{auth}发短信',
    '冒充警察打电话给我',
  ],
  fabricated_legal_action: [
    '说已经起诉我了，马上立案',
    '说要把我列入黑名单并且拘留',
    '发所谓的律师函说要刑事立案',
    '说我涉嫌诈骗，要被抓去坐牢',
    '说明天就去法院强制执行我的财产',
  ],
  visits: ['派人上门催收', '到我家门口堵我', '上门找我父母要钱', '派人去我老家上门'],
  night_contact: [
    '半夜{hour}点还在打电话',
    '晚上十一点多还在打',
    '凌晨给我发催收短信',
    '深夜打电话骚扰',
  ],
}

/** Sentences that raise a lending issue. */
export const ISSUE_PHRASES: Readonly<Record<Issue, readonly string[]>> = {
  fee_dispute: [
    '平台收取高额的担保费和服务费',
    '乱扣费，借款时被强制购买会员',
    '还有砍头息，到手的钱比合同少',
    '违约金和罚息收得太高',
  ],
  interest_rate: [
    '综合年化利率超过了36%',
    '利息太高，年化超过24%',
    '这就是高利贷，利息远超法律规定',
    '实际利率远高于宣传的利率',
  ],
  credit_report: [
    '已经影响了我的征信',
    '平台上报了征信，逾期记录影响我买房',
    '征信上出现了不良记录',
  ],
}

/** Requests: sentence form for the text, and the short form of the 投诉要求 field. */
export const REQUEST_PHRASES: Readonly<Record<Request, readonly (readonly [string, string])[]>> = {
  stop_harassment: [
    ['要求平台立即停止骚扰', '停止骚扰'],
    ['请停止暴力催收', '停止暴力催收'],
    ['不要再骚扰我的家人', '停止骚扰家人'],
  ],
  negotiation: [
    ['希望能协商还款', '协商还款'],
    ['希望可以分期还款', '分期还款'],
    ['申请延期还款', '延期还款'],
    ['希望停息挂账', '停息挂账'],
  ],
  fee_waiver: [
    ['希望减免罚息和违约金', '减免罚息'],
    ['请求免除多收的利息', '减免利息'],
  ],
  refund: [
    ['要求退还多收的费用', '退还费用'],
    ['要求退款', '退款'],
  ],
  compensation: [
    ['要求赔偿我的精神损失', '赔偿损失'],
    ['要求平台赔偿', '赔偿'],
  ],
  credit_repair: [
    ['要求修复征信', '修复征信'],
    ['要求消除不良征信记录', '消除征信记录'],
  ],
  apology: [
    ['要求催收人员向我道歉', '道歉'],
    ['要求平台赔礼道歉', '赔礼道歉'],
  ],
}

/** Opening sentences: the loan and the reason it fell overdue. */
export const BACKGROUND = [
  '本人于{date}在{platform}借款{amount}元，因{reason}逾期{overdue}天。',
  '我在{platform}借了{amount}元，最近{reason}，暂时还不上。',
  '{date}我在{platform}申请了一笔{amount}元的借款，现在因{reason}逾期了。',
  '本人是{platform}的用户，借款{amount}元，由于{reason}未能按时还款。',
]

/** Why the borrower fell behind. */
export const REASONS = [
  '失业',
  '生病住院',
  '疫情后收入下降',
  '生意失败',
  '家里出了变故',
  '工资拖欠',
]

/** Collection described with no concrete act (REPORT.md §2 step 4: “语气不善，态度强硬”). */
export const NO_ACT = [
  '催收人员语气不善，态度强硬。',
  '催收态度很差，不给协商的机会。',
  '我想协商还款，平台一直不同意。',
  '客服推诿，问题一直得不到解决。',
]

/** Negated or reported statements that allege nothing. */
export const NEGATED = [
  '他们倒是没有骚扰我的家人，',
  '客服说不会联系家人，',
  '我没有收到过威胁短信，',
  '目前还没有上门，',
  '我很担心他们会爆通讯录，',
]

/** Closing sentences: the harm done. */
export const HARM = [
  '给我和家人的生活造成了严重影响。',
  '我现在精神压力非常大，晚上睡不着。',
  '严重侵犯了我的隐私权和名誉权。',
  '家人因此和我产生了矛盾。',
]

/** Boilerplate of template complaints sold by 代理维权 services. */
export const TEMPLATE_LEGAL = [
  '根据《民法典》第一千零三十二条，自然人享有隐私权，任何组织不得侵害。',
  '该行为已违反《个人信息保护法》的相关规定。',
  '我已保留通话录音和短信截图作为证据。',
  '本人并非恶意逃废债务，只是暂时困难。',
  '依据《互联网金融个人网络消费信贷贷后催收风控指引》，催收不得骚扰无关第三人。',
  '如平台不予处理，本人将向银保监会和金融消费者权益保护部门投诉。',
]

/** Fillers for the slots. */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  rel: ['家人', '父母', '朋友', '同学', '亲戚', '老婆', '爸妈', '紧急联系人', '姐姐'],
  work: ['公司', '单位', '工作单位'],
  auth: ['公安局', '法院', '律师事务所', '派出所', '检察院'],
  name: ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇'],
}
