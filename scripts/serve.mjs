// Serves the repository on localhost (no dependencies) and prints the example page's URL.
import { createReadStream, statSync } from 'node:fs';
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

const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
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
      console.log(`newsbrief examples:\n  http://localhost:${port}/examples/           an article page\n  http://localhost:${port}/examples/elements.html  every element on its own\n  http://localhost:${port}/examples/playground.html  paste an article, see it, copy the embed code\n(Ctrl+C to stop)`);
    });
listen(Number(process.env.PORT) || 8000);
