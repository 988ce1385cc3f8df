// Every RFC 9162 vector from ../shared/vectors/rfc9162 (transparency-dev/merkle testdata).
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { hashLeaf } from './hasher.ts'
import { MemoryTree } from './memory-tree.ts'
import { verifyConsistency, verifyInclusion } from './verify.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../../..')
const VECTORS = resolve(REPO_ROOT, '../shared/vectors/rfc9162')

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : []
  })
}

const b64 = (s: string): Buffer => Buffer.from(s, 'base64')

interface InclusionVector {
  leafIdx: number
  treeSize: number
  root: string
  leafHash: string
  proof: string[] | null
  desc: string
  wantErr: boolean
}

interface ConsistencyVector {
  size1: number
  size2: number
  root1: string
  root2: string
  proof: string[] | null
  desc: string
  wantErr: boolean
}

describe(verifyInclusion.name, () => {
  const files = jsonFiles(join(VECTORS, 'inclusion'))
  it('should find the inclusion vectors', () => assert.ok(files.length >= 80, `${files.length}`))
  for (const file of files) {
    const v = JSON.parse(readFileSync(file, 'utf8')) as InclusionVector
    it(`should ${v.wantErr ? 'reject' : 'accept'} ${file.slice(VECTORS.length + 1)} (${v.desc})`, () => {
      const res = verifyInclusion(
        v.leafIdx,
        v.treeSize,
        b64(v.leafHash),
        (v.proof ?? []).map(b64),
        b64(v.root),
      )
      assert.equal(res.ok, !v.wantErr, res.ok ? 'accepted' : res.error.message)
    })
  }
})

describe(verifyConsistency.name, () => {
  const files = jsonFiles(join(VECTORS, 'consistency'))
  it('should find the consistency vectors', () => assert.ok(files.length >= 50, `${files.length}`))
  for (const file of files) {
    const v = JSON.parse(readFileSync(file, 'utf8')) as ConsistencyVector
    it(`should ${v.wantErr ? 'reject' : 'accept'} ${file.slice(VECTORS.length + 1)} (${v.desc})`, () => {
      const res = verifyConsistency(
        v.size1,
        v.size2,
        b64(v.root1),
        b64(v.root2),
        (v.proof ?? []).map(b64),
      )
      assert.equal(res.ok, !v.wantErr, res.ok ? 'accepted' : res.error.message)
    })
  }
})

describe('reference tree roots', () => {
  const ref = JSON.parse(readFileSync(join(VECTORS, 'reference-tree.json'), 'utf8')) as {
    leafInputsHex: string[]
    rootHashesHex: string[]
  }
  for (let n = 0; n < ref.rootHashesHex.length; n++) {
    it(`should compute the published root of the first ${n} leaves`, () => {
      const tree = new MemoryTree()
      for (const hex of ref.leafInputsHex.slice(0, n)) tree.appendData(Buffer.from(hex, 'hex'))
      assert.equal(Buffer.from(tree.root()).toString('hex'), ref.rootHashesHex[n])
    })
  }
  it('should verify an inclusion proof of every reference leaf against the published root', () => {
    const tree = new MemoryTree()
    for (const hex of ref.leafInputsHex) tree.appendData(Buffer.from(hex, 'hex'))
    const root = Buffer.from(ref.rootHashesHex[ref.leafInputsHex.length], 'hex')
    ref.leafInputsHex.forEach((hex, i) => {
      const leaf = hashLeaf(Buffer.from(hex, 'hex'))
      assert.ok(verifyInclusion(i, tree.size, leaf, tree.inclusionProof(i), root).ok)
    })
  })
})
