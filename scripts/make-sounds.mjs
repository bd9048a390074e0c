#!/usr/bin/env node
/**
 * Synthesises the game's sound effects and background music and writes them as MP3 files to
 * assets/audio/<key>.mp3, plus assets/audio/music-loop.json (where the seamless loop lies in
 * music.mp3). Run with `node scripts/make-sounds.mjs`.
 *
 * Deterministic: the only noise source is a seeded generator, one seed per sound, so running it
 * again produces the same bytes and changing one sound never changes another.
 *
 * Levels: every sound is scaled to a target short-term loudness (RMS over the loudest 300 ms),
 * capped by a peak ceiling, so short clicks and long chords sit together and the music stays
 * well below the effects.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';

const SAMPLE_RATE = 22050;
const NYQUIST = SAMPLE_RATE / 2;
const TAU = Math.PI * 2;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
const BUDGET_BYTES = 300 * 1024;
const EFFECT_KBPS = 40;
/** Standard MPEG-2 bitrates tried for the music, best first; the first that fits the budget wins. */
const MUSIC_KBPS_CHOICES = [48, 40, 32, 24];
/** Room kept free under the budget for sounds added later. */
const BUDGET_HEADROOM_BYTES = 40 * 1024;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** mulberry32: a small seeded generator returning floats in [0, 1). */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable seed per sound name, so each sound's noise is its own. */
function seedOf(name) {
  let hash = 2166136261;
  for (const ch of name) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return hash >>> 0;
}

const samples = (seconds) => Math.round(seconds * SAMPLE_RATE);
const track = (seconds) => new Float32Array(samples(seconds));
const midiToHz = (midi) => 440 * 2 ** ((midi - 69) / 12);
const dbToGain = (db) => 10 ** (db / 20);
const gainToDb = (gain) => (gain > 0 ? 20 * Math.log10(gain) : -Infinity);

/**
 * Adds one struck or held voice made of sine partials to `out`.
 * partials: [ratio to the fundamental, amplitude, decay multiplier, attack multiplier].
 * The envelope rises over `attack` s, decays exponentially with time constant `decay` s (times
 * the partial's multiplier) and is released linearly over the last `release` s of `length`.
 */
function addVoice(out, options) {
  const {
    at = 0,
    length,
    freq,
    partials = [[1, 1]],
    gain = 1,
    attack = 0.005,
    decay = Infinity,
    release = 0.02,
    pitchBend = 0,
    pitchBendTime = 0.03,
    vibratoHz = 0,
    vibratoDepth = 0,
    vibratoDelay = 0,
  } = options;
  const start = samples(at);
  const count = Math.min(samples(length), out.length - start);
  const releaseSamples = Math.max(1, samples(release));
  for (const [ratio, amp, decayMul = 1, attackMul = 1] of partials) {
    if (freq * ratio * (1 + Math.abs(pitchBend)) >= NYQUIST * 0.92) continue;
    const partialAttack = Math.max(1, samples(attack * attackMul));
    const partialDecay = decay * decayMul;
    let phase = 0;
    for (let i = 0; i < count; i += 1) {
      const t = i / SAMPLE_RATE;
      const vibrato =
        vibratoDepth > 0 && t > vibratoDelay
          ? vibratoDepth * Math.min(1, (t - vibratoDelay) / 0.2) * Math.sin(TAU * vibratoHz * t)
          : 0;
      const f = freq * ratio * (1 + pitchBend * Math.exp(-t / pitchBendTime)) * (1 + vibrato);
      phase += (TAU * f) / SAMPLE_RATE;
      let env = i < partialAttack ? Math.sin((Math.PI / 2) * (i / partialAttack)) : 1;
      if (Number.isFinite(partialDecay)) env *= Math.exp(-t / partialDecay);
      const left = count - i;
      if (left < releaseSamples) env *= left / releaseSamples;
      out[start + i] += gain * amp * env * Math.sin(phase);
    }
  }
}

/**
 * RBJ biquad filter; returns a per-sample function that keeps its own state. Its `tune(freq)`
 * moves the corner frequency without resetting that state, for sweeps.
 */
function biquad(type, freq, q = Math.SQRT1_2) {
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let a1 = 0;
  let a2 = 0;
  const tune = (f) => {
    const w = (TAU * Math.min(f, NYQUIST * 0.95)) / SAMPLE_RATE;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    if (type === 'lowpass') {
      b0 = (1 - cos) / 2 / a0;
      b1 = (1 - cos) / a0;
      b2 = b0;
    } else if (type === 'highpass') {
      b0 = (1 + cos) / 2 / a0;
      b1 = -(1 + cos) / a0;
      b2 = b0;
    } else {
      b0 = alpha / a0;
      b1 = 0;
      b2 = -alpha / a0;
    }
    a1 = (-2 * cos) / a0;
    a2 = (1 - alpha) / a0;
  };
  tune(freq);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  const step = (x) => {
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    return y;
  };
  step.tune = tune;
  return step;
}

function filterInPlace(buffer, type, freq, q) {
  const step = biquad(type, freq, q);
  for (let i = 0; i < buffer.length; i += 1) buffer[i] = step(buffer[i]);
  return buffer;
}

/** Adds a burst of filtered noise with an attack and an exponential decay. */
function addNoiseBurst(out, random, options) {
  const {
    at = 0,
    length,
    gain = 1,
    attack = 0.001,
    decay = 0.01,
    filters = [],
    release = 0.005,
  } = options;
  const steps = filters.map(([type, freq, q]) => biquad(type, freq, q));
  const start = samples(at);
  const count = Math.min(samples(length), out.length - start);
  const attackSamples = Math.max(1, samples(attack));
  const releaseSamples = Math.max(1, samples(release));
  for (let i = 0; i < count; i += 1) {
    let x = random() * 2 - 1;
    for (const step of steps) x = step(x);
    let env =
      i < attackSamples
        ? i / attackSamples
        : Math.exp(-(i - attackSamples) / (decay * SAMPLE_RATE));
    const left = count - i;
    if (left < releaseSamples) env *= left / releaseSamples;
    out[start + i] += gain * env * x;
  }
}

/**
 * A small Schroeder reverb (four damped combs, two all-passes) mixed in at `wet`.
 * With `circular`, the input is treated as one period of a loop, so the tail wraps around.
 */
function reverb(input, { wet = 0.2, size = 1, damping = 0.3, feedback = 0.78, circular = false }) {
  const combDelays = [557, 593, 641, 677].map((d) => Math.round(d * size));
  const allPassDelays = [113, 277];
  const periods = circular ? 3 : 1;
  const n = input.length;
  const wetOut = new Float32Array(n);
  const combs = combDelays.map((d) => ({ buf: new Float32Array(d), i: 0, low: 0 }));
  const passes = allPassDelays.map((d) => ({ buf: new Float32Array(d), i: 0 }));
  for (let p = 0; p < periods; p += 1) {
    for (let k = 0; k < n; k += 1) {
      const x = input[k] * 0.25;
      let sum = 0;
      for (const comb of combs) {
        const y = comb.buf[comb.i];
        comb.low = y * (1 - damping) + comb.low * damping;
        comb.buf[comb.i] = x + comb.low * feedback;
        comb.i = (comb.i + 1) % comb.buf.length;
        sum += y;
      }
      for (const pass of passes) {
        const delayed = pass.buf[pass.i];
        const y = -sum + delayed;
        pass.buf[pass.i] = sum + delayed * 0.5;
        pass.i = (pass.i + 1) % pass.buf.length;
        sum = y;
      }
      // Only the last period is kept: by then the loop's own tail has wrapped into its start.
      if (p === periods - 1) wetOut[k] = sum;
    }
  }
  const out = new Float32Array(n);
  for (let k = 0; k < n; k += 1) out[k] = input[k] * (1 - wet * 0.5) + wetOut[k] * wet;
  return out;
}

function fadeEdges(buffer, fadeIn = 0.002, fadeOut = 0.015) {
  const inSamples = Math.max(1, samples(fadeIn));
  const outSamples = Math.max(1, samples(fadeOut));
  for (let i = 0; i < inSamples && i < buffer.length; i += 1) buffer[i] *= i / inSamples;
  for (let i = 0; i < outSamples && i < buffer.length; i += 1) {
    buffer[buffer.length - 1 - i] *= i / outSamples;
  }
  return buffer;
}

function peakOf(buffer) {
  let peak = 0;
  for (const x of buffer) peak = Math.max(peak, Math.abs(x));
  return peak;
}

/**
 * RMS of the loudest 300 ms window (the whole sound when shorter), measured through a 250 Hz
 * high-pass: a short-term loudness as phone and laptop speakers, which play little bass, hear it.
 */
function loudnessOf(buffer) {
  const heard = filterInPlace(Float32Array.from(buffer), 'highpass', 250, Math.SQRT1_2);
  const windowSize = Math.min(heard.length, samples(0.3));
  const hop = samples(0.025);
  let best = 0;
  for (let start = 0; start + windowSize <= heard.length; start += hop) {
    let sum = 0;
    for (let i = start; i < start + windowSize; i += 1) sum += heard[i] * heard[i];
    best = Math.max(best, Math.sqrt(sum / windowSize));
  }
  return best;
}

/** Scales to `loudnessDb` short-term RMS unless that would push the peak over `peakDb`. */
function level(buffer, { loudnessDb, peakDb = -1 }) {
  const gain = Math.min(
    dbToGain(loudnessDb) / loudnessOf(buffer),
    dbToGain(peakDb) / peakOf(buffer),
  );
  for (let i = 0; i < buffer.length; i += 1) buffer[i] *= gain;
  return buffer;
}

function removeDc(buffer) {
  return filterInPlace(buffer, 'highpass', 40, Math.SQRT1_2);
}

// Partial sets: [ratio, amplitude, decay multiplier, attack multiplier].
const BELL = [
  [1, 1, 1],
  [2, 0.32, 0.6],
  [3, 0.1, 0.4],
  [4.2, 0.05, 0.25],
];
const SOFT_BELL = [
  [1, 1, 1],
  [2, 0.28, 0.55],
  [2.76, 0.12, 0.35],
  [5.4, 0.04, 0.2],
];
const WARM = [
  [1, 1],
  [2, 0.32],
  [3, 0.12],
  [4, 0.05],
];
/** Harmonics of a sawtooth, brighter partials swelling in later, as a brass note does. */
const BRASS = Array.from({ length: 10 }, (_, k) => [k + 1, 1 / (k + 1), 1, 1 + k * 0.6]);

// ---------------------------------------------------------------------------------------------
// The sounds. Each returns a Float32Array at SAMPLE_RATE before levelling.

function tap() {
  const out = track(0.07);
  addVoice(out, {
    length: 0.07,
    freq: 1400,
    partials: [
      [1, 1, 1],
      [2.3, 0.25, 0.5],
    ],
    attack: 0.0008,
    decay: 0.011,
    pitchBend: 0.35,
    pitchBendTime: 0.004,
  });
  return filterInPlace(out, 'lowpass', 4200);
}

function tile(random) {
  const out = track(0.13);
  addVoice(out, {
    length: 0.13,
    freq: 760,
    partials: [
      [1, 1, 1],
      [2.41, 0.55, 0.55],
      [4.05, 0.22, 0.35],
    ],
    attack: 0.0006,
    decay: 0.032,
    pitchBend: 0.06,
    pitchBendTime: 0.01,
  });
  addNoiseBurst(out, random, {
    length: 0.02,
    gain: 0.35,
    decay: 0.003,
    filters: [['bandpass', 2500, 1.2]],
  });
  return out;
}

function right() {
  const out = track(1.05);
  const notes = [84, 88, 91]; // C6, E6, G6
  notes.forEach((midi, i) => {
    const last = i === notes.length - 1;
    addVoice(out, {
      at: i * 0.085,
      length: 1.05 - i * 0.085,
      freq: midiToHz(midi),
      partials: BELL,
      attack: 0.002,
      decay: last ? 0.38 : 0.22,
      release: 0.2,
      gain: last ? 1 : 0.8,
    });
  });
  return reverb(out, { wet: 0.18, size: 0.8 });
}

function wrong() {
  const out = track(0.52);
  const buzzPartials = [
    [1, 1],
    [2, 0.4],
    [3, 0.3],
    [4, 0.14],
    [5, 0.1],
    [6, 0.05],
    [7, 0.035],
  ];
  [
    [0, 50], // D3
    [0.23, 49], // C-sharp 3
  ].forEach(([at, midi]) => {
    addVoice(out, {
      at,
      length: 0.2,
      freq: midiToHz(midi),
      partials: buzzPartials,
      attack: 0.018,
      decay: 0.35,
      release: 0.07,
      vibratoHz: 11,
      vibratoDepth: 0.006,
    });
  });
  return filterInPlace(out, 'lowpass', 1600, 0.6);
}

function reveal(random) {
  const length = 0.95;
  const out = track(length);
  // A whoosh: noise through a band-pass that sweeps up, swelling then fading.
  const sweepEnd = 0.7;
  const sweep = biquad('bandpass', 450, 1.1);
  for (let i = 0; i < samples(sweepEnd); i += 1) {
    const t = i / SAMPLE_RATE;
    if (i % 32 === 0) sweep.tune(450 * 9 ** Math.min(1, t / 0.55));
    const env = Math.sin(Math.PI * Math.min(1, t / sweepEnd)) ** 1.5;
    out[i] += 0.6 * env * sweep(random() * 2 - 1);
  }
  // Sparkles: quick high pings climbing a pentatonic scale.
  const sparkleNotes = [79, 81, 84, 86, 88, 91, 93, 96, 98];
  sparkleNotes.forEach((midi, i) => {
    const at = 0.1 + i * 0.06 + random() * 0.025;
    addVoice(out, {
      at,
      length: 0.3,
      freq: midiToHz(midi),
      partials: [
        [1, 1, 1],
        [2.76, 0.18, 0.4],
      ],
      attack: 0.001,
      decay: 0.07,
      release: 0.05,
      gain: 0.22 + 0.04 * random(),
    });
  });
  return reverb(out, { wet: 0.28 });
}

function hint() {
  const out = track(0.75);
  addVoice(out, {
    length: 0.75,
    freq: midiToHz(81), // A5
    partials: SOFT_BELL,
    attack: 0.004,
    decay: 0.3,
    release: 0.15,
  });
  return reverb(out, { wet: 0.2, size: 0.9 });
}

function tick(random) {
  const out = track(0.05);
  addVoice(out, {
    length: 0.05,
    freq: 2700,
    partials: [
      [1, 1, 1],
      [1.51, 0.35, 0.6],
    ],
    attack: 0.0005,
    decay: 0.006,
  });
  addNoiseBurst(out, random, {
    length: 0.012,
    gain: 0.5,
    decay: 0.0018,
    filters: [['highpass', 2500, 0.8]],
  });
  return out;
}

function timeUp(random) {
  const length = 2.4;
  const out = track(length);
  // Gong partials: inharmonic, each with a slightly detuned twin so they beat and shimmer.
  // The upper ones bloom in a little after the strike, as a gong's sound spreads upwards.
  const partials = [
    [1, 0.7, 1, 1],
    [1.47, 0.6, 0.8, 2],
    [2.03, 0.6, 0.65, 3],
    [2.46, 0.5, 0.55, 5],
    [2.97, 0.42, 0.45, 8],
    [3.56, 0.32, 0.38, 12],
    [4.23, 0.26, 0.3, 16],
    [5.11, 0.18, 0.24, 20],
    [6.18, 0.12, 0.2, 24],
    [7.43, 0.08, 0.16, 28],
    [8.94, 0.05, 0.13, 30],
    [10.7, 0.03, 0.1, 32],
  ];
  const withTwins = partials.flatMap(([ratio, amp, decayMul, attackMul]) => [
    [ratio, amp, decayMul, attackMul],
    [ratio * 1.0035, amp * 0.6, decayMul * 0.9, attackMul],
  ]);
  addVoice(out, {
    length,
    freq: midiToHz(48), // C3
    partials: withTwins,
    attack: 0.008,
    decay: 1.3,
    release: 0.5,
    pitchBend: 0.012,
    pitchBendTime: 0.15,
  });
  addNoiseBurst(out, random, {
    length: 0.08,
    gain: 0.35,
    attack: 0.002,
    decay: 0.02,
    filters: [['lowpass', 900, 0.7]],
  });
  return reverb(out, { wet: 0.22, size: 1.1 });
}

function buzz() {
  const length = 0.3;
  const out = track(length);
  // A bright dyad (C5 + G5) of band-limited sawtooths, slightly detuned for body.
  for (const [midi, detune] of [
    [72, 1],
    [72, 1.004],
    [79, 1],
  ]) {
    addVoice(out, {
      length,
      freq: midiToHz(midi) * detune,
      partials: BRASS.map(([ratio, amp]) => [ratio, amp]),
      attack: 0.004,
      decay: 0.9,
      release: 0.06,
      gain: midi === 79 ? 0.7 : 0.5,
    });
  }
  return filterInPlace(out, 'lowpass', 3800, 0.8);
}

function ending() {
  const length = 2.9;
  const out = track(length);
  const pad = (at, len, midis, gain, decay) => {
    for (const midi of midis) {
      for (const detune of [0.9985, 1.0015]) {
        addVoice(out, {
          at,
          length: len,
          freq: midiToHz(midi) * detune,
          partials: WARM,
          attack: 0.09,
          decay,
          release: Math.min(0.6, len * 0.45),
          gain,
        });
      }
    }
  };
  // G sus4 (G2 D3 G3 C4 F4) leaning into C major (C3 G3 C4 E4 G4 C5).
  pad(0, 0.72, [43, 50, 55, 60, 65], 0.22, 1.5);
  pad(0.6, length - 0.6, [48, 55, 60, 64, 67, 72], 0.22, 1.6);
  addVoice(out, {
    at: 0.6,
    length: 1.8,
    freq: midiToHz(88), // E6, a small bell on top of the resolution
    partials: SOFT_BELL,
    attack: 0.003,
    decay: 0.5,
    release: 0.4,
    gain: 0.18,
  });
  return reverb(filterInPlace(out, 'lowpass', 3200, 0.7), { wet: 0.3, size: 1.1 });
}

function applause(random) {
  const length = 3.6;
  const out = track(length);
  const clappers = 22;
  for (let c = 0; c < clappers; c += 1) {
    // Each clapper has their own hand "tone", pace, start and stop.
    const centre = 900 + random() * 1700;
    const q = 1.2 + random() * 1.6;
    const period = 0.19 + random() * 0.1;
    let t = random() * 0.35;
    const stop = 2.0 + random() * 1.45;
    const loudness = 0.5 + random() * 0.5;
    while (t < stop) {
      // The crowd swells in over 0.3 s and thins out as people stop.
      const swell = Math.min(1, t / 0.3);
      const tail = stop - t < 0.5 ? (stop - t) / 0.5 : 1;
      addNoiseBurst(out, random, {
        at: t,
        length: 0.05,
        gain: loudness * swell * (0.6 + 0.4 * tail) * (0.7 + random() * 0.3),
        attack: 0.0008,
        decay: 0.007 + random() * 0.006,
        filters: [
          ['bandpass', centre * (0.9 + random() * 0.2), q],
          ['highpass', 350, 0.7],
        ],
        release: 0.01,
      });
      t += period * (0.85 + random() * 0.3);
    }
  }
  // A soft wash under the claps, fading with them.
  addNoiseBurst(out, random, {
    length,
    gain: 0.05,
    attack: 0.3,
    decay: 1.6,
    filters: [
      ['lowpass', 2500, 0.7],
      ['highpass', 300, 0.7],
    ],
    release: 1,
  });
  return reverb(out, { wet: 0.25, size: 1.2, damping: 0.45 });
}

function celebrate(random) {
  const length = 2.3;
  const out = track(length);
  const brass = (at, len, midi, gain, decay = 0.6) =>
    addVoice(out, {
      at,
      length: len,
      freq: midiToHz(midi),
      partials: BRASS,
      attack: 0.012,
      decay,
      release: Math.min(0.35, len * 0.4),
      gain,
      vibratoHz: 5.5,
      vibratoDepth: len > 0.5 ? 0.0045 : 0,
      vibratoDelay: 0.25,
    });
  // Ta-ta-ta-taaa: C5 E5 G5, then a held C major chord.
  brass(0, 0.13, 72, 0.32, 0.3);
  brass(0.13, 0.13, 76, 0.32, 0.3);
  brass(0.26, 0.13, 79, 0.32, 0.3);
  for (const midi of [64, 67, 72, 76, 79, 84]) brass(0.4, 1.75, midi, 0.2, 0.9);
  // A timpani thump and a cymbal wash under the chord.
  addVoice(out, {
    at: 0.4,
    length: 0.9,
    freq: midiToHz(48),
    partials: [
      [1, 1, 1],
      [1.5, 0.35, 0.6],
      [2, 0.2, 0.4],
    ],
    attack: 0.002,
    decay: 0.28,
    release: 0.3,
    pitchBend: 0.08,
    pitchBendTime: 0.04,
    gain: 0.6,
  });
  addNoiseBurst(out, random, {
    at: 0.4,
    length: 1.6,
    gain: 0.12,
    attack: 0.004,
    decay: 0.45,
    filters: [
      ['highpass', 4500, 0.7],
      ['lowpass', 9000, 0.7],
    ],
    release: 0.3,
  });
  for (let i = 0; i < 6; i += 1) {
    addVoice(out, {
      at: 0.5 + i * 0.11 + random() * 0.03,
      length: 0.3,
      freq: midiToHz([91, 96, 93, 98, 96, 100][i]),
      partials: [[1, 1]],
      attack: 0.001,
      decay: 0.07,
      release: 0.05,
      gain: 0.08,
    });
  }
  return reverb(filterInPlace(out, 'lowpass', 5000, 0.7), { wet: 0.22 });
}

// Music: 8 bars of 4/4 at 96 bpm = exactly 20 s, so the loop is a whole number of samples.
const MUSIC_BPM = 96;
const MUSIC_BEATS = 32;
const BEAT = 60 / MUSIC_BPM;
const LOOP_SECONDS = MUSIC_BEATS * BEAT;
/** Audio before and after the loop, copied from its other end, so a decoder delay does no harm. */
const MUSIC_PAD_SECONDS = 0.25;

/**
 * A calm loop: a soft pad (C add9, A minor 7, F major 7, G sus) under a slow C-pentatonic
 * kalimba melody. It is rendered on a circle: anything that sounds past the end wraps to the
 * start, so the end flows into the beginning with no seam.
 */
function music(random) {
  const loopLength = samples(LOOP_SECONDS);
  const scratch = track(LOOP_SECONDS + 4);
  const chords = [
    [48, 55, 62, 64, 67], // C add9
    [45, 52, 60, 64, 67], // A minor 7
    [41, 48, 57, 60, 64], // F major 7
    [43, 50, 55, 60, 62], // G sus
  ];
  chords.forEach((chord, i) => {
    const at = i * 8 * BEAT;
    chord.forEach((midi, v) => {
      for (const detune of [0.997, 1.003]) {
        addVoice(scratch, {
          at,
          length: 8 * BEAT + 1.2,
          freq: midiToHz(midi) * detune,
          partials: [
            [1, 1],
            [2, 0.18],
            [3, 0.05],
          ],
          attack: 1.1,
          decay: 9,
          release: 1.6,
          gain: v === 0 ? 0.16 : 0.1,
          vibratoHz: 0.3 + 0.1 * v,
          vibratoDepth: 0.0015,
        });
      }
    });
  });
  // Melody in beats: [start beat, midi]. C pentatonic, mostly stepwise, with room to breathe.
  // prettier-ignore
  const melody = [
    [0, 76], [1.5, 79], [2, 81], [3, 79], [4, 76], [6, 74],
    [8, 72], [9.5, 74], [10, 76], [11, 79], [12, 76], [14, 72],
    [16, 69], [17.5, 72], [18, 74], [19, 76], [20, 74], [22, 72],
    [24, 74], [25.5, 76], [26, 79], [27, 81], [28, 79], [29, 76], [30, 74],
  ];
  for (const [beat, midi] of melody) {
    addVoice(scratch, {
      at: beat * BEAT + random() * 0.012,
      length: 1.8,
      freq: midiToHz(midi),
      partials: [
        [1, 1, 1],
        [2, 0.08, 0.5],
        [4.2, 0.1, 0.15],
      ],
      attack: 0.004,
      decay: 0.55,
      release: 0.4,
      gain: 0.32 * (0.9 + random() * 0.1),
    });
  }
  // Filter before folding: filtering then folding is filtering on the circle, with no seam.
  filterInPlace(removeDc(scratch), 'lowpass', 2600, 0.7);
  // Fold everything that rang past the end back onto the start.
  const loop = new Float32Array(loopLength);
  for (let i = 0; i < scratch.length; i += 1) loop[i % loopLength] += scratch[i];
  const wet = reverb(loop, {
    wet: 0.35,
    size: 1.3,
    circular: true,
  });
  const pad = samples(MUSIC_PAD_SECONDS);
  const out = new Float32Array(loopLength + 2 * pad);
  for (let j = 0; j < out.length; j += 1) out[j] = wet[(j - pad + loopLength) % loopLength];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Catalogue: key, synthesiser, target short-term loudness and peak ceiling (dBFS).

const SOUNDS = [
  { key: 'tap', make: tap, loudnessDb: -24, peakDb: -6 },
  { key: 'tile', make: tile, loudnessDb: -21, peakDb: -4 },
  { key: 'right', make: right, loudnessDb: -17 },
  { key: 'wrong', make: wrong, loudnessDb: -19 },
  { key: 'reveal', make: reveal, loudnessDb: -19 },
  { key: 'hint', make: hint, loudnessDb: -20 },
  { key: 'tick', make: tick, loudnessDb: -21, peakDb: -3 },
  { key: 'timeUp', make: timeUp, loudnessDb: -16 },
  { key: 'buzz', make: buzz, loudnessDb: -16 },
  { key: 'ending', make: ending, loudnessDb: -18 },
  { key: 'applause', make: applause, loudnessDb: -18 },
  { key: 'celebrate', make: celebrate, loudnessDb: -16 },
  { key: 'music', make: music, loudnessDb: -27, peakDb: -8, isMusic: true },
];

function toInt16(buffer) {
  const pcm = new Int16Array(buffer.length);
  for (let i = 0; i < buffer.length; i += 1) {
    pcm[i] = Math.round(Math.max(-1, Math.min(1, buffer[i])) * 32767);
  }
  return pcm;
}

function encodeMp3(buffer, kbps) {
  const encoder = new Mp3Encoder(1, SAMPLE_RATE, kbps);
  const pcm = toInt16(buffer);
  const chunks = [];
  const blockSize = 1152;
  for (let i = 0; i < pcm.length; i += blockSize) {
    const chunk = encoder.encodeBuffer(pcm.subarray(i, i + blockSize));
    if (chunk.length > 0) chunks.push(Uint8Array.from(chunk));
  }
  const tail = encoder.flush();
  if (tail.length > 0) chunks.push(Uint8Array.from(tail));
  return Buffer.concat(chunks);
}

function render({ key, make, loudnessDb, peakDb, isMusic = false }) {
  const random = seededRandom(seedOf(key));
  // The music removes its own DC on the circle; a filter here would break the loop's seam.
  // Its edges lie outside the loop and are never heard; they are faded anyway.
  const faded = isMusic ? fadeEdges(make(random), 0.02, 0.02) : fadeEdges(removeDc(make(random)));
  return level(faded, { loudnessDb, peakDb });
}

function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  const keys = new Set(SOUNDS.map((s) => s.key));
  for (const name of readdirSync(OUT_DIR)) {
    if (name.endsWith('.mp3') && !keys.has(name.slice(0, -4))) rmSync(join(OUT_DIR, name));
  }

  const rows = [];
  let effectBytes = 0;
  for (const sound of SOUNDS.filter((s) => !s.isMusic)) {
    const pcm = render(sound);
    const mp3 = encodeMp3(pcm, EFFECT_KBPS);
    writeFileSync(join(OUT_DIR, `${sound.key}.mp3`), mp3);
    effectBytes += mp3.length;
    rows.push({ sound, pcm, bytes: mp3.length, kbps: EFFECT_KBPS });
  }

  const musicSound = SOUNDS.find((s) => s.isMusic);
  const musicPcm = render(musicSound);
  const allowance = BUDGET_BYTES - BUDGET_HEADROOM_BYTES - effectBytes;
  let musicMp3;
  let musicKbps;
  for (const kbps of MUSIC_KBPS_CHOICES) {
    musicMp3 = encodeMp3(musicPcm, kbps);
    musicKbps = kbps;
    if (musicMp3.length <= allowance) break;
  }
  writeFileSync(join(OUT_DIR, 'music.mp3'), musicMp3);
  rows.push({ sound: musicSound, pcm: musicPcm, bytes: musicMp3.length, kbps: musicKbps });

  const loop = {
    startMs: Math.round(MUSIC_PAD_SECONDS * 1000),
    durationMs: Math.round(LOOP_SECONDS * 1000),
  };
  writeFileSync(join(OUT_DIR, 'music-loop.json'), `${JSON.stringify(loop, null, 2)}\n`);

  console.log('key        seconds   peak dBFS  loud dBFS  kbps     bytes');
  for (const { sound, pcm, bytes, kbps } of rows) {
    console.log(
      [
        sound.key.padEnd(10),
        (pcm.length / SAMPLE_RATE).toFixed(3).padStart(7),
        gainToDb(peakOf(pcm)).toFixed(1).padStart(11),
        gainToDb(loudnessOf(pcm)).toFixed(1).padStart(10),
        String(kbps).padStart(5),
        String(bytes).padStart(9),
      ].join(' '),
    );
  }
  const total = readdirSync(OUT_DIR).reduce(
    (sum, name) => sum + statSync(join(OUT_DIR, name)).size,
    0,
  );
  console.log(
    `music loop: ${loop.startMs} ms + ${loop.durationMs} ms; total of assets/audio: ${total} bytes (${(total / 1024).toFixed(1)} KiB of ${BUDGET_BYTES / 1024} KiB)`,
  );
  if (total > BUDGET_BYTES) {
    console.error('assets/audio is over its budget');
    process.exitCode = 1;
  }
}

main();
