// Node-side test helpers: the built CLI and the fixtures. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const readFixture = (name) => readFileSync(fixture(name), 'utf8');

/** Runs `newsbrief <args>` as a user does (the package's bin), with `input` on standard input. */
export function cli(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${ROOT}dist/ssr/cli.js`, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
