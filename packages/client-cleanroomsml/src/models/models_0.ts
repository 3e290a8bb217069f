// smithy-typescript generated code
import type { AudienceModelStatus } from "./enums";

/**
 * Names the audience model to read.
 * @public
 */
export interface GetAudienceModelRequest {
  /**
   * ARN of the audience model. It travels in the URL path, percent-encoded.
   * @public
   */
  audienceModelArn: string | undefined;
}

/**
 * More about a status, for example the reason training failed.
 * @public
 */
export interface StatusDetails {
  /**
   * Machine-readable code for the condition.
   * @public
   */
  statusCode?: string | undefined;

  /**
   * Human-readable explanation of the condition.
   * @public
   */
  message?: string | undefined;
}

/**
 * The audience model as the service holds it now.
 * @public
 */
export interface GetAudienceModelResponse {
  /**
   * When the model was created.
   * @public
   */
  createTime: Date | undefined;

  /**
   * When the model last changed, status changes included.
   * @public
   */
  updateTime: Date | undefined;

  /**
   * Start of the window of training data the model was built from.
   * @public
   */
  trainingDataStartTime?: Date | undefined;

  /**
   * End of the window of training data the model was built from.
   * @public
   */
  trainingDataEndTime?: Date | undefined;

  /**
   * ARN of this audience model.
   * @public
   */
  audienceModelArn: string | undefined;

  /**
   * Display name given when the model was created.
   * @public
   */
  name: string | undefined;

  /**
   * ARN of the training dataset the model learned from.
   * @public
   */
  trainingDatasetArn: string | undefined;

  /**
   * Where the model is in its lifecycle. New values may appear; treat unknown ones as "not yet done".
   * @public
   */
  status: AudienceModelStatus | undefined;

  /**
   * Why the model is in its current status, when the service says more (typically after a failure).
   * @public
   */
  statusDetails?: StatusDetails | undefined;

  /**
   * ARN of the customer managed KMS key that encrypts the model, if one was given.
   * @public
   */
  kmsKeyArn?: string | undefined;

  /**
   * Tags attached to the model.
   * @public
   */
  tags?: Record<string, string> | undefined;

  /**
   * Free-text description given when the model was created.
   * @public
   */
  description?: string | undefined;
}
