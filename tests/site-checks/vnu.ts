/** The W3C Nu HTML Checker (vnu-jar) over a whole folder in one Java run. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

export interface HtmlMessage {
  file: string;
  line?: number;
  message: string;
  extract?: string;
}

/** Errors only (warnings are advice), for every .html file below `dir`. */
export function validateHtml(dir: string): HtmlMessage[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Java is needed for the HTML checker (apt-get install default-jre-headless): ${run.error.message}`);
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: m.url ? path.relative(dir, new URL(m.url).pathname) : '?',
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
}
