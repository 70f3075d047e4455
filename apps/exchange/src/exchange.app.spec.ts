import { ConfigError, loadConfig } from '@app/config';
import { exchangeApp } from './exchange.app';

describe('the exchange app', () => {
  it('refuses to start with the access core in another database than its own', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://db.internal/exchange',
      ACCESS_DATABASE_URL: 'postgres://db.internal/access',
    });
    expect(() => exchangeApp.module(config)).toThrow(ConfigError);
    expect(() => exchangeApp.module(config)).toThrow(/ACCESS_DATABASE_URL must be the exchange's DATABASE_URL/);
  });

  it('starts with the access core in its own database, named or not', () => {
    const url = 'postgres://db.internal/registry';
    expect(() => exchangeApp.module(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url }))).not.toThrow();
    expect(() =>
      exchangeApp.module(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, ACCESS_DATABASE_URL: url })),
    ).not.toThrow();
  });
});
