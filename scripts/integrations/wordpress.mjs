// Runs a throwaway WordPress site on 127.0.0.1 for the integration test:
// sets the machine up (wordpress-setup.sh: apt packages, config, plugin),
// starts MariaDB (unix socket only, fresh data directory) and Apache
// (a free loopback port, our own config) as child processes, installs
// WordPress with one POST, and activates the quotelight plugin.
//
//   const wp = await startWordPress();   // { url, user, password, close() }
//   …
//   await wp.close();                    // stops both servers by PID, deletes the data
//
// Also runnable by hand, to look at the site: `node scripts/integrations/wordpress.mjs`.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SETUP = join(ROOT, 'scripts/integrations/wordpress-setup.sh');
export const ADMIN = { user: 'editor', password: 'quotelight-local-only', email: 'editor@example.invalid' };

/** Runs the idempotent machine setup (apt on a fresh machine: a few minutes). */
export function setupWordPress() {
  execFileSync('bash', [SETUP], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: 'true' }, timeout: 15 * 60_000 });
}

/** A free TCP port on 127.0.0.1 (bound and released; Apache takes it right after). */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Waits until `check()` is truthy, polling; throws with `what` (and the log tail) after `ms`. */
async function until(check, what, ms, log) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    if (Date.now() > end) {
      const tail = log && existsSync(log) ? `\n${readFileSync(log, 'utf8').split('\n').slice(-20).join('\n')}` : '';
      throw new Error(`timed out waiting for ${what}${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts a server process; its exit before `stop()` is remembered so waits fail fast. */
function daemon(cmd, args, log) {
  // A process group of its own: apache in the foreground signals its whole
  // group when it stops, which would otherwise take the test runner with it.
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  // Detached children outlive us: if this process exits without stop() (a crash), take them down too.
  const reap = () => { try { process.kill(child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', reap);
  child.once('exit', () => process.removeListener('exit', reap));
  return {
    child,
    pid: child.pid,
    alive: () => child.exitCode === null && child.signalCode === null,
    describe: () => `${cmd} exited (${child.exitCode ?? child.signalCode}): ${stderr}${log ? ` (log: ${log})` : ''}`,
    /** SIGTERM by PID, then SIGKILL if it has not exited after `ms`. */
    async stop(ms = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } }, ms);
      await exited;
      clearTimeout(timer);
    },
  };
}

const uid = (user) => Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
const gid = (user) => Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));

/** PHP's serialize() of a JSON value (objects become arrays), computed by PHP itself. */
function phpSerialize(value) {
  return execFileSync('php', ['-r', 'echo serialize(json_decode($argv[1], true));', JSON.stringify(value)], { encoding: 'utf8' });
}

const sqlString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function apacheConfig({ port, dir, socket, dbPassword, salt, phpModule }) {
  return `# Written by scripts/integrations/wordpress.mjs for one test run.
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache2.pid
Mutex file:${dir} default
DefaultRuntimeDir ${dir}
User www-data
Group www-data
ErrorLog ${dir}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module ${phpModule}
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 12
TypesConfig /etc/mime.types
AddType application/wasm .wasm
AddType text/javascript .js
DirectoryIndex index.php index.html
DocumentRoot /usr/share/wordpress
Alias /wp-content /var/lib/wordpress/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /var/lib/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG quotelight-test
SetEnv QUOTELIGHT_WP_DB_SOCKET ${socket}
SetEnv QUOTELIGHT_WP_DB_PASSWORD ${dbPassword}
SetEnv QUOTELIGHT_WP_SALT ${salt}
SetEnv QUOTELIGHT_WP_LOG ${dir}/wordpress-debug.log
`;
}

/**
 * Sets up (unless `setup: false`) and starts the site. Resolves to
 * `{ url, user, password, dir, close() }`; `close()` stops both servers by
 * PID and removes the run's data directory. On failure, whatever was started
 * is stopped before the error is thrown.
 */
export async function startWordPress({ setup = true } = {}) {
  if (setup) setupWordPress();
  // Owned by root, readable by mysql/www-data: they only need the socket and their own files.
  const dir = mkdtempSync(join(tmpdir(), 'quotelight-wp-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'mysql');
  // mariadbd runs as the mysql user: its socket, pid and log live in a directory it owns.
  const dbRun = join(dir, 'mysql-run');
  mkdirSync(dbRun, { mode: 0o755 });
  chownSync(dbRun, uid('mysql'), gid('mysql'));
  const socket = join(dbRun, 'mysqld.sock');
  const dbPassword = randomBytes(18).toString('hex');
  const salt = randomBytes(32).toString('hex');
  const started = [];
  const close = async () => {
    for (const server of started.reverse()) await server.stop().catch(() => {});
    started.length = 0;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a fresh data directory, no TCP at all (the unix socket is enough for PHP).
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=mysql',
      '--auth-root-authentication-method=socket', '--skip-test-db'], { stdio: 'ignore', timeout: 120_000 });
    const dbLog = join(dbRun, 'mariadb.log');
    const db = daemon('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking',
      '--user=mysql', `--pid-file=${join(dbRun, 'mariadb.pid')}`, `--log-error=${dbLog}`,
      '--innodb-buffer-pool-size=64M', '--skip-log-bin'], dbLog);
    started.push(db);
    const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', statement],
      { encoding: 'utf8', timeout: 30_000 });
    await until(() => { if (!db.alive()) throw new Error(db.describe()); return existsSync(socket) && sql('SELECT 1').trim() === '1'; },
      'MariaDB', 60_000, dbLog).catch((err) => { throw db.alive() ? err : new Error(db.describe()); });
    sql(`CREATE DATABASE IF NOT EXISTS quotelight_wp CHARACTER SET utf8mb4;
      CREATE USER IF NOT EXISTS 'quotelight'@'localhost' IDENTIFIED BY ${sqlString(dbPassword)};
      GRANT ALL ON quotelight_wp.* TO 'quotelight'@'localhost';`);

    // Apache, in the foreground (so it is our child), on a free loopback port.
    const phpModule = execFileSync('bash', ['-c', 'ls /usr/lib/apache2/modules/libphp*.so | head -n1'], { encoding: 'utf8' }).trim();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const conf = join(dir, 'apache2.conf');
    writeFileSync(conf, apacheConfig({ port, dir, socket, dbPassword, salt, phpModule }));
    for (const log of ['apache-error.log', 'wordpress-debug.log']) {
      writeFileSync(join(dir, log), '');
      chownSync(join(dir, log), uid('www-data'), 0);
    }
    const apacheLog = join(dir, 'apache-error.log');
    const web = daemon('apache2', ['-f', conf, '-DFOREGROUND'], apacheLog);
    started.push(web);
    await until(async () => {
      if (!web.alive()) throw new Error(web.describe());
      return (await fetch(`${url}wp-admin/install.php`, { redirect: 'manual' })).status < 500;
    }, 'Apache', 60_000, apacheLog).catch((err) => { throw web.alive() ? err : new Error(web.describe()); });

    // Install: the same POST the installer's form sends.
    const form = new URLSearchParams({
      weblog_title: 'Quotelight test site', user_name: ADMIN.user, admin_password: ADMIN.password,
      admin_password2: ADMIN.password, pw_weak: 'on', admin_email: ADMIN.email, blog_public: '0', language: '',
    });
    const install = await fetch(`${url}wp-admin/install.php?step=2`, { method: 'POST', body: form, redirect: 'manual' });
    const page = await install.text();
    if (install.status !== 200 || !/Success!|already installed/i.test(page)) {
      throw new Error(`WordPress install failed (HTTP ${install.status}): ${page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
    }
    // Activate the plugin; no avatars (Gravatar is an outside call). The editor has seen the block
    // editor's welcome guide before (its animation comes from s.w.org).
    const active = phpSerialize(['quotelight/quotelight.php']);
    const preferences = phpSerialize({ 'core/edit-post': { welcomeGuide: false }, _modified: new Date().toISOString() });
    sql(`USE quotelight_wp;
      UPDATE wp_options SET option_value = ${sqlString(active)} WHERE option_name = 'active_plugins';
      UPDATE wp_options SET option_value = '0' WHERE option_name = 'show_avatars';
      INSERT INTO wp_usermeta (user_id, meta_key, meta_value)
        SELECT ID, 'wp_persisted_preferences', ${sqlString(preferences)} FROM wp_users WHERE user_login = ${sqlString(ADMIN.user)};`);
    return { url, port, dir, user: ADMIN.user, password: ADMIN.password, pids: started.map((s) => s.pid), close };
  } catch (err) {
    await close();
    throw err;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wp = await startWordPress();
  console.log(`WordPress at ${wp.url}wp-admin/ (user ${wp.user}, password ${wp.password}); Ctrl+C stops it.`);
  const stop = () => wp.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
