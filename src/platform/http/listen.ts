import type { Server } from 'node:http';

/**
 * Starts a local server on 127.0.0.1 only (`port` 0 lets the system choose a free one) and
 * gives its address, `http://127.0.0.1:<port>`: the sandbox and the UI server are for this
 * machine, never for the network.
 */
export async function listenOnLoopback(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The local server has no TCP address.');
  return `http://127.0.0.1:${String(address.port)}`;
}
