import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's architecture section lists the layers of src/, top first, between two markers. A file
// may import from its own layer and from layers below it, never from one above: the check reads the
// list from the README itself, so the document and the code cannot drift apart.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Layer = { name: string; rank: number; paths: string[] };

function layersFromReadme(): Layer[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- layers:start -->\s*```text\n([\s\S]*?)```\s*<!-- layers:end -->/.exec(readme);
  if (!block?.[1]) throw new Error('README.md has no layers block');
  return block[1]
    .trim()
    .split('\n')
    .map((line, rank) => {
      const [name, ...rest] = line.trim().split(/\s+/);
      const paths = rest
        .join(' ')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      return { name: name as string, rank, paths };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The layer of a file: the longest path in the list that contains it. */
function layerOf(file: string, layers: Layer[]): Layer | undefined {
  let best: { layer: Layer; length: number } | undefined;
  for (const layer of layers) {
    for (const path of layer.paths) {
      const matches = path.endsWith('/') ? file.startsWith(path) : file === path;
      if (matches && (!best || path.length > best.length)) best = { layer, length: path.length };
    }
  }
  return best?.layer;
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolveImport(from: string, specifier: string): string {
  const target = normalize(join(dirname(from), specifier)).replace(/\\/g, '/');
  return /\.tsx?$/.test(target) ? target : target.replace(/\.js$/, '');
}

function withExtension(target: string, files: Set<string>): string {
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    if (files.has(candidate)) return candidate;
  }
  return `${target}.ts`;
}

describe('layers of src/', () => {
  const layers = layersFromReadme();
  const files = sourceFiles('src');
  const known = new Set(files);

  it('the README names at least the entry, the web app, the modules and the platform', () => {
    expect(layers.map((l) => l.name)).toEqual(
      expect.arrayContaining(['entry', 'web', 'modules', 'platform']),
    );
  });

  it('every file of src/ belongs to a layer', () => {
    expect(files.filter((file) => !layerOf(file, layers))).toEqual([]);
  });

  it('no file imports from a layer above its own', () => {
    const upward: string[] = [];
    for (const file of files) {
      const own = layerOf(file, layers);
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2];
        if (!specifier) continue;
        const target = withExtension(resolveImport(file, specifier), known);
        const theirs = layerOf(relative(root, join(root, target)).replace(/\\/g, '/'), layers);
        if (own && theirs && theirs.rank < own.rank)
          upward.push(`${file} (${own.name}) imports ${target} (${theirs.name})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
