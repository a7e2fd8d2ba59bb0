// The recorder tells a test when the client gave up on a request (a cancelled call).
import http from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { startFakePlatform } from '../../fake-platform';

describe('fake platform recorder', () => {
  it('marks a hung request abandoned once the client closes it, and an answered one never', async () => {
    const platform = await startFakePlatform();
    try {
      platform.faults.add({ kind: 'hang', path: '/artifactory/api/system/version' });
      const req = http.get(`${platform.url}/artifactory/api/system/version`, { agent: false });
      req.on('error', () => undefined);
      await vi.waitFor(() => expect(platform.requests).toHaveLength(1));
      expect(platform.requests[0].abandoned).toBeUndefined();
      req.destroy();
      await vi.waitFor(() => expect(platform.requests[0].abandoned).toBe(true));

      await new Promise<void>((resolve) => http.get(`${platform.url}/router/api/v1/system/health`, { agent: false }, (res) => res.resume().on('end', resolve)));
      expect(platform.requests[1]).toMatchObject({ status: 200 });
      expect(platform.requests[1].abandoned).toBeUndefined();
    } finally {
      await platform.close();
    }
  });
});
