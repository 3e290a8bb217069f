package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import software.amazon.smithy.codegen.core.SymbolDependency;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Declares esbuild as a dev dependency of the generated package, for its single-file CommonJS build.
 *
 * <p>The stock {@code build:cjs} script runs {@code tsc}, which emits one CommonJS module per source file; a cold
 * {@code require} of the client then resolves, reads and compiles every one of them. {@code smithy-build.json}
 * overrides that script (through the generator's {@code packageJson} setting) with an esbuild bundle of
 * {@code src/index.ts} into {@code dist-cjs/index.js}: the package's own modules become one file, every npm
 * dependency stays an external {@code require}, so users still share and update {@code @smithy/*} and
 * {@code @aws-sdk/*} as before. AWS's published clients ship their {@code dist-cjs} the same way. The ESM and type
 * builds are unchanged ({@code tsc}), so bundlers keep per-module tree-shaking. The script passes
 * {@code --keep-names}: esbuild rewrites a bundled {@code class X} that refers to itself (every error class does,
 * in {@code Object.setPrototypeOf}) as {@code var X = class _X}, so without it {@code X.name} and the first line of
 * an uncaught error's stack read {@code _X}. It costs about 4 KB and 0.15 ms per cold {@code require}.
 *
 * <p>The generator writes {@code package.json} after integrations run, from the dependencies its writers collected,
 * so a dependency added here lands in {@code devDependencies} next to the generator's own build tools. The setting
 * alone could not add it without restating (and freezing) the generator's whole {@code devDependencies} block.
 */
public final class SingleFileCjsBuildIntegration implements TypeScriptIntegration {

    /** Same range as the repository root's esbuild, so the workspace install keeps one copy. */
    static final SymbolDependency ESBUILD = SymbolDependency.builder()
            .dependencyType("devDependencies")
            .packageName("esbuild")
            .version("^0.28.2")
            .build();

    @Override
    public String name() {
        return "cleanroomsml-single-file-cjs-build";
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        // Attached to the bundle's entry point; adding a dependency writes nothing into the file itself.
        context.writerDelegator().useFileWriter(
                Paths.get(CodegenUtils.SOURCE_FOLDER, "index.ts").toString(),
                writer -> writer.addDependency(ESBUILD));
    }
}
