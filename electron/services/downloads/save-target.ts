// Where a download goes. In the app the user picks the file in the OS save dialog (the
// shell implements SaveDialog with Electron's dialog); the browser host has no dialog of
// its own, so the file is written to the data folder and then handed to the browser as a
// file download by the host (FileShelf), never through the page's memory.
import { randomBytes } from 'node:crypto';

export interface SaveDialog {
  /** The path the user chose, or undefined when they cancelled. */
  choose(suggestedName: string): Promise<string | undefined>;
}

export interface ShelvedFile {
  path: string;
  /** The name the browser saves it under. */
  name: string;
  /** Removed from disk once served (the browser has it then). */
  removeAfterServing: boolean;
}

/** Finished files the browser host may serve, each once, by an unguessable ticket. */
export class FileShelf {
  private readonly files = new Map<string, ShelvedFile>();

  offer(file: ShelvedFile): string {
    const ticket = randomBytes(24).toString('hex');
    this.files.set(ticket, file);
    return ticket;
  }

  /** The file of a ticket, once: a second request with it finds nothing. */
  take(ticket: string): ShelvedFile | undefined {
    const file = this.files.get(ticket);
    this.files.delete(ticket);
    return file;
  }

  withdraw(ticket: string): void {
    this.files.delete(ticket);
  }
}

/** The path the browser host serves a shelved file under. */
export const FILE_PATH_PREFIX = '/api/files/';
