import { RegExpParser, type AST } from '@eslint-community/regexpp';

const parser = new RegExpParser({ ecmaVersion: 2025 });
/** A literal this short is in nearly every text: it filters nothing. */
const minimumLength = 3;

type Literals = string[] | null;

/** The better of two sets of literals (one of which every match contains): longer shortest literal first, then fewer literals. */
function better(left: Literals, right: Literals): Literals {
  if (left === null) return right;
  if (right === null) return left;
  const shortest = (set: string[]) => Math.min(...set.map((literal) => literal.length));
  if (shortest(left) !== shortest(right)) return shortest(left) > shortest(right) ? left : right;
  return left.length <= right.length ? left : right;
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Literals {
  const union: string[] = [];
  for (const alternative of alternatives) {
    const literals = ofAlternative(alternative);
    if (literals === null) return null;
    union.push(...literals);
  }
  return [...new Set(union)];
}

function ofAlternative(alternative: AST.Alternative): Literals {
  let best: Literals = null;
  let run = '';
  const endRun = () => {
    if (run.length > 0) best = better(best, [run]);
    run = '';
  };
  for (const element of alternative.elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    endRun();
    best = better(best, ofElement(element));
  }
  endRun();
  return best;
}

function ofElement(element: AST.Element): Literals {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : null;
    case 'Character':
      return [String.fromCodePoint(element.value)];
    default:
      // Character classes and sets, assertions (they match no text), backreferences: no literal is certain.
      return null;
  }
}

/**
 * Literals of which every match of `pattern` contains at least one, or null when no such set of
 * useful literals can be shown. Text without any of them cannot match, so the pattern need not run
 * on it: that is what keeps hundreds of phrasing families per language fast. Sound by
 * construction: a concatenation needs each of its parts, a choice one of its branches, and an
 * optional part, a class or an assertion promises nothing.
 */
export function requiredLiterals(pattern: string): string[] | null {
  const literals = ofAlternatives(parser.parsePattern(pattern, 0, pattern.length, { unicode: true }).alternatives);
  if (literals === null || literals.some((literal) => literal.length < minimumLength)) return null;
  return literals;
}
