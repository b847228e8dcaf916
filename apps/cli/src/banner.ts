/** The URL with its password replaced, for printing. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Where a browser on this machine reaches a server bound to `host`. */
export function localBaseUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export interface BannerInfo {
  baseUrl: string;
  database: { kind: 'embedded'; port: number; dataDir: string } | { kind: 'external'; url: string };
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailDir: string;
}

export function banner(info: BannerInfo): string {
  const rows: [string, string][] = [
    ['Web app', `${info.baseUrl}/`],
    ['API', `${info.baseUrl}/api/v1`],
    ['API docs', `${info.baseUrl}/docs`],
    ['Health', `${info.baseUrl}/health`],
    ['Queues', `${info.baseUrl}/admin/queues (admins only)`],
    ['Mail', info.smtpUrl ? `sent through ${redactUrl(info.smtpUrl)}` : `written as .eml files to ${info.mailDir}/`],
    [
      'Database',
      info.database.kind === 'embedded'
        ? `embedded PostgreSQL on 127.0.0.1:${info.database.port}, data in ${info.database.dataDir}/`
        : redactUrl(info.database.url),
    ],
    ['Job queue', info.redisUrl ? `BullMQ on Redis ${redactUrl(info.redisUrl)}` : 'BullMQ on PostgreSQL (no REDIS_URL)'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    '  Kokeilu is running.',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    `  First admin:  npm run cli -- create-admin --email you@example.fi --password '…'`,
    '  Stop:         Ctrl-C',
    '',
  ].join('\n');
}
