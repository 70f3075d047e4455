import { consistencyProof, inclusionProof, leafHash, LeafHashSource, rootFromLeafHashes } from '@app/access';
import {
  CONSISTENCY_PROOFS,
  HASHING,
  INCLUSION_PROOFS,
  LEAF_INPUTS,
  ROOTS,
  SOME_HASH,
  corruptConsistencyProof,
  corruptInclusionProof,
  hexBytes,
} from '../test/rfc6962-vectors';
import { toBase64Url, toHex } from './bytes';
import { hashChildren, hashEmptyTree, hashLeaf } from './merkle-hash';
import { verifyConsistencyProof, verifyInclusionProof } from './merkle-verify';

const text = (value: string) => new TextEncoder().encode(value);
const ROOT = ROOTS.map(hexBytes);
let LEAF: Uint8Array[];

beforeAll(async () => {
  LEAF = await Promise.all(LEAF_INPUTS.map((input) => hashLeaf(hexBytes(input))));
});

describe('RFC 6962 hashing with WebCrypto (rfc6962/rfc6962_test.go)', () => {
  it('hashes the empty tree, the empty leaf, a leaf and a node as published', async () => {
    expect(toHex(await hashEmptyTree())).toBe(HASHING.emptyTree);
    expect(toHex(await hashLeaf(new Uint8Array(0)))).toBe(HASHING.emptyLeaf);
    expect(toHex(await hashLeaf(text(HASHING.leaf.data)))).toBe(HASHING.leaf.hash);
    expect(toHex(await hashChildren(text(HASHING.node.left), text(HASHING.node.right)))).toBe(HASHING.node.hash);
  });
});

describe('verifyInclusionProof on the published vectors (proof/verify_test.go)', () => {
  it.each(INCLUSION_PROOFS.filter((vector) => vector.leaf > 0))(
    'holds for leaf $leaf (1-based) of $size, and every corruption is refused with a code',
    async ({ leaf, size, proof }) => {
      const index = leaf - 1;
      const published = proof.map(hexBytes);
      await expect(
        verifyInclusionProof({ leafHash: LEAF[index], index, treeSize: size, proof: published, root: ROOT[size] }),
      ).resolves.toEqual({ ok: true });
      const accepted: string[] = [];
      for (const [desc, i, n, root, leafHash, spoiled] of corruptInclusionProof(
        index,
        size,
        published,
        ROOT[size],
        LEAF[index],
      )) {
        const verdict = await verifyInclusionProof({ leafHash, index: i, treeSize: n, proof: spoiled, root });
        if (verdict.ok) accepted.push(desc);
        else expect(verdict.reason).toEqual(expect.any(String));
      }
      expect(accepted).toEqual([]);
    },
  );

  it('takes the API form too: base64url hashes', async () => {
    const { leaf, size, proof } = INCLUSION_PROOFS[3];
    const b64 = (hex: string) => toBase64Url(hexBytes(hex));
    await expect(
      verifyInclusionProof({
        leafHash: toBase64Url(LEAF[leaf - 1]),
        index: leaf - 1,
        treeSize: size,
        proof: proof.map(b64),
        root: toBase64Url(ROOT[size]),
      }),
    ).resolves.toEqual({ ok: true });
  });

  it('says why: a tampered hash, a wrong root, a wrong length, a leaf outside the tree', async () => {
    const { leaf, size, proof } = INCLUSION_PROOFS[2];
    const good = {
      leafHash: LEAF[leaf - 1],
      index: leaf - 1,
      treeSize: size,
      proof: proof.map(hexBytes),
      root: ROOT[size],
    };
    const tampered = good.proof.map((hash, i) =>
      i === 1 ? Uint8Array.from(hash, (b, j) => (j === 0 ? b ^ 1 : b)) : hash,
    );
    const cases: [object, string][] = [
      [{ ...good, proof: tampered }, 'ROOT_MISMATCH'],
      [{ ...good, root: ROOT[size - 1] }, 'ROOT_MISMATCH'],
      [{ ...good, leafHash: LEAF[leaf] }, 'ROOT_MISMATCH'],
      [{ ...good, proof: good.proof.slice(1) }, 'PROOF_WRONG_LENGTH'],
      [{ ...good, proof: [...good.proof, ROOT[1]] }, 'PROOF_WRONG_LENGTH'],
      [{ ...good, index: size }, 'LEAF_OUTSIDE_TREE'],
      [{ ...good, index: 0, treeSize: 0 }, 'LEAF_OUTSIDE_TREE'],
      [{ ...good, index: -1 }, 'MALFORMED_INPUT'],
      [{ ...good, treeSize: 2 ** 53 }, 'MALFORMED_INPUT'],
      [{ ...good, root: new Uint8Array(31) }, 'MALFORMED_INPUT'],
      [{ ...good, proof: ['AAAA'] }, 'MALFORMED_INPUT'],
      [{ ...good, proof: 'not a list' }, 'MALFORMED_INPUT'],
      [{ ...good, root: toBase64Url(ROOT[size]).slice(0, 42) + 'B' }, 'MALFORMED_INPUT'],
    ];
    for (const [input, code] of cases) {
      await expect(verifyInclusionProof(input as never)).resolves.toMatchObject({ ok: false, code });
    }
    await expect(verifyInclusionProof(null as never)).resolves.toMatchObject({ ok: false, code: 'MALFORMED_INPUT' });
  });

  it('verifies the single-entry tree as TestVerifyInclusionSingleEntry does', async () => {
    const hash = await hashLeaf(text('data'));
    await expect(
      verifyInclusionProof({ leafHash: hash, index: 0, treeSize: 1, proof: [], root: hash }),
    ).resolves.toEqual({
      ok: true,
    });
    await expect(
      verifyInclusionProof({ leafHash: hexBytes(SOME_HASH), index: 0, treeSize: 1, proof: [], root: hash }),
    ).resolves.toMatchObject({ ok: false, code: 'ROOT_MISMATCH' });
  });
});

describe('verifyConsistencyProof on the published vectors (proof/verify_test.go)', () => {
  it.each(CONSISTENCY_PROOFS)(
    'holds from $size1 to $size2, and every corruption is refused with a code',
    async ({ size1, size2, proof }) => {
      const published = proof.map(hexBytes);
      const good = { oldSize: size1, newSize: size2, oldRoot: ROOT[size1], newRoot: ROOT[size2], proof: published };
      await expect(verifyConsistencyProof(good)).resolves.toEqual({ ok: true });
      if (published.length === 0) return;
      const accepted: string[] = [];
      for (const [desc, oldSize, newSize, oldRoot, newRoot, spoiled] of corruptConsistencyProof(
        size1,
        size2,
        ROOT[size1],
        ROOT[size2],
        published,
      )) {
        if ((await verifyConsistencyProof({ oldSize, newSize, oldRoot, newRoot, proof: spoiled })).ok)
          accepted.push(desc);
      }
      expect(accepted).toEqual([]);
    },
  );

  it('decides the edge cases of TestVerifyConsistency', async () => {
    const check = (oldSize: number, newSize: number, oldRoot: Uint8Array, newRoot: Uint8Array, proof: Uint8Array[]) =>
      verifyConsistencyProof({ oldSize, newSize, oldRoot, newRoot, proof });
    const empty = ROOT[0];
    const some = hexBytes(SOME_HASH);
    await expect(check(0, 0, empty, some, [])).resolves.toMatchObject({ code: 'ROOT_MISMATCH' });
    await expect(check(1, 1, empty, some, [])).resolves.toMatchObject({ code: 'ROOT_MISMATCH' });
    await expect(check(0, 0, empty, empty, [empty])).resolves.toMatchObject({ code: 'PROOF_WRONG_LENGTH' });
    await expect(check(0, 1, empty, empty, [empty])).resolves.toMatchObject({ code: 'PROOF_WRONG_LENGTH' });
    await expect(check(1, 1, empty, empty, [empty])).resolves.toMatchObject({ code: 'PROOF_WRONG_LENGTH' });
    await expect(check(1, 2, ROOT[1], ROOT[2], [])).resolves.toMatchObject({ code: 'PROOF_WRONG_LENGTH' });
    // A size-0 checkpoint claiming another root than the empty tree's is malformed.
    await expect(check(0, 1, some, ROOT[1], [])).resolves.toMatchObject({ code: 'ROOT_MISMATCH' });
    await expect(check(0, 0, empty, empty, [])).resolves.toEqual({ ok: true });
    await expect(check(0, 1, empty, ROOT[1], [])).resolves.toEqual({ ok: true });
    await expect(check(1, 1, ROOT[1], ROOT[1], [])).resolves.toEqual({ ok: true });
  });

  it('notices a truncated log: a later checkpoint of fewer records, or one regrown from a cut', async () => {
    // Time travel to the past: the log the citizen saw at 8 records now has 6.
    const shorter = CONSISTENCY_PROOFS.find((vector) => vector.size1 === 6 && vector.size2 === 8)!;
    await expect(
      verifyConsistencyProof({ oldSize: 8, newSize: 6, oldRoot: ROOT[8], newRoot: ROOT[6], proof: [] }),
    ).resolves.toMatchObject({ ok: false, code: 'TREE_SHRANK', reason: expect.stringMatching(/cut short/) });
    await expect(
      verifyConsistencyProof({
        oldSize: 8,
        newSize: 6,
        oldRoot: ROOT[8],
        newRoot: ROOT[6],
        proof: shorter.proof.map(hexBytes),
      }),
    ).resolves.toMatchObject({ ok: false, code: 'TREE_SHRANK' });
    // Cut back to 5 and regrown to 8 with other records: the registry's proof from 6 cannot hold.
    const regrown = [...LEAF.slice(0, 5), ...['x', 'y', 'z'].map((name) => leafHash(Buffer.from(name)))];
    const source = new LeafHashSource(regrown.map((hash) => Buffer.from(hash)));
    const forged = await consistencyProof(6, 8, source);
    await expect(
      verifyConsistencyProof({ oldSize: 6, newSize: 8, oldRoot: ROOT[6], newRoot: source.root(), proof: forged }),
    ).resolves.toMatchObject({ ok: false, code: 'ROOT_MISMATCH' });
    await expect(
      verifyConsistencyProof({
        oldSize: 6,
        newSize: 8,
        oldRoot: ROOT[6],
        newRoot: source.root(),
        proof: shorter.proof.map(hexBytes),
      }),
    ).resolves.toMatchObject({ ok: false, code: 'ROOT_MISMATCH' });
  });
});

describe('the same answers as the registry’s own (node:crypto) proofs', () => {
  it('holds for every leaf and every older size of trees up to 40', async () => {
    const leaves = Array.from({ length: 40 }, (_, i) => leafHash(Buffer.from(`access record ${i}`)));
    const source = new LeafHashSource(leaves);
    for (let size = 1; size <= leaves.length; size++) {
      const root = rootFromLeafHashes(leaves.slice(0, size));
      for (let m = 0; m < size; m++) {
        const proof = (await inclusionProof(m, size, source)).map((hash) => hash.toString('base64url'));
        await expect(
          verifyInclusionProof({
            leafHash: leaves[m],
            index: m,
            treeSize: size,
            proof,
            root: root.toString('base64url'),
          }),
        ).resolves.toEqual({ ok: true });
        const oldRoot = rootFromLeafHashes(leaves.slice(0, m));
        await expect(
          verifyConsistencyProof({
            oldSize: m,
            newSize: size,
            oldRoot,
            newRoot: root,
            proof: await consistencyProof(m, size, source),
          }),
        ).resolves.toEqual({ ok: true });
      }
    }
  });
});
