package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CallPathIntegration on fixtures/constraints.smithy. */
class CallPathIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";
    private static final Pattern RESOLVER = Pattern.compile("const _config_\\d+ = (\\w+)\\(");

    private static List<String> resolvers() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        Matcher m = RESOLVER.matcher(client);
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theFastConfigCopyIsTheLastResolverBeforeTheRuntimeExtensions() {
        List<String> names = resolvers();
        assertEquals("resolveRuntimeExtensions", names.get(names.size() - 1), names.toString());
        assertEquals("toFastConfig", names.get(names.size() - 2), names.toString());
    }

    @Test
    void theSignerIsInstalledBeforeTheAuthResolverReadsIt() {
        List<String> names = resolvers();
        assertTrue(names.indexOf("resolveCallPathConfig") >= 0, names.toString());
        assertTrue(names.indexOf("resolveCallPathConfig") < names.indexOf("resolveHttpAuthSchemeConfig"), names.toString());
    }

    @Test
    void theClientAppliesThePluginOnceAndCommandsDoNot() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        assertEquals(1, client.split("this.middlewareStack.use\\(getCallPathPlugin\\(this.config\\)\\);", -1).length - 1, client);
        assertTrue(client.contains("CallPathInputConfig &"), client);
        for (String op : new String[] {"PutThings", "GetNothing", "GetBlob"}) {
            assertFalse(Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts").contains("CallPath"), op);
        }
    }
}
