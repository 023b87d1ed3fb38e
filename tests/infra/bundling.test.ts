import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { loadProvinceConfig } from '../../shared/config/province-config';
import { subscriptionPlan } from '../../shared/domain/routing';
import { BUNDLED_DATA_DIR, DATA_FILES } from '../../shared/domain/gazetteer';
import { BUNDLED_PACKS_DIR, PACK_FILES } from '../../shared/domain/normalizer/packs';
import { BUNDLED_CONFIG_FILE, parserConfigJson } from '../../infra/constructs/ingest';
import { LAZY_DECODERS, LAZY_MODULES } from '../../infra/constructs/lazy-modules';
import { ConferenceReportsStack } from '../../infra/stack';
import { stageSettings } from '../../infra/stage';
import { CDK_JSON_CONTEXT, DEFAULT_CONFIG_FILE } from './synth';

const GAZETTEER_DATA = path.resolve(__dirname, '../../shared/domain/gazetteer/data');
const PACKS = path.resolve(__dirname, '../../shared/domain/normalizer/packs');

describe('parser bundle', () => {
  // The one test that really runs esbuild; the entry is a stand-in that loads every lazy
  // decoder, so the check does not depend on the parser's own code.
  const app = new App({ context: CDK_JSON_CONTEXT });
  const provinceConfig = loadProvinceConfig(DEFAULT_CONFIG_FILE);
  const stack = new ConferenceReportsStack(app, 'Bundled', {
    stage: stageSettings('dev'),
    provinceConfig,
    subscriptions: subscriptionPlan(provinceConfig),
    parserEntry: path.join(__dirname, 'fixtures', 'lazy-decoders-handler.ts'),
  });
  const assembly = app.synth();
  const parser = Object.values(
    // The portal's function is traced too; the parser says what it does.
    Template.fromStack(stack).findResources('AWS::Lambda::Function', { Properties: { TracingConfig: { Mode: 'Active' }, Description: Match.stringLikeRegexp('^Parses uploaded') } }),
  )[0] as { Properties: { Code: { S3Key: string } } };
  const assetDir = path.join(assembly.directory, `asset.${parser.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

  it('keeps the decoders out of the handler bundle', () => {
    const handler = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    expect(statSync(path.join(assetDir, 'index.js')).size).toBeLessThan(20 * 1024);
    for (const name of LAZY_DECODERS) expect(handler).toMatch(new RegExp(`(import|require)\\("${name}"\\)`));
    expect(existsSync(path.join(assetDir, 'index.js.map'))).toBe(true);
  });

  it('keeps regular expressions with Unicode property escapes as literals, compiled once', () => {
    const handler = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    expect(handler).toContain('/^\\p{L}+$/u');
    expect(handler).not.toMatch(/new RegExp\(["']\^\\\\p\{L\}/);
  });

  it.each([...LAZY_MODULES])('ships %s as its own bundle with a package.json', (name) => {
    const dir = path.join(assetDir, 'node_modules', name);
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))).toEqual(expect.objectContaining({ name, main: 'index.js' }));
    expect(statSync(path.join(dir, 'index.js')).size).toBeGreaterThan(1024);
    expect(existsSync(path.join(dir, 'node_modules'))).toBe(false);
  });

  it('ships a tracer that loads from the asset alone, for when tracing is on', () => {
    const script = "const { Tracer } = require('@aws-lambda-powertools/tracer'); new Tracer({ serviceName: 'check', enabled: false }); console.log('tracer ok')";
    const result = spawnSync(process.execPath, ['-e', script], { cwd: assetDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.stdout.trim()).toBe('tracer ok');
  });

  it('ships the gazetteer data beside the handler, where the gazetteer looks for it', () => {
    for (const file of DATA_FILES) {
      expect(readFileSync(path.join(assetDir, BUNDLED_DATA_DIR, file), 'utf8')).toBe(readFileSync(path.join(GAZETTEER_DATA, file), 'utf8'));
    }
  });

  it("ships the normalizer's language packs beside the handler, where the packs look for them", () => {
    expect(PACK_FILES.length).toBeGreaterThan(0);
    for (const file of PACK_FILES) {
      expect(readFileSync(path.join(assetDir, BUNDLED_PACKS_DIR, file), 'utf8')).toBe(readFileSync(path.join(PACKS, file), 'utf8'));
    }
  });

  it('ships the parser config in the bundle, for configs too large for the environment', () => {
    const bundled = JSON.parse(readFileSync(path.join(assetDir, BUNDLED_CONFIG_FILE), 'utf8')) as unknown;
    expect(bundled).toEqual(JSON.parse(parserConfigJson(provinceConfig)));
  });

  it('resolves every decoder at run time from the asset alone', () => {
    const script = `require(${JSON.stringify(path.join(assetDir, 'index.js'))}).handler().then((r) => console.log(JSON.stringify(r)))`;
    // Run outside the repository so nothing resolves from its node_modules.
    const result = spawnSync(process.execPath, ['-e', script], { cwd: assetDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ mammoth: 'function', unpdf: 'function', htmlparser2: 'function', iconv: 'Ha' });
  });

  it('ships the decode worker, which decodes a .docx and a .txt from the asset alone', () => {
    const worker = path.join(assetDir, 'decode-worker.js');
    expect(existsSync(worker)).toBe(true);
    const docx = readFileSync(path.join(__dirname, '..', 'fixtures', 'formats', 'en.docx')).toString('base64');
    const script = `
      const { Worker } = require('node:worker_threads');
      const worker = new Worker(${JSON.stringify(worker)});
      const limits = { maxBytes: 1e7, maxDecompressedBytes: 1e7, maxMarkupBytes: 1e7, maxPdfPages: 10, maxHtmlElements: 1e5, maxTextChars: 1e6, timeBudgetMs: 20000 };
      const replies = [];
      worker.on('message', (reply) => {
        replies.push({ id: reply.id, ok: reply.ok, format: reply.decoded && reply.decoded.format, reason: reply.reason });
        if (replies.length === 2) { console.log(JSON.stringify(replies.sort((a, b) => a.id - b.id))); worker.terminate(); }
      });
      worker.postMessage({ id: 1, bytes: new Uint8Array(Buffer.from(${JSON.stringify(docx)}, 'base64')), fileName: 'a.docx', limits });
      worker.postMessage({ id: 2, bytes: new Uint8Array(0), fileName: 'b.txt', limits });`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: assetDir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 1, ok: true, format: 'docx' },
      { id: 2, ok: false, reason: 'empty' },
    ]);
  });
});

describe('portal bundle', () => {
  const app = new App({ context: CDK_JSON_CONTEXT });
  const provinceConfig = loadProvinceConfig(DEFAULT_CONFIG_FILE);
  const stack = new ConferenceReportsStack(app, 'BundledPortal', {
    stage: stageSettings('dev'),
    provinceConfig,
    subscriptions: subscriptionPlan(provinceConfig),
    parserEntry: path.join(__dirname, 'fixtures', 'lazy-decoders-handler.ts'),
  });
  const assembly = app.synth();
  const portal = Object.values(
    Template.fromStack(stack).findResources('AWS::Lambda::Function', { Properties: { Description: Match.stringLikeRegexp('^Serves the office portal') } }),
  )[0] as { Properties: { Code: { S3Key: string } } };
  const assetDir = path.join(assembly.directory, `asset.${portal.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

  it('bundles its own dependencies and answers from the asset alone (the SDK is the runtime\'s)', () => {
    const bundle = readFileSync(path.join(assetDir, 'index.js'), 'utf8');
    // Only the AWS SDK, which the Lambda runtime provides, stays outside.
    const external = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] ?? '').filter((name) => !name.startsWith('node:') && !/^[a-z_]+$/.test(name));
    expect(external.filter((name) => !name.startsWith('@aws-sdk/'))).toEqual([]);
    const events = ['/assets/portal.css', '/inbox'].map((rawPath) => ({ rawPath, rawQueryString: '', headers: {}, requestContext: { http: { method: 'GET' } } }));
    const script = `const { handler } = require(${JSON.stringify(path.join(assetDir, 'index.js'))});
      Promise.all(${JSON.stringify(events)}.map((event) => handler(event))).then((results) => console.log(JSON.stringify(results.map((r) => [r.statusCode, r.headers['content-type'] ?? r.headers.location]))));`;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: assetDir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        // Stands in for the SDK of the Lambda runtime.
        NODE_PATH: path.join(__dirname, '..', '..', 'node_modules'),
        AWS_REGION: 'eu-west-1',
        POWERTOOLS_LOG_LEVEL: 'ERROR',
        REPORTS_TABLE_NAME: 'table',
        PROVINCE_CONFIG_JSON: JSON.stringify({ province: provinceConfig.province, units: provinceConfig.units, offices: [] }),
        PORTAL_OFFICES_JSON: JSON.stringify([{ id: 'gia-loc', name: 'Gia Loc', level: 'unit', unit: 'gia-loc' }]),
        PORTAL_BASE_URL: 'https://portal.example.org',
        PORTAL_AUTH_DOMAIN_URL: 'https://signin.example.org',
        PORTAL_CLIENT_ID: 'client',
        PORTAL_USER_POOL_ID: 'eu-west-1_abcdEFGH1',
      },
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      [200, 'text/css; charset=utf-8'],
      [302, '/signin?next=%2Finbox'],
    ]);
  });
});
