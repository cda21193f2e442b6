import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { NbBrief } from '../src/index.js';
import { seed } from './articles.js';
import { argTypes, docsFor, renderElement, states, type ElementArgs } from './story-kit.js';

const tag = 'nb-brief';
const state = states(tag);

const meta: Meta<ElementArgs> = {
  title: 'Elements/Brief',
  component: tag,
  render: (args) => renderElement(tag, args),
  argTypes,
  args: { data: seed },
  parameters: { docs: docsFor(tag) },
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** The seed article, as published. */
export const Seed: Story = state.Seed;
/** A second, different article. */
export const SecondArticle: Story = state.SecondArticle;
/** Long content: 20 FAQ items, long labels and source titles. */
export const LongContent: Story = state.LongContent;
/** One item in each field. */
export const Minimal: Story = state.Minimal;
/** No usable data: the element renders nothing and takes no space. */
export const Empty: Story = state.Empty;
/** Wrong types and bad items beside valid ones: valid items show, `nb-error` reports the rest. */
export const BadData: Story = state.BadData;
/** `theme="dark"`. */
export const Dark: Story = state.Dark;
/** An Arabic article in a right-to-left page. */
export const RightToLeft: Story = state.RightToLeft;

/** `heading-level="3"`: the brief's heading is an h3 and its parts' headings h4. */
export const NestedHeadings: Story = { args: { data: seed, 'heading-level': 3, heading: 'The story so far' } };


/** Shows, beside the brief, the JSON-LD script that `structured-data` wrote into the page's head. */
function showHeadJsonLd(pre?: Element) {
  const brief = pre?.parentElement?.querySelector<NbBrief>('nb-brief');
  brief?.updateComplete.then(() => {
    const script = [...document.scripts].find((candidate) => candidate.type === 'application/ld+json');
    pre!.textContent = script ? JSON.stringify(JSON.parse(script.text), null, 2) : '(no script in the head)';
  });
}

/**
 * `structured-data="all"`: the brief describes the article to search and answer engines as schema.org
 * JSON-LD (a `NewsArticle` and an `FAQPage`) in one script in the page's head, shown above the brief.
 */
export const StructuredData: Story = {
  args: { data: { ...seed, url: 'https://example.com/technology/meta-halts-worker-tracking' } },
  render: (args) => html`<div style="max-width: 46rem">
    <p style="font: 0.85rem/1.4 system-ui, sans-serif; margin: 0 0 0.4rem">In <code>document.head</code>, written by the brief below:</p>
    <pre tabindex="0" aria-label="The JSON-LD script in the page's head" ${ref(showHeadJsonLd)}
      style="max-height: 22rem; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1.5rem; padding: 0.75rem; font: 0.75rem/1.45 ui-monospace, monospace; background: #f4f4f4; color: #1a1a1a"></pre>
    <nb-brief structured-data="all" .data=${args.data}></nb-brief>
  </div>`,
};
