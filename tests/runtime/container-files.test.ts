import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { environmentSchema } from '../../bots/runtime/configuration.js';

// Docker cannot run on the test machines: these tests hold the Dockerfile and compose.yaml to the
// configuration schema and to the commands the repository runs elsewhere.
const known = new Set(Object.keys(environmentSchema.shape));
const dockerfile = readFileSync('Dockerfile', 'utf8');
const compose = parse(readFileSync('compose.yaml', 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; deploy?: { replicas?: number }; ports?: string[]; depends_on?: Record<string, unknown> }>;
};
const packageScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
/** The compose file's own variable, shared by the app's DATABASE_URL and the PostgreSQL container. */
const composeOnly = new Set(['POSTGRES_PASSWORD']);

/** The Dockerfile's instructions, continuation lines joined and comments left out. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

/** `${NAME}`, `${NAME:-default}` and `${NAME:?message}` resolved as compose would, with a stand-in for required ones. */
function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_match, _name, kind: string | undefined, rest: string) => (kind === '-' ? rest : 'stand-in-value'));
}

describe('compose.yaml', () => {
  const app = compose.services.app!;

  it('gives the app only variables the configuration schema knows, with values it accepts', () => {
    const environment = app.environment ?? {};
    expect(Object.keys(environment).length).toBeGreaterThan(5);
    expect(Object.keys(environment).filter((name) => !known.has(name))).toEqual([]);
    const interpolated = [...JSON.stringify(environment).matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]!);
    expect(interpolated.filter((name) => !known.has(name) && !composeOnly.has(name))).toEqual([]);
    // Empty values count as unset, as loadConfiguration reads them.
    const values = Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, interpolate(String(value))]).filter(([, value]) => value !== ''));
    const parsed = environmentSchema.safeParse(values);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.DATABASE_URL).toMatch(/^postgresql:\/\/.*@postgres:5432\//);
    expect(parsed.data?.REDIS_URL).toBe('redis://redis:6379');
  });

  it('runs two instances on one port range, with PostgreSQL and Redis healthy first', () => {
    expect(app.deploy?.replicas).toBe(2);
    expect(app.ports).toEqual(['127.0.0.1:3001-3002:3000']);
    expect(Object.keys(app.depends_on ?? {}).sort()).toEqual(['postgres', 'redis']);
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'postgres', 'redis']);
  });
});

describe('Dockerfile', () => {
  it('sets only variables the configuration schema knows', () => {
    const set = instructions
      .filter((line) => /^(ENV|ARG)\s/.test(line))
      .flatMap((line) => [...line.slice(4).matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g)].map((match) => match[1]!));
    expect(set.sort()).toEqual(['DATABASE_URL', 'HOST', 'PORT']);
    const read = [...dockerfile.matchAll(/process\.env\.([A-Z0-9_]+)/g)].map((match) => match[1]!);
    expect(read.filter((name) => !known.has(name))).toEqual([]);
  });

  it('builds in one Debian slim Node 20 stage and runs the build as a non-root user in another, with a health check on /healthz', () => {
    const stages = instructions.filter((line) => line.startsWith('FROM '));
    expect(stages).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    const runs = instructions.filter((line) => line.startsWith('RUN ')).join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    const final = instructions.slice(instructions.indexOf(stages[1]!));
    const user = final.findIndex((line) => line.startsWith('USER '));
    expect(final[user]).toBe('USER node');
    expect(user).toBeLessThan(final.findIndex((line) => line.startsWith('CMD ')));
    expect(final.find((line) => line.startsWith('HEALTHCHECK '))).toContain('/healthz');
    // The image starts what `npm run start:prod` starts.
    const command = JSON.parse(final.find((line) => line.startsWith('CMD '))!.slice(4)) as string[];
    expect(packageScripts['start:prod']).toBe(command.join(' '));
  });
});
