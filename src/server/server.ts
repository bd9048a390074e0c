import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { attachRooms, LIMITS, type RoomLimits, type RoomServer } from './room-server';
import { staticFiles } from './static-files';

/** The addresses phones in the hall can open (IPv4, not the loopback). */
export function lanUrls(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => `http://${a?.address ?? ''}:${port}/`);
}

export interface Running {
  readonly port: number;
  readonly rooms: RoomServer;
  close(): Promise<void>;
}

/**
 * One process, one port: the built game (`dir`) and the realtime room. `host` '::' listens on
 * every address of the laptop (IPv6 and IPv4); tests use '127.0.0.1'.
 */
export async function startServer(options: {
  dir: string;
  port: number;
  host: string;
  limits?: RoomLimits;
}): Promise<Running> {
  let port = options.port;
  const http = createServer(
    staticFiles(options.dir, {
      // The projector's QR code shows phones an address they can reach (src/host/game-address.ts).
      '/lan.json': () => ({ urls: lanUrls(port) }),
      // The projector asks whether phones can join: only when this server runs.
      '/room.json': () => ({ room: true }),
    }),
  );
  const rooms = attachRooms(http, options.limits ?? LIMITS);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      resolve();
    });
  });
  port = (http.address() as AddressInfo).port;
  return {
    port,
    rooms,
    close: async () => {
      await rooms.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => {
        http.close(() => {
          resolve();
        });
      });
    },
  };
}
