$version: "2.0"

namespace com.amazonaws.cleanroomsml

use aws.api#service
use aws.auth#sigv4
use aws.protocols#restJson1

/// Clean Rooms ML trains lookalike audience models on a party's own data inside AWS Clean Rooms,
/// without the raw records leaving that party's account. This model covers reading an audience
/// model's state with `GetAudienceModel`.
@service(
    sdkId: "CleanRoomsML"
    arnNamespace: "cleanrooms-ml"
    cloudTrailEventSource: "cleanrooms-ml.amazonaws.com"
)
@sigv4(name: "cleanrooms-ml")
@restJson1
@cors(
    additionalAllowedHeaders: [
        "*"
        "content-type"
        "x-amz-content-sha256"
        "x-amz-user-agent"
        "x-amzn-platform-id"
        "x-amzn-trace-id"
    ]
    additionalExposedHeaders: [
        "x-amzn-errortype"
        "x-amzn-requestid"
        "x-amzn-trace-id"
    ]
    maxAge: 86400
)
@title("AWS Clean Rooms ML")
service AWSStarkControlService {
    version: "2023-09-06"
    resources: [
        AudienceModel
    ]
}
