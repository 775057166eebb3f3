#!/usr/bin/env node
// Baseline NER with compromise (https://github.com/spencermountain/compromise),
// scored against claimgraph gold annotations (entities only), plus a speed test.
//
// Usage:
//   node ner_baseline.mjs --gold DIR --corpus DIR [--json] [--speed-corpus DIR] [--no-speed]
//
//   --gold DIR          directory of gold *.json files (see /work/shared/gold/GUIDELINES.md)
//   --corpus DIR        corpus root; each gold file's "article" is joined to it
//   --json              print JSON {"articles":[...],"total":{...},"speed":{...}} instead of a table
//   --speed-corpus DIR  also time tagging over every *.txt under DIR (recursively);
//                       files that are not valid UTF-8 are skipped and counted
//   --no-speed          skip all timing
//
// Matching rules: names are normalised (curly quotes -> straight, lower case,
// collapse white space, trim punctuation, strip a leading "the " and a trailing "'s");
// predictions are deduplicated by (type, normalised text); a prediction matches a
// gold entity when the types are equal and its normalised text equals the
// normalised gold name or any normalised alias; matching is one-to-one (maximum
// bipartite matching). TP/FP/FN are summed over articles (micro average).
//
// Timing covers tagging only: nlp(text) plus .people()/.places()/.organizations()
// .out('array'); file reading, UTF-8 decoding and scoring are excluded. Node runs
// JavaScript on one thread; pin it to one core with `taskset -c 0` if you like.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

const NLP_VERSION = nlp.version;

function parseArgs(argv) {
  const a = { gold: null, corpus: null, json: false, speedCorpus: null, speed: true };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--gold') a.gold = argv[++i];
    else if (k === '--corpus') a.corpus = argv[++i];
    else if (k === '--json') a.json = true;
    else if (k === '--speed-corpus') a.speedCorpus = argv[++i];
    else if (k === '--no-speed') a.speed = false;
    else if (k === '-h' || k === '--help') {
      console.log('usage: node ner_baseline.mjs --gold DIR --corpus DIR [--json] [--speed-corpus DIR] [--no-speed]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${k}`);
      process.exit(2);
    }
  }
  if (!a.gold || !a.corpus) {
    console.error('need --gold DIR and --corpus DIR');
    process.exit(2);
  }
  return a;
}

export function normalise(s) {
  let t = String(s)
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  const trimPunct = (x) => x.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
  t = trimPunct(t);
  t = t.replace(/'s$/, '');
  t = trimPunct(t);
  if (t.startsWith('the ')) t = trimPunct(t.slice(4));
  return t.trim();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function readUtf8(file) {
  try {
    return utf8.decode(fs.readFileSync(file));
  } catch (e) {
    if (e instanceof TypeError) return null; // invalid UTF-8
    throw e;
  }
}

function tag(text) {
  const doc = nlp(text);
  return {
    person: doc.people().out('array'),
    place: doc.places().out('array'),
    organisation: doc.organizations().out('array'),
  };
}

function predictions(raw) {
  const seen = new Map();
  for (const type of ['person', 'place', 'organisation']) {
    for (const t of raw[type]) {
      const n = normalise(t);
      if (!n) continue;
      const key = `${type}\u0000${n}`;
      if (!seen.has(key)) seen.set(key, { type, norm: n, text: t });
    }
  }
  return [...seen.values()];
}

// Maximum bipartite matching (Kuhn) between predictions and gold entities.
function match(preds, gold) {
  const goldKeys = gold.map((g) => new Set([g.name, ...(g.aliases || [])].map(normalise)));
  const adj = preds.map((p) =>
    gold.map((g, j) => (g.type === p.type && goldKeys[j].has(p.norm) ? j : -1)).filter((j) => j >= 0));
  const goldTo = new Array(gold.length).fill(-1);
  const tryAssign = (i, seen) => {
    for (const j of adj[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldTo[j] < 0 || tryAssign(goldTo[j], seen)) {
        goldTo[j] = i;
        return true;
      }
    }
    return false;
  };
  let tp = 0;
  for (let i = 0; i < preds.length; i++) if (tryAssign(i, new Array(gold.length).fill(false))) tp++;
  const matchedPred = new Set(goldTo.filter((i) => i >= 0));
  return {
    tp,
    fp: preds.length - tp,
    fn: gold.length - tp,
    falsePositives: preds.filter((_, i) => !matchedPred.has(i)).map((p) => `${p.type}:${p.text}`),
    falseNegatives: gold.filter((_, j) => goldTo[j] < 0).map((g) => `${g.type}:${g.name}`),
  };
}

function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: p, recall: r, f1: f };
}

function walkTxt(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walkTxt(p));
    else if (ent.isFile() && ent.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

function timeTexts(texts) {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  const t0 = performance.now();
  for (const t of texts) tag(t);
  const secs = (performance.now() - t0) / 1000;
  return {
    articles: texts.length,
    bytes,
    seconds: +secs.toFixed(3),
    articles_per_s: +(texts.length / secs).toFixed(1),
    mb_per_s: +(bytes / 1e6 / secs).toFixed(4),
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const goldFiles = fs.readdirSync(args.gold).filter((f) => f.endsWith('.json')).sort();
  const rows = [];
  const texts = [];
  let TP = 0, FP = 0, FN = 0;
  for (const gf of goldFiles) {
    const g = JSON.parse(fs.readFileSync(path.join(args.gold, gf), 'utf8'));
    const text = readUtf8(path.join(args.corpus, g.article));
    if (text === null) throw new Error(`${g.article}: not valid UTF-8`);
    texts.push(text);
    const preds = predictions(tag(text));
    const m = match(preds, g.entities);
    TP += m.tp; FP += m.fp; FN += m.fn;
    rows.push({ gold: gf, article: g.article, predicted: preds.length, gold_entities: g.entities.length,
      tp: m.tp, fp: m.fp, fn: m.fn, ...prf(m.tp, m.fp, m.fn),
      false_positives: m.falsePositives, false_negatives: m.falseNegatives });
  }
  const total = { tp: TP, fp: FP, fn: FN, ...prf(TP, FP, FN) };

  const speed = {};
  if (args.speed) {
    tag(texts.join('\n\n')); // warm-up (JIT, lexicon)
    speed.gold_articles = timeTexts(texts);
    if (args.speedCorpus) {
      const files = walkTxt(args.speedCorpus);
      const ok = [];
      const invalid = [];
      for (const f of files) {
        const t = readUtf8(f);
        if (t === null) invalid.push(path.relative(args.speedCorpus, f));
        else ok.push(t);
      }
      speed.corpus = { files: files.length, skipped_invalid_utf8: invalid.length, skipped: invalid, ...timeTexts(ok) };
    }
  }

  if (args.json) {
    console.log(JSON.stringify({ compromise_version: NLP_VERSION, articles: rows, total,
      ...(args.speed ? { speed } : {}) }, null, 2));
    return;
  }
  const f3 = (x) => x.toFixed(3);
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`compromise ${NLP_VERSION}  gold=${args.gold}  corpus=${args.corpus}`);
  console.log(pad('article', 40) + ['pred', 'gold', 'tp', 'fp', 'fn', 'P', 'R', 'F1'].map((h) => lpad(h, 7)).join(''));
  for (const r of rows) {
    console.log(pad(r.article, 40) + [r.predicted, r.gold_entities, r.tp, r.fp, r.fn].map((x) => lpad(x, 7)).join('') +
      [r.precision, r.recall, r.f1].map((x) => lpad(f3(x), 7)).join(''));
  }
  console.log(pad('TOTAL (micro)', 40) + ['', '', TP, FP, FN].map((x) => lpad(x, 7)).join('') +
    [total.precision, total.recall, total.f1].map((x) => lpad(f3(x), 7)).join(''));
  if (args.speed) {
    const s = speed.gold_articles;
    console.log(`\nspeed (tagging only, one thread): gold articles: ${s.articles} articles, ${s.bytes} bytes in ${s.seconds} s = ${s.articles_per_s} articles/s, ${s.mb_per_s} MB/s`);
    if (speed.corpus) {
      const c = speed.corpus;
      console.log(`speed corpus ${args.speedCorpus}: ${c.files} files, ${c.skipped_invalid_utf8} skipped (invalid UTF-8: ${c.skipped.join(', ') || '-'}); ` +
        `${c.articles} articles, ${c.bytes} bytes in ${c.seconds} s = ${c.articles_per_s} articles/s, ${c.mb_per_s} MB/s`);
    }
  }
}

main();
