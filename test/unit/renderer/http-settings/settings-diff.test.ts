// "What changes" in the save confirmation: one row per changed field, labelled, in form order.
import { describe, expect, it } from 'vitest';
import { settingsChanges } from '../../../../renderer/areas/http-settings/form/settings-diff';

describe('settings diff', () => {
  it('lists only changed fields, with labels and readable values, in the form order', () => {
    const changes = settingsChanges(
      { webServerType: 'NGINX', serverName: 'old.example', useHttps: false, httpPort: 80, sslCertificate: '' },
      { webServerType: 'NGINX', serverName: 'new.example', useHttps: true, httpPort: 8080, sslCertificate: '/etc/ssl/a.crt' },
    );
    expect(changes).toEqual([
      { field: 'serverName', label: 'Public server name', before: 'old.example', after: 'new.example' },
      { field: 'useHttps', label: 'HTTPS', before: 'off', after: 'on' },
      { field: 'httpPort', label: 'HTTP port', before: '80', after: '8080' },
      { field: 'sslCertificate', label: 'SSL certificate', before: '(not set)', after: '/etc/ssl/a.crt' },
    ]);
  });

  it('treats an emptied text field and a missing one as the same, and no change as no rows', () => {
    expect(settingsChanges({ serverNameExpression: '' }, {})).toEqual([]);
    expect(settingsChanges({ httpPort: 80 }, { httpPort: 80 })).toEqual([]);
  });

  it('shows fields it has no label for under their own name, after the known ones', () => {
    const changes = settingsChanges({ zzCustom: 1, httpPort: 80 }, { zzCustom: 2, httpPort: 81 });
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['HTTP port', '80', '81'],
      ['zzCustom', '1', '2'],
    ]);
  });

  it('sees a field that appears or goes', () => {
    expect(settingsChanges({ sslPort: 443 }, { httpsPort: 443 })).toEqual([
      { field: 'sslPort', label: 'HTTPS port', before: '443', after: '(not set)' },
      { field: 'httpsPort', label: 'HTTPS port', before: '(not set)', after: '443' },
    ]);
  });
});
