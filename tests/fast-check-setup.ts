import fc from 'fast-check';

/**
 * Property tests explore new cases on every local run (a failure prints its seed); in CI, and
 * whenever FC_SEED is set, they replay one seed, so a landing is never blocked by a case the
 * change did not bring. Run `FC_SEED=<seed> npx vitest run <file>` to replay a failure.
 */
const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261207' : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
