package org.sendsearch.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a managed node is made from: the Elasticsearch distribution zip and the project's analysis
 * plugin zip, both put in {@code target/engine} by the Maven build. Nothing is downloaded at run time.
 *
 * @param elasticsearchVersion the server version, which the client and the plugin were built for
 */
public record EngineFiles(Path distributionZip, Path pluginZip, String elasticsearchVersion) {
    /** System property that points at the folder holding the two zips (the tests set it). */
    public static final String DIRECTORY_PROPERTY = "sendsearch.engine.dir";

    /**
     * Finds the zips: in the folder named by {@value #DIRECTORY_PROPERTY}, else in {@code engine/}
     * beside the application's jar or classes folder (that is, {@code target/engine}).
     */
    public static EngineFiles locate() {
        String version = buildProperty("elasticsearch.version");
        Path directory = System.getProperty(DIRECTORY_PROPERTY) != null
                ? Path.of(System.getProperty(DIRECTORY_PROPERTY))
                : applicationLocation().resolve("engine");
        EngineFiles files = new EngineFiles(
                directory.resolve("elasticsearch-" + version + ".zip"),
                directory.resolve(Installation.PLUGIN_NAME + ".zip"),
                version);
        for (Path zip : new Path[] {files.distributionZip(), files.pluginZip()}) {
            if (!Files.isRegularFile(zip)) {
                throw new EngineException(
                        "Missing " + zip + ". It is made by the Maven build: run `mvn -DskipTests package` first.");
            }
        }
        return files;
    }

    /** The value of a property the build wrote into {@code send-search-build.properties}. */
    public static String buildProperty(String name) {
        Properties properties = new Properties();
        try (InputStream in = EngineFiles.class.getResourceAsStream("/send-search-build.properties")) {
            if (in == null) {
                throw new EngineException(
                        "send-search-build.properties is missing from the classpath: rebuild with Maven.");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new EngineException("Could not read send-search-build.properties: " + e.getMessage(), e);
        }
        String value = properties.getProperty(name);
        if (value == null || value.startsWith("${")) {
            throw new EngineException("The build did not record " + name + ": rebuild with Maven.");
        }
        return value;
    }

    /** The folder holding the running jar (or classes folder): {@code target/} in a Maven build. */
    private static Path applicationLocation() {
        try {
            Path codeSource = Path.of(EngineFiles.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return codeSource.getParent();
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("target");
        }
    }
}
