// Starts the real parts for browser tests: Azurite (unless the TEST command already runs one),
// the built bot, the Agents Playground bound to loopback, and headless Debian Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { playgroundYaml } from './demo-users.mjs';
import { testNow, testNowIsSet } from './test-now.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
export const outputDir = path.join(root, 'test-output');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

const botDll = () => {
  for (const config of ['Release', 'Debug']) {
    const dll = path.join(root, 'Bot', 'bin', config, 'net10.0', 'ForumBot.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('ForumBot.dll not built: run the README\'s TEST command (it builds first).');
};

/** Stops a child with a signal and waits for it to exit (bounded). */
async function stop(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts Azurite (or reuses FORUMBOT_TEST_TABLES), imports the demo network into tables of its
 * own prefix, starts the bot and the Playground signed in as `as`. Returns handles and a stop().
 * `clockStart` (a Date) starts the bot's clock at that instant through the test-only setting
 * ForumBot:Testing:ClockStart; by default it is FORUMBOT_TEST_NOW's now, or the real clock.
 * Admin CLI runs take their environment from `cliEnv()`, so they read the bot's clock.
 */
export async function startStack({ as = 'frontline', importNetwork = true, clockStart } = {}) {
  const start = clockStart ?? (testNowIsSet ? testNow() : null);
  const offset = start ? start.getTime() - Date.now() : 0;
  const now = () => new Date(Date.now() + offset);
  const clockEnv = () => (start ? { ForumBot__Testing__ClockStart: now().toISOString() } : {});

  const children = [];
  const logs = [];
  const track = (name, child) => {
    children.push(child);
    child.stdout?.on('data', (d) => logs.push(`[${name}] ${d}`));
    child.stderr?.on('data', (d) => logs.push(`[${name}] ${d}`));
    return child;
  };

  let tables = process.env.FORUMBOT_TEST_TABLES;
  let azurite;
  if (!tables) {
    const port = await freePort();
    azurite = track('azurite', spawn(path.join(root, 'tools/node_modules/.bin/azurite-table'),
      ['--tableHost', '127.0.0.1', '--tablePort', String(port), '--inMemoryPersistence', '--disableTelemetry', '--silent']));
    await waitForHttp(`http://127.0.0.1:${port}/devstoreaccount1/Tables`, 30);
    tables = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${devKey};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
  }

  const env = {
    ...process.env,
    ForumBot__Testing__ClockStart: '',
    ConnectionStrings__Tables: tables,
    Storage__TablePrefix: 'e2e' + Math.random().toString(36).slice(2, 10),
    MicrosoftAppId: '',
    ASPNETCORE_ENVIRONMENT: 'Development',
    DOTNET_NOLOGO: '1',
  };
  const dll = botDll();
  if (importNetwork) {
    const imported = spawnSync('dotnet', [dll, 'import', path.join(root, 'samples/tingbjerg-husum.network.json')], { env: { ...env, ...clockEnv() }, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`import failed (${imported.status}): ${imported.stderr}${imported.stdout}`);
  }

  const botPort = await freePort();
  const bot = track('bot', spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${botPort}`], { env: { ...env, ...clockEnv() } }));
  await waitForHttp(`http://127.0.0.1:${botPort}/healthz`, 60);

  const playgroundPort = await freePort();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'forumbot-playground-'));
  writeFileSync(path.join(workDir, '.m365agentsplayground.yml'), playgroundYaml(as));
  const playground = track('playground', spawn(process.execPath, [
    '-r', path.join(root, 'tools/lib/loopback-preload.cjs'),
    path.join(root, 'tools/node_modules/@microsoft/m365agentsplayground/cli.js'),
    '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort),
    '--service-url', `http://127.0.0.1:${playgroundPort}/_connector`, '--disable-telemetry',
  ], { cwd: workDir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log') } }));
  await waitForHttp(`http://127.0.0.1:${playgroundPort}/_debug/ping`, 60);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

  return {
    env, dll, logs, botPort, playgroundPort, browser, now,
    /** The environment for an admin CLI run (with `extra` settings), on the bot's clock. */
    cliEnv: (extra = {}) => ({ ...env, ...clockEnv(), ...extra }),
    playgroundUrl: `http://127.0.0.1:${playgroundPort}/`,
    async stop() {
      await browser.close().catch(() => {});
      await stop(playground);
      await stop(bot);
      if (azurite) await stop(azurite, 'SIGINT');
    },
  };
}

/** Opens the Playground's personal chat and waits for the compose box. */
export async function openPersonalChat(stack) {
  const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(stack.playgroundUrl);
  await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor({ timeout: 60_000 });
  return page;
}

export async function send(page, text) {
  const box = page.locator('[data-lexical-editor="true"][role="textbox"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export function screenshotPath(name) {
  mkdirSync(outputDir, { recursive: true });
  return path.join(outputDir, name);
}
