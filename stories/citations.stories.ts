import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Article } from '../src/index.js';
import { arabic, seed } from './articles.js';
import { argTypes, docsFor, renderElement, type ElementArgs } from './story-kit.js';

const tag = 'nb-brief';

/** The Arabic article with every claim citing its sources, by position and by `cites`. */
const arabicCited: Article = {
  ...arabic,
  tldr: `${arabic.tldr}[^1]`,
  keyFacts: arabic.keyFacts?.map((fact, i) => ({ ...fact, cites: [(i % (arabic.sources?.length ?? 1)) + 1] })),
  confirmed: arabic.confirmed?.map((text) => ({ text: text as string, cites: [1] })),
};

/** Citations that name no source: reported through `nb-error`, shown as typed. */
const badReferences = {
  ...seed,
  tldr: 'Meta paused the program.[^9] Staff data leaked.[^nobody] It ran for two months.[^1]',
  keyFacts: [{ label: 'Trigger', text: 'An internal leak.[^7]', cites: [1, 'ghost', { wrong: true }] }],
} as Article;

const meta: Meta<ElementArgs> = {
  title: 'Features/Citations',
  component: tag,
  render: (args) => renderElement(tag, args),
  argTypes,
  args: { data: seed },
  parameters: { docs: docsFor(tag) },
};
export default meta;

type Story = StoryObj<ElementArgs>;

/** Every claim cites its sources: superscript numbers that open the source (title, publisher, date) in a popover. */
export const CitedArticle: Story = {};
/** `[^9]` with four sources, an unknown id, a `cites` entry of the wrong type: one `nb-error`, the markers shown as plain text. */
export const BadReferences: Story = { args: { data: badReferences } };
/** Right to left: the popover opens beside the number and stays on screen. */
export const RightToLeft: Story = { args: { data: arabicCited, pageDir: 'rtl', pageLang: 'ar' } };
/** `theme="dark"`: the popover takes the theme's surface. */
export const Dark: Story = { args: { data: seed, theme: 'dark' }, parameters: { backgrounds: { value: '#0d0d0d' } } };
