$version: "2.0"

// Endpoint resolution for Clean Rooms ML, transcribed from the service's published rule set.
// The generator turns the rule set into src/endpoint/ruleset.ts and the tests into a generated suite.
namespace com.amazonaws.cleanroomsml

use smithy.rules#endpointRuleSet
use smithy.rules#endpointTests

// Picks the service host from Region, FIPS and dual-stack settings, or uses a custom endpoint as given.
apply AWSStarkControlService @endpointRuleSet(
    version: "1.0"
    parameters: {
        Region: {
            documentation: "AWS Region the client sends requests to, such as us-east-1."
            builtIn: "AWS::Region"
            required: false
            type: "string"
        }
        UseDualStack: {
            documentation: "Resolve to a host that answers over both IPv4 and IPv6."
            builtIn: "AWS::UseDualStack"
            required: true
            default: false
            type: "boolean"
        }
        UseFIPS: {
            documentation: "Resolve to a host backed by FIPS 140 validated cryptography."
            builtIn: "AWS::UseFIPS"
            required: true
            default: false
            type: "boolean"
        }
        Endpoint: {
            documentation: "A full URL that replaces the resolved host, for local servers and proxies."
            builtIn: "SDK::Endpoint"
            required: false
            type: "string"
        }
    }
    rules: [
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Endpoint"
                        }
                    ]
                }
            ]
            rules: [
                {
                    conditions: [
                        {
                            fn: "booleanEquals"
                            argv: [
                                {
                                    ref: "UseFIPS"
                                }
                                true
                            ]
                        }
                    ]
                    error: "Invalid Configuration: FIPS and custom endpoint are not supported"
                    type: "error"
                }
                {
                    conditions: []
                    rules: [
                        {
                            conditions: [
                                {
                                    fn: "booleanEquals"
                                    argv: [
                                        {
                                            ref: "UseDualStack"
                                        }
                                        true
                                    ]
                                }
                            ]
                            error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
                            type: "error"
                        }
                        {
                            conditions: []
                            endpoint: {
                                url: {
                                    ref: "Endpoint"
                                }
                                properties: {}
                                headers: {}
                            }
                            type: "endpoint"
                        }
                    ]
                    type: "tree"
                }
            ]
            type: "tree"
        }
        {
            conditions: []
            rules: [
                {
                    conditions: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Region"
                                }
                            ]
                        }
                    ]
                    rules: [
                        {
                            conditions: [
                                {
                                    fn: "aws.partition"
                                    argv: [
                                        {
                                            ref: "Region"
                                        }
                                    ]
                                    assign: "PartitionResult"
                                }
                            ]
                            rules: [
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                true
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsFIPS"
                                                            ]
                                                        }
                                                    ]
                                                }
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsDualStack"
                                                            ]
                                                        }
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    rules: [
                                                        {
                                                            conditions: []
                                                            endpoint: {
                                                                url: "https://cleanrooms-ml-fips.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                                properties: {}
                                                                headers: {}
                                                            }
                                                            type: "endpoint"
                                                        }
                                                    ]
                                                    type: "tree"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "FIPS and DualStack are enabled, but this partition does not support one or both"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsFIPS"
                                                            ]
                                                        }
                                                        true
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    rules: [
                                                        {
                                                            conditions: []
                                                            endpoint: {
                                                                url: "https://cleanrooms-ml-fips.{Region}.{PartitionResult#dnsSuffix}"
                                                                properties: {}
                                                                headers: {}
                                                            }
                                                            type: "endpoint"
                                                        }
                                                    ]
                                                    type: "tree"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "FIPS is enabled but this partition does not support FIPS"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsDualStack"
                                                            ]
                                                        }
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    rules: [
                                                        {
                                                            conditions: []
                                                            endpoint: {
                                                                url: "https://cleanrooms-ml.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                                properties: {}
                                                                headers: {}
                                                            }
                                                            type: "endpoint"
                                                        }
                                                    ]
                                                    type: "tree"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "DualStack is enabled but this partition does not support DualStack"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: []
                                    rules: [
                                        {
                                            conditions: []
                                            endpoint: {
                                                url: "https://cleanrooms-ml.{Region}.{PartitionResult#dnsSuffix}"
                                                properties: {}
                                                headers: {}
                                            }
                                            type: "endpoint"
                                        }
                                    ]
                                    type: "tree"
                                }
                            ]
                            type: "tree"
                        }
                    ]
                    type: "tree"
                }
                {
                    conditions: []
                    error: "Invalid Configuration: Missing Region"
                    type: "error"
                }
            ]
            type: "tree"
        }
    ]
)

// Reference cases for the rule set: each names its parameters and the endpoint or error they must produce.
apply AWSStarkControlService @endpointTests(
    testCases: [
        {
            documentation: "us-east-1, FIPS on, dual-stack on resolves to https://cleanrooms-ml-fips.us-east-1.api.aws"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-east-1.api.aws"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "us-east-1, FIPS on, dual-stack off resolves to https://cleanrooms-ml-fips.us-east-1.amazonaws.com"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-east-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-east-1, FIPS off, dual-stack on resolves to https://cleanrooms-ml.us-east-1.api.aws"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-east-1.api.aws"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "us-east-1, FIPS off, dual-stack off resolves to https://cleanrooms-ml.us-east-1.amazonaws.com"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-east-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "cn-north-1, FIPS on, dual-stack on resolves to https://cleanrooms-ml-fips.cn-north-1.api.amazonwebservices.com.cn"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.cn-north-1.api.amazonwebservices.com.cn"
                }
            }
            params: {
                Region: "cn-north-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "cn-north-1, FIPS on, dual-stack off resolves to https://cleanrooms-ml-fips.cn-north-1.amazonaws.com.cn"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.cn-north-1.amazonaws.com.cn"
                }
            }
            params: {
                Region: "cn-north-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "cn-north-1, FIPS off, dual-stack on resolves to https://cleanrooms-ml.cn-north-1.api.amazonwebservices.com.cn"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.cn-north-1.api.amazonwebservices.com.cn"
                }
            }
            params: {
                Region: "cn-north-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "cn-north-1, FIPS off, dual-stack off resolves to https://cleanrooms-ml.cn-north-1.amazonaws.com.cn"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.cn-north-1.amazonaws.com.cn"
                }
            }
            params: {
                Region: "cn-north-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-gov-east-1, FIPS on, dual-stack on resolves to https://cleanrooms-ml-fips.us-gov-east-1.api.aws"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-gov-east-1.api.aws"
                }
            }
            params: {
                Region: "us-gov-east-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "us-gov-east-1, FIPS on, dual-stack off resolves to https://cleanrooms-ml-fips.us-gov-east-1.amazonaws.com"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-gov-east-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-gov-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-gov-east-1, FIPS off, dual-stack on resolves to https://cleanrooms-ml.us-gov-east-1.api.aws"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-gov-east-1.api.aws"
                }
            }
            params: {
                Region: "us-gov-east-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "us-gov-east-1, FIPS off, dual-stack off resolves to https://cleanrooms-ml.us-gov-east-1.amazonaws.com"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-gov-east-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-gov-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-iso-east-1, FIPS on, dual-stack off resolves to https://cleanrooms-ml-fips.us-iso-east-1.c2s.ic.gov"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-iso-east-1.c2s.ic.gov"
                }
            }
            params: {
                Region: "us-iso-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-iso-east-1, FIPS off, dual-stack off resolves to https://cleanrooms-ml.us-iso-east-1.c2s.ic.gov"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-iso-east-1.c2s.ic.gov"
                }
            }
            params: {
                Region: "us-iso-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-isob-east-1, FIPS on, dual-stack off resolves to https://cleanrooms-ml-fips.us-isob-east-1.sc2s.sgov.gov"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml-fips.us-isob-east-1.sc2s.sgov.gov"
                }
            }
            params: {
                Region: "us-isob-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-isob-east-1, FIPS off, dual-stack off resolves to https://cleanrooms-ml.us-isob-east-1.sc2s.sgov.gov"
            expect: {
                endpoint: {
                    url: "https://cleanrooms-ml.us-isob-east-1.sc2s.sgov.gov"
                }
            }
            params: {
                Region: "us-isob-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-east-1, FIPS off, dual-stack off, custom endpoint resolves to https://example.com"
            expect: {
                endpoint: {
                    url: "https://example.com"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: false
                Endpoint: "https://example.com"
            }
        }
        {
            documentation: "no region, FIPS off, dual-stack off, custom endpoint resolves to https://example.com"
            expect: {
                endpoint: {
                    url: "https://example.com"
                }
            }
            params: {
                UseFIPS: false
                UseDualStack: false
                Endpoint: "https://example.com"
            }
        }
        {
            documentation: "us-east-1, FIPS on, dual-stack off, custom endpoint resolves to an error"
            expect: {
                error: "Invalid Configuration: FIPS and custom endpoint are not supported"
            }
            params: {
                Region: "us-east-1"
                UseFIPS: true
                UseDualStack: false
                Endpoint: "https://example.com"
            }
        }
        {
            documentation: "us-east-1, FIPS off, dual-stack on, custom endpoint resolves to an error"
            expect: {
                error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: true
                Endpoint: "https://example.com"
            }
        }
        {
            documentation: "no parameters at all is rejected because Region is missing"
            expect: {
                error: "Invalid Configuration: Missing Region"
            }
        }
    ]
    version: "1.0"
)
