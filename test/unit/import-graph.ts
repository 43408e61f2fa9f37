import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** file → the project files it imports (value, type-only, re-export and dynamic imports alike). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

export interface ImportScan {
  readonly graph: ImportGraph;
  /** Relative or alias imports that resolve to no project file (`file: specifier`): the graph would miss them. */
  readonly unresolved: readonly string[];
}

/** A specifier that names a project source file: not an installed package, not a stylesheet or a `?raw` asset. */
const isLocalCode = (specifier: string): boolean =>
  (specifier.startsWith('.') || specifier.startsWith('#')) && !/\?|\.(css|csv|json|svg|png|html|txt)$/.test(specifier);

/** A JavaScript module with a hand-written declaration beside it resolves to the declaration: take the module. */
const moduleOf = (file: string): string => file.replace(/\.d\.mts$/, '.mjs').replace(/\.d\.ts$/, '.js');

/**
 * Resolves every import the way the compiler does: the project's base options (Bundler resolution, so the
 * package.json `imports` aliases such as `#shared/sync/hlc` resolve to shared/sync/hlc.ts), with JavaScript
 * allowed so benchmarks and scripts are part of the graph. Imports of installed packages are left out.
 */
export function scanImports(root: string, files: readonly string[]): ImportScan {
  const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const compilerOptions: ts.CompilerOptions = { ...options, allowJs: true, jsx: ts.JsxEmit.ReactJSX };
  const cache = ts.createModuleResolutionCache(root, (f) => f, compilerOptions);
  const own = new Set(files);
  const graph = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const file of files) {
    const path = join(root, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, path, compilerOptions, ts.sys, cache).resolvedModule;
      const found = resolved && relative(root, resolved.resolvedFileName).split(sep).join('/');
      const target = found && (own.has(found) ? found : moduleOf(found));
      if (target !== undefined && own.has(target)) targets.add(target);
      else if (isLocalCode(fileName)) unresolved.push(`${file}: ${fileName}`);
    }
    graph.set(file, [...targets].sort());
  }
  return { graph, unresolved };
}

interface Visit {
  readonly file: string;
  readonly index: number;
  low: number;
  onStack: boolean;
  /** The next of the file's imports to look at. */
  edge: number;
}

/** The strongly connected components with more than one file (or a file importing itself), each sorted. */
export function circles(graph: ImportGraph): string[][] {
  const visits = new Map<string, Visit>();
  const stack: Visit[] = [];
  const found: string[][] = [];
  const visit = (file: string): Visit => {
    const v: Visit = { file, index: visits.size, low: visits.size, onStack: true, edge: 0 };
    visits.set(file, v);
    stack.push(v);
    return v;
  };
  // Tarjan's algorithm, with an explicit path so a long import chain cannot overflow the call stack.
  for (const start of graph.keys()) {
    if (visits.has(start)) continue;
    const path: Visit[] = [visit(start)];
    for (let top = path.at(-1); top !== undefined; top = path.at(-1)) {
      const edges = graph.get(top.file) ?? [];
      const target = edges[top.edge++];
      if (target !== undefined) {
        const seen = visits.get(target);
        if (seen === undefined) path.push(visit(target));
        else if (seen.onStack) top.low = Math.min(top.low, seen.index);
        continue;
      }
      path.pop();
      const parent = path.at(-1);
      if (parent) parent.low = Math.min(parent.low, top.low);
      if (top.low !== top.index) continue;
      const component: string[] = [];
      for (let member = stack.pop(); member !== undefined; member = member === top ? undefined : stack.pop()) {
        member.onStack = false;
        component.push(member.file);
      }
      if (component.length > 1 || edges.includes(top.file)) found.push(component.sort());
    }
  }
  return found.sort((a, b) => a.join(' ').localeCompare(b.join(' ')));
}

/** One shortest way round a circle, starting and ending at its first file: `a → b → a`. */
export function shortestLoop(graph: ImportGraph, component: readonly string[]): string {
  const members = new Set(component);
  const start = component[0] ?? '';
  const cameFrom = new Map<string, string>();
  const pathTo = (file: string): string[] => {
    const path = [file];
    for (let back = cameFrom.get(file); back !== undefined; back = cameFrom.get(back)) path.unshift(back);
    return path;
  };
  for (const queue = [start]; queue.length > 0;) {
    const file = queue.shift() ?? start;
    for (const target of graph.get(file) ?? []) {
      if (target === start) return [...pathTo(file), start].join(' → ');
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return component.join(' → ');
}
