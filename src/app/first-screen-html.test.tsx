import { firstScreenHtml } from './first-screen-html';

describe('the first screen drawn at build time', () => {
  it('holds the whole first step and the steps, saved and with no script or style attribute', async () => {
    const html = await firstScreenHtml();
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(page.querySelector('#context-heading')?.textContent).toBe('Institution context');
    expect(page.querySelector('nav[aria-label="Steps"]')).not.toBeNull();
    expect(page.querySelector('.save-status')?.textContent).toBe('✓ Saved');
    expect(page.querySelector('label[for="institutionName"]')?.textContent).toBe(
      'Institution name',
    );
    expect(html).not.toMatch(/<script|style="/);
  });

  it('lets nothing in it take focus, so nothing typed there is lost when React replaces it', async () => {
    const page = document.createElement('div');
    page.innerHTML = await firstScreenHtml();
    const focusable = page.querySelectorAll(
      'a, button, input, select, textarea, summary, [tabindex]',
    );
    expect(focusable.length).toBeGreaterThan(10);
    for (const element of focusable) expect(element.getAttribute('tabindex')).toBe('-1');
  });
});
