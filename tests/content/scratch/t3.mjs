import { inflateSync } from 'fflate';
import { deflatedZeros } from '../fixtures/zip/forge-zip.mjs';
for (const n of [0, 5, 900*1024, 1<<20, (1<<20)+7, 3*(1<<20)+11, 200*(1<<20)]) {
  let t=Date.now(); const s = deflatedZeros(n); const bt=Date.now()-t;
  const inf = inflateSync(s);
  console.log(n, s.length, bt+'ms', inf.length === n && inf.every(x => x === 0));
}
