/**
 * `import 'newsbrief/live'` turns on live updates for every newsbrief element on the page: `refresh`
 * polling of `src` with conditional requests, the "New" / "Updated" / "Now confirmed" marks, the polite
 * summary of each update and `nb-update`, and lists keyed by item (focus stays on the same question
 * across versions). Import it before the elements render (beside them is enough).
 * The CDN file and `newsbrief/ssr` include it; without it an element costs less, and `reload()` still
 * reads its channel again.
 */
import { announceChanges, changeMarkOf, compareWithShown, withLiveRegion } from './shared/changes.js';
import { features } from './shared/features.js';
import { keyedList } from './shared/keyed-list.js';
import { openFeed } from './shared/live.js';

features.live = { openFeed, compare: compareWithShown, render: withLiveRegion, changeMark: changeMarkOf, announce: announceChanges, repeat: keyedList };

export type { NbChange, NbChangeKind, NbUpdateDetail } from './shared/changes.js';
