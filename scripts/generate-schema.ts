import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACK_JSON_SCHEMA_PATH, packJsonSchemaText } from './lib/pack-json-schema';

/** Writes schema/pack.schema.json from the pack schema: `npm run schema`. */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = resolve(root, PACK_JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, packJsonSchemaText());
console.log(`Wrote ${PACK_JSON_SCHEMA_PATH}`);
