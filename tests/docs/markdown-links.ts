import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const markdown = new MarkdownIt({ html: true });
const skippedFolders = new Set(['node_modules', '.git', 'generated', 'artifacts', 'data', 'dist']);

/** Files under `folder` (relative to the repository) whose names pass `keep`, skipping dependencies and generated output. */
export function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    const absolute = path.join(repositoryRoot, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isFile()) {
      if (keep(relative)) found.push(relative);
      return;
    }
    for (const entry of readdirSync(absolute)) if (!skippedFolders.has(entry)) visit(path.join(relative, entry));
  };
  visit(folder);
  return found.sort();
}

/** The anchors GitHub gives the headings of a Markdown file. */
export function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const tokens = markdown.parse(readFileSync(path.join(repositoryRoot, file), 'utf8'), {});
  const anchors = new Set<string>();
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = (tokens[index + 1].children ?? []).filter((child) => child.type === 'text' || child.type === 'code_inline').map((child) => child.content).join('');
    anchors.add(slugger.slug(text));
  });
  return anchors;
}

/** The headings of a Markdown file as written, for references such as `docs/x.md "Heading"` in code. */
export function headingTexts(file: string): string[] {
  const tokens = markdown.parse(readFileSync(path.join(repositoryRoot, file), 'utf8'), {});
  return tokens.flatMap((token, index) => (token.type === 'heading_open' ? [tokens[index + 1].content.replaceAll('`', '')] : []));
}

/** Every link target (href or image src) in a Markdown file; code spans and fences are not links. */
export function linkTargets(file: string): string[] {
  const targets: string[] = [];
  const walk = (tokens: ReturnType<typeof markdown.parse>) => {
    for (const token of tokens) {
      if (token.type === 'link_open') targets.push(String(token.attrGet('href') ?? ''));
      if (token.type === 'image') targets.push(String(token.attrGet('src') ?? ''));
      if (token.children) walk(token.children);
    }
  };
  walk(markdown.parse(readFileSync(path.join(repositoryRoot, file), 'utf8'), {}));
  return targets;
}

/** Why a relative link from `file` does not resolve, or undefined when it does (external links are not followed). */
export function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined;
  const [rawPath, anchor] = target.split('#', 2);
  const linked = rawPath === '' ? file : path.normalize(path.join(path.dirname(file), decodeURI(rawPath)));
  if (linked.startsWith('..')) return `${target} leaves the repository`;
  if (!existsSync(path.join(repositoryRoot, linked))) return `${target}: ${linked} does not exist`;
  if (anchor && linked.endsWith('.md') && !headingAnchors(linked).has(anchor)) return `${target}: ${linked} has no heading #${anchor}`;
  return undefined;
}
