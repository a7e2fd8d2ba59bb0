// Every area of the fake platform, in seeding order (groups before users: the users'
// seed joins them). A new area adds one line here.
import type { FakeArea } from '../core/area';
import { groupsArea } from './groups';
import { httpSettingsArea } from './http-settings';
import { projectsArea } from './projects';
import { repositoriesArea } from './repositories';
import { systemArea } from './system';
import { tokensArea } from './tokens';
import { usersArea } from './users';

export const allAreas: FakeArea[] = [systemArea, groupsArea, usersArea, httpSettingsArea, repositoriesArea, projectsArea, tokensArea];
