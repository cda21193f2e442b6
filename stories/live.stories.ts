import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Article, NbBrief, NbUpdateDetail } from '../src/index.js';
import versions from '../examples/articles/live-story.json' with { type: 'json' };

interface LiveArgs {
  /** Seconds between versions of the story. */
  step: number;
  theme?: 'light' | 'dark' | 'auto';
  lang?: string;
}

/**
 * A brief that updates itself: the five versions of a developing story (the ones `npm start` plays in
 * examples/live.html) replace each other every few seconds through the `data` property, so the marks
 * ("New", "Updated", "Now confirmed"), the polite live-region summary and `nb-update` can be seen. Open
 * an FAQ item or focus a control: they stay open and focused across updates.
 */
function renderLive({ step, theme, lang }: LiveArgs) {
  const wrapper = document.createElement('div');
  wrapper.style.maxWidth = '46rem';
  if (lang) wrapper.lang = lang;
  const status = document.createElement('p');
  status.style.cssText = 'font: 0.9rem/1.5 system-ui, sans-serif; margin: 0 0 0.75rem';
  const brief = document.createElement('nb-brief') as NbBrief;
  if (theme) brief.theme = theme;
  const heard = document.createElement('output');
  heard.style.cssText = 'display: block; margin-top: 0.75rem; font: 0.8rem/1.5 ui-monospace, monospace; white-space: pre-wrap';
  wrapper.append(status, brief, heard);

  const stories = versions as Article[];
  let version = 0;
  const show = () => {
    brief.data = stories[version];
    status.textContent = `Version ${version + 1} of ${stories.length}; the next in ${step} seconds.`;
  };
  brief.addEventListener('nb-update', (event: CustomEvent<NbUpdateDetail>) => {
    heard.textContent = `nb-update: ${event.detail.changes.map((c) => `${c.change} ${c.field}`).join(', ')}`;
  });
  show();
  const timer = setInterval(() => {
    // The story was closed (Storybook removed the element): stop.
    if (!wrapper.isConnected && version > 0) return clearInterval(timer);
    version = (version + 1) % stories.length;
    show();
  }, Math.max(1, step) * 1000);
  return wrapper;
}

const meta: Meta<LiveArgs> = {
  title: 'Guides/Live updates',
  render: renderLive,
  args: { step: 4 },
  argTypes: {
    step: { control: { type: 'number', min: 1, max: 60 }, description: 'Seconds between versions of the story.' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'text', description: 'The page language (labels and the summary): en, de, fr, ar…' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A developing story: each new version is marked item by item and summarized in one polite live region. ' +
          'With `src` and `refresh="60"` an element polls by itself (conditional requests, 304s); with `reload()` a publisher pushes updates (server-sent events, WebSocket).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<LiveArgs>;

/** The story develops every four seconds. */
export const DevelopingStory: Story = {};
/** The same in German, with the dark theme. */
export const German: Story = { args: { lang: 'de', theme: 'dark' } };
