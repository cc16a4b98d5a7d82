package org.sendsearch.config;

import java.nio.file.Path;

/** A configuration file that is missing or wrong, named with what is wrong in it. */
public class ConfigException extends RuntimeException {
    private final Path file;

    public ConfigException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
