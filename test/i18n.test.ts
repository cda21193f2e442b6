import '../src/index.js';
// An app opts in to each language it uses; Japanese is left out on purpose (see "registering labels").
import '../src/locales/register/de.js';
import '../src/locales/register/es.js';
import '../src/locales/register/fr.js';
import '../src/locales/register/it.js';
import '../src/locales/register/nl.js';
import '../src/locales/register/pt.js';
import '../src/locales/register/he.js';
import '../src/locales/register/id.js';
import { registerLabels } from '../src/index.js';
import japanese from '../src/locales/ja.js';
// The Chinese tables, registered by the tests that need them (importing a table registers nothing).
import simplified from '../src/locales/zh.js';
import traditional from '../src/locales/zh-Hant.js';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { NbBrief, NbFaq, NbSources, NbTldr } from '../src/index.js';
import { EN_LABELS, labelLanguage, SUPPORTED_LANGUAGES, type NbLabels } from '../src/shared/labels.js';
import { formatRelativeDate } from '../src/shared/dates.js';
import { expect, fixture, html, seed, settled, shadow, SLOW_SEED_URL } from './helpers.js';

/** Relative luminance and contrast ratio (WCAG 2), from a computed `rgb()`/`rgba()` colour. */
function luminance(color: string) {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

const heading = (el: Element) => shadow(el).querySelector('.heading')!.textContent!.trim();

describe('languages, direction, themes, print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('forced-colors', 'none');
  });

  describe('labels', () => {
    it('has built-in labels for the twenty languages', () => {
      expect(SUPPORTED_LANGUAGES).to.include.members(['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'hi', 'bn', 'ur', 'ar', 'fa', 'he', 'zh', 'zh-Hant', 'ja', 'ko', 'id', 'tr', 'ru', 'sw']);
    });

    it('has every label of every language in its place (the tables are rows, in the order of NbLabels)', async () => {
      for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
        const labels = ((await import(`../src/locales/${lang}.ts`)) as { default: NbLabels }).default;
        expect(Object.keys(labels), lang).to.deep.equal(Object.keys(EN_LABELS));
        for (const [key, english] of Object.entries(EN_LABELS)) {
          const value = labels[key as keyof NbLabels];
          expect(value, `${lang}.${key}`).to.be.a('string').and.not.equal('');
          // A row shifted by one puts a heading where a counted label or the citation's name belongs: its
          // number (`#`) and placeholders (`{n}`, `{title}`…) would be missing.
          for (const token of english.match(/#|\{\w+\}/g) ?? []) expect(value, `${lang}.${key}`).to.contain(token);
        }
        expect(labels.loading, `${lang}.loading`).to.contain('…');
      }
    });

    it('picks labels from the element’s own lang', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr lang="de" .data=${seed}></nb-tldr>`);
      expect(heading(el)).to.equal('Kurz gesagt');
    });

    it('picks labels from the nearest ancestor’s lang, through shadow roots', async () => {
      const wrapper = await fixture(html`<div lang="es"><nb-brief .data=${seed}></nb-brief></div>`);
      const brief = wrapper.querySelector<NbBrief>('nb-brief')!;
      await settled(brief);
      expect(heading(brief)).to.equal('De un vistazo');
      const faq = shadow(brief).querySelector<NbFaq>('nb-faq')!;
      await settled(faq);
      expect(heading(faq)).to.equal('Preguntas frecuentes');
    });

    it('falls back from a regional tag to its language, and from an unknown language to English', async () => {
      expect(labelLanguage('pt-BR')).to.equal('pt');
      expect(labelLanguage('de-AT')).to.equal('de');
      expect(labelLanguage('xx-YY')).to.equal('en');
      const pt = await fixture<NbTldr>(html`<nb-tldr lang="pt-BR" .data=${seed}></nb-tldr>`);
      expect(heading(pt)).to.equal('Em resumo');
      const unknown = await fixture<NbTldr>(html`<nb-tldr lang="tlh" .data=${seed}></nb-tldr>`);
      expect(heading(unknown)).to.equal('TL;DR');
    });

    it('gives Chinese in Traditional characters (zh-Hant, zh-TW, zh-HK, zh-MO) its own labels, and other zh tags Simplified', async () => {
      registerLabels('zh', simplified);
      // Only Simplified Chinese registered: a Traditional tag is served by it rather than by English, and the
      // console names the import that would serve it.
      expect(labelLanguage('zh-TW')).to.equal('zh');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await fixture<NbFaq>(html`<nb-faq lang="zh-HK" .data=${seed}></nb-faq>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('zh-Hant'))).to.have.length(1);
      expect(warnings[0]).to.contain('using those of "zh"').and.contain(`import 'newsbrief/locales/zh-Hant'`);
      registerLabels('zh-Hant', traditional);
      expect(['zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh_HK', 'zh-MO', 'ZH-HANT'].map(labelLanguage)).to.deep.equal(Array(6).fill('zh-Hant'));
      expect(['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-HK', 'zh-SG'].map(labelLanguage)).to.deep.equal(Array(5).fill('zh'));
      const tw = await fixture<NbFaq>(html`<nb-faq lang="zh-TW" .data=${seed}></nb-faq>`);
      expect(heading(tw)).to.equal('常見問題');
      const cn = await fixture<NbFaq>(html`<nb-faq lang="zh-CN" .data=${seed}></nb-faq>`);
      expect(heading(cn)).to.equal('常见问题');
    });

    it('reads retired and extended language codes as Intl does: iw is Hebrew, in Indonesian, cmn-Hant Traditional Chinese', async () => {
      registerLabels('zh', simplified);
      registerLabels('zh-Hant', traditional);
      // Retired codes that CMSs and Java-era systems still write (iw, in, ji, tl), and extended ones (cmn): labels
      // and direction follow the language they name, not English.
      expect(['iw', 'iw-IL', 'in', 'in_ID', 'cmn-Hans', 'cmn-Hant'].map(labelLanguage)).to.deep.equal(['he', 'he', 'id', 'id', 'zh', 'zh-Hant']);
      // A grandfathered tag whose canonical language has no labels keeps the language it is written with.
      expect(labelLanguage('zh-hakka')).to.equal('zh');
      // Tags Intl does not accept are read as written, as before.
      expect(['x-klingon', '', 'zh_TW', 'de_CH'].map(labelLanguage)).to.deep.equal(['en', 'en', 'zh-Hant', 'de']);
      const hebrew = await fixture<NbTldr>(html`<nb-tldr lang="iw" .data=${seed}></nb-tldr>`);
      expect(heading(hebrew)).to.equal('בקצרה');
      expect(getComputedStyle(shadow(hebrew).querySelector('.summary')!).direction).to.equal('rtl');
      const indonesian = await fixture<NbTldr>(html`<nb-tldr .data=${{ ...seed, lang: 'in' }}></nb-tldr>`);
      expect(heading(indonesian)).to.equal('Ringkasnya');
    });

    it('uses the article’s own lang when no lang is set in the page', async () => {
      const html_ = document.documentElement;
      const pageLang = html_.getAttribute('lang');
      html_.removeAttribute('lang');
      try {
        const el = await fixture<NbTldr>(html`<nb-tldr .data=${{ lang: 'nl', tldr: 'Een samenvatting.' }}></nb-tldr>`);
        expect(heading(el)).to.equal('In het kort');
      } finally {
        if (pageLang !== null) html_.setAttribute('lang', pageLang);
      }
    });

    it('lets `labels` override a built-in translation', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr lang="fr" labels='{"tldr":"L’essentiel en 30 secondes"}' .data=${seed}></nb-tldr>`);
      expect(heading(el)).to.equal('L’essentiel en 30 secondes');
    });

    it('re-renders in the language of the place it is moved to', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr .data=${seed}></nb-tldr>`);
      expect(heading(el)).to.equal('TL;DR');
      const italian = document.createElement('div');
      italian.lang = 'it';
      document.body.append(italian);
      italian.append(el);
      await settled(el);
      expect(heading(el)).to.equal('In breve');
      italian.remove();
    });
  });

  describe('registering labels', () => {
    it('uses English for a built-in language that was not imported, and warns once, naming the import', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        const first = await fixture<NbTldr>(html`<nb-tldr lang="ja" .data=${seed}></nb-tldr>`);
        const second = await fixture<NbFaq>(html`<nb-faq lang="ja-JP" .data=${seed}></nb-faq>`);
        expect(heading(first)).to.equal('TL;DR');
        expect(heading(second)).to.equal('Frequently asked questions');
        // A language with no built-in table (Klingon) is not a mistake to warn about.
        await fixture<NbTldr>(html`<nb-tldr lang="tlh" .data=${seed}></nb-tldr>`);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"ja"').and.contain("import 'newsbrief/locales/ja'");
    });

    it('registerLabels() gives a language its labels; elements pick them up on their next update', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr lang="ja" .data=${seed}></nb-tldr>`);
      registerLabels('ja', japanese);
      el.requestUpdate();
      await settled(el);
      expect(heading(el)).to.equal('要約');
      expect(labelLanguage('ja-JP')).to.equal('ja');
    });

    it('registerLabels() takes a regional tag as its language, and missing keys fall back to English', async () => {
      registerLabels('gsw-CH', { tldr: 'Churz gseit' } as Parameters<typeof registerLabels>[1]);
      const el = await fixture<NbBrief>(html`<nb-brief lang="gsw" .data=${seed}></nb-brief>`);
      await settled(el);
      expect(shadow(el).querySelector('header .heading')!.textContent).to.equal('At a glance');
      const tldr = shadow(el).querySelector<NbTldr>('nb-tldr')!;
      await settled(tldr);
      expect(heading(tldr)).to.equal('Churz gseit');
    });
  });

  describe('dates', () => {
    it('formats source dates in the element’s language', async () => {
      const el = await fixture<NbSources>(html`<nb-sources lang="de" .data=${seed}></nb-sources>`);
      expect(shadow(el).querySelector('time')!.textContent).to.equal('25. Juni 2026');
    });

    it('shows relative dates with the full date as tooltip', async () => {
      const yesterday = new Date(Date.now() - 26 * 3600 * 1000).toISOString();
      const el = await fixture<NbSources>(html`<nb-sources relative-dates lang="en" .data=${{ sources: [{ title: 'A', date: yesterday }] }}></nb-sources>`);
      const time = shadow(el).querySelector('time')!;
      expect(time.textContent).to.equal('yesterday');
      expect(time.getAttribute('datetime')).to.equal(yesterday);
      expect(time.title).to.match(/\d{4}/);
    });

    it('computes relative dates against the current time', () => {
      const now = Date.parse('2026-06-24T12:00:00Z');
      expect(formatRelativeDate('2026-06-24T09:00:00Z', 'en', now)).to.equal('3 hours ago');
      expect(formatRelativeDate('2026-06-24T09:00:00Z', 'fr', now)).to.equal('il y a 3 heures');
      expect(formatRelativeDate('2026-06-24T11:59:30Z', 'en', now)).to.equal('this minute');
      expect(formatRelativeDate('2025-06-24T12:00:00Z', 'en', now)).to.equal('last year');
      expect(formatRelativeDate('not a date', 'en', now)).to.equal(undefined);
    });
  });

  describe('right to left', () => {
    it('lays out right to left under dir="rtl"', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><nb-sources .data=${seed}></nb-sources></div>`);
      const el = wrapper.querySelector('nb-sources')!;
      await settled(el);
      const item = shadow(el).querySelector('li')!;
      expect(getComputedStyle(item).direction).to.equal('rtl');
      // The list's numbers sit on the right: the item's text starts at its right edge.
      const list = shadow(el).querySelector('ol')!;
      expect(parseFloat(getComputedStyle(list).paddingRight)).to.be.greaterThan(0);
      expect(list.getBoundingClientRect().right - item.getBoundingClientRect().right).to.be.greaterThan(10);
    });

    it('goes right to left by itself for Arabic, Persian, Hebrew and Urdu when no dir is set', async () => {
      for (const lang of ['ar', 'fa', 'he', 'ur']) {
        const el = await fixture<NbTldr>(html`<nb-tldr lang=${lang} .data=${seed}></nb-tldr>`);
        expect(getComputedStyle(shadow(el).querySelector('.summary')!).direction, lang).to.equal('rtl');
      }
      const english = await fixture<NbTldr>(html`<nb-tldr lang="en" .data=${seed}></nb-tldr>`);
      expect(getComputedStyle(shadow(english).querySelector('.summary')!).direction).to.equal('ltr');
    });

    it('respects an explicit dir="ltr" even for Arabic', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr lang="ar" dir="ltr" .data=${seed}></nb-tldr>`);
      expect(getComputedStyle(shadow(el).querySelector('.summary')!).direction).to.equal('ltr');
    });

    it('mirrors the FAQ: the chevron sits at the start side in RTL', async () => {
      const wrapper = await fixture(html`<div dir="rtl"><nb-faq .data=${seed}></nb-faq></div>`);
      const el = wrapper.querySelector('nb-faq')!;
      await settled(el);
      const button = shadow(el).querySelector('button')!;
      // The chevron is the button's background: two arms, each placed by its offset from the left edge.
      expect(getComputedStyle(button).backgroundImage, 'the chevron is drawn').to.contain('linear-gradient');
      const arms = getComputedStyle(button).backgroundPositionX.split(', ');
      expect(arms).to.have.length(2);
      for (const x of arms) {
        expect(x, 'measured from the left edge').to.match(/^[\d.]+px$/);
        expect(parseFloat(x), 'the chevron sits at the left').to.be.lessThan(20);
      }
      expect(parseFloat(getComputedStyle(button).paddingLeft), 'its room is on the left').to.be.greaterThan(parseFloat(getComputedStyle(button).paddingRight));
    });

    for (const dir of ['ltr', 'rtl'])
      it(`${dir}: opening a question turns its chevron over (the two arms swap places), closing turns it back`, async () => {
        const wrapper = await fixture(html`<div dir=${dir}><nb-faq .data=${seed}></nb-faq></div>`);
        const el = wrapper.querySelector<NbFaq>('nb-faq')!;
        await settled(el);
        const button = shadow(el).querySelector('button')!;
        const arms = () => getComputedStyle(button).backgroundPositionX.split(', ');
        const closed = arms();
        expect(closed).to.have.length(2);
        expect(closed[0]).to.not.equal(closed[1]);
        el.toggle(0);
        await el.updateComplete;
        expect(arms(), 'open: ^').to.deep.equal([...closed].reverse());
        el.toggle(0);
        await el.updateComplete;
        expect(arms(), 'closed again: v').to.deep.equal(closed);
      });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const)
      it(`${theme}: text has at least AA contrast on the surface`, async () => {
        const el = await fixture<NbSources>(html`<nb-sources theme=${theme} .data=${seed}></nb-sources>`);
        const card = shadow(el).querySelector('.card')!;
        const surface = getComputedStyle(card).backgroundColor;
        expect(contrast(getComputedStyle(card).color, surface)).to.be.at.least(4.5);
        expect(contrast(getComputedStyle(shadow(el).querySelector('.meta')!).color, surface)).to.be.at.least(4.5);
        if (theme === 'dark') expect(luminance(surface)).to.be.lessThan(0.05);
        else expect(luminance(surface)).to.be.greaterThan(0.9);
      });

    it('auto follows prefers-color-scheme', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr theme="auto" .data=${seed}></nb-tldr>`);
      const card = shadow(el).querySelector('.card')!;
      await emulateMedia({ colorScheme: 'dark' });
      expect(luminance(getComputedStyle(card).backgroundColor)).to.be.lessThan(0.05);
      await emulateMedia({ colorScheme: 'light' });
      expect(luminance(getComputedStyle(card).backgroundColor)).to.be.greaterThan(0.9);
    });

    it('unthemed, inherits the page’s font and colour', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(10, 20, 30); font-family: Georgia, serif"><nb-tldr .data=${seed}></nb-tldr></div>`);
      const el = wrapper.querySelector('nb-tldr')!;
      await settled(el);
      const summary = shadow(el).querySelector('.summary')!;
      expect(getComputedStyle(summary).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(summary).fontFamily).to.contain('Georgia');
    });
  });

  describe('forced colours and reduced motion', () => {
    it('keeps the FAQ chevron in forced colours, which drop the background gradient it is drawn with', async () => {
      await executeServerCommand('forced-colors', 'active');
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('.heading > button')!;
      const chevron = getComputedStyle(button, '::after');
      expect(chevron.content, 'the chevron box').to.not.equal('none');
      expect(chevron.borderRightStyle).to.equal('solid');
      expect(parseFloat(chevron.borderRightWidth)).to.be.greaterThan(1);
      expect(parseFloat(chevron.width)).to.be.greaterThan(4);
      // In the system colour of button text, so it shows whatever the reader's palette.
      const probe = document.createElement('span');
      probe.style.color = 'ButtonText';
      document.body.append(probe);
      expect(chevron.borderRightColor).to.equal(getComputedStyle(probe).color);
      probe.remove();
      // One chevron, even where a page keeps the gradient with forced-color-adjust: none.
      el.style.forcedColorAdjust = 'none';
      expect(getComputedStyle(button).backgroundImage).to.equal('none');
    });

    it('keeps card borders, markers and icons visible in forced colours', async () => {
      await executeServerCommand('forced-colors', 'active');
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
      const wrapper = await fixture(html`<div><nb-confirmed-unclear .data=${seed}></nb-confirmed-unclear></div>`);
      const el = wrapper.querySelector('nb-confirmed-unclear')!;
      await settled(el);
      const card = shadow(el).querySelector('.card')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      const marker = getComputedStyle(shadow(el).querySelector('li')!, '::before');
      expect(marker.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      const icon = shadow(el).querySelector('.icon')!;
      expect(getComputedStyle(icon).color).to.not.equal(getComputedStyle(card).backgroundColor);
    });

    it('does not animate when the reader asks for reduced motion', async () => {
      // The loading skeleton is what moves (the FAQ chevron flips without motion).
      const skeleton = async () => {
        const el = await fixture<NbTldr>(html`<nb-tldr src=${SLOW_SEED_URL}></nb-tldr>`);
        return getComputedStyle(shadow(el).querySelector('.skeleton span')!).animationName;
      };
      expect(await skeleton(), 'the skeleton pulses').to.not.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(await skeleton(), 'with reduced motion, it does not').to.equal('none');
      const button = shadow(await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`)).querySelector('button')!;
      expect(getComputedStyle(button).transitionDuration, 'nor does the chevron').to.equal('0s');
    });
  });

  describe('print', () => {
    it('prints every FAQ answer expanded, without chevrons', async () => {
      const el = await fixture<NbFaq>(html`<nb-faq .data=${seed}></nb-faq>`);
      await emulateMedia({ media: 'print' });
      const answers = [...shadow(el).querySelectorAll<HTMLElement>('[role="region"]')];
      expect(answers.length).to.equal(4);
      for (const answer of answers) expect(answer.getBoundingClientRect().height).to.be.greaterThan(10);
      const button = shadow(el).querySelector('button')!;
      expect(getComputedStyle(button).backgroundImage, 'no chevron').to.equal('none');
      expect(getComputedStyle(button, '::after').content, 'nor a chevron box').to.equal('none');
    });

    it('prints source URLs after their titles', async () => {
      const el = await fixture<NbSources>(html`<nb-sources .data=${{ sources: [{ title: 'Report', url: 'https://example.com/report' }] }}></nb-sources>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(el).querySelector('a')!, '::after').content).to.contain('https://example.com/report');
    });

    it('prints a dark-themed element light', async () => {
      const el = await fixture<NbTldr>(html`<nb-tldr theme="dark" .data=${seed}></nb-tldr>`);
      await emulateMedia({ media: 'print' });
      const card = shadow(el).querySelector('.card')!;
      expect(luminance(getComputedStyle(card).color)).to.be.lessThan(0.05);
      expect(getComputedStyle(card).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });
});
