import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { RequestQueue } from '../../examples/_shared/requestQueue.js';

describe('RequestQueue', () => {
  it('starts the waiting requests smallest body first', async () => {
    const queue = new RequestQueue();
    const started: number[] = [];
    await Promise.all([300_000, 120, 4_000, 120, 95].map((bytes) => queue.turn(bytes).then(() => started.push(bytes))));
    expect(started).toEqual([95, 120, 120, 4_000, 300_000]);
  });

  it('starts one request per turn of the event loop, so that data arriving meanwhile is read before the next starts', async () => {
    const events: string[] = [];
    const server = createServer((socket) => socket.on('data', () => events.push('data read')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
    const [accepted] = (await Promise.all([once(server, 'connection'), once(client, 'connect')]))[0] as [Socket];
    try {
      const queue = new RequestQueue();
      const first = queue.turn(10).then(() => {
        events.push('first');
        // Another client's bytes reach the server while the first request is being answered.
        client.write('x');
      });
      const second = queue.turn(20).then(() => events.push('second'));
      await Promise.all([first, second]);
      expect(events).toEqual(['first', 'data read', 'second']);
    } finally {
      accepted.destroy();
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('lets a small request that arrives later go before large ones still waiting', async () => {
    const queue = new RequestQueue();
    const started: string[] = [];
    const large = [1, 2, 3].map((n) => queue.turn(600_000).then(() => started.push(`large ${n}`)));
    await large[0];
    await queue.turn(400).then(() => started.push('small'));
    await Promise.all(large);
    expect(started).toEqual(['large 1', 'small', 'large 2', 'large 3']);
  });
});
