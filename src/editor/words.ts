import { currentLang } from '../shared/i18n';

/** The editor's words in both languages; the editor shows the interface's language. */
const WORDS = {
  title: ['Soạn gói', 'Make a pack'],
  undo: ['Hoàn tác', 'Undo'],
  redo: ['Làm lại', 'Redo'],
  newPack: ['Gói mới', 'New pack'],
  copyPack: ['Chép gói đang chơi', 'Copy the pack in play'],
  close: ['Đóng', 'Close'],
  packFields: ['Thông tin gói', 'The pack'],
  titleVi: ['Tên gói (tiếng Việt)', 'Title (Vietnamese)'],
  titleEn: ['Tên gói (tiếng Anh)', 'Title (English)'],
  id: ['Mã gói', 'Pack id'],
  version: ['Phiên bản', 'Version'],
  questions: ['Câu hỏi', 'Questions'],
  addQuestion: ['Thêm câu hỏi', 'Add a question'],
  removeQuestion: ['Xoá câu này', 'Delete this question'],
  moveUp: ['Đưa lên', 'Move up'],
  question: ['Câu {n}', 'Question {n}'],
  answer: ['Đáp án', 'Answer'],
  alternatives: ['Đáp án khác (cách nhau bằng |)', 'Other answers (separated by |)'],
  category: ['Chủ đề', 'Category'],
  difficulty: ['Độ khó (1–5)', 'Difficulty (1–5)'],
  hintVi: ['Gợi ý (tiếng Việt)', 'Written clue (Vietnamese)'],
  hintEn: ['Gợi ý (tiếng Anh)', 'Written clue (English)'],
  explanationVi: ['Thẻ giải thích (tiếng Việt)', 'Explanation card (Vietnamese)'],
  explanationEn: ['Thẻ giải thích (tiếng Anh)', 'Explanation card (English)'],
  picture: ['Hình', 'Picture'],
  rebus: ['Ghép hình emoji (hàng cách nhau bằng " / ")', 'Emoji rebus (rows separated by " / ")'],
  glyphSearch: [
    'Tìm hình theo từ khoá (Việt hoặc Anh)',
    'Find a glyph by keyword (Vietnamese or English)',
  ],
  glyphResults: [
    'Hình tìm được: bấm để thêm vào câu đố',
    'Glyphs found: press to add to the rebus',
  ],
  upload: ['Tải hình lên (SVG, PNG, JPEG, WebP)', 'Upload a picture (SVG, PNG, JPEG, WebP)'],
  removePicture: ['Bỏ hình tải lên', 'Remove the uploaded picture'],
  altVi: ['Tả hình bằng lời (tiếng Việt)', 'The picture in words (Vietnamese)'],
  altEn: ['Tả hình bằng lời (tiếng Anh)', 'The picture in words (English)'],
  preview: ['Xem trước trên điện thoại', 'Phone preview'],
  tiles: ['{n} ô chữ', '{n} letter tiles'],
  problems: ['Lỗi cần sửa', 'Problems to fix'],
  noProblems: ['Không có lỗi: gói xuất được.', 'No problems: the pack can be exported.'],
  checking: ['Đang kiểm tra…', 'Checking…'],
  exportZip: ['Xuất tệp .zip', 'Export .zip'],
  exportJson: ['Xuất tệp .json', 'Export .json'],
  exportXlsx: ['Xuất câu hỏi ra Excel', 'Questions to Excel'],
  template: ['Tải bảng mẫu Excel', 'Download the Excel template'],
  share: ['Chia sẻ', 'Share'],
  keep: ['Thêm vào gói của tôi', 'Add to my packs'],
  kept: ['Đã thêm "{title}" vào gói của máy này.', 'Added "{title}" to this device\'s packs.'],
  notKept: ['Máy không lưu được gói này.', 'This device could not keep the pack.'],
  downloaded: ['Đã tải tệp {name}.', 'Downloaded {name}.'],
  hasErrors: [
    'Gói còn lỗi, chưa xuất được: xem "Lỗi cần sửa".',
    'The pack has problems and cannot be exported yet: see "Problems to fix".',
  ],
  saved: ['Bản nháp đã lưu trên máy.', 'Draft saved on this device.'],
  pictureRefused: ['Hình không dùng được: {why}', 'The picture cannot be used: {why}'],
  pictureScaled: [
    'Hình lớn đã được thu nhỏ còn {w}×{h}.',
    'The large picture was scaled down to {w}×{h}.',
  ],
  draftNote: [
    'Bản nháp chỉ nằm trên máy này, tách riêng với các gói đã thêm.',
    'The draft stays on this device, apart from the packs you added.',
  ],
} as const;

export type WordKey = keyof typeof WORDS;

/** A word of the editor in the current language, with {name} filled in. */
export function w(key: WordKey, values: Record<string, string | number> = {}): string {
  const [vi, en] = WORDS[key];
  const text: string = currentLang() === 'en' ? en : vi;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
