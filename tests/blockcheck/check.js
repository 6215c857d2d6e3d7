#!/usr/bin/env node
// Judges block markup the way a WordPress release's block editor does: @wordpress/blocks parse()
// (the editor's parser, which validates every block and applies deprecations) over the core
// blocks of @wordpress/block-library, at the versions that release ships, in a jsdom DOM.
//
//   node check.js wp-6.8 < requests.jsonl > reports.jsonl
//
// request (one JSON object a line):  {"documents": {"<name>": "<block markup>", ...}}
// report (one line per request):     {"harness": "wp-6.8", "packages": {...versions...},
//   "documents": {"<name>": {"blocks": [BLOCK...], "rewritten": bool, "rewrite": "", "saved": "..."}}}
//   or {"error": "..."} when the request could not be read
// BLOCK:    {"path": "0.1", "name": "core/list-item", "isValid": true, "issues": ["..."],
//            "freeform": false, "rewritten": false, "rewrite": "what changed", "impliedDefaults": {...}}
//
// "rewritten" means serialize() of the parsed block, which is what the editor saves, differs from
// the markup sent. An attribute stated in the comment that serialize() leaves out only because it
// equals this version's default is not a rewrite; it is listed in impliedDefaults.
'use strict';

const path = require('path');
const { createRequire } = require('module');

const harness = process.argv[2];
if (!harness || !/^wp-[0-9.]+$/.test(harness)) {
  process.stderr.write('usage: check.js wp-6.8|wp-6.1 < request.json\n');
  process.exit(2);
}
const fromHarness = createRequire(path.join(__dirname, harness, 'package.json'));

// ----------------------------------------------------------------------------- a browser-like DOM
const { JSDOM } = fromHarness('jsdom');
const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  url: 'http://localhost/',
  pretendToBeVisual: true,
});
const { window } = dom;
for (const key of Object.getOwnPropertyNames(window)) {
  if (!(key in globalThis)) {
    try {
      globalThis[key] = window[key];
    } catch {
      // a few window properties are getters that refuse to be copied; none is needed
    }
  }
}
globalThis.window = window;
globalThis.document = window.document;
globalThis.navigator = window.navigator;
window.matchMedia = window.matchMedia || (() => ({ matches: false, addListener() {}, removeListener() {},
  addEventListener() {}, removeEventListener() {} }));
globalThis.matchMedia = window.matchMedia;

// Validation explains itself through console.warn/error/info; collect it per block instead.
const captured = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => captured.push(args.map(String).join(' '));
}

const blocks = fromHarness('@wordpress/blocks');
const { registerCoreBlocks } = fromHarness('@wordpress/block-library');
// The Classic block is registered only where the editor has TinyMCE (window.wp.oldEditor), as
// it does in WordPress. Without it, HTML outside any block would not become a Classic block here.
window.wp = { oldEditor: {}, needsClassicBlock: true };
registerCoreBlocks();
if (blocks.getFreeformContentHandlerName() !== 'core/freeform') {
  throw new Error('the Classic block is not registered; freeform HTML could not be detected');
}

function version(name) {
  return fromHarness(`${name}/package.json`).version;
}
const packages = Object.fromEntries(
  ['@wordpress/blocks', '@wordpress/block-library', '@wordpress/block-editor', '@wordpress/element',
    'react', 'jsdom'].map((name) => [name, version(name)]),
);

// ----------------------------------------------------------------------------- delimiter tokens
// The block comment grammar of @wordpress/block-serialization-default-parser. Attributes are JSON
// whose "--", "<" and ">" are escaped, so the first "}" followed by " -->" closes them.
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

function tokenize(markup) {
  const parts = [];
  let last = 0;
  for (const m of markup.matchAll(DELIMITER)) {
    parts.push({ text: markup.slice(last, m.index) });
    const name = (m[2] || 'core/') + m[3];
    const kind = m[1] ? 'close' : m[5] ? 'void' : 'open';
    parts.push({ kind, name, attrs: m[4] ? JSON.parse(m[4]) : {} });
    last = m.index + m[0].length;
  }
  parts.push({ text: markup.slice(last) });
  return parts;
}

function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ----------------------------------------------------------------------------- one document
function flatten(list, prefix, out) {
  list.forEach((block, i) => {
    const where = prefix ? `${prefix}.${i}` : String(i);
    out.push({ where, block });
    flatten(block.innerBlocks || [], where, out);
  });
  return out;
}

function issuesOf(block) {
  return (block.validationIssues || []).map((issue) => {
    const args = (issue.args || []).map((a) => {
      if (typeof a === 'string') return a;
      if (a && typeof a === 'object' && typeof a.name === 'string') return a.name; // a block type
      return String(JSON.stringify(a)).slice(0, 300);
    });
    let text = String(issue.log ? args[0] : args.join(' '));
    let n = 1;
    text = text.replace(/%[so]/g, () => args[n++] ?? '');
    return text.replace(/\s+/g, ' ').trim();
  });
}

function check(markup) {
  captured.length = 0;
  const parsed = blocks.parse(markup);
  const flat = flatten(parsed, '', []);
  const report = flat.map(({ where, block }) => ({
    path: where,
    name: block.name,
    isValid: block.isValid !== false,
    issues: issuesOf(block),
    freeform: block.name === 'core/freeform' || block.name === blocks.getFreeformContentHandlerName(),
    rewritten: false,
    rewrite: '',
    impliedDefaults: {},
  }));
  if (report.some((b) => !b.isValid) && report.every((b) => b.issues.length === 0)) {
    // older releases keep the explanation in the console only
    for (const b of report.filter((x) => !x.isValid)) b.issues = captured.slice();
  }

  // Compare what was sent with what the editor would save, delimiter by delimiter. Blocks are
  // numbered in the order their opening delimiters appear, which is flatten()'s order.
  const saved = blocks.serialize(parsed);
  const sent = tokenize(markup);
  const again = tokenize(saved);
  let documentRewrite = '';
  const mark = (index, what) => {
    const entry = index >= 0 ? report[index] : null;
    if (entry && !entry.rewritten) {
      entry.rewritten = true;
      entry.rewrite = what;
    } else if (!entry && !documentRewrite) {
      documentRewrite = what;
    }
  };
  if (sent.length !== again.length) {
    documentRewrite = `the editor saves ${again.length} parts where ${sent.length} were sent`;
  } else {
    const open = []; // indexes into report of the enclosing blocks
    let counter = 0;
    for (let i = 0; i < sent.length; i++) {
      const a = sent[i];
      const b = again[i];
      const inside = open.length ? open[open.length - 1] : -1;
      if ('text' in a) {
        const same = inside < 0 ? a.text.trim() === (b.text || '').trim() : a.text === b.text;
        if (!same) mark(inside, `HTML ${JSON.stringify(a.text)} is saved as ${JSON.stringify(b.text)}`);
        continue;
      }
      if (a.kind !== b.kind || a.name !== b.name) {
        mark(inside, `block ${a.name} is saved as ${b.name || 'text'}`);
        break;
      }
      if (a.kind === 'close') {
        open.pop();
        continue;
      }
      const index = counter++;
      const type = blocks.getBlockType(a.name);
      const schema = (type && type.attributes) || {};
      const implied = {};
      const expected = {};
      for (const [key, value] of Object.entries(a.attrs)) {
        if (!(key in b.attrs) && schema[key] && 'default' in schema[key] && deepEqual(schema[key].default, value)) {
          implied[key] = value;
        } else {
          expected[key] = value;
        }
      }
      if (report[index]) report[index].impliedDefaults = implied;
      if (!deepEqual(expected, b.attrs)) {
        mark(index, `attributes ${JSON.stringify(a.attrs)} are saved as ${JSON.stringify(b.attrs)}`);
      }
      if (a.kind === 'open') open.push(index);
    }
  }
  return {
    blocks: report,
    rewritten: Boolean(documentRewrite) || report.some((b) => b.rewritten),
    rewrite: documentRewrite,
    saved,
  };
}

// ----------------------------------------------------------------------------- main
// One request per line, one report per line, so a caller can keep the process (and the loaded
// block library, which takes a second or two) for many checks.
const lines = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (!line.trim()) return;
  let answer;
  try {
    const request = JSON.parse(line);
    const documents = {};
    for (const [name, markup] of Object.entries(request.documents || {})) {
      documents[name] = check(String(markup));
    }
    answer = { harness, packages, documents };
  } catch (error) {
    answer = { harness, error: String((error && error.stack) || error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
// jsdom keeps timers alive; end once the caller closes stdin and the last answer is written.
lines.on('close', () => process.stdout.write('', () => process.exit(0)));
