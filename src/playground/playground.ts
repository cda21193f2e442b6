/**
 * The playground page (`examples/playground.html`): an editor pastes an article's JSON or Markdown (or a
 * copied page), every element updates as they type, each problem is listed with its line, and the embed
 * snippet is ready to copy. It uses the same checker and importer as the CLI, bundled for the browser
 * (`examples/playground.bundle.js`, built by `npm run build`); the elements come from the CDN file.
 */
import type { Article } from '../shared/article.js';
import { checkArticleText, type ArticleProblem } from '../tools/check.js';
import { detectFormat, importArticle } from '../tools/import.js';

const CDN_URL = 'https://unpkg.com/newsbrief@0.1/dist/newsbrief.min.js';
const ELEMENTS = ['nb-tldr', 'nb-key-facts', 'nb-faq', 'nb-confirmed-unclear', 'nb-sources'] as const;
const DEBOUNCE_MS = 250;

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const input = $<HTMLTextAreaElement>('#article-input');
const modeBadge = $<HTMLElement>('#input-mode');
const problemList = $<HTMLOListElement>('#problems');
const problemSummary = $<HTMLElement>('#problem-summary');
const preview = $<HTMLElement>('#preview');
const previewNote = $<HTMLElement>('#preview-note');
const layout = $<HTMLSelectElement>('#layout');
const snippet = $<HTMLElement>('#snippet');
const copyButton = $<HTMLButtonElement>('#copy');
const copyStatus = $<HTMLElement>('#copy-status');
const importedBox = $<HTMLDetailsElement>('#imported');
const importedJson = $<HTMLElement>('#imported-json');

/** The last article that could be read: kept on screen while the JSON is half typed. */
let lastArticle: unknown;

/** JSON starts with `{` or an array (`[{`, `[]`…); Markdown may start with `[a link](…)`. */
const isJson = (text: string) => /^\s*(\{|\[\s*([[\]{"\d-]|true|false|null|$))/.test(text) || !text.trim();

function renderProblems(problems: ArticleProblem[], notes: string[]) {
  problemList.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'problem';
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `Line ${problem.line}, column ${problem.column}`;
      button.append(where, document.createTextNode(` ${problem.message}`));
      // Shows the place in the text, as an editor's problem list does.
      button.addEventListener('click', () => selectPosition(problem.line, problem.column));
      item.append(button);
      return item;
    }),
    ...notes.map((note) => {
      const item = document.createElement('li');
      item.className = 'note';
      item.textContent = note;
      return item;
    }),
  );
  problemSummary.textContent = problems.length
    ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: the elements skip what is wrong and show the rest.`
    : input.value.trim()
      ? 'No problems: the elements read every field.'
      : 'Paste an article to check it.';
  problemSummary.dataset.state = problems.length ? 'problems' : 'ok';
}

function selectPosition(line: number, column: number) {
  const lines = input.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  input.focus();
  input.setSelectionRange(offset, Math.max(offset, input.value.indexOf('\n', offset) === -1 ? input.value.length : input.value.indexOf('\n', offset)));
}

/** `<script type="application/json">` content that no text in the article can end: `<` is written `\u003c`. */
const scriptJson = (article: unknown) => JSON.stringify(article, null, 2).replace(/</g, '\\u003c');

function tagsFor(choice: string): string[] {
  if (choice === 'separate') return [...ELEMENTS];
  return [choice];
}

function renderPreview(article: unknown) {
  const tags = tagsFor(layout.value);
  const current = [...preview.children].map((element) => element.localName);
  if (current.join() !== tags.join()) preview.replaceChildren(...tags.map((tag) => document.createElement(tag)));
  for (const element of preview.children) (element as HTMLElement & { data: unknown }).data = article;
  snippet.textContent = [
    `<script type="module" src="${CDN_URL}"></script>`,
    '',
    `<script type="application/json" id="article">`,
    scriptJson(article),
    '</script>',
    '',
    ...tags.map((tag) => `<${tag} for="article"></${tag}>`),
  ].join('\n');
}

function update() {
  const text = input.value;
  const json = isJson(text);
  let article: unknown;
  let problems: ArticleProblem[] = [];
  const notes: string[] = [];
  if (json) {
    modeBadge.textContent = 'JSON';
    importedBox.hidden = true;
    const check = checkArticleText(text);
    problems = check.problems;
    if (check.article) {
      article = JSON.parse(text.replace(/^\ufeff/, ''));
      lastArticle = article;
      previewNote.textContent = '';
    } else {
      article = lastArticle;
      previewNote.textContent = lastArticle ? 'The JSON cannot be read: showing the last version that could.' : '';
    }
  } else {
    const format = detectFormat(text);
    modeBadge.textContent = format === 'html' ? 'HTML, imported' : format === 'markdown' ? 'Markdown, imported' : 'Text, imported';
    const result = importArticle(text, format);
    article = result.article as Article;
    lastArticle = article;
    notes.push(...result.unplaced.map((line) => `Not placed: ${line}`));
    importedBox.hidden = false;
    importedJson.textContent = JSON.stringify(article, null, 2);
    previewNote.textContent = '';
  }
  renderProblems(problems, notes);
  if (article !== undefined) renderPreview(article);
  document.body.dataset.updated = String(Number(document.body.dataset.updated ?? 0) + 1);
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
});
layout.addEventListener('change', () => lastArticle !== undefined && renderPreview(lastArticle));

copyButton.addEventListener('click', async () => {
  const text = snippet.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    copyStatus.textContent = 'Copied. Paste it into your CMS where the article goes.';
  } catch {
    // No clipboard access (an old browser, a page without permission): select it for Ctrl+C / ⌘C.
    const range = document.createRange();
    range.selectNodeContents(snippet);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example]')) {
  button.addEventListener('click', async () => {
    const response = await fetch(button.dataset.example!);
    input.value = await response.text();
    update();
    input.focus();
  });
}

update();
