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
  component: LazyExoticComponent<ComponentType>;
}
