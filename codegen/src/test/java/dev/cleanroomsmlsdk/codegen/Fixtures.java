package dev.cleanroomsmlsdk.codegen;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.smithy.build.MockManifest;
import software.amazon.smithy.build.PluginContext;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.typescript.codegen.TypeScriptClientCodegenPlugin;

/**
 * Runs the real client generator, with every integration on the classpath (ours among them, found through
 * META-INF/services as in `npm run generate`), on a model under src/test/resources/.../fixtures/. One run per fixture,
 * shared by the test classes.
 */
final class Fixtures {

    static final String HEADER = "// smithy-typescript generated code\n";
    static final String PACKAGE_VERSION = "1.2.3-fixture";

    private static final Map<String, MockManifest> GENERATED = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    static Model model(String fixture) {
        ClassLoader loader = Fixtures.class.getClassLoader();
        return Model.assembler(loader)
            .discoverModels(loader)
            .addImport(Fixtures.class.getResource("fixtures/" + fixture))
            .assemble()
            .unwrap();
    }

    /** The generated package, as the file manifest the plugin wrote to. */
    static MockManifest generate(String fixture) {
        return GENERATED.computeIfAbsent(fixture, f -> {
            Model model = model(f);
            ServiceShape service = model.getServiceShapes().stream()
                .filter(s -> s.getId().getNamespace().startsWith("example."))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(f + " defines no example.* service"));
            ObjectNode settings = Node.objectNodeBuilder()
                .withMember("service", service.getId().toString())
                .withMember("package", "@example/client-fixture")
                .withMember("packageVersion", PACKAGE_VERSION)
                .withMember("packageDescription", "fixture client")
                // As smithy-build.json sets them; the package README links to the repository and names the Node range.
                .withMember("packageJson", Node.objectNodeBuilder()
                    .withMember("repository", Node.objectNode()
                        .withMember("type", "git")
                        .withMember("url", "git+https://github.com/example/fixture-sdk.git"))
                    .withMember("engines", Node.objectNode().withMember("node", ">=22.0.0"))
                    .build())
                .build();
            MockManifest manifest = new MockManifest();
            new TypeScriptClientCodegenPlugin().execute(PluginContext.builder()
                .model(model)
                .fileManifest(manifest)
                .settings(settings)
                .build());
            return manifest;
        });
    }

    static String file(String fixture, String path) {
        return generate(fixture).expectFileString(path);
    }
}
