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

// Published RFC 6962 test vectors, copied as they appear in transparency-dev/merkle (the
// Go Merkle library of Certificate Transparency and Trillian, which took them from
// google/certificate-transparency's C++ merkle_tree_test.cc):
//   testonly/constants.go     @ 582a6ad190b6848f1d26f8bf08ddef29955d9db1  leaves, node hashes, roots, compact trees
//   proof/verify_test.go      @ 02194e9afb6c1d95b5381350007963aa70fff472  inclusion and consistency proofs, probes
//   rfc6962/rfc6962_test.go   @ 78493b07ef9b552e3379abf9e23d4da26fbe797c  leaf and node hashing
//   proof/proof_test.go       @ 02a3e2029520f515596d5238c54fb0ac9e19bff4  which tree nodes each proof uses

const hd = (hex: string): Buffer => Buffer.from(hex, 'hex');

// testonly/constants.go LeafInputs()
const LEAF_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(hd);

// testonly/constants.go NodeHashes(): [level][index] for every perfect subtree of the 8 leaves.
const NODE_HASHES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  [
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
  ],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
].map((level) => level.map(hd));

// testonly/constants.go RootHashes(): indexed by tree size, from the empty tree.
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(hd);

// testonly/constants.go CompactTrees(): the frontier of each tree size, as [level, index] of NodeHashes().
// prettier-ignore
const COMPACT_TREES: [number, number][][] = [
  [],
  [[0, 0]],
  [[1, 0]],
  [[1, 0], [0, 2]],
  [[2, 0]],
  [[2, 0], [0, 4]],
  [[2, 0], [1, 2]],
  [[2, 0], [1, 2], [0, 6]],
  [[3, 0]],
];

// proof/verify_test.go inclusionProofs: `leaf` is 1-based there (the test uses leaf - 1),
// and {0, 0, nil} is skipped by the test as an invalid path.
const INCLUSION_PROOFS: { leaf: number; size: number; proof: string[] }[] = [
  { leaf: 0, size: 0, proof: [] },
  { leaf: 1, size: 1, proof: [] },
  {
    leaf: 1,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    leaf: 6,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { leaf: 3, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    leaf: 2,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];

// proof/verify_test.go consistencyProofs
const CONSISTENCY_PROOFS: { size1: number; size2: number; proof: string[] }[] = [
  { size1: 1, size2: 1, proof: [] },
  {
    size1: 1,
    size2: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    size1: 6,
    size2: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    size1: 2,
    size2: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    size1: 6,
    size2: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

// proof/verify_test.go sha256SomeHash
const SOME_HASH = hd('abacaba000000000000000000000000000000000000000000060061e00123456');

const LEAF_HASHES = LEAF_INPUTS.map(leafHash);
const source = new LeafHashSource(LEAF_HASHES);
const hex = (hashes: Buffer[]): string[] => hashes.map((hash) => hash.toString('hex'));

describe('RFC 6962 hashing (rfc6962/rfc6962_test.go)', () => {
  it('hashes the empty tree, the empty leaf, a leaf and a node as published', () => {
    expect(emptyRoot().toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    expect(leafHash(Buffer.from('L123456')).toString('hex')).toBe(
      '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56',
    );
    expect(nodeHash(Buffer.from('N123'), Buffer.from('N456')).toString('hex')).toBe(
      'aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb',
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

// The probes of proof/verify_test.go corruptInclusionProof and corruptConsistencyProof.
// Go's empty []byte and "WrongLeaf"/"WrongRoot" strings are kept: they are not hashes and
// must be refused like any other bad input.
type InclusionProbe = [desc: string, leafIndex: number, treeSize: number, root: Buffer, leaf: Buffer, proof: Buffer[]];

function corruptInclusionProof(leafIndex: number, treeSize: number, proof: Buffer[], root: Buffer, leaf: Buffer) {
  const emptyTree = hd('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  const probes: InclusionProbe[] = [
    ['leafIndex - 1', leafIndex - 1, treeSize, root, leaf, proof],
    ['leafIndex + 1', leafIndex + 1, treeSize, root, leaf, proof],
    ['leafIndex ^ 2', leafIndex ^ 2, treeSize, root, leaf, proof],
    ['treeSize * 2', leafIndex, treeSize * 2, root, leaf, proof],
    ['treeSize / 2', leafIndex, Math.floor(treeSize / 2), root, leaf, proof],
    ['wrong leaf', leafIndex, treeSize, root, Buffer.from('WrongLeaf'), proof],
    ['empty root', leafIndex, treeSize, emptyTree, leaf, proof],
    ['random root', leafIndex, treeSize, SOME_HASH, leaf, proof],
    ['trailing garbage', leafIndex, treeSize, root, leaf, [...proof, Buffer.alloc(0)]],
    ['trailing root', leafIndex, treeSize, root, leaf, [...proof, root]],
    ['preceding garbage', leafIndex, treeSize, root, leaf, [Buffer.alloc(0), ...proof]],
    ['preceding root', leafIndex, treeSize, root, leaf, [root, ...proof]],
  ];
  proof.forEach((_, i) => {
    const wrong = proof.map((hash) => Buffer.from(hash));
    wrong[i][0] ^= 8;
    probes.push([`modified proof[${i}] bit 3`, leafIndex, treeSize, root, leaf, wrong]);
  });
  if (proof.length > 0) probes.push(['removed component', leafIndex, treeSize, root, leaf, proof.slice(0, -1)]);
  if (proof.length > 1) {
    probes.push(['inserted component', leafIndex, treeSize, root, leaf, [proof[0], SOME_HASH, ...proof.slice(1)]]);
  }
  return probes;
}

type ConsistencyProbe = [desc: string, size1: number, size2: number, root1: Buffer, root2: Buffer, proof: Buffer[]];

function corruptConsistencyProof(size1: number, size2: number, root1: Buffer, root2: Buffer, proof: Buffer[]) {
  const wrongRoot = Buffer.from('WrongRoot');
  const probes: ConsistencyProbe[] = [
    ['size1 - 1', size1 - 1, size2, root1, root2, proof],
    ['size1 + 1', size1 + 1, size2, root1, root2, proof],
    ['size1 ^ 2', size1 ^ 2, size2, root1, root2, proof],
    ['size2 * 2', size1, size2 * 2, root1, root2, proof],
    ['size2 / 2', size1, Math.floor(size2 / 2), root1, root2, proof],
    ['wrong root1', size1, size2, wrongRoot, root2, proof],
    ['wrong root2', size1, size2, root1, wrongRoot, proof],
    ['swapped roots', size1, size2, root2, root1, proof],
    ['empty proof', size1, size2, root1, root2, []],
    ['trailing garbage', size1, size2, root1, root2, [...proof, Buffer.alloc(0)]],
    ['trailing root1', size1, size2, root1, root2, [...proof, root1]],
    ['trailing root2', size1, size2, root1, root2, [...proof, root2]],
    ['preceding garbage', size1, size2, root1, root2, [Buffer.alloc(0), ...proof]],
    ['preceding root1', size1, size2, root1, root2, [root1, ...proof]],
    ['preceding root2', size1, size2, root1, root2, [root2, ...proof]],
    ['preceding proof[0]', size1, size2, root1, root2, [proof[0], ...proof]],
  ];
  if (proof.length > 0) probes.push(['truncated proof', size1, size2, root1, root2, proof.slice(0, -1)]);
  proof.forEach((_, i) => {
    const wrong = proof.map((hash) => Buffer.from(hash));
    wrong[i][0] ^= 16;
    probes.push([`modified proof[${i}] bit 4`, size1, size2, root1, root2, wrong]);
  });
  return probes;
}

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
        .filter(([, i, n, r, l, p]) => verifyInclusion(l, i, n, p, r))
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
        .filter(([, m, n, r1, r2, p]) => verifyConsistency(m, n, r1, r2, p))
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
