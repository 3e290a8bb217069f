package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import java.util.function.Consumer;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.utils.IoUtils;

/**
 * One folder of hand-written TypeScript runtime code that an integration emits into the generated package.
 *
 * <p>The sources live as resources next to the integration ({@code resourceDir}) and land in
 * {@code src/<folder>/} through the delegator's writers, so they get the generator's header and its import
 * management like every other generated file.
 */
final class RuntimeTemplates {
    private final Class<?> owner;
    private final String resourceDir;
    private final String folder;

    RuntimeTemplates(Class<?> owner, String resourceDir, String folder) {
        this.owner = owner;
        this.resourceDir = resourceDir.endsWith("/") ? resourceDir : resourceDir + "/";
        this.folder = folder;
    }

    /** Import path of a module in the folder, as the generator's relative imports expect it. */
    String modulePath(String module) {
        return "./" + CodegenUtils.SOURCE_FOLDER + "/" + folder + "/" + module;
    }

    /** A symbol exported by a module in the folder, for plugin functions and config resolvers. */
    Symbol symbol(String module, String name) {
        return Symbol.builder().namespace(modulePath(module), "/").name(name).build();
    }

    /** The name the generator gives the service's base exception class (and its file under src/models/). */
    static String baseExceptionName(TypeScriptCodegenContext context) {
        return CodegenUtils.getSyntheticBaseExceptionName(
            CodegenUtils.getServiceName(context.settings(), context.model(), context.symbolProvider()), context.model());
    }

    /** File the delegator writes a module to. */
    String sourceFile(String module) {
        return Paths.get(CodegenUtils.SOURCE_FOLDER, folder, module + ".ts").toString();
    }

    /** Writes the resource {@code <module>.ts} into the folder after the imports {@code imports} declares. */
    void copy(TypeScriptCodegenContext context, String module, Consumer<TypeScriptWriter> imports) {
        String source = IoUtils.readUtf8Resource(owner, resourceDir + module + ".ts");
        context.writerDelegator().useFileWriter(sourceFile(module), writer -> {
            imports.accept(writer);
            // $L so that `$` in the TypeScript source is not read as a formatter placeholder.
            writer.write("$L", source.stripTrailing());
        });
    }
}
