import type { ComponentType, LazyExoticComponent } from 'react';

/** One navigation entry. Screens are lazy so each ships in its own chunk. */
export interface ScreenDef {
  /** Also the hash route: #/users */
  id: string;
  label: string;
  icon: ComponentType;
  /** 'instance' screens need an active instance; 'app' screens work with none (e.g. offline snippets). */
  scope: 'instance' | 'app';
  /** Hidden on Cloud instances, with an explanation when opened directly. */
  selfHostedOnly?: boolean;
  /**
   * The screen explains Cloud itself (it may find out before the instance list knows, from
   * the platform's answer), so the shell shows it rather than swapping in its own notice.
   */
  explainsCloud?: boolean;
  component: LazyExoticComponent<ComponentType>;
}
