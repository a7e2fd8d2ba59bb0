import type { ComponentType } from 'react';
import type { LazyScreen } from './lazy-screen';

/** The navigation's groups, in the order they are shown. */
export const NAV_SECTIONS = {
  instance: 'Instances',
  identity: 'Identity and access',
  platform: 'Platform',
  tools: 'Tools',
} as const;
export type NavSection = keyof typeof NAV_SECTIONS;

/** One navigation entry. Each area exports its entries from its `area.ts`. */
export interface ScreenDef {
  /** Also the hash route: #/users */
  id: string;
  label: string;
  icon: ComponentType;
  section: NavSection;
  /** 'instance' screens need an active instance; 'app' screens work with none (e.g. offline snippets). */
  scope: 'instance' | 'app';
  /** Hidden on Cloud instances, with an explanation when opened directly. */
  selfHostedOnly?: boolean;
  /**
   * The screen explains Cloud itself (it may find out before the instance list knows, from
   * the platform's answer), so the shell shows it rather than swapping in its own notice.
   */
  explainsCloud?: boolean;
  /** Large code an admin opens rarely: loaded when opened, never ahead in idle time (idle-preload.ts). */
  loadsWhenOpened?: boolean;
  /** The screen's own chunk (`lazyScreen`), prepared (code and first call) when its route is entered. */
  component: LazyScreen;
  /** A small count or state shown beside the label (e.g. tokens expiring); keep it cheap. */
  badge?: ComponentType;
}
