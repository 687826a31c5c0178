/** The benchmark's reading of a page's own JavaScript (scripts/bench/measure.ts). */
import { expect, test } from 'vitest';
import { staticImports } from '../../scripts/bench/measure.ts';

test('a script’s static imports count toward its page’s weight; modules it fetches only when needed do not', () => {
  const script = [
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/search-by-date.js","_astro/vn-fold.js"])))=>i.map(i=>d[i]);',
    'import{n as e,t}from"./vn-fold.CCmB-_pC.js";import"./side-effect.js";',
    'function f(){return import(`./search-by-date.DmLBD6wt.js`)}const s="import x from \'./not-code.js\'";',
    '}import{a}from"../up.js";',
  ].join('\n');
  expect(staticImports(script)).toEqual(['./vn-fold.CCmB-_pC.js', './side-effect.js', '../up.js']);
});
