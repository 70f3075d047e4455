/** A fenced code block of README.md, with the `<!-- key: value -->` notes just above it. */
export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  body: string;
  notes: Record<string, string>;
}

const FENCE = /^```(\S*)\s*$/;
const NOTE = /^<!--\s*([a-z-]+):\s*(.*?)\s*-->$/;

/**
 * Every fenced block, in order. Notes are the HTML comments on the lines right above the
 * fence (blank lines between them allowed): `<!-- token: … -->`, `<!-- not-run: why -->`.
 */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i])) body.push(lines[i]);
    const notes: Record<string, string> = {};
    for (let j = start - 1; j >= 0; j--) {
      if (lines[j].trim() === '') continue;
      const note = NOTE.exec(lines[j].trim());
      if (!note) break;
      notes[note[1]] = note[2];
    }
    blocks.push({ line: start + 1, lang: open[1], body: body.join('\n'), notes });
  }
  return blocks;
}
