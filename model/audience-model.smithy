$version: "2.0"

namespace com.amazonaws.cleanroomsml

use aws.api#arn
use aws.api#arnReference

/// A lookalike model trained from a training dataset; it scores which users resemble a seed audience.
@arn(template: "{audienceModelArn}", absolute: true)
resource AudienceModel {
    identifiers: {
        audienceModelArn: AudienceModelArn
    }
    read: GetAudienceModel
}

/// The data an audience model learns from. Named here only so that `TrainingDatasetArn` can refer to it.
@arn(template: "{trainingDatasetArn}", absolute: true)
resource TrainingDataset {
    identifiers: {
        trainingDatasetArn: TrainingDatasetArn
    }
}

/// Reads one audience model: its training window, lifecycle status, encryption key and tags.
/// Poll it to follow training or deletion; the generated waiters do that for you.
@readonly
@http(method: "GET", uri: "/audience-model/{audienceModelArn}", code: 200)
operation GetAudienceModel {
    input: GetAudienceModelRequest
    output: GetAudienceModelResponse
    errors: [
        AccessDeniedException
        ResourceNotFoundException
        ValidationException
        ThrottlingException
    ]
}

/// Names the audience model to read.
@input
structure GetAudienceModelRequest {
    /// ARN of the audience model. It travels in the URL path, percent-encoded.
    @required
    @httpLabel
    audienceModelArn: AudienceModelArn
}

/// The audience model as the service holds it now.
@output
structure GetAudienceModelResponse {
    /// When the model was created.
    @required
    @timestampFormat("date-time")
    createTime: Timestamp

    /// When the model last changed, status changes included.
    @required
    @timestampFormat("date-time")
    updateTime: Timestamp

    /// Start of the window of training data the model was built from.
    @timestampFormat("date-time")
    trainingDataStartTime: Timestamp

    /// End of the window of training data the model was built from.
    @timestampFormat("date-time")
    trainingDataEndTime: Timestamp

    /// ARN of this audience model.
    @required
    audienceModelArn: AudienceModelArn

    /// Display name given when the model was created.
    @required
    name: NameString

    /// ARN of the training dataset the model learned from.
    @required
    trainingDatasetArn: TrainingDatasetArn

    /// Where the model is in its lifecycle. New values may appear; treat unknown ones as "not yet done".
    @required
    status: AudienceModelStatus

    /// Why the model is in its current status, when the service says more (typically after a failure).
    statusDetails: StatusDetails

    /// ARN of the customer managed KMS key that encrypts the model, if one was given.
    kmsKeyArn: KmsKeyArn

    /// Tags attached to the model.
    tags: TagMap

    /// Free-text description given when the model was created.
    description: ResourceDescription
}

/// Lifecycle of an audience model, from creation through training to deletion.
enum AudienceModelStatus {
    /// Accepted; training has not started yet.
    CREATE_PENDING

    /// Training is running.
    CREATE_IN_PROGRESS

    /// Training stopped with an error; see `statusDetails`.
    CREATE_FAILED

    /// Trained and ready to generate audiences.
    ACTIVE

    /// Deletion was requested and is queued.
    DELETE_PENDING

    /// Deletion is running.
    DELETE_IN_PROGRESS

    /// Deletion stopped with an error; see `statusDetails`.
    DELETE_FAILED
}

/// More about a status, for example the reason training failed.
structure StatusDetails {
    /// Machine-readable code for the condition.
    statusCode: String

    /// Human-readable explanation of the condition.
    message: String
}

/// ARN of a Clean Rooms ML audience model.
@arnReference(service: AWSStarkControlService, resource: AudienceModel)
@length(min: 20, max: 2048)
@pattern("^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:audience-model/[-a-zA-Z0-9_/.]+$")
string AudienceModelArn

/// ARN of a Clean Rooms ML training dataset.
@arnReference(service: AWSStarkControlService, resource: TrainingDataset)
@length(min: 20, max: 2048)
@pattern("^arn:aws[-a-z]*:cleanrooms-ml:[-a-z0-9]+:[0-9]{12}:training-dataset/[-a-zA-Z0-9_/.]+$")
string TrainingDatasetArn

/// ARN of an AWS KMS key.
@arnReference(type: "AWS::KMS::Key")
@length(min: 20, max: 2048)
@pattern("^arn:aws[-a-z]*:kms:[-a-z0-9]+:[0-9]{12}:key/.+$")
string KmsKeyArn

/// A resource name: 1 to 63 printable characters, not only white space.
@length(min: 1, max: 63)
@pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$")
string NameString

/// A description of up to 255 printable characters; tabs and line breaks are allowed.
@length(max: 255)
@pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$")
string ResourceDescription

/// Tags on a resource: up to 200 key/value pairs.
@length(min: 0, max: 200)
map TagMap {
    key: TagKey
    value: TagValue
}

/// A tag key, 1 to 128 characters.
@length(min: 1, max: 128)
string TagKey

/// A tag value, up to 256 characters; may be empty.
@length(min: 0, max: 256)
string TagValue
