/** The limits a pack must stay within. They protect a cheap phone from a hostile or broken file. */
export const PACK_LIMITS = {
  /** Any file handed to the loader (a .json or a .zip). */
  maxFileBytes: 20 * 1024 * 1024,
  /** The pack's JSON text. */
  maxJsonBytes: 2 * 1024 * 1024,
  /** Nesting of arrays and objects in the JSON. */
  maxDepth: 32,
  maxZipEntries: 500,
  maxZipEntryBytes: 5 * 1024 * 1024,
  maxZipTotalBytes: 64 * 1024 * 1024,
  /** Unpacked size divided by packed size, for the whole zip and for each entry. */
  maxZipRatio: 100,
  maxQuestions: 2000,
  maxSkitNodes: 2000,
  /** A text field's length in characters. */
  maxTextLength: 2000,
  /** Letters an answer may have and still fit the phone layout (a warning, not an error). */
  phoneAnswerLetters: 18,
  phoneWordLetters: 9,
  maxRebusRows: 3,
  maxRebusTokensPerRow: 7,
  maxRebusTextLength: 10,
  /** Cells a row of a CSV question sheet may have, and cells in the whole sheet. */
  maxCsvColumns: 100,
  maxCsvCells: 100_000,
  /** Elements an SVG may hold, and how deep they may nest. */
  maxSvgElements: 10_000,
  maxSvgDepth: 100,
  /** Elements an SVG draws once every <use> and url(#…) is expanded, and how deep those nest. */
  maxSvgExpandedElements: 20_000,
  maxSvgUseDepth: 8,
} as const;

/** File types a pack may carry, by extension, with the MIME type the game serves them as. */
export const ALLOWED_FILE_TYPES = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  json: 'application/json',
  txt: 'text/plain',
  md: 'text/markdown',
} as const;

export type AllowedExtension = keyof typeof ALLOWED_FILE_TYPES;

export const PICTURE_EXTENSIONS: readonly AllowedExtension[] = [
  'png',
  'jpg',
  'jpeg',
  'webp',
  'svg',
];

/**
 * The file types the game's file picker offers: a pack's JSON, a zip, a CSV or .xlsx question sheet.
 * Here rather than beside the loader, so the menu can offer the picker without its code.
 */
export const PACK_FILE_ACCEPT =
  '.json,.zip,.csv,.xlsx,application/json,application/zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
