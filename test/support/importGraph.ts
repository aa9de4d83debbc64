/**
 * The import graph of src/**\/*.ts, read with the TypeScript parser: every way a file can name another
 * (import, import type, export … from, import x = require(), require(), import(), typeof import()).
 * Used by the architecture test; plain functions, so the test can also feed them small made-up graphs.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Module specifiers a source text names, in order of appearance, type-only ones included. */
export function importsOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const literal = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) literal(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) literal(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if ((isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) && node.arguments.length > 0) literal(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export interface ImportGraph {
  /** Files relative to the root, with '/' separators (e.g. 'bot/router.ts'). */
  files: string[];
  /** For each file: the files of the root it imports (relative specifiers that resolve to a .ts file). */
  edges: Map<string, string[]>;
  /** For each file: the package specifiers it imports ('botbuilder', 'botbuilder-dialogs/lib/dialog', …). */
  packages: Map<string, string[]>;
}

function tsFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFilesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveInRoot(root: string, fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (candidate.endsWith('.ts') && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      const relative = path.relative(root, candidate);
      // A file outside the root (e.g. ../cards/*.json templates) is no edge of the graph.
      return relative.startsWith('..') ? undefined : relative.split(path.sep).join('/');
    }
  }
  return undefined;
}

export function readImportGraph(root: string): ImportGraph {
  const files = tsFilesUnder(root).map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const specifiers = importsOf(file, fs.readFileSync(path.join(root, file), 'utf8'));
    const local = specifiers.filter((s) => s.startsWith('.')).map((s) => resolveInRoot(root, file, s));
    edges.set(file, [...new Set(local.filter((f): f is string => f !== undefined))]);
    packages.set(file, [...new Set(specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')))]);
  }
  return { files, edges, packages };
}

/** The strongly connected components with more than one file (or a file importing itself): the import cycles. */
export function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

/** The edges inside one cycle, as "a.ts -> b.ts" lines. */
export function cycleEdges(edges: ReadonlyMap<string, readonly string[]>, cycle: readonly string[]): string[] {
  const members = new Set(cycle);
  return cycle.flatMap((from) => (edges.get(from) ?? []).filter((to) => members.has(to)).map((to) => `${from} -> ${to}`));
}
