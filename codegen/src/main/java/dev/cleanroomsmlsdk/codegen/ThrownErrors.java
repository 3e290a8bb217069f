package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;

/**
 * Implemented by an integration whose runtime code makes a command's call reject with errors the model does not list.
 * {@link CommandThrowsDocsIntegration} adds each one to the command's {@code @throws} documentation, after the modeled
 * errors the generator lists, so every error a call can raise is named where a user reads the command.
 */
interface ThrownErrors {

    /**
     * One documented error: {@code @throws {@link Name} (kind)} and a one-line description under it.
     *
     * @param name        the error's exported class, or the {@code name} an error without a class of its own carries
     * @param exported    whether {@code name} is a class the package exports (it is then written as a link)
     * @param kind        what kind of failure it is, in a few words (the generator writes "client fault" there)
     * @param description one sentence: when it is raised and what it carries
     */
    record ThrownError(String name, boolean exported, String kind, String description) {

        /** An error class the package exports. */
        static ThrownError exported(String name, String kind, String description) {
            return new ThrownError(name, true, kind, description);
        }

        /** An error without a class of this package, known by its {@code name}. */
        static ThrownError named(String name, String kind, String description) {
            return new ThrownError(name, false, kind, description);
        }
    }

    /** The errors this integration's runtime code can raise from a call of {@code operation}, in the order to list them. */
    List<ThrownError> thrownErrors(Model model, ServiceShape service, OperationShape operation);
}
