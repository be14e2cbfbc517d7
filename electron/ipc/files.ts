import type { ChooseSavePath, MainHandlers, WriteFile } from './context';

/** files:save: a file the renderer made, written where the user chooses. */
export function fileHandlers(deps: {
  choosePath: ChooseSavePath;
  writeFile: WriteFile;
}): Pick<MainHandlers, 'files:save'> {
  return {
    'files:save': async ({ suggestedName, content }, { sender }) => {
      const path = await deps.choosePath(sender, suggestedName);
      if (!path) return { outcome: 'cancelled' };
      await deps.writeFile(path, content.kind === 'text' ? content.text : content.bytes);
      return { outcome: 'saved', fileName: path };
    },
  };
}
