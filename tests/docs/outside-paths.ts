import path from 'node:path';
import ts from 'typescript';

/** Names that stand for the repository's root folder when a path is built on them. */
const rootNames = /^(repositoryRoot|repositoryRootDirectory|rootDirectory|projectRoot)$/;
const fileFolderBase = /import\.meta\.(dirname|url)|__dirname/;

/** Literal text a path is built from, or undefined when it is not a plain string. */
function literalText(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
}

/** How many folders up the literal parts of a path go, net: `'..', 'x', '..'` is two up, one down. */
function levelsUp(parts: string[]): number {
  let depth = 0;
  let highest = 0;
  for (const segment of parts.flatMap((part) => part.split(/[\\/]+/))) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    highest = Math.min(highest, depth);
  }
  return -highest;
}

/**
 * Places in one source file (path relative to the repository root) where it reads or imports a
 * path outside the repository: a literal naming the project's reading material beside it, a
 * relative import that climbs above the root, or path.join / path.resolve / new URL climbing above
 * the root from the file's own folder, the working folder or the repository root.
 */
export function outsidePathUses(relativeFile: string, source: string): string[] {
  const folderDepth = relativeFile.split('/').length - 1;
  const sourceFile = ts.createSourceFile(relativeFile, source, ts.ScriptTarget.Latest, true, relativeFile.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relativeFile}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node) => {
    const text = literalText(node);
    if (text !== undefined && /(^|[\\/])\.\.[\\/]shared([\\/]|$)|^\/work\/|^\/home\//.test(text)) found.push(`${where(node)} names ${text}`);

    const specifier = ts.isImportDeclaration(node) || ts.isExportDeclaration(node) ? node.moduleSpecifier
      : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword ? node.arguments[0] : undefined;
    const imported = specifier && literalText(specifier);
    if (imported?.startsWith('.') && path.posix.normalize(path.posix.join(path.posix.dirname(relativeFile), imported)).startsWith('..')) {
      found.push(`${where(node)} imports ${imported}`);
    }

    const builds = ts.isCallExpression(node) && /(^|\.)(join|resolve)$/.test(node.expression.getText(sourceFile)) ? [...node.arguments]
      : ts.isNewExpression(node) && node.expression.getText(sourceFile) === 'URL' ? [...(node.arguments ?? [])].reverse() : undefined;
    if (builds?.length) {
      const [base, ...rest] = builds;
      const baseText = base.getText(sourceFile);
      const allowed = fileFolderBase.test(baseText) ? folderDepth
        : /process\.cwd\(\)/.test(baseText) || rootNames.test(baseText) ? 0
          : undefined;
      const parts = rest.map(literalText).filter((part): part is string => part !== undefined);
      // new URL('../x', import.meta.url) resolves against the file's folder, like join(import.meta.dirname, '../x').
      if (allowed !== undefined && levelsUp(parts) > allowed) found.push(`${where(node)} climbs above the repository: ${node.getText(sourceFile).replace(/\s+/g, ' ')}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
