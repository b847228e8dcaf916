import { createHash } from 'node:crypto';
import { type Plugin, parseAst } from 'vite';

/**
 * hds-react 5 puts each component's CSS into the page at run time (style-inject appends a
 * `<style>` element), which a Content-Security-Policy without 'unsafe-inline' styles refuses.
 * This plugin moves that CSS into the build instead: each `styleInject("…css…")` call of an
 * hds-react module is removed and the module imports the same CSS as a stylesheet, which Vite
 * bundles with the chunk that uses it (served from our origin as a .css file).
 */
const HDS_MODULE = /[\\/]node_modules[\\/]hds-react[\\/]lib[\\/].+\.js$/;
const STYLE_INJECT = /style-inject\.es-[\w-]+\.js$/;
const VIRTUAL = 'virtual:hds-style/';
const RESOLVED = `\0${VIRTUAL}`;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const candidate = node as Node;
  if (typeof candidate.type === 'string') visit(candidate);
  for (const [key, value] of Object.entries(candidate)) {
    if (key !== 'type' && value && typeof value === 'object') walk(value, visit);
  }
}

export function hdsStylesAsCss(): Plugin {
  const styles = new Map<string, string>();
  return {
    name: 'kokeilu:hds-styles-as-css',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : null;
    },
    load(id) {
      return id.startsWith(RESOLVED) ? (styles.get(id.slice(RESOLVED.length)) ?? null) : null;
    },
    transform(code, id) {
      if (!HDS_MODULE.test(id) || !code.includes('style-inject.es-')) return null;
      const ast = parseAst(code) as unknown as Node;
      const injectors = new Set<string>();
      walk(ast, (node) => {
        if (node.type !== 'ImportDeclaration' || !STYLE_INJECT.test(String((node.source as { value: unknown }).value))) return;
        for (const specifier of node.specifiers as { local: { name: string } }[]) injectors.add(specifier.local.name);
      });
      const calls: { start: number; end: number; css: string }[] = [];
      walk(ast, (node) => {
        if (node.type !== 'CallExpression') return;
        const callee = node.callee as { type: string; name?: string };
        const [first] = node.arguments as { type: string; value?: unknown }[];
        if (callee.type === 'Identifier' && injectors.has(callee.name ?? '') && first?.type === 'Literal' && typeof first.value === 'string') {
          calls.push({ start: node.start, end: node.end, css: first.value });
        }
      });
      if (calls.length === 0) return null;
      let out = code;
      const imports: string[] = [];
      for (const call of calls.sort((a, b) => b.start - a.start)) {
        const name = `${createHash('sha256').update(call.css).digest('hex').slice(0, 16)}.css`;
        styles.set(name, call.css);
        imports.push(`import ${JSON.stringify(VIRTUAL + name)};`);
        out = `${out.slice(0, call.start)}void 0${out.slice(call.end)}`;
      }
      return { code: `${imports.reverse().join('')}${out}`, map: null };
    },
  };
}
