import { isCloud } from '../../shared/areas/instances/platform-kind';
import type { InstanceView } from '../../shared/areas/instances/model';
import { screens } from '../screens/registry';
import type { ScreenDef } from './screen-types';

/** Screens shown in the navigation for this instance: self-hosted-only ones are hidden on Cloud. */
export function visibleScreens(active: InstanceView | undefined): ScreenDef[] {
  return screens.filter((screen) => !(screen.selfHostedOnly && (active !== undefined && isCloud(active))));
}

/** Instance screens cannot open without an active instance. */
export const isScreenEnabled = (screen: ScreenDef, active: InstanceView | undefined): boolean =>
  screen.scope === 'app' || Boolean(active);
