/**
 * The first screen as HTML, for index.html (issue 17): drawn at build time from the real
 * components, so a first visit paints the whole first step (its largest text included) before
 * any JavaScript has run, and the wording is never copied by hand. React replaces it when it
 * starts. Used only by the build (vite.config.ts); nothing in the app imports it.
 */
import { prerender } from 'react-dom/static';
import { initialData } from '../store/keystone-data';
import { useKeystoneStore } from '../store/keystone-store';
import { initialStatus } from '../store/storage/storage-status-slice';
import { FIRST_DRAFT_NAME } from './app';
import { Shell } from './shell';

export async function firstScreenHtml(): Promise<string> {
  useKeystoneStore.setState(initialData);
  const id = useKeystoneStore.getState().createDraft(FIRST_DRAFT_NAME);
  // "Saved", without a time: a first visit saves its new draft as soon as it starts. (There is
  // no storage at build time; its failure to save is not what a visitor will see.)
  useKeystoneStore.setState((s) => ({
    drafts: { ...s.drafts, [id]: { ...s.drafts[id]!, updatedAt: '' } },
  }));
  useKeystoneStore.setState({ storageStatus: initialStatus });
  // Note: rendering on a server, zustand reads the store's initial state: make it this one.
  Object.assign(useKeystoneStore.getInitialState(), useKeystoneStore.getState());
  const { prelude } = await prerender(<Shell />);
  const html = await new Response(prelude).text();
  if (/<script|<template/i.test(html)) throw new Error('The first screen did not render whole.');
  // The pages' policies allow no style attributes (React sets styles from script, which they
  // allow); the only ones here are the alignment's empty bars, hidden until React starts.
  return unfocusable(html.replace(/ style="[^"]*"/g, ''));
}

/**
 * Nothing in the copy takes focus, so nothing can be typed into it and lost when React replaces
 * it. Note: this, aria-hidden and `pointer-events: none` (scripts/first-screen.ts, styles.css)
 * do what `inert` did, but Chromium does not count inert text as the largest paint, which then
 * waited for React's copy of the same paragraph (issue 17).
 */
export function unfocusable(html: string): string {
  return html
    .replace(/\stabindex="[^"]*"/gi, ' tabindex="-1"')
    .replace(
      /<(a|button|input|select|textarea|summary)\b(?![^>]*\stabindex=)/gi,
      '<$1 tabindex="-1"',
    );
}
