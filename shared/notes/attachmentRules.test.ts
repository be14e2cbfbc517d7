import { describe, expect, it } from 'vitest';
import { checkAttachment, checkAttachmentSize, MAX_ATTACHMENT_BYTES } from './attachmentRules';

describe('attachment rules', () => {
  it('accepts photos and documents by what their content is', () => {
    expect(checkAttachment({ name: 'IMG_0001.JPG', size: 3_000_000, detected: 'image/jpeg' })).toEqual({
      ok: true,
      mimeType: 'image/jpeg',
      kind: 'image',
    });
    expect(checkAttachment({ name: '福岡県資料.pdf', size: 800_000, detected: 'application/pdf' })).toMatchObject({
      ok: true,
      kind: 'document',
    });
    expect(checkAttachment({ name: '보고서.hwp', size: 50_000, detected: 'application/x-cfb' })).toMatchObject({
      ok: true,
      mimeType: 'application/x-hwp',
    });
    expect(checkAttachment({ name: 'notes.txt', size: 10, detected: undefined })).toMatchObject({
      ok: true,
      mimeType: 'text/plain',
    });
  });

  it('refuses a program, an unknown container or a file that lies about its name', () => {
    expect(checkAttachment({ name: 'setup.exe', size: 1000, detected: 'application/x-msdownload' })).toEqual({
      ok: false,
      reason: 'unsupported',
    });
    expect(checkAttachment({ name: 'photo.jpg', size: 1000, detected: 'application/x-msdownload' })).toMatchObject({
      reason: 'unsupported',
    });
    expect(checkAttachment({ name: 'archive.zip', size: 1000, detected: 'application/zip' })).toMatchObject({
      reason: 'unsupported',
    });
    expect(checkAttachment({ name: 'mystery', size: 1000, detected: undefined })).toMatchObject({
      reason: 'unsupported',
    });
  });

  it('refuses empty files and files over the limit', () => {
    expect(checkAttachment({ name: 'a.png', size: 0, detected: undefined })).toEqual({ ok: false, reason: 'empty' });
    expect(checkAttachment({ name: 'a.png', size: MAX_ATTACHMENT_BYTES + 1, detected: 'image/png' })).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('judges the size alone before anything is read', () => {
    expect(checkAttachmentSize(0)).toBe('empty');
    expect(checkAttachmentSize(MAX_ATTACHMENT_BYTES + 1)).toBe('tooLarge');
    expect(checkAttachmentSize(MAX_ATTACHMENT_BYTES)).toBeNull();
  });
});
