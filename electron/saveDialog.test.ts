import type { BrowserWindow, Dialog, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { createSaveDialog } from './saveDialog';

describe('save dialog', () => {
  it('opens in the Documents folder, attached to the asking window, for the file’s own type', async () => {
    const calls: unknown[][] = [];
    const window = { id: 1 } as unknown as BrowserWindow;
    const dialog = {
      showSaveDialog: async (...args: unknown[]) => {
        calls.push(args);
        return { canceled: false, filePath: '/home/kim/Documents/trip.ics' };
      },
    } as unknown as Pick<Dialog, 'showSaveDialog'>;
    const choose = createSaveDialog({ dialog, windowOf: () => window, defaultFolder: () => '/home/kim/Documents' });
    expect(await choose({} as WebContents, 'trip.ics')).toBe('/home/kim/Documents/trip.ics');
    expect(calls).toEqual([
      [window, { defaultPath: '/home/kim/Documents/trip.ics', filters: [{ name: 'iCalendar', extensions: ['ics'] }] }],
    ]);
  });

  it('answers null when the user cancels', async () => {
    const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }) } as unknown as Pick<
      Dialog,
      'showSaveDialog'
    >;
    const choose = createSaveDialog({ dialog, windowOf: () => null, defaultFolder: () => '/tmp' });
    expect(await choose({} as WebContents, 'report.pdf')).toBeNull();
  });
});
