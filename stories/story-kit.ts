import type { ArgTypes } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import type { Article, NbErrorDetail } from '../src/index.js';
import { arabic, bad, long, minimal, second, seed } from './articles.js';

/** The args every element story takes: the article (an editable object) and the shared attributes. */
export interface ElementArgs {
  data?: Article;
  heading?: string;
  'heading-level'?: number;
  labels?: Record<string, string>;
  theme?: 'light' | 'dark' | 'auto';
  mode?: 'multiple' | 'single';
  open?: 'none' | 'first' | 'all';
  /** Story-only: the direction and language of the page around the element. */
  pageDir?: 'ltr' | 'rtl';
  pageLang?: string;
}

/** Controls that the manifest cannot describe: the article as an object, the page around the element. */
export const argTypes: Partial<ArgTypes<ElementArgs>> & ArgTypes = {
  data: { control: 'object', description: 'The article (the `data` property). Edit it to see the element change.', table: { category: 'data' } },
  labels: { control: 'object', description: 'Overrides of built-in labels, by key.' },
  theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  pageDir: { control: 'inline-radio', options: ['ltr', 'rtl'], table: { category: 'page' } },
  pageLang: { control: 'text', table: { category: 'page' } },
  dataJson: { table: { disable: true } },
};

/** Renders `<tag>` with the args, inside a page-like wrapper carrying `dir` and `lang`. */
export function renderElement(tag: string, args: ElementArgs): TemplateResult {
  const name = unsafeStatic(tag); // a constant tag name from our own stories, never user data
  return html`<div dir=${args.pageDir ?? nothing} lang=${args.pageLang ?? nothing} style="max-width: 46rem">
    ${staticHtml`<${name}
      .data=${args.data}
      heading=${args.heading || nothing}
      heading-level=${args['heading-level'] ?? nothing}
      labels=${args.labels ? JSON.stringify(args.labels) : nothing}
      theme=${args.theme ?? nothing}
      mode=${args.mode ?? nothing}
      open=${args.open ?? nothing}
    ></${name}>`}
  </div>`;
}

/** The description from the manifest, plus how a publisher puts the element in a page. */
export function docsFor(tag: string, attributes = 'for="article"') {
  const declaration = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []) as { tagName?: string; description?: string }[])
    .find((d) => d.tagName === tag);
  const usage = [
    '```html',
    '<script type="module" src="https://unpkg.com/newsbrief@0.1/dist/newsbrief.min.js"></script>',
    '<script type="application/json" id="article">{ …the article… }</script>',
    `<${tag} ${attributes}></${tag}>`,
    '```',
  ].join('\n');
  return { description: { component: `${declaration?.description ?? ''}\n\n**In a page** (CDN):\n\n${usage}` } };
}

/** A story's canvas note: what the reader sees (or does not) and why. */
const note = (text: string) => html`<p style="font: 0.85rem/1.4 system-ui, sans-serif; color: #595959; margin: 0.75rem 0 0">${text}</p>`;

/** Empty data: the element renders nothing, which the canvas says in words. */
export const renderEmpty = (tag: string) => (args: ElementArgs) =>
  html`${renderElement(tag, args)}${note(`<${tag}> above has no usable data, so it renders nothing and takes no space.`)}`;

/** Bad data: the element shows the valid items, and the canvas shows what nb-error reported. */
export const renderBad = (tag: string) => (args: ElementArgs) => {
  const show = (event: CustomEvent<NbErrorDetail>) => {
    const out = (event.currentTarget as HTMLElement).querySelector('output')!;
    out.textContent = `nb-error (source "${event.detail.source}"): ${event.detail.problems.join(' · ')}`;
  };
  return html`<div @nb-error=${show}>
    ${renderElement(tag, args)}
    <output style="display: block; margin-top: 0.75rem; padding: 0.6rem 0.8rem; font: 0.8rem/1.45 ui-monospace, monospace; background: #fff4e5; color: #5c3200; border-inline-start: 3px solid #9a5b00"></output>
  </div>`;
};

/** The same eight states for every element. */
export const states = (tag: string) => ({
  Seed: { args: { data: seed } },
  SecondArticle: { args: { data: second } },
  LongContent: { args: { data: long } },
  Minimal: { args: { data: minimal } },
  Empty: { args: { data: {} }, render: renderEmpty(tag) },
  BadData: { args: { data: bad }, render: renderBad(tag) },
  Dark: { args: { data: seed, theme: 'dark' as const }, parameters: { backgrounds: { value: '#0d0d0d' } } },
  RightToLeft: { args: { data: arabic, pageDir: 'rtl' as const, pageLang: 'ar' } },
});
