// Every area module of the fake platform, registered in this order. Add yours here.
import type { FakeModule } from '../core/module';
import { systemModule } from './system';
import { usersModule } from './users';
import { groupsModule } from './groups';
import { webServerModule } from './web-server';
import { repositoriesModule } from './repositories';

export const allModules: FakeModule[] = [systemModule, usersModule, groupsModule, webServerModule, repositoriesModule];
