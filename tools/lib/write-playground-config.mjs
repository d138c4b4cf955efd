// Usage: node write-playground-config.mjs <folder> [frontline|chair|manager|admin|volunteer|police]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoUsers, playgroundYaml } from './demo-users.mjs';

const [folder, who = 'frontline'] = process.argv.slice(2);
try {
  const yaml = playgroundYaml(who);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.m365agentsplayground.yml'), yaml);
  const u = demoUsers[who];
  console.log(`${u.name} (${u.role})`);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
