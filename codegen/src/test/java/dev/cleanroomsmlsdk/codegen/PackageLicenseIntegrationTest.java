package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.smithy.aws.typescript.codegen.AwsPackageFixturesGeneratorIntegration;
import software.amazon.smithy.utils.IoUtils;

/** PackageLicenseIntegration on fixtures/waiters.smithy, with the AWS layer's integration on the classpath too. */
class PackageLicenseIntegrationTest {

    private static final String FIXTURE = "waiters.smithy";
    /** Year and holder written out here, not computed: a regenerated LICENSE must not change with the date. */
    private static final String COPYRIGHT = "\n   Copyright 2026 The cleanroomsml-sdk Authors\n";

    @Test
    void theLicenseIsApache2WithThisProjectsCopyrightAndNothingOfTheAwsLayers() {
        String license = Fixtures.file(FIXTURE, "LICENSE");
        assertEquals(PackageLicenseIntegration.text().stripTrailing() + "\n", license);
        assertEquals(List.of("Apache License", "Version 2.0, January 2004"),
            license.lines().limit(2).map(String::strip).toList());
        assertTrue(license.contains(COPYRIGHT), license);
        assertFalse(license.contains("Amazon"), license);
    }

    @Test
    void noYearInTheLicenseComesFromTheClock() {
        // What is replaced: the AWS layer fills this placeholder with the year generation runs in.
        String aws = IoUtils.readUtf8Resource(AwsPackageFixturesGeneratorIntegration.class, "LICENSE.template");
        assertTrue(aws.contains("Copyright 2018-${year} Amazon.com"), aws);
        // Every year the generated file names is one of two literals: the license's own date and the copyright's.
        String license = Fixtures.file(FIXTURE, "LICENSE");
        List<String> years = Pattern.compile("\\b(?:19|20)\\d\\d\\b").matcher(license).results()
            .map(MatchResult::group).toList();
        assertEquals(List.of("2004", "2026"), years);
        assertFalse(license.contains("${"), license);
    }
}
