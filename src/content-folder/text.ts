/**
 * Reading files the way staff's editors write them: a UTF-8 BOM (Notepad), Windows line
 * endings, NFD text (macOS) are all read as plain NFC text with \n.
 */
import yaml from 'js-yaml';

export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

interface SplitFile {
  /** The YAML between the --- lines, or undefined when the file has none. */
  frontmatter: string | undefined;
  body: string;
  /** Line of the file where the YAML starts (1-based), to turn YAML lines into file lines. */
  frontmatterLine: number;
}

const FRONTMATTER_RE = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

export function splitFrontmatter(text: string): SplitFile {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) return { frontmatter: undefined, body: text, frontmatterLine: 1 };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length), frontmatterLine: 2 };
}

/**
 * YAML with the core schema: `15:00` stays the text "15:00" (YAML 1.1 readers made it 900)
 * and dates stay text, so they are read as Vietnam time rather than UTC.
 */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

export function isYamlError(error: unknown): error is yaml.YAMLException {
  return error instanceof yaml.YAMLException;
}
