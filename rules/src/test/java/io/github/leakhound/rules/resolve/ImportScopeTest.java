package io.github.leakhound.rules.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import io.github.leakhound.core.ThreadOwners;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Type names as one file writes them, resolved through its imports without a classpath. */
class ImportScopeTest {

    private static ImportScope scopeOf(String source) {
        CompilationUnit unit = StaticJavaParser.parse(source);
        TypeNaming naming = new TypeNaming(unit);
        return new ImportScope(unit, naming.declaredTypes(), new KnownClasses(ThreadOwners.defaults()));
    }

    @Test
    void singleTypeImportResolvesNestedTypesToBinaryNames() {
        ImportScope scope = scopeOf("package a; import java.net.http.HttpClient; class A {}");

        assertEquals("java.net.http.HttpClient", scope.resolve("HttpClient"));
        assertEquals("java.net.http.HttpClient$Builder", scope.resolve("HttpClient.Builder"));
    }

    @Test
    void onDemandImportResolvesOnlyKnownLibraryClasses() {
        ImportScope scope = scopeOf("package a; import java.util.concurrent.*; class A {}");

        assertEquals("java.util.concurrent.Executors", scope.resolve("Executors"));
        assertEquals("a.Widget", scope.resolve("Widget"));
        assertTrue(scope.isKnownTypeName("ThreadPoolExecutor"));
        assertFalse(scope.isKnownTypeName("Widget"));
    }

    @Test
    void typeDeclaredInTheFileWinsOverOnDemandImports() {
        ImportScope scope = scopeOf("package a; import java.util.concurrent.*; class A { static class Executors {} }");

        assertEquals("a.A$Executors", scope.resolve("Executors"));
    }

    @Test
    void javaLangIsImplicit() {
        assertEquals("java.lang.String", scopeOf("class A {}").resolve("String"));
    }

    @Test
    void fullyQualifiedNamesSplitPackagesFromNestedTypes() {
        ImportScope scope = scopeOf("class A {}");

        assertEquals("java.util.concurrent.Executors", scope.resolve("java.util.concurrent.Executors"));
        assertEquals("java.net.http.HttpClient$Builder", scope.resolve("java.net.http.HttpClient.Builder"));
    }

    @Test
    void staticImportsNameTheDeclaringClassOfBareCalls() {
        ImportScope single = scopeOf("import static java.util.concurrent.Executors.newCachedThreadPool; class A {}");
        ImportScope onDemand = scopeOf("import static java.util.concurrent.Executors.*; class A {}");

        assertEquals(Optional.of("java.util.concurrent.Executors"), single.staticImportOf("newCachedThreadPool"));
        assertEquals(Optional.of("java.util.concurrent.Executors"), onDemand.staticImportOf("newFixedThreadPool"));
        assertEquals(Optional.empty(), onDemand.staticImportOf("unrelated"));
    }
}
