// Gradle twin of codegen/pom.xml: the pinned generator jars plus any Java integration under src/main/java.
// Gradle and Maven share the default layout (src/main/java, src/main/resources), so one source tree serves both.
plugins {
    `java-library`
}

dependencies {
    // api, not implementation: like Maven's compile scope, the jars reach the root project's Smithy classpath.
    api(libs.bundles.codegen)
    // The integrations' tests (src/test/java), as the pom's test-scoped dependencies.
    testImplementation(libs.junit.jupiter)
    testRuntimeOnly(libs.junit.platform.launcher)
}

tasks.test {
    useJUnitPlatform()
}

tasks.withType<JavaCompile>().configureEach {
    options.release.set(libs.versions.java.get().toInt())
    options.encoding = "UTF-8"
}

// The runtime TypeScript project (runtime/, see README.md), as the pom's second <resource> puts it on the classpath:
// RuntimeFeature copies its feature folders into the generated client. Specs and the src/models/ stand-ins stay behind.
tasks.named<ProcessResources>("processResources") {
    from("runtime/src") {
        into("dev/cleanroomsmlsdk/codegen/runtime")
        include("**/*.ts")
        exclude("**/*.spec.ts", "models/**")
    }
}
