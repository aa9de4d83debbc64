/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time, by inclusive
 * time, and self time grouped by package / source area.
 */
import * as fs from 'fs';
import * as path from 'path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  label: string;
  ms: number;
  pct: number;
}

export interface ProfileSummary {
  file: string;
  /** Sampled wall time, ms. */
  totalMs: number;
  /** Time not idle (everything but "(idle)"), ms: the denominator of the percentages. */
  busyMs: number;
  selfByFunction: ProfileRow[];
  inclusiveByFunction: ProfileRow[];
  selfByArea: ProfileRow[];
  /** Inclusive time of the project's own functions (files under the repo, outside node_modules). */
  inclusiveOwn: ProfileRow[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
/** Scheduling and async-helper frames that sit under everything: left out of the inclusive lists. */
const PLUMBING = new Set(['processTicksAndRejections', 'runMicrotasks', '__awaiter', 'fulfilled', 'rejected', 'step']);

function isOwn(url: string, repoRoot: string): boolean {
  const p = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  return p.startsWith(repoRoot + path.sep) && !p.includes('/node_modules/');
}

/** Where a script URL comes from: a package name, our source area, or node internals. */
export function areaOf(url: string, repoRoot: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node internals';
  let p = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = p.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (p.startsWith(repoRoot)) p = path.relative(repoRoot, p);
  const parts = p.split('/');
  // dist/src/<area>/file.js -> src/<area>
  if (parts[0] === 'dist' && parts.length > 2) return `${parts[1]}/${parts[2]}`;
  return p;
}

function frameLabel(cf: CallFrame, repoRoot: string): string {
  const name = cf.functionName || '(anonymous)';
  if (!cf.url) return name;
  let p = cf.url.startsWith('file://') ? decodeURIComponent(cf.url.slice('file://'.length)) : cf.url;
  const nm = p.lastIndexOf('node_modules/');
  if (nm >= 0) p = p.slice(nm + 'node_modules/'.length);
  else if (p.startsWith(repoRoot)) p = path.relative(repoRoot, p);
  return `${name}  ${p}:${cf.lineNumber + 1}`;
}

function top(map: Map<string, number>, busyMs: number, n: number): ProfileRow[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([label, us]) => ({ label, ms: us / 1000, pct: busyMs > 0 ? (100 * us) / 1000 / busyMs : 0 }));
}

/** Samples under a frame of this script are the profiler's own work (stopping, serializing): left out. */
const PROFILER_SCRIPT = 'benchSupport/profileOnSignal';

export function summarizeCpuProfile(file: string, repoRoot: string, n = 20): ProfileSummary {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of prof.nodes) {
    byId.set(node.id, node);
    for (const c of node.children ?? []) parent.set(c, node.id);
  }
  const excluded = new Map<number, boolean>();
  const isExcluded = (id: number): boolean => {
    let hit = excluded.get(id);
    if (hit === undefined) {
      const url = byId.get(id)?.callFrame.url ?? '';
      const up = parent.get(id);
      hit = url.includes(PROFILER_SCRIPT) || (up !== undefined && isExcluded(up));
      excluded.set(id, hit);
    }
    return hit;
  };
  const selfUs = new Map<number, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = prof.timeDeltas[i] ?? 0;
    const id = prof.samples[i];
    if (isExcluded(id)) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    totalUs += dt;
    if (byId.get(id)?.callFrame.functionName === '(idle)') idleUs += dt;
  }
  const busyMs = (totalUs - idleUs) / 1000;

  const selfFn = new Map<string, number>();
  const selfArea = new Map<string, number>();
  const inclFn = new Map<string, number>();
  const inclOwn = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') continue;
    const label = frameLabel(cf, repoRoot);
    selfFn.set(label, (selfFn.get(label) ?? 0) + us);
    const area = SPECIAL.has(cf.functionName) ? cf.functionName : areaOf(cf.url, repoRoot);
    selfArea.set(area, (selfArea.get(area) ?? 0) + us);
    // Inclusive: every distinct function on this node's stack gets the node's self time once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur);
      if (!f || SPECIAL.has(f.callFrame.functionName) || PLUMBING.has(f.callFrame.functionName)) continue;
      if (f.callFrame.url.startsWith('node:')) continue;
      const l = frameLabel(f.callFrame, repoRoot);
      if (seen.has(l)) continue;
      seen.add(l);
      inclFn.set(l, (inclFn.get(l) ?? 0) + us);
      if (isOwn(f.callFrame.url, repoRoot)) inclOwn.set(l, (inclOwn.get(l) ?? 0) + us);
    }
  }
  return {
    file,
    totalMs: totalUs / 1000,
    busyMs,
    selfByFunction: top(selfFn, busyMs, n),
    inclusiveByFunction: top(inclFn, busyMs, n),
    selfByArea: top(selfArea, busyMs, n),
    inclusiveOwn: top(inclOwn, busyMs, n),
  };
}

export function formatProfileSummary(s: ProfileSummary): string {
  const rows = (title: string, list: ProfileRow[]) =>
    [title, ...list.map((r) => `  ${r.ms.toFixed(0).padStart(7)} ms ${r.pct.toFixed(1).padStart(5)}%  ${r.label}`)].join('\n');
  return [
    `CPU profile ${s.file}`,
    `sampled ${s.totalMs.toFixed(0)} ms, busy (not idle) ${s.busyMs.toFixed(0)} ms; % of busy time`,
    rows('Self time by package / area:', s.selfByArea),
    rows('Top self time by function:', s.selfByFunction),
    rows('Top inclusive time by function (packages and ours; node internals and async plumbing left out):', s.inclusiveByFunction),
    rows('Inclusive time of our own functions (dist/src, dist/scripts):', s.inclusiveOwn),
  ].join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node dist/scripts/benchSupport/cpuProfile.js <file.cpuprofile> [top-n]');
    process.exit(2);
  }
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  console.log(formatProfileSummary(summarizeCpuProfile(file, repoRoot, Number(process.argv[3] ?? 25))));
}
