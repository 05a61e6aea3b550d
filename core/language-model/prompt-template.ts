/** Fills `{{name}}` placeholders; a placeholder without a value is an error, so a typo in a prompt file shows at start-up. */
export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt placeholder {{${name}}} has no value`);
    return value;
  });
}

/** The placeholder names a template uses. */
export function promptPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g)].map((match) => match[1]))];
}
