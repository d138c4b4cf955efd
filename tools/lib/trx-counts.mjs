// Prints "<passed> <failed>" from a VSTest TRX file; a missing or unreadable file counts as one failure.
import { readFileSync } from 'node:fs';

try {
  const trx = readFileSync(process.argv[2], 'utf8');
  const counters = trx.match(/<Counters\b[^>]*>/);
  const attr = (name) => Number((counters?.[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [])[1] ?? 0);
  const failed = attr('failed') + attr('error') + attr('timeout') + attr('aborted');
  if (!counters || attr('total') === 0) {
    console.log('0 1');
  } else {
    console.log(`${attr('passed')} ${failed}`);
  }
} catch {
  console.log('0 1');
}
