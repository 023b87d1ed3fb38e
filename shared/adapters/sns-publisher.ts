import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { NoticePublisher } from '../app/ports';
import type { FormattedNotice } from '../domain/notification';
import type { MessageAttributes } from '../domain/routing';
import { TransientDependencyError } from '../errors';

/** Publishes notices to the offices' topic and failures to the operations topic. */
export class SnsNoticePublisher implements NoticePublisher {
  constructor(
    private readonly sns: SNSClient,
    private readonly notificationsTopicArn: string,
    private readonly operationsTopicArn: string,
  ) {}

  async publishNotice(notice: FormattedNotice, attributes: MessageAttributes): Promise<string> {
    try {
      const response = await this.sns.send(
        new PublishCommand({
          TopicArn: this.notificationsTopicArn,
          Message: notice.message,
          MessageStructure: 'json',
          Subject: notice.subject,
          MessageAttributes: {
            ...attributes,
            notificationId: { DataType: 'String', StringValue: notice.notificationId },
          },
        }),
      );
      return response.MessageId ?? notice.notificationId;
    } catch (error) {
      throw new TransientDependencyError('sns', `publish of ${notice.notificationId} failed: ${(error as Error).message}`, { cause: error });
    }
  }

  async publishOperations(subject: string, message: Record<string, unknown>): Promise<void> {
    try {
      await this.sns.send(
        new PublishCommand({
          TopicArn: this.operationsTopicArn,
          Subject: subject.slice(0, 99),
          Message: JSON.stringify(message, null, 2),
        }),
      );
    } catch (error) {
      throw new TransientDependencyError('sns', `operations publish failed: ${(error as Error).message}`, { cause: error });
    }
  }
}
