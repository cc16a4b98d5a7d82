package org.sendsearch.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short external command to completion (useradd, chown, elasticsearch-plugin) and keeps
 * what it printed, so a failure can be reported with the command's own words.
 */
final class ProcessRunner {
    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ProcessRunner() {}

    static Result run(List<String> command, Map<String, String> extraEnvironment, Duration timeout) {
        return run(command, extraEnvironment, timeout, "");
    }

    /**
     * As above, writing {@code input} to the command's standard input first: how secrets reach a
     * command, since its arguments are visible to every user of the machine ({@code ps}).
     */
    static Result run(List<String> command, Map<String, String> extraEnvironment, Duration timeout, String input) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new EngineException(
                        "Command timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new EngineException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    static Result run(List<String> command) {
        return run(command, Map.of(), Duration.ofMinutes(2));
    }

    static Result runOrFail(List<String> command, Map<String, String> extraEnvironment, String what) {
        Result result = run(command, extraEnvironment, Duration.ofMinutes(3));
        if (!result.succeeded()) {
            throw new EngineException(what + " failed (exit " + result.exitCode() + "): " + result.output());
        }
        return result;
    }
}
