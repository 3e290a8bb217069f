package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.smithy.aws.typescript.codegen.AddUserAgentDependency;
import software.amazon.smithy.aws.typescript.codegen.AwsDependency;
import software.amazon.smithy.codegen.core.SymbolProvider;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.typescript.codegen.LanguageTarget;
import software.amazon.smithy.typescript.codegen.TypeScriptSettings;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Writes the client's version into the user-agent provider as a string literal instead of reading it from
 * {@code package.json}.
 *
 * <p>The stock AWS integration ({@link AddUserAgentDependency}) makes {@code runtimeConfig.ts} and
 * {@code runtimeConfig.browser.ts} {@code import packageInfo from "../package.json"} for {@code packageInfo.version}.
 * A bundler cannot take one field out of a JSON default import, so every browser bundle carried the whole manifest
 * (dependencies, keywords, repository URLs: 3.5 KB minified, ~1.2 KB gzip, the largest single file of ours in the
 * bundle), and the single-file CommonJS build inlined it as well. The literal is the generator's own
 * {@code packageVersion} setting, the same value it writes into {@code package.json}, so the two cannot drift:
 * a version bump goes through {@code smithy-build.json} and a regeneration.
 *
 * <p>Only the {@code defaultUserAgentProvider} entry is replaced, after the stock integration has registered its own,
 * with the same provider function and the same inputs; nothing else about the user agent changes.
 */
public final class InlineClientVersionIntegration implements TypeScriptIntegration {

    @Override
    public String name() {
        return "cleanroomsml-inline-client-version";
    }

    /** Runtime-config entries from later integrations replace earlier ones with the same key. */
    @Override
    public List<String> runAfter() {
        return List.of(new AddUserAgentDependency().name());
    }

    @Override
    public Map<String, Consumer<TypeScriptWriter>> getRuntimeConfigWriters(
            TypeScriptSettings settings,
            Model model,
            SymbolProvider symbolProvider,
            LanguageTarget target
    ) {
        if (!settings.generateClient()) {
            return Map.of();
        }
        switch (target) {
            case NODE:
                return Map.of("defaultUserAgentProvider",
                        writer -> writeProvider(writer, AwsDependency.AWS_SDK_UTIL_USER_AGENT_NODE, settings));
            case BROWSER:
                return Map.of("defaultUserAgentProvider",
                        writer -> writeProvider(writer, AwsDependency.AWS_SDK_UTIL_USER_AGENT_BROWSER, settings));
            default:
                return Map.of();
        }
    }

    private static void writeProvider(TypeScriptWriter writer, AwsDependency userAgent, TypeScriptSettings settings) {
        writer.addDependency(userAgent);
        writer.addImport("createDefaultUserAgentProvider", "createDefaultUserAgentProvider", userAgent);
        writer.write("createDefaultUserAgentProvider({serviceId: clientSharedValues.serviceId, clientVersion: $S})",
                settings.getPackageVersion());
    }
}
