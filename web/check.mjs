// Drives the built page in headless Chromium over the DevTools protocol
// (on a pipe, so nothing but Node 20 and /usr/bin/chromium is needed) and
// checks what docs/web.md promises. Called by `bash web/run --check`:
//
//   node web/check.mjs target/web/index.html tests/data
//
// Exits non-zero, saying what failed, if any check fails. Prints the
// measured timings and writes target/web/screenshot.png (full size) and
// target/web/screenshot-small.png (the size of docs/web.png).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pagePath, dataDir] = process.argv.slice(2).map((p) => resolve(p));
const pageUrl = pathToFileURL(pagePath).href;
const outDir = dirname(pagePath);
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

// --- Chromium on a DevTools pipe (fd 3 in, fd 4 out, messages end in NUL) --------
const profile = mkdtempSync(join(tmpdir(), 'constnet-web-'));
const chromium = spawn('/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--window-size=1280,1000', 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let stderr = '';
chromium.stderr.on('data', (d) => { stderr += d; });
const toBrowser = chromium.stdio[3];
const fromBrowser = chromium.stdio[4];
let nextId = 1;
const pending = new Map();
const listeners = [];
let buffered = '';
fromBrowser.on('data', (chunk) => {
  buffered += chunk.toString('utf8');
  let end;
  while ((end = buffered.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    if (message.id !== undefined && pending.has(message.id)) {
      const { resolve: done, reject, method } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else done(message.result);
    } else {
      for (const listener of listeners) listener(message);
    }
  }
});
function send(method, params = {}, sessionId = undefined) {
  const id = nextId++;
  toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
  return new Promise((done, reject) => pending.set(id, { resolve: done, reject, method }));
}
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

let session;
const consoleErrors = [];
const page = (method, params) => send(method, params, session);
async function evaluate(expression) {
  const { result, exceptionDetails } = await page('Runtime.evaluate', {
    expression, returnByValue: true, awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}
async function open(query) {
  const loaded = new Promise((done) => {
    const listener = (m) => {
      if (m.sessionId === session && m.method === 'Page.loadEventFired') {
        listeners.splice(listeners.indexOf(listener), 1);
        done();
      }
    };
    listeners.push(listener);
  });
  await page('Page.navigate', { url: pageUrl + query });
  await loaded;
}
// Waits until the page's state is one of `states` and returns it.
async function settle(states = ['done', 'error', 'ready'], timeoutMs = 20000) {
  const started = Date.now();
  for (;;) {
    const state = await evaluate('document.body.dataset.state');
    if (states.includes(state)) return state;
    if (Date.now() - started > timeoutMs) return `timeout (state ${state})`;
    await sleep(20);
  }
}
async function click(selector) {
  const box = await evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`);
  for (const type of ['mousePressed', 'mouseReleased']) {
    await page('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
  }
}
async function choose(selector, value) {
  await evaluate(`(() => { const s = document.querySelector(${JSON.stringify(selector)});
    s.value = ${JSON.stringify(value)}; s.dispatchEvent(new Event('change')); })()`);
}
const textOf = (selector) => evaluate(`document.querySelector(${JSON.stringify(selector)}).textContent`);

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  ({ sessionId: session } = await send('Target.attachToTarget', { targetId, flatten: true }));
  listeners.push((m) => {
    if (m.sessionId !== session) return;
    if (m.method === 'Runtime.consoleAPICalled' && ['error', 'assert'].includes(m.params.type)) {
      consoleErrors.push(m.params.args.map((a) => a.value ?? a.description).join(' '));
    } else if (m.method === 'Runtime.exceptionThrown') {
      consoleErrors.push(m.params.exceptionDetails.exception?.description ?? m.params.exceptionDetails.text);
    } else if (m.method === 'Log.entryAdded' && m.params.entry.level === 'error') {
      consoleErrors.push(m.params.entry.text);
    }
  });
  await page('Page.enable');
  await page('Runtime.enable');
  await page('Log.enable');
  await page('Emulation.setDeviceMetricsOverride', { width: 1280, height: 1000, deviceScaleFactor: 1, mobile: false });

  // 1. The three canonical starts, through the URL, byte for byte.
  const canonical = [
    ['zeros', '?task=classic&init=zeros&steps=60000&run=1'],
    ['constant_2', '?task=classic&init=constant&value=2&steps=60000&run=1'],
    ['uniform', '?task=classic&init=uniform&low=-1&high=1&seed=1&steps=60000&run=1'],
  ];
  const runMs = [];
  for (const [name, query] of canonical) {
    await open(query);
    const state = await settle(['done', 'error']);
    const expected = readFileSync(join(dataDir, `classic_${name}.txt`), 'utf8');
    const got = await textOf('#numpy-text');
    check(state === 'done' && got === expected, `${query}: #numpy-text is tests/data/classic_${name}.txt byte for byte (state ${state})`);
    runMs.push(Number(await evaluate('document.body.dataset.runMs')));
  }
  check(Math.max(...runMs) < 500, `the 60000-step classic run (both networks) takes under 0.5 s: ${runMs.join(', ')} ms`);

  // 2. The controls: Zeros and run gives 1 distinct hidden unit, Xavier 4.
  await open('');
  check((await settle()) === 'ready', 'the page without parameters starts ready');
  for (const [init, units] of [['zeros', '1'], ['xavier', '4']]) {
    await choose('#init-a', init);
    await click('#run');
    const state = await settle(['done', 'error']);
    const distinct = await textOf('#distinct-a');
    check(state === 'done' && distinct === units, `choose ${init}, click "Run to the end": ${distinct} distinct hidden units (want ${units})`);
  }
  await choose('#init-a', 'zeros');
  await click('#run');
  await settle(['done', 'error']);
  check((await textOf('#numpy-text')) === readFileSync(join(dataDir, 'classic_zeros.txt'), 'utf8'),
    'the clicked Zeros run prints tests/data/classic_zeros.txt too');

  // 3. Bad parameters: a message, state "error", and no NaN anywhere but the message.
  const bad = [
    '?init=foo', '?task=spiral', '?steps=-5', '?steps=1e12', '?steps=2.5', '?steps=abc',
    '?lr=0', '?lr=NaN', '?lr=-1', '?init=constant&value=NaN', '?seed=-1',
    '?init=uniform&low=1&high=-1', '?init=uniform&low=-inf&high=1',
  ];
  for (const query of bad) {
    await open(query + '&run=1');
    const state = await settle(['done', 'error', 'ready']);
    const message = await evaluate(`(() => { const m = document.getElementById('message'); return m.hidden ? '' : m.textContent; })()`);
    const shown = await evaluate(`[...document.querySelectorAll('pre, dd')].map((e) => e.textContent).join(' ')`);
    check(state === 'error' && message.length > 20 && !/nan/i.test(shown),
      `${query}: state ${state}, message "${message.split('\n')[0]}"`);
  }

  // 4. Animation: frames per second while XOR and the moons train.
  const fps = {};
  for (const task of ['xor', 'moons']) {
    await open(`?task=${task}&init=xavier&steps=1000000`);
    await settle();
    await click('#play');
    await sleep(2500);
    fps[task] = { fps: Number(await evaluate('document.body.dataset.fps')), worstFrameMs: Number(await evaluate('document.body.dataset.frameMs')) };
    await click('#play');
    check(fps[task].fps >= 30, `${task} animates at ${fps[task].fps} frames/s (slowest frame's work ${fps[task].worstFrameMs} ms)`);
  }

  // 5. The step itself, timed in the page: 60000 classic steps in one call.
  const stepNs = await evaluate(`(() => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      wasm.setup(0, 0, 2, 0, -1, 1, 1, 1, 60000);
      const t = performance.now();
      wasm.advance(0, 60000);
      times.push(performance.now() - t);
    }
    return Math.min(...times) / 60000 * 1e6;
  })()`);
  console.log(`info classic train_step in the page: ${stepNs.toFixed(1)} ns (best of 5 runs of 60000 steps)`);

  // 6. A screenshot that is not blank: a moons run, constant start against random.
  await open('?task=moons&init=constant&value=0.5&run=1');
  await settle(['done', 'error']);
  await evaluate('window.scrollTo(0, 0)');
  const full = await page('Page.captureScreenshot', { format: 'png' });
  writeFileSync(join(outDir, 'screenshot.png'), Buffer.from(full.data, 'base64'));
  const small = await page('Page.captureScreenshot', {
    format: 'png', clip: { x: 0, y: 0, width: 1280, height: 1000, scale: 0.6 },
  });
  writeFileSync(join(outDir, 'screenshot-small.png'), Buffer.from(small.data, 'base64'));
  const colors = await evaluate(`new Promise((done) => {
    const image = new Image();
    image.onload = () => {
      const c = document.createElement('canvas');
      c.width = image.width; c.height = image.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      done(seen.size);
    };
    image.src = 'data:image/png;base64,${full.data}';
  })`);
  check(colors > 50, `the screenshot is not blank: ${colors} colours (${join(outDir, 'screenshot.png')})`);

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? `: ${consoleErrors.join(' | ')}` : ''}`);
} catch (e) {
  failures.push(String(e));
  console.log(`FAIL ${e.stack ?? e}`);
  if (stderr) console.log(stderr.slice(-2000));
} finally {
  // Chromium writes to its profile until it has exited.
  const exited = new Promise((done) => chromium.once('exit', done));
  try { await Promise.race([send('Browser.close'), sleep(2000)]); } catch { /* closing anyway */ }
  if (chromium.exitCode === null) chromium.kill();
  await Promise.race([exited, sleep(5000)]);
  rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
if (failures.length) {
  console.log(`web check: ${failures.length} failed`);
  process.exit(1);
}
console.log('web check: all passed');
process.exit(0);
