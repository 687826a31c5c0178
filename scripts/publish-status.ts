/**
 * Tells staff how the last publish went, through one issue of the repository (the code host
 * notifies whoever watches it). Run by the deploy workflow (docs/deploy.md):
 *
 *   node scripts/publish-status.ts failed --findings <file> [--step build|deploy]
 *       opens the issue "Chưa đăng được: …" with the check's findings (the file written by
 *       `npm run check -- --json-file <file>`), or updates the one already open
 *   node scripts/publish-status.ts succeeded
 *       closes it, with a comment saying when the site was published
 *
 * Needs GITHUB_REPOSITORY, GITHUB_TOKEN (issues: write) and GITHUB_API_URL, which GitHub
 * Actions sets. When the API refuses, it says why and exits 1: a failed run stays red.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, resolvePaths } from '../src/content-folder/paths.ts';
import {
  FAILURE_LABEL,
  FAILURE_MARKER,
  failureBody,
  failureTitle,
  parseReport,
  publishedComment,
  stillFailingComment,
  type PublishFailure,
} from '../src/domain/publish-failure.ts';

export interface GitHub {
  /** The REST API's root: https://api.github.com, or GITHUB_API_URL on GitHub Enterprise. */
  api: string;
  /** owner/name */
  repo: string;
  token: string;
}

interface Issue {
  number: number;
  title: string;
  body?: string | null;
  html_url: string;
  pull_request?: unknown;
}

class ApiError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** One call to the API; an answer other than 2xx is an ApiError naming the call and GitHub's message. */
export async function call<T>(gh: GitHub, method: string, route: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${gh.api.replace(/\/$/, '')}/repos/${gh.repo}${route}`, {
      method,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${gh.token}`,
        'Content-Type': 'application/json',
        'User-Agent': 'sukien-publish-status',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    throw new Error(`không kết nối được tới ${gh.api} (${method} ${route}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause: error,
    });
  }
  const text = await res.text();
  if (!res.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      // not JSON: GitHub's message is the text itself
    }
    throw new ApiError(res.status, `GitHub trả lời ${res.status} cho ${method} ${route}: ${message}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The open issues this script keeps: those with the label whose body has the marker (people may use the label too). */
async function openIssues(gh: GitHub): Promise<Issue[]> {
  const list = await call<Issue[]>(gh, 'GET', `/issues?labels=${encodeURIComponent(FAILURE_LABEL)}&state=open&per_page=100`);
  return list.filter((issue) => !issue.pull_request && issue.body?.includes(FAILURE_MARKER));
}

/** The label, made the first time (GitHub answers 422 when it exists). */
async function ensureLabel(gh: GitHub): Promise<void> {
  try {
    await call(gh, 'POST', '/labels', { name: FAILURE_LABEL, color: 'b60205', description: 'Lần đăng trang gần nhất chưa thành công' });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 422)) throw error;
  }
}

/**
 * Opens the issue, or updates the one open (title and body; a comment too when the failure
 * changed, so that watchers hear of it, but not at every scheduled run that fails alike).
 */
export async function reportFailure(gh: GitHub, failure: PublishFailure): Promise<string> {
  const title = failureTitle(failure);
  const body = failureBody(failure);
  const [open] = await openIssues(gh);
  if (!open) {
    await ensureLabel(gh);
    const created = await call<Issue>(gh, 'POST', '/issues', { title, body, labels: [FAILURE_LABEL] });
    return `Đã mở issue #${created.number} "${title}": ${created.html_url}`;
  }
  await call(gh, 'PATCH', `/issues/${open.number}`, { title, body });
  if (open.title !== title) await call(gh, 'POST', `/issues/${open.number}/comments`, { body: stillFailingComment(failure) });
  return `Đã cập nhật issue #${open.number} "${title}": ${open.html_url}`;
}

/** Closes the open issue (every one, should there be two), each with a comment saying when the site was published. */
export async function reportSuccess(gh: GitHub, at: Date, runUrl: string): Promise<string> {
  const open = await openIssues(gh);
  for (const issue of open) {
    await call(gh, 'POST', `/issues/${issue.number}/comments`, { body: publishedComment(at, runUrl) });
    await call(gh, 'PATCH', `/issues/${issue.number}`, { state: 'closed', state_reason: 'completed' });
  }
  return open.length > 0 ? `Đã đóng issue ${open.map((i) => `#${i.number}`).join(', ')}.` : 'Không có issue "Chưa đăng được" nào đang mở.';
}

/** The address of this run, from what GitHub Actions sets. */
function runUrl(env: NodeJS.ProcessEnv): string {
  return `${env.GITHUB_SERVER_URL?.trim() || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function fail(message: string): never {
  // In GitHub Actions, an annotation: the message shows on the run's page, not only in the log.
  console.error(process.env.GITHUB_ACTIONS === 'true' ? `::error::${message}` : `Lỗi: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { findings: { type: 'string' }, step: { type: 'string', default: 'build' } },
  });
  const [outcome] = positionals;
  if (outcome !== 'failed' && outcome !== 'succeeded') fail('cách dùng: publish-status.ts failed --findings <tệp> | succeeded');
  if (values.step !== 'build' && values.step !== 'deploy') fail(`--step cần build hoặc deploy, nhận được "${values.step}"`);
  const { GITHUB_REPOSITORY: repo, GITHUB_TOKEN: token } = process.env;
  if (!repo || !token) fail('cần GITHUB_REPOSITORY và GITHUB_TOKEN (GitHub Actions đặt sẵn; xem docs/deploy.md)');
  const gh: GitHub = { api: process.env.GITHUB_API_URL?.trim() || 'https://api.github.com', repo, token };

  try {
    if (outcome === 'succeeded') {
      console.log(await reportSuccess(gh, new Date(), runUrl(process.env)));
      return;
    }
    const file = values.findings;
    const failure: PublishFailure = {
      report: file && existsSync(file) ? parseReport(readFileSync(file, 'utf8')) : undefined,
      step: values.step,
      runUrl: runUrl(process.env),
      at: new Date(),
      contentFolder: path.relative(PROJECT_ROOT, resolvePaths().contentDir).split(path.sep).join('/'),
    };
    console.log(await reportFailure(gh, failure));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    fail(
      outcome === 'succeeded'
        ? `trang đã đăng, nhưng không đóng được issue "Chưa đăng được": ${why}`
        : `lần đăng này chưa thành công (xem lỗi ở các bước trước), và không báo được lên issue "Chưa đăng được": ${why}`,
    );
  }
}

if (import.meta.main) await main();
