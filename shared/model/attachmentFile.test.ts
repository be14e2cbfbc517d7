import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_TYPES,
  type AcceptedType,
  acceptedExtensions,
  isSafeAttachmentName,
  MAX_ATTACHMENT_NAME_BYTES,
  safeAttachmentName,
  typeOfExtension,
} from './attachmentFile';

const bytes = (text: string) => new TextEncoder().encode(text).byteLength;

describe('safe attachment names', () => {
  it('takes the extension of the type the content was detected as', () => {
    expect(safeAttachmentName('invoice.exe', 'image/png')).toBe('invoice.png');
    expect(safeAttachmentName('photo.jpeg', 'image/png')).toBe('photo.png');
    expect(safeAttachmentName('slides', 'application/vnd.ms-powerpoint')).toBe('slides.ppt');
    expect(safeAttachmentName('invoice.pdf.exe', 'image/png')).toBe('invoice.pdf.png');
    // A dot inside a name is not an extension when what follows cannot be one.
    expect(safeAttachmentName('Dr. Kim', 'text/plain')).toBe('Dr. Kim.txt');
  });

  it("keeps the member's own extension when it names the same type", () => {
    expect(safeAttachmentName('IMG_0001.JPEG', 'image/jpeg')).toBe('IMG_0001.JPEG');
    expect(safeAttachmentName('명함.jpg', 'image/jpeg')).toBe('명함.jpg');
    expect(safeAttachmentName('회의록.md', 'text/plain')).toBe('회의록.md');
  });

  it('keeps only the last path segment, whichever separator a system uses', () => {
    expect(safeAttachmentName('../../../etc/평가 보고서.txt', 'text/plain')).toBe('평가 보고서.txt');
    expect(safeAttachmentName('..\\..\\Windows\\System32\\福岡県資料.pdf', 'application/pdf')).toBe('福岡県資料.pdf');
    expect(safeAttachmentName('C:\\Users\\kim\\', 'application/pdf')).toBe('attachment.pdf');
  });

  it('drops what a file system refuses or hides, and what disguises an extension', () => {
    expect(safeAttachmentName('a:b*c?"d"<e>|f.txt', 'text/plain')).toBe('a_b_c__d__e__f.txt');
    expect(safeAttachmentName('line\nbreak\u0000.txt', 'text/plain')).toBe('linebreak.txt');
    // U+202E turns "photo\u202Egpj.exe" into "photoexe.jpg" on screen.
    expect(safeAttachmentName('photo\u202Egpj.exe', 'application/pdf')).toBe('photogpj.pdf');
    expect(safeAttachmentName('.hidden.png', 'image/png')).toBe('hidden.png');
    expect(safeAttachmentName('report. .pdf', 'application/pdf')).toBe('report.pdf');
    expect(safeAttachmentName('report.pdf.', 'application/pdf')).toBe('report.pdf');
  });

  it('gives a name of only dots, spaces or nothing a default', () => {
    expect(safeAttachmentName('...', 'text/plain')).toBe('attachment.txt');
    expect(safeAttachmentName('..', 'image/png')).toBe('attachment.png');
    expect(safeAttachmentName(' . ', 'image/png')).toBe('attachment.png');
    expect(safeAttachmentName('', 'application/pdf')).toBe('attachment.pdf');
  });

  it("moves Windows' device names aside", () => {
    expect(safeAttachmentName('CON.txt', 'text/plain')).toBe('_CON.txt');
    expect(safeAttachmentName('nul.tar.pdf', 'application/pdf')).toBe('_nul.tar.pdf');
    expect(safeAttachmentName('com1 .png', 'image/png')).toBe('_com1.png');
    expect(safeAttachmentName('console.txt', 'text/plain')).toBe('console.txt');
  });

  it('limits the name by bytes, never cutting a character or a grapheme', () => {
    const hangul = '평'.repeat(100);
    expect(bytes(`${hangul}.txt`)).toBe(304);
    const cut = safeAttachmentName(`${hangul}.txt`, 'text/plain');
    expect(cut).toBe(`${'평'.repeat(65)}.txt`);
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_ATTACHMENT_NAME_BYTES);

    const family = '👨‍👩‍👧‍👦'; // 25 bytes in one grapheme
    const emoji = safeAttachmentName(`${family.repeat(10)}.png`, 'image/png');
    expect(emoji).toBe(`${family.repeat(7)}.png`);

    // Decomposed Hangul (as macOS names files) is composed first: 9 bytes a syllable become 3.
    expect(safeAttachmentName('평가.txt'.normalize('NFD'), 'text/plain')).toBe('평가.txt');
  });

  it('leaves a safe name as it is, and a safe name is what the schema checks', () => {
    const names: [string, AcceptedType][] = [
      ['invoice.exe', 'image/png'],
      ['../../../etc/평가 보고서.txt', 'text/plain'],
      [`${'가'.repeat(120)}.hwp`, 'application/x-hwp'],
      ['...', 'text/csv'],
      ['CON', 'image/gif'],
      [`CON.${'x'.repeat(300)}`, 'image/gif'],
      ['IMG_0001.JPG', 'image/jpeg'],
    ];
    for (const [name, type] of names) {
      const safe = safeAttachmentName(name, type);
      expect(safeAttachmentName(safe, type), name).toBe(safe);
      expect(isSafeAttachmentName(safe), safe).toBe(true);
    }
    expect(isSafeAttachmentName('../x.txt')).toBe(false);
    expect(isSafeAttachmentName('setup.exe')).toBe(false);
    expect(isSafeAttachmentName('.txt')).toBe(false);
    expect(isSafeAttachmentName(`${'평'.repeat(100)}.txt`)).toBe(false);
  });

  it('names every accepted type with an extension of its own', () => {
    const extensions = Object.values(ACCEPTED_TYPES).flatMap((type) => type.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it('offers the file chooser every extension of every accepted type, and nothing else', () => {
    const offered = acceptedExtensions().split(',');
    expect(offered).toEqual(expect.arrayContaining(['.jpg', '.jpeg', '.heic', '.hwp', '.hwpx', '.md', '.pptx']));
    for (const extension of offered) expect(typeOfExtension(extension.slice(1)), extension).toBeDefined();
  });
});
