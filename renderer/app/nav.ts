import { isCloud } from '../../shared/areas/instances/platform-kind';
import type { InstanceView } from '../../shared/areas/instances/model';
import { screens } from '../areas/registry';
import { NAV_SECTIONS, type NavSection, type ScreenDef } from './screen-types';

const SECTION_ORDER = Object.keys(NAV_SECTIONS) as NavSection[];

/**
 * Screens shown in the navigation for this instance, in the navigation's order (by section,
 * then as registered): self-hosted-only ones are hidden on Cloud.
 */
export function visibleScreens(active: InstanceView | undefined): ScreenDef[] {
  const cloud = active !== undefined && isCloud(active);
  return screens
    .filter((screen) => !(screen.selfHostedOnly && cloud))
    .map((screen, index) => ({ screen, rank: SECTION_ORDER.indexOf(screen.section) * 1000 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ screen }) => screen);
}

/** The screen a route names, if any. */
export const screenFor = (route: string): ScreenDef | undefined => screens.find((screen) => screen.id === route);

/** Instance screens cannot open without an active instance. */
export const isScreenEnabled = (screen: ScreenDef, active: InstanceView | undefined): boolean => screen.scope === 'app' || Boolean(active);
