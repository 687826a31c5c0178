import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/content-folder/load.ts';
import { makeContent } from '../helpers/content.ts';

const docs = path.resolve(import.meta.dirname, '../../docs/mau');

test('the templates staff copy from the staff guide are valid content', async () => {
  const dir = makeContent({
    'bulletins/2020-02-06.md': readFileSync(path.join(docs, 'ban-tin.md')),
    'directives/03-ct-ubnd.md': readFileSync(path.join(docs, 'van-ban.md')),
  });
  copyFileSync(path.resolve(import.meta.dirname, '../../content/directives/03-ct-ubnd.pdf'), path.join(dir, 'directives/03-ct-ubnd.pdf'));
  expect((await loadContent(dir, new Date('2020-02-07T00:00:00Z'))).findings).toEqual([]);
});
