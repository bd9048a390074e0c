import { encode } from 'uqr';

/**
 * Draws `url` as a QR code on `canvas`, about `size` pixels wide, black on white. Loaded when a
 * QR code is first shown (the encoder is not needed before).
 */
export function drawQr(
  canvas: HTMLCanvasElement,
  url: string,
  size: number,
  minScale: number,
): void {
  const qr = encode(url, { ecc: 'M', border: 2 });
  const scale = Math.max(minScale, Math.floor(size / qr.size));
  canvas.width = qr.size * scale;
  canvas.height = qr.size * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) ctx.fillRect(x * scale, y * scale, scale, scale);
    });
  });
}
