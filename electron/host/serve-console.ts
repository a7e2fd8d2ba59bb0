// Serves the console from the browser host for a person at a terminal: checks the build,
// starts the host, prints and opens the URL, and stops cleanly on Ctrl+C / SIGTERM.
// Used by `npm start` (without Electron) and by `npm run demo` with its own services.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../services/app-services-types';
import { SESSION_HEADER, startBrowserHost, type BrowserHost } from './browser-host';
import { openInBrowser, openerUnavailable, type OpenedLink } from './open-browser';
import { SESSION_FILE_ENV, removeSessionFile, writeSessionFile } from './session-file';

/** A problem the user can fix; its message is printed as is, without a stack trace. */
export class LaunchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaunchError';
  }
}

export interface ServeConsoleOptions {
  services: AppServices;
  /** dist/renderer by default (relative to the working directory). */
  staticDir?: string;
  port?: number;
  /** A heading printed above the URL, e.g. "Lilypad demo". */
  title?: string;
  /** Lines printed under the URL, e.g. the demo's platform address and login. */
  details?: string[];
  /** Open the URL in the OS browser (default true; LILYPAD_NO_OPEN=1 or CI=true turn it off). */
  open?: boolean;
  /** Print a fresh one-time link each time Enter is pressed (default: when stdin is a terminal). */
  newLinksOnEnter?: boolean;
  /** Where to write the reusable session token for automation (default: $LILYPAD_SESSION_FILE). */
  sessionFile?: string;
  env?: NodeJS.ProcessEnv;
  /** Stop on SIGINT/SIGTERM and exit the process (default true). */
  handleSignals?: boolean;
  /** Runs after the host and the services are closed, e.g. to stop a fake platform. */
  onStop?: () => Promise<void> | void;
  log?: (line: string) => void;
}

export interface ServedConsole extends BrowserHost {
  /** Closes the host, then the services, then runs onStop. Safe to call twice. */
  stop(): Promise<void>;
}

export function defaultStaticDir(cwd: string = process.cwd()): string {
  return join(cwd, 'dist', 'renderer');
}

function describeListenError(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `Port ${port} on 127.0.0.1 is already in use. Set LILYPAD_PORT to another port, or leave it unset for any free port.`;
  if (code === 'EACCES') return `Not allowed to listen on port ${port}. Choose a port above 1023 with LILYPAD_PORT.`;
  return `The browser host could not start: ${error instanceof Error ? error.message : String(error)}`;
}

export async function serveConsole(options: ServeConsoleOptions): Promise<ServedConsole> {
  const log = options.log ?? ((line: string) => console.log(line));
  const staticDir = options.staticDir ?? defaultStaticDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new LaunchError(`The console is not built yet (${join(staticDir, 'index.html')} is missing). Run "npm run build" first.`);
  }
  const port = options.port ?? 0;
  let host: BrowserHost;
  try {
    host = await startBrowserHost({ services: options.services, staticDir, port });
  } catch (error) {
    throw new LaunchError(describeListenError(error, port));
  }

  const env = options.env ?? process.env;
  const sessionFile = options.sessionFile ?? (env[SESSION_FILE_ENV] || undefined);
  let opened: OpenedLink | null = null;

  const onEnter = (): void => log(`A new one-time link:\n\n  ${host.newHandOverUrl()}\n`);
  const newLinksOnEnter = options.newLinksOnEnter ?? process.stdin.isTTY === true;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (newLinksOnEnter) {
        process.stdin.off('data', onEnter);
        process.stdin.pause();
      }
      opened?.remove();
      if (sessionFile) removeSessionFile(sessionFile, host.token);
      await host.close();
      await options.services.close();
      await options.onStop?.();
    })();
    return stopping;
  };

  if (sessionFile) {
    try {
      writeSessionFile(sessionFile, host.token);
    } catch (error) {
      await stop();
      throw new LaunchError(`${SESSION_FILE_ENV} could not be written (${sessionFile}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      log(`\n${signal} received, stopping Lilypad…`);
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  log(`${options.title ?? 'Lilypad'} is running at:\n\n  ${host.url}\n`);
  if (options.details?.length) log(`${options.details.map((line) => `  ${line}`).join('\n')}\n`);
  log(
    'The code after "#code=" signs one browser page in, once: the page trades it for a session of its own and removes it from the address bar, ' +
      'so the link is worthless afterwards wherever it was left. The page keeps its session through reloads, and while it is open it signs in ' +
      'other tabs of the same browser that open the console.',
  );
  const notOpening = options.open === false ? 'not asked to' : openerUnavailable(env);
  if (notOpening) {
    log(`Not opening a browser (${notOpening}): open the link above yourself.`);
  } else {
    // A second link for the browser, so the printed one stays unused for you.
    opened = openInBrowser(
      host.newHandOverUrl(() => opened?.remove()),
      env,
    );
    log(
      opened
        ? `Opening a second one-time link in your browser, through a private file (${opened.file}) so that no code appears on a command line.`
        : 'No browser could be opened: open the link above yourself.',
    );
  }
  if (sessionFile) {
    log(`Automation: a reusable session token is in ${sessionFile} (readable by you only); send it as the ${SESSION_HEADER} header with POST ${host.origin}/api/call/<name>.`);
  }
  if (newLinksOnEnter) {
    process.stdin.on('data', onEnter);
    log('Press Enter for another one-time link (for another browser, or after closing every tab), Ctrl+C to stop.');
  } else {
    log('Press Ctrl+C to stop.');
  }
  return { ...host, stop };
}
