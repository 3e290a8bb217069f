package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;

/**
 * What RuntimeFeature accepts from a runtime folder and what it refuses, on small folders under
 * src/test/resources/dev/cleanroomsmlsdk/codegen/runtime/ (same classpath location as the real ones).
 */
class RuntimeFeatureTest {

    @Test
    void aWellFormedFolderDeclaresWhatItsModulesImport() {
        List<RuntimeFeature.Module> modules = new RuntimeFeature("wellFormed", TypeScriptDependency.SMITHY_TYPES,
            TypeScriptDependency.AWS_SDK_UTIL_UTF8).readModules();
        assertEquals(List.of("a", "b"), modules.stream().map(RuntimeFeature.Module::name).toList());
        RuntimeFeature.Module a = modules.get(0);
        assertEquals(List.of(TypeScriptDependency.SMITHY_TYPES), a.dependencies(), "only what a imports, once");
        assertTrue(a.importsBaseException());
        assertFalse(modules.get(1).importsBaseException());
        assertEquals(List.of(), modules.get(1).dependencies());
    }

    @Test
    void anUndeclaredPackageFailsGenerationNamingFileAndPackage() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> new RuntimeFeature("undeclaredPackage", TypeScriptDependency.SMITHY_TYPES).readModules());
        assertEquals("codegen/runtime/src/undeclaredPackage/usesUtf8.ts imports \"@smithy/util-utf8\", but the "
            + "integration does not declare @smithy/util-utf8 as a dependency of the generated package", e.getMessage());
    }

    @Test
    void aNodeBuiltinIsNeverADeclaredDependency() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> new RuntimeFeature("nodeBuiltin", TypeScriptDependency.SMITHY_TYPES).readModules());
        assertTrue(e.getMessage().contains("imports \"node:stream\""), e.getMessage());
    }

    @Test
    void aModuleOutsideTheFolderIsRefused() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> new RuntimeFeature("outsideFolder").readModules());
        assertTrue(e.getMessage().contains("runtime modules import only from their own folder and "
            + RuntimeFeature.BASE_EXCEPTION_IMPORT), e.getMessage());
    }

    @Test
    void aSiblingThatDoesNotExistIsRefused() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> new RuntimeFeature("missingSibling").readModules());
        assertTrue(e.getMessage().contains("imports \"./gone\", but there is no such module"), e.getMessage());
    }

    @Test
    void aFolderMissingFromTheClasspathFailsGeneration() {
        CodegenException e = assertThrows(CodegenException.class, () -> new RuntimeFeature("noSuchFeature").modules());
        assertTrue(e.getMessage().startsWith("no runtime sources for noSuchFeature"), e.getMessage());
    }

    @Test
    void importSpecifiersFindEveryFormOnce() {
        String source = """
            import type { A } from "@smithy/types";
            import {
              B,
            } from "./b";
            export { C } from "./c";
            export * from "./d";
            import "./sideEffect";
            const lazy = () => import("./lazy");
            import { A2 } from "@smithy/types";
            """;
        assertEquals(List.of("@smithy/types", "./b", "./c", "./d", "./sideEffect", "./lazy"),
            RuntimeFeature.importSpecifiers(source));
    }

    @Test
    void packageNamesDropSubpaths() {
        assertEquals("@smithy/types", RuntimeFeature.packageName("@smithy/types/dist-types/http"));
        assertEquals("@smithy/types", RuntimeFeature.packageName("@smithy/types"));
        assertEquals("tslib", RuntimeFeature.packageName("tslib"));
        assertEquals("lodash", RuntimeFeature.packageName("lodash/fp"));
    }

    /** The Gradle path puts the runtime in the codegen project's jar, so listing must work there too. */
    @Test
    void listsAFolderInsideAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("codegen.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("runtime/", "runtime/feature/", "runtime/feature/b.ts", "runtime/feature/a.ts",
                    "runtime/feature/nested/c.ts", "runtime/other/d.ts", "runtime/feature.ts")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    try (OutputStream ignored = OutputStream.nullOutputStream()) {
                        out.write("export {};\n".getBytes());
                    }
                }
                out.closeEntry();
            }
        }
        URL folder = new URL("jar:" + jar.toUri() + "!/runtime/feature/");
        assertEquals(List.of("a.ts", "b.ts"), RuntimeFeature.listResources(folder));
    }

    @Test
    void listsAFolderOnDisk(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("feature/nested"));
        Files.writeString(dir.resolve("feature/z.ts"), "");
        Files.writeString(dir.resolve("feature/y.ts"), "");
        Files.writeString(dir.resolve("feature/nested/x.ts"), "");
        assertEquals(List.of("y.ts", "z.ts"), RuntimeFeature.listResources(dir.resolve("feature").toUri().toURL()));
    }
}
