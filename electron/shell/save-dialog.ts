// The OS save dialog behind the services' SaveDialog interface: main asks the user where a
// download goes, then streams it there (the renderer never holds the bytes).
import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { SaveDialog } from '../services/downloads/save-target';

export function electronSaveDialog(window: () => BrowserWindow | null): SaveDialog {
  return {
    async choose(suggestedName) {
      const options = { defaultPath: join(app.getPath('downloads'), suggestedName), filters: [{ name: 'Zip archive', extensions: ['zip'] }] };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}
