// Serves the repository on localhost (no dependencies) and prints the example page's URL.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * A developing story for examples/live.html: the versions in examples/articles/live-story.json, one every
 * LIVE_STEP seconds (default 30) from the first visit, then from the start again.
 * `/live/article.json` serves the current version with an ETag and a Last-Modified (304 when unchanged);
 * `/live/events` is a server-sent events stream that says `update` when a new version is out.
 */
const story = JSON.parse(readFileSync(join(root, 'examples/articles/live-story.json'), 'utf8'));
const step = (Number(process.env.LIVE_STEP) || 30) * 1000;
let storyStart;
const listeners = new Set();
const currentVersion = () => (storyStart === undefined ? 0 : Math.floor((Date.now() - storyStart) / step) % story.length);
let announcedVersion = 0;
setInterval(() => {
  const version = currentVersion();
  if (version === announcedVersion) return;
  announcedVersion = version;
  for (const listener of listeners) listener.write(`event: update\ndata: ${JSON.stringify({ version: version + 1, of: story.length })}\n\n`);
}, 1000).unref();

function serveLive(path, request, response) {
  storyStart ??= Date.now();
  if (path === '/live/events') {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    response.write(`retry: 3000\nevent: hello\ndata: ${JSON.stringify({ version: currentVersion() + 1, of: story.length, step: step / 1000 })}\n\n`);
    listeners.add(response);
    const heartbeat = setInterval(() => response.write(': still here\n\n'), 15000);
    request.on('close', () => {
      clearInterval(heartbeat);
      listeners.delete(response);
    });
    return;
  }
  const version = currentVersion();
  const etag = `"story-${storyStart}-${version}"`;
  const lastModified = new Date(storyStart + version * step).toUTCString();
  const headers = { ETag: etag, 'Last-Modified': lastModified, 'Cache-Control': 'no-cache' };
  const unchanged = request.headers['if-none-match'] ? request.headers['if-none-match'] === etag : request.headers['if-modified-since'] === lastModified;
  if (unchanged) return void response.writeHead(304, headers).end();
  response.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(story[version]));
}

const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/live/article.json' || path === '/live/events') return serveLive(path, request, response);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  let stat;
  try {
    stat = file.startsWith(root) && statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat || !stat.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(response);
});

const listen = (port) =>
  server
    .once('error', (error) => (error.code === 'EADDRINUSE' && port < 8100 ? listen(port + 1) : Promise.reject(error)))
    .listen(port, '127.0.0.1', () => {
      console.log(`newsbrief examples:\n  http://localhost:${port}/examples/           an article page\n  http://localhost:${port}/examples/elements.html  every element on its own\n  http://localhost:${port}/examples/playground.html  paste an article, see it, copy the embed code\n  http://localhost:${port}/examples/live.html      a developing story, updated live (server-sent events)\n(Ctrl+C to stop)`);
    });
listen(Number(process.env.PORT) || 8000);
