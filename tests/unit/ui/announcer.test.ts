import { describe, expect, it } from 'vitest';
import { tidySpeech } from '../../../src/shared/ui/announcer';

describe('what the live region says', () => {
  it('ends a part that has its own mark once, not with a second full stop', () => {
    expect(tidySpeech('Lan có nên đi không?. 1. Đi ngay. 2. Hỏi mẹ trước.')).toBe(
      'Lan có nên đi không? 1. Đi ngay. 2. Hỏi mẹ trước.',
    );
    expect(tidySpeech('Gói Sắc màu cuộc sống.. Trang đầu.')).toBe(
      'Gói Sắc màu cuộc sống. Trang đầu.',
    );
    expect(tidySpeech('Cẩn thận!. Gọi 111…. ')).toBe('Cẩn thận! Gọi 111…');
  });

  it('leaves numbers, times and single marks alone', () => {
    const plain = 'Câu 3 trên 10. Điểm: 1.250. Hết giờ lúc 10:30.';
    expect(tidySpeech(plain)).toBe(plain);
  });

  it('drops spaces before a mark and doubled spaces', () => {
    expect(tidySpeech('Đáp án :  LỪA ĐẢO .')).toBe('Đáp án: LỪA ĐẢO.');
  });
});
