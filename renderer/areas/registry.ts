// Every area's screens. A new area adds one line here (its `area.ts` says the rest).
// The navigation groups them by section; within a section, this order. Alt+1…9 follow
// the navigation's order.
import type { ScreenDef } from '../app/screen-types';
import { activityScreens } from './activity/area';
import { fleetScreens } from './fleet/area';
import { groupsScreens } from './groups/area';
import { httpSettingsScreens } from './http-settings/area';
import { instancesScreens } from './instances/area';
import { overviewScreens } from './overview/area';
import { projectsScreens } from './projects/area';
import { scimScreens } from './scim/area';
import { tokensScreens } from './tokens/area';
import { usersScreens } from './users/area';
import { licensesScreens } from './licenses/area';
import { supportBundlesScreens } from './support-bundles/area';
import { webhooksScreens } from './webhooks/area';
import { sysconfigScreens } from './sysconfig/area';
import { trustScreens } from './trust/area';

export const screens: ScreenDef[] = [
  ...overviewScreens,
  ...instancesScreens,
  ...fleetScreens,
  ...usersScreens,
  ...groupsScreens,
  ...projectsScreens,
  ...httpSettingsScreens,
  ...webhooksScreens,
  ...licensesScreens,
  ...supportBundlesScreens,
  ...scimScreens,
  ...sysconfigScreens,
  ...trustScreens,
  ...activityScreens,
  ...tokensScreens,
];
