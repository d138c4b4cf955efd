// Usage: node wait-http.mjs <url> <seconds>: exits 0 once the URL answers with any status.
const [url, seconds = '60'] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
while (Date.now() < deadline) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    process.exit(0);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
process.exit(1);
