import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real WebDAV servers on 127.0.0.1 for tests: `rclone serve webdav`, Apache httpd with mod_dav
 * and nginx with dav-ext, each with Basic auth and its own temporary folder. `.ci/run` installs
 * all three from Debian's apt. A missing server is an error, never a silent skip: a test that
 * needs a server must fail where the server is absent.
 *
 * The servers send no CORS headers: that is how they are deployed, and the desktop app talks to
 * them from the main process, where CORS does not apply.
 */

export type DavKind = 'rclone' | 'apache' | 'nginx';

export type DavServer = {
  kind: DavKind;
  /** Base URL of the served root, with a trailing slash: `http://127.0.0.1:<port>/`. */
  origin: string;
  /** `origin` plus `basePath` (percent-encoded), trailing slash. */
  url: string;
  user: string;
  password: string;
  /** The folder on disk that the server root maps to. */
  dir: string;
  /** Folder on disk that `url` maps to (dir + basePath). */
  baseDir: string;
  stop(): Promise<void>;
};

export type DavOptions = {
  /** A folder below the root that exists before the test starts, e.g. `'Team Veldwerk'`. */
  basePath?: string;
  /** Largest request body the server accepts (nginx: `client_max_body_size`; Apache: `LimitRequestBody`). */
  maxBodyBytes?: number;
  user?: string;
  password?: string;
};

const BINARIES: Record<DavKind, string> = { rclone: 'rclone', apache: 'apache2', nginx: 'nginx' };
const APT: Record<DavKind, string> = {
  rclone: 'rclone',
  apache: 'apache2',
  nginx: 'nginx libnginx-mod-http-dav-ext',
};

/** Throws with the apt command when the server's binary is missing. */
export function requireDavServer(kind: DavKind): void {
  const probe = spawnSync(BINARIES[kind], kind === 'rclone' ? ['version'] : ['-v'], {
    encoding: 'utf8',
  });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `${BINARIES[kind]} ontbreekt: deze test heeft een echte WebDAV-server nodig (apt-get install ${APT[kind]}).`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Apache and nginx drop root privileges for their workers; give that user the folders. */
function workerUser(): { uid: number; gid: number; name: string } | undefined {
  if (!isRoot()) return undefined;
  const id = spawnSync('id', ['-u', 'www-data'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'www-data'], { encoding: 'utf8' });
  if (id.status !== 0) throw new Error('gebruiker www-data ontbreekt');
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()), name: 'www-data' };
}

function chownTree(path: string, owner: { uid: number; gid: number } | undefined): void {
  if (!owner) return;
  spawnSync('chown', ['-R', `${owner.uid}:${owner.gid}`, path]);
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`WebDAV-server stopte direct (code ${exited}): ${log()}`);
    try {
      await fetch(url, { method: 'OPTIONS' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`WebDAV-server kwam niet op binnen 20 s: ${log()}`);
}

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      // Apache and nginx run their workers in the same process group.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    cleanup();
  };
}

function encodePath(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export async function startDavServer(kind: DavKind, options: DavOptions = {}): Promise<DavServer> {
  requireDavServer(kind);
  const user = options.user ?? 'team';
  const password = options.password ?? 'dav-wachtwoord';
  const home = mkdtempSync(join(tmpdir(), `veldwerk-dav-${kind}-`));
  const dir = join(home, 'root');
  mkdirSync(dir, { recursive: true });
  const baseDir = options.basePath ? join(dir, options.basePath) : dir;
  mkdirSync(baseDir, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}/`;
  const url = options.basePath ? `${origin}${encodePath(options.basePath)}/` : origin;
  let output = '';
  const collect = (child: ChildProcess) => {
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  };
  let child: ChildProcess;
  let errorLog = '';

  if (kind === 'rclone') {
    const args = [
      'serve',
      'webdav',
      dir,
      '--addr',
      `127.0.0.1:${port}`,
      '--user',
      user,
      '--pass',
      password,
    ];
    child = spawn('rclone', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  } else if (kind === 'apache') {
    const owner = workerUser();
    const htpasswd = join(home, 'htpasswd');
    const made = spawnSync('htpasswd', ['-bc', htpasswd, user, password], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`htpasswd mislukte: ${made.stderr}`);
    mkdirSync(join(home, 'run'), { recursive: true });
    errorLog = join(home, 'error.log');
    const modules = '/usr/lib/apache2/modules';
    const conf = [
      `ServerRoot "${home}"`,
      `PidFile "${join(home, 'run', 'httpd.pid')}"`,
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      `LoadModule mpm_event_module ${modules}/mod_mpm_event.so`,
      `LoadModule authn_core_module ${modules}/mod_authn_core.so`,
      `LoadModule authn_file_module ${modules}/mod_authn_file.so`,
      `LoadModule authz_core_module ${modules}/mod_authz_core.so`,
      `LoadModule authz_user_module ${modules}/mod_authz_user.so`,
      `LoadModule auth_basic_module ${modules}/mod_auth_basic.so`,
      `LoadModule dav_module ${modules}/mod_dav.so`,
      `LoadModule dav_fs_module ${modules}/mod_dav_fs.so`,
      ...(owner ? [`User ${owner.name}`, `Group ${owner.name}`] : []),
      `ErrorLog "${errorLog}"`,
      'LogLevel warn',
      `DAVLockDB "${join(home, 'run', 'davlock')}"`,
      `DocumentRoot "${dir}"`,
      `<Directory "${dir}">`,
      '  Dav On',
      '  AuthType Basic',
      '  AuthName "Veldwerk test"',
      `  AuthUserFile "${htpasswd}"`,
      '  Require valid-user',
      ...(options.maxBodyBytes ? [`  LimitRequestBody ${options.maxBodyBytes}`] : []),
      '</Directory>',
      '',
    ].join('\n');
    const confFile = join(home, 'httpd.conf');
    writeFileSync(confFile, conf);
    chownTree(home, owner);
    // Apache needs to traverse the temp folder's parents as www-data.
    if (owner) chmodSync(home, 0o755);
    child = spawn('apache2', ['-f', confFile, '-DFOREGROUND'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, APACHE_RUN_DIR: join(home, 'run'), APACHE_LOG_DIR: home },
    });
  } else {
    const owner = workerUser();
    const htpasswd = join(home, 'htpasswd');
    const made = spawnSync('htpasswd', ['-bc', htpasswd, user, password], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`htpasswd mislukte: ${made.stderr}`);
    for (const sub of ['temp', 'logs']) mkdirSync(join(home, sub), { recursive: true });
    errorLog = join(home, 'logs', 'error.log');
    const conf = [
      'load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;',
      ...(owner ? [`user ${owner.name};`] : []),
      'worker_processes 1;',
      `pid ${join(home, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  access_log off;`,
      `  client_body_temp_path ${join(home, 'temp')};`,
      // nginx's default is 1 MB; a test can lower it, never raise it above what real servers use.
      `  client_max_body_size ${options.maxBodyBytes ?? 1024 * 1024};`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${dir};`,
      '    location / {',
      '      auth_basic "Veldwerk test";',
      `      auth_basic_user_file ${htpasswd};`,
      '      dav_methods PUT DELETE MKCOL COPY MOVE;',
      '      dav_ext_methods PROPFIND OPTIONS;',
      '      dav_access user:rw group:rw all:r;',
      '      autoindex on;',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const confFile = join(home, 'nginx.conf');
    writeFileSync(confFile, conf);
    chownTree(home, owner);
    if (owner) chmodSync(home, 0o755);
    child = spawn('nginx', ['-p', home, '-c', confFile, '-g', 'daemon off;'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
  }
  collect(child);
  const log = () => {
    let file = '';
    try {
      if (errorLog) file = readFileSync(errorLog, 'utf8');
    } catch {
      /* not written yet */
    }
    return `${output}\n${file}`.trim();
  };
  await waitForHttp(origin, child, log);
  const cleanup = () => rmSync(home, { recursive: true, force: true });
  return { kind, origin, url, user, password, dir, baseDir, stop: stopper(child, cleanup) };
}

/** The servers every WebDAV test runs against. */
export const DAV_KINDS: readonly DavKind[] = ['rclone', 'apache', 'nginx'];

/** `chownSync` re-exported for tests that plant files in a server's folder as root. */
export function plantAs(server: DavServer, path: string): void {
  const owner = server.kind === 'rclone' ? undefined : workerUser();
  if (owner) chownSync(path, owner.uid, owner.gid);
}
