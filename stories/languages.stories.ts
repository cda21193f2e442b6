import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SUPPORTED_LANGUAGES } from '../src/shared/labels.js';
import { arabic, seed } from './articles.js';

interface LanguageArgs {
  lang: string;
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark' | 'auto';
}

/**
 * Built-in labels come in twenty languages, picked from the element's `lang` or its nearest
 * ancestor's (`pt-BR` uses Portuguese; an unknown language uses English), and dates are written with
 * `Intl` in that language. Arabic, Persian, Hebrew and Urdu lay out right to left even when the page
 * sets no `dir`. Only the labels change here: the article text stays as the data gives it.
 */
const meta: Meta<LanguageArgs> = {
  title: 'Guides/Languages',
  render: ({ lang, dir, theme }) =>
    html`<div lang=${lang} dir=${dir ?? ''} style="max-width: 46rem">
      <nb-brief .data=${['ar', 'fa', 'ur'].includes(lang) ? arabic : seed} theme=${theme ?? ''} open="first"></nb-brief>
    </div>`,
  argTypes: {
    lang: { control: 'select', options: [...SUPPORTED_LANGUAGES, 'pt-BR', 'zh-Hant-TW', 'is'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
};
export default meta;

type Story = StoryObj<LanguageArgs>;

/** Arabic with no `dir` anywhere: right to left by itself. */
export const ArabicAutoRtl: Story = { args: { lang: 'ar' } };
/** Hebrew labels with `dir="rtl"` and the dark theme. */
export const HebrewDark: Story = { args: { lang: 'he', dir: 'rtl', theme: 'dark' } };
/** French labels and dates. */
export const French: Story = { args: { lang: 'fr' } };
/** Hindi labels and dates. */
export const Hindi: Story = { args: { lang: 'hi' } };
/** A regional tag falls back to its language. */
export const BrazilianPortuguese: Story = { args: { lang: 'pt-BR' } };
/** A language without built-in labels (Icelandic) falls back to English labels; dates are still Icelandic. */
export const UnknownLanguage: Story = { args: { lang: 'is' } };
