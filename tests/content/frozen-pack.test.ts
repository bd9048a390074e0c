import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/pack-types';
import { diskEnv, loadPackFile, REPO_ROOT } from '../../scripts/lib/pack-disk';

/**
 * A loaded pack is immutable all the way down: the game and the saves share it, so no scene can
 * change a question, a picture or a skit node under another. The builder freezes the questions
 * as it makes them and the rest afterwards; this walks everything a pack holds.
 */

const env = diskEnv();
const VALID = resolve(import.meta.dirname, 'fixtures', 'valid');

/** Every object and array reachable from the pack, by its place; the files map is not entered. */
function unfrozenPlaces(value: unknown, place: string, out: string[]): string[] {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return out;
  if (!Object.isFrozen(value)) out.push(place);
  if (value instanceof Map) return out;
  for (const [key, child] of Object.entries(value)) unfrozenPlaces(child, `${place}.${key}`, out);
  return out;
}

async function load(file: string): Promise<Pack> {
  const result = await loadPackFile(file, env);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

const packs: [string, string][] = [
  ...readdirSync(VALID)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'))
    .map((name): [string, string] => [`valid/${name}`, resolve(VALID, name)]),
  ['the default pack', resolve(REPO_ROOT, 'assets/packs/default/pack.json')],
];

describe('a loaded pack is frozen all the way down', () => {
  it.each(packs)('%s', async (_name, file) => {
    const pack = await load(file);
    expect(unfrozenPlaces(pack, 'pack', [])).toEqual([]);
  });

  it('refuses every change to a question, its picture and its texts', async () => {
    const pack = await load(resolve(VALID, 'quiz-only.json'));
    const question = pack.quiz?.questions[0];
    if (!question) throw new Error('quiz-only.json has a question');
    const attempts: [string, () => void][] = [
      ['an answer', () => Object.assign(question, { answer: 'khác' })],
      ['a new field', () => Object.assign(question, { points: 1_000_000 })],
      ['the alternatives', () => (question.alternatives as string[]).push('khác')],
      ['the questions', () => (pack.quiz?.questions as unknown[]).pop()],
      ['a hint', () => Object.assign(question.hint as object, { vi: 'khác' })],
      ['the explanation', () => Object.assign(question.explanation as object, { en: 'other' })],
      ['the picture', () => Object.assign(question.picture, { kind: 'file' })],
      [
        'a row of the rebus',
        () => {
          if (question.picture.kind !== 'rebus') throw new TypeError('a rebus');
          (question.picture.rows[0] as unknown[]).pop();
        },
      ],
      ['the alt text', () => Object.assign(question.picture.alt as object, { vi: 'khác' })],
    ];
    for (const [what, change] of attempts) expect(change, what).toThrow(TypeError);
    expect(question.answer).toBe('lừa đảo');
    expect(question.picture.kind).toBe('rebus');
  });
});
