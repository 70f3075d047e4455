import { MerkleFrontier } from './merkle-frontier';
import { leafHash } from './merkle-hash';
import { LeafHashSource } from './subtree-source';

describe('MerkleFrontier.append: the perfect subtrees a leaf completes', () => {
  it('names each completed subtree with the hash a full tree has there', () => {
    const leaves = Array.from({ length: 37 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
    const frontier = MerkleFrontier.empty();
    const completed = leaves.flatMap((leaf) => frontier.append(leaf));
    const source = new LeafHashSource(leaves);
    expect(completed.filter((node) => node.level === 5)).toHaveLength(1);
    expect(completed).toHaveLength(37 + 18 + 9 + 4 + 2 + 1);
    return Promise.all(
      completed.map(async (node) =>
        expect(await source.subtreeHash(node.index * 2 ** node.level, 2 ** node.level)).toEqual(node.hash),
      ),
    );
  });
});
