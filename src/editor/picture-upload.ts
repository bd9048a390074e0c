import { checkPackFile, fileExtension } from '../content/file-checks';
import { ALLOWED_FILE_TYPES, PICTURE_EXTENSIONS, type AllowedExtension } from '../content/limits';
import { packError, type PackProblem } from '../content/problems';
import { slug } from './draft';

/**
 * An uploaded picture, as a pack may carry it: checked with the same checks as a picture in a
 * zip pack (its bytes are what its name says; an SVG cannot run code or fetch anything), and a
 * photo larger than MAX_SIDE pixels on a side scaled down, so that the pack stays small on a
 * cheap phone.
 */

export const MAX_SIDE = 800;
/** A picture under this many bytes is kept as it is, whatever its size in pixels. */
const SMALL_BYTES = 150 * 1024;

export type Upload =
  | {
      readonly ok: true;
      readonly path: string;
      readonly mime: string;
      readonly bytes: Uint8Array;
      readonly scaledTo?: { readonly width: number; readonly height: number };
    }
  | { readonly ok: false; readonly problems: readonly PackProblem[] };

async function scaleDown(
  bytes: Uint8Array<ArrayBuffer>,
  mime: string,
): Promise<{ bytes: Uint8Array; width: number; height: number } | null> {
  const bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && bytes.length <= SMALL_BYTES) {
    bitmap.close();
    return null;
  }
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/webp', 0.85);
  });
  // A browser without a WebP encoder gives PNG (or nothing): keep the original then.
  if (blob?.type !== 'image/webp') return null;
  return { bytes: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/** Checks an uploaded file and makes it a pack picture at `pictures/<name>`. */
export async function preparePicture(file: File, taken: ReadonlySet<string>): Promise<Upload> {
  const ext = fileExtension(file.name);
  const base = slug(file.name.replace(/\.[^.]*$/, ''), 40) || 'hinh';
  const original = new Uint8Array(await file.arrayBuffer());
  const name = `pictures/${base}.${ext}`;
  if (!PICTURE_EXTENSIONS.includes(ext as AllowedExtension)) {
    return {
      ok: false,
      problems: [
        packError(
          'editor-not-a-picture',
          file.name,
          `"${file.name}" không phải tệp hình SVG, PNG, JPEG hay WebP.`,
          `"${file.name}" is not an SVG, PNG, JPEG or WebP picture.`,
        ),
      ],
    };
  }
  const problems = checkPackFile(name, original);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  let bytes: Uint8Array = original;
  let finalExt = ext;
  let scaledTo: { width: number; height: number } | undefined;
  if (ext !== 'svg') {
    const scaled = await scaleDown(original, file.type || 'image/png').catch(() => null);
    if (scaled) {
      bytes = scaled.bytes;
      finalExt = 'webp';
      scaledTo = { width: scaled.width, height: scaled.height };
    }
  }
  let path = `pictures/${base}.${finalExt}`;
  for (let n = 2; taken.has(path); n++) path = `pictures/${base}-${n}.${finalExt}`;
  const mime = ALLOWED_FILE_TYPES[finalExt as AllowedExtension];
  return { ok: true, path, mime, bytes, ...(scaledTo ? { scaledTo } : {}) };
}
