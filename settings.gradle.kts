// Gradle path for generating packages/client-cleanroomsml (needs internet: Gradle, its plugin and the jars are
// downloaded). CI uses the Maven path (codegen/pom.xml); .ci/check-pins.mjs keeps both on the same versions,
// which live in gradle/libs.versions.toml.

// Gradle requires pluginManagement to be the first statement of a settings script.
pluginManagement {
    repositories {
        gradlePluginPortal()
        mavenCentral()
    }
}

rootProject.name = "cleanroomsml-sdk"

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.PREFER_SETTINGS)
    repositories {
        mavenCentral()
    }
}

// codegen/ is the same directory Maven builds: any TypeScriptIntegration under codegen/src/main/java (registered in
// codegen/src/main/resources/META-INF/services) is compiled here too, so both paths run the same customisations.
include(":codegen")
