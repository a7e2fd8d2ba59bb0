import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import SettingsEthernetOutlined from '@mui/icons-material/SettingsEthernetOutlined';
import CodeOutlined from '@mui/icons-material/CodeOutlined';
import { lazy } from 'react';
import type { ScreenDef } from '../app/screen-types';

/**
 * Every screen of the left navigation, in order. Add one entry per screen; `component`
 * must be a lazy import of a module whose default export is the screen, so each screen
 * is its own chunk. `id` is the hash route (#/id). Alt+1..9 follow this order.
 */
export const screens: ScreenDef[] = [
  { id: 'overview', label: 'Overview', icon: DashboardOutlined, scope: 'instance', component: lazy(() => import('./overview/OverviewScreen')) },
  { id: 'instances', label: 'Instances', icon: DnsOutlined, scope: 'app', component: lazy(() => import('./instances/InstancesScreen')) },
  { id: 'users', label: 'Users', icon: PersonOutlined, scope: 'instance', component: lazy(() => import('./users/UsersScreen')) },
  { id: 'groups', label: 'Groups', icon: GroupsOutlined, scope: 'instance', component: lazy(() => import('./groups/GroupsScreen')) },
  { id: 'http-settings', label: 'HTTP settings', icon: SettingsEthernetOutlined, scope: 'instance', selfHostedOnly: true, explainsCloud: true, component: lazy(() => import('./http-settings/HttpSettingsScreen')) },
  { id: 'snippet-generator', label: 'Snippet generator', icon: CodeOutlined, scope: 'app', component: lazy(() => import('./snippet-generator/SnippetGeneratorScreen')) },
];
