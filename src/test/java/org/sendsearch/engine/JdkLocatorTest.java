package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLocatorTest {
    @Test
    void readsTheMajorVersionOfEveryVersionStyle() {
        assertEquals(Optional.of(25), JdkLocator.parseMajor("25.0.1"));
        assertEquals(Optional.of(21), JdkLocator.parseMajor("21"));
        assertEquals(Optional.of(17), JdkLocator.parseMajor("17.0.15+6"));
        assertEquals(Optional.of(8), JdkLocator.parseMajor("1.8.0_392"));
        assertEquals(Optional.empty(), JdkLocator.parseMajor("banana"));
    }

    @Test
    void prefersEsJavaHomeWhenItIsNewEnough(@TempDir Path folder) throws IOException {
        Path jdk = fakeJdk(folder.resolve("jdk-23"), "23.0.2");
        JdkLocator.Jdk chosen = new JdkLocator(Map.of("ES_JAVA_HOME", jdk.toString()), List.of(), null).locate();
        assertEquals(jdk, chosen.home());
        assertEquals(23, chosen.majorVersion());
    }

    @Test
    void skipsATooOldJavaHomeForANewerInstalledJdk(@TempDir Path folder) throws IOException {
        Path old = fakeJdk(folder.resolve("old").resolve("jdk-17"), "17.0.15");
        Path installed = folder.resolve("jvm");
        fakeJdk(installed.resolve("jdk-21"), "21.0.5");
        Path newest = fakeJdk(installed.resolve("jdk-24"), "24.0.1");
        JdkLocator.Jdk chosen = new JdkLocator(Map.of("JAVA_HOME", old.toString()), List.of(installed), null).locate();
        assertEquals(newest, chosen.home());
        assertEquals(24, chosen.majorVersion());
    }

    @Test
    void explainsWhatToInstallWhenNothingQualifies(@TempDir Path folder) throws IOException {
        Path old = fakeJdk(folder.resolve("jdk-17"), "17.0.15");
        EngineException error = assertThrows(
                EngineException.class,
                () -> new JdkLocator(Map.of("JAVA_HOME", old.toString()), List.of(folder.resolve("none")), null)
                        .locate());
        assertTrue(error.getMessage().contains("No Java 21 or newer"), error.getMessage());
        assertTrue(error.getMessage().contains(old + " (Java 17, JAVA_HOME)"), error.getMessage());
        assertTrue(error.getMessage().contains("ES_JAVA_HOME"), error.getMessage());
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin").resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home.toAbsolutePath().normalize();
    }
}
