import { S3Client } from '@aws-sdk/client-s3';
import type { AwsClients } from '../shared/adapters/aws-clients';
import { cognitoTokenVerifier, jwksTokenVerifier, oauthProvider } from '../shared/adapters/identity';
import { DynamoPortalReports } from '../shared/adapters/portal-queries';
import { DynamoReceiptStore } from '../shared/adapters/receipts';
import { S3DownloadSigner } from '../shared/adapters/s3-download-signer';
import type { Log } from '../shared/app/ports';
import { PortalHttp } from '../shared/app/portal/http';
import { PortalService } from '../shared/app/portal/portal-service';
import type { TokenVerifier } from '../shared/app/portal/ports';
import type { PortalSettings } from '../shared/app/portal/settings';

/** The verifier the settings name: a Cognito user pool, or (development) a JWKS issuer. */
function verifierOf(settings: PortalSettings): TokenVerifier {
  if (settings.tokens.kind === 'cognito') return cognitoTokenVerifier({ userPoolId: settings.tokens.userPoolId, clientId: settings.clientId });
  return jwksTokenVerifier({ issuer: settings.tokens.issuer, clientId: settings.clientId, jwksUri: settings.tokens.jwksUri });
}

/** Wires the portal once from validated settings. */
export async function createPortalHttp(settings: PortalSettings, clients: AwsClients, log: Log): Promise<PortalHttp> {
  // Download links name the endpoint the browser reaches; locally that is the download gate, not the emulator.
  const signingS3 = settings.downloadEndpoint
    ? new S3Client({ region: await clients.s3.config.region(), endpoint: settings.downloadEndpoint, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
    : clients.s3;
  const service = new PortalService({
    reports: new DynamoPortalReports(clients.dynamo, settings.tableName),
    receipts: new DynamoReceiptStore(clients.dynamo, settings.tableName),
    signer: new S3DownloadSigner(signingS3),
    config: settings.province,
    log,
    downloadExpirySeconds: settings.downloadExpirySeconds,
  });
  return new PortalHttp({
    service,
    verifier: verifierOf(settings),
    identity: oauthProvider({
      authorizeUrl: `${settings.authDomainUrl}/oauth2/authorize`,
      tokenUrl: `${settings.authDomainUrl}/oauth2/token`,
      logoutUrl: `${settings.authDomainUrl}/logout`,
      clientId: settings.clientId,
    }),
    baseUrl: settings.baseUrl,
    timeZone: settings.province.province.timeZone,
    log,
  });
}
