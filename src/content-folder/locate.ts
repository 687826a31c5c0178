/**
 * Finds the line of a field in hand-written YAML, so a message can say "line 7". It reads
 * the text the way a person would (key at the start of a line, list items by their dash),
 * which is right for the block and flow styles the format shows; when unsure it gives up.
 */
export function locateField(yamlText: string, path: readonly (string | number)[], firstLine: number): number | undefined {
  const lines = yamlText.split('\n');
  let from = 0;
  let found: number | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') {
      let seen = -1;
      let at: number | undefined;
      for (let i = from; i < lines.length; i++) {
        if (/^\s*-(\s|$)/.test(lines[i]!)) seen++;
        if (seen === segment) {
          at = i;
          break;
        }
      }
      // Flow lists ([a, b]) stay on the key's line.
      if (at === undefined) break;
      from = at;
      found = at;
    } else {
      const key = new RegExp(`(^|[\\s{,-])${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      let at: number | undefined;
      for (let i = from; i < lines.length; i++) {
        if (key.test(lines[i]!)) {
          at = i;
          break;
        }
      }
      if (at === undefined) break;
      from = at;
      found = at;
    }
  }
  return found === undefined ? undefined : found + firstLine;
}

/**
 * The scalar of a field as typed in the YAML (`1e20`, `.inf`, an empty value), read from its
 * line: block style (`confirmed: 1e20`) or flow style (`{ confirmed: 1e20, … }`).
 */
export function typedScalar(yamlText: string, path: readonly (string | number)[], firstLine: number): string | undefined {
  const line = locateField(yamlText, path, firstLine);
  const last = path.at(-1);
  if (line === undefined || typeof last !== 'string') return undefined;
  const text = yamlText.split('\n')[line - firstLine] ?? '';
  const key = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|[\\s{,-])${key}\\s*:[ \\t]*([^,}\\]#\\n]*)`).exec(text);
  return m ? m[1]!.trim() : undefined;
}
