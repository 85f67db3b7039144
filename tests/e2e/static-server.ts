// A plain static host for the built site: files as they are, under a base path, nothing else. No
// extension guessing ("claims/x" is not "claims/x.html") and nothing outside the base, so a link that
// only works thanks to a clever server fails here.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticSite {
  /** The site's address, ending in its base: "http://127.0.0.1:4329/factcheck/". */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, base = '/', port = 0): Promise<StaticSite> {
  const files = sirv(dir, { dev: true, etag: false, extensions: [] });
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.end('Not found');
  };
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (!path.startsWith(base)) return notFound(response);
    request.url = `/${path.slice(base.length)}`;
    files(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    // A socket Chromium opened ahead of a request it never sent keeps close() waiting for minutes (seen
    // timing out a test in CI): the page is done with the server, so every connection goes.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
