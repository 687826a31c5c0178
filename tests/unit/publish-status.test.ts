/**
 * scripts/publish-status.ts against a real HTTP server on loopback that answers like GitHub's
 * REST API (issues listed by label and state, newest first; labels, issues, comments), and
 * records every request.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { FAILURE_LABEL, FAILURE_MARKER, type PublishFailure } from '../../src/domain/publish-failure.ts';
import { reportFailure, reportSuccess, type GitHub } from '../../scripts/publish-status.ts';

const REPO = 'so-tttt/sukien';
const TOKEN = 'token-of-the-run';
const at = new Date('2020-02-06T08:05:00Z'); // 15h05 in Vietnam
const runUrl = 'https://github.com/so-tttt/sukien/actions/runs/7';

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: string[];
  comments: string[];
  pull_request?: true;
}
interface Request {
  method: string;
  path: string;
  body?: Record<string, unknown>;
}

/** A GitHub that keeps its issues in memory. `refuse` answers 403 to the calls it matches, as GitHub does without the permission. */
async function fakeGitHub({ refuse = (_r: Request): boolean => false } = {}) {
  const issues: FakeIssue[] = [];
  const labels = new Set<string>();
  const requests: Request[] = [];
  const view = (i: FakeIssue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    html_url: `https://github.com/${REPO}/issues/${i.number}`,
    ...(i.pull_request ? { pull_request: { url: '…' } } : {}),
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: Request = {
        method: req.method ?? '',
        path: url.pathname + url.search,
        body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      };
      requests.push(request);
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      };
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      if (refuse(request)) return send(403, { message: 'Resource not accessible by integration' });
      const route = url.pathname.replace(`/repos/${REPO}`, '');
      const body = request.body ?? {};
      const one = /^\/issues\/(\d+)(\/comments)?$/.exec(route);
      const issue = one ? issues.find((i) => i.number === Number(one[1])) : undefined;
      if (req.method === 'GET' && route === '/issues') {
        const state = url.searchParams.get('state') ?? 'open';
        const wanted = url.searchParams.get('labels')?.split(',') ?? [];
        const list = issues.filter((i) => (state === 'all' || i.state === state) && wanted.every((l) => i.labels.includes(l)));
        return send(200, list.reverse().map(view));
      }
      if (req.method === 'POST' && route === '/labels') {
        if (labels.has(String(body.name))) return send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
        labels.add(String(body.name));
        return send(201, body);
      }
      if (req.method === 'POST' && route === '/issues') {
        const created: FakeIssue = {
          number: issues.length + 1,
          title: String(body.title),
          body: String(body.body),
          state: 'open',
          labels: (body.labels as string[]).filter((l) => labels.has(l)),
          comments: [],
        };
        issues.push(created);
        return send(201, view(created));
      }
      if (issue && req.method === 'PATCH' && !one![2]) {
        Object.assign(issue, body);
        return send(200, view(issue));
      }
      if (issue && req.method === 'POST' && one![2]) {
        issue.comments.push(String(body.body));
        return send(201, { id: issue.comments.length, body: body.body });
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const gh: GitHub = { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: REPO, token: TOKEN };
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // fetch keeps connections open for the next call
    });
  servers.push(close);
  /** An issue someone opened before the run. */
  const seed = (over: Partial<FakeIssue>) =>
    issues.push({ number: issues.length + 1, title: '', body: '', state: 'open', labels: [], comments: [], ...over });
  const writes = () => requests.filter((r) => r.method !== 'GET');
  return { gh, issues, labels, requests, writes, seed, close };
}

const servers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

const failure = (errors: number, over: Partial<PublishFailure> = {}): PublishFailure => ({
  report: {
    errors,
    findings: Array.from({ length: errors }, (_, i) => ({
      severity: 'error' as const,
      file: 'bulletins/2020-02-06.md',
      line: i + 2,
      field: 'stats.confirmed',
      message: 'cần số nguyên không âm',
    })),
  },
  step: 'build',
  runUrl,
  at,
  contentFolder: 'content',
  ...over,
});

describe('a failed publish', () => {
  test('with no issue open, opens one with the label, the title and the findings', async () => {
    const github = await fakeGitHub();
    const said = await reportFailure(github.gh, failure(3));
    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(issue).toMatchObject({ number: 1, state: 'open', title: 'Chưa đăng được: 3 lỗi trong nội dung', labels: [FAILURE_LABEL] });
    expect(issue!.body.startsWith(FAILURE_MARKER)).toBe(true);
    expect(issue!.body).toContain('dòng 4, trường "stats.confirmed" (Ca mắc tích lũy): cần số nguyên không âm');
    expect(github.requests[0]!.path).toBe(`/repos/${REPO}/issues?labels=${FAILURE_LABEL}&state=open&per_page=100`);
    expect(said).toBe(`Đã mở issue #1 "Chưa đăng được: 3 lỗi trong nội dung": https://github.com/${REPO}/issues/1`);
  });

  test('with one open, updates it rather than opening a second, and comments only when the failure changed', async () => {
    const github = await fakeGitHub();
    await reportFailure(github.gh, failure(3));
    await reportFailure(github.gh, failure(1, { at: new Date('2020-02-06T08:20:00Z') }));
    expect(github.issues).toHaveLength(1);
    const [issue] = github.issues;
    expect(issue!.title).toBe('Chưa đăng được: 1 lỗi trong nội dung');
    expect(issue!.body).toContain('lúc **15h20 ngày 06/02/2020**');
    expect(issue!.comments).toEqual([
      `Lần đăng lúc 15h20 ngày 06/02/2020 (giờ Việt Nam) vẫn chưa được: 1 lỗi trong nội dung. Nội dung issue ở trên đã được cập nhật. Chi tiết: ${runUrl}`,
    ]);

    // The next scheduled run fails alike: the body is brought up to date, nobody is notified again.
    await reportFailure(github.gh, failure(1, { at: new Date('2020-02-06T08:35:00Z') }));
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]!.comments).toHaveLength(1);
    expect(github.issues[0]!.body).toContain('15h35');
    expect(github.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/issues'))).toHaveLength(1);
  });

  test('leaves alone issues that are not its own: a person’s issue with the label, a pull request, a closed one', async () => {
    const github = await fakeGitHub();
    github.seed({ title: 'Trang chậm', body: 'Nhờ xem giúp', labels: [FAILURE_LABEL] });
    github.seed({ title: 'PR', body: FAILURE_MARKER, labels: [FAILURE_LABEL], pull_request: true });
    github.seed({ title: 'Chưa đăng được: cũ', body: FAILURE_MARKER, labels: [FAILURE_LABEL], state: 'closed' });
    github.seed({ title: 'Không có nhãn', body: FAILURE_MARKER });
    await reportFailure(github.gh, failure(2));
    expect(github.issues).toHaveLength(5);
    expect(github.issues.slice(0, 4).map((i) => [i.title, i.state, i.comments.length])).toEqual([
      ['Trang chậm', 'open', 0],
      ['PR', 'open', 0],
      ['Chưa đăng được: cũ', 'closed', 0],
      ['Không có nhãn', 'open', 0],
    ]);
    expect(github.issues[4]!.title).toBe('Chưa đăng được: 2 lỗi trong nội dung');
  });

  test('after a success, the next failure opens a new issue (the label is there already)', async () => {
    const github = await fakeGitHub();
    await reportFailure(github.gh, failure(1));
    await reportSuccess(github.gh, at, runUrl);
    await reportFailure(github.gh, failure(0, { step: 'deploy' }));
    expect(github.issues.map((i) => [i.title, i.state])).toEqual([
      ['Chưa đăng được: 1 lỗi trong nội dung', 'closed'],
      ['Chưa đăng được: lỗi khi đưa trang lên máy chủ', 'open'],
    ]);
  });
});

describe('a successful publish', () => {
  test('comments with the time it was published, then closes the open issue', async () => {
    const github = await fakeGitHub();
    await reportFailure(github.gh, failure(3));
    const said = await reportSuccess(github.gh, new Date('2020-02-06T09:00:00Z'), runUrl);
    const [issue] = github.issues;
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue!.comments).toEqual([
      `Đã đăng được lúc 16h00 ngày 06/02/2020 (giờ Việt Nam). Trang đã hiển thị nội dung mới. Chi tiết: ${runUrl}`,
    ]);
    expect(
      github
        .writes()
        .slice(-2)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual([`POST /repos/${REPO}/issues/1/comments`, `PATCH /repos/${REPO}/issues/1`]);
    expect(said).toBe('Đã đóng issue #1.');
  });

  test('with no issue open, only looks, and writes nothing', async () => {
    const github = await fakeGitHub();
    github.seed({ title: 'Trang chậm', body: 'Nhờ xem giúp', labels: [FAILURE_LABEL] });
    github.seed({ title: 'Chưa đăng được: cũ', body: FAILURE_MARKER, labels: [FAILURE_LABEL], state: 'closed' });
    const said = await reportSuccess(github.gh, at, runUrl);
    expect(github.requests.map((r) => r.method)).toEqual(['GET']);
    expect(github.issues.map((i) => [i.state, i.comments.length])).toEqual([
      ['open', 0],
      ['closed', 0],
    ]);
    expect(said).toBe('Không có issue "Chưa đăng được" nào đang mở.');
  });
});

describe('when GitHub refuses or cannot be reached', () => {
  test('the error says which call and what GitHub answered', async () => {
    const github = await fakeGitHub({ refuse: (r) => r.method === 'POST' && r.path.endsWith('/issues') });
    await expect(reportFailure(github.gh, failure(3))).rejects.toThrow(
      `GitHub trả lời 403 cho POST /issues: Resource not accessible by integration`,
    );
    expect(github.issues).toHaveLength(0);
  });

  test('a wrong token is refused the same way', async () => {
    const github = await fakeGitHub();
    await expect(reportSuccess({ ...github.gh, token: 'other' }, at, runUrl)).rejects.toThrow(
      /^GitHub trả lời 401 cho GET \/issues\?.*: Bad credentials$/,
    );
  });

  test('an address that does not answer is named', async () => {
    const github = await fakeGitHub();
    await github.close();
    await expect(reportSuccess(github.gh, at, runUrl)).rejects.toThrow(`không kết nối được tới ${github.gh.api} (GET /issues?`);
  });
});
