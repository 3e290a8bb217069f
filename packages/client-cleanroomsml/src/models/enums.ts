// smithy-typescript generated code
/**
 * @public
 * @enum
 */
export const AudienceModelStatus = {
  /**
   * Trained and ready to generate audiences.
   */
  ACTIVE: "ACTIVE",
  /**
   * Training stopped with an error; see `statusDetails`.
   */
  CREATE_FAILED: "CREATE_FAILED",
  /**
   * Training is running.
   */
  CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
  /**
   * Accepted; training has not started yet.
   */
  CREATE_PENDING: "CREATE_PENDING",
  /**
   * Deletion stopped with an error; see `statusDetails`.
   */
  DELETE_FAILED: "DELETE_FAILED",
  /**
   * Deletion is running.
   */
  DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS",
  /**
   * Deletion was requested and is queued.
   */
  DELETE_PENDING: "DELETE_PENDING",
} as const;
/**
 * @public
 */
export type AudienceModelStatus = (typeof AudienceModelStatus)[keyof typeof AudienceModelStatus];
