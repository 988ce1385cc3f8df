import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  FieldCrypto,
  masterKeyFromBytes,
  normalizeIdentifier,
  parseMasterKey,
} from './field-crypto.ts'
import { hashPassword, verifyPassword } from './passwords.ts'

const KEY_A = masterKeyFromBytes(Buffer.alloc(32, 1))
const KEY_B = masterKeyFromBytes(Buffer.alloc(32, 2))

describe(FieldCrypto.name, () => {
  it('should round-trip a value and never store the plaintext', () => {
    const c = new FieldCrypto(KEY_A)
    const ct = c.encrypt('张三 13812345678', 'debtors.name')
    assert.ok(!ct.includes('张三') && !ct.includes('13812345678'))
    assert.equal(c.decrypt(ct, 'debtors.name'), '张三 13812345678')
  })

  it('should give different ciphertexts for the same value (random IV)', () => {
    const c = new FieldCrypto(KEY_A)
    assert.notEqual(c.encrypt('x', 'f'), c.encrypt('x', 'f'))
  })

  it('should refuse a ciphertext moved to another field (associated data)', () => {
    const c = new FieldCrypto(KEY_A)
    assert.throws(() => c.decrypt(c.encrypt('x', 'debtors.phone'), 'debtors.name'))
  })

  it('should refuse a ciphertext with one byte changed', () => {
    const c = new FieldCrypto(KEY_A)
    const ct = c.encrypt('13812345678', 'f')
    const [v, kid, packed] = ct.split('.')
    const raw = Buffer.from(packed, 'base64')
    raw[raw.length - 1] ^= 1
    assert.throws(() => c.decrypt(`${v}.${kid}.${raw.toString('base64')}`, 'f'))
  })

  it('should decrypt with a previous key after rotation, and write with the new one', () => {
    const old = new FieldCrypto(KEY_A)
    const ct = old.encrypt('secret', 'f')
    const rotated = new FieldCrypto(KEY_B, [KEY_A])
    assert.equal(rotated.decrypt(ct, 'f'), 'secret')
    assert.equal(rotated.encrypt('x', 'f').split('.')[1], KEY_B.id)
    assert.throws(() => new FieldCrypto(KEY_B).decrypt(ct, 'f'), /no key with id/)
  })

  it('should give equal lookups for differently formatted phone numbers and different ones per key', () => {
    const c = new FieldCrypto(KEY_A)
    assert.equal(c.lookup('phone', '+86 138-1234-5678'), c.lookup('phone', '13812345678'))
    assert.notEqual(c.lookup('phone', '13812345678'), c.lookup('phone', '13812345679'))
    assert.notEqual(
      c.lookup('phone', '13812345678'),
      new FieldCrypto(KEY_B).lookup('phone', '13812345678'),
    )
    assert.notEqual(c.lookup('phone', '13812345678'), c.lookup('id_number', '13812345678'))
  })

  it('should normalise ID numbers to upper case and strip spaces', () => {
    assert.equal(normalizeIdentifier('id_number', ' 11010519491231002x '), '11010519491231002X')
  })

  it('should parse a hex or base64 key and refuse a short one', () => {
    assert.equal(parseMasterKey('01'.repeat(32)).id, KEY_A.id)
    assert.equal(parseMasterKey(Buffer.alloc(32, 1).toString('base64')).id, KEY_A.id)
    assert.throws(() => parseMasterKey('abcd'), /32 bytes/)
  })
})

describe(hashPassword.name, () => {
  it('should verify the right password only, and salt every hash', async () => {
    const h = await hashPassword('correct horse battery')
    assert.match(h, /^scrypt\$/)
    assert.ok(!h.includes('correct'))
    assert.equal(await verifyPassword('correct horse battery', h), true)
    assert.equal(await verifyPassword('correct horse batterx', h), false)
    assert.notEqual(h, await hashPassword('correct horse battery'))
    assert.equal(await verifyPassword('x', 'garbage'), false)
  })
})
