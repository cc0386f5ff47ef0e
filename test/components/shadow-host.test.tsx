// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Overlay } from '../../components/overlay';
import { createShadowHost } from '../../entrypoints/shared/shadow-host';
import { APPLE_EXERCISE_AND_SALE, loadFiling } from './filing-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the overlay mounted in its shadow root', () => {
  it('renders inside the shadow root, with its stylesheet, and nothing in the light DOM', () => {
    document.body.innerHTML = '<p id="page">The SEC page</p>';
    const { host, container, remove } = createShadowHost(document, 'form4-lens-overlay', '.panel { color: red; }');
    const { filing, figures } = loadFiling(APPLE_EXERCISE_AND_SALE);
    render(
      <Overlay
        content={{ status: 'ready', filing, figures }}
        collapsed={false}
        onCollapsedChange={() => {}}
        position={null}
        onPositionChange={() => {}}
        onCopyCsv={async () => ''}
        onDownloadCsv={() => {}}
        rawXmlUrl={null}
        locale="en-US"
      />,
      container,
    );
    const shadow = host.shadowRoot!;
    expect(host.parentElement).toBe(document.body);
    expect(shadow.querySelector('style')!.textContent).toBe('.panel { color: red; }');
    expect(shadow.querySelector('[data-testid=net-open-market]')!.textContent).toBe('Net open-market sell: -17,500 shares (-$3,529,575.00), -1.5% of holdings');
    // The page's own DOM gains the host element only; its content is untouched.
    expect(document.body.children).toHaveLength(2);
    expect(document.querySelector('[data-testid=overlay]')).toBeNull();
    expect(document.getElementById('page')!.textContent).toBe('The SEC page');

    render(null, container);
    remove();
    expect(document.querySelector('form4-lens-overlay')).toBeNull();
  });

  it('works in an XML document, where createElement would make an element without a shadow root', () => {
    const xml = new DOMParser().parseFromString('<ownershipDocument><documentType>4</documentType></ownershipDocument>', 'application/xml');
    const { host } = createShadowHost(xml, 'form4-lens-overlay', '');
    expect(host.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(host.shadowRoot).not.toBeNull();
    expect(xml.documentElement.lastElementChild).toBe(host);
  });
});
