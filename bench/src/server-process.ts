// The child process behind startCannedServer(): a plain node:http server answering canned bodies.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CannedReply, CannedRoutes } from './canned-server.js';

const { module, options } = JSON.parse(process.argv[2]!) as { module: string; options: unknown };
const { routes } = (await import(module)) as { routes: (options: unknown) => CannedRoutes | Promise<CannedRoutes> };
const answer = await routes(options);
const notFound: CannedReply = { status: 404, body: '{"message":"no canned route"}' };

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const reply = answer(new URL(req.url ?? '/', 'http://127.0.0.1'), req.method ?? 'GET') ?? notFound;
    const send = () => {
      res.writeHead(reply.status ?? 200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(reply.body),
      });
      res.end(reply.body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
