import CodeOutlined from '@mui/icons-material/CodeOutlined';
import SettingsEthernetOutlined from '@mui/icons-material/SettingsEthernetOutlined';
import { lazyScreen } from '../../app/lazy-screen';
import type { ScreenDef } from '../../app/screen-types';

export const httpSettingsScreens: ScreenDef[] = [
  {
    id: 'http-settings',
    label: 'HTTP settings',
    icon: SettingsEthernetOutlined,
    section: 'platform',
    scope: 'instance',
    selfHostedOnly: true,
    explainsCloud: true,
    component: lazyScreen(() => import('./HttpSettingsScreen')),
  },
  // The offline generator shares the settings form; it needs no instance at all.
  { id: 'snippet-generator', label: 'Snippet generator', icon: CodeOutlined, section: 'tools', scope: 'app', component: lazyScreen(() => import('./SnippetGeneratorScreen')) },
];
