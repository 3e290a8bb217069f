package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import java.util.Optional;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.codegen.core.SymbolReference;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * What each call costs: the per-call defaults of the client, with the behaviour of a call unchanged.
 *
 * <p>With the stock runtime every send resolves the command's middleware from scratch, the client config ends up in
 * V8's slow dictionary mode and is copied several times per call, and the SigV4 signer is rebuilt from a copy of the
 * whole config on every call. This integration copies {@code codegen/runtime/src/callPath/} unchanged into
 * {@code src/callPath/}:
 * <ul>
 *   <li>{@code callPathConfig.ts}: {@code resolveCallPathConfig} (with the other features' resolvers, before the AWS
 *       auth resolver) makes {@code cacheMiddleware} default to true and installs one signer per client unless the
 *       user passed {@code signer}; {@code toFastConfig} runs as the last resolver and hands the client a copy of its
 *       config with a fixed shape.</li>
 *   <li>{@code sharedSigner.ts}: the signer provider, the stock one's logic with the {@code SignatureV4} kept while
 *       the credentials provider, region, service, hash and path escaping stay the same.</li>
 *   <li>{@code callPath.ts} and {@code callPathPlugin.ts}: the client plugin that makes the Client's cached handler a
 *       dispatcher, so each call still gets its own context, the command's own middleware and the client's current
 *       stack (the stock {@code cacheMiddleware} shares the first call's).</li>
 * </ul>
 */
public final class CallPathIntegration implements TypeScriptIntegration {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("callPath",
        TypeScriptDependency.SMITHY_TYPES,
        TypeScriptDependency.UTIL_MIDDLEWARE,
        TypeScriptDependency.MIDDLEWARE_STACK,
        TypeScriptDependency.SIGNATURE_V4);

    private static final String CONFIG_MODULE = "callPathConfig";
    static final String FAST_CONFIG = "toFastConfig";

    @Override
    public String name() {
        return "cleanroomsml-call-path";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            RuntimeClientPlugin.builder()
                .inputConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "CallPathInputConfig"))
                .resolvedConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "CallPathResolvedConfig"))
                .resolveFunction(RUNTIME.symbol(CONFIG_MODULE, "resolveCallPathConfig"))
                .build(),
            // Same types again: the generator wants all three; an intersection with a type twice is that type.
            RuntimeClientPlugin.builder()
                .inputConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "CallPathInputConfig"))
                .resolvedConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "CallPathResolvedConfig"))
                .resolveFunction(RUNTIME.symbol(CONFIG_MODULE, FAST_CONFIG))
                .build(),
            // No operation predicate: a client plugin, applied once with the client's final config.
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol("callPathPlugin", "getCallPathPlugin"))
                .build()
        );
    }

    /** Moves the fast-config resolver behind every other integration's, so that it copies the finished config. */
    @Override
    public void mutateClientPlugins(List<RuntimeClientPlugin> plugins) {
        Optional<RuntimeClientPlugin> fast = plugins.stream()
            .filter(p -> p.getResolveFunction().map(SymbolReference::getSymbol).map(Symbol::getName)
                .filter(FAST_CONFIG::equals).isPresent())
            .findFirst();
        fast.ifPresent(p -> {
            plugins.remove(p);
            plugins.add(p);
        });
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        RUNTIME.copy(context);
    }
}
