// A private, throw-away WordPress for the tests and the screenshots: Debian's WordPress (6.1) copied into
// a temp dir, its own MariaDB (socket only, no network), PHP's built-in server on 127.0.0.1, installed
// from PHP with wp_install(), and the plugin installed from the built zip and activated through the
// REST API with an application password. Nothing outside the temp dir is touched. Node-only.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].find((path) => existsSync(path)) ?? 'mariadbd';
export const INSTALL_COMMAND = 'scripts/wordpress/install.sh';

/** Why the WordPress test cannot run on this machine (with the command that fixes it), or null. */
export function wordpressMissing() {
  const missing = [];
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) missing.push('WordPress (Debian package "wordpress")');
  if (spawnSync(MARIADBD, ['--version']).status !== 0) missing.push('MariaDB ("mariadb-server")');
  const php = spawnSync('php', ['-m'], { encoding: 'utf8' });
  if (php.status !== 0) missing.push('PHP ("php-cli")');
  else if (!/^mysqli$/m.test(php.stdout)) missing.push('PHP\'s mysqli ("php-mysql")');
  return missing.length ? `${missing.join(', ')} not installed: run ${INSTALL_COMMAND} (as root or with sudo) to install them from apt.` : null;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function waitFor(what, test, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

const portOpen = (port) =>
  new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** A PHP string literal. */
const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts a fresh WordPress with the plugin active.
 * @param {{ ports?: number[], zip?: string, log?: (line: string) => void }} [options]
 *   ports: the first free one is used (8117–8119 by default); zip: the plugin zip (dist/newsbrief-wordpress.zip).
 */
export async function startWordPress({ ports = [8117, 8118, 8119], zip = 'dist/newsbrief-wordpress.zip', log = () => {} } = {}) {
  const problem = wordpressMissing();
  if (problem) throw new Error(problem);
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);

  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-wp-'));
  const children = [];
  const stop = async () => {
    // Each child leads its own process group: php -S forks workers that outlive their parent otherwise.
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null)));
    rmSync(dir, { recursive: true, force: true });
  };
  // If the runner exits without calling stop(), no server outlives it.
  const killAll = () => children.forEach((child) => child.exitCode === null && (() => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } })());
  process.once('exit', killAll);
  try {
    // The database: a private MariaDB on a socket in the temp dir.
    const user = userInfo().username;
    const datadir = join(dir, 'db');
    const socket = join(dir, 'mysqld.sock');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, `--user=${user}`, '--auth-root-authentication-method=normal', '--skip-test-db']);
    const mariadb = spawn(MARIADBD, ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--user=${user}`, `--pid-file=${join(dir, 'mysqld.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`], { stdio: 'ignore', detached: true });
    children.push(mariadb);
    await waitFor('MariaDB', () => existsSync(socket) || mariadb.exitCode !== null, 30000);
    if (mariadb.exitCode !== null) throw new Error(`MariaDB exited: ${readFileSync(join(dir, 'mariadb.log'), 'utf8').slice(-2000)}`);
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // WordPress: a copy of Debian's (its wp-config.php reads /etc/wordpress; ours is written below).
    const port = await (async () => {
      for (const candidate of ports) if (!(await portOpen(candidate))) return candidate;
      throw new Error(`ports ${ports.join(', ')} are all taken`);
    })();
    const url = `http://127.0.0.1:${port}`;
    const www = join(dir, 'www');
    cpSync(WORDPRESS, www, {
      recursive: true,
      filter: (source) => !source.endsWith('/.htaccess') && !source.startsWith(`${WORDPRESS}/wp-content/languages`),
    });
    const salt = () => php(randomBytes(32).toString('hex'));
    writeFileSync(
      join(www, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define( '${key}', ${salt()} );`).join('\n')}
define( 'WP_HOME', ${php(url)} );
define( 'WP_SITEURL', ${php(url)} );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // Application passwords over plain http on loopback.
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // No internet: no update checks to wait for.
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false ); // WordPress 6.1 itself is noisy on PHP 8.2: notices go to the log.
define( 'WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))} );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', www], {
      cwd: www,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
      detached: true,
    });
    children.push(server);
    await waitFor(`php -S on port ${port}`, () => portOpen(port), 15000);

    // Install from PHP, without a browser; an administrator with an application password for REST calls.
    const password = randomBytes(12).toString('hex');
    const install = join(dir, 'install.php');
    writeFileSync(
      install,
      `<?php
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)};
require ${php(join(www, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter( 'pre_wp_mail', '__return_false' );
$result = wp_install( 'newsbrief test site', 'editor', 'editor@example.com', false, '', ${php(password)} );
update_option( 'permalink_structure', '' );
// The block editor's welcome guide would cover the screenshots.
update_user_meta( $result['user_id'], $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
$app = WP_Application_Passwords::create_new_application_password( $result['user_id'], array( 'name' => 'newsbrief tests' ) );
echo wp_json_encode( array( 'user_id' => $result['user_id'], 'app_password' => $app[0] ) );
`,
    );
    const installed = JSON.parse(run('php', ['-d', 'display_errors=stderr', '-d', 'error_reporting=0', install], { cwd: www }).trim().split('\n').pop());
    const auth = `Basic ${Buffer.from(`editor:${installed.app_password}`).toString('base64')}`;

    /** A REST call, as the administrator or as `as` (from addUser); plain permalinks: the route goes in ?rest_route=. */
    const rest = async (method, route, body, params = {}, as = null) => {
      const authorization = as ? `Basic ${Buffer.from(`${as.user}:${as.appPassword}`).toString('base64')}` : auth;
      const query = new URLSearchParams({ rest_route: route, ...params });
      const response = await fetch(`${url}/?${query}`, {
        method,
        headers: { Authorization: authorization, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      let json = null;
      try {
        json = JSON.parse(text);
      } catch {
        // Left null: the caller reports the status and the text.
      }
      if (!response.ok) throw new Error(`${method} ${route}: HTTP ${response.status} ${text.slice(0, 500)}`);
      return json;
    };

    // The plugin, as an administrator uploads it: the zip's folder into wp-content/plugins, then activated.
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
      const target = resolve(www, 'wp-content/plugins', name);
      if (!target.startsWith(resolve(www, 'wp-content/plugins') + '/')) throw new Error(`zip entry outside the plugin folder: ${name}`);
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
    }
    const plugin = await rest('POST', '/wp/v2/plugins/newsbrief/newsbrief', { status: 'active' });
    if (plugin?.status !== 'active') throw new Error(`the plugin did not activate: ${JSON.stringify(plugin)}`);
    log(`WordPress ready at ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})`);

    return {
      url,
      dir,
      user: 'editor',
      password,
      plugin,
      rest,
      /** A user with a role (author, contributor…), a login password and an application password, made through the REST API. */
      addUser: async (role) => {
        const login = `${role}-${randomBytes(3).toString('hex')}`;
        const userPassword = randomBytes(12).toString('hex');
        const created = await rest('POST', '/wp/v2/users', { username: login, password: userPassword, email: `${login}@example.com`, roles: [role] });
        const app = await rest('POST', `/wp/v2/users/${created.id}/application-passwords`, { name: 'newsbrief tests' });
        return { id: created.id, user: login, password: userPassword, appPassword: app.password };
      },
      /** Puts a file in wp-content/uploads (as a publisher hosts an article's JSON) and returns its URL. */
      writeFile: (name, text) => {
        const target = resolve(www, 'wp-content/uploads', name);
        if (!target.startsWith(resolve(www, 'wp-content/uploads') + '/')) throw new Error(`not under wp-content/uploads: ${name}`);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, text);
        return `${url}/wp-content/uploads/${name}`;
      },
      /** PHP notices, warnings and errors logged from the plugin's own files. */
      pluginLog: () => {
        const file = join(dir, 'debug.log');
        return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('/plugins/newsbrief/')) : [];
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
