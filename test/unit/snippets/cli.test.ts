// The `lilypad` command line, spawned for real as `node bin/lilypad.mjs ...`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApache, generateNginx } from '../../../shared/snippets';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = join(ROOT, 'bin/lilypad.mjs');
const dir = mkdtempSync(join(tmpdir(), 'lilypad-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function lilypad(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const settings = { serverName: 'art.example.com', useHttp: true, httpPort: 80, dockerReverseProxyMethod: 'PORTPERREPO' };
const repos = [{ key: 'docker-local', port: 5001 }];
const nodes = [{ host: '10.0.0.5', artifactoryPort: 8081, routerPort: 8082 }, { host: '10.0.0.6' }];

// Each case spawns Node several times; on a busy machine that takes long, so the backstop is generous.
describe('lilypad CLI', { timeout: 180_000 }, () => {
  it('prints the nginx snippet, the same text as the library', () => {
    const run = lilypad('snippet', '--type', 'nginx', '--config', file('s.json', settings), '--docker-repos', file('r.json', repos), '--ha-nodes', file('n.json', nodes));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(generateNginx({ settings: { ...settings, dockerReverseProxyMethod: 'PORTPERREPO' }, dockerRepos: repos, haNodes: nodes }));
  });

  it('writes --out and says where', () => {
    const out = join(dir, 'proxy.conf');
    const run = lilypad('snippet', '--type', 'apache', '--config', file('s2.json', settings), '--out', 'proxy.conf');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote the Apache snippet to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toBe(generateApache({ settings: { ...settings, dockerReverseProxyMethod: 'PORTPERREPO' } }));
  });

  it('exits 1 when --out cannot be written', () => {
    const run = lilypad('snippet', '--type', 'nginx', '--config', file('s3.json', settings), '--out', 'no/such/dir/proxy.conf');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`lilypad snippet: cannot write ${join(dir, 'no/such/dir/proxy.conf')} (ENOENT).\n`);
  });

  it('lists every input problem on stderr with exit 2: bad JSON, schema, missing file', () => {
    const run = lilypad(
      'snippet',
      '--type',
      'nginx',
      '--config',
      file('bad.json', '{"useHttp": tru'),
      '--docker-repos',
      file('r2.json', [{ port: 'x' }]),
      '--ha-nodes',
      'missing.json',
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the input has 4 problem(s)');
    expect(run.stderr).toMatch(/bad\.json: not valid JSON/);
    expect(run.stderr).toMatch(/r2\.json: \[0\]\.key: /);
    expect(run.stderr).toMatch(/r2\.json: \[0\]\.port: /);
    expect(run.stderr).toContain('missing.json: cannot read the file (ENOENT).');
  });

  it('lists every validation problem with exit 2', () => {
    const run = lilypad('snippet', '--type', 'apache', '--config', file('v.json', { useHttps: true, dockerReverseProxyMethod: 'SUBDOMAIN' }), '--ha-nodes', file('empty.json', []));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('the settings have 4 problem(s)');
    for (const field of ['settings.sslCertificate', 'settings.sslKey', 'settings.serverName', 'haNodes']) expect(run.stderr).toContain(`  - ${field}: `);
  });

  it('answers unknown options, missing options and a bad type with usage and exit 2', () => {
    for (const args of [
      ['snippet', '--type', 'nginx', '--config', 'x.json', '--bogus'],
      ['snippet', '--config', 'x.json'],
      ['snippet', '--type', 'caddy', '--config', 'x.json'],
      ['frobnicate'],
      [],
    ]) {
      const run = lilypad(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('Usage: lilypad');
    }
    expect(lilypad('snippet', '--config', 'x.json').stderr).toContain('missing --type.');
  });

  it('documents the commands and the exact JSON shapes in --help', () => {
    const main = lilypad('--help');
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/Commands:\n\s+snippet/);
    const help = lilypad('snippet', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('[{"key":"docker-local","port":5001}]');
    expect(help.stdout).toContain('[{"host":"10.0.0.5","artifactoryPort":8081,"routerPort":8082}]');
    expect(help.stdout).toContain('--out FILE');
  });
});
