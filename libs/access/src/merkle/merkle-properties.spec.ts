import {
  LeafHashSource,
  MerkleFrontier,
  PerfectSubtreeSource,
  consistencyProof,
  consistencyProofRanges,
  emptyRoot,
  hashFromBase64Url,
  hashToBase64Url,
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
  type SubtreeSource,
} from './index';

// RFC 6962 §2.1 written out as recursion, straight from the text, to check the iterative
// code against.
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
function mth(d: Buffer[]): Buffer {
  if (d.length === 0) return emptyRoot();
  if (d.length === 1) return d[0];
  const k = splitPoint(d.length);
  return nodeHash(mth(d.slice(0, k)), mth(d.slice(k)));
}
function path(m: number, d: Buffer[]): Buffer[] {
  if (d.length <= 1) return [];
  const k = splitPoint(d.length);
  return m < k ? [...path(m, d.slice(0, k)), mth(d.slice(k))] : [...path(m - k, d.slice(k)), mth(d.slice(0, k))];
}
function subproof(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const k = splitPoint(d.length);
  return m <= k
    ? [...subproof(m, d.slice(0, k), b), mth(d.slice(k))]
    : [...subproof(m - k, d.slice(k), false), mth(d.slice(0, k))];
}

// A fixed seed: a failure must be reproducible.
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX = 300;
const LEAVES = Array.from({ length: MAX }, (_, i) => leafHash(Buffer.from(`access record ${i}`)));
const ROOTS = Array.from({ length: MAX + 1 }, (_, size) => rootFromLeafHashes(LEAVES.slice(0, size)));
const SOURCE = new LeafHashSource(LEAVES);
const random = mulberry32(0x50c4);
const SIZES = [
  ...Array.from({ length: 17 }, (_, i) => i + 1),
  ...[31, 32, 33, 63, 64, 65, 128, 256, MAX],
  ...Array.from({ length: 6 }, () => 18 + Math.floor(random() * (MAX - 18))),
];

const FOREIGN = leafHash(Buffer.from('not in the log'));
const same = (a: Buffer[], b: Buffer[]): boolean => a.length === b.length && a.every((hash, i) => hash.equals(b[i]));

/** The ways a proof is spoiled in transit or by a forger; each must make it fail. */
function mutations(proof: Buffer[]): [string, Buffer[]][] {
  const spare = FOREIGN;
  const out: [string, Buffer[]][] = [];
  proof.forEach((_, i) => {
    // A different bit of each element, so that over many proofs every byte gets hit.
    const bit = (i * 37 + proof.length * 11) % 256;
    const flipped = proof.map((hash) => Buffer.from(hash));
    flipped[i][bit >> 3] ^= 1 << (bit & 7);
    out.push([`bit ${bit} of [${i}]`, flipped]);
    if (i + 1 < proof.length) {
      const swapped = [...proof];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      out.push([`[${i}] swapped with [${i + 1}]`, swapped]);
    }
    out.push([`[${i}] replaced`, proof.map((hash, j) => (j === i ? spare : hash))]);
  });
  if (proof.length > 0) {
    out.push(['last dropped', proof.slice(0, -1)]);
    out.push(['first dropped', proof.slice(1)]);
    out.push(['reversed', proof.length > 1 ? [...proof].reverse() : [spare]]);
  }
  out.push(['extended', [...proof, spare]]);
  out.push(['prefixed', [spare, ...proof]]);
  if (proof.length > 0) out.push(['doubled', [...proof, ...proof]]);
  return out;
}

describe('the frontier', () => {
  it('gives the same root as the whole tree at every size up to 300', () => {
    const frontier = MerkleFrontier.empty();
    for (let size = 0; size <= MAX; size++) {
      expect(frontier.size).toBe(size);
      expect(frontier.root().equals(ROOTS[size])).toBe(true);
      expect(frontier.hashes.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size + 1)));
      if (size < MAX) frontier.append(LEAVES[size]);
    }
    expect(ROOTS[MAX].equals(mth(LEAVES))).toBe(true);
  });

  it('survives JSON and a rebuild from stored subtrees, and goes on appending the same', async () => {
    const frontier = MerkleFrontier.empty();
    for (let size = 0; size < MAX; size++) {
      const restored = MerkleFrontier.fromJSON(JSON.parse(JSON.stringify(frontier)));
      const rebuilt = await MerkleFrontier.fromSource(size, SOURCE);
      expect(rebuilt.toJSON()).toEqual(frontier.toJSON());
      for (const copy of [restored, rebuilt, frontier.clone()]) copy.append(LEAVES[size]);
      frontier.append(LEAVES[size]);
      for (const copy of [restored, rebuilt]) expect(copy.root().equals(frontier.root())).toBe(true);
    }
  });

  it('refuses a stored frontier that does not match its size or is not canonical', () => {
    const json = (size: number, hashes: string[]) => ({ size, hashes });
    const h = hashToBase64Url(LEAVES[0]);
    expect(MerkleFrontier.fromJSON(json(0, [])).root().equals(emptyRoot())).toBe(true);
    expect(() => MerkleFrontier.fromJSON(json(3, [h]))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(2, [h, h]))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(-1, []))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(1.5, [h]))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(1, [h + '='] as string[]))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(1, [h.slice(0, 42)]))).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON({ size: 1 } as never)).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(null as never)).toThrow(TypeError);
    // 43 characters carry 258 bits; a second spelling of the same 32 bytes is refused.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(h[42]);
    const respelled = h.slice(0, 42) + alphabet[last ^ 1];
    expect(Buffer.from(respelled, 'base64url').equals(LEAVES[0])).toBe(true);
    expect(() => hashFromBase64Url(respelled)).toThrow(TypeError);
    expect(() => MerkleFrontier.fromJSON(json(1, [respelled]))).toThrow(TypeError);
  });

  it('refuses a leaf hash that is not 32 bytes', () => {
    expect(() => MerkleFrontier.empty().append(Buffer.alloc(31))).toThrow(TypeError);
  });
});

describe('inclusion proofs on random trees', () => {
  it.each(SIZES)('every leaf of a tree of %i: the RFC path, verified; spoiled ones refused', async (n) => {
    const leaves = LEAVES.slice(0, n);
    const root = ROOTS[n];
    for (let m = 0; m < n; m++) {
      const proof = await inclusionProof(m, n, SOURCE);
      expect(same(proof, path(m, leaves))).toBe(true);
      expect(verifyInclusion(LEAVES[m], m, n, proof, root)).toBe(true);

      const accepted = mutations(proof)
        .filter(([, spoiled]) => verifyInclusion(LEAVES[m], m, n, spoiled, root))
        .map(([how]) => how);
      expect(accepted).toEqual([]);
      for (const other of [m - 1, m + 1, m ^ 2, n]) {
        expect(verifyInclusion(LEAVES[m], other, n, proof, root)).toBe(false);
      }
      expect(verifyInclusion(LEAVES[(m + 1) % MAX], m, n, proof, root)).toBe(false);
      expect(verifyInclusion(FOREIGN, m, n, proof, root)).toBe(false);
      expect(verifyInclusion(LEAVES[m], m, n, proof, ROOTS[n - 1])).toBe(false);
      // A claimed size with that size's real root: right only if the proof is that size's proof.
      for (const size of [n - 1, n + 1, 2 * n]) {
        if (size > MAX) continue;
        const truth = m < size && same(proof, await inclusionProof(m, size, SOURCE));
        expect(verifyInclusion(LEAVES[m], m, size, proof, ROOTS[size])).toBe(truth);
      }
    }
  });
});

describe('consistency proofs on random trees', () => {
  it.each(SIZES)('every older size of a tree of %i: the RFC proof, verified; spoiled ones refused', async (n) => {
    const leaves = LEAVES.slice(0, n);
    for (let m = 0; m <= n; m++) {
      const proof = await consistencyProof(m, n, SOURCE);
      expect(same(proof, m === 0 ? [] : subproof(m, leaves, true))).toBe(true);
      expect(verifyConsistency(m, n, ROOTS[m], ROOTS[n], proof)).toBe(true);
      if (m === 0 || m === n) {
        expect(proof).toEqual([]);
        continue;
      }

      const accepted = mutations(proof)
        .filter(([, spoiled]) => verifyConsistency(m, n, ROOTS[m], ROOTS[n], spoiled))
        .map(([how]) => how);
      expect(accepted).toEqual([]);
      expect(verifyConsistency(m, n, ROOTS[n], ROOTS[m], proof)).toBe(false);
      expect(verifyConsistency(m, n, ROOTS[m - 1], ROOTS[n], proof)).toBe(false);
      expect(verifyConsistency(m, n, ROOTS[m], ROOTS[n - 1], proof)).toBe(false);
      expect(verifyConsistency(n, m, ROOTS[n], ROOTS[m], proof)).toBe(false);
      expect(verifyConsistency(m, n, ROOTS[m], ROOTS[n], [])).toBe(false);
      // Claimed sizes with those sizes' real roots: right only if the proof is theirs.
      for (const [m2, n2] of [
        [m - 1, n],
        [m + 1, n],
        [m, n - 1],
        [m, n + 1],
      ]) {
        if (n2 > MAX || m2 > n2) continue;
        const truth = same(proof, await consistencyProof(m2, n2, SOURCE));
        expect(verifyConsistency(m2, n2, ROOTS[m2], ROOTS[n2], proof)).toBe(truth);
      }
    }
  });

  it('chains: proofs between three checkpoints each verify', async () => {
    for (let trial = 0; trial < 200; trial++) {
      const [a, b, c] = [0, 0, 0].map(() => 1 + Math.floor(random() * MAX)).sort((x, y) => x - y);
      for (const [m, n] of [
        [a, b],
        [b, c],
        [a, c],
      ]) {
        expect(verifyConsistency(m, n, ROOTS[m], ROOTS[n], await consistencyProof(m, n, SOURCE))).toBe(true);
      }
    }
  });
});

/** A source that records what it is asked. */
class RecordingSource implements SubtreeSource {
  readonly asked: SubtreeRange[] = [];
  constructor(private readonly inner: SubtreeSource) {}
  subtreeHash(start: number, size: number): Promise<Buffer> {
    this.asked.push({ start, size });
    return this.inner.subtreeHash(start, size);
  }
}

describe('what a source is asked', () => {
  it('asks only perfect subtrees or the right edge of the tree being proved', async () => {
    for (const n of SIZES) {
      for (let m = 0; m < n; m++) {
        for (const [treeSize, prove] of [
          [n, (s: SubtreeSource) => inclusionProof(m, n, s)],
          [n, (s: SubtreeSource) => consistencyProof(m, n, s)],
        ] as const) {
          const recording = new RecordingSource(SOURCE);
          await prove(recording);
          for (const range of recording.asked) {
            expect(isPerfectSubtree(range) || range.start + range.size === treeSize).toBe(true);
          }
        }
      }
    }
  });

  it('serves the same proofs from perfect-subtree hashes only', async () => {
    const lookups: SubtreeRange[] = [];
    const perfectOnly = new PerfectSubtreeSource((start, size) => {
      const range = { start, size };
      if (!isPerfectSubtree(range)) throw new Error(`asked for [${start}, +${size})`);
      lookups.push(range);
      return SOURCE.subtreeHash(start, size);
    });
    for (const n of [7, 95, 257, MAX]) {
      for (let m = 0; m < n; m += 3) {
        expect(same(await inclusionProof(m, n, perfectOnly), await inclusionProof(m, n, SOURCE))).toBe(true);
        expect(same(await consistencyProof(m, n, perfectOnly), await consistencyProof(m, n, SOURCE))).toBe(true);
      }
    }
    expect(lookups.length).toBeGreaterThan(0);
  });

  it('lists the perfect parts of a subtree range, and refuses ranges that are not subtrees', async () => {
    expect(perfectSubtreesOf(0, 13)).toEqual([
      { start: 0, size: 8 },
      { start: 8, size: 4 },
      { start: 12, size: 1 },
    ]);
    expect(perfectSubtreesOf(16, 7)).toEqual([
      { start: 16, size: 4 },
      { start: 20, size: 2 },
      { start: 22, size: 1 },
    ]);
    expect(perfectSubtreesOf(64, 64)).toEqual([{ start: 64, size: 64 }]);
    for (const [start, size] of [
      [1, 2],
      [4, 5],
      [8, 9],
      [0, 0],
      [-1, 1],
      [0.5, 1],
    ]) {
      expect(() => perfectSubtreesOf(start, size)).toThrow(RangeError);
    }
    await expect(SOURCE.subtreeHash(256, 64)).rejects.toThrow(RangeError);
  });
});

describe('what a proof does not bind', () => {
  // The sizes are bound only through the roots: a proof also passes for another size
  // whose tree has the same shape along the path, given the root it was made for. A
  // checkpoint signs size and root together, and the verifier must take both from it.
  it('lets a proof for one size pass for a same-shaped size with the original root', async () => {
    const threeLeaves = await inclusionProof(0, 3, SOURCE);
    expect(verifyInclusion(LEAVES[0], 0, 4, threeLeaves, ROOTS[3])).toBe(true);
    expect(verifyInclusion(LEAVES[0], 0, 4, threeLeaves, ROOTS[4])).toBe(false);
    const twoToThree = await consistencyProof(2, 3, SOURCE);
    expect(verifyConsistency(2, 4, ROOTS[2], ROOTS[3], twoToThree)).toBe(true);
    expect(verifyConsistency(2, 4, ROOTS[2], ROOTS[4], twoToThree)).toBe(false);
  });
});

describe('arguments that make no tree', () => {
  const leaf = LEAVES[0];
  const root = ROOTS[1];

  it('are refused by the verifiers, never thrown on', () => {
    for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 53, '1' as unknown as number]) {
      expect(verifyInclusion(leaf, bad, 1, [], root)).toBe(false);
      expect(verifyInclusion(leaf, 0, bad, [], root)).toBe(false);
      expect(verifyConsistency(bad, 1, root, root, [])).toBe(false);
      expect(verifyConsistency(1, bad, root, root, [])).toBe(false);
    }
    expect(verifyInclusion(leaf, 1, 1, [], root)).toBe(false);
    expect(verifyInclusion(leaf, 0, 1, [leaf.subarray(1)], root)).toBe(false);
    expect(verifyInclusion(leaf, 0, 1, 'proof' as never, root)).toBe(false);
    expect(verifyConsistency(2, 1, ROOTS[2], ROOTS[1], [])).toBe(false);
    // An empty old tree has one root; a checkpoint of size 0 claiming another is malformed.
    expect(verifyConsistency(0, 5, ROOTS[0], ROOTS[5], [])).toBe(true);
    expect(verifyConsistency(0, 5, ROOTS[1], ROOTS[5], [])).toBe(false);
  });

  it('are refused by the proof builders', async () => {
    await expect(inclusionProof(1, 1, SOURCE)).rejects.toThrow(RangeError);
    await expect(inclusionProof(-1, 1, SOURCE)).rejects.toThrow(RangeError);
    await expect(inclusionProof(0, 0.5, SOURCE)).rejects.toThrow(RangeError);
    await expect(consistencyProof(2, 1, SOURCE)).rejects.toThrow(RangeError);
    await expect(consistencyProof(1, MAX + 1, SOURCE)).rejects.toThrow(RangeError);
    const lying: SubtreeSource = { subtreeHash: () => Promise.resolve(Buffer.alloc(20)) };
    await expect(inclusionProof(0, 2, lying)).rejects.toThrow(TypeError);
  });
});

// A virtual log far beyond 2^32 leaves, to catch 32-bit arithmetic: every leaf is the same
// except one, so any perfect subtree's hash costs O(height) to compute.
function virtualLog(marked: number): SubtreeSource {
  const plain = leafHash(Buffer.from('plain'));
  const uniform = [plain];
  for (let h = 1; h <= 53; h++) uniform.push(nodeHash(uniform[h - 1], uniform[h - 1]));
  const perfect = (start: number, size: number): Buffer => {
    const height = Math.round(Math.log2(size));
    if (marked < start || marked >= start + size) return uniform[height];
    if (size === 1) return leafHash(Buffer.from('marked'));
    return nodeHash(perfect(start, size / 2), perfect(start + size / 2, size / 2));
  };
  return new PerfectSubtreeSource((start, size) => Promise.resolve(perfect(start, size)));
}

describe('trees beyond 2^32 leaves', () => {
  const marked = 2 ** 40 + 2 ** 33 + 5;
  const log = virtualLog(marked);
  const markedHash = leafHash(Buffer.from('marked'));
  const rootOf = async (size: number) => (await MerkleFrontier.fromSource(size, log)).root();

  it('proves and verifies inclusion, and refuses the index 2^32 away', async () => {
    const n = 2 ** 41 + 3;
    const root = await rootOf(n);
    const proof = await inclusionProof(marked, n, log);
    expect(proof).toHaveLength(inclusionProofRanges(marked, n).length);
    expect(verifyInclusion(markedHash, marked, n, proof, root)).toBe(true);
    expect(verifyInclusion(markedHash, marked - 2 ** 32, n, proof, root)).toBe(false);
    expect(verifyInclusion(markedHash, marked + 2 ** 32, n, proof, root)).toBe(false);
  });

  it('proves and verifies consistency, and refuses sizes 2^32 away', async () => {
    const [m, n] = [2 ** 40 + 2 ** 35 + 7, 2 ** 45 + 2 ** 32 + 1];
    // Marked just past the old size: the proofs for the sizes 2^32 away, which would have
    // the same shape, then hold different hashes.
    const grown = virtualLog(m + 1);
    const root = async (size: number) => (await MerkleFrontier.fromSource(size, grown)).root();
    const proof = await consistencyProof(m, n, grown);
    expect(proof).toHaveLength(consistencyProofRanges(m, n).length);
    expect(verifyConsistency(m, n, await root(m), await root(n), proof)).toBe(true);
    for (const [m2, n2] of [
      [m + 2 ** 32, n],
      [m - 2 ** 32, n],
      [m, n - 2 ** 32],
      [m, n + 2 ** 32],
    ]) {
      expect(same(proof, await consistencyProof(m2, n2, grown))).toBe(false);
      expect(verifyConsistency(m2, n2, await root(m2), await root(n2), proof)).toBe(false);
    }
  });

  it('extends a frontier rebuilt at a huge size', async () => {
    const n = 2 ** 44 - 1;
    const frontier = await MerkleFrontier.fromSource(n, log);
    expect(frontier.hashes).toHaveLength(44);
    frontier.append(leafHash(Buffer.from('plain')));
    expect(frontier.hashes).toHaveLength(1);
    expect(frontier.root().equals(await rootOf(n + 1))).toBe(true);
  });
});
