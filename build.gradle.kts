// Gradle path: builds smithy-build.json from model/ with the same jars and versions as codegen/pom.xml (the Maven
// path CI uses). Versions come from gradle/libs.versions.toml only; .ci/check-pins.mjs compares them with the pom.
//   ./gradlew build      -> build/smithy/client/typescript-client-codegen (the generated package)
//   ./gradlew generate   -> also replaces packages/client-cleanroomsml with it, like `npm run generate`
import software.amazon.smithy.gradle.tasks.SmithyBuildTask

plugins {
    java
    alias(libs.plugins.smithy.base)
}

// The pom's dependencyManagement forces each listed Smithy artifact to one version even when a dependency asks for
// another; Gradle would pick the highest requested instead, so force the same versions here.
val managedSmithy: Map<String, String> = libs.bundles.smithy.managed.get().associate {
    it.module.name to it.versionConstraint.requiredVersion
}
allprojects {
    configurations.configureEach {
        resolutionStrategy.eachDependency {
            val pinned = managedSmithy[requested.name]
            if (requested.group == "software.amazon.smithy" && pinned != null) {
                useVersion(pinned)
                because("codegen/pom.xml pins it in dependencyManagement")
            }
        }
    }
}

dependencies {
    // The codegen project brings the generator, the trait models and any Java integration. On the runtime classpath
    // they are both loaded and scanned for models, as on the Maven path's single `--discover` classpath.
    implementation(project(":codegen"))
    // Name the CLI instead of letting the plugin infer it from whichever smithy-model it finds.
    smithyCli(libs.smithy.cli)
}

smithy {
    // The plugin formats model files in place by default; sources must stay exactly as committed.
    format.set(false)
    smithyBuildConfigs.set(files("smithy-build.json"))
    // Same output root as codegen/generate.mjs: build/smithy/<projection>/<plugin>.
    outputDirectory.set(layout.buildDirectory.dir("smithy"))
}

// The root project has no Java sources of its own; an empty jar would only be noise.
tasks.jar {
    enabled = false
}

tasks.register<Sync>("generate") {
    group = "build"
    description = "Builds the Smithy projection and replaces packages/client-cleanroomsml with it (npm run generate)."
    from(tasks.named<SmithyBuildTask>("smithyBuild").flatMap { it.outputDir.dir("client/typescript-client-codegen") })
    into(layout.projectDirectory.dir("packages/client-cleanroomsml"))
    // Installed modules and build outputs are not generated sources; codegen/generate.mjs keeps them too.
    preserve {
        include("node_modules/**", "dist-*/**", "*.tsbuildinfo")
    }
}
