// Wraps a generated snippet in the smallest standalone main config for nginx or
// apache2, in a temp dir that touches no system path, then validates it (`-t`) or runs
// it for real in the foreground.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APACHE_MODULES } from '../../../shared/snippets';

export const NGINX = '/usr/sbin/nginx';
export const APACHE = '/usr/sbin/apache2';
const APACHE_MODULE_DIR = '/usr/lib/apache2/modules';

export type Kind = 'nginx' | 'apache';

export interface Prepared {
  kind: Kind;
  dir: string;
  mainConfig: string;
  snippet: string;
}

const isRoot = (): boolean => process.getuid?.() === 0;

function nginxMain(dir: string, workerConnections: number): string {
  return [
    ...(isRoot() ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/logs/error.log warn;`,
    `events { worker_connections ${workerConnections}; }`,
    'http {',
    `    access_log ${dir}/logs/access.log;`,
    `    client_body_temp_path ${dir}/tmp/body;`,
    `    proxy_temp_path ${dir}/tmp/proxy;`,
    `    fastcgi_temp_path ${dir}/tmp/fastcgi;`,
    `    uwsgi_temp_path ${dir}/tmp/uwsgi;`,
    `    scgi_temp_path ${dir}/tmp/scgi;`,
    '    # the snippet goes at http{} level',
    `    include ${dir}/snippet.conf;`,
    '}',
    '',
  ].join('\n');
}

function apacheMain(dir: string): string {
  // mod_proxy_html needs mod_xml2enc loaded first.
  const modules = ['mpm_event', 'authz_core', 'mime', 'xml2enc', ...APACHE_MODULES];
  return [
    `ServerRoot ${dir}`,
    `PidFile ${dir}/httpd.pid`,
    `DefaultRuntimeDir ${dir}/run`,
    `Mutex file:${dir}/run default`,
    `ErrorLog ${dir}/logs/error.log`,
    'LogLevel warn',
    'ServerName localhost',
    ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULE_DIR}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    ...(isRoot() ? ['User www-data', 'Group www-data'] : []),
    '# the snippet goes at top level, after the LoadModule lines',
    `Include ${dir}/snippet.conf`,
    '',
  ].join('\n');
}

export interface PrepareOptions {
  /** nginx needs more worker connections than listening sockets (default 512). */
  workerConnections?: number;
}

export function prepare(kind: Kind, snippet: string, options: PrepareOptions = {}): Prepared {
  const dir = mkdtempSync(join(tmpdir(), `lilypad-${kind}-`));
  for (const sub of ['logs', 'tmp', 'run']) mkdirSync(join(dir, sub));
  const mainName = kind === 'nginx' ? 'nginx.conf' : 'httpd.conf';
  const mainConfig = kind === 'nginx' ? nginxMain(dir, options.workerConnections ?? 512) : apacheMain(dir);
  writeFileSync(join(dir, mainName), mainConfig);
  writeFileSync(join(dir, 'snippet.conf'), snippet);
  return { kind, dir, mainConfig, snippet };
}

function args(p: Prepared, test: boolean): string[] {
  if (p.kind === 'nginx') return [...(test ? ['-t'] : []), '-p', `${p.dir}/`, '-c', 'nginx.conf', '-e', 'logs/error.log'];
  return [...(test ? ['-t'] : ['-X']), '-d', p.dir, '-f', `${p.dir}/httpd.conf`];
}

export interface CheckResult {
  ok: boolean;
  output: string;
}

/** `nginx -t` / `apache2 -t` on the prepared dir. */
export function checkConfig(p: Prepared): CheckResult {
  const binary = p.kind === 'nginx' ? NGINX : APACHE;
  const run = spawnSync(binary, args(p, true), { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Text to print when a check fails: the whole config plus what the binary said. */
export function explain(p: Prepared, result: CheckResult): string {
  return `--- ${p.kind} main config\n${p.mainConfig}\n--- snippet\n${p.snippet}\n--- output\n${result.output}`;
}

export interface Running {
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, output: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return reject(new Error(`exited with ${child.exitCode}:\n${output()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${port} never opened:\n${output()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Runs the prepared config in the foreground until stop(); waits until `port` accepts. */
export async function startServer(p: Prepared, port: number): Promise<Running> {
  const binary = p.kind === 'nginx' ? NGINX : APACHE;
  const child = spawn(binary, args(p, false), { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const output = (): string => text;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForPort(port, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { process: child, output, stop };
}
