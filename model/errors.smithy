$version: "2.0"

namespace com.amazonaws.cleanroomsml

/// The caller's credentials are valid but its policies do not allow this call on this resource.
@error("client")
@httpError(403)
structure AccessDeniedException {
    @required
    message: String
}

/// No audience model exists with the given ARN in this account and Region, or it has been deleted.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    @required
    message: String
}

/// The request broke a constraint of the API, for example an ARN that does not match the expected pattern.
@error("client")
@httpError(400)
structure ValidationException {
    @required
    message: String
}

/// The caller sent too many requests; the SDK retries these with backoff before surfacing them.
@error("client")
@httpError(429)
structure ThrottlingException {
    @required
    message: String
}
