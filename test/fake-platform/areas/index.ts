// Every area of the fake platform, in seeding order (groups before users: the users'
// seed joins them). A new area adds one line here.
import type { FakeArea } from '../core/area';
import { groupsArea } from './groups';
import { httpSettingsArea } from './http-settings';
import { projectsArea } from './projects';
import { repositoriesArea } from './repositories';
import { scimArea } from './scim';
import { systemArea } from './system';
import { sysconfigArea } from './sysconfig';
import { trustArea } from './trust';
import { tokensArea } from './tokens';
import { usersArea } from './users';
import { licensesArea } from './licenses';
import { supportBundlesArea } from './support-bundles';
import { webhooksArea } from './webhooks';

export const allAreas: FakeArea[] = [
  systemArea,
  groupsArea,
  usersArea,
  httpSettingsArea,
  repositoriesArea,
  projectsArea,
  licensesArea,
  supportBundlesArea,
  webhooksArea,
  scimArea,
  sysconfigArea,
  trustArea,
  tokensArea,
];
