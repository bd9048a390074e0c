import { describe, expect, it } from 'vitest';
import { base64DataUrl } from '../../../src/shared/ui/data-url';

describe('data URLs for the picture loader', () => {
  it('rewrites a URL-encoded SVG as base64 that decodes to the same text', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Đuổi hình</title></svg>';
    const url = base64DataUrl(`data:image/svg+xml,${encodeURIComponent(svg)}`);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const bytes = Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });

  it('leaves base64 data, blob and http URLs alone', () => {
    for (const url of [
      'data:image/png;base64,iVBORw0KGgo=',
      'blob:http://127.0.0.1/1234',
      './assets/cafe-abc.svg',
    ]) {
      expect(base64DataUrl(url)).toBe(url);
    }
  });
});
