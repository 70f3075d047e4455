import {
  LeafHashSource,
  MerkleFrontier,
  consistencyProof,
  consistencyProofRanges,
  emptyRoot,
  inclusionProof,
  inclusionProofRanges,
  isPerfectSubtree,
  leafHash,
  nodeHash,
  perfectSubtreesOf,
  rootFromLeafHashes,
  verifyConsistency,
  verifyInclusion,
  type SubtreeRange,
} from './index';
import {
  COMPACT_TREES,
  CONSISTENCY_PROOFS,
  HASHING,
  INCLUSION_PROOFS,
  LEAF_INPUTS as LEAF_INPUTS_HEX,
  NODE_HASHES as NODE_HASHES_HEX,
  ROOTS as ROOTS_HEX,
  SOME_HASH as SOME_HASH_HEX,
  corruptConsistencyProof,
  corruptInclusionProof,
} from '../../../log-proofs/test/rfc6962-vectors';

// The published RFC 6962 vectors (see rfc6962-vectors.ts for their sources), checked here
// against the node:crypto tree and its proofs; @app/log-proofs checks its WebCrypto verifiers
// against the same file.
const hd = (hex: string): Buffer => Buffer.from(hex, 'hex');
const LEAF_INPUTS = LEAF_INPUTS_HEX.map(hd);
const NODE_HASHES = NODE_HASHES_HEX.map((level) => level.map(hd));
const ROOTS = ROOTS_HEX.map(hd);
const SOME_HASH = hd(SOME_HASH_HEX);
const buf = (bytes: Uint8Array): Buffer => Buffer.from(bytes);

const LEAF_HASHES = LEAF_INPUTS.map(leafHash);
const source = new LeafHashSource(LEAF_HASHES);
const hex = (hashes: Buffer[]): string[] => hashes.map((hash) => hash.toString('hex'));

describe('RFC 6962 hashing (rfc6962/rfc6962_test.go)', () => {
  it('hashes the empty tree, the empty leaf, a leaf and a node as published', () => {
    expect(emptyRoot().toString('hex')).toBe(HASHING.emptyTree);
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe(HASHING.emptyLeaf);
    expect(leafHash(Buffer.from(HASHING.leaf.data)).toString('hex')).toBe(HASHING.leaf.hash);
    expect(nodeHash(Buffer.from(HASHING.node.left), Buffer.from(HASHING.node.right)).toString('hex')).toBe(
      HASHING.node.hash,
    );
  });
});

describe('tree hashes (testonly/constants.go)', () => {
  it('gives the published root for every size from 0 to 8, by every route', () => {
    const frontier = MerkleFrontier.empty();
    for (let size = 0; size <= 8; size++) {
      const want = ROOTS[size].toString('hex');
      expect(rootFromLeafHashes(LEAF_HASHES.slice(0, size)).toString('hex')).toBe(want);
      expect(new LeafHashSource(LEAF_HASHES.slice(0, size)).root().toString('hex')).toBe(want);
      expect(frontier.root().toString('hex')).toBe(want);
      if (size < 8) frontier.append(LEAF_HASHES[size]);
    }
  });

  it('gives the published hash of every perfect subtree', async () => {
    for (let level = 0; level < NODE_HASHES.length; level++) {
      for (let index = 0; index < NODE_HASHES[level].length; index++) {
        const size = 2 ** level;
        expect((await source.subtreeHash(index * size, size)).equals(NODE_HASHES[level][index])).toBe(true);
      }
    }
  });

  it('keeps the published compact tree as the frontier of every size', async () => {
    const frontier = MerkleFrontier.empty();
    for (let size = 0; size <= 8; size++) {
      const want = hex(COMPACT_TREES[size].map(([level, index]) => NODE_HASHES[level][index]));
      expect(hex(frontier.hashes)).toEqual(want);
      expect(hex((await MerkleFrontier.fromSource(size, source)).hashes)).toEqual(want);
      if (size > 0) {
        const parts = perfectSubtreesOf(0, size).map((part) => [Math.log2(part.size), part.start / part.size]);
        expect(parts).toEqual(COMPACT_TREES[size]);
      }
      if (size < 8) frontier.append(LEAF_HASHES[size]);
    }
  });
});

describe('inclusion proofs (proof/verify_test.go)', () => {
  it.each(INCLUSION_PROOFS.filter((vector) => vector.leaf > 0))(
    'builds and verifies the published proof for leaf $leaf (1-based) of $size, and refuses every corruption',
    async ({ leaf, size, proof }) => {
      const index = leaf - 1;
      const root = ROOTS[size];
      const published = proof.map(hd);
      expect(hex(await inclusionProof(index, size, source))).toEqual(proof);
      expect(verifyInclusion(LEAF_HASHES[index], index, size, published, root)).toBe(true);

      const accepted = corruptInclusionProof(index, size, published, root, LEAF_HASHES[index])
        .filter(([, i, n, r, l, p]) => verifyInclusion(buf(l), i, n, p.map(buf), buf(r)))
        .map(([desc]) => desc);
      expect(accepted).toEqual([]);
    },
  );

  it('refuses the invalid {0, 0} path of the published list', async () => {
    expect(verifyInclusion(LEAF_HASHES[0], -1, 0, [], ROOTS[0])).toBe(false);
    expect(verifyInclusion(LEAF_HASHES[0], 0, 0, [], ROOTS[0])).toBe(false);
    await expect(inclusionProof(0, 0, source)).rejects.toThrow(RangeError);
  });

  it('verifies the single-entry tree as TestVerifyInclusionSingleEntry does', () => {
    const hash = leafHash(Buffer.from('data'));
    expect(verifyInclusion(hash, 0, 1, [], hash)).toBe(true);
    expect(verifyInclusion(Buffer.alloc(0), 0, 1, [], hash)).toBe(false);
    expect(verifyInclusion(hash, 0, 1, [], Buffer.alloc(0))).toBe(false);
    expect(verifyInclusion(Buffer.alloc(0), 0, 1, [], Buffer.alloc(0))).toBe(false);
  });

  it('refuses the impossible index/size pairs of TestVerifyInclusion', () => {
    for (const [index, size] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
    ]) {
      expect(verifyInclusion(SOME_HASH, index, size, [], Buffer.alloc(0))).toBe(false);
      expect(verifyInclusion(Buffer.alloc(0), index, size, [], ROOTS[0])).toBe(false);
      expect(verifyInclusion(SOME_HASH, index, size, [], ROOTS[0])).toBe(false);
    }
  });
});

describe('consistency proofs (proof/verify_test.go)', () => {
  it.each(CONSISTENCY_PROOFS)(
    'builds and verifies the published proof from $size1 to $size2, and refuses every corruption',
    async ({ size1, size2, proof }) => {
      const published = proof.map(hd);
      expect(hex(await consistencyProof(size1, size2, source))).toEqual(proof);
      expect(verifyConsistency(size1, size2, ROOTS[size1], ROOTS[size2], published)).toBe(true);
      // As in verifierConsistencyCheck, only non-trivial proofs are corrupted.
      if (published.length === 0) return;

      const accepted = corruptConsistencyProof(size1, size2, ROOTS[size1], ROOTS[size2], published)
        .filter(([, m, n, r1, r2, p]) => verifyConsistency(m, n, buf(r1), buf(r2), p.map(buf)))
        .map(([desc]) => desc);
      expect(accepted).toEqual([]);
    },
  );

  it('decides the edge cases of TestVerifyConsistency that use real hashes', () => {
    const empty = ROOTS[0];
    // Roots don't match.
    expect(verifyConsistency(0, 0, empty, SOME_HASH, [])).toBe(false);
    expect(verifyConsistency(1, 1, empty, SOME_HASH, [])).toBe(false);
    // Roots match but the proof is not empty.
    expect(verifyConsistency(0, 0, empty, empty, [empty])).toBe(false);
    expect(verifyConsistency(0, 1, empty, empty, [empty])).toBe(false);
    expect(verifyConsistency(1, 1, empty, empty, [empty])).toBe(false);
    // Time travel to the past.
    expect(verifyConsistency(1, 0, ROOTS[1], ROOTS[0], [])).toBe(false);
    expect(verifyConsistency(2, 1, ROOTS[2], ROOTS[1], [])).toBe(false);
    // Empty proof.
    expect(verifyConsistency(1, 2, ROOTS[1], ROOTS[2], [])).toBe(false);
    // Sizes that are always consistent.
    expect(verifyConsistency(0, 0, empty, empty, [])).toBe(true);
    expect(verifyConsistency(0, 1, empty, ROOTS[1], [])).toBe(true);
    expect(verifyConsistency(1, 1, ROOTS[1], ROOTS[1], [])).toBe(true);
  });
});

// proof/proof_test.go TestInclusion and TestConsistency: the tree nodes, as
// [level, index], each proof is made of. `rehash` marks the nodes [begin, end) that are
// hashed together into one right-edge subtree, which is one range here.
type NodeVector = { ids: [number, number][]; rehash?: [number, number] };
// prettier-ignore
const INCLUSION_NODES: ({ size: number; index: number } & NodeVector)[] = [
  { size: 1, index: 0, ids: [] },
  { size: 2, index: 0, ids: [[0, 1]] },
  { size: 2, index: 1, ids: [[0, 0]] },
  { size: 3, index: 1, ids: [[0, 0], [0, 2]] },
  { size: 7, index: 0, rehash: [2, 4], ids: [[0, 1], [1, 1], [0, 6], [1, 2]] },
  { size: 7, index: 1, rehash: [2, 4], ids: [[0, 0], [1, 1], [0, 6], [1, 2]] },
  { size: 7, index: 2, rehash: [2, 4], ids: [[0, 3], [1, 0], [0, 6], [1, 2]] },
  { size: 7, index: 3, rehash: [2, 4], ids: [[0, 2], [1, 0], [0, 6], [1, 2]] },
  { size: 7, index: 4, ids: [[0, 5], [0, 6], [2, 0]] },
  { size: 7, index: 5, ids: [[0, 4], [0, 6], [2, 0]] },
  { size: 7, index: 6, ids: [[1, 2], [2, 0]] },
  { size: 4, index: 2, ids: [[0, 3], [1, 0]] },
  { size: 5, index: 3, ids: [[0, 2], [1, 0], [0, 4]] },
  { size: 6, index: 3, ids: [[0, 2], [1, 0], [1, 2]] },
  { size: 6, index: 4, ids: [[0, 5], [2, 0]] },
  { size: 15, index: 10, rehash: [2, 4], ids: [[0, 11], [1, 4], [0, 14], [1, 6], [3, 0]] },
  { size: 31, index: 24, rehash: [2, 4], ids: [[0, 25], [1, 13], [0, 30], [1, 14], [3, 2], [4, 0]] },
  { size: 95, index: 81, rehash: [3, 6], ids: [[0, 80], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0]] },
];
// prettier-ignore
const CONSISTENCY_NODES: ({ size1: number; size2: number } & NodeVector)[] = [
  { size1: 1, size2: 2, ids: [[0, 1]] },
  { size1: 1, size2: 4, ids: [[0, 1], [1, 1]] },
  { size1: 1, size2: 6, ids: [[0, 1], [1, 1], [1, 2]] },
  { size1: 2, size2: 3, ids: [[0, 2]] },
  { size1: 2, size2: 8, ids: [[1, 1], [2, 1]] },
  { size1: 3, size2: 7, rehash: [3, 5], ids: [[0, 2], [0, 3], [1, 0], [0, 6], [1, 2]] },
  { size1: 4, size2: 7, rehash: [0, 2], ids: [[0, 6], [1, 2]] },
  { size1: 5, size2: 7, ids: [[0, 4], [0, 5], [0, 6], [2, 0]] },
  { size1: 6, size2: 7, ids: [[1, 2], [0, 6], [2, 0]] },
  { size1: 7, size2: 8, ids: [[0, 6], [0, 7], [1, 2], [2, 0]] },
  ...[1, 2, 3, 4, 5, 7, 8].map((size) => ({ size1: size, size2: size, ids: [] })),
  { size1: 2, size2: 4, ids: [[1, 1]] },
  { size1: 3, size2: 5, ids: [[0, 2], [0, 3], [1, 0], [0, 4]] },
  { size1: 3, size2: 6, ids: [[0, 2], [0, 3], [1, 0], [1, 2]] },
  { size1: 4, size2: 6, ids: [[1, 2]] },
  { size1: 1, size2: 7, rehash: [2, 4], ids: [[0, 1], [1, 1], [0, 6], [1, 2]] },
  { size1: 10, size2: 15, rehash: [2, 4], ids: [[1, 4], [1, 5], [0, 14], [1, 6], [3, 0]] },
  { size1: 24, size2: 31, rehash: [1, 4], ids: [[3, 2], [0, 30], [1, 14], [2, 6], [4, 0]] },
  { size1: 81, size2: 95, rehash: [4, 7], ids: [[0, 80], [0, 81], [1, 41], [2, 21], [0, 94], [1, 46], [2, 22], [4, 4], [6, 0]] },
];

/** Our ranges in the vocabulary of proof_test.go: perfect subtrees, a right-edge range smallest part first. */
function asNodes(ranges: SubtreeRange[]): NodeVector {
  const ids: [number, number][] = [];
  let rehash: [number, number] | undefined;
  for (const range of ranges) {
    const parts = perfectSubtreesOf(range.start, range.size).reverse();
    if (!isPerfectSubtree(range)) {
      expect(rehash).toBeUndefined(); // proof_test.go can describe only one
      rehash = [ids.length, ids.length + parts.length];
    }
    for (const part of parts) ids.push([Math.log2(part.size), part.start / part.size]);
  }
  return rehash ? { ids, rehash } : { ids };
}

describe('the nodes each proof uses (proof/proof_test.go)', () => {
  it.each(INCLUSION_NODES)('inclusion of leaf $index in $size', ({ size, index, ...want }) => {
    expect(asNodes(inclusionProofRanges(index, size))).toEqual(want);
  });

  it.each(CONSISTENCY_NODES)('consistency from $size1 to $size2', ({ size1, size2, ...want }) => {
    expect(asNodes(consistencyProofRanges(size1, size2))).toEqual(want);
  });

  it('refuses the invalid requests of the published list', () => {
    for (const [size, index] of [
      [0, 0],
      [0, 1],
      [1, 2],
      [0, 3],
      [7, 8],
    ]) {
      expect(() => inclusionProofRanges(index, size)).toThrow(RangeError);
    }
    expect(() => consistencyProofRanges(5, 0)).toThrow(RangeError);
    expect(() => consistencyProofRanges(9, 8)).toThrow(RangeError);
  });
});
