import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seed } from './articles.js';
import { argTypes, docsFor, renderElement, states, type ElementArgs } from './story-kit.js';

const tag = 'nb-faq';
const state = states(tag);

const meta: Meta<ElementArgs> = {
  title: 'Elements/FAQ',
  component: tag,
  render: (args) => renderElement(tag, args),
  argTypes: {
    ...argTypes,
    mode: { control: 'inline-radio', options: ['multiple', 'single'] },
    open: { control: 'inline-radio', options: ['none', 'first', 'all'] },
  },
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

/** `mode="single"`: opening one question closes the others. */
export const SingleMode: Story = { args: { data: seed, mode: 'single', open: 'first' } };

/** `open="all"`: every answer open at first. */
export const AllOpen: Story = { args: { data: seed, open: 'all' } };

