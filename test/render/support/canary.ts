// An HTTP server on loopback that counts every connection: a document page must never reach it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Canary {
  url: string;
  port: number;
  connections: () => number;
  paths: string[];
  close: () => Promise<void>;
}

export async function startCanary(): Promise<Canary> {
  let connections = 0;
  const paths: string[] = [];
  const server: Server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.end('canary');
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connections: () => connections,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
