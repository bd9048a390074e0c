/**
 * The problems a pack's zip can have, in Vietnamese and English, with their stable codes
 * (listed in zip.ts): too many entries, a file or the whole zip too large or packed too tightly,
 * a refused or repeated name, damage, an unknown packing method, and no `pack.json` at the root.
 */
import { PACK_LIMITS } from './limits';
import { formatBytes, packError, type PackProblem } from './problems';
import { PACK_JSON_NAME, shownName, type NameFault } from './zip-names';

const REZIP_VI = 'Hãy nén lại gói bằng chức năng nén thông thường rồi thử lại.';
const REZIP_EN = 'Zip the pack again with an ordinary zip tool and try again.';

export function tooManyEntries(count: number, stoppedEarly: boolean): PackProblem {
  const max = PACK_LIMITS.maxZipEntries;
  const countVi = stoppedEarly ? `hơn ${count - 1}` : `${count}`;
  const countEn = stoppedEarly ? `more than ${count - 1}` : `${count}`;
  return packError(
    'zip-too-many-entries',
    '',
    `Tệp nén có quá nhiều tệp: ${countVi} tệp, tối đa là ${max}. Hãy bỏ bớt những tệp trò chơi không dùng.`,
    `The zip holds too many files: ${countEn}, the limit is ${max}. Take out the files the game does not use.`,
  );
}

export function entryTooLarge(name: string): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxZipEntryBytes);
  return packError(
    'zip-entry-too-large',
    name,
    `Tệp "${name}" khi giải nén lớn hơn ${max}, tối đa cho mỗi tệp là ${max}. Hãy thu nhỏ tệp này (ảnh nhỏ hơn, âm thanh ngắn hơn).`,
    `"${name}" unpacks to more than ${max}, the limit for one file is ${max}. Make this file smaller (a smaller picture, a shorter sound).`,
  );
}

export function tooLargeUnpacked(): PackProblem {
  const max = formatBytes(PACK_LIMITS.maxZipTotalBytes);
  return packError(
    'zip-too-large-unpacked',
    '',
    `Các tệp trong tệp nén khi giải nén lớn hơn ${max}, tối đa là ${max}. Hãy bỏ bớt hoặc thu nhỏ ảnh và âm thanh.`,
    `The files in the zip unpack to more than ${max}, the limit is ${max}. Take out some pictures and sounds, or make them smaller.`,
  );
}

export function packedTooTightly(place: string, ratio: number): PackProblem {
  const max = PACK_LIMITS.maxZipRatio;
  const whatVi = place === '' ? 'Tệp nén' : `Tệp "${place}"`;
  const whatEn = place === '' ? 'The zip' : `"${place}"`;
  return packError(
    'zip-ratio',
    place,
    `${whatVi} bị nén quá mức: bung ra gấp hơn ${ratio} lần, tối đa là ${max} lần. Tệp như vậy có thể làm treo máy nên trò chơi không mở. ${REZIP_VI}`,
    `${whatEn} is packed too tightly: it unpacks to more than ${ratio} times its packed size, the limit is ${max}. A file like this can freeze the device, so the game does not open it. ${REZIP_EN}`,
  );
}

export function badName(name: string, fault: NameFault): PackProblem {
  const shown = shownName(name);
  return packError(
    'zip-bad-name',
    shown,
    `Tên tệp "${shown}" trong tệp nén không hợp lệ: ${fault.vi}. Hãy đổi tên tệp rồi nén lại.`,
    `The name "${shown}" in the zip is not allowed: ${fault.en}. Rename the file and zip it again.`,
  );
}

export function duplicateName(name: string, first: string): PackProblem {
  const same = name === first;
  return packError(
    'zip-duplicate-name',
    name,
    same
      ? `Tệp nén có hai tệp cùng tên "${name}". Hãy đổi tên hoặc bỏ một tệp.`
      : `Tệp nén có hai tệp trùng tên: "${name}" và "${first}" (chỉ khác chữ hoa, chữ thường hoặc cách gõ dấu). Hãy đổi tên hoặc bỏ một tệp.`,
    same
      ? `The zip holds two files named "${name}". Rename or take out one of them.`
      : `The zip holds two files with the same name: "${name}" and "${first}" (they differ only in capital letters or in how the accents are typed). Rename or take out one of them.`,
  );
}

export function notAZip(): PackProblem {
  return packError(
    'zip-corrupt',
    '',
    `Tệp này không phải tệp nén .zip, hoặc đã bị hỏng. ${REZIP_VI}`,
    `This is not a .zip file, or it is damaged. ${REZIP_EN}`,
  );
}

export function damagedZip(): PackProblem {
  return packError(
    'zip-corrupt',
    '',
    `Tệp nén bị hỏng hoặc bị cắt cụt, không đọc hết được. ${REZIP_VI}`,
    `The zip is damaged or cut short and cannot be read to the end. ${REZIP_EN}`,
  );
}

export function damagedEntry(name: string): PackProblem {
  return packError(
    'zip-corrupt',
    name,
    `Tệp "${name}" trong tệp nén bị hỏng, không giải nén được. ${REZIP_VI}`,
    `"${name}" in the zip is damaged and cannot be unpacked. ${REZIP_EN}`,
  );
}

export function unknownMethod(name: string, method: number): PackProblem {
  return packError(
    'zip-corrupt',
    name,
    `Tệp "${name}" được nén theo cách trò chơi không đọc được (cách số ${method}; chỉ đọc được "stored" và "deflate"). ${REZIP_VI}`,
    `"${name}" is packed in a way the game cannot read (method ${method}; only "stored" and "deflate" are read). ${REZIP_EN}`,
  );
}

export function noPackJson(nested: string | undefined): PackProblem {
  if (nested !== undefined) {
    const folder = nested.slice(0, -PACK_JSON_NAME.length - 1);
    return packError(
      'zip-no-pack-json',
      '',
      `Tệp "${PACK_JSON_NAME}" nằm trong thư mục "${folder}", không nằm ngay ngoài cùng tệp nén. Hãy mở thư mục đó, chọn tất cả các tệp bên trong rồi nén chúng (đừng nén cả thư mục).`,
      `"${PACK_JSON_NAME}" is inside the folder "${folder}" instead of at the top of the zip. Open that folder, select everything in it and zip that (not the folder itself).`,
    );
  }
  return packError(
    'zip-no-pack-json',
    '',
    `Không thấy tệp "${PACK_JSON_NAME}" ngay ngoài cùng tệp nén. Gói cần có tệp này cùng các thư mục ảnh và âm thanh.`,
    `There is no "${PACK_JSON_NAME}" at the top of the zip. A pack needs this file beside its folders of pictures and sounds.`,
  );
}
