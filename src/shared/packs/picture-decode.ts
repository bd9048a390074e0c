import type { Pack, PackFile } from '../../content/pack-types';
import { packError, type PackProblem } from '../../content/problems';

/**
 * Every picture of an opened pack is decoded by the browser itself before the pack is taken:
 * a picture the checks in src/content pass but the browser cannot show (a damaged PNG, an SVG
 * that is not XML the browser reads, an SVG outside the SVG namespace) would otherwise be an
 * empty box in front of the room. `pack:check` has no browser, so this is the game's own last
 * step after the one validator; it names each broken file.
 */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** As long as a picture may take to draw in the game (picture-view.ts). */
const DECODE_TIMEOUT_MS = 8000;
/** Pictures decoded at once: enough to keep the decoder busy, few enough for a cheap phone. */
const AT_ONCE = 4;

type Fault = 'svg-syntax' | 'svg-root' | 'no-decode' | 'too-slow';

const REASONS: Readonly<Record<Fault, { vi: string; en: string }>> = {
  'svg-syntax': {
    vi: 'tệp SVG viết sai cú pháp XML (thẻ chưa đóng, ký hiệu "&…;" lạ hoặc thuộc tính viết hai lần)',
    en: 'the SVG is not well-formed XML (a tag left open, an unknown "&…;" entity or an attribute written twice)',
  },
  'svg-root': {
    vi: 'phần tử ngoài cùng phải là <svg xmlns="http://www.w3.org/2000/svg">',
    en: 'the outermost element must be <svg xmlns="http://www.w3.org/2000/svg">',
  },
  'no-decode': {
    vi: 'trình duyệt không đọc được ảnh này (tệp hỏng, bị cắt dở hoặc không có kích thước)',
    en: 'the browser cannot read this picture (the file is damaged, cut short or has no size)',
  },
  'too-slow': {
    vi: `trình duyệt không vẽ xong ảnh này trong ${DECODE_TIMEOUT_MS / 1000} giây`,
    en: `the browser could not draw this picture within ${DECODE_TIMEOUT_MS / 1000} seconds`,
  },
};

function brokenPicture(path: string, fault: Fault): PackProblem {
  const reason = REASONS[fault];
  return packError(
    'picture-broken',
    path,
    `Ảnh "${path}" không hiện được: ${reason.vi}. Hãy mở ảnh bằng một trình xem ảnh hoặc trình vẽ, lưu lại thành tệp mới rồi mở gói lại.`,
    `The picture "${path}" cannot be shown: ${reason.en}. Open it in a picture viewer or drawing program, save it as a new file, then open the pack again.`,
  );
}

/** What the browser's own XML reader finds wrong with an SVG's text, if anything. */
function svgFault(bytes: Uint8Array): Fault | null {
  const text = new TextDecoder().decode(bytes);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return 'svg-syntax';
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) return 'svg-root';
  return null;
}

/** Decodes the picture as an <img> would; a picture with no size cannot be drawn either. */
async function decodeFault(file: PackFile & { kind: 'bytes' }): Promise<Fault | null> {
  const url = URL.createObjectURL(
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }),
  );
  const img = new Image();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Fault>((resolve) => {
    timer = setTimeout(() => {
      resolve('too-slow');
    }, DECODE_TIMEOUT_MS);
  });
  img.src = url;
  const decoded = img.decode().then(
    (): Fault | null => (img.naturalWidth > 0 && img.naturalHeight > 0 ? null : 'no-decode'),
    (): Fault => 'no-decode',
  );
  try {
    return await Promise.race([decoded, late]);
  } finally {
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  }
}

async function pictureFault(file: PackFile & { kind: 'bytes' }): Promise<Fault | null> {
  if (file.mime === 'image/svg+xml') {
    const fault = svgFault(file.bytes);
    if (fault) return fault;
  }
  return decodeFault(file);
}

/** The problems of the pack's pictures (held as bytes) that the browser cannot show, by path. */
export async function brokenPictures(pack: Pack): Promise<PackProblem[]> {
  const pictures = [...pack.files].filter(
    (entry): entry is [string, PackFile & { kind: 'bytes' }] =>
      entry[1].kind === 'bytes' && entry[1].mime.startsWith('image/'),
  );
  const faults = new Map<string, Fault>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pictures.length) {
      const entry = pictures[next++];
      if (!entry) return;
      const fault = await pictureFault(entry[1]);
      if (fault) faults.set(entry[0], fault);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  // In the pack's own order, whichever finished first.
  return pictures.flatMap(([path]) => {
    const fault = faults.get(path);
    return fault ? [brokenPicture(path, fault)] : [];
  });
}
