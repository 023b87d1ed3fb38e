import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoOfficeAccounts } from '../../shared/adapters/cognito-accounts';
import { cognitoTokenVerifier, jwksTokenVerifier, oauthProvider } from '../../shared/adapters/identity';
import type { OfficeAccounts, TokenVerifier } from '../../shared/app/portal/ports';
import { officeOfGroups } from '../../shared/app/portal/authorize';
import { loadProvinceConfig, officesOf } from '../../shared/config/province-config';
import { startEmulators, type RunningEmulators } from '../../shared/local/emulators';
import { LocalOfficeAccounts, startLocalIdentity, type LocalIdentity } from '../../shared/local/local-identity';
import { ROOT, testBackend } from '../support/pipeline-process';

jest.setTimeout(120_000);

const config = loadProvinceConfig(`${ROOT}/config/hai-duong.json`);
const PASSWORD = 'Correct-horse-42';

/**
 * Office accounts and the tokens they sign in with, on the backend under test: moto's
 * Cognito (the AWS code: user pool groups, admin calls, CognitoJwtVerifier) or the local
 * development identity provider.
 */
interface AccountsWorld {
  readonly accounts: OfficeAccounts;
  readonly verifier: TokenVerifier;
  /** Signs in with e-mail and password; the access token, or null when refused. */
  signIn(email: string): Promise<string | null>;
  stop(): Promise<void>;
}

async function cognitoWorld(): Promise<AccountsWorld> {
  const emulators: RunningEmulators = await startEmulators({ backend: 'moto' });
  const cognito = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: emulators.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const pool = await cognito.send(
    new CreateUserPoolCommand({
      PoolName: 'offices',
      UsernameAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } },
    }),
  );
  const userPoolId = pool.UserPool?.Id ?? '';
  for (const office of officesOf(config)) await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: office.id }));
  const client = await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ClientName: 'portal', ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH'] }));
  const clientId = client.UserPoolClient?.ClientId ?? '';
  const jwks = (await (await fetch(`${emulators.endpoint}/${userPoolId}/.well-known/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
  return {
    accounts: new CognitoOfficeAccounts(cognito, userPoolId),
    verifier: cognitoTokenVerifier({ userPoolId, clientId, jwks }),
    signIn: async (email) => {
      try {
        // The invitation's temporary password is changed at first sign-in; the test sets the final one directly.
        await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: email, Password: PASSWORD, Permanent: true }));
        const auth = await cognito.send(
          new AdminInitiateAuthCommand({ UserPoolId: userPoolId, ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD } }),
        );
        return auth.AuthenticationResult?.AccessToken ?? null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      cognito.destroy();
      await emulators.stop();
    },
  };
}

async function localWorld(): Promise<AccountsWorld> {
  const usersFile = join(mkdtempSync(join(tmpdir(), 'reports-accounts-')), 'users.json');
  const callback = 'http://127.0.0.1:9/auth/callback';
  const identity: LocalIdentity = await startLocalIdentity({ usersFile, clientId: 'portal', redirectUris: [callback] });
  const accounts = new LocalOfficeAccounts(usersFile);
  const passwords = new Map<string, string>();
  const provider = oauthProvider({ authorizeUrl: identity.authorizeUrl, tokenUrl: identity.tokenUrl, logoutUrl: identity.logoutUrl, clientId: 'portal' });
  return {
    accounts: {
      add: async (officeId, email) => {
        const added = await accounts.add(officeId, email);
        passwords.set(added.account.email, added.temporaryPassword ?? '');
        return added;
      },
      remove: (officeId, email) => accounts.remove(officeId, email),
      list: (officeIds) => accounts.list(officeIds),
    },
    verifier: jwksTokenVerifier({ issuer: identity.issuer, clientId: 'portal', jwksUri: identity.jwksUri }),
    signIn: async (email) => {
      const verifierText = 'a-code-verifier-long-enough-for-pkce-0123456789';
      const challenge = createHash('sha256').update(verifierText).digest('base64url');
      const form = new URLSearchParams({
        response_type: 'code',
        client_id: 'portal',
        redirect_uri: callback,
        state: 's',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        email,
        password: passwords.get(email) ?? '',
      });
      const response = await fetch(identity.authorizeUrl, { method: 'POST', body: form, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status !== 302 || !location) return null;
      const code = new URL(location).searchParams.get('code') ?? '';
      return (await provider.exchangeCode({ code, codeVerifier: verifierText, redirectUri: callback })).accessToken;
    },
    stop: () => identity.close(),
  };
}

describe(`office accounts on ${testBackend()}`, () => {
  let world: AccountsWorld;

  beforeAll(async () => {
    world = testBackend() === 'moto' ? await cognitoWorld() : await localWorld();
  });

  afterAll(async () => {
    await world?.stop();
  });

  it('adds an account to one office, whose token then names that office', async () => {
    const { account } = await world.accounts.add('gia-loc', 'Van.Thu@GiaLoc.example.vn');
    expect(account).toMatchObject({ email: 'van.thu@gialoc.example.vn', officeId: 'gia-loc' });
    expect((await world.accounts.list(['gia-loc'])).map((entry) => entry.email)).toEqual(['van.thu@gialoc.example.vn']);
    const token = await world.signIn('van.thu@gialoc.example.vn');
    expect(token).toEqual(expect.any(String));
    const verified = await world.verifier.verify(token ?? '');
    expect(officeOfGroups(verified.groups, config).id).toBe('gia-loc');
  });

  it('refuses a token whose payload was altered', async () => {
    const token = (await world.signIn('van.thu@gialoc.example.vn')) ?? '';
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['province-archive'] })).toString('base64url');
    await expect(world.verifier.verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
  });

  it('moves an account to another office instead of giving it two', async () => {
    await world.accounts.add('tu-ky', 'van.thu@gialoc.example.vn');
    expect(await world.accounts.list(['gia-loc'])).toEqual([]);
    expect((await world.accounts.list(['tu-ky'])).map((entry) => entry.email)).toEqual(['van.thu@gialoc.example.vn']);
    const verified = await world.verifier.verify((await world.signIn('van.thu@gialoc.example.vn')) ?? '');
    expect(verified.groups).toEqual(['tu-ky']);
  });

  it('removes an account only from its own office, after which it cannot sign in', async () => {
    expect(await world.accounts.remove('gia-loc', 'van.thu@gialoc.example.vn')).toBe(false);
    expect(await world.accounts.remove('tu-ky', 'van.thu@gialoc.example.vn')).toBe(true);
    expect(await world.accounts.list(officesOf(config).map((office) => office.id))).toEqual([]);
    expect(await world.signIn('van.thu@gialoc.example.vn')).toBeNull();
  });
});
