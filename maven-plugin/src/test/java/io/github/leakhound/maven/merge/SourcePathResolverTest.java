package io.github.leakhound.maven.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.leakhound.core.Finding;
import io.github.leakhound.core.Rule;
import io.github.leakhound.maven.Findings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathResolverTest {

    @TempDir
    Path baseDir;

    private SourcePathResolver resolver;

    @BeforeEach
    void twoSourceRoots() throws IOException {
        Path main = baseDir.resolve("src/main/java");
        Path generated = baseDir.resolve("target/generated-sources/annotations");
        write(main.resolve("com/acme/OrderService.java"));
        write(generated.resolve("com/acme/OrderService_Builder.java"));
        write(main.resolve("Launcher.java"));
        resolver = new SourcePathResolver(baseDir, List.of(main, generated));
    }

    @Test
    void pathInTheFirstRootGetsThatRootAsPrefix() {
        assertEquals("src/main/java/com/acme/OrderService.java", resolver.projectRelative("com/acme/OrderService.java"));
    }

    @Test
    void pathInALaterRootGetsThatRootAsPrefix() {
        assertEquals("target/generated-sources/annotations/com/acme/OrderService_Builder.java",
                resolver.projectRelative("com/acme/OrderService_Builder.java"));
    }

    @Test
    void classInTheDefaultPackageIsFound() {
        assertEquals("src/main/java/Launcher.java", resolver.projectRelative("Launcher.java"));
    }

    @Test
    void pathThatNoRootHoldsIsKeptAsReported() {
        assertEquals("com/acme/Missing.java", resolver.projectRelative("com/acme/Missing.java"));
    }

    @Test
    void absolutePathInsideTheProjectIsMadeRelative() {
        String absolute = baseDir.resolve("src/main/java/com/acme/OrderService.java").toString();
        assertEquals("src/main/java/com/acme/OrderService.java", resolver.projectRelative(absolute));
    }

    @Test
    void findingKeepsEverythingButItsPath() {
        Finding bytecode = Findings.fromBytecode(Rule.LEAK_EXECUTOR_NOT_SHUTDOWN, "com/acme/OrderService.java", 12);

        Finding mapped = resolver.projectRelative(bytecode);

        assertEquals("src/main/java/com/acme/OrderService.java", mapped.location().sourcePath());
        assertEquals(bytecode.location().withSourcePath(mapped.location().sourcePath()), mapped.location());
        assertEquals(bytecode.message(), mapped.message());
        assertEquals(bytecode.engines(), mapped.engines());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class X {}");
    }
}
