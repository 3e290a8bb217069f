package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.utils.IoUtils;

/** PackageReadmeIntegration on fixtures/waiters.smithy, an AWS service, so the AWS layer writes its README too. */
class PackageReadmeIntegrationTest {

    private static final String FIXTURE = "waiters.smithy";

    @Test
    void theReadmeIsTheTemplateWithItsPlaceholdersFilledAndNothingOfTheAwsLayers() {
        String template = IoUtils.readUtf8Resource(PackageReadmeIntegration.class, PackageReadmeIntegration.TEMPLATE);
        String expected = PackageReadmeIntegration.NOTICE + "\n\n" + PackageReadmeIntegration.render(template, Map.of(
            "packageName", "@example/client-fixture",
            "nodeVersions", "22 or newer",
            "repositoryUrl", "https://github.com/example/fixture-sdk",
            "clientName", "WaitersClient",
            "operationName", "GetThing",
            "commandName", "GetThingCommand",
            "serviceException", "WaitersServiceException")).stripTrailing() + "\n";
        String readme = Fixtures.file(FIXTURE, "README.md");
        assertEquals(expected, readme);
        assertTrue(readme.contains("-->\n\n# @example/client-fixture\n"), readme);
        assertFalse(readme.contains("aws-sdk-js-v3"), readme);
        assertFalse(readme.contains("docs.aws.amazon.com"), readme);
        assertFalse(readme.contains("{{"), readme);
    }

    @Test
    void whatIsWrittenBetweenSettingAsideAndReplacingIsDropped() {
        TypeScriptWriter writer = new TypeScriptWriter("README");
        AwsPackageFiles.setAside(writer);
        writer.write("<!-- generated file, do not edit directly -->\n\n# AWS SDK for JavaScript $$ boilerplate");
        writer.write("## Getting Help");
        AwsPackageFiles.replaceSetAside(writer, "# ours\n\nwith `$metadata`\n");
        // (This writer is a .ts module's, hence the generator's header; README.md's writer has none.)
        assertEquals(Fixtures.HEADER + "# ours\n\nwith `$metadata`\n", writer.toString());
    }

    @Test
    void replacingWithoutSettingAsideFailsGeneration() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> AwsPackageFiles.replaceSetAside(new TypeScriptWriter("README"), "# ours"));
        assertTrue(e.getMessage().contains("AwsPackageFiles$SetAside did not run before"), e.getMessage());
    }

    @Test
    void anUnknownPlaceholderFailsGeneration() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> PackageReadmeIntegration.render("# {{packageName}} {{nope}}", Map.of("packageName", "p")));
        assertTrue(e.getMessage().contains("{{nope}}"), e.getMessage());
    }

    @Test
    void theRepositoryAndNodeRangeComeFromThePackageJsonSetting() {
        ObjectNode packageJson = Node.parse("""
            {"repository": {"type": "git", "url": "git+https://github.com/o/r.git"}, "engines": {"node": ">=22.0.0"}}
            """).expectObjectNode();
        assertEquals("https://github.com/o/r", PackageReadmeIntegration.repositoryUrl(packageJson));
        assertEquals("22 or newer", PackageReadmeIntegration.nodeVersions(packageJson));
        assertEquals("https://github.com/o/r", PackageReadmeIntegration.repositoryUrl(
            Node.parse("{\"repository\": \"https://github.com/o/r\"}").expectObjectNode()));
        assertEquals("^20.19 || >=22", PackageReadmeIntegration.nodeVersions(
            Node.parse("{\"engines\": {\"node\": \"^20.19 || >=22\"}}").expectObjectNode()));
    }
}
