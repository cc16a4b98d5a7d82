package org.sendsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs the product with the launcher script's own JVM options, read from the script. */
class ServerProcessTest {
    @Test
    void readsTheJvmOptionsOfTheLauncherScript() throws Exception {
        Path project = Path.of(System.getProperty("sendsearch.project.dir", "."));
        assertEquals(
                List.of("-Xmx256m", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"),
                ServerProcess.jvmOptions(project));
    }
}
