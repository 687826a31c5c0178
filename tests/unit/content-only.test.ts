/** The pull-request workflow's decision to skip the test suite (scripts/content-only.ts). */
import { expect, test } from 'vitest';
import { isContentOnly } from '../../scripts/content-only.ts';

test('a pull request that changes only files of the content folder is content only', () => {
  expect(isContentOnly(['content/bulletins/2020-02-06.md', 'content/directives/03-ct-ubnd.pdf'])).toBe(true);
});

test('one changed file outside the content folder is enough to run the tests', () => {
  expect(isContentOnly(['content/bulletins/2020-02-06.md', 'src/domain/figures.ts'])).toBe(false);
  expect(isContentOnly(['content/site.yaml', 'package-lock.json'])).toBe(false);
  expect(isContentOnly(['content/site.yaml', '.github/workflows/check.yml'])).toBe(false);
});

test('deleted and renamed files count, at both paths of a rename', () => {
  // `git diff --name-only --no-renames` lists a deleted file, and a renamed one as deleted and added.
  expect(isContentOnly(['src/lib/feeds.ts'])).toBe(false);
  expect(isContentOnly(['content/news/cu.md', 'content/news/moi.md'])).toBe(true);
  expect(isContentOnly(['tests/fixtures/minimal/site.yaml', 'content/site.yaml'])).toBe(false);
});

test('a folder whose name only begins like the content folder is not it', () => {
  expect(isContentOnly(['content-old/site.yaml'])).toBe(false);
  expect(isContentOnly(['contents/site.yaml'])).toBe(false);
  expect(isContentOnly(['content'])).toBe(false);
});

test('no change at all runs everything', () => {
  expect(isContentOnly([])).toBe(false);
});

test('another content folder (CONTENT_DIR), however it is written', () => {
  expect(isContentOnly(['noi-dung/hotlines.yaml'], 'noi-dung')).toBe(true);
  expect(isContentOnly(['noi-dung/hotlines.yaml'], './noi-dung/')).toBe(true);
  expect(isContentOnly(['content/site.yaml'], 'noi-dung')).toBe(false);
  expect(isContentOnly(['site.yaml'], '.')).toBe(false); // the whole repository is never "only content"
  expect(isContentOnly(['content/site.yaml'], '../elsewhere')).toBe(false);
});

test('site.yaml runs everything: it also says where the editor signs in and saves', () => {
  expect(isContentOnly(['content/site.yaml'])).toBe(false);
  expect(isContentOnly(['content/hotlines.yaml'])).toBe(true);
});
