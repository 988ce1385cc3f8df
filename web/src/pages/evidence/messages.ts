/** Strings of the evidence page. */
import type { DomainMessages } from '../../i18n/translate.ts'

/** 简体中文 and English texts of the `evidence.*` keys. */
export const messages = {
  'zh-CN': {
    'evidence.title': '证据存证',
    'evidence.intro':
      '按联系编号查找存证记录，查看回执，并在浏览器内用公开的日志公钥独立验证（不依赖服务器）。',
    'evidence.contactId': '联系编号',
    'evidence.search': '查找',
    'evidence.none': '没有找到该联系的存证记录。',
    'evidence.index': '日志序号',
    'evidence.receipt': '回执',
    'evidence.content': '录音或短信原文件（可选）',
    'evidence.verify': '在浏览器中验证',
    'evidence.download': '下载回执',
    'evidence.key': '日志公钥',
    'evidence.ok': '验证通过：第 {index} 条记录包含在 {origin} 的第 {size} 棵树中。',
    'evidence.okContent': '文件内容与存证哈希一致。',
    'evidence.failed': '验证失败（{part}）：{message}',
    'evidence.receiptFile': '或打开回执文件（JSON）',
    'evidence.cosignatures': '见证人联署',
    'evidence.noCosignatures': '回执中没有见证人联署。',
    'evidence.cosig.valid': '联署有效',
    'evidence.cosig.invalid': '联署无效（签名与检查点不符）',
    'evidence.cosig.unknown_key': '未知见证人（公钥未公布）',
    'evidence.cosig.malformed': '联署格式错误',
  },
  en: {
    'evidence.title': 'Evidence log',
    'evidence.intro':
      'Find a contact’s evidence entry, see its receipt, and verify it in the browser with the published log key (no trust in the server).',
    'evidence.contactId': 'Contact id',
    'evidence.search': 'Search',
    'evidence.none': 'No evidence entry for this contact.',
    'evidence.index': 'Log index',
    'evidence.receipt': 'Receipt',
    'evidence.content': 'Recording or message file (optional)',
    'evidence.verify': 'Verify in the browser',
    'evidence.download': 'Download receipt',
    'evidence.key': 'Log key',
    'evidence.ok': 'Verified: entry {index} is in {origin} at tree size {size}.',
    'evidence.okContent': 'The file matches the recorded hash.',
    'evidence.failed': 'Verification failed ({part}): {message}',
    'evidence.receiptFile': 'Or open a receipt file (JSON)',
    'evidence.cosignatures': 'Witness cosignatures',
    'evidence.noCosignatures': 'The receipt holds no witness cosignature.',
    'evidence.cosig.valid': 'valid',
    'evidence.cosig.invalid': 'invalid (the signature does not match the checkpoint)',
    'evidence.cosig.unknown_key': 'unknown witness (key not published)',
    'evidence.cosig.malformed': 'malformed line',
  },
} satisfies DomainMessages
