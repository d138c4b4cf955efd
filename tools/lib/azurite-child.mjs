// Usage: node azurite-child.mjs <port>
// Runs Azurite's table service (in memory) for as long as this process's stdin stays open, so
// a test host that dies without cleaning up (killed, crashed) never leaves an Azurite behind.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.argv[2];
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin/azurite-table');
const azurite = spawn(bin, ['--tableHost', '127.0.0.1', '--tablePort', port, '--inMemoryPersistence', '--disableTelemetry', '--silent'], { stdio: 'ignore' });
const stop = () => {
  azurite.kill('SIGINT');
  setTimeout(() => azurite.kill('SIGKILL'), 3000).unref();
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
azurite.on('exit', (code) => process.exit(code ?? 0));
