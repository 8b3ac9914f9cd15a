package org.bitunion.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a JDK other than the one running the tests, for the tests that build a consumer with it. Like gcc
 * ({@link Gcc}), a missing JDK fails the test, because a silently skipped build proves nothing; one property turns
 * it off on purpose.
 *
 * <p>For a JDK of feature version {@code N} (25, 22, ...): the property {@code bitunion.jdkN.home} names it; else
 * the newest JDK under {@code /usr/lib/jvm} (or {@code bitunion.jdk.search}) whose {@code release} file says
 * version {@code N} or later; {@code bitunion.skipJdkN=true} skips the tests that need it.
 */
public final class ExternalJdk {
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)[^\"]*\"");

    private ExternalJdk() {}

    /**
     * The home of a JDK whose feature version is at least {@code version}: skips the calling test (JUnit
     * assumption) when {@code bitunion.skipJdk<version>} is true; fails it when no such JDK is found.
     */
    public static Path atLeast(int version) {
        String skip = "bitunion.skipJdk" + version;
        String home = "bitunion.jdk" + version + ".home";
        Assumptions.assumeFalse(Boolean.getBoolean(skip), "JDK " + version + " tests skipped: -D" + skip + "=true");
        String named = System.getProperty(home, "");
        if (!named.isBlank()) {
            Path jdk = Path.of(named);
            int found = featureVersion(jdk).orElseThrow(() -> new AssertionError(
                    "-D" + home + "=" + named + " is not a JDK (no bin/javac and release file)"));
            if (found < version) {
                throw new AssertionError("-D" + home + "=" + named + " is JDK " + found + ", not " + version + "+");
            }
            return jdk;
        }
        Path search = Path.of(System.getProperty("bitunion.jdk.search", "/usr/lib/jvm"));
        return newestUnder(search, version).orElseThrow(() -> new AssertionError("no JDK " + version
                + " or later under " + search + "; install one (e.g. Temurin " + version + "), name it with -D"
                + home + "=/path/to/jdk, or pass -D" + skip + "=true to skip these tests deliberately"));
    }

    public static Path javac(Path jdk) {
        return jdk.resolve("bin/javac");
    }

    public static Path java(Path jdk) {
        return jdk.resolve("bin/java");
    }

    private static Optional<Path> newestUnder(Path search, int version) {
        if (!Files.isDirectory(search)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(search)) {
            return candidates
                    .filter(jdk -> featureVersion(jdk).orElse(0) >= version)
                    // newest first; ties by name, so the choice does not depend on directory order
                    .max(Comparator.comparingInt((Path jdk) -> featureVersion(jdk).orElse(0))
                            .thenComparing(Path::toString));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version from the JDK's {@code release} file, if {@code jdk} is a JDK with a javac. */
    static Optional<Integer> featureVersion(Path jdk) {
        Path release = jdk.resolve("release");
        if (!Files.isExecutable(javac(jdk)) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
