import fc from 'fast-check';

/**
 * Property tests replay one seed, so `npm test` gives the same answer on every machine and a
 * landing is never blocked by a case the change did not bring. `FC_SEED=<n>` replays another
 * seed (a failure prints its own); `FC_SEED=random` explores new cases each run.
 */
const seed = process.env.FC_SEED ?? '20261207';
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
