package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/**
 * Every runtime feature folder reaches the generated client whole and unchanged: the files under
 * codegen/runtime/src/<folder>/ (read from disk, not from the classpath, so a build that drops or adds a file is
 * caught) appear in src/<folder>/ with the generator's header and a line naming the source as their only difference,
 * next to what codegen writes
 * there itself; and every npm package they import is a dependency of the generated package.json.
 */
class RuntimeCopyTest {

    private static final String FIXTURE = "constraints.smithy";
    private static final Path RUNTIME_SRC = Paths.get("runtime", "src");

    static Stream<Object[]> features() {
        return Stream.of(
            new Object[] {InputValidationIntegration.RUNTIME, Set.of("index.ts", "inputConstraints.ts")},
            new Object[] {UnparseableResponseIntegration.RUNTIME, Set.of("index.ts", "responseSizeLimits.ts")},
            new Object[] {RetryOutcomeIntegration.RUNTIME, Set.of("index.ts")},
            new Object[] {WaiterErrorsIntegration.RUNTIME, Set.of("index.ts", "waiters.ts")},
            new Object[] {DeadlinesIntegration.RUNTIME, Set.of("index.ts")},
            new Object[] {CallPathIntegration.RUNTIME, Set.of()});
    }

    /** The fixture a feature is generated on: one whose service uses it. */
    private static String fixtureOf(RuntimeFeature feature) {
        return feature == WaiterErrorsIntegration.RUNTIME ? "waiters.smithy" : FIXTURE;
    }

    private static List<Path> sources(RuntimeFeature feature) throws IOException {
        try (Stream<Path> files = Files.list(RUNTIME_SRC.resolve(feature.folder()))) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".spec.ts")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void theFolderIsCopiedUnchanged(RuntimeFeature feature, Set<String> generated) throws IOException {
        List<Path> sources = sources(feature);
        assertTrue(sources.size() >= 2, "runtime sources of " + feature.folder() + " found under " + RUNTIME_SRC);
        for (Path source : sources) {
            String module = source.getFileName().toString().replaceFirst("\\.ts$", "");
            String expected = Fixtures.HEADER + "// Source: codegen/runtime/src/" + feature.folder() + "/" + module
                + ".ts (copied unchanged by codegen); edit it there, then npm run generate.\n"
                + Files.readString(source).stripTrailing() + "\n";
            assertEquals(expected, Fixtures.file(fixtureOf(feature), "src/" + feature.folder() + "/" + source.getFileName()),
                source + " is copied byte for byte after the header and the line naming it");
        }
        Set<String> expectedFiles = new TreeSet<>(generated);
        sources.forEach(p -> expectedFiles.add(p.getFileName().toString()));
        Set<String> actualFiles = new TreeSet<>();
        Path folder = Fixtures.generate(fixtureOf(feature)).getBaseDir().resolve(Paths.get("src", feature.folder()));
        for (Path file : Fixtures.generate(fixtureOf(feature)).getFiles()) {
            if (file.startsWith(folder) && folder.relativize(file).getNameCount() == 1) {
                actualFiles.add(file.getFileName().toString());
            }
        }
        assertEquals(expectedFiles, actualFiles, "src/" + feature.folder() + "/ holds the copies and codegen's own files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void everyPackageTheCopiesImportIsADependencyOfTheGeneratedPackage(RuntimeFeature feature, Set<String> unused)
            throws IOException {
        ObjectNode dependencies = Node.parse(Fixtures.file(fixtureOf(feature), "package.json")).expectObjectNode()
            .expectObjectMember("dependencies");
        List<String> packages = new ArrayList<>();
        for (Path source : sources(feature)) {
            for (String specifier : RuntimeFeature.importSpecifiers(Files.readString(source))) {
                if (!specifier.startsWith(".")) {
                    packages.add(RuntimeFeature.packageName(specifier));
                }
            }
        }
        assertTrue(!packages.isEmpty(), feature.folder() + " imports at least @smithy/types");
        for (String name : packages) {
            assertTrue(dependencies.containsMember(name), name + " (imported by " + feature.folder() + ") in " + dependencies);
        }
    }

    @Test
    void specsAndStandInsStayOutOfTheClasspath() {
        for (String folder : List.of("validation", "unparseableResponse", "retryOutcome", "waiterErrors", "callPath")) {
            for (String file : RuntimeFeature.listResources(
                    RuntimeFeature.class.getResource("runtime/" + folder + "/"))) {
                assertTrue(!file.endsWith(".spec.ts"), folder + "/" + file + " is a spec on the classpath");
            }
        }
        assertEquals(null, RuntimeFeature.class.getClassLoader()
            .getResource("dev/cleanroomsmlsdk/codegen/runtime/models/ServiceBaseException.ts"),
            "the stand-in base exception is never shipped");
    }
}
