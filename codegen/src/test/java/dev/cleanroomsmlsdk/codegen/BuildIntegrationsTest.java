package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/** SingleFileCjsBuildIntegration and InlineClientVersionIntegration on fixtures/constraints.smithy. */
class BuildIntegrationsTest {

    private static final String FIXTURE = "constraints.smithy";

    @Test
    void esbuildIsADevDependencyAtTheRootsRange() {
        ObjectNode pkg = Node.parse(Fixtures.file(FIXTURE, "package.json")).expectObjectNode();
        assertEquals(SingleFileCjsBuildIntegration.ESBUILD.getVersion(),
            pkg.expectObjectMember("devDependencies").expectStringMember("esbuild").getValue());
        assertFalse(pkg.expectObjectMember("dependencies").containsMember("esbuild"));
    }

    @Test
    void bothRuntimeConfigsCarryTheVersionAsALiteralAndNeverImportPackageJson() {
        for (String file : new String[] {"src/runtimeConfig.ts", "src/runtimeConfig.browser.ts"}) {
            String config = Fixtures.file(FIXTURE, file);
            assertTrue(config.contains("createDefaultUserAgentProvider({serviceId: clientSharedValues.serviceId, "
                + "clientVersion: \"" + Fixtures.PACKAGE_VERSION + "\"})"), config);
            assertFalse(config.contains("package.json"), file + " imports the manifest");
        }
    }
}
