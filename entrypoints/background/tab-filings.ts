// The filing each tab shows, as the background itself parsed it: the history of a filing page
// asks about "this tab's filing", and the insider and issuer come from here, never from the
// page (docs/design.md section 7). The parsed filing is kept too, so the history counts it
// without asking sec.gov for its XML a second time. A few tabs' worth, the oldest forgotten.

import type { Filing } from '@/lib/filing/model';
import type { PageFiling } from '@/lib/messages/history-slot';

const MAX_TABS = 20;

export interface TabFiling extends PageFiling {
  filing: Filing;
}

export class TabFilings {
  private readonly byTab = new Map<number, TabFiling>();

  set(tabId: number, shown: TabFiling): void {
    this.byTab.delete(tabId);
    this.byTab.set(tabId, shown);
    if (this.byTab.size > MAX_TABS) this.byTab.delete(this.byTab.keys().next().value!);
  }

  get(tabId: number | undefined): TabFiling | null {
    return tabId === undefined ? null : (this.byTab.get(tabId) ?? null);
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
