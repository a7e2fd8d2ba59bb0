// Every area's handlers, merged into the one table the dispatcher uses. A new area adds
// one line here; a call of the contract without a handler is a compile error.
import { activityArea } from './activity';
import { appArea } from './app';
import { fleetArea } from './fleet';
import { groupsArea } from './groups';
import { httpSettingsArea } from './http-settings';
import { instancesArea } from './instances';
import { projectsArea } from './projects';
import { systemArea } from './system';
import { tokensArea } from './tokens';
import type { AllHandlers } from './types';
import { usersArea } from './users';

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
  ...tokensArea,
};
