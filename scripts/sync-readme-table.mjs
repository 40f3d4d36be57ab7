#!/usr/bin/env node
// Copies the latest benchmark table from bench/README.md into the root README (between the same markers).
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';
const between = (text, file) => {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${file} has no ${START} ... ${END} block.`);
  return [from, to + END.length];
};
const bench = readFileSync('bench/README.md', 'utf8');
const [bFrom, bTo] = between(bench, 'bench/README.md');
const root = readFileSync('README.md', 'utf8');
const [rFrom, rTo] = between(root, 'README.md');
writeFileSync('README.md', root.slice(0, rFrom) + bench.slice(bFrom, bTo) + root.slice(rTo));
console.log('README.md: benchmark table updated from bench/README.md');
