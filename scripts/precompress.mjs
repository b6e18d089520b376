// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each WebAssembly,
// JavaScript and CSS file under the given directory, for the server to send as they are.
// Made once at build time, so the strongest (and slowest) settings cost nothing per request;
// cargo-leptos's own `--precompress` uses faster settings whose gzip is about 15 % larger.
// A copy newer than its file is kept. Usage: node scripts/precompress.mjs target/site/pkg
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(wasm|js|css)$/;

function* filesUnder(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield path;
  }
}

const isFresh = (copy, source) => {
  try {
    return statSync(copy).mtimeMs >= statSync(source).mtimeMs;
  } catch {
    return false;
  }
};

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node scripts/precompress.mjs <directory>');
  process.exit(2);
}
let written = 0;
for (const path of filesUnder(directory)) {
  const content = readFileSync(path);
  if (!isFresh(`${path}.br`, path)) {
    const br = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    writeFileSync(`${path}.br`, br);
    written += 1;
  }
  if (!isFresh(`${path}.gz`, path)) {
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    written += 1;
  }
}
console.log(`precompressed: ${written} copies written under ${directory}`);
