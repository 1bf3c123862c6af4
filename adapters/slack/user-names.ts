import type { WebClient } from '@slack/web-api';

/** Display names for the evidence trail, looked up once per user per process; a failed lookup is just no name. */
export class UserNames {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  constructor(private readonly client: WebClient) {}

  get(userId: string): Promise<string | undefined> {
    let name = this.cache.get(userId);
    if (!name) {
      name = this.client.users
        .info({ user: userId })
        .then((r) => r.user?.profile?.display_name || r.user?.real_name || r.user?.name || undefined)
        .catch(() => {
          this.cache.delete(userId);
          return undefined;
        });
      this.cache.set(userId, name);
    }
    return name;
  }
}
