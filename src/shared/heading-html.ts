import { html, type TemplateResult } from 'lit';

/** Each template's strings at each heading level, made once each. */
const levelled = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * `html` with the template's `h2` tags made `h{level}`: an element's heading (and an FAQ item's) then sits in
 * the same template instance as what surrounds it, where a heading template of its own would cost an instance
 * and a marker for each one drawn (lit/static-html would do the same at a cost in bytes and per call). The
 * strings are the literal's own with only the tag name changed, so they are as trusted as the literal; they
 * are made once per template and level, so Lit's template cache sees the same strings every render.
 */
export const htmlAtLevel =
  (level: number) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let byLevel = levelled.get(strings);
    if (!byLevel) levelled.set(strings, (byLevel = []));
    if (!byLevel[level]) {
      const changed = strings.map((part) => part.replace(/<(\/?)h2\b/g, `<$1h${level}`));
      byLevel[level] = Object.assign(changed, { raw: changed }) as unknown as TemplateStringsArray;
    }
    return html(byLevel[level], ...values);
  };
