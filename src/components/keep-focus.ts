/**
 * Where focus goes when the control that had it goes away (a notice closed by its own button, a
 * list item removed): to `target` if it is still in the page, else to the first heading of the
 * main region, so that focus never falls to the page body (WCAG 2.4.3). Runs after the next
 * render, when the control is gone and the target is there.
 */
export function keepFocus(target?: () => HTMLElement | null | undefined, mainId = 'main') {
  setTimeout(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && !target) return;
    const wanted = target?.();
    if (wanted?.isConnected) {
      wanted.focus();
      return;
    }
    const main = document.getElementById(mainId);
    const heading = [...(main?.querySelectorAll<HTMLElement>('h1, h2') ?? [])].find(
      (h) => h.getClientRects().length > 0,
    );
    const to = heading ?? main;
    if (!to) return;
    if (!to.hasAttribute('tabindex')) to.setAttribute('tabindex', '-1');
    to.focus();
  }, 0);
}
