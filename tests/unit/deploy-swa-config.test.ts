import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, validateConfig } from '../../actions/deploy-swa/config.js';
import { writeZip } from '../../actions/deploy-swa/zip.js';
import { answer, patternMatches } from '../../sandbox/staticsites/routing.js';
import { readZip } from '../../sandbox/staticsites/zip.js';

const root = new URL('../..', import.meta.url).pathname;
const pointers = (config: unknown) => validateConfig(config as never).map(p => `${p.pointer}: ${p.message}`);

describe('staticwebapp.config.json against its documented schema', () => {
  it("accepts the landing page and the example of Microsoft's documentation", () => {
    expect(
      pointers(JSON.parse(readFileSync(join(root, 'examples/landing/site/staticwebapp.config.json'), 'utf8')))
    ).toEqual([]);
    expect(
      pointers({
        routes: [
          { route: '/profile*', allowedRoles: ['authenticated'] },
          { route: '/images/*', headers: { 'cache-control': 'must-revalidate, max-age=15770000' } },
          { route: '/api*', methods: ['GET'], allowedRoles: ['registeredusers'] },
          { route: '/.auth/login/twitter', statusCode: 404 },
          { route: '/specials', redirect: '/deals', statusCode: 301 },
          { route: '/images/thumbnails/*.{png,jpg,gif}', headers: { 'Cache-Control': 'public' } }
        ],
        navigationFallback: { rewrite: 'index.html', exclude: ['/images/*.{png,jpg,gif}', '/css/*'] },
        responseOverrides: {
          '401': { redirect: '/login', statusCode: 302 },
          '404': { rewrite: '/404.html' }
        },
        globalHeaders: { 'content-security-policy': "default-src https: 'unsafe-eval' 'unsafe-inline'" },
        mimeTypes: { '.json': 'text/json' },
        networking: { allowedIpRanges: ['10.0.0.0/24', 'AzureFrontDoor.Backend'] },
        trailingSlash: 'auto',
        platform: { apiRuntime: 'node:20' }
      })
    ).toEqual([]);
  });

  it('points at each mistake', () => {
    expect(
      pointers({
        routes: [
          { route: '/a/*/b', methods: ['FETCH'], statusCode: 200, redirect: '/x' },
          { route: 'nope', allowedRoles: ['team admins'], headers: { 'x-a': 1 } }
        ],
        navigationFallback: { rewrite: '/index.html', exclude: '/css/*' },
        responseOverrides: { '404': { rewrite: '/a', redirect: '/b' } },
        mimeTypes: { json: 'text/json' },
        networking: { allowedIpRanges: ['10.0.0/24'] },
        trailingSlash: 'sometimes',
        globalHeader: {}
      })
    ).toEqual([
      "/globalHeader: not a property of staticwebapp.config.json (did you mean 'globalHeaders'?)",
      '/routes/0/route: a wildcard is only allowed at the end of a path',
      '/routes/0/methods/0: must be one of GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH, not \'"FETCH"\'',
      '/routes/0/statusCode: a redirect answers 301, 302, 307, 308, not 200',
      "/routes/1/route: must start with /, not 'nope'",
      '/routes/1/headers/x-a: must be a string, not a number',
      '/routes/1/allowedRoles/0: a role name has only letters, digits and _, not \'"team admins"\'',
      '/navigationFallback/exclude: must be an array of path patterns, not a string',
      "/responseOverrides/404/redirect: 'rewrite' and 'redirect' cannot both be set",
      '/mimeTypes/json: a key is a file extension starting with a dot, such as .json',
      "/networking/allowedIpRanges/0: must be an IPv4 block in CIDR notation (10.0.0.0/24), not '10.0.0/24'",
      '/trailingSlash: must be always, never or auto, not \'"sometimes"\''
    ]);
    expect(pointers([])).toEqual([': the document must be a JSON object, not an array']);
  });

  it('names the line and column of text that is not JSON', () => {
    expect(() => parseConfig('config', 'swa.json', '{\n  "routes": [],\n  // no comments\n}')).toThrow(
      /^input 'config': swa\.json line 3, column 3 is not valid JSON: .*; staticwebapp\.config\.json is plain JSON/
    );
  });
});

describe('the deployment package', () => {
  it('is a zip archive that Python reads, and the sandbox reads back byte for byte', async () => {
    const files = [
      { path: 'index.html', data: Buffer.from('<h1>Hello</h1>'.repeat(100)) },
      { path: 'assets/logo.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
      { path: 'fès/été.txt', data: Buffer.from('accents') }
    ];
    const zip = await writeZip(files);
    const file = join(mkdtempSync(join(tmpdir(), 'zip-')), 'app.zip');
    writeFileSync(file, zip);
    const listing = execFileSync('python3', [
      '-c',
      'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(f"{i.filename} {i.file_size}" for i in z.infolist()))',
      file
    ]).toString();
    expect(listing.trim().split('\n')).toEqual(['index.html 1400', 'assets/logo.png 8', 'fès/été.txt 7']);
    const read = readZip(zip);
    for (const f of files) expect(read.get(f.path)).toEqual(f.data);
  });
});

describe("how the sandbox answers from a build (Microsoft's routing rules)", () => {
  const files = new Map(
    Object.entries({
      'index.html': '<h1>home</h1>',
      '404.html': '<h1>lost</h1>',
      'images/logo.png': 'png',
      'css/global.css': 'css',
      'admin/index.html': '<h1>admin</h1>'
    }).map(([k, v]) => [k, Buffer.from(v)])
  );
  const config = {
    routes: [
      { route: '/admin/index.html', allowedRoles: ['administrator'] },
      { route: '/specials', redirect: '/deals', statusCode: 301 },
      { route: '/calendar*', rewrite: '/index.html' },
      { route: '/images/*', headers: { 'cache-control': 'max-age=60' } }
    ],
    navigationFallback: { rewrite: '/index.html', exclude: ['/images/*.{png,jpg,gif}', '/css/*'] },
    responseOverrides: { '401': { redirect: '/login', statusCode: 302 }, '404': { rewrite: '/404.html' } },
    globalHeaders: { 'x-content-type-options': 'nosniff' }
  };
  const get = (path: string) => {
    const a = answer(files, config, 'GET', path);
    return {
      status: a.status,
      body: a.body.toString(),
      location: a.headers['Location'],
      cache: a.headers['cache-control']
    };
  };

  it('matches route patterns as documented', () => {
    expect(patternMatches('/calendar*', '/calendar/2021/01')).toBe(true);
    expect(patternMatches('/calendar/*', '/calendar')).toBe(false);
    expect(patternMatches('/images/*.{png,jpg}', '/images/a/b.jpg')).toBe(true);
    expect(patternMatches('/images/*.{png,jpg}', '/images/a.svg')).toBe(false);
  });

  it('answers files, folders, rules, the fallback and the overrides', () => {
    expect(get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(get('/about/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(get('/images/logo.png')).toMatchObject({ status: 200, body: 'png', cache: 'max-age=60' });
    expect(get('/images/unknown.png')).toMatchObject({ status: 404, body: '<h1>lost</h1>' });
    expect(get('/css/unknown.css')).toMatchObject({ status: 404 });
    expect(get('/specials')).toMatchObject({ status: 301, location: '/deals' });
    expect(get('/calendar/2021/01')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(get('/admin')).toMatchObject({ status: 302, location: '/login' });
    expect(answer(files, config, 'GET', '/').headers['x-content-type-options']).toBe('nosniff');
    expect(answer(files, config, 'POST', '/').status).toBe(405);
  });
});
