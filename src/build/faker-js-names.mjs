// Prints the given names of every locale of @faker-js/faker (MIT) as "locale<TAB>F|M|U<TAB>name" lines, and its
// surnames as "locale<TAB>S<TAB>name", for build-world-names.py. Run with the package unpacked (npm pack @faker-js/faker@10.6.0; tar xzf the .tgz):
//
//   node src/build/faker-js-names.mjs package/dist/index.js > faker-js-names.tsv
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node faker-js-names.mjs PATH/TO/@faker-js/faker/dist/index.js');
  process.exit(2);
}
const { allLocales } = await import(pathToFileURL(resolve(entry)).href);
const tags = { female: 'F', male: 'M', generic: 'U' };
const rows = [];
for (const [locale, def] of Object.entries(allLocales)) {
  const first = def?.person?.first_name ?? {};
  for (const [kind, tag] of Object.entries(tags)) {
    for (const name of first[kind] ?? []) rows.push(`${locale}\t${tag}\t${name}`);
  }
  const last = def?.person?.last_name ?? {};
  for (const kind of Object.keys(tags)) {
    for (const name of last[kind] ?? []) rows.push(`${locale}\tS\t${name}`);
  }
}
rows.sort();
process.stdout.write(rows.join('\n') + '\n');
