import { connect } from 'node:net';
import { startStack, type Stack } from '../support/stack.js';

// Ctrl-C on `npm start` stops the API with SIGTERM. A client connection that is in the middle of a
// request at that moment (a browser tab, a health probe) must not keep the process alive: Node's
// server would wait for it up to its keep-alive timeout, and the launcher gives up after 20 s.
describe('shutdown', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack.close().catch(() => undefined);
  });

  it('closes the API at once although a connection is in the middle of a request', async () => {
    await stack.api.listen({ port: 0, host: '127.0.0.1' });
    const { port } = stack.api.getHttpServer().address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Headers not yet finished: the connection is busy, not idle.
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    socket.on('error', () => undefined);
    const socketClosed = new Promise((resolve) => socket.once('close', resolve));

    const startedAt = Date.now();
    const closed = await Promise.race([stack.api.close().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000))]);
    expect(closed).toBe(true);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    await socketClosed;
  });
});
