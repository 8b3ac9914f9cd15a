package org.bitunion.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the MemorySegment tests find their JDK: versions from {@code release} files, and a wrong JDK named is a failure. */
class Jdk22Test {
    private static Path fakeJdk(Path dir, String javaVersion) throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Path javac = Files.writeString(dir.resolve("bin/javac"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(javac, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (javaVersion != null) {
            Files.writeString(dir.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        }
        return dir;
    }

    @Test
    void theFeatureVersionComesFromTheReleaseFile(@TempDir Path dir) throws IOException {
        assertEquals(25, Jdk22.featureVersion(fakeJdk(dir.resolve("a"), "25.0.3")));
        assertEquals(22, Jdk22.featureVersion(fakeJdk(dir.resolve("b"), "22")));
        assertEquals(17, Jdk22.featureVersion(fakeJdk(dir.resolve("c"), "17.0.15")));
        assertEquals(8, Jdk22.featureVersion(fakeJdk(dir.resolve("d"), "1.8.0_392")));
        assertEquals(-1, Jdk22.featureVersion(fakeJdk(dir.resolve("e"), null)), "no release file");
        assertEquals(-1, Jdk22.featureVersion(dir.resolve("missing")));
    }

    @Test
    void aJdkBelow22NamedByThePropertyIsAFailureNotASkip(@TempDir Path dir) throws IOException {
        Path old = fakeJdk(dir.resolve("jdk17"), "17.0.15");
        String before = System.getProperty(Jdk22.HOME_PROPERTY);
        System.setProperty(Jdk22.HOME_PROPERTY, old.toString());
        try {
            AssertionError error = assertThrows(AssertionError.class, Jdk22::require);
            assertTrue(error.getMessage().contains("is not a JDK 22 or later"), error::getMessage);
        } finally {
            if (before == null) {
                System.clearProperty(Jdk22.HOME_PROPERTY);
            } else {
                System.setProperty(Jdk22.HOME_PROPERTY, before);
            }
        }
    }

    @Test
    void aJdk22NamedByThePropertyIsTheOneUsed(@TempDir Path dir) throws IOException {
        Path named = fakeJdk(dir.resolve("jdk22"), "22.0.2");
        String before = System.getProperty(Jdk22.HOME_PROPERTY);
        System.setProperty(Jdk22.HOME_PROPERTY, named.toString());
        try {
            assertEquals(named, Jdk22.require());
        } finally {
            if (before == null) {
                System.clearProperty(Jdk22.HOME_PROPERTY);
            } else {
                System.setProperty(Jdk22.HOME_PROPERTY, before);
            }
        }
    }
}
