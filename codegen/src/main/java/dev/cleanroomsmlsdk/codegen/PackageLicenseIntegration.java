package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.utils.IoUtils;

/**
 * The client package's LICENSE from this repository's text, {@code src/main/resources/dev/cleanroomsmlsdk/codegen/LICENSE},
 * instead of the AWS layer's.
 *
 * <p>The AWS layer writes the Apache License 2.0 under "Copyright 2018-&lt;year&gt; Amazon.com, Inc. or its
 * affiliates", with the year taken from the clock when generation runs. That names the wrong copyright holder for this
 * project, and it makes generation depend on the date: the same commit regenerated after New Year differs from what is
 * committed. The replacement is the same license with a fixed copyright line for this project, written verbatim (no
 * placeholder, nothing computed), and replaces the AWS text as {@link AwsPackageFiles} describes. The local endpoint's
 * handwritten package ships the same file ({@code test/license.spec.ts} keeps the copies equal).
 */
public final class PackageLicenseIntegration implements TypeScriptIntegration {

    static final String LICENSE = "LICENSE";

    @Override
    public String name() {
        return "cleanroomsml-package-license";
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
        context.writerDelegator().useFileWriter(LICENSE, writer -> AwsPackageFiles.replaceSetAside(writer, text()));
    }

    /** The license as shipped. */
    static String text() {
        return IoUtils.readUtf8Resource(PackageLicenseIntegration.class, LICENSE);
    }
}
