// @vitest-environment happy-dom
// Page script can reach into the overlay's open shadow root and click its buttons; such events
// are not trusted and must never reach a handler that stores state, copies or downloads
// (docs/design.md section 7). happy-dom's events, like page script's, are untrusted.

import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Overlay } from '../../components/overlay';
import { createShadowHost } from '../../entrypoints/shared/shadow-host';
import { acceptTrustedEventsOnly } from '../../entrypoints/shared/trusted-events-only';
import { APPLE_EXERCISE_AND_SALE, loadFiling } from './filing-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('acceptTrustedEventsOnly', () => {
  it('keeps untrusted clicks, keys and drags from every handler of the overlay', () => {
    const { host, container } = createShadowHost(document, 'form4-lens-overlay', '');
    acceptTrustedEventsOnly(container);
    const { filing, figures } = loadFiling(APPLE_EXERCISE_AND_SALE);
    const calls: string[] = [];
    render(
      <Overlay
        content={{ status: 'ready', filing, figures }}
        collapsed={false}
        onCollapsedChange={() => calls.push('collapse')}
        position={null}
        onPositionChange={() => calls.push('move')}
        onCopyCsv={async () => (calls.push('copy'), '')}
        onDownloadCsv={() => calls.push('download')}
        rawXmlUrl={null}
        locale="en-US"
      />,
      container,
    );
    const shadow = host.shadowRoot!;
    for (const button of shadow.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    shadow.querySelector('.titlebar')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 5, clientY: 5 }));
    expect(calls).toEqual([]);
    expect(shadow.querySelector('[data-testid=overlay]')).not.toBeNull();
  });

  it('leaves the page alone: its own elements still get their untrusted events', () => {
    const { container } = createShadowHost(document, 'form4-lens-overlay', '');
    acceptTrustedEventsOnly(container);
    const button = document.createElement('button');
    document.body.append(button);
    let clicks = 0;
    button.addEventListener('click', () => (clicks += 1));
    button.click();
    expect(clicks).toBe(1);
  });
});

describe('the overlay says why a CSV action failed', () => {
  it('shows the reason a download failed, in the notice', async () => {
    const { host, container } = createShadowHost(document, 'form4-lens-overlay', '');
    const { filing, figures } = loadFiling(APPLE_EXERCISE_AND_SALE);
    const reason = 'The CSV of this filing could not be made (RangeError: Invalid string length); please report the filing.';
    render(
      <Overlay
        content={{ status: 'ready', filing, figures }}
        collapsed={false}
        onCollapsedChange={() => {}}
        position={null}
        onPositionChange={() => {}}
        onCopyCsv={async () => Promise.reject(new Error(reason))}
        onDownloadCsv={() => {
          throw new Error(reason);
        }}
        rawXmlUrl={null}
        locale="en-US"
      />,
      container,
    );
    const shadow = host.shadowRoot!;
    const notice = () => shadow.querySelector('[data-testid=notice]')!.textContent;
    shadow.querySelector<HTMLButtonElement>('button[name=download-csv]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice()).toBe(reason);
    shadow.querySelector<HTMLButtonElement>('button[name=copy-csv]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice()).toBe(reason);
  });
});
