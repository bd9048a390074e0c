// Serves the built game on every network interface and prints the addresses to open,
// so a laptop on the hall's Wi-Fi can hand the game to phones in the room.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

const port = Number(process.env.PORT ?? 4173);
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && a.family === 'IPv4' && !a.internal)
  .map((a) => `http://${a.address}:${port}/`);

// The projector's QR code reads this to show phones an address they can reach.
writeFileSync('dist/lan.json', JSON.stringify({ urls: lan }));

console.log('\nĐuổi hình bắt chữ đang chạy / is running:');
console.log(`  Trên máy này / on this computer:  http://localhost:${port}/`);
for (const url of lan) console.log(`  Trong mạng nội bộ / on the local network:  ${url}`);
console.log('  Dừng / stop: Ctrl+C\n');

const child = spawn(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '0.0.0.0',
    '--port',
    String(port),
    '--strictPort',
  ],
  { stdio: ['inherit', 'ignore', 'inherit'] },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
