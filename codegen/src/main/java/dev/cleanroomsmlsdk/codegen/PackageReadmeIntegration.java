package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptSettings;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.utils.IoUtils;

/**
 * The client package's README.md (its npm page) from this repository's template,
 * {@code src/main/resources/dev/cleanroomsmlsdk/codegen/client-README.md}, instead of the AWS layer's.
 *
 * <p>For any service with the {@code aws.api#service} trait, the AWS layer writes README.md from its own template:
 * AWS SDK boilerplate whose API links point at {@code @aws-sdk/client-*} pages and whose "getting help" points at
 * AWS's issue tracker. No setting turns it off ({@code createDefaultReadme} only adds smithy-typescript's generic
 * README to the same file), so this integration replaces it as {@link AwsPackageFiles} describes.
 *
 * <p>The template is plain Markdown with {@code {{name}}} placeholders for the few values that have a source of truth
 * elsewhere: the package name and Node versions ({@code smithy-build.json}), the repository URL (its
 * {@code packageJson.repository}), and the client, command and exception names (the model, through the generator's
 * symbols). An unknown or unfilled placeholder fails generation.
 */
public final class PackageReadmeIntegration implements TypeScriptIntegration {

    static final String README = "README.md";
    static final String TEMPLATE = "client-README.md";
    /** First line of the generated file, for whoever opens it in the repository (npm's page does not show it). */
    static final String NOTICE = "<!-- Written by codegen (PackageReadmeIntegration) from "
        + "codegen/src/main/resources/dev/cleanroomsmlsdk/codegen/" + TEMPLATE + ": edit that file, then npm run generate. -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    @Override
    public String name() {
        return "cleanroomsml-package-readme";
    }

    @Override
    public List<String> runAfter() {
        return List.of(AwsPackageFiles.AWS_INTEGRATION);
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        String readme = render(IoUtils.readUtf8Resource(PackageReadmeIntegration.class, TEMPLATE), values(context));
        context.writerDelegator().useFileWriter(README,
            writer -> AwsPackageFiles.replaceSetAside(writer, NOTICE + "\n\n" + readme));
    }

    /** The values the template's placeholders take, from the settings and the model. */
    static Map<String, String> values(TypeScriptCodegenContext context) {
        TypeScriptSettings settings = context.settings();
        Model model = context.model();
        ServiceShape service = settings.getService(model);
        // The template is written for this one-operation service; with more, its examples use the first by shape id.
        OperationShape operation = TopDownIndex.of(model).getContainedOperations(service).stream().findFirst()
            .orElseThrow(() -> new CodegenException("the client README needs an operation; " + service.getId() + " has none"));
        Map<String, String> values = new TreeMap<>();
        values.put("packageName", settings.getPackageName());
        values.put("nodeVersions", nodeVersions(settings.getPackageJson()));
        values.put("repositoryUrl", repositoryUrl(settings.getPackageJson()));
        values.put("clientName", context.symbolProvider().toSymbol(service).getName());
        values.put("operationName", operation.getId().getName(service));
        values.put("commandName", context.symbolProvider().toSymbol(operation).getName());
        values.put("serviceException", RuntimeFeature.baseExceptionName(context));
        return values;
    }

    /** The template with every placeholder filled; fails on a placeholder without a value. */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new CodegenException(TEMPLATE + " uses {{" + m.group(1) + "}}, which has no value; known: "
                    + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The repository's web address, from {@code packageJson.repository} ({@code git+https://...git} or a string). */
    static String repositoryUrl(ObjectNode packageJson) {
        Node repository = packageJson.getMember("repository")
            .orElseThrow(() -> new CodegenException("smithy-build.json's packageJson has no repository for the README"));
        String url = repository.isStringNode() ? repository.expectStringNode().getValue()
            : repository.expectObjectNode().expectStringMember("url").getValue();
        return url.replaceFirst("^git\\+", "").replaceFirst("\\.git$", "");
    }

    /** {@code ">=22.0.0"} as "22 or newer"; another range as it is written. */
    static String nodeVersions(ObjectNode packageJson) {
        String range = packageJson.getObjectMember("engines").flatMap(e -> e.getStringMember("node"))
            .map(n -> n.getValue().trim())
            .orElseThrow(() -> new CodegenException("smithy-build.json's packageJson has no engines.node for the README"));
        Matcher m = Pattern.compile("^>=\\s*(\\d+)(?:\\.0(?:\\.0)?)?$").matcher(range);
        return m.matches() ? m.group(1) + " or newer" : range;
    }
}
