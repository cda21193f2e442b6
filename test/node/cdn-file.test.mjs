// `CDN_FILE` (src/shared/features.ts) is `true` in the CDN file only: that file always has live updates, so the
// code serving pages without them is left out of it, and only of it. The npm modules keep it (their behaviour is
// tested in the browser: test/lifecycle.test.ts…); the CDN file's own behaviour with live updates and citations,
// built so, is tested in test/bundle.test.ts. Citation links stay in both: a browser without popovers gets them.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const built = (path) => readFileSync(new URL(`../../dist/${path}`, import.meta.url), 'utf8');
const count = (text, part) => text.split(part).length - 1;
const cdn = built('newsbrief.min.js');

describe('the CDN file leaves out what only pages without live updates need', () => {
  it('has one `src` feed, the live one (the plain feed has the same failure message)', () => {
    assert.equal(count(built('shared/feed.js'), 'could not load '), 1);
    assert.equal(count(built('shared/live.js'), 'could not load '), 1);
    assert.equal(count(cdn, 'could not load '), 1);
  });

  it('has no "refresh needs live updates" warning', () => {
    assert.match(built('shared/base-element.js'), /refresh needs live updates/);
    assert.doesNotMatch(cdn, /refresh needs live updates/);
  });

  it('keeps CDN_FILE unfolded in the npm modules, which still check `features` at run time', () => {
    assert.match(built('shared/features.js'), /\bCDN_FILE = Boolean\(0\)/);
    assert.match(built('shared/base-element.js'), /CDN_FILE \? features\.live\.openFeed : \(features\.live\?\.openFeed \?\? openPlainFeed\)/);
  });
});
