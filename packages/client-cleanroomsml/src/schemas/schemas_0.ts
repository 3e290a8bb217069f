const _ADE = "AccessDeniedException";
const _GAM = "GetAudienceModel";
const _GAMR = "GetAudienceModelRequest";
const _GAMRe = "GetAudienceModelResponse";
const _RNFE = "ResourceNotFoundException";
const _SD = "StatusDetails";
const _TE = "ThrottlingException";
const _VE = "ValidationException";
const _aMA = "audienceModelArn";
const _c = "client";
const _cT = "createTime";
const _d = "description";
const _e = "error";
const _h = "http";
const _hE = "httpError";
const _kKA = "kmsKeyArn";
const _m = "message";
const _n = "name";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.cleanroomsml";
const _sC = "statusCode";
const _sD = "statusDetails";
const _st = "status";
const _t = "tags";
const _tDA = "trainingDatasetArn";
const _tDET = "trainingDataEndTime";
const _tDST = "trainingDataStartTime";
const _uT = "updateTime";
const n0 = "com.amazonaws.cleanroomsml";

// smithy-typescript generated code
import { TypeRegistry } from "@smithy/core/schema";
import type { StaticErrorSchema, StaticMapSchema, StaticOperationSchema, StaticStructureSchema } from "@smithy/types";

import { CleanRoomsMLServiceException } from "../models/CleanRoomsMLServiceException";
import {
  AccessDeniedException,
  ResourceNotFoundException,
  ThrottlingException,
  ValidationException,
} from "../models/errors";

/* eslint no-var: 0 */
const _s_registry = TypeRegistry.for(_s);
export var CleanRoomsMLServiceException$: StaticErrorSchema = [-3, _s, "CleanRoomsMLServiceException", 0, [], []];
_s_registry.registerError(CleanRoomsMLServiceException$, CleanRoomsMLServiceException);
const n0_registry = TypeRegistry.for(n0);
export var AccessDeniedException$: StaticErrorSchema = [-3, n0, _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_m],
  [0], 1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
export var ResourceNotFoundException$: StaticErrorSchema = [-3, n0, _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0], 1
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
export var ThrottlingException$: StaticErrorSchema = [-3, n0, _TE,
  { [_e]: _c, [_hE]: 429 },
  [_m],
  [0], 1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
export var ValidationException$: StaticErrorSchema = [-3, n0, _VE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0], 1
];
n0_registry.registerError(ValidationException$, ValidationException);
/**
 * TypeRegistry instances containing modeled errors.
 * @internal
 *
 */
export const errorTypeRegistries = [
  _s_registry,
  n0_registry,
]
export var GetAudienceModelRequest$: StaticStructureSchema = [3, n0, _GAMR,
  0,
  [_aMA],
  [[0, 1]], 1
];
export var GetAudienceModelResponse$: StaticStructureSchema = [3, n0, _GAMRe,
  0,
  [_cT, _uT, _aMA, _n, _tDA, _st, _tDST, _tDET, _sD, _kKA, _t, _d],
  [5, 5, 0, 0, 0, 0, 5, 5, () => StatusDetails$, 0, 128 | 0, 0], 6
];
export var StatusDetails$: StaticStructureSchema = [3, n0, _SD,
  0,
  [_sC, _m],
  [0, 0]
];
var TagMap = 128 | 0;
export var GetAudienceModel$: StaticOperationSchema = [9, n0, _GAM,
  { [_h]: ["GET", "/audience-model/{audienceModelArn}", 200] }, () => GetAudienceModelRequest$, () => GetAudienceModelResponse$
];
