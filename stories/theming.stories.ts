import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { seed } from './articles.js';

/** Three publisher looks, made only with the documented `--nb-*` custom properties and `::part()`. */
const LOOKS = {
  Broadsheet: {
    page: { background: '#fbf9f4', color: '#1a1a1a', fontFamily: 'Georgia, "Times New Roman", serif' },
    vars: {
      '--nb-accent': '#7a1020',
      '--nb-heading-font': 'Georgia, "Times New Roman", serif',
      '--nb-radius': '0',
      '--nb-border': '#cfc8b8',
      '--nb-surface': '#fffdf8',
      '--nb-muted': '#5b5548',
    },
    note: 'Serif type, hairline rules, square corners, a deep claret accent.',
  },
  Tabloid: {
    page: { background: '#ffffff', color: '#111111', fontFamily: 'Impact, "Arial Black", system-ui, sans-serif' },
    vars: {
      '--nb-accent': '#d10000',
      '--nb-font': '"Arial", "Helvetica Neue", system-ui, sans-serif',
      '--nb-heading-font': '"Arial Black", Impact, system-ui, sans-serif',
      '--nb-radius': '0',
      '--nb-border': '#111111',
      '--nb-surface': '#fff8d6',
      '--nb-space': '1.1em',
    },
    note: 'Heavy headings, a loud red, a yellow card with black rules.',
  },
  Minimalist: {
    page: { background: '#ffffff', color: '#222222', fontFamily: 'system-ui, -apple-system, "Segoe UI", sans-serif' },
    vars: {
      '--nb-accent': '#222222',
      '--nb-radius': '0.75em',
      '--nb-border': '#e6e6e6',
      '--nb-surface': '#fafafa',
      '--nb-muted': '#5f5f5f',
      '--nb-space': '1.25em',
    },
    note: 'No colour at all: greys, generous space, round corners.',
  },
};

type Look = keyof typeof LOOKS;

const renderLook = (look: Look) => {
  const { page, vars, note } = LOOKS[look];
  const css = Object.entries(vars)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return html`<div style=${styleMap({ ...page, padding: '1.5rem', maxWidth: '44rem' })}>
    <p style="margin: 0 0 1rem; font: 0.85rem/1.4 system-ui, sans-serif; color: #595959">${look}: ${note}</p>
    <nb-brief style=${styleMap(vars)} .data=${seed}></nb-brief>
    <pre style="margin-top: 1rem; font-size: 0.75rem; background: #f3f3f3; color: #222; padding: 0.75rem; overflow-x: auto">nb-brief {\n${css}\n}</pre>
  </div>`;
};

/**
 * Every element inherits the page's font and text colour. A publisher brands them with a handful of
 * custom properties, set on the elements or on any ancestor: `--nb-accent`, `--nb-text`, `--nb-muted`,
 * `--nb-surface`, `--nb-border`, `--nb-link`, `--nb-focus`, `--nb-positive`, `--nb-caution`,
 * `--nb-radius`, `--nb-space`, `--nb-font` and `--nb-heading-font`; `::part()` reaches the insides
 * (`nb-faq::part(question)`). These three looks use nothing else.
 */
const meta: Meta<{ look: Look }> = {
  title: 'Guides/Theming',
  render: ({ look }) => renderLook(look),
  argTypes: { look: { control: 'inline-radio', options: Object.keys(LOOKS) } },
};
export default meta;

type Story = StoryObj<{ look: Look }>;

/** A serif broadsheet. */
export const Broadsheet: Story = { args: { look: 'Broadsheet' } };
/** A loud tabloid. */
export const Tabloid: Story = { args: { look: 'Tabloid' } };
/** A minimalist magazine. */
export const Minimalist: Story = { args: { look: 'Minimalist' } };
