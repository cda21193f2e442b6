// Builds the WordPress plugin after rollup: `dist/wordpress/newsbrief/` (the plugin folder with its own
// copy of dist/newsbrief.min.js) and `dist/newsbrief-wordpress.zip` (the same, ready to upload in
// Plugins → Add New → Upload). The zip is reproducible: same files, same bytes.
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE = 'integrations/wordpress/newsbrief';
const FOLDER = 'dist/wordpress/newsbrief';
const ZIP = 'dist/newsbrief-wordpress.zip';

// The plugin header, block.json and the asset file carry the package's version: a release must not forget one.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const versions = {
  'newsbrief.php (Version:)': readFileSync(`${SOURCE}/newsbrief.php`, 'utf8').match(/^ \* Version:\s*(\S+)/m)?.[1],
  "newsbrief.php (NEWSBRIEF_VERSION)": readFileSync(`${SOURCE}/newsbrief.php`, 'utf8').match(/'NEWSBRIEF_VERSION', '([^']+)'/)?.[1],
  'block/block.json': JSON.parse(readFileSync(`${SOURCE}/block/block.json`, 'utf8')).version,
  'block/index.asset.php': readFileSync(`${SOURCE}/block/index.asset.php`, 'utf8').match(/'version'\s*=>\s*'([^']+)'/)?.[1],
};
const wrong = Object.entries(versions).filter(([, v]) => v !== version);
if (wrong.length) {
  console.error(`WordPress plugin: version ${version} expected (package.json), found ${wrong.map(([f, v]) => `${v} in ${f}`).join(', ')}`);
  process.exit(1);
}

rmSync('dist/wordpress', { recursive: true, force: true });
mkdirSync(FOLDER, { recursive: true });
cpSync(SOURCE, FOLDER, { recursive: true });
mkdirSync(`${FOLDER}/assets`, { recursive: true });
cpSync('dist/newsbrief.min.js', `${FOLDER}/assets/newsbrief.min.js`);

const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[`newsbrief/${relative(FOLDER, path)}`] = [readFileSync(path), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
};
walk(FOLDER);
const zip = zipSync(files, { level: 9 });
writeFileSync(ZIP, zip);
console.log(`${ZIP}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KiB`);
