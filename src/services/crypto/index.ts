/**
 * @module crypto: field encryption, lookup HMACs, password hashing, tokens.
 */
export * from './field-crypto.ts'
export * from './secret-key.ts'
export * from './passwords.ts'
export * from './pii-reader.ts'
