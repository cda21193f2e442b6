/**
 * For pages rendered on the server (`newsbrief/ssr`): Lit's hydration support, then every element. The
 * elements adopt the server's declarative shadow DOM instead of re-creating it. Must load before any
 * other copy of Lit on the page.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './cdn.js';
