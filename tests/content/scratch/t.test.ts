import { deflateSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { unzipPack } from '../../../src/content/zip';
import { crc32, forgeZip, makeBombZip, storedEntry } from '../fixtures/zip/forge-zip.mjs';
const MIB = 1 << 20;
function loose(length: number) { const out = new Uint8Array(length); let seed = 1; for (let i = 0; i < length; i += 32) { seed = (seed * 1103515245 + 12345) >>> 0; out[i] = seed >>> 24; } return out; }
async function measure(label: string, bytes: Uint8Array) {
  const before = process.memoryUsage().arrayBuffers;
  let peak = before; let inflated = 0;
  const t = performance.now();
  const r = await unzipPack(bytes, { onProgress: (p) => { inflated = p.inflatedBytes; peak = Math.max(peak, process.memoryUsage().arrayBuffers); } });
  const ms = performance.now() - t;
  peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  console.log(label, bytes.length, 'ms', ms.toFixed(1), 'inflated', inflated, 'extraAB MB', ((peak - before) / MIB).toFixed(1), r.ok ? 'ok' : r.problems.map((p) => p.code + '@' + p.place).join(','));
}
it('t', async () => {
  const bomb = new Uint8Array(readFileSync(new URL('../fixtures/zip/bomb.zip', import.meta.url)));
  for (let i = 0; i < 3; i++) await measure('bomb fixture', bomb);
  await measure('bomb dd', makeBombZip({ dataDescriptor: true }));
  const content = loose(5 * MIB - 1024);
  const packed = deflateSync(content);
  const entries = [storedEntry('pack.json', new TextEncoder().encode('{}'))];
  for (let i = 0; i < 12; i++) entries.push({ name: `s/${i}.txt`, data: packed, method: 8, crc: crc32(content), size: content.length });
  await measure('60MiB deflated', forgeZip(entries));
  const rnd = new Uint8Array(19 * MIB); for (let i = 0; i < rnd.length; i++) rnd[i] = (i * 2654435761) >>> 13;
  const files: Record<string, Uint8Array> = { 'pack.json': new TextEncoder().encode('{}') };
  for (let i = 0; i < 4; i++) files[`p/${i}.bin.txt`] = rnd.subarray(i * 4 * MIB, (i + 1) * 4 * MIB);
  await measure('16MiB incompressible deflate', zipSync(files, { level: 6 }));
  await measure('16MiB stored', zipSync(files, { level: 0 }));
}, 120000);
