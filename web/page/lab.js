'use strict';
// The initialization lab: the page around constnet's wasm module. All the
// numbers and texts come from the module (web/src/lib.rs); this file reads
// the controls, calls it, and draws.

const TASKS = ['classic', 'xor', 'moons'];
const INITS = ['zeros', 'constant', 'uniform', 'xavier', 'he'];
const DEFAULTS = {
  classic: { lr: '1', steps: '60000' },
  xor: { lr: '1', steps: '20000' },
  moons: { lr: '0.2', steps: '20000' },
};
const UNIT_COLORS = ['#2160c4', '#d1495b', '#2a9d55', '#e08a00'];
const RUN_COLORS = ['#2160c4', '#d1495b'];
// A chunk of training between two points of the curves.
const CHUNK = 1000;

const $ = (id) => document.getElementById(id);
let wasm = null;
let playing = false;
let urlRun = false;
const sides = [];

// --- The module ---------------------------------------------------------------

function decodeBase64(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

function text(len) {
  const bytes = new Uint8Array(wasm.memory.buffer, wasm.text_ptr(), len);
  return new TextDecoder().decode(bytes);
}

// --- Parameters ----------------------------------------------------------------

// A number typed or given in the URL: NaN unless the whole string is one.
function parseNumber(s) {
  return String(s).trim() === '' ? NaN : Number(s);
}

function sideParams(side) {
  const c = side.controls;
  return {
    init: c.init.value,
    value: c.value.value,
    low: c.low.value,
    high: c.high.value,
    seed: c.seed.value,
  };
}

// Starts run `lab` from the controls; returns the message if it cannot.
function setupRun(lab) {
  const side = sides[lab];
  const p = sideParams(side);
  const task = TASKS.indexOf($('task').value);
  const init = INITS.indexOf(p.init);
  if (init < 0) return `unknown init "${p.init}": choose zeros, constant, uniform, xavier or he`;
  const len = wasm.setup(lab, task, init, parseNumber(p.value), parseNumber(p.low), parseNumber(p.high),
    parseNumber(p.seed), parseNumber($('lr').value), parseNumber($('steps').value));
  side.history = { step: [], error: [], w2: [[], [], [], []] };
  if (len !== 0) return text(len);
  record(lab);
  return null;
}

// Rewinds both runs to their starts; false (and a message) if one cannot start.
function rewind() {
  pause();
  const problems = [];
  for (let lab = 0; lab < 2; lab++) {
    const side = sides[lab];
    side.root.dataset.init = side.controls.init.value;
    side.root.dataset.task = $('task').value;
    side.error = setupRun(lab);
    side.root.classList.toggle('failed', side.error !== null);
    if (side.error !== null) problems.push(`${side.name}: ${side.error}`);
  }
  showMessage(problems.join('\n'));
  document.body.dataset.state = problems.length ? 'error' : 'ready';
  drawAll();
  return problems.length === 0;
}

function showMessage(message) {
  const box = $('message');
  box.textContent = message;
  box.hidden = message === '';
}

// --- Training ------------------------------------------------------------------

function record(lab) {
  const h = sides[lab].history;
  h.step.push(wasm.step(lab));
  h.error.push(wasm.error(lab));
  for (let u = 0; u < 4; u++) h.w2[u].push(wasm.weight(lab, 12 + u));
}

function finished(lab) {
  return sides[lab].error !== null || wasm.step(lab) >= wasm.steps(lab);
}

// Trains run `lab` for up to `k` steps, a point of the curves every CHUNK.
function train(lab, k) {
  while (k > 0 && !finished(lab)) {
    const n = Math.min(k, CHUNK);
    const len = wasm.advance(lab, n);
    record(lab);
    k -= n;
    if (len !== 0) {
      sides[lab].error = text(len);
      sides[lab].root.classList.add('failed');
      showMessage(`${sides[lab].name}: ${sides[lab].error}`);
      document.body.dataset.state = 'error';
    }
  }
}

function speed() {
  return Math.round(10 ** Number($('speed').value));
}

// Runs both to the end at once; the time it took goes to data-run-ms.
function runToEnd() {
  pause();
  if (document.body.dataset.state === 'error') return;
  const started = performance.now();
  for (let lab = 0; lab < 2; lab++) train(lab, Infinity);
  document.body.dataset.runMs = (performance.now() - started).toFixed(1);
  drawAll();
  if (document.body.dataset.state !== 'error') document.body.dataset.state = 'done';
}

const frames = [];
function frame(now) {
  if (!playing) return;
  frames.push(now);
  while (frames.length > 0 && now - frames[0] > 1000) frames.shift();
  document.body.dataset.fps = String(frames.length);
  const started = performance.now();
  for (let lab = 0; lab < 2; lab++) train(lab, speed());
  drawAll();
  // The slowest frame's own work (training both runs and drawing), in ms.
  const work = performance.now() - started;
  document.body.dataset.frameMs = Math.max(work, Number(document.body.dataset.frameMs ?? 0)).toFixed(2);
  if (finished(0) && finished(1)) {
    pause();
    if (document.body.dataset.state !== 'error') document.body.dataset.state = 'done';
    return;
  }
  requestAnimationFrame(frame);
}

function play() {
  if (playing || document.body.dataset.state === 'error') return;
  if (finished(0) && finished(1)) return;
  playing = true;
  frames.length = 0;
  delete document.body.dataset.frameMs;
  $('play').textContent = 'Pause';
  $('play').classList.add('on');
  document.body.dataset.state = 'running';
  requestAnimationFrame(frame);
}

function pause() {
  playing = false;
  $('play').textContent = 'Play';
  $('play').classList.remove('on');
}

// --- Drawing -------------------------------------------------------------------

function drawAll() {
  for (let lab = 0; lab < 2; lab++) drawSide(lab);
}

function context(canvas) {
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  return ctx;
}

function drawSide(lab) {
  const side = sides[lab];
  const ok = side.error === null || side.history.step.length > 0;
  const s = side.stats;
  if (!ok) {
    s.step.textContent = '–';
    s.error.textContent = '–';
    s.distinct.textContent = '–';
    s.saturation.textContent = '–';
    side.numpy.textContent = '';
    side.rust.textContent = '';
    for (const canvas of Object.values(side.canvas)) context(canvas);
    return;
  }
  s.step.textContent = wasm.step(lab).toLocaleString('en-US');
  s.error.textContent = wasm.error(lab).toPrecision(6);
  s.distinct.textContent = String(wasm.distinct(lab));
  s.saturation.textContent = `${(100 * wasm.saturation(lab)).toFixed(1)} %`;
  side.numpy.textContent = text(wasm.numpy_text(lab));
  side.rust.textContent = text(wasm.rust_text(lab));
  drawCurve(side.canvas.curve, lab);
  drawW2(side.canvas.w2, side.history);
  drawHeat(side.canvas.heat, lab);
  if ($('task').value !== 'classic') drawPlane(side.canvas.plane, lab);
}

// Both runs' error curves share one log scale, so the two sides compare.
function drawCurve(canvas, lab) {
  const ctx = context(canvas);
  const all = sides.flatMap((s) => s.history.error).filter((e) => e > 0 && Number.isFinite(e));
  if (all.length === 0) return;
  let lo = Math.log10(Math.min(...all));
  let hi = Math.log10(Math.max(...all));
  if (hi - lo < 0.1) { lo -= 0.05; hi += 0.05; }
  const last = Math.max(1, wasm.steps(0), wasm.steps(1));
  const pad = 6;
  const W = canvas.width - 2 * pad;
  const H = canvas.height - 2 * pad;
  // The scale at the right, where falling curves leave room.
  ctx.font = '10px sans-serif';
  ctx.fillStyle = '#5b6673';
  ctx.textAlign = 'right';
  ctx.fillText(`${(10 ** hi).toPrecision(3)}`, pad + W - 2, pad + 9);
  ctx.fillText(`${(10 ** lo).toPrecision(3)}`, pad + W - 2, pad + H - 2);
  ctx.textAlign = 'start';
  for (let other = 0; other < 2; other++) {
    const h = sides[other].history;
    ctx.strokeStyle = RUN_COLORS[other];
    ctx.globalAlpha = other === lab ? 1 : 0.3;
    ctx.lineWidth = other === lab ? 2 : 1;
    ctx.beginPath();
    h.step.forEach((step, i) => {
      const x = pad + (W * step) / last;
      const y = pad + H * (1 - (Math.log10(Math.max(h.error[i], 1e-300)) - lo) / (hi - lo));
      if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
    });
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawW2(canvas, h) {
  const ctx = context(canvas);
  const values = h.w2.flat();
  if (values.length === 0) return;
  let lo = Math.min(...values, 0);
  let hi = Math.max(...values, 0);
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const last = Math.max(1, h.step[h.step.length - 1]);
  const pad = 6;
  const W = canvas.width - 2 * pad;
  const H = canvas.height - 2 * pad;
  const yOf = (v) => pad + H * (1 - (v - lo) / (hi - lo));
  ctx.strokeStyle = '#d5dbe2';
  ctx.beginPath();
  ctx.moveTo(pad, yOf(0));
  ctx.lineTo(pad + W, yOf(0));
  ctx.stroke();
  ctx.font = '10px sans-serif';
  ctx.fillStyle = '#5b6673';
  ctx.fillText(hi.toPrecision(3), pad + 2, pad + 9);
  ctx.fillText(lo.toPrecision(3), pad + 2, pad + H - 2);
  // Drawn widest first, so that units on one line show as one line.
  for (let u = 0; u < 4; u++) {
    ctx.strokeStyle = UNIT_COLORS[u];
    ctx.lineWidth = 2 + 2 * (3 - u);
    ctx.globalAlpha = 0.85;
    ctx.beginPath();
    h.step.forEach((step, i) => {
      const x = pad + (W * step) / last;
      if (i === 0) ctx.moveTo(x, yOf(h.w2[u][i])); else ctx.lineTo(x, yOf(h.w2[u][i]));
    });
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

// Blue for negative, red for positive, white for 0, scaled by the largest |w|.
function diverging(v, scale) {
  const t = Math.max(-1, Math.min(1, v / scale));
  const a = Math.abs(t);
  const [r, g, b] = t < 0 ? [33, 96, 196] : [209, 73, 91];
  const mix = (c) => Math.round(255 + (c - 255) * a);
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

function drawHeat(canvas, lab) {
  const ctx = context(canvas);
  const w = [];
  for (let i = 0; i < 12; i++) w.push(wasm.weight(lab, i));
  const scale = Math.max(1e-12, ...w.map(Math.abs));
  const left = 34;
  const cw = (canvas.width - left - 4) / 4;
  const ch = (canvas.height - 18) / 3;
  const names = $('task').value === 'classic' ? ['x1', 'x2', 'x3'] : ['x', 'y', '1'];
  ctx.font = '11px sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let i = 0; i < 3; i++) {
    ctx.fillStyle = '#5b6673';
    ctx.fillText(names[i], left / 2, 16 + ch * (i + 0.5));
    for (let h = 0; h < 4; h++) {
      const v = w[4 * i + h];
      ctx.fillStyle = diverging(v, scale);
      ctx.fillRect(left + cw * h + 1, 16 + ch * i + 1, cw - 2, ch - 2);
      ctx.fillStyle = Math.abs(v / scale) > 0.6 ? '#fff' : '#1d232b';
      ctx.fillText(v.toFixed(2), left + cw * (h + 0.5), 16 + ch * (i + 0.5));
    }
  }
  ctx.fillStyle = '#5b6673';
  for (let h = 0; h < 4; h++) ctx.fillText(`unit ${h}`, left + cw * (h + 0.5), 8);
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
}

function drawPlane(canvas, lab) {
  const ctx = context(canvas);
  const g = wasm.grid();
  const bytes = new Uint8Array(wasm.memory.buffer, wasm.boundary(lab), g * g);
  const image = new ImageData(g, g);
  for (let i = 0; i < g * g; i++) {
    const p = bytes[i] / 255;
    // Orange for 0, blue for 1, pale in between.
    image.data[4 * i] = Math.round(240 - 190 * p);
    image.data[4 * i + 1] = Math.round(170 - 30 * p + 60 * p * (1 - p));
    image.data[4 * i + 2] = Math.round(90 + 150 * p);
    image.data[4 * i + 3] = 255;
  }
  const small = new OffscreenCanvas(g, g);
  small.getContext('2d').putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(small, 0, 0, canvas.width, canvas.height);
  const task = TASKS.indexOf($('task').value);
  const b = wasm.plot_bound();
  for (let n = 0; n < wasm.samples(task); n++) {
    const x = ((wasm.sample(task, n, 0) + b) / (2 * b)) * canvas.width;
    const y = ((b - wasm.sample(task, n, 1)) / (2 * b)) * canvas.height;
    ctx.beginPath();
    ctx.arc(x, y, task === 1 ? 5 : 3, 0, 2 * Math.PI);
    ctx.fillStyle = wasm.sample(task, n, 3) > 0.5 ? '#1a3d8f' : '#b35a00';
    ctx.fill();
    ctx.strokeStyle = '#fff';
    ctx.stroke();
  }
}

// --- The page --------------------------------------------------------------------

function buildSide(name, title) {
  const root = $('side').content.firstElementChild.cloneNode(true);
  root.id = `side-${name}`;
  root.querySelector('h2').textContent = title;
  const q = (cls) => root.querySelector(`.${cls}`);
  const side = {
    name: title.split(':')[0].toLowerCase(),
    root,
    error: null,
    history: { step: [], error: [], w2: [[], [], [], []] },
    controls: { init: q('init'), value: q('value'), amp: q('amp'), low: q('low'), high: q('high'), seed: q('seed') },
    stats: { step: q('stat-step'), error: q('stat-error'), distinct: q('stat-distinct'), saturation: q('stat-saturation') },
    canvas: { curve: q('curve'), w2: q('w2'), heat: q('heat'), plane: q('plane') },
    numpy: q('numpy'),
    rust: q('rust'),
  };
  for (const [key, el] of Object.entries(side.controls)) el.id = `${key}-${name}`;
  side.stats.distinct.id = `distinct-${name}`;
  side.numpy.id = name === 'a' ? 'numpy-text' : 'numpy-text-b';
  side.rust.id = `rust-text-${name}`;
  $('sides').append(root);
  return side;
}

function setSide(side, p) {
  const c = side.controls;
  c.init.value = p.init;
  c.value.value = p.value;
  c.low.value = p.low;
  c.high.value = p.high;
  c.seed.value = p.seed;
  const a = Math.max(Number(p.high), -Number(p.low));
  if (a > 0) c.amp.value = String(Math.log10(a));
  side.root.querySelector('.amp-out').textContent = String(a);
}

// The left run comes from the URL; an unknown task or init is an error.
function fromUrl() {
  const q = new URLSearchParams(location.search);
  const task = q.get('task') ?? 'classic';
  const init = q.get('init') ?? 'constant';
  const problems = [];
  if (!TASKS.includes(task)) problems.push(`unknown task "${task}": choose classic, xor or moons`);
  if (!INITS.includes(init)) problems.push(`unknown init "${init}": choose zeros, constant, uniform, xavier or he`);
  if (problems.length) return problems;
  $('task').value = task;
  $('lr').value = q.get('lr') ?? DEFAULTS[task].lr;
  $('steps').value = q.get('steps') ?? DEFAULTS[task].steps;
  setSide(sides[0], {
    init,
    value: q.get('value') ?? '2',
    low: q.get('low') ?? '-1',
    high: q.get('high') ?? '1',
    seed: q.get('seed') ?? '1',
  });
  urlRun = q.get('run') === '1';
  return [];
}

function wire() {
  $('play').addEventListener('click', () => (playing ? pause() : play()));
  $('step').addEventListener('click', () => {
    pause();
    for (let lab = 0; lab < 2; lab++) train(lab, 1);
    drawAll();
  });
  $('rewind').addEventListener('click', rewind);
  $('run').addEventListener('click', () => {
    if (rewind()) runToEnd();
  });
  $('speed').addEventListener('input', () => { $('speed-out').textContent = String(speed()); });
  $('task').addEventListener('change', () => {
    const d = DEFAULTS[$('task').value];
    $('lr').value = d.lr;
    $('steps').value = d.steps;
    rewind();
  });
  for (const id of ['lr', 'steps']) $(id).addEventListener('change', rewind);
  for (const side of sides) {
    const c = side.controls;
    for (const el of [c.init, c.value, c.low, c.high, c.seed]) el.addEventListener('change', rewind);
    c.amp.addEventListener('input', () => {
      const a = Number((10 ** Number(c.amp.value)).toPrecision(3));
      c.low.value = String(-a);
      c.high.value = String(a);
      side.root.querySelector('.amp-out').textContent = String(a);
    });
    c.amp.addEventListener('change', rewind);
  }
}

async function main() {
  sides.push(buildSide('a', 'Left: the start you choose'));
  sides.push(buildSide('b', 'Right: the same, from another start'));
  setSide(sides[1], { init: 'uniform', value: '2', low: '-1', high: '1', seed: '1' });
  const { instance } = await WebAssembly.instantiate(decodeBase64(WASM_BASE64), {});
  wasm = instance.exports;
  wire();
  $('speed-out').textContent = String(speed());
  const problems = fromUrl();
  if (problems.length) {
    for (const side of sides) side.root.classList.add('failed');
    showMessage(problems.join('\n'));
    document.body.dataset.state = 'error';
    return;
  }
  if (rewind() && urlRun) runToEnd();
}

main().catch((e) => {
  showMessage(`the page could not start: ${e}`);
  document.body.dataset.state = 'error';
});
