package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import software.amazon.smithy.aws.typescript.codegen.AwsPackageFixturesGeneratorIntegration;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Replacing a file that the AWS layer writes into every package, with no setting to turn it off.
 *
 * <p>smithy-aws-typescript-codegen 0.49.1's {@link AwsPackageFixturesGeneratorIntegration} writes README.md (AWS SDK
 * boilerplate) and LICENSE (Apache-2.0 under "Copyright 2018-&lt;year of the build&gt; Amazon.com", the year read from
 * the clock). The writer delegator only appends to a file, so a replacement uses the writer's own API for transforming
 * what is written into a state, {@code pushFilteredState}, in two steps around that integration: {@link SetAside}
 * runs before it and opens, on each file in {@link #REPLACED}, a filtered state whose filter discards its text; the
 * integration that owns the file runs after it, closes that state (the AWS text is dropped there) and writes its own
 * with {@link #replaceSetAside}.
 */
final class AwsPackageFiles {

    static final String AWS_INTEGRATION = new AwsPackageFixturesGeneratorIntegration().name();
    /** The files replaced, each by its own integration: {@link PackageReadmeIntegration}, {@link PackageLicenseIntegration}. */
    static final List<String> REPLACED = List.of(PackageReadmeIntegration.README, PackageLicenseIntegration.LICENSE);
    /** Context key by which {@link SetAside} says it opened the filtered state that {@link #replaceSetAside} closes. */
    private static final String SET_ASIDE = "cleanroomsml.setAside";

    private AwsPackageFiles() {
    }

    /** Opens the filtered state that discards whatever is written to {@code writer} until {@link #replaceSetAside}. */
    static void setAside(TypeScriptWriter writer) {
        writer.putContext(SET_ASIDE, Boolean.TRUE);
        writer.pushFilteredState(discarded -> "");
    }

    /** Closes the state {@link #setAside} opened, dropping what was written into it, and writes {@code content}. */
    static void replaceSetAside(TypeScriptWriter writer, String content) {
        if (writer.getContext(SET_ASIDE) == null) {
            throw new CodegenException(SetAside.class.getName() + " did not run before " + AWS_INTEGRATION);
        }
        writer.popState();
        writer.removeContext(SET_ASIDE);
        writer.writeWithNoFormatting(content.stripTrailing());
    }

    /** Runs just before the AWS layer's integration and sets aside what it writes to each of {@link #REPLACED}. */
    public static final class SetAside implements TypeScriptIntegration {

        @Override
        public String name() {
            return "cleanroomsml-set-aside-aws-package-files";
        }

        @Override
        public List<String> runBefore() {
            return List.of(AWS_INTEGRATION);
        }

        @Override
        public void customize(TypeScriptCodegenContext context) {
            if (!context.settings().generateClient()) {
                return;
            }
            for (String file : REPLACED) {
                context.writerDelegator().useFileWriter(file, AwsPackageFiles::setAside);
            }
        }
    }
}
