/** Finds which of many literals occur in a text in one pass (Aho–Corasick). */
export interface LiteralFinder {
  /** The indexes, in the list given to `createLiteralFinder`, of the literals that occur in `text`. */
  find(text: string): Set<number>;
}

interface TrieNode {
  next: Map<string, number>;
  fail: number;
  /** Literals that end here, also through failure links. */
  outputs: number[];
}

export function createLiteralFinder(literals: readonly string[]): LiteralFinder {
  const nodes: TrieNode[] = [{ next: new Map(), fail: 0, outputs: [] }];
  literals.forEach((literal, index) => {
    let state = 0;
    for (const character of literal) {
      let next = nodes[state]!.next.get(character);
      if (next === undefined) {
        next = nodes.length;
        nodes.push({ next: new Map(), fail: 0, outputs: [] });
        nodes[state]!.next.set(character, next);
      }
      state = next;
    }
    nodes[state]!.outputs.push(index);
  });
  // Breadth first: a node's failure link is the longest proper suffix of its path that is a prefix in the trie.
  const queue = [...nodes[0]!.next.values()];
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]!;
    for (const [character, child] of nodes[state]!.next) {
      let fail = nodes[state]!.fail;
      while (fail !== 0 && !nodes[fail]!.next.has(character)) fail = nodes[fail]!.fail;
      const target = nodes[fail]!.next.get(character);
      nodes[child]!.fail = target !== undefined && target !== child ? target : 0;
      nodes[child]!.outputs.push(...nodes[nodes[child]!.fail]!.outputs);
      queue.push(child);
    }
  }
  return {
    find(text) {
      const found = new Set<number>();
      let state = 0;
      for (const character of text) {
        while (state !== 0 && !nodes[state]!.next.has(character)) state = nodes[state]!.fail;
        state = nodes[state]!.next.get(character) ?? 0;
        for (const output of nodes[state]!.outputs) found.add(output);
      }
      return found;
    },
  };
}
