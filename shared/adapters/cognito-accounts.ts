import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  ListUsersInGroupCommand,
  UsernameExistsException,
  type CognitoIdentityProviderClient,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { OfficeAccount, OfficeAccounts } from '../app/portal/ports';

/**
 * Office accounts in an Amazon Cognito user pool: one group per office, the e-mail
 * address is the user name. Cognito e-mails each new account its invitation with a
 * temporary password, which the office changes at first sign-in.
 */
export class CognitoOfficeAccounts implements OfficeAccounts {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async add(officeId: string, email: string): Promise<{ account: OfficeAccount; temporaryPassword: string | null }> {
    const username = email.trim().toLowerCase();
    try {
      await this.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: username,
          UserAttributes: [
            { Name: 'email', Value: username },
            // The operator vouches for the address; the invitation proves it reaches someone.
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
    } catch (error) {
      if (!(error instanceof UsernameExistsException) && (error as { name?: string }).name !== 'UsernameExistsException') throw error;
      // An account that never signed in gets its invitation again, with a new temporary password.
      const existing = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      if (existing.UserStatus === 'FORCE_CHANGE_PASSWORD') {
        await this.cognito.send(new AdminCreateUserCommand({ UserPoolId: this.userPoolId, Username: username, MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }));
      }
    }
    // An account acts for exactly one office: leaving the others first keeps it so.
    const groups = await this.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    for (const group of groups.Groups ?? []) {
      if (group.GroupName && group.GroupName !== officeId) {
        await this.cognito.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName: group.GroupName }));
      }
    }
    await this.cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: username, GroupName: officeId }));
    const user = await this.cognito.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    return {
      account: {
        email: username,
        officeId,
        status: user.UserStatus ?? 'UNKNOWN',
        enabled: user.Enabled ?? true,
        createdAt: user.UserCreateDate?.toISOString() ?? null,
      },
      temporaryPassword: null,
    };
  }

  async remove(officeId: string, email: string): Promise<boolean> {
    const username = email.trim().toLowerCase();
    let groups: string[];
    try {
      const response = await this.cognito.send(new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: username }));
      groups = (response.Groups ?? []).flatMap((group) => (group.GroupName ? [group.GroupName] : []));
    } catch (error) {
      if ((error as { name?: string }).name === 'UserNotFoundException') return false;
      throw error;
    }
    if (!groups.includes(officeId)) return false;
    await this.cognito.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: username }));
    return true;
  }

  async list(officeIds: readonly string[]): Promise<OfficeAccount[]> {
    const accounts: OfficeAccount[] = [];
    for (const officeId of officeIds) {
      let nextToken: string | undefined;
      do {
        const page = await this.cognito.send(new ListUsersInGroupCommand({ UserPoolId: this.userPoolId, GroupName: officeId, ...(nextToken ? { NextToken: nextToken } : {}) }));
        for (const user of page.Users ?? []) accounts.push(accountOf(user, officeId));
        nextToken = page.NextToken;
      } while (nextToken);
    }
    return accounts.sort((a, b) => a.officeId.localeCompare(b.officeId) || a.email.localeCompare(b.email));
  }
}

function accountOf(user: UserType, officeId: string): OfficeAccount {
  const email = user.Attributes?.find((attribute) => attribute.Name === 'email')?.Value ?? user.Username ?? '';
  return { email, officeId, status: user.UserStatus ?? 'UNKNOWN', enabled: user.Enabled ?? true, createdAt: user.UserCreateDate?.toISOString() ?? null };
}
