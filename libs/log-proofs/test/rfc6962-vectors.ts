import { fromHex } from '../src/bytes';

// Published RFC 6962 test vectors, copied as they appear in transparency-dev/merkle (the
// Go Merkle library of Certificate Transparency and Trillian, which took them from
// google/certificate-transparency's C++ merkle_tree_test.cc):
//   testonly/constants.go     @ 582a6ad190b6848f1d26f8bf08ddef29955d9db1  leaves, node hashes, roots, compact trees
//   proof/verify_test.go      @ 02194e9afb6c1d95b5381350007963aa70fff472  inclusion and consistency proofs, probes
//   rfc6962/rfc6962_test.go   @ 78493b07ef9b552e3379abf9e23d4da26fbe797c  leaf and node hashing
//   proof/proof_test.go       @ 02a3e2029520f515596d5238c54fb0ac9e19bff4  which tree nodes each proof uses
//
// Shared by @app/access's tests (node:crypto, Buffer) and @app/log-proofs' (WebCrypto): hashes
// stay hex strings here; each test turns them into its own bytes.

/** The bytes of a hex vector (these are all well-formed). */
export const hexBytes = (hex: string): Uint8Array => fromHex(hex)!;

// testonly/constants.go LeafInputs()
export const LEAF_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];

// testonly/constants.go NodeHashes(): [level][index] for every perfect subtree of the 8 leaves.
export const NODE_HASHES = [
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
];

// testonly/constants.go RootHashes(): indexed by tree size, from the empty tree.
export const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

// testonly/constants.go CompactTrees(): the frontier of each tree size, as [level, index] of NodeHashes().
// prettier-ignore
export const COMPACT_TREES: [number, number][][] = [
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
export const INCLUSION_PROOFS: { leaf: number; size: number; proof: string[] }[] = [
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
export const CONSISTENCY_PROOFS: { size1: number; size2: number; proof: string[] }[] = [
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
export const SOME_HASH = 'abacaba000000000000000000000000000000000000000000060061e00123456';

// rfc6962/rfc6962_test.go: the empty tree, the empty leaf, a leaf and a node (inputs as text).
export const HASHING = {
  emptyTree: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  emptyLeaf: '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  leaf: { data: 'L123456', hash: '395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56' },
  node: { left: 'N123', right: 'N456', hash: 'aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb' },
};

// The probes of proof/verify_test.go corruptInclusionProof and corruptConsistencyProof.
// Go's empty []byte and "WrongLeaf"/"WrongRoot" strings are kept: they are not hashes and
// must be refused like any other bad input.
export type InclusionProbe = [
  desc: string,
  leafIndex: number,
  treeSize: number,
  root: Uint8Array,
  leaf: Uint8Array,
  proof: Uint8Array[],
];

export function corruptInclusionProof(
  leafIndex: number,
  treeSize: number,
  proof: Uint8Array[],
  root: Uint8Array,
  leaf: Uint8Array,
) {
  const emptyTree = hexBytes(HASHING.emptyTree);
  const probes: InclusionProbe[] = [
    ['leafIndex - 1', leafIndex - 1, treeSize, root, leaf, proof],
    ['leafIndex + 1', leafIndex + 1, treeSize, root, leaf, proof],
    ['leafIndex ^ 2', leafIndex ^ 2, treeSize, root, leaf, proof],
    ['treeSize * 2', leafIndex, treeSize * 2, root, leaf, proof],
    ['treeSize / 2', leafIndex, Math.floor(treeSize / 2), root, leaf, proof],
    ['wrong leaf', leafIndex, treeSize, root, new TextEncoder().encode('WrongLeaf'), proof],
    ['empty root', leafIndex, treeSize, emptyTree, leaf, proof],
    ['random root', leafIndex, treeSize, hexBytes(SOME_HASH), leaf, proof],
    ['trailing garbage', leafIndex, treeSize, root, leaf, [...proof, new Uint8Array(0)]],
    ['trailing root', leafIndex, treeSize, root, leaf, [...proof, root]],
    ['preceding garbage', leafIndex, treeSize, root, leaf, [new Uint8Array(0), ...proof]],
    ['preceding root', leafIndex, treeSize, root, leaf, [root, ...proof]],
  ];
  proof.forEach((_, i) => {
    const wrong = proof.map((hash) => Uint8Array.from(hash));
    wrong[i][0] ^= 8;
    probes.push([`modified proof[${i}] bit 3`, leafIndex, treeSize, root, leaf, wrong]);
  });
  if (proof.length > 0) probes.push(['removed component', leafIndex, treeSize, root, leaf, proof.slice(0, -1)]);
  if (proof.length > 1) {
    probes.push([
      'inserted component',
      leafIndex,
      treeSize,
      root,
      leaf,
      [proof[0], hexBytes(SOME_HASH), ...proof.slice(1)],
    ]);
  }
  return probes;
}

export type ConsistencyProbe = [
  desc: string,
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: Uint8Array[],
];

export function corruptConsistencyProof(
  size1: number,
  size2: number,
  root1: Uint8Array,
  root2: Uint8Array,
  proof: Uint8Array[],
) {
  const wrongRoot = new TextEncoder().encode('WrongRoot');
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
    ['trailing garbage', size1, size2, root1, root2, [...proof, new Uint8Array(0)]],
    ['trailing root1', size1, size2, root1, root2, [...proof, root1]],
    ['trailing root2', size1, size2, root1, root2, [...proof, root2]],
    ['preceding garbage', size1, size2, root1, root2, [new Uint8Array(0), ...proof]],
    ['preceding root1', size1, size2, root1, root2, [root1, ...proof]],
    ['preceding root2', size1, size2, root1, root2, [root2, ...proof]],
    ['preceding proof[0]', size1, size2, root1, root2, [proof[0], ...proof]],
  ];
  if (proof.length > 0) probes.push(['truncated proof', size1, size2, root1, root2, proof.slice(0, -1)]);
  proof.forEach((_, i) => {
    const wrong = proof.map((hash) => Uint8Array.from(hash));
    wrong[i][0] ^= 16;
    probes.push([`modified proof[${i}] bit 4`, size1, size2, root1, root2, wrong]);
  });
  return probes;
}
