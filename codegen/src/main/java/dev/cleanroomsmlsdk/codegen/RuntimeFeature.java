package dev.cleanroomsmlsdk.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.utils.IoUtils;

/**
 * One feature folder of the runtime TypeScript project in {@code codegen/runtime/src/}, copied unchanged into the
 * generated package's {@code src/<folder>/}.
 *
 * <p>The Maven and Gradle builds put {@code codegen/runtime/src} (without its specs) on the classpath under
 * {@code dev/cleanroomsmlsdk/codegen/runtime/}. Every module of the folder goes through the delegator's writer, so it
 * gets the generator's header, and keeps its own import lines. What the writer's import calls would otherwise do,
 * declaring the npm packages they name in {@code package.json}, is done here from the dependencies the feature
 * declares; a module that imports anything else (an undeclared package, a Node built-in, a module that neither this
 * folder nor codegen provides) fails generation with the file and the import named.
 */
final class RuntimeFeature {

    /** The one generated module runtime sources may import from outside their folder. */
    static final String BASE_EXCEPTION_MODULE = "ServiceBaseException";
    static final String BASE_EXCEPTION_IMPORT = "../models/" + BASE_EXCEPTION_MODULE;

    private static final String RESOURCE_ROOT = "runtime/";
    private static final Pattern SPECIFIER = Pattern.compile(
        "\\bfrom\\s+\"([^\"]+)\"|^\\s*import\\s+\"([^\"]+)\"|\\bimport\\s*\\(\\s*\"([^\"]+)\"\\s*\\)", Pattern.MULTILINE);

    private final String folder;
    private final Map<String, TypeScriptDependency> dependencies = new TreeMap<>();

    /**
     * @param folder       the folder's name, the same in {@code codegen/runtime/src/} and in the generated {@code src/}
     * @param dependencies every npm package the folder's modules import
     */
    RuntimeFeature(String folder, TypeScriptDependency... dependencies) {
        this.folder = folder;
        Arrays.stream(dependencies).forEach(d -> this.dependencies.put(d.getPackageName(), d));
    }

    String folder() {
        return folder;
    }

    @Override
    public String toString() {
        return folder;
    }

    /** Import path of a module in the folder, as the generator's symbols expect it. */
    String modulePath(String module) {
        return "./" + CodegenUtils.SOURCE_FOLDER + "/" + folder + "/" + module;
    }

    /** A value exported by a module in the folder: a plugin function or a config resolver. */
    Symbol symbol(String module, String name) {
        return Symbol.builder().namespace(modulePath(module), "/").name(name).build();
    }

    /** A type exported by a module in the folder; the client imports it with {@code import type}. */
    Symbol typeSymbol(String module, String name) {
        return symbol(module, name).toBuilder().putProperty("typeOnly", true).build();
    }

    /** File the delegator writes a module of the folder to. */
    String sourceFile(String module) {
        return Paths.get(CodegenUtils.SOURCE_FOLDER, folder, module + ".ts").toString();
    }

    /** The folder's modules (file names without {@code .ts}), sorted, as the classpath holds them. */
    List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (String file : listResources(RuntimeFeature.class.getResource(RESOURCE_ROOT + folder + "/"))) {
            if (file.endsWith(".ts")) {
                modules.add(file.substring(0, file.length() - ".ts".length()));
            }
        }
        if (modules.isEmpty()) {
            throw new CodegenException("no runtime sources for " + folder + " on the classpath (expected "
                + "codegen/runtime/src/" + folder + "/*.ts under dev/cleanroomsmlsdk/codegen/" + RESOURCE_ROOT + ")");
        }
        return modules;
    }

    /** A module of the folder as it will be copied: its source and the npm packages its imports name. */
    record Module(String name, String source, List<TypeScriptDependency> dependencies, boolean importsBaseException) {
    }

    /** Reads every module of the folder and checks its imports; throws {@link CodegenException} naming a bad one. */
    List<Module> readModules() {
        List<String> names = modules();
        List<Module> modules = new ArrayList<>();
        for (String name : names) {
            String source = IoUtils.readUtf8Resource(RuntimeFeature.class, RESOURCE_ROOT + folder + "/" + name + ".ts");
            Set<TypeScriptDependency> used = new LinkedHashSet<>();
            boolean importsBaseException = false;
            for (String specifier : importSpecifiers(source)) {
                if (specifier.equals(BASE_EXCEPTION_IMPORT)) {
                    importsBaseException = true;
                } else if (specifier.startsWith("./")) {
                    if (!names.contains(specifier.substring(2))) {
                        throw importError(name, specifier, "there is no such module in codegen/runtime/src/" + folder);
                    }
                } else if (specifier.startsWith(".")) {
                    throw importError(name, specifier,
                        "runtime modules import only from their own folder and " + BASE_EXCEPTION_IMPORT);
                } else {
                    TypeScriptDependency dependency = dependencies.get(packageName(specifier));
                    if (dependency == null) {
                        throw importError(name, specifier, "the integration does not declare " + packageName(specifier)
                            + " as a dependency of the generated package");
                    }
                    used.add(dependency);
                }
            }
            modules.add(new Module(name, source, List.copyOf(used), importsBaseException));
        }
        return modules;
    }

    /** Copies every module of the folder, then writes the base-exception glue if a module imports it. */
    void copy(TypeScriptCodegenContext context) {
        List<Module> modules = readModules();
        for (Module module : modules) {
            context.writerDelegator().useFileWriter(sourceFile(module.name()), writer -> {
                module.dependencies().forEach(writer::addDependency);
                // Whoever opens the copy learns where to make a change, as smithy-typescript's own copied files say.
                writer.write("$L", sourceNotice(module.name()));
                // $L so that `$` in the TypeScript source is not read as a formatter placeholder.
                writer.write("$L", module.source().stripTrailing());
            });
        }
        if (modules.stream().anyMatch(Module::importsBaseException)) {
            writeBaseExceptionGlue(context);
        }
    }

    /** The line under the generator's header of each copy, naming the file to edit instead. */
    String sourceNotice(String module) {
        return "// Source: codegen/runtime/src/" + folder + "/" + module + ".ts (copied unchanged by codegen); edit it "
            + "there, then npm run generate.";
    }

    /**
     * Writes {@code src/<folder>/index.ts} with {@code exports} and re-exports it from the package index. Modules that
     * the index leaves out (plugins, config resolvers) stay internal: the generated client imports them directly.
     */
    void writeIndex(TypeScriptCodegenContext context, Consumer<TypeScriptWriter> exports) {
        context.writerDelegator().useFileWriter(sourceFile("index"), exports);
        // The package index was opened before integrations run; the delegator appends to the same file.
        context.writerDelegator().useFileWriter(
            Paths.get(CodegenUtils.SOURCE_FOLDER, "index.ts").toString(),
            writer -> writer.write("export * from \"./$L\";", folder));
    }

    /** The generator's name for the service's base exception class (and its file under {@code src/models/}). */
    static String baseExceptionName(TypeScriptCodegenContext context) {
        return CodegenUtils.getSyntheticBaseExceptionName(
            CodegenUtils.getServiceName(context.settings(), context.model(), context.symbolProvider()), context.model());
    }

    /** Every module specifier in {@code source}, in order of appearance, without repeats. */
    static List<String> importSpecifiers(String source) {
        Set<String> specifiers = new LinkedHashSet<>();
        Matcher m = SPECIFIER.matcher(source);
        while (m.find()) {
            specifiers.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return List.copyOf(specifiers);
    }

    /** {@code @scope/name} or {@code name}, without a subpath. */
    static String packageName(String specifier) {
        String[] parts = specifier.split("/", 3);
        return specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    /**
     * {@code src/models/ServiceBaseException.ts}: the service's base exception under the fixed name runtime sources
     * import, so that they need not know the service's name. Written once per package, by the first feature that
     * needs it.
     */
    private static void writeBaseExceptionGlue(TypeScriptCodegenContext context) {
        String file = Paths.get(CodegenUtils.SOURCE_FOLDER, "models", BASE_EXCEPTION_MODULE + ".ts").toString();
        if (context.writerDelegator().getWriters().containsKey(file)) {
            return;
        }
        String baseException = baseExceptionName(context);
        context.writerDelegator().useFileWriter(file, writer -> {
            writer.write("// The service's base exception under the name the runtime sources from codegen/runtime import.");
            writer.write("export { $L as $L } from \"./$L\";", baseException, BASE_EXCEPTION_MODULE, baseException);
        });
    }

    private CodegenException importError(String module, String specifier, String why) {
        return new CodegenException("codegen/runtime/src/" + folder + "/" + module + ".ts imports \"" + specifier
            + "\", but " + why);
    }

    /** File names directly under a classpath folder, in a directory (Maven's target/classes) or a jar (Gradle). */
    static List<String> listResources(URL url) {
        if (url == null) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                String prefix = connection.getEntryName().endsWith("/")
                    ? connection.getEntryName() : connection.getEntryName() + "/";
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String rest = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : "";
                        if (!rest.isEmpty() && !rest.contains("/")) {
                            names.add(rest);
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
                    files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new CodegenException(e);
        }
        return new ArrayList<>(names);
    }
}
