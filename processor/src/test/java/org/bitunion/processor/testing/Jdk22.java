package org.bitunion.processor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a JDK of version 22 or later, where {@code java.lang.foreign} is final and the processor generates the
 * {@code MemorySegment} accessors: the one {@code -Dbitunion.jdk22.home=DIR} names, else Temurin 25 where this kind
 * of machine ships it, else any JDK under {@code /usr/lib/jvm} whose {@code release} file says 22 or more. None is
 * a test failure, not a skip, unless {@code -Dbitunion.skipJdk22=true} turns the tests off deliberately (as
 * {@code bitunion.skipGcc} does for gcc).
 */
public final class Jdk22 {
    public static final String HOME_PROPERTY = "bitunion.jdk22.home";
    public static final String SKIP_PROPERTY = "bitunion.skipJdk22";
    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    private Jdk22() {}

    /** The JDK's home directory; skips the calling test when turned off, fails it when no JDK 22+ is found. */
    public static Path require() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "MemorySegment tests skipped: -D" + SKIP_PROPERTY + "=true");
        String named = System.getProperty(HOME_PROPERTY, "");
        if (!named.isBlank()) {
            Path home = Path.of(named);
            int version = featureVersion(home);
            if (version < 22) {
                throw new AssertionError("-D" + HOME_PROPERTY + "=" + named + " is not a JDK 22 or later (its release"
                        + " file says " + (version < 0 ? "nothing" : version) + ")");
            }
            return home;
        }
        if (featureVersion(TEMURIN_25) >= 22) {
            return TEMURIN_25;
        }
        if (Files.isDirectory(JVM_DIR)) {
            try (Stream<Path> homes = Files.list(JVM_DIR)) {
                List<Path> found = homes.filter(home -> featureVersion(home) >= 22)
                        .sorted(Comparator.comparingInt(Jdk22::featureVersion).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        throw new AssertionError("no JDK 22 or later found (looked at -D" + HOME_PROPERTY + ", " + TEMURIN_25
                + " and " + JVM_DIR + "/*/release); install one, name it with -D" + HOME_PROPERTY + "=DIR, or pass -D"
                + SKIP_PROPERTY + "=true to skip the MemorySegment tests deliberately");
    }

    /** The feature version from a JDK's {@code release} file ({@code JAVA_VERSION="25.0.3"} is 25), or -1. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/javac"))) {
            return -1;
        }
        try (var in = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            String feature = version.split("[.+-]")[0];
            return feature.startsWith("1") && version.startsWith("1.") ? Integer.parseInt(version.split("\\.")[1])
                    : Integer.parseInt(feature);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
