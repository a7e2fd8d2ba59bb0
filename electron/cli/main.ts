// Entry of the `lilypad` command line: dispatches to a command. Started by bin/lilypad.mjs.
import { runSnippet, type Io } from './snippet-cli';
import { MAIN_USAGE } from './usage';

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(MAIN_USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'snippet') return runSnippet(rest, io);
  io.stderr(`lilypad: unknown command "${command}".\n\n${MAIN_USAGE}`);
  return 2;
}
