/**
 * The build's one clock (SOURCE_DATE_EPOCH when set, src/build/options.ts). Pages with a cache key never read it:
 * what they show of it (a directive's status, the notice being up) comes through their props
 * and the shared state, so that it is part of their key (src/lib/page-keys.ts).
 */
import options from 'virtual:sukien/options';
import { toLocal } from '../domain/vn-time.ts';

export const NOW = new Date(options.now);

/** Today in Vietnam, by the build clock. */
export const today = () => toLocal(NOW).date;

/**
 * When the page is rendered, for "Cập nhật trang lúc" and JSON-LD's `dateModified`: the one
 * reading of the clock a keyed page may show. A page copied from the last build keeps the
 * time it was rendered, when it last changed; the differential rebuild test masks exactly the
 * elements that show it (`data-rendered-at`).
 */
export const renderedAt = NOW;
