// Every area's handlers, merged into the one table the dispatcher uses. A new area adds
// one line here; a call of the contract without a handler is a compile error.
import { activityArea } from './activity';
import { appArea } from './app';
import { fleetArea } from './fleet';
import { groupsArea } from './groups';
import { httpSettingsArea } from './http-settings';
import { instancesArea } from './instances';
import { projectsArea } from './projects';
import { scimArea } from './scim';
import { systemArea } from './system';
import { sysconfigArea } from './sysconfig';
import { trustArea } from './trust';
import { tokensArea } from './tokens';
import type { AllHandlers } from './types';
import { usersArea } from './users';
import { licensesArea } from './licenses';
import { supportBundlesArea } from './support-bundles';
import { webhooksArea } from './webhooks';

export const handlers: AllHandlers = {
  ...appArea,
  ...instancesArea,
  ...systemArea,
  ...usersArea,
  ...groupsArea,
  ...httpSettingsArea,
  ...activityArea,
  ...projectsArea,
  ...fleetArea,
  ...licensesArea,
  ...supportBundlesArea,
  ...webhooksArea,
  ...scimArea,
  ...sysconfigArea,
  ...trustArea,
  ...tokensArea,
};
